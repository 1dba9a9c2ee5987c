"""Read a dump as a stream of non-blank, normalised lines that keep their original line numbers.

Line numbers count '\\n' the way `sed -n` and editors do, so a CRLF file and its LF twin give the
same numbers and the same text. Decoding is per line for ASCII-compatible encodings, which keeps
memory flat and lets a decoding error name its line and byte offset.
"""
from __future__ import annotations

import codecs
import io
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from .model import Line

SNIFF_BYTES = 8192
CHUNK_BYTES = 1 << 20
NEWLINE = b"\n"

# Characters a crawl or a word processor leaves that mean "space" or nothing at all.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"), None)
_SPACES = dict.fromkeys(
    map(ord, "\t\x0b\x0c\x1c\x1d\x1e\x85\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
             "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\r"), " ")
_TRANSLATE = {**_INVISIBLE, **_SPACES}
_RUNS_OF_SPACES = re.compile(r" {2,}")
# The same two tables as character classes: a regex pass over a block is C-speed, str.translate is not.
_INVISIBLE_CHARS = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")
_SPACE_CHARS = re.compile("[" + re.escape("".join(map(chr, _SPACES))) + "]")


class InputError(Exception):
    """A problem with one input that the user can act on; the message names what and where."""


def normalise(text: str) -> str:
    """Strip invisible characters, turn every kind of space into one plain space, trim the ends."""
    text = text.translate(_TRANSLATE)
    if "  " in text:
        text = _RUNS_OF_SPACES.sub(" ", text)
    return text.strip()


def lines_from_text(text: str, first_number: int = 1) -> Iterator[Line]:
    """The non-blank lines of an already decoded text, normalised in one pass over the whole text."""
    text = _SPACE_CHARS.sub(" ", _INVISIBLE_CHARS.sub("", text))
    for offset, raw in enumerate(text.split("\n")):
        clean = raw.strip()
        if clean:
            if "  " in clean:
                clean = _RUNS_OF_SPACES.sub(" ", clean)
            yield Line(first_number + offset, clean)


def _sniff_encoding(head: bytes, encoding: str | None) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if encoding:
        return encoding
    return "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"


def _is_ascii_compatible(encoding: str) -> bool:
    return "\n".encode(encoding) == b"\n" and codecs.lookup(encoding).name not in {"utf-16", "utf-32"}


def read_lines(stream: BinaryIO, name: str, encoding: str | None = None, errors: str = "strict") -> Iterator[Line]:
    """Yield the non-blank lines of a binary stream; raise InputError for binary or undecodable input."""
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type]
    head = buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    chosen = _sniff_encoding(head, encoding)
    try:
        codecs.lookup(chosen)
    except LookupError:
        raise InputError(f"{name}: unknown encoding {chosen!r}") from None
    if chosen == "utf-16":
        text_stream = io.TextIOWrapper(buffered, encoding="utf-16", errors=errors, newline="\n")
        yield from _decoded(text_stream, name)
        return
    if b"\x00" in head:
        raise InputError(f"{name}: looks like a binary file (NUL bytes); give a text dump, or --encoding for UTF-16 without a BOM")
    if not _is_ascii_compatible(chosen):
        yield from _decoded(io.TextIOWrapper(buffered, encoding=chosen, errors=errors, newline="\n"), name)
        return
    yield from _decode_per_line(buffered, name, chosen, errors)


def _decoded(lines: Iterable[str], name: str) -> Iterator[Line]:
    try:
        for number, raw in enumerate(lines, 1):
            clean = normalise(raw)
            if clean:
                yield Line(number, clean)
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: cannot decode as {error.encoding}: {error.reason}; try --encoding or --errors replace") from None


def _decode_per_line(stream: BinaryIO, name: str, encoding: str, errors: str) -> Iterator[Line]:
    """Decode and normalise a megabyte of whole lines at a time: the C-level work happens per block,
    and a decoding error still names its line and byte offset."""
    number, offset = 1, 0
    pending = bytearray()
    while True:
        block = stream.read(CHUNK_BYTES)
        if block:
            searched = len(pending)
            pending += block
            cut = pending.rfind(NEWLINE, searched)
            if cut < 0:
                continue  # a line longer than a block: read on
            data = bytes(pending[: cut + 1])
            del pending[: cut + 1]
        else:
            data = bytes(pending)
            pending.clear()
        if data:
            yield from _block_lines(data, number, offset, name, encoding, errors)
            number += data.count(NEWLINE)
            offset += len(data)
        if not block:
            return


