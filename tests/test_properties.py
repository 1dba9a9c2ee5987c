"""Invariants under generated dumps (hypothesis): nothing crashes, no line is lost or claimed twice,
every extracted string stands in its piece, output always parses, CRLF changes nothing.

The budget is fixed (see PROPERTY_SETTINGS) so CI runs a bounded fuzz on every change.
"""
from __future__ import annotations

import csv
import io
import json
import time

import pytest
from conftest import FIXTURES, EXAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opparse.cues import classify
from opparse.export import Writer, record_dict
from opparse.model import Document, Line
from opparse.pipeline import parse_lines
from opparse.profile import default_profile
from opparse.reader import lines_from_text, normalise

PROFILE = default_profile()
PROPERTY_SETTINGS = settings(max_examples=120, deadline=None, derandomize=True,
                             suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FIXTURE_LINES = [line for path in sorted(FIXTURES.glob("*.txt")) + [EXAMPLES / "blog_dump.txt"]
                 for line in path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").split("\n")]
ODD_CHARACTERS = "\u00a0\u200b\ufeff\u2028\t\r“”‘’–—…©•|[](){}:;,.!?'\"/\\#*_-"

fixture_line = st.sampled_from(FIXTURE_LINES)
random_line = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"), max_size=120)
odd_line = st.text(alphabet=st.sampled_from(list(ODD_CHARACTERS) + list("Aa Bb 2016 Photo By is at PUBLISHED")), max_size=80)
dump_lines = st.lists(st.one_of(fixture_line, fixture_line, random_line, odd_line, st.just("")), max_size=140)


def mutated(lines: list[str], data: st.DataObject) -> list[str]:
    """Fixture lines reordered in runs, as crawls cut and splice pages."""
    if len(lines) > 4 and data.draw(st.booleans()):
        cut = data.draw(st.integers(1, len(lines) - 1))
        lines = lines[cut:] + lines[:cut]
    return lines


def analyse(text: str):
    document = Document("dump.txt")
    parsed = list(parse_lines(lines_from_text(text), "dump.txt", PROFILE, document))
    return parsed, document


def strings_of(record: dict) -> list[tuple[str, int | None]]:
    """Every extracted string, with the line it claims to come from when the record says so."""
    found = [(record["headline"], None), (record["standfirst"], None), (record["print_headline"], None)]
    found += [(p, None) for p in (record["intro"] or "").split("\n\n")]
    found += [(p, None) for p in record["body"].split("\n\n")]
    found += [(x, None) for key in ("images", "subheadings", "pull_quotes") for x in record[key]]
    found += [(c["text"], c["line"]) for c in record["captions"]]
    found += [(c["credit"], None) for c in record["captions"]]  # a credit may stand on the line under its caption
    found += [(d["text"], d["line"]) for d in record["dates"]]
    found += [(a[key], None) for a in record["authors"] for key in ("name", "role", "organisation", "bio")]
    return [(s, line) for s, line in found if s]


def check_invariants(text: str) -> None:
    """Every non-blank line has exactly one owner (a piece, the preamble or the trailer), in file
    order; the parts a crawler glued on one line (glue.py) never part; extracted strings stand in
    their piece, and on the line they name."""
    parsed, document = analyse(text)
    non_blank = {n for n, raw in enumerate(text.split("\n"), 1) if normalise(raw)}
    owners: dict[int, set[str]] = {}
    for where, lines in (("preamble", document.preamble), ("trailer", document.trailer)):
        for line in lines:
            for n in range(line.number, line.last + 1):
                owners.setdefault(n, set()).add(where)
    previous_end = 0
    for p in parsed:
        numbers = [n for f in p.piece.lines for n in range(f.line.number, f.line.last + 1) if n in non_blank]
        assert numbers == sorted(numbers) and numbers[0] > previous_end, "pieces overlap or run backwards"
        assert set(numbers) == {n for n in non_blank if p.piece.start_line <= n <= p.piece.end_line}, "a piece skips a line in its span"
        previous_end = numbers[-1]
        for n in numbers:
            owners.setdefault(n, set()).add(f"piece {p.piece.index}")
        lines_by_number: dict[int, str] = {}  # a joined paragraph under its first line, a glued line's parts together
        for f in p.piece.lines:
            lines_by_number[f.line.number] = lines_by_number.get(f.line.number, "") + (f.line.joined or "") + f.line.text
        piece_text = "\n".join(lines_by_number.values())
        record = record_dict(p.record)
        for string, number in strings_of(record):
            assert string in (lines_by_number[number] if number else piece_text), f"{string!r} not in its piece"
    assert {n for n in owners if n in non_blank} == non_blank, "a line is lost"
    assert all(len(owners[n]) == 1 for n in non_blank), "a line is claimed twice (or its glued parts parted)"


@PROPERTY_SETTINGS
@given(lines=dump_lines, data=st.data())
def test_every_line_is_claimed_once_and_every_string_stands_in_its_piece(lines, data):
    check_invariants("\n".join(mutated(lines, data)))


@PROPERTY_SETTINGS
@given(lines=dump_lines)
def test_line_endings_do_not_change_the_result(lines):
    lf = "\n".join(lines)
    crlf = "\r\n".join(lines)
    assert [record_dict(p.record) for p in analyse(lf)[0]] == [record_dict(p.record) for p in analyse(crlf)[0]]


@PROPERTY_SETTINGS
@given(lines=dump_lines)
def test_json_and_csv_output_always_parse(lines):
    records = [record_dict(p.record) for p in analyse("\n".join(lines))[0]]
    for fmt in ("json", "jsonl", "csv", "tsv"):
        out = io.StringIO()
        writer = Writer(out, fmt)
        for record in records:
            writer.write(record)
        writer.close()
        if fmt == "json":
            assert json.loads(out.getvalue()) == json.loads(json.dumps(records))
        elif fmt == "jsonl":
            assert [json.loads(x) for x in out.getvalue().splitlines()] == json.loads(json.dumps(records))
        else:
            rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline=""), dialect="excel" if fmt == "csv" else "excel-tab"))
            assert [r["headline"] for r in rows] == [r["headline"] or "" for r in records]  # null is an empty cell
            assert [r["body"] for r in rows] == [r["body"] for r in records]


