"""Read a dump as a stream of non-blank, normalised lines that keep their original line numbers.

Line numbers count '\\n' the way `sed -n` and editors do, so a CRLF file and its LF twin give the
same numbers and the same text. Decoding is per line for ASCII-compatible encodings, which keeps
memory flat and lets a decoding error name its line and byte offset.
"""
from __future__ import annotations

import codecs
import io
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
