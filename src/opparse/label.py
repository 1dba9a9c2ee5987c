"""Labelling: the role of each line within one piece, from its kind and its neighbours.

Pure over the piece's own lines, so a piece read back from `opparse split` output gets the same
roles as in the whole dump. The order a piece follows: intro, headline, header (standfirst, date
lines, bylines, images, captions), body (with subheadings, images, captions, pull quotes),
closing (bio, print note, furniture).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from .cues.intro import intro_score
from .cues.shape import BULLETS
from .model import NO_HEADLINE, Features, Kind, Role
from .post_header import post_header_end
from .profile import Profile

HEADLINE_SEARCH_LINES = 7  # intro paragraphs, a date header and a kicker come first, never more
MAX_KICKER_WORDS = 3
MIN_STANDFIRST_TITLE_WORDS = 9  # a title-shaped line this long under a headline is a standfirst, not alt text
MIN_PULL_QUOTE_WORDS = 5
MAX_STANDFIRST_WORDS = 60
MAX_PROSE_AFTER_BIO = 1  # a bio footer may be followed by one stray line ('Thanks for reading!') and stay a bio
INTRO_IN_HEADER_SCORE = 3
MAX_PULL_QUOTE_WORDS = 40
PULL_QUOTE_REACH = 8  # a display quote repeats a clause from the paragraphs around it
_SENTENCE_END = regex.compile(r"[.!?…][”\"’)\]]*$")
_LAST_SENTENCE = regex.compile(r"^(?P<head>.*[.!?][”\"’)]*)\s+(?P<tail>[^.!?]+)$")
# an excerpt's link to the full text: 'Read More', '[Read more…]', 'Continue reading →'
_READ_MORE_TAIL = regex.compile(r"\s*\[?(?:Read more|Continue reading|Keep reading)\W{0,3}\]?\s*$", regex.I)
_LINK_ENDS = ("more", "More", "reading", "]", "→", "»", "…")
_QUOTES = (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"))

_RELATED_ITEMS = frozenset({Kind.TITLE, Kind.DATELINE, Kind.SLUG, Kind.CAPTION, Kind.CREDIT, Kind.BYLINE, Kind.NOISE})
_FIXED_ROLES = {
    Kind.DATELINE: Role.DATELINE,
    Kind.BYLINE: Role.BYLINE,
    Kind.CAPTION: Role.CAPTION,
    Kind.CREDIT: Role.CAPTION,
    Kind.SLUG: Role.IMAGE,
    Kind.PRINT_NOTE: Role.PRINT_NOTE,
    Kind.CLOSING: Role.FURNITURE,
    Kind.SITE: Role.FURNITURE,
    Kind.PREAMBLE: Role.FURNITURE,
    Kind.NOISE: Role.FURNITURE,
}


@dataclass(frozen=True, slots=True)
class Labelled:
    features: Features
    role: Role
    pull_quote: str | None = None  # a display quote glued to the end of this body paragraph

    @property
    def text(self) -> str:
        return self.features.line.text

    @property
    def number(self) -> int:
        return self.features.line.number

    @property
    def body_text(self) -> str:
        """A body paragraph without a pull quote or a 'Read more' link at its end."""
        text = self.text if self.pull_quote is None else self.text[: len(self.text) - len(self.pull_quote)].rstrip()
        if text.endswith(_LINK_ENDS):
            text = _READ_MORE_TAIL.sub("", text)
        return text


def find_headline(lines: list[Features]) -> int | None:
    """The headline among the piece's opening lines: the first title-shaped line, unless it is a
    blog post's title (post_header.py) over a note, and maybe where the op-ed first ran, with the
    op-ed's own headline below them."""
    first = _first_title(lines)
    end = post_header_end(lines, first) if first is not None else None
    if end is None:
        return first
    i, notes = end, 0
    while i < len(lines) and lines[i].kind in (Kind.PROSE, Kind.NOISE, Kind.CLOSING):
        notes += lines[i].kind is Kind.PROSE
        i += 1
    own = _first_title(lines, i) if notes else None  # the op-ed's own headline, past a topic kicker
    if own is not None and any(g.kind in (Kind.BYLINE, Kind.DATELINE) or g.name_only for g in lines[own + 1:own + 4]):
        return own
    return first


def _first_title(lines: list[Features], start: int = 0) -> int | None:
    """The first title-shaped line among the opening lines from `start`; a short column name right
    above a longer title ('Macroscope' over the headline) is a kicker, not the headline."""
    for i, f in enumerate(lines[start:start + HEADLINE_SEARCH_LINES], start):
        if f.kind is Kind.TITLE and not f.name_only:
            following = next((g for g in lines[i + 1:i + 3] if g.kind is not Kind.NOISE), None)
            if len(f.line.text.split()) <= MAX_KICKER_WORDS and following is not None and following.kind is Kind.TITLE \
                    and not following.name_only and len(following.line.text.split()) > MAX_KICKER_WORDS:
                continue
            return i
        if f.kind not in (Kind.PROSE, Kind.DATELINE, Kind.CLOSING, Kind.SLUG, Kind.NOISE):
            return None
    return None


