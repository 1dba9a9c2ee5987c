"""Many files and corpora: directories, --jobs, JSON Lines input, the library API, the Dask example."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES, FIXTURES, ROOT

import opparse
from opparse.cli import ExitStatus, main

DUMPS = sorted(FIXTURES.glob("*.txt"))


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_a_directory_is_its_dump_files_in_sorted_order():
    sources = [json.loads(x)["source"] for x in invoke("extract", FIXTURES, "--format", "jsonl").stdout.splitlines()]
    assert list(dict.fromkeys(sources)) == [str(p) for p in sorted(FIXTURES.rglob("*.txt"))]


def test_jobs_give_the_same_bytes_in_input_order():
    one = invoke("extract", *DUMPS, "--format", "jsonl", "--jobs", "1")
    two = invoke("extract", *DUMPS, "--format", "jsonl", "--jobs", "2")
    assert two.exit_code == ExitStatus.OK
    assert two.stdout == one.stdout


def test_jobs_report_a_bad_file_and_process_the_rest(tmp_path):
    result = invoke("extract", tmp_path / "missing.txt", EXAMPLES / "blog_dump.txt", "--jobs", "2", "--format", "jsonl")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert "missing.txt: no such file" in result.stderr
    assert len(result.stdout.splitlines()) == 5


def corpus_file(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps({"url": p.name, "text": p.read_text(encoding="utf-8-sig")}) + "\n" for p in DUMPS),
                    encoding="utf-8")
    return path


def test_jsonl_corpus_records_keep_the_document_id_as_source(tmp_path):
    result = invoke("extract", corpus_file(tmp_path), "--input", "jsonl", "--id-field", "url", "--format", "jsonl")
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert [r["source"] for r in records if r["index"] == 1] == [p.name for p in DUMPS]
    by_file = [json.loads(x) for p in DUMPS for x in invoke("extract", p, "--format", "jsonl").stdout.splitlines()]
    assert [{**r, "source": None} for r in records] == [{**r, "source": None} for r in by_file]


def test_jsonl_corpus_without_the_text_field_is_named(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"id": 1, "body": "x"}\n', encoding="utf-8")
    result = invoke("extract", path, "--input", "jsonl")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert f"{path}:1: no string field 'text'" in result.stderr


def test_library_parse_file_matches_the_command_line():
    cli = [json.loads(x) for x in invoke("extract", EXAMPLES / "blog_dump.txt", "--format", "jsonl").stdout.splitlines()]
    assert opparse.parse_file(str(EXAMPLES / "blog_dump.txt")) == cli


def test_dask_example_on_a_two_worker_local_cluster_equals_the_cli(tmp_path):
    pytest.importorskip("dask.bag", reason="the Dask example needs the 'dask' extra: pip install '.[dask]'")
    pytest.importorskip("distributed", reason="the Dask example needs the 'dask' extra: pip install '.[dask]'")
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, str(ROOT / "examples" / "dask_corpus.py"), str(FIXTURES), str(out), "--workers", "2"],
                         capture_output=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr.decode()[-2000:]
    written = "".join(p.read_text(encoding="utf-8") for p in sorted(out.glob("part-*.jsonl")))
    expected = subprocess.run([sys.executable, "-m", "opparse", "extract", str(FIXTURES), "--format", "jsonl"],
                              capture_output=True, cwd=ROOT, timeout=300).stdout.decode()
    assert written == expected


def test_jsonl_corpus_with_jobs_gives_the_same_bytes(tmp_path):
    """Regression: checking for stdin used up the corpus generator, so --jobs 2 printed nothing."""
    corpus = corpus_file(tmp_path)
    one = invoke("extract", corpus, "--input", "jsonl", "--format", "jsonl")
    two = invoke("extract", corpus, "--input", "jsonl", "--format", "jsonl", "--jobs", "2")
    assert two.stdout == one.stdout and one.stdout


def test_jobs_with_stdin_is_a_usage_error():
    assert invoke("extract", "-", "--jobs", "2").exit_code == ExitStatus.USAGE
