"""Absolute dates named in prose: '16 February 2016', 'February 15', 'January', '2011'.

Candidates are tried only where a number or a month name starts, found by one C-speed scan. A
date without a year is resolved against the piece's own date only when it falls in the six months
before it (the way an op-ed says 'on February 10' of last week), and is otherwise left null
rather than guessed.
"""
from __future__ import annotations

import datetime as dt
import re

import regex

from ..dateparse import month_number
from ..model import DateMention

LOOKBACK_DAYS = 183
LOOKBACK_MONTHS = 6
LATEST_YEAR = 2100
EARLIEST_YEAR_NAMED = 1500  # prose may name an old year ('in 1677'), a date line may not

_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_FULL_BUT_MAY = "January|February|March|April|June|July|August|September|October|November|December"
_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_FULL}|{_ABBR})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# A month standing alone is a date only after words that place it in time ('in April').
_MONTH_CONTEXT = (r"(?<=\b(?:[Tt]he(?!\s+May)|[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Tt]hrough|"
                  r"[Bb]etween|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]his|[Ee]nd\s+of|[Ss]tart\s+of|[Bb]eginning\s+of)"
                  r"(?:\s+|-))")
_COUNT_NOUNS = (r"people|persons|troops|soldiers|men|women|children|workers|students|members|votes|deaths|"
                r"casualties|cases|units|tonnes|tons|km|kilometres|kilometers|miles|metres|meters|feet|"
                r"households|homes|jobs|families|villages|officers|staff|employees|residents|refugees|"
                r"hectares|acres|MW|GW|dollars|euros|pounds|yuan|rupees|barrels|vehicles|ships|aircraft|"
                r"words|pages|sq|square|percent|per\s+cent|of\s+them|out\s+of")

DATE_PATTERN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:"
    rf"(?P<dmy>{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR})"
    rf"|(?P<mdy>{_MONTH}\s+{_DAY},?\s+{_YEAR})"
    rf"|(?P<iso>\d{{4}}-[01]\d-[0-3]\d)"
    rf"|(?P<my>{_MONTH},?\s+(?:of\s+)?{_YEAR})"
    rf"|(?P<dm>{_DAY}\s+(?:of\s+)?(?:{_FULL}|{_ABBR}(?=\s|$|[,.;:)])))"
    rf"|(?P<md>{_MONTH}\s+{_DAY})(?![\p{{N}}:])"
    rf"|{_MONTH_CONTEXT}(?P<m>{_FULL})"
    rf"|(?<=\b(?:and|or|to)\s+)(?P<m2>{_FULL_BUT_MAY})(?=\W|$)"
    rf"|(?<=\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]efore|[Aa]fter|[Bb]y)\s)(?P<y2>1[5-7]\d\d)(?![\p{{L}}\p{{N}}%])"
    rf"|(?<![$£€¥#/.,\-]|[$£€]\s|\p{{N}}[,.])(?P<y>{_YEAR})(?!\s+(?:{_COUNT_NOUNS})\b|s\b|[%\-–/]\p{{N}}|[,.]\p{{N}}|\p{{N}}|%)"
    rf")(?![\p{{L}}\p{{N}}])"
)
_PARTS = regex.compile(rf"(?P<day>\b{_DAY}\b)?.*?(?P<month>{_MONTH})?.*?(?P<year>{_YEAR})?$")
_NUM = regex.compile(r"\d+")
_MONTH_WORD = regex.compile(_MONTH)
_ANCHOR = re.compile(rf"\d+|\b(?:{_FULL}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")


def find_dates(text: str, line: int, reference: dt.date | None) -> list[DateMention]:
    """Every absolute date in one line of prose, with its ISO value as far as it is known."""
    mentions = []
    end = 0
    for anchor in _ANCHOR.finditer(text):  # a date starts at a number or a month name: try only there
        if anchor.start() < end:
            continue
        match = DATE_PATTERN.match(text, anchor.start())
        if match is None:
            continue
        end = match.end()
        kind = match.lastgroup
        mentions.append(DateMention(match.group(kind), _value(kind.rstrip("2"), match.group(kind), reference), line))
    return mentions


def _value(kind: str, text: str, reference: dt.date | None) -> str | None:
    if kind == "iso":
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    numbers = [int(n) for n in _NUM.findall(text)]
    year = next((n for n in numbers if n > 31), None)
    day = next((n for n in numbers if n <= 31), None)
    month_word = _MONTH_WORD.search(text)
    month = month_number(month_word.group(0)) if month_word else None
    if year is not None and not EARLIEST_YEAR_NAMED <= year <= LATEST_YEAR:
        return None
    if kind == "y":
        return f"{year:04d}"
    if year is not None:
        if day is None:
            return f"{year:04d}-{month:02d}"
        return _iso_day(year, month, day)
    if reference is None:
        return None
    if day is None:
        return _resolve_month(month, reference)
    return _resolve_day(month, day, reference)


def _iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _resolve_month(month: int, reference: dt.date) -> str | None:
    year = reference.year if month <= reference.month else reference.year - 1
    back = (reference.year * 12 + reference.month) - (year * 12 + month)
    return f"{year:04d}-{month:02d}" if back <= LOOKBACK_MONTHS else None


def _resolve_day(month: int, day: int, reference: dt.date) -> str | None:
    for year in (reference.year, reference.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate <= reference:
            return candidate.isoformat() if (reference - candidate).days <= LOOKBACK_DAYS else None
    return None
