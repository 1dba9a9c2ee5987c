"""The command line, through click's runner and through a real subprocess."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES, FIXTURES

from opparse.cli import ExitStatus, main

EXAMPLE = EXAMPLES / "blog_dump.txt"
EXAMPLE_PIECES = len(json.loads((FIXTURES / "example_blog_dump.gold.json").read_text(encoding="utf-8"))["pieces"])


def invoke(*args, stdin: str | bytes | None = None):
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin, catch_exceptions=False)


def run(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "opparse", *map(str, args)], input=stdin, capture_output=True, timeout=120)


def test_extract_json_has_the_contract_keys():
    result = invoke("extract", EXAMPLE)
    assert result.exit_code == ExitStatus.OK
    data = json.loads(result.stdout)
    assert len(data) == EXAMPLE_PIECES
    assert list(data[0])[:4] == ["source", "index", "span", "intro"]
    assert {"authors", "captions", "dates", "body", "word_count"} <= set(data[0])


def test_extract_reads_stdin_as_jsonl():
    result = invoke("extract", "--format", "jsonl", stdin=EXAMPLE.read_bytes())
    lines = result.stdout.splitlines()
    assert len(lines) == EXAMPLE_PIECES
    assert all(json.loads(x)["source"] == "-" for x in lines)


@pytest.mark.parametrize("fmt,dialect", [("csv", "excel"), ("tsv", "excel-tab")])
def test_extract_csv_and_tsv_load_with_the_csv_module(fmt, dialect):
    result = invoke("extract", EXAMPLE, "--format", fmt)
    rows = list(csv.DictReader(io.StringIO(result.stdout), dialect=dialect))
    assert len(rows) == EXAMPLE_PIECES
    assert rows[0]["headline"]
    assert "\n\n" in rows[0]["body"]


def test_fields_selects_and_orders_keys():
    data = json.loads(invoke("extract", EXAMPLE, "--fields", "headline,index").stdout)
    assert list(data[0]) == ["headline", "index"]


def test_unknown_field_is_a_usage_error():
    result = invoke("extract", EXAMPLE, "--fields", "headline,nope")
    assert result.exit_code == ExitStatus.USAGE
    assert "nope" in result.stderr


def test_split_prints_one_json_line_per_piece():
    lines = invoke("split", EXAMPLE).stdout.splitlines()
    assert len(lines) == EXAMPLE_PIECES
    first = json.loads(lines[0])
    assert {"source", "index", "span", "headline", "text", "cue"} <= set(first)


@pytest.mark.parametrize("dump", sorted(FIXTURES.rglob("*.txt")) + [EXAMPLE], ids=lambda p: p.name)
def test_split_then_extract_gives_the_same_records(dump):
    direct = invoke("extract", dump, "--format", "jsonl").stdout
    via_split = invoke("extract", "--format", "jsonl", stdin=invoke("split", dump).stdout).stdout
    assert via_split == direct


def test_split_to_a_directory_writes_pieces_and_a_manifest(tmp_path):
    out = tmp_path / "pieces"
    result = invoke("split", EXAMPLE, "-o", out)
    assert result.exit_code == ExitStatus.OK
    manifest = [json.loads(x) for x in (out / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(manifest) == EXAMPLE_PIECES
    first = (out / manifest[0]["file"]).read_text(encoding="utf-8")
    assert manifest[0]["headline"] in first
    assert not list(out.glob(".*.tmp"))


def test_split_refuses_a_non_empty_directory_without_force(tmp_path):
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    refused = invoke("split", EXAMPLE, "-o", tmp_path)
    assert refused.exit_code == ExitStatus.USAGE
    assert "--force" in refused.stderr
    assert invoke("split", EXAMPLE, "-o", tmp_path, "--force").exit_code == ExitStatus.OK
    assert (tmp_path / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_missing_file_is_reported_and_the_others_still_processed(tmp_path):
    result = invoke("extract", tmp_path / "nope.txt", EXAMPLE, "--format", "jsonl")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert "nope.txt: no such file" in result.stderr
    assert len(result.stdout.splitlines()) == EXAMPLE_PIECES


def test_binary_file_is_refused(tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    result = invoke("extract", binary)
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert "binary" in result.stderr


def test_inspect_names_roles_and_boundary_cues():
    out = invoke("inspect", EXAMPLE).stdout
    assert "── piece 1" in out and "cue:" in out
    assert " headline " in out and " body " in out


def test_inspect_why_names_the_cue_behind_each_kind():
    out = invoke("inspect", EXAMPLE, "--why").stdout
    assert "[byline]" in out or "[published date line]" in out
    assert "[prose]" in out


def test_subprocess_pipes_split_into_extract_and_stays_quiet_on_stderr():
    split = run("split", EXAMPLE)
    assert split.returncode == 0 and split.stderr == b""
    extracted = run("extract", "--format", "jsonl", stdin=split.stdout)
    assert extracted.returncode == 0
    assert len(extracted.stdout.splitlines()) == EXAMPLE_PIECES


def test_subprocess_error_has_no_traceback(tmp_path):
    result = run("extract", tmp_path / "missing.txt")
    assert result.returncode == ExitStatus.INPUT_ERROR
    assert b"Traceback" not in result.stderr
    assert result.stderr.decode().count("\n") == 1


def test_help_shows_examples():
    assert "Examples:" in invoke("extract", "--help").stdout
    assert "Examples:" in invoke("--help").stdout
