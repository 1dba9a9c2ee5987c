"""Page layout: the unit a page repeats, learnt once from the page and applied to every line.

A listing, roundup or repost page prints one layout per item (headline, outlet and date, excerpt;
or bullet, headline, teaser), and a reader finds the items by seeing that repetition before any
single cue. This pass does the same on the sequence of classified lines, as record detection does
on a tag tree (MDR, DEPTA): each line becomes a coarse symbol (`symbol`), runs of prose fold into
one, and the unit is the chunk between consecutive occurrences of one symbol that recurs most
consistently (`learn`). Its head (`_head`) is where a reader would start an item: the headline,
with the labels right above it (bullets, date headers, image labels), never a date or outlet line
that cites the headline above it.

The unit is learnt from a bounded window (the first WINDOW_LINES lines) and then applied line by
line with two lines of look-ahead (`mark_openings`), so a gigabyte dump streams with flat memory.
It is trusted only when it repeats often, fits most of the window and its items are short (a
listing or teaser page); full-text archives, whose paragraphs and subheadings repeat small
patterns inside one piece, are left to the local cues of segment.py.
"""
from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .dateparse import parse_full_date, parse_month_year
from .model import Features, Kind

WINDOW_LINES = 2000
MIN_UNITS = 3  # complete units needed before a page counts as repeating one layout
MIN_CONSISTENCY = 0.6  # share of units that repeat the commonest unit exactly (near fits count half)
MIN_CONSISTENCY_ONE_LINE = 0.85  # a unit of one line (a row, an excerpt) must fit nearly every item
MIN_COVERAGE = 0.6  # share of the window's lines inside the repeated units
MAX_PROSE_LINES_PER_UNIT = 3.0  # more, and the page holds full texts: local cues decide
BULLETS = frozenset("-–—•·*■►▪»>")

# The symbols, one per line; a run of prose lines is one 'P' (or 'E' when it ends an excerpt).
TITLE, PROSE, EXCERPT, META_DATE, BARE_DATE, LABEL, BYLINE, BIO, CLOSING, NOISE, SITE = "TPEDALBOFNS"
# symbols that stand above a headline and open the item below; a bare date does so only there
# (a date header), and under a headline it dates the item like any date line
LABELS = frozenset({LABEL, BARE_DATE})
_DATES = frozenset({META_DATE, BARE_DATE})
ITEM_SYMBOLS = frozenset({TITLE, EXCERPT})  # an item has a headline or a teaser
_NAMES = {
    TITLE: "title", PROSE: "prose", EXCERPT: "excerpt", META_DATE: "outlet and date", BARE_DATE: "date", LABEL: "label",
    BYLINE: "byline", BIO: "bio", CLOSING: "closing line", NOISE: "noise", SITE: "site furniture",
}
_KIND_SYMBOLS = {
    Kind.TITLE: TITLE, Kind.PROSE: PROSE, Kind.BYLINE: BYLINE, Kind.CAPTION: LABEL, Kind.CREDIT: LABEL,
    Kind.SLUG: LABEL, Kind.BIO: BIO, Kind.PRINT_NOTE: CLOSING, Kind.CLOSING: CLOSING, Kind.NOISE: NOISE,
    Kind.SITE: SITE, Kind.PREAMBLE: SITE,
}


def symbol(f: Features) -> str:
    """The coarse shape of one line, as the layout sees it."""
    if f.kind is Kind.DATELINE:
        return BARE_DATE if is_bare_date(f) else META_DATE
    if f.line.text in BULLETS:
        return LABEL
    if f.kind is Kind.TITLE and f.name_only:
        return BYLINE
    if f.kind is Kind.PROSE and f.ends_excerpt:
        return EXCERPT
    return _KIND_SYMBOLS[f.kind]


def is_bare_date(f: Features) -> bool:
    """A date line that is only a date ('16 July 2024', '15 Jan2021') on a line of its own: a header
    over the item below, where 'Outlet. May 2, 2015.', 'Published on : ...' or a date glued after
    a headline cites the headline above it."""
    text = f.line.text
    return f.line.joined is None and bool(parse_full_date(text) or parse_month_year(text))


