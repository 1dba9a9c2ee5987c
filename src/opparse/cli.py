"""The command line: a thin layer of click commands over the pipeline.

stdout carries only data; messages go to stderr as one line each, 'opparse: WHERE: WHAT'.
Exit codes are the ExitStatus values, documented in the README.
"""
from __future__ import annotations

import codecs
import collections
import enum
import io
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import click

from . import __version__
from .corpus import DUMP_GLOB, INPUT_FORMATS, Unit, expand_paths, file_units, jsonl_units, parquet_units
from .export import FORMATS, Writer, record_dict, valid_fields
from .inputs import STDIN, looks_like_split_output, open_input
from .label import find_headline
from .model import Document, Piece
from .pipeline import Parsed, parse_lines, reparse_piece, split_lines
from .profile import Profile, ProfileError, load_profile
from .reader import InputError, lines_from_text, read_lines


class ExitStatus(enum.IntEnum):
    OK = 0
    INTERNAL_ERROR = 1
    USAGE = 2  # click's own code for bad options
    INPUT_ERROR = 3  # a file could not be read or decoded; other files were still processed
    NO_PIECES = 4  # every input was read, and none held a piece
    INTERRUPTED = 130


def warn(message: str) -> None:
    click.echo(f"opparse: {message}", err=True)


def _common_options(command):
    command = click.option("--profile", "profile_path", type=click.Path(dir_okay=False),
                           help="TOML file of extra or replacement cues (see examples/profile.toml).")(command)
    command = click.option("--errors", type=click.Choice(["strict", "replace", "ignore"]), default="strict",
                           show_default=True, help="What to do with bytes the encoding cannot decode.")(command)
    command = click.option("--encoding", default=None, callback=_known_encoding,
                           help="Input encoding (default UTF-8, with or without BOM; UTF-16 with a BOM is detected).")(command)
    return command


def _known_encoding(ctx, param, value: str | None) -> str | None:
    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {value!r} (try utf-8, cp1252, latin-1, utf-16)") from None
    return value


def _profile(path: str | None) -> Profile:
    try:
        return load_profile(path)
    except ProfileError as error:
        raise click.UsageError(str(error)) from None


class Run:
    """Per-invocation bookkeeping: which inputs failed, how many pieces came out."""

    def __init__(self) -> None:
        self.failed = 0
        self.pieces = 0

    def status(self) -> ExitStatus:
        if self.failed:
            return ExitStatus.INPUT_ERROR
        return ExitStatus.OK if self.pieces else ExitStatus.NO_PIECES


def _parsed_from(name: str, stream: io.BufferedReader, profile: Profile, encoding: str | None, errors: str,
                 accept_split: bool) -> Iterator[Parsed]:
    if accept_split and name == STDIN and looks_like_split_output(stream):
        yield from _parsed_from_split(stream, profile)
        return
    yield from parse_lines(read_lines(stream, name, encoding, errors), name, profile, Document(name, keep_outside=False))


def _parsed_from_split(stream: io.BufferedReader, profile: Profile) -> Iterator[Parsed]:
    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
            document = Document(item["source"], category=item.get("category"), wrapped=item.get("wrapped", False),
                                dayfirst=item.get("dayfirst"), sources_are_outlets=item.get("sources_are_outlets", False),
                                tagged_headlines=item.get("tagged_headlines", False))
            parsed = reparse_piece(item["text"], item["span"]["start_line"], item["index"], document,
                                   item.get("cue", "given by opparse split"), item.get("strong", True), profile,
                                   item.get("head_line"))
        except (ValueError, KeyError, TypeError) as error:
            raise InputError(f"-:{number}: not an `opparse split` record ({error})") from None
        if parsed:
            yield parsed


def _each_input(paths: tuple[str, ...], run: Run) -> Iterator[tuple[str, io.BufferedReader]]:
    """Each file named (a directory standing for its dump files), opened; the ones that cannot be
    are reported and counted, and the rest still come."""
    for given in paths or (STDIN,):
        try:
            names = list(expand_paths((given,)))
        except InputError as error:
            warn(str(error))
            run.failed += 1
            continue
        for name in names:
            try:
                with open_input(name) as stream:
                    yield name, stream
            except InputError as error:
                warn(str(error))
                run.failed += 1


