"""Standfirst cue: 'NAME says ...', 'NAME and NAME study ...': a summary that names its authors."""
from __future__ import annotations


from ..names import split_names
from ..profile import Profile


def standfirst_names(text: str, profile: Profile) -> tuple[str, ...]:
    match = profile.standfirst.match(text)
    if not match:
        return ()
    return split_names(match.group("names"))
