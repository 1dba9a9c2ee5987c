"""Intro cue: how much a paragraph reads like the blogger's own blurb about a piece.

'Slightly belated posting of a piece for the X ...', 'A new op-ed in today's X ...': a piece noun,
plus first person or posting words, plus a named outlet after for/in/on.
"""
from __future__ import annotations

import regex

from ..profile import Profile

INTRO_THRESHOLD = 3
MAX_INTRO_WORDS = 160
_OUTLET_AFTER_PREPOSITION = regex.compile(
    r"\b(?:for|in|on|with)\s+(?:the|today[’']s|this\s+week[’']s|last\s+week[’']s|yesterday[’']s)\s+[\p{Lu}]")


def intro_score(text: str, profile: Profile) -> int:
    """0 unless the paragraph names a piece and speaks in the first person or of posting it; then
    2, plus one each for first person, posting words and a named outlet."""
    if len(text.split()) > MAX_INTRO_WORDS or not profile.intro_piece_noun.search(text):
        return 0
    first_person = bool(profile.intro_first_person.search(text))
    posting = bool(profile.intro_posting.search(text))
    if not (first_person or posting):
        return 0
    outlet = bool(_OUTLET_AFTER_PREPOSITION.search(text) or profile.outlet_name.search(text))
    return 2 + first_person + posting + outlet