def _guarded(run_body) -> None:
    """Run a command body with the exits a person can act on: no tracebacks, quiet on closed pipes."""
    try:
        status = run_body()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(ExitStatus.OK)
    except KeyboardInterrupt:
        warn("interrupted")
        sys.exit(ExitStatus.INTERRUPTED)
    except click.ClickException:
        raise
    except Exception as error:  # a bug: one line for the user, the traceback only when asked for
        if os.environ.get("OPPARSE_DEBUG"):
            raise
        warn(f"internal error: {type(error).__name__}: {error} (set OPPARSE_DEBUG=1 for the traceback, and please report it)")
        sys.exit(ExitStatus.INTERNAL_ERROR)
    sys.exit(status)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="opparse")
def main() -> None:
    """Split op-ed blog dumps into pieces and extract their fields.

    \b
    Examples:
      opparse split dump.txt
      opparse extract dump.txt --format csv > pieces.csv
      cat dump.txt | opparse extract --format jsonl | jq -r '.headline'
      opparse inspect dump.txt --color | less -R
    """


@main.command()
@click.argument("dumps", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True,
              help="Output format.")
@click.option("--fields", default=None, help="Comma-separated keys to keep, in order (CSV/TSV: the flat column names).")
@click.option("-j", "--jobs", type=click.IntRange(1), default=1, show_default=True,
              help="Worker processes; output stays in input order, byte for byte as with --jobs 1.")
@click.option("--input", "input_format", type=click.Choice(INPUT_FORMATS), default="text", show_default=True,
              help="text: each file is a dump. jsonl/parquet: each record's --text-field holds one dump.")
@click.option("--glob", "pattern", default=DUMP_GLOB, show_default=True, help="Files to take from a directory argument.")
@click.option("--text-field", default="text", show_default=True, help="Corpus field holding the dump's text.")
@click.option("--id-field", default="id", show_default=True,
              help="Corpus field used as the records' source (FILE:LINE when absent).")
@_common_options
def extract(dumps, fmt, fields, jobs, input_format, pattern, text_field, id_field, profile_path, encoding, errors):
    """One record per piece (see CONTRACT.md), as JSON, JSON Lines, CSV or TSV.

    Reads DUMPS (files, or directories of them), or stdin when none is given or one is '-'.
    Stdin may also be the JSON Lines that `opparse split` prints, so
    `opparse split d.txt | opparse extract` gives the same records.

    \b
    Examples:
      opparse extract dump.txt
      opparse extract a.txt b.txt --format jsonl
      opparse extract crawl/ --jobs 4 --format jsonl > records.jsonl
      opparse extract corpus.jsonl --input jsonl --text-field text --id-field url
      opparse extract dump.txt --format csv --fields index,headline,published,authors
      opparse split dump.txt | opparse extract --format jsonl | jq -r '.authors[].name'
    """
    chosen = tuple(f.strip() for f in fields.split(",") if f.strip()) if fields else None
    if chosen:
        unknown = [f for f in chosen if f not in valid_fields(fmt)]
        if unknown:
            raise click.BadParameter(f"unknown field(s) {', '.join(unknown)}; choose from {', '.join(valid_fields(fmt))}",
                                     param_hint="--fields")
    if jobs > 1 and (not dumps or STDIN in dumps):
        raise click.UsageError("--jobs reads files; stdin is read by one process")
    options = Options(profile_path, encoding, errors)
    _profile(profile_path)  # a bad profile is a usage error before any work starts
    run = Run()

    def body() -> ExitStatus:
        writer = Writer(sys.stdout, fmt, chosen, pretty=sys.stdout.isatty())
        units = _units(dumps, input_format, pattern, text_field, id_field)
        if input_format == "text":
            units = list(units)  # paths only: known in full, for the progress bar
        with _progress(units) as advance:
            for unit, records, problem in _extracted(units, options, jobs):
                for record in records:
                    writer.write(record)
                run.pieces += len(records)
                if problem:
                    warn(problem)
                    run.failed += 1
                advance(unit)
        writer.close()
        if not run.pieces and not run.failed:
            warn("no pieces found")
        return run.status()

    _guarded(body)


@dataclass(frozen=True)
class Options:
    """What a worker needs to read and parse a unit the way the command line asked."""

    profile_path: str | None
    encoding: str | None
    errors: str


_PROFILES: dict[str | None, Profile] = {}


def _cached_profile(path: str | None) -> Profile:
    if path not in _PROFILES:
        _PROFILES[path] = load_profile(path)
    return _PROFILES[path]


