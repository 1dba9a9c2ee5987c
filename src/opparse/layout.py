"""Page layout: the unit a page repeats, learnt once from the page and applied to every line.

A listing, roundup or repost page prints one layout per item (headline, outlet and date, excerpt;
or bullet, headline, teaser), and a reader finds the items by seeing that repetition before any
single cue. This pass does the same on the sequence of classified lines, as record detection does
on a tag tree (MDR, DEPTA): each line becomes a coarse symbol (`symbol`), runs of prose fold into
one token, and the unit is the chunk between consecutive occurrences of the symbol that recurs
most consistently (`learn`). The unit is then turned to start where a reader starts an item
(`_rotate`): at the headline, never at the date or outlet line that cites the headline above it;
labels right above a headline (bullets, date headers, image labels, kickers) open the item with it.

The unit is learnt from a bounded window (the first WINDOW_LINES lines, `learn_from_window`) and
applied line by line with a bounded look-ahead and hold-back (`mark_openings`), so a gigabyte dump
streams with flat memory.
It is trusted only when it repeats often, fits most of the window and its items are short (a
listing or teaser page); full-text archives, whose paragraphs and subheadings repeat small
patterns inside one piece, are left to the local cues of segment.py. Where no unit repeats part
for part, a date or label that opens every item (`_opening_anchor`) or the blank lines that part
the items (`_spaced_unit`) may still show them.
"""
from __future__ import annotations

import itertools
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import regex

from .cues.furniture import KICKER_CUE, RELATIVE_DATE_CUE
from .cues.shape import source_tag, strip_bullet
from .dateparse import DAY_AND_MONTH, LIST_NUMBER, MONTHS
from .model import NO_HEADLINE, Features, Kind

WINDOW_LINES = 2000
MIN_UNITS = 3  # complete units needed before a page counts as repeating one layout
MIN_CONSISTENCY = 0.6  # share of units that repeat the commonest unit exactly (near fits count half)
MIN_CONSISTENCY_ONE_LINE = 0.8  # a unit of one line (a row, an excerpt) must fit nearly every item ...
MIN_SHARE_ONE_LINE = 0.75  # ... and be most of the lines between the first item and the last
MIN_COVERAGE = 0.6  # share of the window's lines from the first item on ...
MANY_UNITS, MIN_COVERAGE_MANY = 6, 0.4  # ... or less, when many items repeat the unit (a long preamble above them)
MAX_PROSE_LINES_PER_UNIT = 3.0  # more, and the page holds full texts: local cues decide
LOOKAHEAD_LINES = 16  # enough to see past a teaser of several paragraphs to the symbol after it
HOLD_LINES = 8  # lines held back so that labels above a head can still be marked as its opening
TITLES_REPEATED = 3  # title lines in a unit that prints its headline over and over (and its credits as titles)
BULLETS = frozenset("-–—•·*■►▪»>")
MAX_LEAD_IN_CHARS = 60  # a short line ending in a colon introduces the line below it
_DAY_AND_MONTH = regex.compile(rf"{DAY_AND_MONTH},?", regex.I)
_DATED_START = regex.compile(rf"(?:{DAY_AND_MONTH})(?:,?\s+\d{{4}})?:\s", regex.I)  # 'January 29: Jane Roe wrote ...'
_DATE_BADGE = regex.compile(rf"(?:19|20)\d\d|(?:{MONTHS})\.?")  # '2024' over a year's items; 'Nov' over a day's number
MAX_LABEL_CHARS = 40  # a line the page repeats over its items is a label when it is this short
MENU_LINES, MAX_SECTION_WORDS = 20, 4  # a menu of the page's sections stands in its first lines
TAGGED_SHARE = 0.6  # of the page's headlines that end in a source tag, for the page to tag them all

# The symbols, one per line; a run of prose lines is one token 'P' (or 'E' when it ends an excerpt).
TITLE, PROSE, EXCERPT, META_DATE, BARE_DATE, LABEL, KICKER, BYLINE, BIO, CLOSING, NOISE, SITE = "TPEDALKBOFNS"
GLUED_DATE = "d"  # a date at the end of another element's line ('... Read MoreMay 3, 2011'): it closes that element
CITATION = "C"  # a whole item on one line: '“Title,” Outlet, 14 February 2025.'
BULLETED = "I"  # a paragraph a bullet opens: one item of a list, never run together with the next
# What stands above a headline and opens the item below: a bare date does so only there (a date
# header); under a headline it dates the item like any date line.
LABELS = frozenset({LABEL, BARE_DATE, KICKER})
_DATES = frozenset({META_DATE, BARE_DATE, GLUED_DATE})
_OPTIONAL = LABELS | {BYLINE}
_HEADINGS = LABELS | {TITLE}
_SHORT_LINES = frozenset({TITLE, BYLINE, LABEL, KICKER})  # kinds a short line's shape may confuse
_OPTIONAL_WITHOUT_HEADLINES = _OPTIONAL | {TITLE}  # parts some items have and others not, inside the unit
ITEM_SYMBOLS = frozenset({TITLE, EXCERPT, CITATION, BULLETED})  # an item has a headline, a teaser or a citation
_CLOSERS = frozenset({PROSE, EXCERPT, BULLETED, BYLINE, BIO, CLOSING})  # what an item ends with
# how surely a symbol ends the item before a headline: a closing line or excerpt more than a byline
# or a date (which may stand under a headline), a label or another title not at all
_ENDS_ITEM = {CLOSING: 3, EXCERPT: 3, PROSE: 3, BULLETED: 3, BIO: 3, SITE: 3, BYLINE: 2, META_DATE: 2, GLUED_DATE: 2, CITATION: 2,
              LABEL: 0, BARE_DATE: 0, KICKER: 0, TITLE: 0}
