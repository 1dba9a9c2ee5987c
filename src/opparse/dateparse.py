"""Turning date-line text into ISO 8601 with python-dateutil.

dateutil fills missing parts from a default, so a text is parsed only when it shows a day, a
month and a year itself: 'February 15' is known to lack a year instead of borrowing one. The
commonest forms ('16 February 2016', 'Tuesday, March 3, 2021', '2021-03-03') are read by one
anchored pattern first, with the value dateutil would give; dateutil takes the rest.
"""
from __future__ import annotations

import datetime as dt
import warnings

import regex

EARLIEST_YEAR = 1800
_DEFAULT = dt.datetime(2001, 1, 1, 0, 0, 0)

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_MONTH_WORD = regex.compile(rf"\b(?:{MONTHS})\b\.?", regex.I)
# A full date that closes a line with nothing before it but a space: 'by Jane Roe July 18, 2023'
# A full date in words, one pattern for every cue that looks for one: 'May 2, 2014', '14th March 2025'
FULL_DATE = rf"(?:(?:{MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTHS})\.?,?\s+\d{{4}})"
DAY_MONTH = rf"\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTHS})\.?"  # '21 March'
MONTH_DAY = rf"(?:{MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?"  # 'March 21'
DAY_AND_MONTH = rf"(?:{DAY_MONTH}|{MONTH_DAY})"
MONTH_PREFIXES = frozenset(month[:3] for month in MONTHS.split("|"))  # what a month's name opens with: 'Jan', 'Sep'
TRAILING_FULL_DATE = rf"{FULL_DATE}$"
_NUMBER = regex.compile(r"\d+")
# a time of day ('16:45', '2:00pm', '06.12', '10 a.m.'), also glued to what follows it
CLOCK_TIME = regex.compile(r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?", regex.I)
LIST_NUMBER = regex.compile(r"\d{1,3}[.)]\s+(?=\p{L})")  # '2. ', '3) ': a numbered list's number before its item
_HAS_YEAR = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_NUMERIC_DATE = regex.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}([/.-])\d{1,2}\1\d{4}\b")  # '15-05-2025' too
_DAY = regex.compile(r"(?<!\d)(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?(?!\d)")
_SHORT_NUMERIC_DATE = regex.compile(r"(?<![\d/.-])\d{1,2}([/.-])\d{1,2}\1\d{2}(?![\d/.-])")  # 11/14/23, 16.02.21
_DOTTED_TIME = regex.compile(r"\b(\d{1,2})\.(\d{2})(?=\s*(?:am|pm|a\.m\.|p\.m\.|[A-Z]{2,5}\b|$|\s*[(|]))", regex.I)
_ZONE = regex.compile(r"\b(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\b|\((?:[A-Z]{2,5}|GMT|UTC)\)|\b[A-Z]{2,5}\b")
_KEEP_UPPER = frozenset({"AM", "PM", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT",
                         "NOV", "DEC", "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN", "JUNE", "JULY"})
_WORDS = regex.compile(r"[^\W\d_]+")
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun am pm a m p st nd rd th of t z".split())
_NOISE = regex.compile(r"\s+(?:at|on|@)\s+|\s*[|•·]\s*|\s+[–—/-]\s+", regex.I)


def _strip_zone(text: str) -> str:
    return _ZONE.sub(lambda m: m.group(0) if m.group(0).upper() in _KEEP_UPPER else " ", text)


_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december|" \
               "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
_CLOCK = r"(?:,?\s+(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<half>am|pm|a\.m\.|p\.m\.)?)?"
_COMMON_FORM = regex.compile(
    rf"^(?:(?:{_WEEKDAY}),?\s+)?(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_NAMES})\.?,?"
    rf"|(?P<month2>{_MONTH_NAMES})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?)\s+(?P<year>\d{{4}}){_CLOCK}$"
    r"|^(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2})"
    r"(?:T(?P<iso_hour>\d{2}):(?P<iso_minute>\d{2})(?::(?P<iso_second>\d{2}))?(?:Z|[+-]\d{2}:?\d{2})?)?$", regex.I)


def _parse_common(text: str) -> dt.datetime | None:
    """The value of a valid date in one of the commonest forms, with or without a clock time;
    None otherwise, for dateutil to judge."""
    match = _COMMON_FORM.match(text)
    if match is None:
        return None
    if match.group("iso_year"):  # a machine timestamp keeps its local clock time; its offset is dropped
        year, month, day = (int(match.group(g)) for g in ("iso_year", "iso_month", "iso_day"))
        if match.group("iso_hour"):
            try:
                return dt.datetime(year, month, day, int(match.group("iso_hour")), int(match.group("iso_minute")),
                                   int(match.group("iso_second") or 0))
            except ValueError:
                return None
    else:
        year = int(match.group("year"))
        month = month_number(match.group("month") or match.group("month2"))
        day = int(match.group("day") or match.group("day2"))
    hour, minute, second = (int(match.group(g) or 0) for g in ("hour", "minute", "second"))
    half = (match.group("half") or "").casefold()
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _parse(text: str, dayfirst: bool) -> dt.datetime | None:
    common = _parse_common(text)
    if common is not None:
        return common
    from dateutil import parser as date_parser  # imported on first need: most dates take the fast path

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return date_parser.parse(text, default=_DEFAULT, ignoretz=True, dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError):
        return None


