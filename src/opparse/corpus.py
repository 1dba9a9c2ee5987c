"""Units of work: dump files, stdin, directories of dumps, and JSON Lines or Parquet corpora
whose records each hold one dump (as web-crawl corpora are stored).

A unit is plain data (a path, or an id and a text), so it can be sent to a worker process.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .inputs import STDIN
from .reader import InputError

INPUT_FORMATS = ("text", "jsonl", "parquet")
DUMP_GLOB = "*.txt"


@dataclass(frozen=True, slots=True)
class Unit:
    """One dump: a file to read (`path`), or a corpus record's text already in hand."""

    source: str
    path: str | None = None
    text: str | None = None
    size: int = 0


def expand_paths(paths: tuple[str, ...], pattern: str = DUMP_GLOB) -> Iterator[str]:
    """Files as given; a directory becomes its files matching `pattern`, recursively, in sorted
    order, hidden ones skipped."""
    for name in paths or (STDIN,):
        if name != STDIN and os.path.isdir(name):
            found = sorted(str(p) for p in Path(name).rglob(pattern)
                           if p.is_file() and not any(part.startswith(".") for part in p.relative_to(name).parts))
            if not found:
                raise InputError(f"{name}: is a directory with no {pattern} files in it")
            yield from found
        else:
            yield name


def file_units(paths: tuple[str, ...], pattern: str = DUMP_GLOB) -> Iterator[Unit]:
    for name in expand_paths(paths, pattern):
        size = os.path.getsize(name) if name != STDIN and os.path.isfile(name) else 0
        yield Unit(name, path=name, size=size)


def jsonl_units(path: str, text_field: str, id_field: str) -> Iterator[Unit]:
    """One unit per JSON Lines record; its id field (or FILE:LINE) becomes the records' source."""
    stream = open(path, encoding="utf-8") if path != STDIN else None
    import sys

    handle = stream or sys.stdin
    try:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as error:
                raise InputError(f"{path}:{number}: not a JSON object ({error.msg})") from None
            if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
                raise InputError(f"{path}:{number}: no string field {text_field!r}; choose one with --text-field")
            source = str(record.get(id_field, f"{path}:{number}"))
            yield Unit(source, text=record[text_field], size=len(record[text_field]))
    finally:
        if stream:
            stream.close()


def parquet_units(path: str, text_field: str, id_field: str) -> Iterator[Unit]:
    """One unit per Parquet row, read a batch at a time (needs the optional `parquet` extra)."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(f"{path}: reading Parquet needs pyarrow: pip install 'opparse[parquet]'") from None
    try:
        table = pq.ParquetFile(path)
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: not a readable Parquet file ({error})") from None
    if text_field not in table.schema_arrow.names:
        raise InputError(f"{path}: no column {text_field!r}; choose one with --text-field")
    columns = [text_field] + ([id_field] if id_field in table.schema_arrow.names else [])
    row = 0
    for batch in table.iter_batches(columns=columns):
        data = batch.to_pydict()
        for i, text in enumerate(data[text_field]):
            row += 1
            source = str(data[id_field][i]) if id_field in data else f"{path}:{row}"
            yield Unit(source, text=text or "", size=len(text or ""))
