"""Opening what the user named: files or stdin ('-'), each reported alone when it cannot be read."""
from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

from .reader import InputError

STDIN = "-"


@contextmanager
def open_input(name: str) -> Iterator[BinaryIO]:
    """A buffered binary stream for a path or '-'; InputError with a one-line reason otherwise."""
    if name == STDIN:
        yield io.BufferedReader(sys.stdin.buffer.raw if hasattr(sys.stdin.buffer, "raw") else sys.stdin.buffer)  # type: ignore[arg-type]
        return
    if os.path.isdir(name):
        raise InputError(f"{name}: is a directory; give the dump files inside it")
    try:
        handle = open(name, "rb")
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as error:
        raise InputError(f"{name}: cannot open: {error.strerror}") from None
    with handle:
        yield handle


def looks_like_split_output(stream: io.BufferedReader) -> bool:
    """`opparse split` JSON Lines on stdin: the first line is a JSON object with span and text."""
    head = stream.peek(65536)
    first = head.lstrip()[:1]
    if first != b"{":
        return False
    line = head.lstrip().split(b"\n", 1)[0]
    try:
        record = json.loads(line)
    except ValueError:
        return len(line) >= 65000  # a very long first object; trust its opening brace
    return isinstance(record, dict) and "span" in record and "text" in record
