"""Date-line cue: a line that dates the piece.

Forms: a label and a date ('PUBLISHED : Tuesday, 16 February, 2016, 2:00pm', 'Posted on June 5,
2019 by Jane Roe', 'Last modified on Tue 4 Jun 2019 10.12 BST'), a bare date ('12 Mar 2022'), and
a source with a date ('Kestrel Analysis, 11 Apr 2014', 'Jun 5, 2023 | Jane Roe').
"""
from __future__ import annotations

import regex

from ..dateparse import CLOCK_TIME, FULL_DATE, TRAILING_FULL_DATE, may_hold_date, parse_full_date, parse_month_year
from ..model import DateLine
from ..names import NAME
from ..profile import Profile
from .byline import match_byline

MAX_DATELINE_CHARS = 140
MAX_DATELINE_WORDS = 16  # a date line is mostly its date: prose that names a date is longer
MAX_TAG_PARTS = 4  # 'Op-ed | 22 February 2022 | Outlet'
MAX_PART_CHARS = 60  # a part of a credit line names people, an outlet or a section; a longer one is a sentence
_MONTH_OR_NUMERIC = regex.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d[/.-]\d|\d \d\d? \d{4}")
_PUBLISHED_IN = regex.compile(r"^(?:(?:First |Originally )?(?:Published|Posted|Appeared)) (?:in|on|by) (?:the )?", regex.I)
_LEADING_DASH = regex.compile(r"^[–—]\s+(?=\p{Lu}|\d)")  # '– March 9, 2022' under a headline
_READING_TIME = regex.compile(r"^\d+\s*min(?:ute)?s?\s+read\s*[.|·•–-]\s*", regex.I)
_ON_DATE = regex.compile(r"\bon\s+(?P<date>[^.;]{6,40}?\d{4})\b")
_TRAILING_DATE = regex.compile(rf"\s(?:[-–—|·]|//)\s+(?P<date>[^–—|·/]*\d[^–—|·]*)$|\s(?P<bare>{TRAILING_FULL_DATE})", regex.I)
_NAMED_DATE = regex.compile(FULL_DATE, regex.I)  # a full date anywhere in a note
_TOPIC_LABELS = regex.compile(r"(?<=\d)\s+(?:Topics?|Region|Tags|Category|Section)\s*:.*$")  # 'June 5, 2019 Topic: Security Region: Asia'
# 'Categories: Harbour Free Press, Columns': a tag line's part that lists outlets among its categories
_CATEGORY_LABEL = regex.compile(r"^(?:Categories|Category|Filed under|Posted in)\s*:?\s*", regex.I)
_PARTS = regex.compile(r"\s*\|\s*|\s+[/·•]\s+")
# 'PUBLISHED 3 May 2021 | Updated ...', '... Sept. 12, 2023 - 05:30 Updated : ...'
_UPDATED_PART = regex.compile(r"(?:\s+[|·•/]\s+|(?<=\d)\s+)(?=(?:last\s+)?(?:updated|modified)\b)", regex.I)
_YEAR = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_BY_AUTHOR = regex.compile(r"^(?P<date>.+?)\s+(?i:by)(?:\s*[-–—:])?\s+(?P<author>\S.{0,60}?)\s*$")  # 'by Jane Roe', 'By - Jane Roe'
_BY = regex.compile(r"^(?i:by)\s+")
_COMMA_THEN_DATE = regex.compile(rf",\s+(?P<date>{TRAILING_FULL_DATE})", regex.I)
_SOURCE_THEN_DATE = regex.compile(r"^(?P<source>[^,|:–—/]{2,60}?)\s*(?:,|\||–|—|:|\s-|\.(?=\s)|/)\s*(?P<date>[^|]*\d[^|]*)$")
# 'The Guardian 25 March 2006': a citation's source and date with no separator
_SOURCE_BEFORE_DATE = regex.compile(rf"^(?P<source>[^\d,|]{{2,60}}?)\s+(?P<date>{TRAILING_FULL_DATE})", regex.I)
_SOURCE_THEN_BRACKETED_DATE = regex.compile(r"^(?P<source>[^()\d]{2,60}?)\s+\((?P<date>[^()]*\d[^()]*)\)\.?$")  # 'Outlet (May 2, 2023)'
_DATE_THEN_SOURCE = regex.compile(r"^(?P<date>[^|]*\d[^|]*?)\s*(?:\||–|—)\s*(?P<source>[^\d|]{2,60})$")


