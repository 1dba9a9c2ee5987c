"""Profiles: the built-in cues as TOML, extended or replaced by a user's file."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from opparse.cli import main
from opparse.cues.caption import split_credit
from opparse.profile import ProfileError, default_profile, load_profile

DUMP = """\
The harbour is silting up and nobody wants to pay

Jane Roe says the port authority and the city have passed the bill between them for a decade

A ferry crosses the harbour at dusk. Beeld: Jan Vos

The harbour has lost a metre of depth since the last dredging campaign. Ships now wait offshore.

The city says the port should pay. The port says the city owns the riverbanks.
"""


def test_example_profile_adds_a_credit_form():
    caption = "A ferry crosses the harbour at dusk. Beeld: Jan Vos"
    assert split_credit(caption, default_profile()) is None
    found = split_credit(caption, load_profile(EXAMPLES / "profile.toml"))
    assert (found.text, found.credit) == ("A ferry crosses the harbour at dusk.", "Jan Vos")


def test_profile_changes_the_extracted_records(tmp_path):
    dump = tmp_path / "dump.txt"
    dump.write_text(DUMP, encoding="utf-8")
    plain = json.loads(CliRunner().invoke(main, ["extract", str(dump)]).stdout)[0]
    profiled = json.loads(CliRunner().invoke(main, ["extract", str(dump), "--profile", str(EXAMPLES / "profile.toml")]).stdout)[0]
    assert plain["captions"] == []
    assert profiled["captions"] == [{"text": "A ferry crosses the harbour at dusk.", "credit": "Jan Vos", "line": 5}]
    assert "A ferry crosses the harbour at dusk. Beeld: Jan Vos" not in profiled["body"]


def test_replace_drops_a_built_in_list(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text('replace = ["closing.lines"]\n[closing]\nlines = ["Deel dit:"]\n', encoding="utf-8")
    profile = load_profile(path)
    assert profile.furniture_lines.get("deel dit:") == "closing.lines"
    assert profile.furniture_lines.get("share this:") != "closing.lines"


@pytest.mark.parametrize("text,message", [
    ("[credits\n", "not valid TOML"),
    ('[credits]\nlabels = "Photo"\n', "must be a list of strings"),
    ("[closing]\npatterns = ['(unclosed']\n", "bad pattern"),
])
def test_bad_profiles_are_named_errors(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError, match=message):
        load_profile(path)


def test_bad_profile_on_the_command_line_is_a_usage_error(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("[credits\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(EXAMPLES / "blog_dump.txt"), "--profile", str(path)])
    assert result.exit_code == 2
    assert "not valid TOML" in result.stderr


def _first_in_order(patterns, text):
    return next((m for m in (p.match(text) for p in patterns) if m), None)


def _fixture_lines():
    from conftest import FIXTURES

    from opparse.reader import lines_from_text

    for path in sorted(FIXTURES.rglob("*.txt")):
        yield from (line.text for line in lines_from_text(path.read_text(encoding="utf-8-sig")))


TABLES = ["print_notes", "comments_opener", "closing_patterns", "site_patterns", "preamble_patterns", "separators",
          "noise_patterns", "image_patterns", "furniture_patterns"]


@pytest.mark.parametrize("table", TABLES)
def test_narrowing_by_first_word_matches_what_the_whole_table_matches(table):
    """AnchoredTable tries only the patterns a line's first word can begin; on every fixture line,
    and on prefixes that stop inside a pattern's words, it must find what trying them all finds."""
    anchored = getattr(load_profile(), table)
    texts = list(_fixture_lines())
    texts += [text[:cut] for text in texts[:400] for cut in (1, 4, 9)]
    for text in texts:
        expected = _first_in_order(anchored.patterns, text)
        found = anchored.match(text)
        assert (found and found.span(), found and found.re) == (expected and expected.span(), expected and expected.re), text
