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
    ("2024", layout.BARE_DATE),  # a year's header over its first item
    ("Nov", layout.BARE_DATE),  # a date badge's month over its day's number
    ("3:00AM", layout.BARE_DATE),  # a time of day alone, where the page prints its dates
    ("January 29: Jane Roe, a professor of medicine, wrote a Harbour Post op-ed about ferries.", layout.BULLETED),
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


def _spans(text: str) -> list[tuple[int, int]]:
    return [(r["span"]["start_line"], r["span"]["end_line"]) for r in records(text)]


def test_a_date_line_under_each_teaser_closes_its_item_because_the_first_item_has_none_above():
    # regression: 'Posted: DATE' under every teaser was read as the head of the next item
    text = "\n\n".join(f"{title}\n\nThe ferry fare went up by {day} cents and nobody at the council could say why ...\n\n"
                       f"Posted: {day} May 2016" for day, title in
                       [(2, "Why the fare keeps rising"), (9, "The levy nobody voted for"), (16, "Dredge less, plan more"),
                        (23, "Tolls that fail twice")])
    assert _spans(text) == [(1, 5), (7, 11), (13, 17), (19, 23)]
    assert [r["published"] for r in records(text)][0] == "2016-05-02"


IN_THE_MEDIA = "In the News\n\n" + "\n\n".join(
    f"{summary}\n\n" + (f"{outlet}\n" if outlet else "") + date for summary, outlet, date in [
        ("Professor Ana Ruiz wrote this column on why the ferry fare keeps rising.", "Harbour Post", "May 24, 2022"),
        ("Lecturer Tom Beck argues that the levy was never put to a vote.", None, "May 16, 2022"),
        ("Dean Mia Holt joined others in a letter on dredging the port.", "River Times", "May 9, 2022"),
        ("Fellow Sam Idris explains what tolls do to a small town.", "Inside Coast Weekly", "May 2, 2022"),
    ]) + "\n\nResearcher Lee Wong says the ferry timetable"


def test_summaries_closed_by_their_outlet_and_date_are_items_and_the_cut_one_is_the_trailer():
    parsed, document = run_pipeline(IN_THE_MEDIA)
    assert [(p.piece.lines[0].line.number, p.piece.lines[-1].line.number) for p in parsed] == [
        (3, 6), (8, 10), (12, 15), (17, 20)]
    assert [line.text for line in document.trailer] == ["Researcher Lee Wong says the ferry timetable"]


def test_a_second_title_under_a_headline_is_its_subtitle_where_the_page_has_subtitles():
    posts = [("Void decks for all", ["Let residents decide how shared spaces are used"]),
             ("Working past 62", ["Re-employment is still a cliff", "Employers must stop treating older workers as a cost"]),
             ("Keeping the kampung spirit", ["Neighbourliness cannot be built by campaigns"]),
             ("Why the libraries are busy", ["Borrowing is down, but footfall is up"])]
    text = "\n\n".join(f"{title}\n\n" + "\n".join(subtitles) + f"\nBy Jo Tan, The Harbour Post, {20 - i} Oct 2016\n\n"
                       "The void deck under our block was where the whole floor met, every evening, for years."
                       for i, (title, subtitles) in enumerate(posts))
    assert [r["headline"] for r in records(text)] == [title for title, _ in posts]


def test_a_tag_right_over_the_date_opens_an_item_without_a_headline():
    items = [(None, 27, "The letter came on a Tuesday."), (None, 23, "Who owns the river?"),
             ("Housing", 19, "Rents rose again."), (None, 11, "Two weeks after the vote, nothing."),
             ("Census 2020", 2, "Nobody says the word out loud."), (None, 1, "The buses are late.")]
    text = "\n\n".join((f"{tag}\n" if tag else "") + f"{day} February 2019\n\n{opening}\n\n"
                       "The council keeps the fare and the levy and the dredging plan out of sight of the riders."
                       for tag, day, opening in items)
    # 'Who owns the river?' is a short first sentence, not a headline; 'Housing' (13) and 'Census 2020' (26) open their items
    assert _spans(text) == [(1, 5), (7, 11), (13, 18), (20, 24), (26, 31), (33, 37)]


