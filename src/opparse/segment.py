"""Segmenting: one pass over classified lines that decides where pieces begin.

A reader finds the start of a piece from a handful of cues, and so does this module: the
blogger's blurb followed by a headline; a headline after a bio, print note or share footer; a
headline followed by a date line, byline or naming standfirst; a date header over a headline.
Each boundary records the cue that decided it and whether that cue is strong, for `inspect` and
for the record's warnings. The pass looks only a few lines ahead, so pieces stream out as soon as
the next one begins and memory stays bounded by the largest piece.
"""
from __future__ import annotations

import enum
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .cues.furniture import KICKER_CUE, category, closing_outlet
from .cues.intro import intro_score, names_an_outlet
from .layout import NOISE, Layout, blank_lines_between, head_line, learn_from_window, looks_cut, mark_openings
from .model import Document, Features, Kind, Piece
from .post_header import post_header_end
from .profile import Profile

LOOKAHEAD = 8
HEADER_REACH = 4
TAG_RUN = 3  # topic tags under a piece, one per line, as Medium prints them
MAX_TAG_WORDS = 3
MAX_INTRO_PARAGRAPHS = 3
STANDFIRST_TITLE_WORDS = 15
RELATED_REACH = 9  # three linked posts of title, date and category
INTRO_THRESHOLD = 3
INTRO_THRESHOLD_IN_BODY = 4  # a blurb that interrupts body prose must be unmistakable
TRAILING_BLURB_SCORE = 2  # ... unless a dated headline right under it confirms it
MAX_TRAILING_BLURB_LINES = 2
MAX_TRAILING_BLURB_WORDS = 60
_CONTENT = frozenset({Kind.PROSE, Kind.DATELINE, Kind.BYLINE, Kind.CAPTION, Kind.SLUG, Kind.TITLE, Kind.BIO})
_LOOKS_AHEAD = frozenset({Kind.PROSE, Kind.TITLE, Kind.DATELINE, Kind.SITE})  # the kinds whose rules read `ahead`
_AFTER_CLOSING_LINES = "headline after the previous piece's closing lines"
_OPEN_AMID_COMMENTS = ("blurb", "headline over a date line", "date header")  # the cues strong enough inside comments
_ENDS_PIECE = frozenset({Kind.BIO, Kind.PRINT_NOTE, Kind.CLOSING})
_LISTED = frozenset({Kind.TITLE, Kind.DATELINE, Kind.SLUG, Kind.CAPTION, Kind.CREDIT, Kind.BYLINE})  # what a related list holds


class State(enum.Enum):
    OUTSIDE = "outside"  # before the first piece
    INTRO = "intro"
    HEAD = "head"  # after the headline, before the body proper
    BODY = "body"
    CLOSING = "closing"  # after a bio, print note or closing furniture
    TRAILER = "trailer"  # after site furniture


@dataclass(frozen=True, slots=True)
class Start:
    cue: str
    strong: bool


def _intro_ok(f: Features, state: State, profile: Profile) -> bool:
    """Scored only here, when a headline follows: most prose lines never need it."""
    threshold = INTRO_THRESHOLD_IN_BODY if state is State.BODY else INTRO_THRESHOLD
    return f.kind is Kind.PROSE and intro_score(f.line.text, profile) >= threshold


def _headline_candidate(f: Features) -> bool:
    return f.kind is Kind.TITLE and not f.name_only


def _headline_follows_intro(ahead: list[Features], more_paragraphs: int = MAX_INTRO_PARAGRAPHS - 1) -> bool:
    """After a blurb: at most `more_paragraphs` more blurb paragraphs, then a headline with content under it."""
    paragraphs = 0
    for i, f in enumerate(ahead):
        if _headline_candidate(f):
            return i + 1 < len(ahead) and ahead[i + 1].kind in _CONTENT
        if f.kind is Kind.SLUG or f.name_only:
            continue  # an image file label, or a kicker like 'Global Opinions', between the blurb and the headline
        if f.kind is not Kind.PROSE or paragraphs == more_paragraphs:
            return False
        paragraphs += 1
    return False


