"""Furniture cues: lines that are page furniture, not writing (tables in the profile)."""
from __future__ import annotations

import regex

from ..model import Kind
from ..profile import Profile

MAX_FURNITURE_CHARS = 300
SEPARATOR_CUE = "separator"
KICKER_CUE = "section label"  # noise that, at the end of a piece, opens the next one
RELATIVE_DATE_CUE = "relative date"  # '2 days ago': dates an item, but no date can be read from it
_POSSESSIVE_SECTION = regex.compile(r"[’']s\b(?=.*\b\p{Ll}).*$")  # "The Economist's By Invitation section", not "Lloyd's List"
_FURNITURE_TABLE_KINDS = {  # what a line found in each furniture table is, and the cue's name
    "noise.lines": (Kind.NOISE, "page furniture"),
    "kickers.lines": (Kind.NOISE, KICKER_CUE),
    "outlets.names": (Kind.NOISE, KICKER_CUE),  # an outlet's name alone over a headline: 'THE GUARDIAN'
    "closing.lines": (Kind.CLOSING, "closing line"),
    "site.lines": (Kind.SITE, "site line"),
    "noise.patterns": (Kind.NOISE, "page furniture"),
    "relative_dates.patterns": (Kind.NOISE, RELATIVE_DATE_CUE),
    "kickers.patterns": (Kind.NOISE, KICKER_CUE),
    "images.patterns": (Kind.SLUG, "image label wording"),
    "preamble.patterns": (Kind.PREAMBLE, "archive or navigation title"),
    "site.patterns": (Kind.SITE, "site furniture"),
    "closing.patterns": (Kind.CLOSING, "closing furniture"),
    "boundaries.separators": (Kind.CLOSING, SEPARATOR_CUE),
}
_EDITION = regex.compile(r"\s*\([^()\d]{1,40}\)$")  # 'El País (English edition)'
_LIST_SEPARATORS = regex.compile(r"\s*[,·|;•]\s*")


def furniture_kind(text: str, profile: Profile) -> tuple[Kind, str] | None:
    """NOISE, CLOSING (belongs to the piece above), SITE (site chrome), PREAMBLE, or SLUG for a
    labelled image, with the cue's name."""
    if len(text) > MAX_FURNITURE_CHARS:
        return None
    folded = text.casefold()
    table = profile.furniture_lines.get(folded)
    if table is None and folded.endswith(")") and _EDITION.sub("", folded) in profile.outlet_lines:
        table = "outlets.names"  # 'El País (English edition)'
    if table is not None:
        return _FURNITURE_TABLE_KINDS[table]
    found = profile.furniture_patterns.find(text)
    return _FURNITURE_TABLE_KINDS[found[1]] if found else None


def closing_outlet(text: str, profile: Profile) -> str | None:
    """The outlet a copyright, disclaimer or 'first appeared in' line names ('The Economist's By
    Invitation section' names The Economist)."""
    named = _closing_group(text, profile, "outlet")
    if named and _POSSESSIVE_SECTION.search(named):
        return _POSSESSIVE_SECTION.sub("", named)
    return named


def closing_categories(text: str, profile: Profile) -> list[str]:
    """The categories or labels a 'Posted in X, Y | Tagged ...' or 'Labels: X, Y' line names."""
    found = _closing_group(text, profile, "category")
    return [part.strip() for part in _LIST_SEPARATORS.split(found) if part.strip()] if found else []


def _closing_group(text: str, profile: Profile, group: str) -> str | None:
    match = profile.closing_patterns.match(text)
    named = match.groupdict().get(group) if match else None
    return named.strip(" .,") if named else None


def category(text: str, profile: Profile) -> str | None:
    """The name in an archive or category title: 'Archive for the ‘X’ Category' -> X."""
    match = profile.preamble_patterns.match(text)
    named = match.groupdict().get("category") if match else None
    return named.strip() if named else None