def test_a_date_right_under_each_teaser_closes_it_when_the_first_item_opens_without_one():
    # regression: 'Monday, 14 March 2011' under each teaser was taken for a date header over the next headline
    items = [("Harbour Post: Stop taxing the front door", "Monday, 14 March 2011"),
             ("River Times: Nobody runs the ferry line", "Thursday, 3 February 2011"),
             ("Harbour Post: The quiet achievers", "Saturday, 18 December 2010"),
             ("Coast Weekly: A modest tram plan", "Monday, 22 November 2010")]
    text = "\n\n".join(f"{title}\n\nThe council met again and the fare went up once more ...\n{date}" for title, date in items)
    assert _spans(text) == [(1, 4), (6, 9), (11, 14), (16, 19)]


def test_a_date_header_over_each_item_still_opens_it_when_it_stands_on_the_item_above():
    # the counter-case: the first item opens with its date, so the dates head their items
    items = [("16 Jan 2021", "The ferry will survive the levy"), ("09 Jan 2021", "The harbour belongs to the town"),
             ("02 Jan 2021", "The year of open ferries"), ("26 Dec 2020", "Boxing Day is for boatmen")]
    text = "\n".join(f"{date}\n\n{title}\n\nThe council met again and the fare went up once more." for date, title in items)
    assert [start for start, _ in _spans(text)] == [1, 6, 11, 16]


def test_a_byline_where_the_headline_stands_opens_the_item_after_a_whole_one():
    # regression: an item that printed its byline in the headline's place was merged with the one above
    heads = ["Our ferries were forged in hard winters", "By Ambassador Jane Roe", "Trusted networks, not cheap ones",
             "Setting the record straight on the levy", "Why the port still matters"]
    text = "\n\n".join(f"{head}\n\nThe council met again and the fare went up by {i} cents, and nobody could say why ..."
                       for i, head in enumerate(heads))
    assert _spans(text) == [(1, 3), (5, 7), (9, 11), (13, 15), (17, 19)]


def test_a_byline_under_the_teaser_still_closes_its_item():
    items = ["Ferries are roads", "The levy nobody voted for", "Dredge less, plan more", "Why tolls fail twice"]
    text = "\n".join(f"{title}\nThe council met and the fare went up again, and nobody could say why.\nby Jane Roe{i}0 comments"
                     for i, title in enumerate(items))
    assert _spans(text) == [(1, 3), (4, 6), (7, 9), (10, 12)]


def test_a_date_and_reading_time_on_one_line_open_the_item_below_together():
    # regression: 'Jun 24, 20233 min read' split in two, and only the reading time was taken over the headline
    items = [("Jun 24, 2023", "Bail should not depend on a wallet"), ("Jun 17, 2023", "Refugees are neighbours"),
             ("Jun 10, 2023", "Envoys must speak for citizens"), ("Jun 3, 2023", "Is the finance bill fair?")]
    text = "\n\n".join(f"{date[:-1]}{date[-1]}3 min read\n{title}\nThe council met again and the fare went up ..."
                       for date, title in items)
    assert _spans(text) == [(1, 3), (5, 7), (9, 11), (13, 15)]


def test_a_relative_date_under_each_teaser_closes_it_on_a_page_without_blank_lines():
    items = ["Count every ballot, slowly", "Why the whip count matters", "What to expect from the hearings",
             "A risky pick for the port", "What the teachers got right"]
    text = "\n".join(f"harbour_photo_{i}.jpg\n{title}\nBy Jane Roe\nThe council met again and the fare went up.\n{i + 2} h"
                     for i, title in enumerate(items))
    assert _spans(text) == [(1 + 5 * i, 5 + 5 * i) for i in range(5)]


def test_a_page_that_ends_its_headlines_with_their_outlet_gives_each_item_that_outlet():
    items = [("Where have the harbour pilots gone?", "The Harbour Post"), ("The levy nobody voted for", "River Times"),
             ("Ferries, tolls and the town", "The Harbour Post"), ("Dredge less, plan more", "Coast Weekly.com")]
    text = "\n".join(f"{title}, {outlet}\nThe council met again and the fare went up by a third [...]" for title, outlet in items)
    found = records(text)
    assert [(r["headline"], r["outlet"]) for r in found] == items
    _, document = run_pipeline(text)
    assert document.layout.endswith("headlines end in their outlet)")


def test_one_headline_ending_in_a_name_is_not_a_tagged_page():
    titles = ["Love, Actually", "The levy nobody voted for", "Why the fare keeps rising", "Dredge less, plan more"]
    text = "\n".join(f"{title}\nThe council met again and the fare went up by a third [...]" for title in titles)
    assert [r["headline"] for r in records(text)] == titles