def match_dateline(text: str, profile: Profile) -> DateLine | None:
    if len(text) > 2 * MAX_DATELINE_CHARS or not may_hold_date(text):  # every form shows a year or a numeric date
        return None
    both = _published_and_updated(text, profile)
    if both:
        return both
    if len(text) > MAX_DATELINE_CHARS or text.count(" ") >= MAX_DATELINE_WORDS or not _MONTH_OR_NUMERIC.search(text):
        return _date_after_commas(text, profile)  # its parts are checked one by one: it may be long
    text = _TOPIC_LABELS.sub("", _READING_TIME.sub("", _LEADING_DASH.sub("", text)))
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]  # '(The Guardian, 17 August 2005)': a listing's citation under or after its headline
    labelled = profile.dateline_label.match(text)
    if labelled:
        found = _date_and_author(labelled.group("rest"), profile.dayfirst)
        if found:
            kind = "updated" if labelled.group("label").casefold() in profile.updated_labels else "published"
            return DateLine(kind, found[0], author=found[1])
    value = parse_full_date(text, dayfirst=profile.dayfirst)
    if value:
        return DateLine("published", value, bare=True)
    if " by " in text or " By " in text:  # '07/12/12 06:10:44 By - Jane Roe', 'June 5, 2019 by Jane Roe'
        found = _date_and_author(text, profile.dayfirst)
        if found:
            return DateLine("published", found[0], author=found[1])
    for pattern in (_SOURCE_THEN_DATE, _DATE_THEN_SOURCE, _SOURCE_BEFORE_DATE, _SOURCE_THEN_BRACKETED_DATE):
        match = pattern.match(text)
        if match:
            value = parse_full_date(match.group("date"), dayfirst=profile.dayfirst) or parse_month_year(match.group("date"))
            if value:
                source = _PUBLISHED_IN.sub("", match.group("source").strip(" ,"))
                outlet = source if not any(c.isdigit() for c in source) and profile.looks_like_outlet(source) else None
                named = _BY.sub("", source)  # '12 July 2012 | By Jane Roe'
                author = named if outlet is None and regex.fullmatch(NAME, named) else None
                plain = source if any(c.isalpha() for c in source) and not any(c.isdigit() for c in source) else None
                return DateLine("published", value, outlet=outlet, author=author, source=plain)
    value = _leading_date(text, profile.dayfirst)
    if value:  # 'March 6th, 2021|Categories: Harbour Free Press, Columns': the parts after it may name the outlet
        among = _date_among_parts(text, profile) if "|" in text else None
        return among if among is not None and among.outlet else DateLine("published", value)
    value = parse_month_year(text)
    if value:
        return DateLine("published", value, bare=True)
    return _date_among_parts(text, profile) or _date_after_commas(text, profile)


def _date_after_commas(text: str, profile: Profile) -> DateLine | None:
    """'Dr Jane Roe, The Harbour Times, Opinion, 18 November, 2021': a listing's credit line, its
    parts parted by commas and its date last; the outlet is the part that names a known one."""
    match = _COMMA_THEN_DATE.search(text)
    if match is None:
        return None
    parts = [part.strip() for part in text[: match.start()].split(",")]
    value = parse_full_date(match.group("date"), dayfirst=profile.dayfirst)
    if value is None or not 2 <= len(parts) <= MAX_TAG_PARTS + 1 \
            or any(not 0 < len(part) <= MAX_PART_CHARS or not part[0].isupper() for part in parts):
        return None  # 'Ferries need crews, not only captains by X (Y), 11 January 2018' is a headline
    outlet = next((part for part in parts if profile.looks_like_outlet(part)), None)
    if outlet is None:
        return None
    people = ", ".join(parts[: parts.index(outlet)])  # 'Dr Jane Roe and Mr Li Wei' before the outlet
    author = people if people and match_byline(f"By {people}", profile) else None
    return DateLine("published", value, outlet=outlet, author=author)


