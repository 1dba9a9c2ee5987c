"""Byline cue: 'By Jane Roe', 'By Jane Roe and John Doe', 'By Jane Roe, Senior Fellow'."""
from __future__ import annotations

from dataclasses import dataclass

from ..names import split_names
from ..profile import Profile

MAX_BYLINE_CHARS = 200


@dataclass(frozen=True, slots=True)
class Byline:
    names: tuple[str, ...]
    role: str | None


def match_byline(text: str, profile: Profile) -> Byline | None:
    if len(text) > MAX_BYLINE_CHARS:
        return None
    match = profile.byline.match(text)
    if not match:
        return None
    listed = match.group("names")
    role_at = profile.role_word.search(listed)  # 'Jane Roe, Senior Fellow': the name list ends at the role
    if role_at:
        comma = listed.rfind(",", 0, role_at.start())
        if comma < 0:
            return None
        listed, rest = listed[:comma], listed[comma:] + match.group("rest")
    else:
        rest = match.group("rest")
    names = split_names(listed)
    rest = rest.strip(" ,|–—-")
    if not names or (rest and rest[:1].islower()):
        return None
    role = rest.split("|")[0].strip(" ,") or None
    return Byline(names, role)
