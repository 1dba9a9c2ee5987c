"""What a page settles once, from its first lines, before any line is classified: the order of
its numeric dates. A reader who meets '10/27/19' knows that '03/04/19' on the same page is 4
March; a page that shows '23 06 2012' writes day first. Nothing on the page says so: the
profile's order stands (and `inspect` says which it was)."""
from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import replace

import regex

from .model import Document, Line
from .profile import Profile

WINDOW_LINES = 2000
MAX_MONTH = 12
_NUMERIC_DATE = regex.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?:\d{4}|\d{2})(?![\d/.-])"
    r"|(?<!\d)(?<!\d )(?P<c>\d{1,2}) (?P<d>\d{1,2}) (?:1[89]|20)\d\d(?!\d)")


def date_order(lines: Iterable[Line]) -> tuple[bool, str] | None:
    """(day first?, the date that shows it) from the first numeric date with a part above 12."""
    for line in lines:
        if not any(c.isdigit() for c in line.text):
            continue
        for match in _NUMERIC_DATE.finditer(line.text):
            first, second = int(match.group("a") or match.group("c")), int(match.group("b") or match.group("d"))
            if first > MAX_MONTH >= second:
                return True, f"day first: '{match.group(0)}' on line {line.number}"
            if second > MAX_MONTH >= first:
                return False, f"month first: '{match.group(0)}' on line {line.number}"
    return None


def settle(lines: Iterable[Line], profile: Profile, document: Document) -> tuple[Profile, Iterator[Line]]:
    """The profile this page is read with, and its lines (the window read ahead is put back)."""
    source = iter(lines)
    window = list(itertools.islice(source, WINDOW_LINES))
    found = date_order(window)
    if found is not None:
        document.dayfirst, document.date_order = found
    return read_with(profile, document), itertools.chain(window, source)


def read_with(profile: Profile, document: Document) -> Profile:
    """The profile with the page's own date order, when the page settled one."""
    if document.dayfirst is None or document.dayfirst == profile.dayfirst:
        return profile
    return replace(profile, dayfirst=document.dayfirst)