def _date_among_parts(text: str, profile: Profile) -> DateLine | None:
    """'Op-ed | 22 February 2022 | South China Morning Post': a listing's tag line, one part of
    it a date and maybe one an outlet."""
    parts = _PARTS.split(text)
    if not 2 <= len(parts) <= MAX_TAG_PARTS:
        return None
    dated = [(part, value) for part in parts if (value := _part_date(part, profile))]
    if len(dated) != 1:
        return None
    part, value = dated[0]
    at = parts.index(part)
    if at + 1 < len(parts) and CLOCK_TIME.fullmatch(parts[at + 1]):  # '11.05.2020 / 16:45': its time of day
        value = parse_full_date(f"{part} {parts[at + 1]}", dayfirst=profile.dayfirst) or value
    named = [name.strip() for part in parts if part != dated[0][0] for name in _CATEGORY_LABEL.sub("", part).split(",")]
    outlet = next((name for name in named if profile.looks_like_outlet(name)), None)
    # 'Jane Roe / 11.05.2020 / 16:45 / 23': the name before the date is the author's
    author = next((name for name in named[:at] if name != outlet and regex.fullmatch(NAME, name)), None)
    return DateLine("published", value, outlet=outlet, author=author)


def _part_date(part: str, profile: Profile) -> str | None:
    """A tag line's date part, bare or labelled: '22 February 2022', 'Published 14.09.20'."""
    labelled = profile.dateline_label.match(part)
    return parse_full_date(labelled.group("rest") if labelled else part, dayfirst=profile.dayfirst)


def _published_and_updated(text: str, profile: Profile) -> DateLine | None:
    """'June 8, 2021 05:00 JST | Updated on June 8, 2021 11:20 JST': two date lines on one."""
    parts = _UPDATED_PART.split(text, maxsplit=1)
    if len(parts) != 2:
        return None
    published, updated = match_dateline(parts[0], profile), match_dateline(parts[1], profile)
    if published is None or updated is None or published.kind != "published" or updated.kind != "updated":
        return None
    return DateLine("published", published.value, published.outlet, published.author, updated=updated.value)


def _leading_date(text: str, dayfirst: bool) -> str | None:
    """'March 3, 2021 / 8:14 AM / Updated 2 hours ago': the longest run of parts, from the first,
    that is a date."""
    parts = _PARTS.split(text)
    for end in range(len(parts) - 1, 0, -1):
        value = parse_full_date(" ".join(parts[:end]), dayfirst=dayfirst)
        if value:
            return value
    return None


def _date_and_author(rest: str, dayfirst: bool) -> tuple[str, str | None] | None:
    value = parse_full_date(rest, dayfirst=dayfirst)
    if value:
        return value, None
    match = _BY_AUTHOR.match(rest)
    if match:
        value = parse_full_date(match.group("date"), dayfirst=dayfirst)
        if value:
            author = match.group("author")
            return value, author if regex.fullmatch(NAME, author) else None  # 'by admin' names no one
    return None


def closing_date(text: str, profile: Profile) -> DateLine | None:
    """The date a closing line gives: 'Originally published in X on 1 March 2022.', 'This piece
    originally appeared in X online Monday, 9 November 2020, under the title ...'."""
    match = _ON_DATE.search(text)
    value = parse_full_date(match.group("date"), dayfirst=profile.dayfirst) if match else None
    if value is None and may_hold_date(text):
        named = _NAMED_DATE.search(text)
        value = parse_full_date(named.group(0), dayfirst=profile.dayfirst) if named else None
    return DateLine("published", value) if value else None


def trailing_date(text: str, profile: Profile) -> DateLine | None:
    """The date at the end of a byline: 'BY JANE ROE, OPINION CONTRIBUTOR - 11/14/23 11:30 AM ET'."""
    match = _TRAILING_DATE.search(text)
    if not match:
        return None
    date = match.group("date") or match.group("bare")
    value = parse_full_date(date, dayfirst=profile.dayfirst) or _leading_date(date, profile.dayfirst)
    return DateLine("published", value) if value else None
