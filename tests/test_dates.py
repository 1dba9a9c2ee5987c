"""The date extractor: what counts as an absolute date and how a missing year is resolved."""
from __future__ import annotations

import datetime as dt

import pytest
from conftest import cases

from opparse.dateparse import parse_full_date
from opparse.extract.dates import find_dates


@pytest.mark.parametrize("case", cases("dates.json"), ids=lambda c: c["text"][:40])
def test_dates_in_prose(case):
    reference = dt.date.fromisoformat(case["reference"]) if case["reference"] else None
    assert [[d.text, d.value] for d in find_dates(case["text"], 7, reference)] == case["found"]


def test_dates_carry_their_line():
    assert {d.line for d in find_dates("In 2011 and in 2014.", 42, None)} == {42}


@pytest.mark.parametrize("text", ["February 15", "2016", "Tuesday", "16 February", "last week"])
def test_full_date_needs_day_month_and_year(text):
    assert parse_full_date(text) is None


@pytest.mark.parametrize("text,dayfirst,value", [("15-05-2025", True, "2025-05-15"), ("09-05-2025", True, "2025-05-09"),
                                                  ("09-05-2025", False, "2025-09-05")])
def test_numeric_date_with_dashes(text, dayfirst, value):
    assert parse_full_date(text, dayfirst=dayfirst) == value


@pytest.mark.parametrize("text,value", [("2. April 27, 2022", "2022-04-27"), ("12. April 3, 2021", "2021-04-03")])
def test_a_list_number_before_a_date_is_not_its_day(text, value):
    # regression: '2. April 27, 2022' was read as 2 April 2027
    assert parse_full_date(text) == value


def test_implausible_year_is_rejected():
    assert parse_full_date("16 February 1066") is None


def _common_forms():
    """Every shape the fast path reads, with days and months that are and are not valid."""
    for month in ("March", "march", "Mar", "Sept", "Sep", "May", "February", "Feb", "DECEMBER"):
        for day in ("0", "1", "05", "29", "30", "31", "32", "3rd", "21st"):
            for year in ("2016", "2024", "1999"):
                for weekday in ("", "Tuesday, ", "Tue ", "Thurs, ", "thursday "):
                    yield f"{weekday}{day} {month} {year}"
                    yield f"{weekday}{day} of {month}, {year}"
                    yield f"{weekday}{month} {day}, {year}"
                    yield f"{weekday}{month}. {day} {year}"
    for clock in ("0:00", "9:35am", "12:00 pm", "12:30am", "13:05", "13:05pm", "0:10 a.m.", "11:59 p.m.", "23:59:59",
                  "24:00", "10:60", "at 5:00 PM"):
        for date in ("Tuesday, 16 February, 2016,", "Nov. 30, 2021,", "Wed 13 Oct 2021", "September 26, 2023"):
            yield f"{date} {clock}"
    yield from ("2016-02-29", "2015-02-29", "2021-13-01", "2021-03-00", "2021-03-31")


@pytest.mark.parametrize("dayfirst", [True, False])
def test_fast_path_gives_what_dateutil_gives(dayfirst):
    """The anchored fast path must agree with python-dateutil on every text it accepts."""
    import warnings

    from dateutil import parser as date_parser

    from opparse.dateparse import _DEFAULT, _parse_common

    for text in _common_forms():
        fast = _parse_common(text)
        if fast is None:
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                slow = date_parser.parse(text, default=_DEFAULT, ignoretz=True, dayfirst=dayfirst)
        except (ValueError, OverflowError):
            slow = None
        assert fast == slow, text
