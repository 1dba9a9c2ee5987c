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


def test_implausible_year_is_rejected():
    assert parse_full_date("16 February 1066") is None