_NAMES = {
    TITLE: "title", PROSE: "prose", EXCERPT: "excerpt", META_DATE: "outlet and date", BARE_DATE: "date",
    GLUED_DATE: "date at a line's end", CITATION: "citation", BULLETED: "bulleted paragraph",
    LABEL: "label", KICKER: "section label", BYLINE: "byline", BIO: "bio", CLOSING: "closing line",
    NOISE: "noise", SITE: "site furniture",
}
_KIND_SYMBOLS = {
    Kind.TITLE: TITLE, Kind.PROSE: PROSE, Kind.BYLINE: BYLINE, Kind.CAPTION: LABEL, Kind.CREDIT: LABEL,
    Kind.SLUG: LABEL, Kind.BIO: BIO, Kind.PRINT_NOTE: CLOSING, Kind.CLOSING: CLOSING, Kind.NOISE: NOISE,
    Kind.SITE: SITE, Kind.PREAMBLE: SITE,
}


def symbol(f: Features, labels: frozenset[str] = frozenset(), mastheads: frozenset[str] = frozenset()) -> str:
    """The coarse shape of one line, as the layout sees it; `labels` are the short lines the page
    repeats word for word ('Analysis + Opinion' over every item), which are labels whatever their
    shape, and `mastheads` the name the page's date lines give as their source, which on a line of
    its own is the site's name, not a headline."""
    if (f.kind in (Kind.NOISE, Kind.TITLE) and _DATE_BADGE.fullmatch(f.line.text)) or (
            f.kind is Kind.NOISE and f.cues == (RELATIVE_DATE_CUE,)):
        # '2024' alone is a year's header, 'Nov' over a day's number a date badge, and '2 days ago'
        # or '3:00AM' stands where the page's dates stand, repeated or not
        return BARE_DATE
    if labels and f.line.text in labels:
        return KICKER
    if mastheads and f.line.text in mastheads:
        return SITE
    if f.kind is Kind.DATELINE:
        if f.line.joined is not None:
            return GLUED_DATE
        return BARE_DATE if is_bare_date(f) else META_DATE
    if f.line.text in BULLETS:
        return LABEL
    if f.kind is Kind.NOISE and f.cues == (KICKER_CUE,):
        return KICKER
    if f.kind is Kind.PROSE and f.line.text.endswith(":") and len(f.line.text) <= MAX_LEAD_IN_CHARS:
        return KICKER  # 'Opinion | Water Before Wires:' over the rest of a headline, 'From the archive:'
    if f.citation:
        return CITATION
    if f.kind is Kind.TITLE and _DAY_AND_MONTH.fullmatch(strip_bullet(f.line.text)):
        return BARE_DATE  # '• 21 March' under a 'March, 2023' header: a date without its year
    if f.kind is Kind.TITLE and f.name_only:
        return BYLINE
    if f.kind is Kind.PROSE and ((f.line.text[:1] in BULLETS and f.line.text[1:2] == " ")
                                 or (":" in f.line.text[:20] and _DATED_START.match(f.line.text))):
        return BULLETED  # '• Jane Roe wrote for The Harbour Post on ...', 'May 3: Jane Roe wrote ...': a list's item
    if f.kind in (Kind.PROSE, Kind.TITLE) and f.line.text[:1].isdigit() and LIST_NUMBER.match(f.line.text):
        return BULLETED  # '2. Jane Roe in The Harbour Post', '3) Why the ferry is late': a numbered list's item
    if f.kind is Kind.PROSE and f.ends_excerpt:
        return EXCERPT
    return _KIND_SYMBOLS[f.kind]


REPEAT_WITHIN = 4  # lines: a headline printed again this close below, after other parts, is the same item's
_AFTER_HEAD = frozenset({PROSE, EXCERPT, META_DATE, BARE_DATE, GLUED_DATE})  # an item's parts below its headline


def _with_repeats_as_noise(features: Iterable[Features], symbol_of: Callable[[Features], str]) -> Iterator[tuple[Features, str]]:
    """Each line with its symbol, a headline printed again a few lines below its first print, after
    the item's other parts ('Headline / teaser / date / Headline'), taken for noise: it opens nothing."""
    recent: deque[tuple[str, str]] = deque(maxlen=REPEAT_WITHIN)
    for f in features:
        s, text = symbol_of(f), f.line.text
        if s == TITLE:
            first = next((i for i, (t, r) in enumerate(recent) if t == text and r == TITLE), None)
            if first is not None and any(r in _AFTER_HEAD for _, r in list(recent)[first + 1:]):
                s = NOISE
        recent.append((text, s))
        yield f, s


def is_bare_date(f: Features) -> bool:
    """A date line that is only a date ('16 July 2024', '15 Jan2021') and starts its line: a header
    over the item below, where 'Outlet. May 2, 2015.', 'Published on : ...' or a date glued after
    a headline cites the headline above it."""
    d = f.dateline  # classify read it already: no date is parsed twice
    # a timestamp with its clock time dates an item; it heads nothing
    return d is not None and d.bare and f.line.joined is None and "T" not in d.value


