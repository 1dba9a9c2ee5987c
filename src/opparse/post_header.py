"""A blog post's own header over the op-ed it reposts.

Medium, Substack and many blogs give each post a title, maybe a subtitle, the author's name and a
date line, then the blogger's note, and only then the op-ed with its own headline. Both the
segmenter (the op-ed's headline does not open a new piece) and the labeller (that headline is the
piece's headline, not the post's title) need to recognise the post's header.
"""
from __future__ import annotations

from collections.abc import Sequence

from .model import Features, Kind


def _skip_noise(lines: Sequence[Features], i: int) -> int:
    while i < len(lines) and lines[i].kind is Kind.NOISE:
        i += 1
    return i


def post_header_end(lines: Sequence[Features], start: int = 0) -> int | None:
    """The index just past a post header that begins at `start`: a title, maybe a subtitle, the
    author's name(s), a date line; None when the lines do not open that way."""
    i = _skip_noise(lines, start)
    if i >= len(lines) or lines[i].kind is not Kind.TITLE or lines[i].name_only:
        return None
    i = _skip_noise(lines, i + 1)
    if i < len(lines) and lines[i].kind in (Kind.PROSE, Kind.TITLE) and not lines[i].name_only:
        after = _skip_noise(lines, i + 1)
        if after < len(lines) and (lines[after].name_only or lines[after].kind is Kind.DATELINE):
            i = after  # a subtitle under the post's title
    while i < len(lines) and (lines[i].name_only or lines[i].kind is Kind.NOISE):
        i += 1  # 'Jane Roe', 'Jane Roe · Follow'
    return i + 1 if i < len(lines) and lines[i].kind is Kind.DATELINE else None