@pytest.mark.parametrize("fixture", sorted(FIXTURES.rglob("*.txt")), ids=lambda p: p.name)
def test_invariants_hold_on_every_fixture(fixture):
    check_invariants(fixture.read_text(encoding="utf-8-sig").replace("\r\n", "\n"))


WORST_LINES = {
    "names": "By " + "Aa Bb, " * 4000 + "and Cc Dd",
    "standfirst names": "Aa Bb, " * 4000 + "says",
    "bio names": "Aa Bb and " * 3000 + "Cc Dd is a fellow at X",
    "open brackets": "(" * 20000 + "Photo: AP",
    "brackets": "[x] " * 10000,
    "credit labels": "Photo: " * 8000,
    "dates": "16 February " * 5000 + "2016",
    "month words": "in May " * 8000,
    "years": "2016 " * 10000,
    "capitals": "Aa " * 20000,
    "dots": "A. " * 15000,
    "dashes": "- " * 20000,
    "no spaces": "a-" * 40000,
    "quotes": "“" * 20000,
    "long prose": "The harbour is silting up, and nobody wants to pay for it. " * 3000,
}


@pytest.mark.parametrize("name", list(WORST_LINES))
def test_no_cue_backtracks_catastrophically(name):
    text = WORST_LINES[name]
    started = time.perf_counter()
    classify(Line(1, text), PROFILE)
    list(parse_lines(lines_from_text(f"A headline\n{text}\n{text}\n"), "worst.txt", PROFILE))
    assert time.perf_counter() - started < 10, f"{name}: a cue is super-linear on this input"


# Listing and repost pages as crawlers keep them: one layout repeated per item, maybe cut mid-item.
WORDS = "harbour water budget tariff council river port grid school court census rail ferry levy dam".split()
OUTLETS = ["The Hill", "Foreign Policy", "The Straits Times", "Newsweek", "The Guardian", "Bloomberg Opinion"]
MONTH_NAMES = ["January", "March", "May", "July", "September", "November"]
NAMES = ["Jane Roe", "Li Wei", "Amara Feld", "Tomas Berg", "Priya Nair", "Hana Sato", "Omar Haddad", "Ines Cole", "Kofi Mensah"]
LISTING_TEMPLATES = {
    "title, outlet and date": lambda t, o, d, x, n: [t, f"{o}. {d}."],
    "title, date, teaser": lambda t, o, d, x, n: [t, d, x],
    "bullet, title, teaser": lambda t, o, d, x, n: ["-", t, x],
    "date header, title, teaser, link": lambda t, o, d, x, n: [d, t, x, "Read more"],
    "citation": lambda t, o, d, x, n: [f"“{t},” {o}, {d}."],
    "title, teaser, byline": lambda t, o, d, x, n: [t, x, f"by {n}"],
}


@st.composite
def listing(draw, template: str | None = None, cut: bool = True):
    """(text, headlines, template): a page of 4-9 items in one template, a preamble, blank lines."""
    template = template or draw(st.sampled_from(sorted(LISTING_TEMPLATES)))
    items = draw(st.integers(4, 9))
    gap = "\n" * draw(st.integers(1, 3))
    inner = "\n" * draw(st.integers(1, 2)) if gap != "\n" else "\n"
    lines, headlines = ["Commentary and op-eds", ""], []
    for i in range(items):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=6))
        headline = f"Why the {' '.join(words).title()} Plan {('Fails', 'Matters', 'Drifts')[i % 3]} {i + 1}"
        date = f"{MONTH_NAMES[i % 6]} {1 + i * 3}, 20{10 + i}"
        teaser = f"The {words[0]} {words[-1]} has been argued over for years, and the council keeps putting it off {i}."
        item = LISTING_TEMPLATES[template](headline, draw(st.sampled_from(OUTLETS)), date, teaser, NAMES[i])
        lines.append(inner.join(item))
        headlines.append(headline)
    text = gap.join(lines)
    if cut:
        text = text[: draw(st.integers(len(text) // 2, len(text)))]
    return text, headlines, template


@PROPERTY_SETTINGS
@given(page=listing())
def test_listing_pages_keep_every_line_once_and_strings_in_their_piece(page):
    check_invariants(page[0])


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(page=listing(cut=False))
def test_a_repeated_layout_gives_one_piece_per_item(page):
    text, headlines, template = page
    parsed, document = analyse(text)
    assert document.layout is not None, f"{template}: no layout found"
    found = [p.record.headline for p in parsed]
    assert len(found) == len(headlines), f"{template}: {len(found)} pieces for {len(headlines)} items"
    assert all(h in f for h, f in zip(headlines, found, strict=True)), f"{template}: headlines {found}"