def _units(dumps: tuple[str, ...], input_format: str, pattern: str, text_field: str, id_field: str) -> Iterator[Unit | str]:
    """Units in input order; a path that cannot be expanded or read yields its error message instead."""
    for name in dumps or (STDIN,):
        try:
            if input_format == "jsonl":
                yield from jsonl_units(name, text_field, id_field)
            elif input_format == "parquet":
                yield from parquet_units(name, text_field, id_field)
            else:
                yield from file_units((name,), pattern)
        except InputError as error:
            yield str(error)


def records_of(unit: Unit, options: Options) -> Iterator[dict]:
    """Every record of one unit, each as soon as its piece is complete; InputError when it cannot be read."""
    profile = _cached_profile(options.profile_path)
    if unit.text is not None:
        document = Document(unit.source, keep_outside=False)
        for parsed in parse_lines(lines_from_text(unit.text), unit.source, profile, document):
            yield record_dict(parsed.record)
        return
    with open_input(unit.path) as stream:
        for parsed in _parsed_from(unit.source, stream, profile, options.encoding, options.errors, accept_split=True):
            yield record_dict(parsed.record)


def _work(unit: Unit | str, options: Options) -> tuple[Unit | str, list[dict], str | None]:
    """All of one unit's records at once, for a worker process; a unit that is an error message stays one."""
    if isinstance(unit, str):
        return unit, [], unit
    try:
        return unit, list(records_of(unit, options)), None
    except InputError as error:
        return unit, [], str(error)


def _extracted(units, options: Options, jobs: int) -> Iterator[tuple[Unit | str, list[dict], str | None]]:
    """(unit, records, problem) in input order: streamed in this process, or from `jobs` workers."""
    if jobs > 1:
        yield from _in_workers(units, options, jobs)
        return
    for unit in units:
        if isinstance(unit, str):
            yield unit, [], unit
            continue
        try:
            for record in records_of(unit, options):
                yield unit, [record], None
        except InputError as error:
            yield unit, [], str(error)


PENDING_PER_JOB = 4