def _header_follows(ahead: list[Features], need_dated: bool) -> bool:
    """A date line or byline (or, unless need_dated, a naming standfirst) right under a title,
    with at most one standfirst paragraph between. A bare name or an author's role line counts
    only on the way to a date line: 'Related people' over a name and a role is no headline."""
    prose = 0
    for f in ahead[:HEADER_REACH]:
        if f.kind is Kind.DATELINE or (f.kind is Kind.BYLINE and not f.role_line):
            return True
        if f.name_only or f.role_line:
            continue
        if f.standfirst_names and not need_dated:
            return True
        if f.kind is Kind.TITLE and not _standfirst_shaped(f):
            return False
        if f.kind is Kind.PROSE or f.kind is Kind.TITLE:
            prose += 1
            if prose > 1:
                return False
        if f.kind in (Kind.SITE, Kind.PREAMBLE, Kind.CLOSING, Kind.BIO, Kind.PRINT_NOTE):
            return False
    return False


def _standfirst_shaped(f: Features) -> bool:
    """A title-shaped line that reads as a subtitle: two sentences, or long."""
    return f.two_sentences or len(f.line.text.split()) >= STANDFIRST_TITLE_WORDS


def _prose_follows(ahead: list[Features], needed: int) -> bool:
    """Content under a title: `needed` prose lines before any furniture."""
    count = 0
    for f in ahead[:6]:
        if f.kind in (Kind.SITE, Kind.PREAMBLE) or (f.kind is Kind.TITLE and count == 0 and needed > 1):
            return False
        if f.kind is Kind.PROSE:
            count += 1
            if count >= needed:
                return True
    return False


def _tags_over_dated_headline(f: Features, ahead: list[Features]) -> bool:
    """Topic tags closing the previous piece ('Maritime Security', 'Southeast Asia'), then a title
    with a date line or byline under it: that title is the headline, the tags are not."""
    for i, g in enumerate([f, *ahead[:TAG_RUN]]):
        if len(g.line.text.split()) > MAX_TAG_WORDS:
            return i > 0 and _headline_candidate(g) and _header_follows(ahead[i:], need_dated=True)
    return False


def _site_description(f: Features, state: State, ahead: list[Features], profile: Profile) -> bool:
    """Above the first piece, the page's description of itself: it says so ('newest first'), or
    it is a blurb-like line that names no outlet over a blurb that does ('Commentary I have
    published elsewhere')."""
    if state is not State.OUTSIDE:
        return False
    if profile.site_description.search(f.line.text):
        return True
    return (bool(ahead) and ahead[0].kind is Kind.PROSE
            and not names_an_outlet(f.line.text, profile) and names_an_outlet(ahead[0].line.text, profile)
            and _intro_ok(ahead[0], state, profile))


def start_cue(f: Features, state: State, ahead: list[Features], profile: Profile) -> Start | None:
    """The cue that opens a new piece at this line, or None. Rules in order of strength."""
    if state is not State.INTRO and state is not State.HEAD and f.kind is Kind.PROSE and _headline_follows_intro(ahead):
        if _intro_ok(f, state, profile) and not _site_description(f, state, ahead, profile):
            return Start("blurb before a headline", True)
        if state is State.CLOSING and _headline_follows_intro(ahead, more_paragraphs=1):
            return Start("paragraph between a piece's closing lines and a headline", True)
    if _headline_candidate(f) and state not in (State.INTRO, State.HEAD):
        if ahead and ahead[0].kind is Kind.TITLE and _printed_again(f.line.text, ahead[0].line.text):
            again = start_cue(ahead[0], state, ahead[1:], profile)
            if again is not None:  # 'Headline – Jane Roe' over 'Headline': the piece opens at the first print
                return Start(f"headline printed twice, {again.cue}", again.strong)
        if _header_follows(ahead, need_dated=state is State.BODY):
            return Start("headline over a date line, byline or naming standfirst", True)
        if state in (State.BODY, State.CLOSING) and post_header_end([f, *ahead]) is not None:
            return Start("a blog post's title, subtitle, name and date", True)  # above the first piece it may be the page's title
        blurb_next = bool(ahead) and _headline_follows_intro(ahead[1:]) and _intro_ok(ahead[0], state, profile)
        if state is State.CLOSING and not blurb_next and ahead and ahead[0].kind in _CONTENT and _prose_follows(ahead, 1) \
                and not _tags_over_dated_headline(f, ahead):
            return Start(_AFTER_CLOSING_LINES, True)
        if state in (State.OUTSIDE, State.TRAILER) and not blurb_next and _prose_follows(ahead, 2):
            return Start("headline over prose", False)
    if f.kind is Kind.DATELINE and state in (State.CLOSING, State.OUTSIDE, State.TRAILER) and ahead:
        after = start_cue(ahead[0], State.CLOSING, ahead[1:], profile)
        if after is not None:
            return Start(f"date header over a {after.cue.split(' ')[0]}", after.strong)
    return None


