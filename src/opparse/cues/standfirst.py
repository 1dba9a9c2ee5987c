"""Standfirst cue: 'NAME says ...', 'NAME and NAME study ...', '..., argues NAME': a summary
that names its authors."""
from __future__ import annotations

from ..names import split_names
from ..profile import Profile

MAX_STANDFIRST_CHARS = 400


def standfirst_names(text: str, profile: Profile) -> tuple[str, ...]:
    if len(text) > MAX_STANDFIRST_CHARS:
        return ()
    # the cheap tests first: names open with a capital, and a trailing attribution follows a comma
    match = (text[:1].isupper() and profile.standfirst.match(text)) or ("," in text and profile.standfirst_after.search(text))
    if not match:
        return ()
    return split_names(match.group("names"))