def _in_workers(units, options: Options, jobs: int) -> Iterator[tuple[Unit | str, list[dict], str | None]]:
    """Units run in `jobs` processes, results in input order. At most PENDING_PER_JOB units per job
    are in flight, so a large JSON Lines corpus is not read into memory ahead of the workers."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: collections.deque = collections.deque()
        for unit in units:
            pending.append(pool.submit(_work, unit, options))
            if len(pending) >= jobs * PENDING_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


@contextmanager
def _progress(units):
    """A progress bar on stderr (files done, MB/s) when stderr is a terminal and there are several files."""
    if not (sys.stderr.isatty() and isinstance(units, list) and len(units) > 1):
        yield lambda unit: None
        return
    from rich.console import Console  # imported only for a terminal: most runs are piped
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn, TransferSpeedColumn

    total = sum(u.size for u in units if isinstance(u, Unit))
    columns = [TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[files]}"),
               TransferSpeedColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extracting", total=total or None, files=f"0/{len(units)} files")
        done = 0
        seen: set[int] = set()

        def advance(unit) -> None:
            nonlocal done
            if id(unit) in seen:
                return
            seen.add(id(unit))
            done += 1
            progress.update(task, advance=unit.size if isinstance(unit, Unit) else 0, files=f"{done}/{len(units)} files")

        yield advance


def piece_text(piece: Piece) -> str:
    """The piece's lines as normalised text, blank lines kept, so line numbers can be recomputed
    (a joined paragraph of a hard-wrapped dump is wrapped again over the lines it came from)."""
    out: list[str] = []
    previous = None
    for f in piece.lines:
        if f.line.joined is not None and out:  # a part of a line the crawler glued: back onto its line
            out[-1] += f.line.joined + f.line.text
            continue
        if previous is not None:
            out.extend([""] * (f.line.number - previous - 1))
        out.extend(_rewrap(f.line.text, f.line.last - f.line.number + 1))
        previous = f.line.last
    return "\n".join(out)


def _rewrap(text: str, count: int) -> list[str]:
    """`text` over `count` lines, words kept whole; each line keeps at least one word."""
    if count == 1:
        return [text]
    words = text.split(" ")
    size = -(-len(words) // count)
    lines = [" ".join(words[i:i + size]) for i in range(0, len(words), size)]
    return lines + [""] * (count - len(lines)) if len(lines) < count else lines[:count - 1] + [" ".join(lines[count - 1:])]


def split_record(piece: Piece, document: Document) -> dict:
    headline = find_headline(piece.lines)
    return {
        "source": document.source, "index": piece.index,
        "span": {"start_line": piece.start_line, "end_line": piece.end_line},
        "headline": piece.lines[headline].line.text if headline is not None else "",
        "cue": piece.start_cue, "strong": piece.strong, "category": document.category, "wrapped": document.wrapped,
        # what the page settled once, so that `opparse extract` reads the piece back as the whole page read it
        "head_line": piece.head_line, "dayfirst": document.dayfirst, "sources_are_outlets": document.sources_are_outlets,
        "tagged_headlines": document.tagged_headlines,
        "text": piece_text(piece),
    }


def slug(text: str, limit: int = 60) -> str:
    words = re.sub(r"[^\w]+", "-", text.casefold()).strip("-")
    return words[:limit].rstrip("-") or "untitled"


def _write_atomically(path: Path, text: str) -> None:
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        if os.path.exists(temp):
            os.unlink(temp)
        raise


@main.command()
@click.argument("dumps", nargs=-1, required=True, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("-o", "--output-dir", type=click.Path(file_okay=False), default=None,
              help="Write one text file per piece here, plus an index.jsonl manifest.")
@click.option("--force", is_flag=True, help="Write into a non-empty --output-dir.")
@_common_options
def split(dumps, output_dir, force, profile_path, encoding, errors):
    """Segment each dump into pieces.

    Without -o: JSON Lines on stdout, one object per piece with source, index, span, headline,
    the boundary cue and the piece's text. With -o DIR: DIR/NNN-headline-slug.txt per piece and
    DIR/index.jsonl (a subfolder per dump when several are given).

    \b
    Examples:
      opparse split dump.txt | jq -r '[.index, .headline] | @tsv'
      opparse split dump.txt -o pieces/
    """
    profile = _profile(profile_path)
    target = Path(output_dir) if output_dir else None
    if target is not None and target.exists() and any(target.iterdir()) and not force:
        raise click.UsageError(f"{target}: directory is not empty; use --force to write into it")
    run = Run()

    def body() -> ExitStatus:
        manifest: list[str] = []
        for name, stream in _each_input(dumps, run):
            document = Document(name, keep_outside=False)
            try:
                folder = target
                if target is not None:
                    folder = target / slug(Path(name).stem) if len(dumps) > 1 or os.path.isdir(dumps[0]) else target
                    folder.mkdir(parents=True, exist_ok=True)
                lines = read_lines(stream, name, encoding, errors)
                for piece in split_lines(lines, name, profile, document):
                    item = split_record(piece, document)
                    run.pieces += 1
                    if folder is None:
                        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
                        continue
                    filename = f"{piece.index:03d}-{slug(item['headline'] or 'untitled')}.txt"
                    _write_atomically(folder / filename, item["text"] + "\n")
                    manifest.append(json.dumps({**{k: v for k, v in item.items() if k != "text"},
                                                "file": str((folder / filename).relative_to(target))}, ensure_ascii=False))
            except InputError as error:
                warn(str(error))
                run.failed += 1
        if target is not None:
            _write_atomically(target / "index.jsonl", "".join(line + "\n" for line in manifest))
            warn(f"wrote {run.pieces} pieces to {target}")
        sys.stdout.flush()
        if not run.pieces and not run.failed:
            warn("no pieces found")
        return run.status()

    _guarded(body)


@main.command()
@click.argument("dump", type=click.Path(dir_okay=True, allow_dash=True), default=STDIN)
@click.option("--color/--no-color", default=None, help="Colour the roles (default: when stdout is a terminal).")
@click.option("--why", is_flag=True, help="Also name the cue that decided each line's kind.")
@_common_options
def inspect(dump, color, why, profile_path, encoding, errors):
    """Every line with the role opparse gave it, and at each piece boundary the cue that decided it.

    \b
    Examples:
      opparse inspect dump.txt
      opparse inspect dump.txt | grep -n 'piece '
      opparse inspect dump.txt --why | less
    """
    profile = _profile(profile_path)
    run = Run()

    def body() -> ExitStatus:
        for name, stream in _each_input((dump,), run):
            document = Document(name)
            try:
                parsed = list(parse_lines(read_lines(stream, name, encoding, errors), name, profile, document))
            except InputError as error:
                warn(str(error))
                run.failed += 1
                continue
            run.pieces += len(parsed)
            from .inspect import render_inspection  # rich is imported only for inspect

            render_inspection(parsed, document, sys.stdout, color=sys.stdout.isatty() if color is None else color, why=why)
        return run.status()

    _guarded(body)