@pytest.mark.parametrize("second_lines,sep,closing", [
    # a guest author's name under one headline, where every other item repeats the host's
    (["Jane Roe", "Jane Roe", "Jane Roe", "Li Wei", "Jane Roe"], "\n", "\nRead More"),
    # a byline the cue does not know ('By Rear Admiral (Ret.) ...'), read as a title
    (["By Jane Roe", "By Li Wei", "By Rear Admiral (Ret.) Tom Hale of the Harbour Board", "By Jane Roe", "By Li Wei"], "\n\n", ""),
])
def test_an_item_whose_second_line_differs_from_the_others_still_opens(second_lines, sep, closing):
    # regression: each broke its item into two
    text = sep.join(f"Headline number {i} about the ferry\n{line}\nThe council met again and the fare went up.{closing}"
                    for i, line in enumerate(second_lines))
    assert [start for start, _ in _spans(text)] == [1, 5, 9, 13, 17]


def test_an_outlet_on_a_line_of_its_own_over_the_date_is_the_outlet_not_an_author():
    text = "In the News\n\n" + "\n\n".join(
        f"Professor Ana Ruiz wrote this column on the ferry fare, number {i}.\n\n{outlet}\nMay {20 - i}, 2022"
        for i, outlet in enumerate(["Harbour Tribune", "River Press", "Harbour Tribune", "Coast Times"]))
    found = records(text)
    assert [r["outlet"] for r in found] == ["Harbour Tribune", "River Press", "Harbour Tribune", "Coast Times"]
    assert all(author["name"] != r["outlet"] for r in found for author in r["authors"])


def test_section_headers_a_menu_names_open_the_item_below_them():
    sections = {"Top Stories": ["The ferry levy returns", "Dredging starts in May"],
                "Faculty Authors": ["Why the census costs more", "Brexit and its deadlines"],
                "News Brief": ["Transit shrinks food deserts", "What the shutdown cost"]}
    lines = ["Top Stories Faculty Authors News Brief", ""]
    starts = []
    for section, titles in sections.items():
        for i, title in enumerate(titles):
            if i == 0:
                starts.append(len(lines) + 1)
                lines.append(section)
            else:
                starts.append(len(lines) + 1)
            lines += [title, "The council met again and the fare went up by a third, as it does every spring."]
    text = "\n".join(lines)
    assert [start for start, _ in _spans(text)] == starts


def test_furniture_set_apart_under_the_last_item_is_the_trailer():
    text = LISTING + "\n\n\n\nSubscribe to Commentary"
    parsed, document = run_pipeline(text)
    assert [line.text for line in document.trailer] == ["Subscribe to Commentary"]
    assert parsed[-1].piece.end_line < len(text.split("\n"))


def test_an_author_line_over_each_headline_opens_the_item_because_the_first_item_has_one():
    authors = ["Jane Roe", "Li Wei", "Common Harbour News", "Tom Hale", "Jane Roe"]
    text = "\n\n".join(f"{author}\n\nHeadline number {i} about the ferry\n\nHeadline number {i} about the ferry\n\n"
                       f"{author.upper()}: The council met again and the fare went up by a third this spring."
                       for i, author in enumerate(authors))
    assert [start for start, _ in _spans(text)] == [1, 9, 17, 25, 33]


def test_a_headline_printed_twice_opens_its_item_at_the_first_print():
    titles = ["Why the blog moves to Tuesdays", "A ferry nobody asked for", "School boards are not parliaments",
              "The toll road to the next election", "Remembering the last harbour pilot"]
    twice = {1, 3}
    text = "\n\n".join((f"{t}\n\n" if i in twice else "") + f"{t}\n\nThe council met again and the fare went up by a third.\n"
                       f"Published: 08/{24 - i}/14" for i, t in enumerate(titles))
    lines = text.split("\n")
    starts = [n for n, line in enumerate(lines, 1) if line in titles and (n == 1 or lines[n - 3] not in titles)]
    assert [start for start, _ in _spans(text)] == starts


def test_a_roundup_headline_that_ends_in_a_known_outlet_gives_the_outlet():
    titles = ["Roe writes about ferry subsidies in The Hill", "Wei discusses the port vote on NPR",
              "Hale comments on the levy", "Okafor writes about dredging in Foreign Policy"]
    text = "\n\n".join(f"{title}\n\nThe council met again and the fare went up by a third.\n\nOctober {9 - i}, 2017"
                       for i, title in enumerate(titles))
    assert [r["outlet"] for r in records(text)] == ["The Hill", "NPR", None, "Foreign Policy"]


