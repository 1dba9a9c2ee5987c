"""Each cue alone, on cases kept as data (tests/cases/*.json)."""
from __future__ import annotations

import pytest
from conftest import cases, line

from opparse.cues import classify
from opparse.cues.bio import match_bios
from opparse.cues.byline import match_byline
from opparse.cues.caption import split_credit
from opparse.cues.dateline import match_dateline
from opparse.cues.intro import intro_score
from opparse.cues.shape import is_name_only
from opparse.cues.standfirst import standfirst_names
from opparse.extract.outlet import headline_and_tag
from opparse.model import Kind
from opparse.names import split_names
from opparse.profile import default_profile

PROFILE = default_profile()


@pytest.mark.parametrize("case", cases("kinds.json"), ids=lambda c: c["why"])
def test_kind_of_a_line(case):
    assert classify(line(case["text"]), PROFILE).kind.value == case["kind"]


@pytest.mark.parametrize("case", cases("credits.json"), ids=lambda c: c["text"][:40])
def test_caption_credit(case):
    found = split_credit(case["text"], PROFILE)
    if case["credit"] is None:
        assert found is None
    else:
        assert (found.text, found.credit) == (case["caption"], case["credit"])


@pytest.mark.parametrize("case", cases("bios.json"), ids=lambda c: c["text"][:40])
def test_bio(case):
    bio = match_bios(case["text"], PROFILE)[0]
    assert (list(bio.names), bio.role, bio.organisation) == (case["names"], case["role"], case["organisation"])


@pytest.mark.parametrize("case", cases("datelines.json"), ids=lambda c: c["text"][:40])
def test_dateline(case):
    found = match_dateline(case["text"], PROFILE)
    assert (found.kind, found.value, found.outlet, found.author) == (case["kind"], case["value"], case["outlet"], case["author"])


def test_two_bios_in_one_line():
    bios = match_bios("Li Wei is a fellow at the Port Institute. Jane Roe is senior lecturer at Eastern University.", PROFILE)
    assert [(b.names, b.role, b.organisation) for b in bios] == [
        (("Li Wei",), "fellow", "Port Institute"), (("Jane Roe",), "senior lecturer", "Eastern University")]


def test_byline_with_role_after_the_name():
    (person,) = match_byline("By Jane Roe, Senior Research Fellow", PROFILE).people
    assert (person.name, person.role, person.organisation) == ("Jane Roe", "Senior Research Fellow", None)


def test_byline_with_appositive_roles():
    people = match_byline("By Li Wei, an assistant professor at the Danube School, and Jane Roe, a columnist at the Daily Planet.", PROFILE).people
    assert [(p.name, p.role, p.organisation) for p in people] == [
        ("Li Wei", "assistant professor", "Danube School"), ("Jane Roe", "columnist", "Daily Planet")]


def test_byline_with_two_names():
    assert match_byline("By Jane Roe and John Doe", PROFILE).names == ("Jane Roe", "John Doe")


def test_standfirst_names_its_authors():
    assert standfirst_names("Li Wei and Jane Roe study the port’s rising profile", PROFILE) == ("Li Wei", "Jane Roe")
    assert standfirst_names("The port’s rising profile says much about the region", PROFILE) == ()


def test_intro_scores_a_blurb_above_a_body_paragraph():
    blurb = "A new op-ed in today’s Daily Planet, this time a solo number on the port."
    body = "The port has grown by a third in a decade, and its rivals are worried."
    assert intro_score(blurb, PROFILE) >= 3
    assert intro_score(body, PROFILE) == 0


def test_title_case_headline_is_not_a_name():
    assert is_name_only("Jane Roe")
    assert not is_name_only("Latin America’s Lithium Bargain")
    assert not is_name_only("Why The Grid Is Stuck")
    assert not is_name_only("Remembering Aoife")  # a two-word headline: regression, it was read as a byline


@pytest.mark.parametrize("text", ["Posted in harbour news | Tagged | Leave a comment",
                                  "Posted in ferries | Tagged , , | 2 Comments"])
def test_a_post_footer_with_empty_tags_closes_the_post(text):
    # regression: 'Posted in x | Tagged | ...' was taken for a breadcrumb ('Features | Security')
    assert classify(line(text), PROFILE).kind is Kind.CLOSING


def test_standfirst_that_names_its_author_at_the_end():
    assert standfirst_names("Sri Lanka has more bargaining power than its creditors admit, argues Jane Roe", PROFILE) == ("Jane Roe",)


def test_follow_button_after_a_name_is_still_a_name():
    features = classify(line("Jane Roe · Follow"), PROFILE)
    assert features.name_only and split_names("Jane Roe · Follow") == ("Jane Roe",)