def _as_prose(s: str | None) -> str | None:
    """An excerpt is prose when items are compared: one item's teaser ends in '...', the next not."""
    return PROSE if s == EXCERPT else s


@dataclass(frozen=True, slots=True)
class Layout:
    """The unit a page repeats, with the evidence for it, for `inspect --why`."""

    unit: tuple[str, ...]  # symbols of one item, from its head
    units: int  # items the unit opens in the window
    consistency: float
    coverage: float = 0.0
    head_gap: int | None = None  # blank lines between an item's head and its next line, mostly
    inner_gap: int | None = None  # the most blank lines inside an item, mostly
    item_gap: int | None = None  # blank lines between one item and the next, mostly
    sources_are_outlets: bool = False  # most date lines that name a source name a known outlet
    labels: frozenset[str] = frozenset()  # short lines the page repeats word for word (`repeated_labels`)
    mastheads: frozenset[str] = frozenset()  # the source most of the page's date lines name (`masthead`)
    dates_close: bool = False  # bare dates stand under their items, not over the next (`_dates_close`)
    tagged_headlines: bool = False  # the headlines end in their outlet ('Headline, The Harbour Post'): `_tagged_headlines`
    split_gap: int | None = None  # items part where this many blank lines or more stand (`_spaced_unit`), else None

    @property
    def description(self) -> str:
        return "repeated layout: " + ", ".join(_NAMES[s] for s in self.unit)

    @property
    def evidence(self) -> str:
        """Why the layout was trusted, for `inspect --why`."""
        return (f"{self.units} items in the first {WINDOW_LINES} lines, {self.consistency:.0%} of them exactly this unit, "
                f"covering {self.coverage:.0%} of the lines" + ("; date lines name outlets" if self.sources_are_outlets else "")
                + ("; bare dates close the item above them" if self.dates_close else "")
                + ("; headlines end in their outlet" if self.tagged_headlines else "")
                + (f"; items parted by {self.split_gap} blank lines or more" if self.split_gap else ""))

    def opens(self, here: str, following: str | None, after: str | None, lenient: bool = False) -> bool:
        """Does an item open at a line of symbol `here`, followed by `following` then `after`
        (None: not known, at the end of the input)? The line after the head must be the unit's
        next symbol, give or take an optional label; `lenient` (once an item has been read) lets
        one short line stand for another kind of short line."""
        here, following, after = _as_prose(here), _as_prose(following), _as_prose(after)
        unit = self.unit
        if len(unit) >= 3 and _fits_with_one_headline_as_prose((here, following, after), unit[:3]):
            # a headline that ends like a sentence ('Ferries: “No one asked the riders.”') stands
            # where the page's headlines stand, between the parts around every headline
            return True
        if here != unit[0]:
            return False
        if len(unit) == 1 or following is None:
            return True
        nxt = unit[1]
        if nxt in LABELS and len(unit) > 2 and (following == unit[2] or (following in _OPTIONAL and after == unit[2])):
            return True  # an item without the label the others have under their headline, or with another one
        if nxt in _DATES and following in _DATES:
            return True  # 'May 20, 2019' under one headline, 'Posted on 9 May 2019 by X' under the next
        if lenient and nxt in _SHORT_LINES and following in _SHORT_LINES and len(unit) > 2 and after == _as_prose(unit[2]):
            return True  # a short line where the unit has one, read as another kind ('By Maj Gen (Retd) X' a title)
        # a label or a name on its own line ('Harbour Tribune' over 'May 9, 2022') that some items have;
        # where items have no headline, a title-shaped line too (a short first sentence, an outlet)
        optional = _OPTIONAL if TITLE in unit else _OPTIONAL_WITHOUT_HEADLINES
        return following == nxt or (following in optional and following != nxt and after in (nxt, None))

    def extends_over(self, s: str) -> bool:
        """May a line of symbol `s` right above a head open the item with it? Labels may, unless
        the unit holds that label itself after its head ('Opinion' between a headline and its copy)."""
        return s in LABELS and s not in self.unit[1:]


def _fits_with_one_headline_as_prose(seen: tuple[str | None, ...], expected: tuple[str, ...]) -> bool:
    """`seen` is `expected` but for one prose line where a headline stands, and the rest of it has
    a date or a label, so the fit is not one of shapes alone."""
    misfits = [i for i, (a, b) in enumerate(zip(seen, expected, strict=True)) if a != b]
    return (len(misfits) == 1 and seen[misfits[0]] == PROSE and expected[misfits[0]] == TITLE
            and any(b in _DATES | LABELS for i, b in enumerate(expected) if i != misfits[0]))