def test_a_quote_signed_with_a_tilde_names_its_author():
    found = records("\n\n".join(f"Headline number {i} about the ferry\n\n– March {9 - i}, 2022\n\n"
                                f"“The council met again and the fare went up.” ~ {name}"
                                for i, name in enumerate(["Jane Roe", "Li Wei", "Tom Hale", "Ana Ruiz"])))
    assert [[a["name"] for a in r["authors"]] for r in found] == [["Jane Roe"], ["Li Wei"], ["Tom Hale"], ["Ana Ruiz"]]
    assert [r["published"] for r in found][:2] == ["2022-03-09", "2022-03-08"]


def test_a_date_badge_opens_every_post_whatever_parts_the_posts_have():
    # regression: 'Oct' / '14' over each post, with an outlet line in one, a byline in another and
    # a standfirst in a third, repeated no unit, and the badges were read as the post above's last lines
    posts = ["Ferries are roads too\n\nThe Harbour Post\n\nThe council met again and the fare went up once more.",
             "Nobody runs the night bus\n\nWhy do the routes stop at ten? Nobody on the board can say.\n\nBy Ada Quill\n\n"
             "The council met again and the fare went up once more.",
             "The tram that never came\n\nBy Ben Marsh\n\nThe Coast Weekly\n\nThe council met again.\n\nThe fare went up once more.",
             "A toll on the old bridge\n\nThe council met again and the fare went up once more."]
    text = "\n\n".join(f"Oct\n{day}\n\n{post}" for day, post in zip((28, 21, 14, 7), posts, strict=True))
    starts = [start for start, _ in _spans(text)]
    assert starts == [1, 10, 21, 34]
    assert "date" in layout.learn(features(text)).description


def test_a_date_under_each_headline_is_no_opening_badge():
    # the counter-case: the date stands under a title, so it dates that item and opens none
    seq = list("TAPTAPPTABPTAP")
    assert layout._opening_anchor(seq) is None


def test_a_row_of_another_shape_set_apart_as_rows_are_is_a_row_and_a_header_nearer_the_row_below_opens_it():
    # regression: in a list of one-line teasers two blank lines apart, a title-shaped row ('Editors
    # reviewed ...') joined the row above, and so did a section header one blank line over its row
    rows = [f"Why fare {n} rose again by Ada Quill. The council met again and the fare went up once more, as it does. More."
            for n in range(1, 6)]
    text = "\n\n\n".join(rows[:3] + ["Editors reviewed The Long Ferry by Ben Marsh."] + rows[3:4]) + \
        "\n\nHarbour Affairs\n\n" + rows[4] + "\n\n\n" + rows[0]
    assert [start for start, _ in _spans(text)] == [1, 4, 7, 10, 13, 15, 20]


def test_an_item_of_author_line_teaser_and_date_opens_at_its_author_line_from_the_first_item_on():
    # regression: 'Author / teaser / date' items were cut at the dates, each author line joined to
    # the item above, because the unit was read from the first date down
    items = [("Ada Quill", "24 March 2021"), ("Ben Okoro, Lena Fairweather", "19 March 2021"),
             ("Ada Quill", "12 March 2021"), ("Lena Fairweather", "9 March 2021")]
    text = "Filtered by: Commentary\n\n" + "\n".join(
        f"{author}\n\nThe council met again and the fare went up once more, as it does every year.\n\n{date}"
        for author, date in items)
    assert _spans(text) == [(3, 7), (8, 12), (13, 17), (18, 22)]


def test_each_bulleted_paragraph_of_a_roundup_is_an_item():
    # regression: '• Jane Roe wrote for X ...' paragraphs ran together into one prose part, and the
    # roundup was one piece
    bullets = [f"  • Professor Ada Quill{n} wrote for The Harbour Post on why the ferry fare rose again this year."
               for n in range(5)]
    text = "Harbour news: our scholars in the press\n\nHere is where they appeared this week:\n\n" + "\n".join(bullets)
    assert _spans(text) == [(5, 5), (6, 6), (7, 7), (8, 8), (9, 9)]
    assert layout.symbol(features(bullets[0])[0]) == layout.BULLETED


