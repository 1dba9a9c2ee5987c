"""What a page settles once, from its first lines, before any line is classified: the order of
its numeric dates. A reader who meets '10/27/19' knows that '03/04/19' on the same page is 4
March; a page that shows '23 06 2012' writes day first. Nothing on the page says so: the
profile's order stands (and `inspect` says which it was)."""
from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import replace

import regex

from .dateparse import DAY_MONTH, MONTH_DAY
from .model import Document, Line
from .profile import Profile

WINDOW_LINES = 2000
MAX_MONTH = 12
MIN_WRITTEN_DATES = 2
_DIGIT = regex.compile(r"\d")
_NUMERIC_DATE = regex.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?:\d{4}|\d{2})(?![\d/.-])"
    r"|(?<!\d)(?<!\d )(?P<c>\d{1,2}) (?P<d>\d{1,2}) (?:1[89]|20)\d\d(?!\d)")


_DAY_MONTH = regex.compile(rf"\b{DAY_MONTH}\b")  # '28 June', '1st Aug'
_MONTH_DAY = regex.compile(rf"\b{MONTH_DAY}\b(?!:|\d)")  # 'June 28', 'Aug. 1st'


def date_order(lines: Iterable[Line]) -> tuple[bool, str] | None:
    """(day first?, what shows it) from the first numeric date with a part above 12; failing that,
    from how the page writes its dates in words, when it does so one way at least twice as often
    as the other ('June 28' on a US page that prints 07/12/12)."""
    written = {True: [], False: []}  # day first ('28 June') or month first ('June 28'): the first few seen
    for line in lines:
        if not _DIGIT.search(line.text):
            continue
        for match in _NUMERIC_DATE.finditer(line.text):
            first, second = int(match.group("a") or match.group("c")), int(match.group("b") or match.group("d"))
            if first > MAX_MONTH >= second:
                return True, f"day first: '{match.group(0)}' on line {line.number}"
            if second > MAX_MONTH >= first:
                return False, f"month first: '{match.group(0)}' on line {line.number}"
        for dayfirst, pattern in ((True, _DAY_MONTH), (False, _MONTH_DAY)):
            written[dayfirst].extend(m.group(0) for m in pattern.finditer(line.text))
    for dayfirst in (True, False):
        seen, other = len(written[dayfirst]), len(written[not dayfirst])
        if seen >= MIN_WRITTEN_DATES and seen >= 2 * other:
            order = "day first" if dayfirst else "month first"
            return dayfirst, f"{order}: dates in words are written '{written[dayfirst][0]}' ({seen} of {seen + other})"
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
