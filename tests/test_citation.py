"""One op-ed per line (cues/citation.py) and flattened table rows (extract/row.py)."""
from __future__ import annotations

import pytest
from conftest import cases, records

from opparse.cues.citation import match_citation
from opparse.extract.row import parse_row
from opparse.profile import default_profile


@pytest.mark.parametrize("case", cases("citations.json"), ids=lambda c: c["line"][:40])
def test_citation_lines(case):
    found = match_citation(case["line"])
    if case.get("none"):
        assert found is None
        return
    assert (found.title, found.outlet, found.published, list(found.coauthors)) == (
        case["title"], case["outlet"], case["published"], case["coauthors"])
    assert found.summary == case.get("summary")


def test_a_page_of_citations_gives_one_record_per_line():
    text = "Writing\n" + "\n".join(
        f"“{title},” Harbour Review, {day} March 2021." for day, title in
        [(3, "Ferries Are Public Transport"), (10, "The Levy Nobody Voted For"), (17, "Dredge Less, Plan More"),
         (24, "Why Tolls Fail Twice")])
    found = records(text)
    assert [r["headline"] for r in found] == ["Ferries Are Public Transport", "The Levy Nobody Voted For",
                                              "Dredge Less, Plan More", "Why Tolls Fail Twice"]
    assert {r["outlet"] for r in found} == {"Harbour Review"} and found[0]["published"] == "2021-03-03"
    assert all(r["body"] == "" for r in found)


@pytest.mark.parametrize("line,expected", [
    ("ID12Date3 Mar, 2024SubjectFerriesPublicationHarbour Times “The ferry is a road”",
     ("“The ferry is a road”", "Harbour Times", "2024-03-03")),
    ("No7Date14 May, 2023TitleThe levy nobody votedOutletKestrel Weekly", ("The levy nobody voted", "Kestrel Weekly", "2023-05-14")),
])
def test_flattened_table_rows(line, expected):
    row = parse_row(line, default_profile())
    assert (row.headline, row.outlet, row.published) == expected


def test_a_headline_that_mentions_a_date_is_no_row():
    assert parse_row("Date night: Subject to change", default_profile()) is None