def _printed_again(first: str, second: str) -> bool:
    """Is `second` the headline `first` printed again, maybe without the author or outlet the first
    print carries after a dash or bar ('Headline – Jane Roe' over 'Headline')?"""
    return first == second or (first.startswith(second) and first[len(second):].lstrip()[:1] in "–—-|")


def _next_state(state: State, f: Features, prose_seen: int, ahead: list[Features]) -> State:
    kind = f.kind
    if kind is Kind.SITE and state is not State.INTRO:
        if state in (State.BODY, State.HEAD) and ahead and ahead[0].kind is Kind.PROSE:
            return state  # a lone 'Contact' or 'Next' inside a piece does not end it
        return State.TRAILER
    if state is State.TRAILER:
        return state
    if state is State.INTRO:
        return State.HEAD if kind is Kind.TITLE else State.INTRO
    if kind in _ENDS_PIECE or (kind is Kind.PROSE and f.ends_excerpt):
        if state is State.HEAD and kind is not Kind.PROSE:
            return State.HEAD  # a bio or a 'Published in X' line under the headline: the piece has not begun
        return State.CLOSING
    if kind is Kind.PROSE:
        if state is State.HEAD and prose_seen == 1 and not (ahead and ahead[0].kind is Kind.PROSE):
            return State.HEAD  # the standfirst: the header goes on
        return State.BODY
    if state is State.CLOSING and kind is Kind.TITLE:
        return State.CLOSING
    return state


def _trailing_blurb(lines: list[Features], profile: Profile) -> list[Features]:
    """Remove and return a short blurb left at the end of the previous piece's body, above a
    headline that its header proved: 'Something on the Mekong I have been meaning to write.'"""
    keep = len(lines)
    while (keep > 1 and len(lines) - keep < MAX_TRAILING_BLURB_LINES and lines[keep - 1].kind is Kind.PROSE
           and len(lines[keep - 1].line.text.split()) <= MAX_TRAILING_BLURB_WORDS
           and intro_score(lines[keep - 1].line.text, profile) >= TRAILING_BLURB_SCORE):
        keep -= 1
    moved = lines[keep:]
    del lines[keep:]
    return moved


def _kickers(lines: list[Features]) -> list[Features]:
    """Remove and return the end of a piece from its first section label on, if only noise follows
    that label (never all of the piece): 'Argument:' and the tagline under it open the next
    piece, while a share bar or counts ('Share', '212 Likes') close this one."""
    start = len(lines)
    while start > 1 and lines[start - 1].kind is Kind.NOISE:
        start -= 1
    keep = next((i for i in range(start, len(lines)) if lines[i].cues == (KICKER_CUE,)), len(lines))
    moved = lines[keep:]
    del lines[keep:]
    return moved


