"""Bad input from the command line: one clear line on stderr, the documented exit code, no traceback."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

from click.testing import CliRunner
from conftest import EXAMPLES

from opparse.cli import ExitStatus, main

EXAMPLE = EXAMPLES / "blog_dump.txt"
CP1252 = "Café politics: a headline\n\nJane Roe says the café is the parliament of the street\n\nThe café opens at six.\n"


def invoke(*args, stdin=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=stdin, catch_exceptions=False)


def test_invalid_utf8_names_file_line_and_byte(tmp_path):
    dump = tmp_path / "latin.txt"
    dump.write_bytes(CP1252.encode("cp1252"))
    result = invoke("extract", dump)
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert f"{dump}:1: invalid utf-8 byte at offset 3" in result.stderr


def test_windows_1252_with_the_right_option(tmp_path):
    dump = tmp_path / "latin.txt"
    dump.write_bytes(CP1252.encode("cp1252"))
    result = invoke("extract", dump, "--encoding", "cp1252", "--fields", "headline")
    assert json.loads(result.stdout) == [{"headline": "Café politics: a headline"}]


def test_errors_replace_decodes_what_it_can(tmp_path):
    dump = tmp_path / "latin.txt"
    dump.write_bytes(CP1252.encode("cp1252"))
    result = invoke("extract", dump, "--errors", "replace", "--fields", "headline")
    assert json.loads(result.stdout) == [{"headline": "Caf\ufffd politics: a headline"}]


def test_utf16_with_bom_is_detected(tmp_path):
    dump = tmp_path / "wide.txt"
    dump.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-16")
    assert invoke("extract", dump, "--format", "jsonl").stdout == invoke("extract", EXAMPLE, "--format", "jsonl").stdout.replace(
        str(EXAMPLE), str(dump))


def test_utf8_bom_and_crlf_give_the_same_records(tmp_path):
    dump = tmp_path / "bom.txt"
    dump.write_bytes(b"\xef\xbb\xbf" + EXAMPLE.read_bytes().replace(b"\n", b"\r\n"))
    strip = lambda out: [{k: v for k, v in json.loads(x).items() if k != "source"} for x in out.splitlines()]  # noqa: E731
    assert strip(invoke("extract", dump, "--format", "jsonl").stdout) == strip(invoke("extract", EXAMPLE, "--format", "jsonl").stdout)


def test_unknown_encoding_is_a_usage_error():
    result = invoke("extract", EXAMPLE, "--encoding", "nope")
    assert result.exit_code == ExitStatus.USAGE
    assert "unknown encoding" in result.stderr


def test_unknown_format_is_a_usage_error():
    result = invoke("extract", EXAMPLE, "--format", "xml")
    assert result.exit_code == ExitStatus.USAGE


def test_directory_without_dumps_is_an_input_error(tmp_path):
    (tmp_path / "notes.md").write_text("not a dump", encoding="utf-8")
    result = invoke("extract", tmp_path)
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert "is a directory with no *.txt files in it" in result.stderr


def test_nul_bytes_later_in_the_file_are_refused(tmp_path):
    dump = tmp_path / "half.txt"
    dump.write_bytes(EXAMPLE.read_bytes() * 3 + b"\x00\x01\x02binary tail")
    result = invoke("extract", dump, "--format", "jsonl")
    assert result.exit_code == ExitStatus.INPUT_ERROR
    assert "NUL byte" in result.stderr


def test_empty_input_is_an_empty_list_and_says_so():
    result = invoke("extract", "-", stdin="")
    assert result.stdout.strip() == "[]"
    assert result.exit_code == ExitStatus.NO_PIECES
    assert "no pieces found" in result.stderr


def test_a_reader_that_closes_early_ends_opparse_quietly(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(EXAMPLE.read_bytes() * 400)
    pipeline = subprocess.run(f"{sys.executable} -m opparse extract {big} --format jsonl | head -1", shell=True,
                              capture_output=True, timeout=120)
    assert pipeline.stdout.count(b"\n") == 1
    assert b"Traceback" not in pipeline.stderr and b"Error" not in pipeline.stderr


def test_interrupt_exits_130_without_traceback(tmp_path):
    process = subprocess.Popen([sys.executable, "-m", "opparse", "extract", "--format", "jsonl"], stdin=subprocess.PIPE,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    process.stdin.write(EXAMPLE.read_bytes())
    process.stdin.flush()
    time.sleep(1.5)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == ExitStatus.INTERRUPTED
    assert b"Traceback" not in stderr
    assert stderr.strip() == b"opparse: interrupted"


def test_a_bug_is_one_line_and_exit_1_not_a_traceback(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("cue table exploded")

    monkeypatch.setattr("opparse.cli.parse_lines", broken)
    monkeypatch.delenv("OPPARSE_DEBUG", raising=False)
    result = CliRunner().invoke(main, ["extract", str(EXAMPLE)])
    assert result.exit_code == ExitStatus.INTERNAL_ERROR
    assert result.stderr.startswith("opparse: internal error: RuntimeError: cue table exploded")
    assert "Traceback" not in result.stderr