def head_line(lines: list[Features], symbols: list[str], layout: Layout) -> int | None:
    """The number of the item's headline as the unit places it: the first line of the unit's title
    symbol, or a prose line standing where the headline stands (right above the unit's next part).
    `symbols` are the lines' symbols as the applier gave them."""
    target = next((s for s in layout.unit if s in (TITLE, CITATION)), None)
    if target is None and layout.unit[0] == BULLETED and lines[0].kind is Kind.TITLE:
        return lines[0].line.number  # '3. Why the ferry is late': a numbered headline
    if target is None:  # items without headlines: a title-shaped line the page repeats over each is a label
        return None if TITLE in symbols else NO_HEADLINE
    for f, s in zip(lines, symbols, strict=True):
        if s == target:
            return f.line.number
    position = layout.unit.index(target)
    after = layout.unit[position + 1] if position + 1 < len(layout.unit) else None
    for i, s in enumerate(symbols[:-1]):
        # a prose line, or a title read as a name ('Under the Old Bridge'), right above the unit's next part
        if (s == PROSE or (s == BYLINE and lines[i].kind is Kind.TITLE)) and after is not None \
                and _compared_next(symbols, i) == after:
            return lines[i].line.number
    return None


def _compared_next(symbols: list[str], i: int) -> str | None:
    return _as_prose(_next_symbols(symbols[i + 1:])[0])


def _tokens(symbols: list[str]) -> list[str]:
    """Fold runs of prose into one token: an excerpt of one or three paragraphs is the same part."""
    tokens: list[str] = []
    for s in symbols:
        if s in (PROSE, EXCERPT) and tokens and tokens[-1] == PROSE:
            tokens[-1] = s
            continue
        tokens.append(s)
    return tokens


def repeated_labels(features: list[Features]) -> frozenset[str]:
    """Short lines that stand word for word over several items: a section label, an outlet's name,
    'Analysis + Opinion'. A headline does not repeat; dates and bullets have their own symbols."""
    counts = Counter(f.line.text for f in features if len(f.line.text) <= MAX_LABEL_CHARS and f.line.joined is None
                     and f.kind in (Kind.TITLE, Kind.PROSE, Kind.NOISE) and f.line.text not in BULLETS
                     and not f.line.text.casefold().startswith("by "))  # one author over several items is a byline
    return frozenset(text for text, count in counts.items() if count >= MIN_UNITS)


def menu_sections(features: list[Features]) -> frozenset[str]:
    """Short lines that a menu near the top of the page names ('Ferries Ports Letters Columns'): the
    page's section headers, labels over the items below them."""
    short = {f.line.text for f in features if len(f.line.text) <= MAX_LABEL_CHARS and f.line.joined is None
             and f.kind in (Kind.TITLE, Kind.NOISE) and len(f.line.text.split()) <= MAX_SECTION_WORDS}
    for f in features[:MENU_LINES]:
        named = [text for text in short if text != f.line.text and text in f.line.text]
        if len(named) >= MIN_UNITS:
            return frozenset(named)
    return frozenset()


def masthead(features: list[Features]) -> frozenset[str]:
    """The source that most of the page's date lines name, when they name one ('The Harbour
    Times, Sunday 15 December 2019' on every item): the site's own name."""
    sources = Counter(f.dateline.source for f in features if f.dateline is not None and f.dateline.source)
    if not sources:
        return frozenset()
    name, count = sources.most_common(1)[0]
    return frozenset({name}) if count >= MIN_UNITS else frozenset()


def learn(features: list[Features]) -> Layout | None:
    """The unit the window repeats, or None when no unit repeats well enough to trust."""
    labels, mastheads = repeated_labels(features) | menu_sections(features), masthead(features)
    symbols = [s for _, s in _with_repeats_as_noise(features, lambda f: symbol(f, labels, mastheads))]
    tokens = _tokens(symbols)
    found, split_gap = _best_unit(tokens) or _opening_anchor(tokens), None
    if found is None:
        found, split_gap = _spaced_unit(features, symbols) or (None, None)
        if found is None:
            return None
    modal, units, consistency = found
    prose_lines = sum(1 for s in symbols if s in (PROSE, EXCERPT))
    if prose_lines / (units + 1) > MAX_PROSE_LINES_PER_UNIT:
        return None
    unit = modal if split_gap else _complete_first_item(_rotate(modal), tokens)
    trial = Layout(unit, units, round(consistency, 2), labels=labels, mastheads=mastheads, split_gap=split_gap)
    opened = [i for i, (_, _, opens) in enumerate(_Applier(trial).run(iter(features))) if opens]
    if len(opened) < MIN_UNITS:
        return None
    coverage = (len(symbols) - opened[0]) / len(symbols)
    if coverage < (MIN_COVERAGE if len(opened) < MANY_UNITS else MIN_COVERAGE_MANY):
        return None
    head_gap, inner_gap, item_gap = _gaps(features, symbols, opened, trial.unit[0])
    return Layout(trial.unit, len(opened), trial.consistency, round(coverage, 2), head_gap, inner_gap, item_gap,
                  _sources_are_outlets(features), labels, mastheads, _dates_close(features, symbols, opened, trial.unit[0]),
                  _tagged_headlines(features, symbols), split_gap)