class _Segmenter:
    """The pass's state: the piece being built, lines held outside pieces, and lines held after a
    piece's closing lines until what follows shows where they belong."""

    def __init__(self, document: Document, profile: Profile):
        self.document, self.profile = document, profile
        self.state = State.OUTSIDE
        self.current: list[Features] = []
        self.opened: Start | None = None
        self.index = 0
        self.prose_seen = 0
        self.outside: list[Features] = []  # until a piece starts: preamble, or the one piece of a dump without cues
        self.pending: list[Features] = []  # titles after a closing block: a 'Related' list, or site widgets
        self.related_left = 0  # lines still to come of a 'Related' list, which open no piece
        # the pending lines are comments, or lines under a closing rule: only a new piece or site furniture settles them
        self.held_block = False
        self.after_piece: list[Features] = []  # site furniture after a piece: the trailer, unless another piece follows

    def feed(self, f: Features, ahead: list[Features]) -> Piece | None:
        """Take one line; return the previous piece when this line opens the next one."""
        if f.kind is Kind.NOISE:  # stays where it stands, decides nothing
            self._hold(f)
            return None
        if self.related_left and f.kind in _LISTED:
            self.related_left -= 1
            self._hold(f)
            return None
        self.related_left = RELATED_REACH if f.opens_related else 0
        start = start_cue(f, self.state, ahead, self.profile) if f.line.joined is None else None
        if start is not None and self.held_block and not start.cue.startswith(_OPEN_AMID_COMMENTS):
            start = None  # a commenter's name over their comment is not a headline over prose
        if start is not None and self._only_a_post_header(start):
            start = None  # the op-ed's headline under a blog post's title, date and note: the same piece
            self.state, self.prose_seen = State.HEAD, 0
            self.current.append(f)
            return None
        if start is not None:
            return self._open(f, start)
        if self.state is State.OUTSIDE:
            self.outside.append(f)
            if f.kind is Kind.PREAMBLE and self.document.category is None:
                self.document.category = category(f.line.text, self.profile)
            return None
        if not self.pending and (f.opens_comments or (f.closes_piece and self.state is State.CLOSING)):
            self.pending, self.held_block = [f], True  # comments, or whatever follows a rule under a closed piece
            return None
        if self.pending or (self.state is State.CLOSING and f.kind is Kind.TITLE):
            self._settle_pending(f)
            return None
        self.state = _next_state(self.state, f, self.prose_seen + (f.kind is Kind.PROSE), ahead)
        self.prose_seen += f.kind is Kind.PROSE
        (self.after_piece if self.state is State.TRAILER else self.current).append(f)
        return None

    def finish(self) -> Piece | None:
        self.document.add_trailer(p.line for p in self.after_piece + self.pending)
        if self.current:
            return Piece(self.index + 1, self.current, self.opened.cue, self.opened.strong)
        if any(o.kind is Kind.PROSE for o in self.outside):
            return Piece(1, self.outside, "no boundary found: the whole dump as one piece", False)
        self.document.add_preamble(o.line for o in self.outside)
        return None

    def _only_a_post_header(self, start: Start) -> bool:
        """The piece so far is a blog post's header (post_header.py) over a short note, with no
        body: a headline with a header under it is the reposted op-ed's own, in the same piece.
        The note may end with where the op-ed first ran ('Originally published in X on DATE');
        then the headline under it has no date line of its own, or it would be the next post's."""
        if not self.current or self.pending:
            return False
        end = post_header_end(self.current)
        if end is None:
            return False
        note = [f for f in self.current[end:] if f.kind is not Kind.NOISE]
        ran_in = 0
        while ran_in < len(note) and note[-1 - ran_in].kind is Kind.CLOSING \
                and closing_outlet(note[-1 - ran_in].line.text, self.profile):
            ran_in += 1
        if ran_in:
            if start.cue != _AFTER_CLOSING_LINES:
                return False
        elif not start.cue.startswith("headline over") or self.state is State.CLOSING:
            return False  # after an excerpt's 'Continue reading' the next entry is its own piece
        paragraphs = note[: len(note) - ran_in]
        return 0 < len(paragraphs) <= MAX_INTRO_PARAGRAPHS and all(f.kind is Kind.PROSE for f in paragraphs)

    def _hold(self, f: Features) -> None:
        if self.state is State.OUTSIDE:
            self.outside.append(f)
        elif self.state is State.TRAILER:
            self.after_piece.append(f)
        elif self.pending:
            self.pending.append(f)
        else:
            self.current.append(f)

    def _settle_pending(self, f: Features) -> None:
        """Site furniture sends the held lines to the trailer; prose shows they were the piece's own."""
        if f.kind is Kind.SITE:
            self.after_piece.extend(self.pending + [f])
            self.pending, self.state, self.held_block = [], State.TRAILER, False
        elif f.kind is Kind.PROSE and not self.held_block:
            self.current.extend(self.pending + [f])
            self.pending, self.state = [], State.BODY
        else:
            self.pending.append(f)

    def _open(self, f: Features, start: Start) -> Piece | None:
        finished = None
        # a 'Related' block, comments or a sidebar between two pieces belong to the one above; what
        # stands between a rule under the piece above and this headline opens this piece, unless it
        # closes something itself (a newsletter's reading list and sign-off under its rule)
        after_rule = self.pending[1:] if self.pending and self.pending[0].closes_piece else []
        if any(g.kind in _ENDS_PIECE or g.kind is Kind.SITE for g in after_rule):
            after_rule = []
        self.current.extend(self.after_piece + self.pending[: len(self.pending) - len(after_rule)])
        self.after_piece, self.pending, self.held_block = [], [], False
        kicker = after_rule or _kickers(self.current or self.outside)  # 'Argument:', 'Guest Essay' above a headline
        if start.cue.startswith("headline") and self.state is State.BODY:
            kicker = _trailing_blurb(self.current, self.profile) + kicker
        if self.current:
            self.index += 1
            finished = Piece(self.index, self.current, self.opened.cue, self.opened.strong)
        elif self.outside:
            self.document.add_preamble(o.line for o in self.outside)
            self.outside = []
        self.current, self.opened, self.prose_seen = kicker + [f], start, 0
        self.state = State.HEAD if f.kind is Kind.TITLE else State.INTRO
        return finished