@pytest.mark.parametrize("title,headline,outlet", [
    ("[The Diplomat] Fertilizer prices will reach the table", "Fertilizer prices will reach the table", "The Diplomat"),
    ("[Updated] Fertilizer prices will reach the table", "Fertilizer prices will reach the table", None),
    ("Aid budgets are shrinking | East Asia Forum", "Aid budgets are shrinking", "East Asia Forum"),
    ("Aid budgets are shrinking | Why donors look away", "Aid budgets are shrinking | Why donors look away", None),
    ("The Diplomat | Why the port is hedging its bets", "Why the port is hedging its bets", "The Diplomat"),
    ("Opinion | Why the port is hedging its bets", "Opinion | Why the port is hedging its bets", None),
])
def test_outlet_tag_on_a_post_title(title, headline, outlet):
    assert headline_and_tag(title, PROFILE) == (headline, outlet)


def test_published_and_updated_on_one_line():
    found = match_dateline("June 8, 2021 05:00 JST | Updated on June 8, 2021 11:20 JST", PROFILE)
    assert (found.kind, found.value, found.updated) == ("published", "2021-06-08T05:00:00", "2021-06-08T11:20:00")


def test_pull_quote_in_curly_quotes_is_found_in_the_paragraph_it_repeats():
    from opparse.label import _Neighbourhood

    index = _Neighbourhood([(0, "They cut the bridge. Cutting investment is the easiest saving to make, and the dearest."),
                            (2, "Another paragraph.")])
    assert index.repeated("“Cutting investment is the easiest saving to make”", 1)


def test_joint_bio_gives_each_author_their_role_in_order():
    bios = match_bios("The writers are, respectively, professor of economics at the University of Kestlemere "
                      "and chief economist at Verrault Capital.", PROFILE)
    assert [(b.position, b.role, b.organisation) for b in bios] == [
        (0, "professor of economics", "University of Kestlemere"), (1, "chief economist", "Verrault Capital")]


def test_headline_typed_with_a_label_loses_the_label():
    assert headline_and_tag("Headline: Glaciers are a water bank", PROFILE) == ("Glaciers are a water bank", None)


@pytest.mark.parametrize("text,names,title", [
    ("In her piece for Harbour Review, Professor Jane Roe discusses why ferries are public transport.", ("Jane Roe",), "Professor"),
    ("Adjunct Professor Li Wei, senior correspondent at Harbour Weekly, defended the levy before the vote.", ("Li Wei",), "Adjunct Professor"),
    ("Professors of history disagree about the harbour.", (), None),
    ("The council met again and the fare went up.", (), None),
])
def test_a_summary_that_names_its_author_by_title(text, names, title):
    from opparse.cues.standfirst import titled_names
    assert titled_names(text, PROFILE) == (names, title)


def test_a_job_title_before_the_name_is_the_role():
    (person,) = match_byline("Op-Ed by Chargé d’Affaires Jane Roe", PROFILE).people
    assert (person.name, person.role) == ("Jane Roe", "Chargé d’Affaires")
    (person,) = match_byline("By Ambassador Li Wei", PROFILE).people
    assert (person.name, person.role) == ("Li Wei", "Ambassador")


def test_a_courtesy_title_is_dropped_and_an_academic_title_is_the_role():
    people = match_byline("By Dr Jane Roe and Associate Professor Li Wei", PROFILE).people
    assert [(p.name, p.role) for p in people] == [("Jane Roe", None), ("Li Wei", "Associate Professor")]


def test_where_a_byline_says_the_piece_ran_is_no_author():
    assert match_byline("By Jane Roe, For The Harbour Times", PROFILE).names == ("Jane Roe",)


def test_a_military_rank_with_retired_is_the_role():
    (person,) = match_byline("By Maj General (Retd) Jane Roe", PROFILE).people
    assert (person.name, person.role) == ("Jane Roe", "Maj General (Retd)")


@pytest.mark.parametrize("text,names,title", [
    ("Professor Jane Roe wrote this letter to the editor on the ferry levy.", ("Jane Roe",), "Professor"),
    ("In this commentary, Professor Li Wei argues that fares are too high.", ("Li Wei",), "Professor"),
    ("Senior Fellow Jane Roe co-wrote this op-ed with a former auditor.", ("Jane Roe",), "Senior Fellow"),
    ("Jane Roe, associate professor of government, wrote an article for The Harbour Post.", ("Jane Roe",),
     "associate professor of government"),
    ("The council, for its part, said nothing about the levy.", (), None),
    ("Killed by Kindness: How Fare Rules Punish Riders by Jane Roe. A couple on the ferry pays twice.", ("Jane Roe",), None),
    ("The plan was approved by the council. Nobody objected.", (), None),
])
def test_a_roundup_summary_names_its_author_by_title(text, names, title):
    from opparse.cues.standfirst import titled_names
    assert titled_names(text, PROFILE) == (names, title)


@pytest.mark.parametrize("text,outlet", [
    ("By Jane Roe, For The Harbour Times, 30 Oct 2016", "The Harbour Times"),
    ("An Op-Ed by Jane Roe in The Harbour Times", "The Harbour Times"),
    ("By Jane Roe, Senior Fellow", None),
])
def test_the_outlet_a_byline_names(text, outlet):
    from opparse.cues.byline import byline_outlet
    assert byline_outlet(text) == outlet