def _spaced_unit(features: list[Features], symbols: list[str]) -> tuple[tuple[tuple[str, ...], int, float], int] | None:
    """Where no unit repeats part for part, the blank lines may still show the items: the page
    parts its items by more blank lines than it parts an item's lines, and every run it parts
    opens with the same kind of line and holds the same closing part (a headline over a teaser,
    with a byline, an outlet, a label or nothing between). The first run may hold the page's own
    title over the first item, and the last the item the crawler cut: neither is compared."""
    gaps = [blank_lines_between(f, g) for f, g in zip(features, features[1:], strict=False)]
    for gap in sorted(set(gaps), reverse=True):
        if gap <= min(gaps):
            break
        starts = [0] + [i + 1 for i, g in enumerate(gaps) if g >= gap] + [len(features)]
        parted = [[s for s in symbols[a:b] if s != NOISE] for a, b in zip(starts[1:-2], starts[2:-1], strict=False)]
        parted = [run for run in parted if run]
        if len(parted) < MIN_UNITS:
            continue
        head, at_head = Counter(run[0] for run in parted).most_common(1)[0]
        runs: list[list[str]] = []
        for run in parted:  # a run that does not open as items do (a teaser set far below its headline) goes on the one above
            if runs and run[0] != head:
                runs[-1] += run
            else:
                runs.append(run)
        tail, at_tail = Counter(_as_prose(run[-1]) for run in runs).most_common(1)[0]
        consistency = min(at_head / len(parted), at_tail / len(runs))
        if len(runs) < MIN_UNITS or any(len(run) < 2 for run in runs) or head in (PROSE, SITE, CLOSING) \
                or tail not in _CLOSERS or consistency < MIN_CONSISTENCY_ONE_LINE:
            continue
        return ((head, tail), len(runs), consistency), gap
    return None


def _tagged_headlines(features: list[Features], symbols: list[str]) -> bool:
    """Does the page end each headline with where it ran ('Headline, The Harbour Post', 'Headline -
    Harbour News')? So when most of its headlines end in a short capitalised name after a comma, dash or
    bar, and one such name comes back: a headline alone may end in a name ('Love, Actually')."""
    titles = [f.line.text for f, s in zip(features, symbols, strict=True) if s == TITLE]
    tags = [tag[0] for text in titles if (tag := source_tag(text))]
    if len(tags) < MIN_UNITS or len(tags) < TAGGED_SHARE * len(titles):
        return False
    return len(set(tags)) < len(tags)


def _dates_close(features: list[Features], symbols: list[str], opened: list[int], head: str) -> bool:
    """Does each bare date close the item above ('Monday, 3 May 2021' right under a teaser) rather
    than head the next? So when the page's first item opens without one and most dates stand on
    the line above them with a blank line below (a date header stands apart from the item above),
    or the page has no blank lines near its dates to tell."""
    # the first item: a lone line opened above it is the page's title
    first = next((a for a, b in zip(opened, opened[1:], strict=False) if b - a > 1), opened[0])
    at_head = next((i for i in range(first, len(symbols)) if symbols[i] == head), first)
    if BARE_DATE in symbols[: at_head + 1]:
        return False  # the first item opens with its date
    def next_line(i: int) -> Features | None:  # the next line, past the rest of this one ('Mar 3, 2021' + '4 min read')
        return next((g for g in features[i + 1:] if g.line.number != features[i].line.number), None)

    dates = [(i, below) for i, s in enumerate(symbols) if s == BARE_DATE and i > 0 and (below := next_line(i))]
    gaps = [(blank_lines_between(features[i - 1], features[i]), blank_lines_between(features[i], below)) for i, below in dates]
    if gaps and not any(above or below for above, below in gaps):
        return True  # no blank line near any date: the first item, which opens without one, decides
    return sum(above < below for above, below in gaps) > len(gaps) / 2


def _sources_are_outlets(features: list[Features]) -> bool:
    """What a page does once it does every time: when most of its date lines name a known outlet
    before the date, the others name an outlet too ('Kestrel. October 7, 2015.')."""
    sources = [f.dateline for f in features if f.dateline is not None and f.dateline.source]
    return len(sources) >= MIN_UNITS and sum(d.outlet is not None for d in sources) > len(sources) / 2


def _best_unit(seq: list[str]) -> tuple[tuple[str, ...], int, float] | None:
    """The chunk between consecutive occurrences of one symbol that repeats most consistently."""
    best: tuple[tuple[float, int, int], tuple[str, ...], int, float] | None = None
    # in a fixed order: a set's order follows the per-process string hash, and a tie would then go one
    # way or the other from run to run
    for anchor, step in ((a, step) for a in sorted(set(seq) - {PROSE, NOISE, SITE}) for step in (1, 2)):
        positions = [i for i, s in enumerate(seq) if s == anchor][::step]  # an anchor may stand twice in a unit
        if len(positions) < MIN_UNITS + 1:
            continue
        chunks = [_signature(seq[a:b]) for a, b in zip(positions, positions[1:], strict=False)]
        modal, count = Counter(chunks).most_common(1)[0]
        if not (ITEM_SYMBOLS & ({anchor} | set(modal)) or (PROSE in modal and _DATES & set(modal))):
            continue  # share bars and tag lists repeat too, but an item has a headline, a teaser or a dated text
        if chunks[0] != modal and len(chunks) > MIN_UNITS:
            chunks = chunks[1:]  # the page's own title over its first item is no item
        near = sum(1 for c in chunks if c != modal and _near(c, modal))
        consistency = (count + near / 2) / len(chunks)
        score = consistency * len(chunks)
        span = positions[-1] - positions[0] + 1
        if len(modal) == 1 and (consistency < MIN_CONSISTENCY_ONE_LINE or len(positions) < MIN_SHARE_ONE_LINE * span):
            continue
        rank = (score, -step, -len(modal))  # on a tie, the unit found between consecutive anchors, the shorter
        if consistency >= MIN_CONSISTENCY and (best is None or rank > best[0]):
            best = (rank, modal, len(chunks), consistency)
    return None if best is None else best[1:]