_GLUED_YEAR = regex.compile(rf"(?<=\b(?:{MONTHS})\.?)(?=\d{{4}}\b)", regex.I)  # '15 Jan2021': a crawler's glue
MAX_NUMERIC_DATE_CHARS = 10
_SPACED_NUMERIC = regex.compile(r"^(\d{1,2})(?: |\.)(\d{1,2})(?: |\.)(\d{4}|\d{2})$")  # '14 04 2011', '14.09.20', not a time
_MONTH_YEAR = regex.compile(
    rf"^(?:(?P<month>{MONTHS})\.?,?\s+(?P<year>\d{{4}})|(?P<year2>\d{{4}}),?\s+(?P<month2>{MONTHS})\.?)$", regex.I)


def parse_month_year(text: str, this_year: int | None = None) -> str | None:
    """'October 2004' -> '2004-10': a date line or citation that gives only a month."""
    match = _MONTH_YEAR.match(_GLUED_YEAR.sub(" ", text.strip(" .,()")))
    if not match:
        return None
    year, month = match.group("year") or match.group("year2"), match.group("month") or match.group("month2")
    return f"{year}-{month_number(month):02d}" if plausible_year(int(year), this_year) else None


def is_timestamp(text: str) -> bool:
    """'2024-09-22T07:12:40+02:00': a machine's date and time, as a page's metadata gives it."""
    return text[:4].isdigit() and "T" in text[8:12]


def parse_full_date(text: str, this_year: int | None = None, dayfirst: bool = True) -> str | None:
    """ISO 8601 for a text that is wholly a date with day, month and year (and maybe weekday, time,
    zone); None otherwise. A time gives 'YYYY-MM-DDTHH:MM:SS', no time 'YYYY-MM-DD'. `dayfirst`
    settles numeric dates such as 04/02/2019 (4 February unless the profile says month-first).

    The text must show a year, a month and a day itself, so that python-dateutil, which fills
    missing parts from a default, is asked only about texts it cannot complete on its own."""
    if len(text) > 90 or not (_HAS_YEAR.search(text) or _SHORT_NUMERIC_DATE.search(text)):
        return None
    text = text.strip().rstrip(".")
    if text[-5:-4].isalpha() and text[-4:].isdigit():
        text = _GLUED_YEAR.sub(" ", text)  # '15 Jan2021'
    if text[:1].isdigit() and len(text) <= MAX_NUMERIC_DATE_CHARS:
        text = _SPACED_NUMERIC.sub(r"\1/\2/\3", text)  # '14 04 2011', '14.09.20'
    if is_timestamp(text):  # '2024-09-22T07:12:40+02:00': a machine timestamp, read as it is
        stamp = _parse_common(text)
        return stamp.strftime("%Y-%m-%dT%H:%M:%S") if stamp and plausible_year(stamp.year, this_year) else None
    if not (_MONTH_WORD.search(text) or _NUMERIC_DATE.search(text) or _SHORT_NUMERIC_DATE.search(text)):
        return None
    cleaned = _NOISE.sub(" ", _DOTTED_TIME.sub(r"\1:\2", _strip_zone(text))).strip(" ,")
    if any(word.casefold() not in _DATE_WORDS for word in _WORDS.findall(cleaned)):
        return None  # 'ISSUE 14 3 March 2022' is not wholly a date, whatever dateutil makes of it
    if not (_NUMERIC_DATE.search(cleaned) or _SHORT_NUMERIC_DATE.search(cleaned) or _DAY.search(CLOCK_TIME.sub(" ", cleaned))):
        return None  # 'June 2019': no day
    listed = LIST_NUMBER.match(cleaned)  # '2. April 27, 2022': a list's number before its date
    if listed and _MONTH_WORD.search(cleaned) and len(_NUMBER.findall(CLOCK_TIME.sub(" ", cleaned))) > 2:
        return parse_full_date(cleaned[listed.end():], this_year, dayfirst)
    value = _parse(cleaned, dayfirst)
    if value is None or not plausible_year(value.year, this_year):
        return None
    if CLOCK_TIME.search(text):
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    return value.strftime("%Y-%m-%d")


def plausible_year(year: int, this_year: int | None = None) -> bool:
    """Like htmldate's validators: a publication year between 1800 and next year."""
    return EARLIEST_YEAR <= year <= (this_year or dt.date.today().year) + 1


def month_number(name: str) -> int:
    return _month_lookup[name.rstrip(".").casefold()[:3]]


_month_lookup = {m.casefold()[:3]: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
     "December"], 1)}


def may_hold_date(text: str) -> bool:
    """A cheap test before parsing: a four-digit year, or a numeric date with a two-digit year."""
    return bool(_HAS_YEAR.search(text) or _SHORT_NUMERIC_DATE.search(text))
