"""The pipeline end to end: lines -> features -> pieces -> records, streaming piece by piece."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .cues import classify
from .extract.record import build_record
from .glue import split_glued
from .label import Labelled, label_piece
from .model import Document, Line, Piece, Record
from .page import read_with, settle
from .profile import Profile, default_profile
from .reader import lines_from_text, read_lines, unwrap
from .segment import segment


@dataclass(frozen=True, slots=True)
class Parsed:
    piece: Piece
    labelled: list[Labelled]
    record: Record


def _parsed(piece: Piece, document: Document, profile: Profile) -> Parsed:
    labelled = label_piece(piece.lines, profile, piece.head_line)
    return Parsed(piece, labelled, build_record(piece, labelled, document, profile))


def _pieces(lines: Iterable[Line], profile: Profile, document: Document) -> tuple[Profile, Iterator[Piece]]:
    """read -> unwrap -> crawler glue -> page decisions -> classify -> page layout and segment:
    the profile the page is read with (page.py may settle its date order), and its pieces."""
    document.wrapped, lines = unwrap(lines, document.wrapped or None)
    profile, lines = settle(split_glued(lines), profile, document)
    return profile, segment((classify(line, profile) for line in lines), document, profile)


def split_lines(lines: Iterable[Line], source: str, profile: Profile | None = None,
                document: Document | None = None) -> Iterator[Piece]:
    """Pieces only, as soon as each is complete: what `opparse split` needs, without extracting fields."""
    yield from _pieces(lines, profile or default_profile(), document or Document(source))[1]


def parse_lines(lines: Iterable[Line], source: str, profile: Profile | None = None,
                document: Document | None = None) -> Iterator[Parsed]:
    """Records as soon as each piece is complete; `document` collects preamble, trailer, category."""
    document = document or Document(source)
    profile, pieces = _pieces(lines, profile or default_profile(), document)
    for piece in pieces:
        yield _parsed(piece, document, profile)


def reparse_piece(text: str, start_line: int, index: int, document: Document, start_cue: str, strong: bool,
                  profile: Profile | None = None, head_line: int | None = None) -> Parsed | None:
    """A piece read back from `opparse split` output: its boundaries and the page's decisions (in
    `document`, and `head_line`) are given; only labels and fields are redone."""
    profile = read_with(profile or default_profile(), document)
    _, lines = unwrap(lines_from_text(text, start_line), document.wrapped)
    features = [classify(line, profile) for line in split_glued(lines)]
    if not features:
        return None
    return _parsed(Piece(index, features, start_cue, strong, head_line), document, profile)


def parse_file(path: str, profile: Profile | None = None, encoding: str | None = None, errors: str = "strict") -> list[dict]:
    """Library entry point for a dump on disk, read exactly as the command line reads it (encoding
    sniffing, BOM, line numbers); raises reader.InputError when it cannot be read."""
    from .export import record_dict

    with open(path, "rb") as stream:
        document = Document(path, keep_outside=False)
        lines = read_lines(stream, path, encoding, errors)
        return [record_dict(p.record) for p in parse_lines(lines, path, profile, document)]


def parse(text: str, source: str = "-", profile: Profile | None = None) -> list[dict]:
    """Library entry point: the records of one dump, as plain dicts with the keys of CONTRACT.md."""
    from .export import record_dict

    document = Document(source, keep_outside=False)
    return [record_dict(p.record) for p in parse_lines(lines_from_text(text), source, profile, document)]
