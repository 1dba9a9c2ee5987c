"""Intro cue: how much a paragraph reads like the blogger's own blurb about a piece.

'A late post of my piece for the X ...', 'A new op-ed in today's X ...', 'This first
appeared on X; reposting it here': a piece noun, first person, posting words, a named outlet.
"""
from __future__ import annotations

import regex

from ..profile import Profile

MAX_INTRO_WORDS = 160
_OUTLET_AFTER_PREPOSITION = regex.compile(
    r"\b(?:for|in|on|with)\s+(?:the|today[’']s|this\s+week[’']s|last\s+week[’']s|yesterday[’']s)\s+[\p{Lu}]")


def intro_score(text: str, profile: Profile) -> int:
    """Two for naming a piece; one each for a posting verb ('appeared in'), a blurb's turn of phrase
    ('a new op-ed'), the first person and a named outlet; two for a blurb's opening ('New in X:').
    0 when the paragraph has no posting verb, blurb phrase or first person, so body prose that
    mentions 'the commentary' scores nothing."""
    if len(text.split()) > MAX_INTRO_WORDS:
        return 0
    lowered = text.lower()  # the word patterns below match lowercased text, faster than a caseless search
    posting = bool(profile.intro_posting.search(lowered))
    opener = bool(profile.intro_opener.match(text))  # 'A short one for X ...', 'New in X:' open only a blurb
    blurb = opener or bool(profile.intro_blurb.search(lowered))
    first_person = bool(profile.intro_first_person.search(text))
    if not (first_person or posting or blurb):
        return 0
    piece = bool(profile.intro_piece_noun.search(lowered))
    outlet = names_an_outlet(text, profile)
    return 2 * piece + first_person + posting + blurb + opener + outlet


def names_an_outlet(text: str, profile: Profile) -> bool:
    return bool(_OUTLET_AFTER_PREPOSITION.search(text) or profile.outlet_name.search(text))
