"""Segmenting and labelling on small dumps written for each boundary cue."""
from __future__ import annotations

from conftest import records, run_pipeline

from opparse.label import label_piece
from opparse.profile import default_profile

TWO_PIECES_WITH_BLURBS = """\
Archive for the ‘Daily Planet’ Category

A new piece for the Daily Planet, looking at why the harbour keeps silting up. I have been meaning to write it for a year.

The harbour is silting up and nobody wants to pay

Jane Roe says the port authority and the city have spent a decade passing the bill between them

harbour-dredger_0412

The harbour has lost a metre of depth since the last dredging campaign. Ships that once berthed at the quay now wait offshore.

The city says the port should pay. The port says the city owns the riverbanks that shed the silt.

Jane Roe is director of coastal studies at the Kestrel Institute

Then the Daily Planet, this time on the ferry timetable, which is a smaller problem but a more irritating one.

Why the ferries never run on time

The ferry company blames the tides. The tides have not changed since 1850.

A timetable that ignores the tides is a timetable written for a different harbour.

Jane Roe is director of coastal studies at the Kestrel Institute
"""


def test_blurbs_open_pieces_and_bios_close_them():
    parsed, document = run_pipeline(TWO_PIECES_WITH_BLURBS)
    assert [(p.piece.start_line, p.piece.end_line) for p in parsed] == [(3, 15), (17, 25)]
    assert [p.piece.start_cue for p in parsed] == [
        "blurb before a headline",  # names the piece, in the first person
        "paragraph between a piece's closing lines and a headline",  # no piece noun: its place decides
    ]
    assert [line.number for line in document.preamble] == [1]
    assert document.category == "Daily Planet"


def test_roles_within_a_piece():
    parsed, _ = run_pipeline(TWO_PIECES_WITH_BLURBS)
    roles = [(x.number, x.role.value) for x in label_piece(parsed[0].piece.lines, default_profile())]
    assert roles == [(3, "intro"), (5, "headline"), (7, "standfirst"), (9, "image"), (11, "body"), (13, "body"),
                     (15, "bio")]


def test_fields_of_a_piece():
    first, second = records(TWO_PIECES_WITH_BLURBS)
    assert first["headline"] == "The harbour is silting up and nobody wants to pay"
    assert first["outlet"] == "Daily Planet"
    assert first["authors"][0]["name"] == "Jane Roe"
    assert first["authors"][0]["organisation"] == "Kestrel Institute"
    assert second["standfirst"] is None
    assert [d["text"] for d in second["dates"]] == ["1850"]


HEADLINES_WITHOUT_BLURBS = """\
Home
About

The grid is the bottleneck
By Jane Roe
March 3, 2020
Connection queues now run to a decade in several regions.
The regulators know this and have done little.
Share this:
Twitter
A second look at the tariff
Tariffs were meant to be temporary. They never are.
Nobody in the ministry expected them to last this long.
Leave a comment
Older posts
Recent Posts
The grid is the bottleneck
A second look at the tariff
"""


def test_headlines_open_pieces_after_closing_furniture_without_blank_lines():
    parsed, document = run_pipeline(HEADLINES_WITHOUT_BLURBS)
    assert [(p.piece.start_line, p.piece.end_line) for p in parsed] == [(4, 10), (11, 14)]
    assert [line.number for line in document.trailer] == [15, 16, 17, 18]
    first = records(HEADLINES_WITHOUT_BLURBS)[0]
    assert first["published"] == "2020-03-03"
    assert [a["name"] for a in first["authors"]] == ["Jane Roe"]


def test_dump_without_any_cue_is_one_piece_with_a_warning():
    text = "Just a paragraph of notes about the harbour.\nAnd another line of notes, also about the harbour.\n"
    (record,) = records(text)
    assert record["span"] == {"start_line": 1, "end_line": 2}
    assert any("weak cue" in w for w in record["warnings"])


def test_empty_dump_has_no_pieces():
    assert records("") == []
    assert records("\n\n   \n") == []


def test_pull_quote_repeated_from_the_body():
    text = """\
The ferries and the tides

The ferry company blames the tides for every late sailing this winter. A timetable that ignores the tides is a timetable written for another harbour.

A timetable that ignores the tides is a timetable written for another harbour

The company says a new timetable is coming. It has said so for three winters.
"""
    (record,) = records(text)
    assert record["pull_quotes"] == ["A timetable that ignores the tides is a timetable written for another harbour"]
    assert record["subheadings"] == []


SHORT_EXCERPTS = """\
Category: Commentary

Ports before turbines
June 5, 2019
Offshore wind targets are huge, but the harbours that must build them are small and slow to adapt…

Ranked-choice voting will not save councils
May 28, 2019
Reformers love ranked ballots, and I understand why, but the problem lies elsewhere… Continue reading

Heat is an urban planning problem
May 20, 2019
Cities were built for a climate that no longer exists. Shade, water and trees are infrastructure now…
"""


