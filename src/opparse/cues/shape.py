"""Shape cues: what a line looks like regardless of its words (prose, title, slug, a bare name)."""
from __future__ import annotations

import regex

from ..names import NAME

MAX_TITLE_WORDS = 22
MAX_TITLE_CHARS = 180

_SLUG = regex.compile(r"^(?=[^\s]*[a-z])[^\s]{3,120}$")
_SLUG_SIGNS = regex.compile(r"[_\d]|\.(?:jpe?g|png|gif|webp|tiff?|bmp|svg)$|^[\p{Ll}\d][\p{Ll}\d]*(?:-[\p{Ll}\d]+)+$", regex.I)
_SENTENCE_INSIDE = regex.compile(r"[.!?][”\"’)]?\s+[\p{Lu}“\"‘]")
_TITLE_START = regex.compile(r"^[\p{Lu}\p{N}“\"‘'(\[¿¡#$£€]|^\p{Lo}")
_NAME_ONLY = regex.compile(rf"^{NAME}$")
_TERMINAL = regex.compile(r"[.:;,]$|[.:;,][”\"’)]$")


def is_slug(text: str) -> bool:
    """An image file name or alt-text slug: no spaces, and an underscore, digit, extension or hyphens."""
    return " " not in text and bool(_SLUG.match(text)) and bool(_SLUG_SIGNS.search(text))


def is_lowercase_label(text: str) -> bool:
    """A few lowercase words with no punctuation at the end: alt text such as 'putin xi handshake'."""
    return text[:1].islower() and len(text.split()) <= 6 and not _TERMINAL.search(text) and "." not in text


def is_title(text: str) -> bool:
    """Short, starts like a title, does not end like a sentence and holds no second sentence."""
    if len(text) > MAX_TITLE_CHARS or _TERMINAL.search(text):
        return False
    if not _TITLE_START.match(text):
        return False
    if len(text.split()) > MAX_TITLE_WORDS:
        return False
    return not _SENTENCE_INSIDE.search(text)


def is_name_only(text: str) -> bool:
    """A line that is just a person's name, as some outlets print a byline."""
    return len(text) <= 60 and bool(_NAME_ONLY.match(text))