def _above_headline(f: Features) -> Role:
    """A line over the headline: the blogger's note, a person's name alone (the author's line that
    some listings print over the headline), or what its kind always is."""
    if f.kind is Kind.PROSE:
        return Role.INTRO
    if f.kind is Kind.TITLE and f.name_only:
        return Role.BYLINE
    return _FIXED_ROLES.get(f.kind, Role.FURNITURE)


def label_piece(lines: list[Features], profile: Profile, head_line: int | None = None) -> list[Labelled]:
    """`head_line`: where the page's layout puts the headline; else the piece's own lines say."""
    headline = next((i for i, f in enumerate(lines) if f.line.number == head_line and f.kind in (Kind.TITLE, Kind.PROSE)),
                    None) if head_line is not None else None
    if headline is None and head_line != NO_HEADLINE:
        headline = find_headline(lines)
    roles: list[Role] = []
    if headline is not None:
        roles = [_above_headline(f) for f in lines[:headline]]
        roles.append(Role.HEADLINE)
    comments = next((i for i, f in enumerate(lines) if f.opens_comments), len(lines))
    last_prose = max((i for i, f in enumerate(lines[:comments]) if f.kind is Kind.PROSE), default=-1)
    prose_after = _prose_after(lines[:comments]) + [0] * (len(lines) - comments)
    quoted = _repeated_titles(lines)
    # a listing item's one paragraph is its teaser, and a teaser is the item's body
    only_paragraph = sum(f.kind is Kind.PROSE for f in lines[len(roles):comments]) == 1
    in_header = True
    standfirst_done = False
    in_related = False
    closed = False  # a bio footer has been seen: prose after it is furniture ('Thanks for reading!')
    for j in range(len(roles), len(lines)):
        f = lines[j]
        following = next((g for g in lines[j + 1:j + 4] if g.kind is not Kind.NOISE), None)
        in_related = f.opens_related or (in_related and f.kind in _RELATED_ITEMS)
        role = Role.FURNITURE if in_related or j >= comments or (closed and f.kind is Kind.PROSE) else _FIXED_ROLES.get(f.kind)
        if role is None:
            if f.kind is Kind.BIO:
                role = Role.BIO if in_header or prose_after[j] <= MAX_PROSE_AFTER_BIO else Role.BODY
            elif following is not None and following.kind is Kind.CREDIT and f.kind in (Kind.PROSE, Kind.TITLE):
                role = Role.CAPTION  # the credit stands on the next line
            elif f.kind is Kind.PROSE:
                if in_header and intro_score(f.line.text, profile) >= INTRO_IN_HEADER_SCORE:
                    role = Role.INTRO  # 'This ran in X on March 3; I restored a paragraph': a blurb under a post header
                elif in_header and not standfirst_done and not only_paragraph and (f.standfirst_names or _header_line(following, quoted, f)
                                                            or (following is not None and following.place_dateline)
                                                            or _unpunctuated_summary(f)):
                    role = Role.STANDFIRST
                else:
                    role, in_header = Role.BODY, False
            elif id(f) in quoted:
                role, in_header = Role.PULL_QUOTE, False
            else:  # TITLE
                role = _title_role(f, following, in_header, standfirst_done, j > last_prose, roles[-1] if roles else None)
                in_header = in_header and role is not Role.BODY
        standfirst_done = standfirst_done or role is Role.STANDFIRST
        closed = closed or (role is Role.BIO and not in_header)
        roles.append(role)
    return _find_pull_quotes([Labelled(f, r) for f, r in zip(lines, roles, strict=True)])


def _unpunctuated_summary(f: Features) -> bool:
    """Right under a headline, a paragraph that stops without a full stop is a standfirst."""
    return not _SENTENCE_END.search(f.line.text) and len(f.line.text.split()) <= MAX_STANDFIRST_WORDS


def _prose_after(lines: list[Features]) -> list[int]:
    """For each line, how many prose lines follow it before the next closing line ('---', share
    footers): prose past those is not the piece's body."""
    counts, seen = [0] * len(lines), 0
    for i in range(len(lines) - 1, -1, -1):
        counts[i] = seen
        if lines[i].kind in (Kind.CLOSING, Kind.SITE, Kind.PRINT_NOTE):
            seen = 0
        seen += lines[i].kind is Kind.PROSE
    return counts