@dataclass(frozen=True, slots=True)
class Layout:
    """The unit a page repeats, with the evidence for it, for `inspect --why`."""

    unit: tuple[str, ...]  # symbols of one item, from its head
    units: int  # complete units counted in the window
    consistency: float
    coverage: float

    @property
    def description(self) -> str:
        return "repeated layout: " + ", ".join(_NAMES[s] for s in self.unit)

    def opens(self, here: str, following: str | None, after: str | None) -> bool:
        """Does an item open at a line of symbol `here`, followed by `following` then `after`?
        The line after the head must be the unit's next symbol (a label may stand between)."""
        here, following, after = (PROSE if s == EXCERPT else s for s in (here, following, after))
        if here == PROSE and self.unit[0] == TITLE and len(self.unit) >= 3 and self.unit[1] in _DATES | LABELS:
            # a headline that ends like a sentence ('Lesbos: “No matter how hard you swim.”') stands
            # where the page's headlines stand: right above the parts that follow every headline
            return (following, after) == self.unit[1:3]
        if here != self.unit[0]:
            return False
        if len(self.unit) == 1:
            return True
        nxt = self.unit[1]
        if nxt in LABELS and len(self.unit) > 2 and following == self.unit[2]:
            return True  # an item without the label the others have under their headline
        if nxt in _DATES and following in _DATES:
            return True  # 'May 20, 2019' under one headline, 'Posted on 9 May 2019 by X' under the next
        return following == nxt or (following in LABELS and after == nxt and nxt not in LABELS)


@dataclass(frozen=True, slots=True)
class _Token:
    symbol: str
    first: int  # index of its first line in the window
    line: int  # its first line's number


def _tokens(symbols: list[str], numbers: list[int]) -> list[_Token]:
    """Fold runs of prose into one token: an excerpt of one or three paragraphs is the same part."""
    tokens: list[_Token] = []
    for i, s in enumerate(symbols):
        if s in (PROSE, EXCERPT) and tokens and tokens[-1].symbol == PROSE:
            if s == EXCERPT:
                tokens[-1] = _Token(EXCERPT, tokens[-1].first, tokens[-1].line)
            continue
        tokens.append(_Token(s, i, numbers[i]))
    return tokens


def learn(features: list[Features]) -> Layout | None:
    """The unit the window repeats, or None when no unit repeats well enough to trust."""
    symbols = [symbol(f) for f in features]
    tokens = _tokens(symbols, [f.line.number for f in features])
    seq = [t.symbol for t in tokens]
    best: tuple[float, tuple[str, ...], int, float] | None = None
    for anchor in set(seq) - {PROSE, NOISE, SITE}:
        positions = [i for i, s in enumerate(seq) if s == anchor]
        if len(positions) < MIN_UNITS + 1:
            continue
        chunks = [_signature(seq[a:b]) for a, b in zip(positions, positions[1:])]
        modal, count = Counter(chunks).most_common(1)[0]
        if chunks[0] != modal and len(chunks) > MIN_UNITS:
            chunks = chunks[1:]  # the page's own title over its first item is no item
        if not ITEM_SYMBOLS & ({anchor} | set(modal)):
            continue  # share bars and tag lists repeat too, but an item has a headline or a teaser
        near = sum(1 for c in chunks if c != modal and _near(c, modal))
        consistency = (count + near / 2) / len(chunks)
        score = consistency * len(chunks)
        if consistency >= (MIN_CONSISTENCY if len(modal) > 1 else MIN_CONSISTENCY_ONE_LINE) and (best is None or (score, -len(modal)) > (best[0], -len(best[1]))):
            best = (score, modal, len(chunks), consistency)
    if best is None:
        return None
    _, modal, units, consistency = best
    unit = _rotate(modal)
    prose_lines = sum(1 for s in symbols if s in (PROSE, EXCERPT))
    if prose_lines / (units + 1) > MAX_PROSE_LINES_PER_UNIT:
        return None
    layout = Layout(unit, units, round(consistency, 2), 0.0)
    opened = [i for i, (_, opens) in enumerate(_marks(layout, iter(features))) if opens]
    if not opened:
        return None
    coverage = (len(symbols) - opened[0]) / len(symbols)
    if coverage < MIN_COVERAGE or len(opened) < MIN_UNITS:
        return None
    return Layout(unit, units, layout.consistency, round(coverage, 2))


def _signature(symbols: list[str]) -> tuple[str, ...]:
    """A chunk as units are compared: labels at its end belong to the next item (an image over the
    next headline), and an excerpt is prose (one teaser ends in '...', the next not)."""
    end = len(symbols)
    while end > 1 and symbols[end - 1] in LABELS:
        end -= 1
    return tuple(PROSE if s == EXCERPT else s for s in symbols[:end])


