"""Crawler glue (glue.py): each rule splits its own form and nothing else; parts rejoin to the line."""
from __future__ import annotations

import pytest
from conftest import cases

from opparse.glue import split_glued
from opparse.model import Line

GLUE_CASES = cases("glue.json")


@pytest.mark.parametrize("case", GLUE_CASES, ids=lambda c: c["rule"])
def test_each_glue_rule_splits_its_form_only(case):
    parts = list(split_glued([Line(7, case["line"])]))
    assert [p.text for p in parts] == case["parts"]
    assert all(p.number == 7 for p in parts), "parts keep the input line's number"


@pytest.mark.parametrize("case", GLUE_CASES, ids=lambda c: c["rule"])
def test_parts_rejoin_to_the_line_as_it_was(case):
    parts = list(split_glued([Line(1, case["line"])]))
    assert parts[0].joined is None and all(p.joined is not None for p in parts[1:])
    assert "".join((p.joined or "") + p.text for p in parts) == case["line"]


def test_a_joined_paragraph_of_a_wrapped_dump_is_left_whole():
    line = Line(3, "The council voted again on March 3, 2015", through=5)
    assert list(split_glued([line])) == [line]


def test_an_outlet_and_its_bracketed_date_under_a_headline_stay_one_line():
    # regression: 'The Harbour Review (March 4, 2024)' under its headline was cut into a title and a
    # date, the title read as a name on one item and a label on the next
    lines = [Line(1, "Why the ferry keeps running late"), Line(2, "The Harbour Review (March 4, 2024)")]
    assert [p.text for p in split_glued(lines)] == ["Why the ferry keeps running late", "The Harbour Review (March 4, 2024)"]


def test_a_headline_with_its_bracketed_citation_is_still_cut():
    lines = [Line(1, "A defence of fair fares"), Line(2, "Stop the Tolls (The Harbour Post, 1 January 2007)")]
    assert [p.text for p in split_glued(lines)][1:] == ["Stop the Tolls", "(The Harbour Post, 1 January 2007)"]