def _header_line(f: Features | None, quoted: set[int], above: Features) -> bool:
    """A header line under `above`: a date line, byline, image or title on a line of its own (the
    date a crawler glued to an excerpt's end, 'Read MoreMay 3, 2011', is not under it)."""
    return (f is not None and f.kind in (Kind.DATELINE, Kind.BYLINE, Kind.SLUG, Kind.CAPTION, Kind.TITLE)
            and id(f) not in quoted and f.line.number != above.line.number)


def _title_role(f: Features, following: Features | None, in_header: bool, standfirst_done: bool, after_body: bool,
                previous: Role | None) -> Role:
    """A title-shaped line after the headline: a byline name, a standfirst without a full stop, an
    image label, a subheading, or a last unpunctuated body line."""
    if f.name_only and (in_header or (following is not None and following.kind is Kind.BYLINE)):
        return Role.BYLINE  # a name, under the headline or over its role line in an authors block
    if f.line.text[:1] in BULLETS:
        return Role.BODY  # an item of a bulleted list
    if in_header and not standfirst_done and (
            f.standfirst_names or f.two_sentences or len(f.line.text.split()) >= MIN_STANDFIRST_TITLE_WORDS):
        return Role.STANDFIRST
    if following is not None and following.kind is Kind.CAPTION:
        return Role.IMAGE
    if in_header and not f.two_sentences:
        return Role.IMAGE
    if after_body:  # nothing follows a subheading at the end: closing furniture, or a last unpunctuated line
        return Role.FURNITURE if previous in (Role.FURNITURE, Role.BIO, Role.PRINT_NOTE) else Role.BODY
    return Role.BODY if f.two_sentences else Role.SUBHEADING


def _fold(text: str) -> str:
    """Straight quotes, folded case, single spaces. str.replace per quote mark: str.translate with
    a mapping looks up every character in Python and costs ten times as much."""
    for curly, straight in _QUOTES:
        text = text.replace(curly, straight)
    return " ".join(text.casefold().split())


class _Neighbourhood:
    """The prose lines of a piece, to ask whether a fragment stands again near a given line: a
    display quote repeats a sentence or clause from the paragraphs around it. Looking only that far
    keeps the search linear in the piece; each line is folded once, when first asked about."""

    def __init__(self, lines: list[tuple[int, str]]):
        self.positions = [index for index, _ in lines]
        self.texts = [text for _, text in lines]
        self.folded: dict[int, str] = {}

    def repeated(self, fragment: str, own: int) -> bool:
        key = _fold(fragment).strip(".!?…\"'() ")
        if len(key.split()) < MIN_PULL_QUOTE_WORDS:
            return False
        at = bisect.bisect_left(self.positions, own)
        for k in range(max(0, at - PULL_QUOTE_REACH), min(len(self.texts), at + PULL_QUOTE_REACH + 1)):
            if self.positions[k] == own:
                continue
            if k not in self.folded:
                self.folded[k] = _fold(self.texts[k])
            if key in self.folded[k]:
                return True
        return False


def _repeated_titles(lines: list[Features]) -> set[int]:
    """Title-shaped lines whose words stand again in a prose line near them: display quotes."""
    candidates = [i for i, f in enumerate(lines)
                  if f.kind is Kind.TITLE and not f.name_only and len(f.line.text.split()) >= MIN_PULL_QUOTE_WORDS]
    if not candidates:
        return set()
    index = _Neighbourhood([(i, f.line.text) for i, f in enumerate(lines) if f.kind is Kind.PROSE])
    return {id(lines[i]) for i in candidates if index.repeated(lines[i].line.text, i)}


def _find_pull_quotes(labelled: list[Labelled]) -> list[Labelled]:
    """Display quotes: a short line, or an unpunctuated tail of a paragraph, whose words stand again
    in a body paragraph near it."""
    body = [(i, x.text) for i, x in enumerate(labelled) if x.role is Role.BODY and x.features.kind is Kind.PROSE]
    if len(body) < 2:
        return labelled
    index = _Neighbourhood(body)
    result = list(labelled)
    for i, x in enumerate(labelled):
        if x.role is Role.SUBHEADING and index.repeated(x.text, i):
            result[i] = Labelled(x.features, Role.PULL_QUOTE)
        elif x.role is Role.BODY and x.features.kind is not Kind.BIO and len(x.text.split()) <= MAX_PULL_QUOTE_WORDS \
                and index.repeated(x.text, i):
            result[i] = Labelled(x.features, Role.PULL_QUOTE)
        elif x.role is Role.BODY and not _SENTENCE_END.search(x.text):
            tail = _LAST_SENTENCE.match(x.text)
            if tail and index.repeated(tail.group("tail"), i):
                result[i] = Labelled(x.features, Role.BODY, pull_quote=tail.group("tail"))
    return result