def _opening_anchor(seq: list[str]) -> tuple[tuple[str, ...], int, float] | None:
    """Where no unit repeats, a date or label that opens every item ('Nov' / '27' over each post,
    whatever parts the posts have below it): it stands after the close of the item above, never
    under a title, and a headline or text follows it."""
    best: tuple[int, str] | None = None
    for anchor in sorted(LABELS & set(seq)):
        every = [i for i, s in enumerate(seq) if s == anchor]
        for positions in (every, every[1:]):  # the first may be the page's own date, over its title
            if len(positions) < MIN_UNITS + 1:
                continue
            chunks = [[s for s in seq[a:b] if s != NOISE] for a, b in zip(positions, positions[1:], strict=False)]
            opens_item = all(_first_part(chunk) in (TITLE, PROSE, EXCERPT) for chunk in chunks)
            closes_above = all(seq[i - 1] in _CLOSERS | {NOISE, SITE} for i in positions[1:])
            if opens_item and closes_above:
                if best is None or len(chunks) > best[0]:
                    best = (len(chunks), anchor)
                break
    return None if best is None else ((best[1],), best[0], 1.0)


def _first_part(chunk: list[str]) -> str | None:
    """What follows an anchor, past a lead-in label ('The Harbour Post, on ferries:')."""
    return next((s for s in chunk[1:] if s != KICKER), None)


def _signature(symbols: list[str]) -> tuple[str, ...]:
    """A chunk as items are compared: labels at its end belong to the next item (an image over the
    next headline), and an excerpt is prose."""
    end = len(symbols)
    while end > 1 and symbols[end - 1] in LABELS:
        end -= 1
    return tuple(PROSE if s == EXCERPT else s for s in symbols[:end])