def _near(chunk: tuple[str, ...], modal: tuple[str, ...]) -> bool:
    """One symbol more or less than the modal unit (an item with an optional part), or a short note
    taken for a title where the others are prose (or the other way round)."""
    if len(chunk) == len(modal):
        diff = [(a, b) for a, b in zip(chunk, modal) if a != b]
        return len(diff) == 1 and set(diff[0]) <= {TITLE, PROSE, EXCERPT}
    if abs(len(chunk) - len(modal)) != 1:
        return False
    short, long_ = sorted((chunk, modal), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _rotate(modal: tuple[str, ...]) -> tuple[str, ...]:
    """Start the cycle where a reader starts an item: at a headline that follows the previous
    item's content, or the labels right above it; without a headline, at the anchor itself."""
    n = len(modal)
    titles = [j for j in range(n) if modal[j] == TITLE and (n == 1 or modal[j - 1] != TITLE)]
    if not titles:
        return modal
    head = max(titles, key=lambda j: (modal[j - 1] not in LABELS and modal[j - 1] != TITLE, -j))
    start = head
    while n > 1 and modal[start - 1] in LABELS and (start - 1) % n != head:
        start -= 1
    start %= n
    return modal[start:] + modal[:start]


def _next_symbols(symbols: list[str], i: int) -> tuple[str | None, str | None]:
    """The two symbols after line i, noise skipped and a prose run taken as one."""
    out: list[str] = []
    j = i + 1
    while j < len(symbols) and len(out) < 2:
        s = symbols[j]
        if s != NOISE and not (out and out[-1] in (PROSE, EXCERPT) and s in (PROSE, EXCERPT)):
            out.append(s)
        elif out and out[-1] == PROSE and s == EXCERPT:
            out[-1] = EXCERPT
        j += 1
    out += [None] * (2 - len(out))
    return out[0], out[1]


LOOKAHEAD_LINES = 16  # enough to see past a teaser of several paragraphs to the symbol after it
HOLD_LINES = 8  # lines held back so that labels above a head can still be marked as its opening


def mark_openings(features: Iterable[Features]) -> tuple[Layout | None, Iterator[tuple[Features, bool]]]:
    """Learn the page's layout from its first WINDOW_LINES lines, then yield every line with
    whether an item opens at it; without a trusted layout every verdict is False."""
    source = iter(features)
    window: list[Features] = []
    for f in source:
        window.append(f)
        if len(window) >= WINDOW_LINES:
            break
    layout = learn(window)
    lines = _chain(window, source)
    if layout is None:
        return None, ((f, False) for f in lines)
    return layout, _marks(layout, lines)


def _marks(layout: Layout, lines: Iterator[Features]) -> Iterator[tuple[Features, bool]]:
    """Apply a known unit with a bounded look-ahead and a bounded hold-back."""
    look: deque[tuple[Features, str]] = deque()
    held: deque[list] = deque()  # [features, symbol, opens]
    for f in lines:
        look.append((f, symbol(f)))
        if len(look) > LOOKAHEAD_LINES:
            yield from _settle(layout, look, held)
    while look:
        yield from _settle(layout, look, held)
    while held:
        g, _, opens = held.popleft()
        yield g, opens


def _settle(layout: Layout, look: deque, held: deque) -> Iterator[tuple[Features, bool]]:
    f, s = look.popleft()
    following = _next_symbols([s, *(t for _, t in look)], 0)
    opens = s != NOISE and layout.opens(s, *following)
    if opens:  # labels right above the head (a bullet glued before it, a line of their own) open the item with it
        k = len(held)
        while k > 0 and _labels_above(held, k) and not held[k - 1][2] and (
                held[k - 1][0].line.number == f.line.number
                or k == 1 or held[k - 2][0].line.number != held[k - 1][0].line.number):
            k -= 1
        if k < len(held) and held[k][0].line.joined is None:
            held[k][2], opens = True, False
        elif f.line.joined is not None:
            opens = False  # a line's second part never opens an item apart from its first
    held.append([f, s, opens])
    while len(held) > HOLD_LINES:
        g, _, verdict = held.popleft()
        yield g, verdict


def _labels_above(held: deque, k: int) -> bool:
    """Is the held line k-1 a label (or a caption's text over its credit line, itself a label)?"""
    if held[k - 1][1] in LABELS:
        return True
    return k < len(held) and held[k - 1][1] == PROSE and held[k][0].kind is Kind.CREDIT


def _chain(window: list[Features], rest: Iterator[Features]) -> Iterator[Features]:
    yield from window
    yield from rest