def test_listing_entries_with_short_excerpts_ending_in_an_ellipsis_stay_apart():
    """Regression: a short excerpt ending in '…' was read as a title, and the entries merged."""
    assert [(r["span"]["start_line"], r["headline"]) for r in records(SHORT_EXCERPTS)] == [
        (3, "Ports before turbines"), (7, "Ranked-choice voting will not save councils"),
        (11, "Heat is an urban planning problem")]


POSTS_WITH_THEIR_OWN_HEADERS = """\
Why the ferries never run on time
Jane Roe · Follow
6 min read · Mar 20, 2023
212
The Daily Planet ran this with a sharper headline than mine.
Originally published in The Daily Planet on 14 March 2023.
A timetable written for a different harbour
The ferry company blames the tides, but the tides have not changed
Jane Roe
The ferry company blames the tides. The tides have not changed since 1850, and neither has the timetable.
A timetable that ignores the tides is a timetable written for a different harbour. It should be rewritten.
Jane Roe is director of coastal studies at the Kestrel Institute.
41 Likes∙5 Restacks
Share
Opinion
The harbour is silting up and nobody wants to pay
By Jane Roe
12 April 2023
The harbour has lost a metre of depth since the last dredging campaign. Ships now wait offshore.
The city says the port should pay. The port says the city owns the riverbanks that shed the silt.
"""


def test_a_posts_header_and_note_hold_the_op_eds_own_headline_and_counts_close_the_post():
    parsed, _ = run_pipeline(POSTS_WITH_THEIR_OWN_HEADERS)
    assert [(p.piece.start_line, p.piece.end_line) for p in parsed] == [(1, 14), (15, 20)]
    assert [p.record.headline for p in parsed] == ["A timetable written for a different harbour",
                                                   "The harbour is silting up and nobody wants to pay"]


def test_the_pages_description_of_itself_is_not_the_first_pieces_blurb():
    parsed, document = run_pipeline("Reposts of commentary first published elsewhere, newest first.\n\n"
                                    + TWO_PIECES_WITH_BLURBS)
    assert parsed[0].piece.start_line == 5
    assert [line.number for line in document.preamble] == [1, 3]


def test_a_full_repost_opens_at_the_first_print_of_its_headline_the_one_with_the_author():
    # regression: 'Headline – Jane Roe' over 'Headline', the name and the date went to the preamble
    posts = [("Who pays for the ferry?", "Ada Quill", "14 Aug 2011"), ("The quiet retreat of the port", "Ben Okoro", "2 Aug 2011")]
    text = "Posts Tagged 'ferries'\n\n" + "\n\n".join(
        f"{title} – {name}\n\n{title}\n\n{name}\n\n{date}\n\nThe council met again and the fare went up once more.\n\n"
        "A report in this newspaper listed forty routes that had lost money since the tolls began.\n\n"
        "Posted in Politics | Leave a Comment »" for title, name, date in posts)
    assert [r["span"]["start_line"] for r in records(text)] == [3, 17]


def test_a_name_printed_twice_is_one_author_and_an_outlet_named_like_a_person_is_none():
    # regressions: 'Ada Quill Ada Quill' (alt text glued to the caption) was one author of four
    # words; 'The Harbour Report, April 9, 2019' under a headline gave an author 'The Harbour Report'
    doubled = records("Why the ferry fare keeps rising\nAda Quill Ada Quill\n\nThe council met again and the fare went up once more.")
    assert [a["name"] for a in doubled[0]["authors"]] == ["Ada Quill"]
    report = records("Why the ferry fare keeps rising\nThe Harbour Report, April 9, 2019\n\n"
                     "The council met again and the fare went up once more.")
    assert report[0]["authors"] == []


def test_a_quote_signed_by_two_names_has_two_authors():
    found = records("\n\n".join(f"Headline number {i} about the ferry\n\n– March {9 - i}, 2022\n\n"
                                  f"“The council met again and the fare went up.” ~ {name}"
                                  for i, name in enumerate(["Jane Roe & Li Wei", "Tom Hale", "Ana Ruiz", "Ben Okoro"])))
    assert [a["name"] for a in found[0]["authors"]] == ["Jane Roe", "Li Wei"]


def test_a_headline_after_its_date_gives_the_date_and_the_headline_without_it():
    found = records("April 20, 2020: Why the ferry fare keeps rising\n\nThe council met again and the fare went up once more.")
    assert (found[0]["headline"], found[0]["published"]) == ("Why the ferry fare keeps rising", "2020-04-20")