def _near(chunk: tuple[str, ...], modal: tuple[str, ...]) -> bool:
    """One symbol more or less than the modal unit (an item with an optional part), or a short note
    taken for a title where the others are prose (or the other way round), or one short line taken
    for another kind ('Under the Old Bridge' read as a name where the others are titles)."""
    if len(chunk) == len(modal):
        diff = [(a, b) for a, b in zip(chunk, modal, strict=True) if a != b]
        return len(diff) == 1 and (set(diff[0]) <= {TITLE, PROSE} or set(diff[0]) <= _SHORT_LINES)
    if abs(len(chunk) - len(modal)) != 1:
        return False
    short, long_ = sorted((chunk, modal), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _rotate(modal: tuple[str, ...]) -> tuple[str, ...]:
    """Start the cycle where a reader starts an item: at the headline that follows the previous
    item's closing part (an excerpt, a closing line, a bio rather than a byline or a date), or at a
    date line standing between that closing part and the headline; without a headline, at the
    anchor itself. Labels above the headline are not part of the unit: the applier lets them open
    the item when they are there (`_Applier._label_above`), so an item without one still opens."""
    n = len(modal)
    if BULLETED in modal:  # a list's number or bullet opens its item, whatever stands below it
        start = modal.index(BULLETED)
        return modal[start:] + modal[:start]
    titles = [j for j in range(n) if modal[j] == TITLE and (n == 1 or modal[j - 1] != TITLE)]
    if not titles:
        return modal
    head = max(titles, key=lambda j: (_ENDS_ITEM.get(modal[j - 1], 1), -j))
    start = head - 1 if n > 2 and modal[head - 1] == META_DATE and modal[head - 2] in _CLOSERS else head
    start %= n
    unit = modal[start:] + modal[:start]
    end = len(unit)
    while end > 1 and unit[end - 1] in LABELS:
        end -= 1  # the labels above the next headline
    return unit[:end]


def _complete_first_item(unit: tuple[str, ...], tokens: list[str]) -> tuple[str, ...]:
    """A page's first item is whole; only its last is cut. When the tokens above the first head end
    with the unit's own last parts ('Headline, teaser' above the first 'Posted: DATE'), the
    item starts there, and the date closes each item instead of opening the next. Only a start
    at a headline, at an author's line right over the headline, or at a teaser where items have
    no headline, is taken: a page's title and description above a first item are not its parts."""
    head = unit[0]
    first = next((i for i, t in enumerate(tokens) if t == head), None)
    if first is None or head == BULLETED:  # a list's number or bullet opens its item
        return unit
    above = [_as_prose(t) for t in tokens[:first]]
    while above and (above[-1] in LABELS or above[-1] == BYLINE) and above[-1] not in unit:
        above.pop()  # labels, and an outlet's name, over the first head (unless the unit has them)
    for j in range(len(unit) - 1, 0, -1):
        if tuple(above[-j:]) != tuple(_as_prose(t) for t in unit[-j:]):
            continue
        start = unit[-j]
        whole = j == len(unit) - 1 > 1 and start == BYLINE  # an author's line and every other part of an item above the first head
        if start == TITLE or (start == BYLINE and head == TITLE and j == 1) or (start == PROSE and TITLE not in unit) or whole:
            return unit[-j:] + unit[:-j]
        break
    return unit


def _gaps(features: list[Features], symbols: list[str], opened: list[int],
          head: str) -> tuple[int | None, int | None, int | None]:
    """The blank lines after an item's head (not the labels above it), the most inside an item,
    and those between items, as most items have them."""
    heads, inner, between = Counter(), Counter(), Counter()
    for a, b in zip(opened, opened[1:], strict=False):
        between[blank_lines_between(features[b - 1], features[b])] += 1
        gaps = [blank_lines_between(features[i], features[i + 1]) for i in range(a, b - 1)]
        at = next((i for i in range(a, b - 1) if symbols[i] == head), None)
        if gaps and at is not None:
            heads[blank_lines_between(features[at], features[at + 1])] += 1
            inner[max(gaps)] += 1
    return tuple(c.most_common(1)[0][0] if c else None for c in (heads, inner, between))  # type: ignore[return-value]


def _hugs(held: deque[list], k: int, below: Features) -> bool:
    """Does held line k-1, a short line, stand no nearer the line above it than the line below,
    with blank lines on one side at least: a tag or a section's header over its item."""
    f = held[k - 1][0]
    if len(f.line.text) > MAX_LABEL_CHARS or k < 2:
        return False
    above, below_ = blank_lines_between(held[k - 2][0], f), blank_lines_between(f, below)
    return below_ < above or below_ == above > 0


def blank_lines_between(f: Features, g: Features) -> int:
    """The blank lines between line f and line g below it (0 for parts of one line)."""
    return max(0, g.line.number - f.line.last - 1)


_COMPLETE_END = frozenset(".!?…”\"’)]»'")


def looks_cut(f: Features) -> bool:
    """'After nearly 20 years': a line that stops mid-sentence, as a crawler's cut leaves the last one."""
    return f.line.text[-1:] not in _COMPLETE_END


def _next_symbols(symbols: Iterable[str | None]) -> tuple[str | None, str | None]:
    """The first two of `symbols` (those after a line), noise skipped and a prose run taken as one;
    None for a line whose shape is not known, and for all after it. Reads only as far as it needs."""
    out: list[str | None] = []
    for s in symbols:
        if len(out) == 2 or (out and out[-1] is None):
            break
        if s == NOISE:
            continue
        if out and out[-1] in (PROSE, EXCERPT) and s in (PROSE, EXCERPT):
            out[-1] = s if s == EXCERPT else out[-1]
            continue
        out.append(s)
    return tuple(out + [None] * (2 - len(out)))  # type: ignore[return-value]


def learn_from_window(features: Iterable[Features]) -> tuple[Layout | None, Iterator[Features]]:
    """Learn the page's layout from its first WINDOW_LINES lines; return it with every line (the
    window read ahead is put back), so that a page without one streams on untouched."""
    source = iter(features)
    window = list(itertools.islice(source, WINDOW_LINES))
    return learn(window), itertools.chain(window, source)


def mark_openings(layout: Layout, lines: Iterable[Features]) -> Iterator[tuple[Features, str, bool]]:
    """Every line with its symbol and whether an item of `layout` opens at it."""
    return _Applier(layout).run(iter(lines))


class _Applier:
    """A known unit applied line by line: each line is judged with LOOKAHEAD_LINES after it, and
    held HOLD_LINES more so that the labels above a head can be marked as its item's first line."""

    def __init__(self, layout: Layout):
        self.layout = layout
        self.look: deque[tuple[Features, str]] = deque()
        self.held: deque[list] = deque()  # [features, symbol, opens]
        self.opened = False
        self.since_open: set[str | None] = set()  # the symbols of the item being read
        self.item_lines = 0  # and its lines
        self.shortest: int | None = None  # the fewest lines a whole item had
        self.last_line: int | None = None  # the input's last line, once the input has ended

    def run(self, lines: Iterator[Features]) -> Iterator[tuple[Features, str, bool]]:
        for f, s in _with_repeats_as_noise(lines, lambda f: symbol(f, self.layout.labels, self.layout.mastheads)):
            self.look.append((f, s))
            if len(self.look) > LOOKAHEAD_LINES:
                yield from self._settle()
        if self.look:
            self.last_line = self.look[-1][0].line.number
        while self.look:
            yield from self._settle()
        while self.held:
            yield tuple(self.held.popleft())

    def _settle(self) -> Iterator[tuple[Features, str, bool]]:
        f, s = self.look.popleft()
        ahead: Iterable[str | None] = (t for _, t in self.look)
        if self.last_line is not None and self.look and looks_cut(self.look[-1][0]):
            last = len(self.look) - 1  # the input's last line, cut mid-line by a crawler: its shape says little
            ahead = (None if i == last else t for i, (_, t) in enumerate(self.look))
        opens = self._opens(f, s, _next_symbols(ahead))
        if opens:
            if self.opened:  # an item ends here
                self.shortest = min(self.shortest or self.item_lines, self.item_lines)
            opens = self._open_with_labels_above(f)
            self.since_open, self.item_lines = set(), 0
        self.since_open.add(_as_prose(s))
        self.item_lines += 1
        self.held.append([f, s, opens])
        while len(self.held) > HOLD_LINES:
            yield tuple(self.held.popleft())

    def _opens(self, f: Features, s: str, following: tuple[str | None, str | None]) -> bool:
        """Does an item open at line `f` of symbol `s`, with `following` after it?"""
        if self.last_line is not None and not self.look and s in (TITLE, PROSE) and looks_cut(f):
            # the input's last line, cut mid-line: its shape says little; it is a new row of a
            # one-line layout, or a new item once the item above is whole, else the rest of the
            # item above; either way cut short
            return self.opened and (len(self.layout.unit) == 1 or self._item_whole())
        if s in (TITLE, META_DATE) and self.layout.unit in ((PROSE,), (CITATION,)) and self.opened \
                and self._set_apart_as_items_are(f):
            return True  # a row of another shape in a list of one-line items ('Editors reviewed X by Y.', 'Title, Outlet, May 2, 2020')
        if self.layout.split_gap and self.opened:
            return s == self.layout.unit[0] and bool(self.held) \
                and blank_lines_between(self.held[-1][0], f) >= self.layout.split_gap
        here = s
        if s == BYLINE and self.opened and self.layout.unit[0] == TITLE and self._item_whole():
            here = TITLE  # a byline where the page prints its headlines, after a whole item
        if s == NOISE or not self.layout.opens(here, *following, lenient=self.opened) or not self._fits_first(f):
            return False
        if following[0] is None:  # what follows was cut off: a new item only after a complete one
            return self._item_whole()
        return not (self.opened and self._in_head())

    def _set_apart_as_items_are(self, f: Features) -> bool:
        """Does line `f` stand apart from the lines around it by as many blank lines as the page
        puts between its items?"""
        gap = self.layout.item_gap
        return (bool(gap) and bool(self.held) and bool(self.look)
                and blank_lines_between(self.held[-1][0], f) == gap == blank_lines_between(f, self.look[0][0]))

    def _in_head(self) -> bool:
        """Is the item being read still in its head? Where the page's headlines carry a subtitle, a
        second title under one is that; where the unit prints its headline again and again, the
        item is in its head until it has the unit's other parts."""
        unit = self.layout.unit
        return ((unit[1:2] == (TITLE,) and self.since_open <= _HEADINGS)
                or (unit.count(TITLE) >= TITLES_REPEATED and not self._has_core_parts()))

    def _has_core_parts(self) -> bool:
        """Has the item being read the unit's parts that are not optional (labels, names)?"""
        return {_as_prose(t) for t in self.layout.unit} - _OPTIONAL <= self.since_open

    def _item_whole(self) -> bool:
        """Has the item being read every part of the unit, and as many lines as the shortest
        item before it? (A post cut after its subtitle has the unit's parts, not its length.)"""
        return ({_as_prose(t) for t in self.layout.unit} <= self.since_open
                and self.item_lines >= (self.shortest or 0))

    def _fits_first(self, f: Features) -> bool:
        """The first item must show the page's spacing too: a page's title and description over
        the first item repeat its symbols, not its blank lines."""
        if self.opened or self.layout.head_gap is None or not self.look:
            return True
        return blank_lines_between(f, self.look[0][0]) == self.layout.head_gap

    def _open_with_labels_above(self, f: Features) -> bool:
        """Mark the item's first line: the labels right above the head (a bullet glued before it,
        lines of their own) open the item with it. True when the head itself is that line."""
        held, k = self.held, len(self.held)
        while k > 0 and not held[k - 1][2] and held[k - 1][0].line.number == f.line.number:
            k -= 1  # the head is a line's second part ('Read moreThe Ferry Nobody Rides'): the item opens at the line
        while k > 0 and not held[k - 1][2] and self._label_above(k, f):
            if k > 1 and held[k - 2][0].line.number == held[k - 1][0].line.number:
                # the label is a line's second part ('Mar 3, 2021' + '4 min read'): the whole line
                # opens the item when its first part is a label too, else neither does
                if held[k - 2][2] or not self._label_above(k - 1, f):
                    break
                k -= 1
            k -= 1
        self.opened = True
        if k < len(held):
            held[k][2] = True
            return False
        return f.line.joined is None

    def _label_above(self, k: int, head: Features) -> bool:
        """Is held line k-1 a label of the item below: a label the unit allows above its head, a
        caption's text over its credit line, a person's name (a photo's alt text) after a complete
        item; never across more blank lines than an item holds, above the first item."""
        held, layout = self.held, self.layout
        below = held[k][0] if k < len(held) else head
        s = held[k - 1][1]
        if not self.opened and layout.inner_gap is not None \
                and blank_lines_between(held[k - 1][0], below) > layout.inner_gap:
            return False
        if s == BARE_DATE and layout.dates_close:
            return False
        text = held[k - 1][0].line.text
        if text.endswith(":") and (layout.unit == (BULLETED,) or not self.opened) and text not in layout.labels:
            return False  # 'In the press this week:', 'Archive:' introduces the whole list, not its first item
        if layout.extends_over(s):
            return True
        if held[k - 1][0].line.text == head.line.text:
            return True  # the headline printed twice (over a photo, then over the text): one item
        if s in (TITLE, BYLINE) and TITLE not in layout.unit and self.opened and _hugs(held, k, below):
            return True  # 'Housing' right over the date that heads an item without a headline: its tag
        if s == PROSE and below.kind is Kind.CREDIT:
            return True
        return s == BYLINE and held[k - 1][0].kind is Kind.TITLE and k > 1 and held[k - 2][1] == layout.unit[-1]
