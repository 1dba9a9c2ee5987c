"""Shape cues: what a line looks like regardless of its words (prose, title, slug, a bare name)."""
from __future__ import annotations

import regex

from ..names import NAME_LIST, without_follow_button

MAX_TITLE_WORDS = 22
MAX_QUESTION_TITLE_WORDS = 16  # 'There is one test for any levy ...: would it survive a vote?' is prose
MAX_TITLE_CHARS = 180

_SLUG = regex.compile(r"^(?=[^\s]*[a-z])[^\s]{3,120}$")
_FILE_STAMP = regex.compile(r"_\d{4,8}$")  # 'P2_Why the ferry matters_150421': a file name's date or number
_IMAGE_EXTENSION = r"\.(?:jpe?g|png|gif|webp|tiff?|bmp|svg)$"
_IMAGE_FILE = regex.compile(_IMAGE_EXTENSION, regex.I)
MAX_FILE_NAME_CHARS = 120
_SLUG_SIGNS = regex.compile(rf"[_\d]|{_IMAGE_EXTENSION}|^[\p{{Ll}}\d][\p{{Ll}}\d]*(?:-[\p{{Ll}}\d]+)+$", regex.I)
_TITLE_START = regex.compile(r"^[\p{Lu}\p{N}“\"‘'(\[¿¡#$£€]|^\p{Lo}")
_NAME_ONLY = regex.compile(rf"^{NAME_LIST}$")
_SENTENCE_INSIDE = regex.compile(r"(?<!\b\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|vs|No|Prof|Gen|Sen|Rep|Jr|Sr))\.[”\"’)]?\s+[\p{Lu}“\"‘]")
_PLACE_DATELINE = regex.compile(
    r"^[\p{Lu}][\p{Lu}\p{M} .'’/-]{1,40}(?:,\s*[^–—()-]{1,40}?)?(?:\s*\((?P<outlet>[^()]{2,60})\))?\s*[–—-]{1,2}\s+\S")
_TITLE_WORDS = frozenset(
    "The A An Of In On At To For And Or But Is Are Was Were Be Why How What When Where Who Will Can Must Should "
    "Not No New After Before Over Under With Without Against From Into Than Its Our Their This That These "
    "Why Does Do Has Have More Less Needs Need Time Day Year War Peace Crisis "
    # headline openers that a two-word headline shares with no name ('Remembering Aoife')
    "Remembering Rethinking Reimagining Beyond Inside Behind Toward Towards Saving Building Ending Fixing "
    "Defending Reforming Understanding Making Keeping Farewell Goodbye Tribute Letter Notes".split())
BULLETS = frozenset("•▪■►●◦·")  # list bullets a crawler keeps before an item's first line
_TERMINAL = regex.compile(r"[.:;,…]$|[.:;,…][”\"’)]$")


def more_words_than(text: str, limit: int) -> bool:
    """len(text.split()) > limit, without splitting a line with too few spaces to have that many
    words (most lines): counting spaces costs a quarter of splitting."""
    return text.count(" ") >= limit and len(text.split()) > limit


def is_slug(text: str) -> bool:
    """An image file name or alt-text slug: no spaces, and an underscore, digit, extension or hyphens;
    or any short line that ends in an image file's extension ('whip presser sot _0001.jpg') or a
    file name's number ('P2_Why the ferry matters_150421')."""
    if " " not in text:
        return bool(_SLUG.match(text)) and bool(_SLUG_SIGNS.search(text))
    return len(text) <= MAX_FILE_NAME_CHARS and bool(_IMAGE_FILE.search(text)
                                                     or (text[-1].isdigit() and _FILE_STAMP.search(text)))


def is_lowercase_label(text: str) -> bool:
    """A few lowercase words with no punctuation at the end: alt text such as 'putin xi handshake'."""
    return text[:1].islower() and len(text.split()) <= 6 and not _TERMINAL.search(text) and "." not in text


def strip_bullet(text: str) -> str:
    """'• Unveiling French hypocrisy' -> 'Unveiling French hypocrisy'."""
    return text[1:].lstrip() if text[:1] in BULLETS and len(text) > 2 else text


def is_title(text: str) -> bool:
    """Short, starts like a title and does not end like a sentence (a headline may hold two);
    a list's bullet before it does not count ('• Unveiling French hypocrisy')."""
    text = strip_bullet(text)
    if len(text) > MAX_TITLE_CHARS or _TERMINAL.search(text):
        return False
    if not _TITLE_START.match(text):
        return False
    words = len(text.split())  # a long question with a clause before it is a sentence of the text
    return words <= (MAX_QUESTION_TITLE_WORDS if text.endswith("?") and ": " in text else MAX_TITLE_WORDS)


def is_name_only(text: str) -> bool:
    """A line that is just people's names ('Jane Roe', 'Jane Roe and Li Wei'), as some outlets print
    a byline, maybe with a follow button ('Jane Roe · Follow'); Title Case headlines
    ('Latin America’s Lithium Bargain', 'Why The Grid Is Stuck') are not names."""
    text = without_follow_button(text)
    if len(text) > 120 or not _NAME_ONLY.match(text):
        return False
    return not any(word.endswith(("’s", "'s")) or word in _TITLE_WORDS for word in text.split())


def has_two_sentences(text: str) -> bool:
    return bool(_SENTENCE_INSIDE.search(text))


def opens_with_place_dateline(text: str) -> bool:
    """'BRUSSELS – When the Commission ...', 'LONDON, March 3 (Reuters Breakingviews) - ...': wire
    and syndication style for a body's first paragraph."""
    return bool(_PLACE_DATELINE.match(text))


def place_dateline_outlet(text: str) -> str | None:
    """The source a wire opener names in brackets: 'LONDON, March 3 (Reuters Breakingviews) -'."""
    match = _PLACE_DATELINE.match(text)
    return match.group("outlet") if match and match.group("outlet") else None


_WORD = regex.compile(r"[\p{L}’'-]+")
MAX_TITLE_CASE_WORDS = 16
MAX_TITLE_CASE_CHARS = 140


def is_title_case_sentences(text: str) -> bool:
    """'The Ports Are Not the Bottleneck. The Warehouses Are.': a Title Case headline that ends in a
    full stop, as some outlets print two-sentence headlines."""
    if not text.endswith(".") or len(text) > MAX_TITLE_CASE_CHARS:
        return False
    words = _WORD.findall(text)
    if not 3 <= len(words) <= MAX_TITLE_CASE_WORDS:
        return False
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


MAX_SOURCE_TAG_WORDS = 4
# 'Headline, The Harbour Post', 'Headline - Harbour News', 'Headline, Harbour.com': capitalised words (or a domain) only
_SOURCE_TAG = regex.compile(
    r"(?:,| [-–—|]) (?P<tag>(?:The |the )?\p{Lu}[\p{L}\p{N}.&’'-]*(?: (?:of |and |& |on )?\p{Lu}[\p{L}\p{N}.&’'-]*)*)$")


def source_tag(text: str) -> tuple[str, str] | None:
    """(tag, what stands from the separator on) for a title ending in a short capitalised name after
    ', ', ' - ', ' – ' or ' | ' ('..., The Harbour Post', '... - Harbour News'); None otherwise."""
    match = _SOURCE_TAG.search(text)
    if match is None or len(match.group("tag").split()) > MAX_SOURCE_TAG_WORDS:
        return None
    return match.group("tag"), match.group(0)
