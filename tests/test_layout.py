"""The page's layout (layout.py): symbols, the unit learnt from a window, its head, and applying it
line by line with bounded memory."""
from __future__ import annotations

import itertools

import pytest
from conftest import EXAMPLES, records, run_pipeline

from opparse import layout
from opparse.cues import classify
from opparse.glue import split_glued
from opparse.model import Line
from opparse.profile import default_profile
from opparse.reader import lines_from_text

PROFILE = default_profile()


def features(text: str):
    return [classify(line, PROFILE) for line in split_glued(lines_from_text(text))]


def symbols(text: str) -> str:
    found = features(text)
    return "".join(layout.symbol(f, layout.repeated_labels(found)) for f in found)


@pytest.mark.parametrize("line,expected", [
    ("16 July 2024", layout.BARE_DATE),
    ("Harbour Weekly. December 9, 2015.", layout.META_DATE),
    ("Published on : 14 04 2011", layout.META_DATE),
    ("-", layout.LABEL),
    ("Opinion", layout.KICKER),
    ("Opinion | Water Before Wires:", layout.KICKER),
    ("“Ferries Are Roads,” Harbour Review, 14 February 2025.", layout.CITATION),
    ("Why the ferry fare keeps rising", layout.TITLE),
    ("The council met again, and again nothing moved on the fares that commuters pay.", layout.PROSE),
    ("The council met again, and nothing moved … Continue reading", layout.EXCERPT),
])
def test_symbol_of_a_line(line, expected):
    assert layout.symbol(classify(Line(1, line), PROFILE)) == expected


def test_a_date_glued_to_an_excerpt_closes_it_and_heads_nothing():
    found = features("The fare went up again. Read MoreMay 18, 2005")
    assert [layout.symbol(f) for f in found] == [layout.EXCERPT, layout.GLUED_DATE]


def test_a_line_the_page_repeats_over_its_items_is_a_label():
    text = "\n\n".join(f"Analysis + Opinion\nWhy fare {i} rose\nThe council met again and the fare went up by {i} cents." for i in range(4))
    assert symbols(text).count(layout.KICKER) == 4


@pytest.mark.parametrize("modal,unit", [
    (("D", "T"), ("T", "D")),  # 'Outlet. Date.' cites the headline above it
    (("A", "T", "F", "P"), ("T", "F", "P")),  # a date header opens the item below, as a label
    (("K", "T", "P", "T"), ("T", "K", "T", "P")),  # the headline printed twice, a section label between
    (("F", "T", "B", "B", "T", "P"), ("T", "B", "B", "T", "P", "F")),  # the headline after the closing link
    (("D", "T", "P", "B"), ("D", "T", "P", "B")),  # a date line between a byline and the headline heads it
    (("E",), ("E",)),  # one excerpt per line
])
def test_the_unit_starts_where_a_reader_starts_an_item(modal, unit):
    assert layout._rotate(modal) == unit


LISTING = "Commentary\n\n" + "\n\n".join(
    f"{title}\n\nHarbour Weekly. {day} March 2021.\n\nThe council met again and the fare went up by {day} cents."
    for day, title in [(3, "Ferries are roads"), (10, "The levy nobody voted for"), (17, "Dredge less, plan more"),
                       (24, "Why tolls fail twice"), (31, "The port that ate the river")])


def test_a_listing_page_is_cut_at_its_unit():
    found = layout.learn(features(LISTING))
    assert found.unit == (layout.TITLE, layout.META_DATE, layout.PROSE)
    assert found.description == "repeated layout: title, outlet and date, prose"
    found_records = records(LISTING)
    assert [r["headline"] for r in found_records] == ["Ferries are roads", "The levy nobody voted for",
                                                      "Dredge less, plan more", "Why tolls fail twice", "The port that ate the river"]
    assert [r["published"] for r in found_records][:2] == ["2021-03-03", "2021-03-10"]


def test_inspect_names_the_unit_behind_each_boundary():
    parsed, document = run_pipeline(LISTING)
    assert document.layout.startswith("repeated layout: title, outlet and date, prose (5 items")
    assert {p.piece.start_cue for p in parsed} == {"repeated layout: title, outlet and date, prose"}


def test_a_full_text_archive_has_no_unit_and_keeps_its_local_cues():
    assert layout.learn(features((EXAMPLES / "blog_dump.txt").read_text(encoding="utf-8"))) is None


def test_repeated_share_bars_are_no_unit():
    text = "\n".join(f"A paragraph about the harbour levy number {i}, which the council keeps debating.\nShare this:\nTwitter\nFacebook"
                     for i in range(6))
    assert layout.learn(features(text)) is None


def test_the_item_the_crawler_cut_off_is_the_trailer():
    cut = LISTING[: LISTING.rindex("The council")] + "The council met ag"
    parsed, document = run_pipeline(cut)
    assert len(parsed) == 4 and [line.text for line in document.trailer][0] == "The port that ate the river"


def test_an_item_without_the_label_the_others_have_still_opens():
    items = [("16 July 2024", "Ferries are roads"), ("9 July 2024", "The levy nobody voted for"), (None, "Dredge less, plan more"),
             ("25 June 2024", "Why tolls fail twice"), ("18 June 2024", "The port that ate the river")]
    text = "\n\n".join(("" if date is None else date + "\n\n") + f"{title}\n\nPosted in Op-eds\n\nThe council met and the fare went up."
                       for date, title in items)
    assert [r["headline"] for r in records(text)] == [title for _, title in items]


def test_learning_reads_only_a_bounded_window():
    pulled = 0

    def lines():
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield from features(f"Why fare {i} rose\nHarbour Weekly. 3 March 2021.\n")

    found, rest = layout.learn_from_window(lines())
    assert found is not None and pulled <= layout.WINDOW_LINES
    first = list(itertools.islice(layout.mark_openings(found, rest), 5000))
    assert sum(opens for _, _, opens in first) == 2500


def test_applying_a_unit_holds_a_bounded_number_of_lines():
    found = layout.learn(features(LISTING))
    applier = layout._Applier(found)
    many = (f for _ in range(400) for f in features(LISTING))
    for _ in applier.run(many):
        assert len(applier.look) <= layout.LOOKAHEAD_LINES + 1 and len(applier.held) <= layout.HOLD_LINES + 1




def test_the_site_name_the_date_lines_give_is_site_furniture():
    page = "The Harbour Times\n\n" + "\n\n".join(
        f"{title}\nThe Harbour Times, Sunday {day} March 2021\n\nThe ferry fare went up again.\n\n{name},"
        for title, day, name in [("Ferries are roads", 7, "A Roe"), ("The levy nobody voted for", 14, "L Wei"),
                                 ("Dredge less, plan more", 21, "K Mensah")])
    found = features(page)
    mastheads = layout.masthead(found)
    assert mastheads == {"The Harbour Times"}
    assert layout.symbol(found[0], mastheads=mastheads) == layout.SITE
    assert layout.symbol(found[1], mastheads=mastheads) == layout.TITLE
