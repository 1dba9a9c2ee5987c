"""Citation cue: one op-ed on one line, as publication lists and CVs print them.

Forms: a title and where it ran after a semicolon ('Why the Tram Stalled; Harbour Post, May 4, 2024'),
a quoted title and where it ran ('“How Arctic Lanes Redraw NATO’s Map,” Foreign Affairs
(online), 14 February 2025.', '“Voters Punish Wars.” With Jane Roe. Wall Street Journal, 19
August 2024.', its opening quote sometimes lost), and a title the crawler glued to its outlet and
date ('Why Tolls Are a Tax on CommutersHarbour Opinion, February 11, 2020 Councils
make ...'), the rest of the line being the item's summary.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ..dateparse import FULL_DATE, MONTH_PREFIXES, MONTHS, parse_full_date, parse_month_year
from ..names import split_names

MAX_CITATION_CHARS = 400
MAX_OUTLET_WORDS = 8
_DATE = (rf"(?:{FULL_DATE}"
         rf"|(?:{MONTHS})(?:/(?:{MONTHS}))?\.?,?\s+\d{{4}})")
_DATE_IN_TEXT = regex.compile(_DATE)
_YEAR = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
# '“Title,” Rest' or 'Title.” Rest': the title closes with a quote mark, and something capitalised follows
_QUOTED = regex.compile(r"^(?P<open>[“\"])?(?P<title>[^“”\"]{8,250}?[?!]?)[,.]?(?P<close>[”\"])[,.]?\s+"
                        r"(?P<rest>(?:[\p{Lu}(]|with\s+(?:co-?authors?\s+)?\p{Lu}).{2,})$")
# 'Why Tolls Are a Tax on CommutersHarbour Opinion, February 11, 2020 Councils make ...': the
# outlet glued to the title's last letter, then ', DATE' (looked for only in the text before the first date)
_GLUED_OUTLET = regex.compile(r"(?<=[\p{Ll}?!.])(?P<outlet>\p{Lu}[\p{L}&.’' ]{1,50}?),\s+$")
MAX_OUTLET_CHARS = 60
# stdlib re: on this literal-led pattern, tried on most lines, it is several times faster than regex
_COMMA_THEN_DATE_START = re.compile(
    ", (?:\\d|" + "|".join(sorted(MONTH_PREFIXES)) + ")")
# 'Why the ferry runs late; The Harbour Post, May 4, 2024': a title, then where and when it ran after its last semicolon
_SEMICOLON_CITATION = regex.compile(
    rf"^(?P<title>.{{8,250}});\s+(?P<outlet>\p{{Lu}}[^;,]{{1,60}}),\s+(?P<date>{_DATE}|(?:{MONTHS})\.?\s+\d{{1,2}})\.?$")
_SUMMARY_START = regex.compile(r"\.?(?:$|\s+\p{Lu})")  # after the date: the line's end, or the summary's first sentence
# 'With Jane Roe. Outlet ...', 'with co-author Jane Roe, Outlet, ...'
_WITH = regex.compile(r"^(?:With\s+(?P<names>[^.]{3,120}?)\.|with\s+(?:co-?authors?\s+)?(?P<names>\p{Lu}[^.,]{2,119}?),)\s+(?P<rest>.+)$")
_OUTLET_END = regex.compile(r"\s*(?:,|\.\s|\.$|\s\(|\s\d|:\s)")


@dataclass(frozen=True, slots=True)
class Citation:
    title: str
    outlet: str | None
    published: str | None
    summary: str | None  # what follows the date: the item's one-line summary
    coauthors: tuple[str, ...] = ()


def may_be_citation(text: str) -> bool:
    """The cheap test before the patterns: a closing quote mark, or a comma before a glued date."""
    return "”" in text or '"' in text or ", " in text


def match_citation(text: str) -> Citation | None:
    if len(text) > MAX_CITATION_CHARS:
        return None
    if "”" in text or '"' in text:
        quoted = _QUOTED.match(text)
        if quoted and (quoted.group("open") or quoted.group("close") == "”") and _dated(quoted.group("rest")):
            return _quoted_citation(quoted)
    if "; " in text:
        cited = _SEMICOLON_CITATION.match(text)
        if cited and len(cited.group("outlet").split()) <= MAX_OUTLET_WORDS:
            published = _date_value(cited.group("date"))
            if published:
                return Citation(cited.group("title"), cited.group("outlet"), published, None)
    date = _DATE_IN_TEXT.search(text) if _comma_before_a_date(text) else None
    if date and text[date.start() - 2: date.start()] == ", " and _SUMMARY_START.match(text, date.end()):
        before = text[: date.start()]
        glued = _GLUED_OUTLET.search(before, max(0, len(before) - MAX_OUTLET_CHARS))
        title = before[: glued.start()] if glued else ""
        if glued and len(title) > 8 and len(glued.group("outlet").split()) <= MAX_OUTLET_WORDS:
            rest = text[date.end():].lstrip(". ") or None
            return Citation(title, glued.group("outlet").strip(), _date_value(date.group(0)), rest)
    return None


def _comma_before_a_date(text: str) -> bool:
    """The cheap test before the date pattern: the glued form's date follows ', ' and opens with a
    digit or a month's first letters ('..., February 11, 2020', '..., 11 February 2020')."""
    return _COMMA_THEN_DATE_START.search(text) is not None


def _dated(rest: str) -> bool:
    return bool(_YEAR.search(rest))


def _quoted_citation(match: regex.Match) -> Citation:
    rest, coauthors = match.group("rest"), ()
    with_names = _WITH.match(rest)
    if with_names:
        coauthors = split_names(with_names.group("names"))
        rest = with_names.group("rest")
    end = _OUTLET_END.search(rest)
    outlet = rest[: end.start()].strip() if end else rest.strip(" .")
    date = _DATE_IN_TEXT.search(rest)
    published = _date_value(date.group(0)) if date else None
    if published is None:
        year = _YEAR.search(rest)
        published = year.group(0) if year else None
    outlet = outlet if outlet and len(outlet.split()) <= MAX_OUTLET_WORDS else None
    return Citation(match.group("title").strip(), outlet, published, None, coauthors)


def _date_value(text: str) -> str | None:
    first_month = regex.sub(rf"/(?:{MONTHS})", "", text)  # 'March/April, 2022' -> March 2022
    return parse_full_date(first_month) or parse_month_year(first_month)
