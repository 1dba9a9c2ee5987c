"""Print-note cue: 'This article appeared in the X print edition as HEADLINE'."""
from __future__ import annotations

import regex

from ..profile import Profile


def match_print_note(text: str, profile: Profile) -> regex.Match | None:
    if len(text) > 400:
        return None
    return profile.print_notes.match(text)