def test_items_without_headlines_take_no_label_for_a_headline_and_a_footer_set_apart_as_items_are_is_the_trailer():
    # regression: 'Printer-friendly version' over every teaser was each item's headline, and the
    # subscription box two blank lines under the last item, as far as items stand apart, was its text
    items = "\n\n\n".join(f"{hour}:00AM\nPrinter-friendly version\n\nThe council met again and fare {hour} went up once more."
                           for hour in range(3, 8))
    text = items + "\n\n\nSubscribe to the Harbour Institute\n\nGet the latest news from the Harbour Institute."
    found = records(text)
    assert [r["headline"] for r in found] == [None] * 5
    assert found[-1]["span"]["end_line"] == 28


def test_one_short_line_read_as_another_kind_is_a_near_fit():
    assert layout._near(("D", "B", "P"), ("D", "T", "P"))
    assert not layout._near(("D", "A", "P"), ("D", "T", "P"))


def test_items_parted_by_more_blank_lines_than_their_parts_are_cut_there_whatever_parts_they_hold():
    # regression: headline and teaser with a byline, an outlet, a label or nothing between repeated
    # no unit, and the page was one piece; the page parts items by two blank lines, parts by one
    middles = ["", "\n\nAda Quill\nThe Harbour Post", "\n\npress release", "\n\nBen Okoro, Lena Fairweather",
               "\n\nTask Force on Ferry Safety"]
    items = [f"Why fare {n} rose again{middle}\n\nThe council met again and the fare went up once more."
             for n, middle in enumerate(middles)]
    text = "Harbour Institute\n\nFeatured Analysis\n\n" + "\n\n\n".join(items)
    assert [start for start, _ in _spans(text)] == [5, 10, 18, 25, 32]
    assert layout.learn(features(text)).split_gap == 2


def test_a_citation_without_quotes_set_apart_as_rows_are_is_a_row():
    # regression: 'Title, Outlet, May 21, 2020' among quoted citations is a date line, and it joined the row above
    rows = [f"“Why fare {n} rose again,” The Harbour Post, May {n + 1}, 2020" for n in range(6)]
    rows[3] = "Why the ferry keeps running late, The Coast Weekly, May 4, 2020"
    text = "\n\n".join(rows + ["“Driving the old road after dark,” The Harbour Post, Septem"])
    assert [start for start, _ in _spans(text)] == [1, 3, 5, 7, 9, 11]


def test_a_headline_printed_again_under_its_item_opens_nothing():
    # regression: 'Headline / teaser / By 9 days ago / Headline' with no blank lines was cut at the
    # second print, each item's headline going to the item above
    items = [f"Why fare {n} rose again\nThe council met again and the fare went up once more.\nBy {n + 2} days ago\n"
             f"Why fare {n} rose again" for n in range(5)]
    text = "\n".join(items + ["Why the ferry is late\nThe council met again and"])
    assert [start for start, _ in _spans(text)] == [1, 5, 9, 13, 17]


def test_day_headers_open_a_roundup_s_items_past_the_page_s_own_date_and_a_lead_in():
    # regression: 'March 2' over 'The Harbour Post, on ferries:' and its excerpt paragraphs repeated
    # no unit, because the page's own date stood first, over its title
    seq = list("AT") + list("AKEEP") + list("AKEE") + list("APEP") + list("AKT")
    assert layout._opening_anchor(seq) == (("A",), 3, 1.0)


def test_a_numbered_line_opens_its_item_over_the_topic_headline_and_quote_below_it():
    # regression: '1. Jane Roe in The Harbour Post' / topic / headline / quote items were cut at the
    # headline, each number line and topic going to the item above
    items = [f"{n}. Ada Quill{n} in The Harbour Post\non why fare {n} rose again\nFare {n} is a tax by another name\n"
             f"“The council met again and the fare went up once more, as it does every year.”" for n in range(1, 5)]
    text = "Instant Opinion: the best columns\nYour guide to the sharpest commentary on Tuesday\n" + "\n".join(items)
    found = records(text)
    assert [r["span"]["start_line"] for r in found] == [3, 7, 11, 15]
    assert found[0]["headline"] == "Fare 1 is a tax by another name"


def test_a_person_s_name_alone_between_an_item_s_number_and_its_headline_is_the_author():
    # regression: the name line over the headline the layout placed was furniture, and the item had no author
    from opparse.label import label_piece
    from opparse.model import Role
    lines = features("1. Ada Quill-Marsh, professor of history, in The Harbour Post\nAda Quill-Marsh\n"
                     "Why the ferry fare keeps rising\nThe council met again and the fare went up once more.")
    assert [x.role for x in label_piece(lines, PROFILE, head_line=3)][:3] == [Role.FURNITURE, Role.BYLINE, Role.HEADLINE]