def _block_lines(data: bytes, first: int, offset: int, name: str, encoding: str, errors: str) -> Iterator[Line]:
    nul = data.find(b"\x00")
    if nul >= 0:
        line = first + data.count(NEWLINE, 0, nul)
        raise InputError(f"{name}:{line}: NUL byte at offset {offset + nul}: this looks like a binary file")
    try:
        text = data.decode(encoding, errors)
    except UnicodeDecodeError as error:
        line = first + data.count(NEWLINE, 0, error.start)
        raise InputError(f"{name}:{line}: invalid {encoding} byte at offset {offset + error.start}; "
                         "try --encoding cp1252 or --errors replace") from None
    yield from lines_from_text(text, first)


SNIFF_LINES = 400
WRAPPED_SHARE = 0.5  # at least half the lines sit in runs of adjacent lines ...
WRAPPED_WIDTH = (35, 100)  # ... and the lines that wrap are of a typical wrap width
WRAPPED_WIDTH_SHARE = 0.8
MAX_WRAPPED_LINE = 120
WRAP_SLACK = 2  # wrappers break a little short of their width
MIN_LOWERCASE_RUN_ON = 0.3  # a wrapped sentence goes on in lower case; a headline's note under it does not


def looks_wrapped(lines: list[Line]) -> bool:
    """Hard-wrapped text ('...the harbour keeps' / 'silting up and who should pay'): most lines run
    on into the next, and those that do are all about one width. Paragraph-per-line dumps without
    blank lines fail the width test, since their paragraphs are of every length."""
    pairs = [(a, b) for a, b in zip(lines, lines[1:], strict=False) if b.number == a.number + 1]
    if len(lines) < 4 or not pairs:
        return False
    in_runs = {a.number for a, _ in pairs} | {b.number for _, b in pairs}
    if len(in_runs) < WRAPPED_SHARE * len(lines):
        return False
    widths = [len(a.text) for a, _ in pairs]
    if sum(b.text[0].islower() and a.text[-1] not in ".!?:”\"" for a, b in pairs) < MIN_LOWERCASE_RUN_ON * len(pairs):
        return False
    low, high = WRAPPED_WIDTH
    typical = sum(low <= width <= high for width in widths)
    return typical >= WRAPPED_WIDTH_SHARE * len(widths) and max(widths) <= MAX_WRAPPED_LINE


def unwrap(lines: Iterable[Line], wrapped: bool | None = None) -> tuple[bool, Iterator[Line]]:
    """Whether the dump is hard-wrapped (decided from its first lines unless `wrapped` says), and
    its lines with each wrapped paragraph joined into one Line that keeps its first and last numbers."""
    source = iter(lines)
    head = [line for _, line in zip(range(SNIFF_LINES), source, strict=False)]
    if wrapped is None:
        wrapped = looks_wrapped(head)
    rest = itertools.chain(head, source)
    return wrapped, (_joined(rest, _wrap_width(head)) if wrapped else rest)


def _wrap_width(lines: list[Line]) -> int:
    """The width the text was wrapped at: its longest line that runs on into the next."""
    widths = [len(a.text) for a, b in zip(lines, lines[1:], strict=False)
              if b.number == a.number + 1 and len(a.text) <= MAX_WRAPPED_LINE]
    return max(widths, default=MAX_WRAPPED_LINE)


def _joined(lines: Iterator[Line], width: int) -> Iterator[Line]:
    """A line runs on into the next only if the next one's first word would not have fitted on
    it: 'PUBLISHED : ...' over 'UPDATED : ...' stay two lines."""
    block: list[Line] = []
    for line in lines:
        if block and not (line.number == block[-1].number + 1 and _would_overflow(block[-1], line, width)):
            yield _paragraph(block)
            block = []
        block.append(line)
    if block:
        yield _paragraph(block)


def _would_overflow(line: Line, following: Line, width: int) -> bool:
    first_word = following.text.split(" ", 1)[0]
    return len(line.text) + 1 + len(first_word) > width - WRAP_SLACK


def _paragraph(block: list[Line]) -> Line:
    if len(block) == 1:
        return block[0]
    return Line(block[0].number, " ".join(line.text for line in block), through=block[-1].number)
