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

A ferry crosses the harbour at dusk. Foto: Jan Vos

The harbour has lost a metre of depth since the last dredging campaign. Ships now wait offshore.

The city says the port should pay. The port says the city owns the riverbanks.
"""


def test_example_profile_adds_a_credit_form():
    caption = "A ferry crosses the harbour at dusk. Foto: Jan Vos"
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
    assert "A ferry crosses the harbour at dusk. Foto: Jan Vos" not in profiled["body"]


def test_replace_drops_a_built_in_list(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text('replace = ["closing.lines"]\n[closing]\nlines = ["Deel dit:"]\n', encoding="utf-8")
    profile = load_profile(path)
    assert "deel dit:" in profile.closing_lines
    assert "share this:" not in profile.closing_lines


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