def segment(features: Iterable[Features], document: Document, profile: Profile) -> Iterator[Piece]:
    """Yield pieces in order; lines outside any piece go to document.preamble / document.trailer.
    A page that repeats one layout (layout.py) is cut where its unit opens; any other page by the
    local cues of `_Segmenter`."""
    layout, lines = learn_from_window(features)
    if layout is not None:
        document.layout = f"{layout.description} ({layout.evidence})"
        document.sources_are_outlets = layout.sources_are_outlets
        document.tagged_headlines = layout.tagged_headlines
        yield from _by_layout(mark_openings(layout, lines), layout, document)
    else:
        yield from _by_cues(lines, document, profile)


def _by_layout(marked: Iterable[tuple[Features, str, bool]], layout: Layout, document: Document) -> Iterator[Piece]:
    """Each marked line opens a piece; lines above the first mark are the preamble. Site furniture
    after a piece (pagination, footer) is held: it stays with that piece if another item follows,
    and is the trailer if none does, as is a last item the crawler cut off (`cut_short`)."""
    current: list[Features] = []
    symbols: list[str] = []  # the current piece's lines' symbols, as the applier gave them
    held: list[Features] = []
    index = 0
    for f, s, opens in marked:
        if opens and current:
            index += 1
            yield Piece(index, current + held, layout.description, True, head_line(current, symbols, layout))
            current, symbols, held = [], [], []
        if not current and not opens:
            document.add_preamble([f.line])
        elif held or (not opens and (f.kind in (Kind.SITE, Kind.PREAMBLE) or _set_apart(current, f, layout))):
            held.append(f)
        else:
            current.append(f)
            symbols.append(s)
    document.add_trailer(f.line for f in held)
    if current and cut_short(current, layout, symbols):
        document.add_trailer(f.line for f in current)
    elif current:
        yield Piece(index + 1, current, layout.description, True, head_line(current, symbols, layout))


def _set_apart(current: list[Features], f: Features, layout: Layout) -> bool:
    """Furniture set apart from the item above by more blank lines than the page puts inside
    items, as far as it puts items apart or further ('Subscribe to Commentary' three lines under
    the last item): the page's footer."""
    if f.kind not in (Kind.CLOSING, Kind.NOISE) or not current or layout.inner_gap is None:
        return False
    gap = blank_lines_between(current[-1], f)
    return gap > layout.inner_gap + 1 or (layout.item_gap is not None and gap >= layout.item_gap > layout.inner_gap)


def cut_short(lines: list[Features], layout: Layout | None = None, symbols: list[str] | None = None) -> bool:
    """The last item of a dump that breaks off inside it (a crawler's cut): its text stops
    mid-sentence, or before the parts its page's unit gives every item (`symbols`: its lines')."""
    last = lines[-1]
    if last.kind in (Kind.PROSE, Kind.TITLE) and looks_cut(last) and (layout is not None or last.kind is Kind.PROSE):
        return True
    if layout is None or symbols is None:
        return False
    shown = [s for s in symbols if s != NOISE]
    return not set(layout.unit) <= set(shown) and len(shown) < len(layout.unit)


def _by_cues(features: Iterable[Features], document: Document, profile: Profile) -> Iterator[Piece]:
    window: deque[Features] = deque()  # the lines after the current one ...
    ahead: deque[Features] = deque()  # ... and those of them that are not noise: LOOKAHEAD lines
    source = iter(features)
    segmenter = _Segmenter(document, profile)

    def refill() -> None:
        while len(ahead) < LOOKAHEAD:
            f = next(source, None)
            if f is None:
                return
            window.append(f)
            if f.kind is not Kind.NOISE:
                ahead.append(f)

    refill()
    while window:
        f = window.popleft()
        if f.kind is not Kind.NOISE:
            ahead.popleft()
        refill()
        finished = segmenter.feed(f, list(ahead) if f.kind in _LOOKS_AHEAD else [])
        if finished is not None:
            yield finished
    last = segmenter.finish()
    if last is not None and last.index > 1 and cut_short(last.lines):
        document.add_trailer(f.line for f in last.lines)
    elif last is not None:
        yield last
