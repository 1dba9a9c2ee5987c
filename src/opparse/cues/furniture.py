"""Furniture cues: lines that are page furniture, not writing (tables in the profile)."""
from __future__ import annotations

from ..model import Kind
from ..profile import Profile

MAX_FURNITURE_CHARS = 300


def furniture_kind(text: str, profile: Profile) -> tuple[Kind, str] | None:
    """CLOSING (belongs to the piece above), SITE (site chrome) or PREAMBLE, with the cue's name."""
    if len(text) > MAX_FURNITURE_CHARS:
        return None
    folded = text.casefold()
    if folded in profile.closing_lines:
        return Kind.CLOSING, "closing line"
    if folded in profile.site_lines:
        return Kind.SITE, "site line"
    for pattern in profile.preamble_patterns:
        if pattern.match(text):
            return Kind.PREAMBLE, "archive or navigation title"
    for pattern in profile.site_patterns:
        if pattern.match(text):
            return Kind.SITE, "site furniture"
    for pattern in profile.closing_patterns:
        if pattern.match(text):
            return Kind.CLOSING, "closing furniture"
    for pattern in profile.separators:
        if pattern.match(text):
            return Kind.CLOSING, "separator"
    return None


def closing_outlet(text: str, profile: Profile) -> str | None:
    """The outlet a copyright, disclaimer or 'first appeared in' line names."""
    for pattern in profile.closing_patterns:
        match = pattern.match(text)
        if match and "outlet" in pattern.groupindex and match.group("outlet"):
            return match.group("outlet").strip(" .,")
    return None


def category(text: str, profile: Profile) -> str | None:
    """The name in an archive or category title: 'Archive for the ‘X’ Category' -> X."""
    for pattern in profile.preamble_patterns:
        match = pattern.match(text)
        if match and "category" in pattern.groupindex and match.group("category"):
            return match.group("category").strip()
    return None
