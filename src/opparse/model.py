"""Plain data passed between the pipeline stages: read -> classify -> segment -> label -> extract -> export."""
from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank input line: its 1-based number in the file as given, and its normalised text.
    In a hard-wrapped dump a Line is a whole paragraph, from `number` through `through`."""

    number: int
    text: str
    through: int = 0
    joined: str | None = None  # a part of a line the crawler glued (glue.py): what stood before it on that line

    @property
    def last(self) -> int:
        return self.through or self.number


class Kind(enum.Enum):
    """What a line looks like on its own, before its neighbours are considered."""

    PROSE = "prose"
    TITLE = "title"  # short, no closing full stop: a headline, subheading, image label or byline name
    SLUG = "slug"  # an image file name or alt-text slug: chinaus-hadr, IMG_0042.jpg
    DATELINE = "dateline"
    BYLINE = "byline"
    CAPTION = "caption"
    CREDIT = "credit"  # a credit alone on its line, under its caption: 'Credit...Jane Roe for The Daily Planet'
    BIO = "bio"
    PRINT_NOTE = "print_note"
    CLOSING = "closing"  # furniture that closes a piece: copyright, disclaimer, share and comment lines
    SITE = "site"  # site furniture: pagination, widgets, footer
    PREAMBLE = "preamble"  # archive titles and navigation
    NOISE = "noise"  # page furniture that neither opens nor closes anything: 'Advertisement', 'Reading time: 3 min'


class Role(enum.Enum):
    """What a line is within its piece, once its neighbours are considered."""

    PREAMBLE = "preamble"
    TRAILER = "trailer"
    INTRO = "intro"
    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    IMAGE = "image"
    CAPTION = "caption"
    DATELINE = "dateline"
    BYLINE = "byline"
    BODY = "body"
    SUBHEADING = "subheading"
    PULL_QUOTE = "pull_quote"
    BIO = "bio"
    PRINT_NOTE = "print_note"
    FURNITURE = "furniture"


@dataclass(frozen=True, slots=True)
class DateLine:
    """A line that dates the piece: PUBLISHED/UPDATED lines, bare date lines, 'Outlet, 11 Apr 2014'."""

    kind: str  # "published" or "updated"
    value: str  # ISO 8601
    outlet: str | None = None
    author: str | None = None  # "Posted on June 5, 2019 by Jane Roe"
    updated: str | None = None  # a published line that also gives the update: 'June 8, 2021 | Updated on June 9, 2021'
    bare: bool = False  # the line is only a date ('16 July 2024', 'October 2004')
    source: str | None = None  # what stands before the date, outlet-like or not: 'Kestrel' in 'Kestrel. October 7, 2015.'


@dataclass(slots=True, eq=False)
class Features:
    """A line with the cues that fired on it (see cues/): the unit the segmenter and labeller read.
    Never changed after `classify` makes it; not frozen only because a frozen dataclass costs
    three times as much to build, once per input line."""

    line: Line
    kind: Kind
    standfirst_names: tuple[str, ...] = ()  # "X and Y argue ..." -> (X, Y)
    name_only: bool = False  # a TITLE line that is just a person's name
    role_line: bool = False  # a BYLINE that gives an author's job, not their name: 'Director, Energy Policy at X'
    ends_excerpt: bool = False  # "... Continue reading": a listing entry ends here
    two_sentences: bool = False  # a TITLE line holding two sentences: a headline or unpunctuated prose, never a subheading
    place_dateline: bool = False  # prose opening 'BRUSSELS – ...': the first paragraph of a body
    opens_related: bool = False  # 'Related', 'You may also like': the titles under it link to other posts
    opens_comments: bool = False  # '2 thoughts on “...”': readers' comments follow
    closes_piece: bool = False  # a rule or ornament line ('* * *', '=====') that separates posts
    citation: bool = False  # a whole op-ed on one line: '“Title,” Outlet, 14 February 2025.' (cues/citation.py)
    dateline: DateLine | None = None
    cues: tuple[str, ...] = ()  # names of the cues that decided `kind`, for `inspect`


NO_HEADLINE = 0  # a Piece's head_line when the page's layout says its items have no headline


@dataclass(slots=True)
class Piece:
    """A run of lines that the segmenter decided form one op-ed, with the cue that opened it."""

    index: int
    lines: list[Features]
    start_cue: str
    strong: bool = True
    head_line: int | None = None  # the headline's line as the page's layout places it (layout.py), when it does;
    # NO_HEADLINE: the page's items have none, and a title-shaped label in one is not its headline

    @property
    def start_line(self) -> int:
        return self.lines[0].line.number

    @property
    def end_line(self) -> int:
        return self.lines[-1].line.last


@dataclass(slots=True)
class Document:
    """What the segmenter knows about the whole dump besides its pieces. The lines outside pieces
    are kept only when asked (`inspect`, tests): a gigabyte crawl would otherwise pile them up."""

    source: str
    category: str | None = None  # archive or category title from the preamble
    wrapped: bool = False  # the dump's paragraphs were hard-wrapped and have been joined
    layout: str | None = None  # the unit the page repeats, when one was found (layout.py)
    date_order: str | None = None  # how the page's numeric dates read, and the date that shows it (page.py)
    dayfirst: bool | None = None  # that order, when the page settled it
    sources_are_outlets: bool = False  # the page's date lines name outlets ('Newsweek. May 15, 2015.'): so do all of them
    tagged_headlines: bool = False  # the page's headlines end in their outlet ('Headline, The Harbour Post'): so do all of them
    preamble: list[Line] = field(default_factory=list)
    trailer: list[Line] = field(default_factory=list)
    keep_outside: bool = True

    def add_preamble(self, lines: Iterable[Line]) -> None:
        if self.keep_outside:
            self.preamble.extend(lines)

    def add_trailer(self, lines: Iterable[Line]) -> None:
        if self.keep_outside:
            self.trailer.extend(lines)


@dataclass(slots=True)
class Author:
    name: str
    role: str | None = None
    organisation: str | None = None
    bio: str | None = None


@dataclass(slots=True)
class Caption:
    text: str
    credit: str | None
    line: int


@dataclass(slots=True)
class DateMention:
    text: str
    value: str | None
    line: int


@dataclass(slots=True)
class Record:
    """One output record, keys and meanings as in CONTRACT.md (plus `warnings`)."""

    source: str
    index: int
    span: dict
    intro: str | None
    headline: str | None
    standfirst: str | None
    outlet: str | None
    published: str | None
    updated: str | None
    authors: list[Author]
    captions: list[Caption]
    images: list[str]
    subheadings: list[str]
    pull_quotes: list[str]
    print_headline: str | None
    dates: list[DateMention]
    body: str
    word_count: int
    warnings: list[str]
