"""Text glued by the crawler: one input line that holds two page elements, split before classifying.

A crawler joins neighbouring elements without a separator ('Read MoreMay 3, 2011', 'Harbour
TimesPublished in ...', 'by Jane Roe4 comments', an image label glued to a headline), and a
listing prints an item's parts on one line ('Headline (Harbour Weekly, March 5 2009)', 'Headline
May 2, 2014', 'My article for X: the excerpt'). Each rule is named, with a pattern whose match is
where the second element begins and a cheap gate that a line must pass before the pattern is
tried, so a plain prose line costs a few string tests. The parts keep the input line's number and
`Line.joined` keeps what stood between them, so that `opparse split` prints the line as it was and
a span never cuts a line in two.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

import regex

from .dateparse import FULL_DATE, MONTH_PREFIXES, MONTHS, parse_full_date, parse_month_year
from .model import Line
from .names import NAME, NAME_LIST

MAX_GLUED_LINE_CHARS = 400  # longer, and a line is a paragraph: only its end and its opening are looked at
TAIL_CHARS = 80  # how far back from a long line's end the end-anchored rules look
MIN_HEAD_WORDS = 2
MAX_TITLE_WORDS = 25
MAX_SOURCE_WORDS = 6
_DATE = FULL_DATE
# a word, in lower case, that ties a date to the sentence it ends ('held on March 3, 2015' is prose,
# 'The Toll Road Nobody Asked For March 19, 2015' a headline and its date)
_TIED = frozenset(
    "on in of since by until till from to at before after and or the dated published posted updated as between "
    "during around about than through for with is was were be been are — – -".split())
_TIME_WORDS = frozenset(  # in any case: 'Published 6:00 AM EST, Tue January 16, 2024' is one date line
    "am pm a.m. p.m. est edt gmt bst utc mon tue tues wed thu thur fri sat sun monday tuesday wednesday thursday "
    "friday saturday sunday published posted updated dated".split())
_LINE_LABELS = frozenset({"by", "published", "posted", "updated", "dated", "first", "originally", "last"})  # 'Published On 8 Feb 2022'
_TAG_SEPARATORS = (" | ", " / ", " // ", " · ", " • ")  # 'Nikkei Asia | March 12, 2021' is one date line


@dataclass(frozen=True, slots=True)
class Rule:
    """Where a second element begins on a line; the text the pattern matches is dropped between
    the two parts. `gate` is a cheap test that the line can hold it."""

    name: str
    pattern: regex.Pattern
    last_chars: str  # the characters the line must end with (one test per line, before anything else)
    gate: Callable[[str], bool] | None = None
    short_only: bool = False  # only on a line short enough to be a headline with its date or citation


_DATE_END = "0123456789).,"  # 'May 2, 2014', '(The Guardian, 2007)', 'March 19, 2015.'


RULES: tuple[Rule, ...] = (
    # 'Read MoreMay 3, 2011', '... the end.May 2, 2014': a date glued to the word before it
    Rule("date glued to the text before it", regex.compile(rf"(?<=[^\W\d][\.!?…”\"’)\]]?)(?={_DATE}\.?$)"), _DATE_END,
         lambda text: text[-2:-1].isdigit() or text[-1:].isdigit()),
    # '... every ferry route for years. Published Aug 29, 2016 12:05am': a teaser and its date line
    Rule("date line at the end of a teaser", regex.compile(
        rf"(?<=[\p{{L}}.!?…”\"’)\]])\s+(?=(?:Published|Updated|Posted|First published)(?: on)?\s*:?\s*{_DATE}"
        r"(?:,?\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?\.?$)", regex.I), "0123456789mM.",
         lambda text: "ublished " in text[-TAIL_CHARS:] or "pdated " in text[-TAIL_CHARS:] or "osted " in text[-TAIL_CHARS:]),
    # '“... about their own harbour board.” ~ Jane Roe': a quoted excerpt and its author's signature
    Rule("signature after a quote", regex.compile(rf"(?<=[.!?…”\"’])\s+~\s*(?={NAME_LIST}$)"), "",
         lambda text: " ~ " in text[-TAIL_CHARS:]),
    # '... at the fish counter. | 07/12/12 06:10:44 By - Jane Roe': a teaser's last sentence, a bar, its date
    # and byline ('Harbour Times | March 12, 2021' is one date line)
    Rule("date and byline after a bar", regex.compile(
        rf"(?<=[.!?…”\"’)\]])\s\|\s+(?=(?:{_DATE}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})(?:,?\s+\d{{1,2}}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?)?"
        r"(?:\s+(?i:by)(?:\s*[-–—:])?\s+\p{Lu}[\p{L}.'’ -]{1,60})?$)"), "",
         lambda text: " | " in text[-TAIL_CHARS:]),
    # 'Mar 3, 20214 min read': a reading time glued to the year before it
    Rule("reading time glued to a date", regex.compile(r"(?<=(?:1[89]|20)\d\d)(?=\d{1,3}[- ]?min(?:ute)?s?\.? read$)"), "d",
         lambda text: text.endswith(" read")),
    # 'The Ferry Fare Nobody Voted For May 15, 2015.': a listing's headline and its date
    Rule("date after a headline", regex.compile(rf"(?<=[^\s,;:])\s(?={_DATE}\.?$)"), _DATE_END,
         lambda text: text[-2:-1].isdigit() or text[-1:].isdigit(), True),
    # 'Courts are where justice is won – Harbour Weekly, 9 March 2017': a headline, a dash, its citation
    Rule("citation after a headline and a dash", regex.compile(
        rf"\s[–—-]\s(?=\p{{Lu}}[^–—]{{1,60}},\s+{_DATE}\.?$)"), _DATE_END,
         lambda text: text[-1:].isdigit() or text[-2:-1].isdigit(), True),
    # 'Mending the ferry timetable - Nov 2023': a listing's headline, a dash, the month it ran
    Rule("month after a headline and a dash", regex.compile(rf"\s[–—-]\s(?=(?:{MONTHS})\.?,? \d{{4}}$)"), "0123456789",
         None, True),
    # 'Ferries are roads (Harbour Weekly, March 5 2009)': a headline and its citation
    Rule("citation after a headline", regex.compile(r"\s(?=\((?:[^()]{2,60}[,\s])?[^()]*?(?<!\d)(?:1[89]|20)\d\d\)$)"),
         ")", None, True),
    # '“Title” – An Op-Ed by Jane Roe in The Straits Times': a listing's headline and its credit
    Rule("credit after a headline", regex.compile(
        r"\s[–—-]\s(?=(?i:an? )?(?i:op-?ed|article|commentary|column|essay|opinion piece) by \p{Lu})"),
        "", lambda text: " by " in text, True),
    # 'Harbour TimesPublished in The Harbour Times': a logo's alt text glued to a publication note
    Rule("publication note glued to a label", regex.compile(
        r"(?<=[a-z])(?=(?:Published|Posted|Originally published|First published|Appeared) (?:in|on|by|as)\b)"),
        "", lambda text: "ublished " in text or "Posted " in text or "Appeared " in text, True),
    # 'by Jane Roe4 comments'
    Rule("comment count glued to a name", regex.compile(r"(?<=[^\d\s])(?=\d+ comments?$)", regex.I), "st",
         lambda text: text.endswith(("comments", "comment")), True),
    # '... the market.Read More', 'transformation.Keep reading'
    Rule("read-more link glued to the text", regex.compile(
        r"(?<=[a-z.!?…”\"’])(?=(?:Read more|Read More|Continue reading|Keep reading)\W{0,4}$)"), "eg.…»→]",
        lambda text: text.rstrip(" .…»→]").endswith(("more", "More", "reading"))),
)
# 'Read moreThe Ferry Nobody Rides': the link under one item glued to the next item's headline
_LINK_THEN_TITLE = regex.compile(r"^(?:Read more|Read More|Continue reading|Keep reading)\W{0,3}(?=\p{Lu})")
# the rules a line's last character lets through, in RULES order; the rest look inside the line
_RULES_BY_LAST = {c: tuple(r for r in RULES if c in r.last_chars) for c in "".join(r.last_chars for r in RULES)}
_MID_LINE_RULES = tuple(r for r in RULES if not r.last_chars)
# the words the rules that end on a letter read ('4 comments', 'Read more', '7 min read', '12:05 am'):
# a line that ends on any other word is let through before any rule is tried (stdlib re: faster here)
_WORD_RULE_ENDING = re.compile(r"(?:[AaPp]\.?[Mm]|comments?|[Mm]ore|reading|read)$")
WORD_ENDING_CHARS = 12
_LINK_ENDINGS = ("more.", "More.", "reading.")
MAX_MID_LINE_CHARS = 250  # the rules that look inside a line split a headline from its credit or a label from its note


def _has_mid_line_mark(text: str) -> bool:
    """What the rules that look inside a line need: C-speed substring tests on a short line, or a
    bar near a long one's end."""
    if len(text) > MAX_MID_LINE_CHARS:
        tail = text[-TAIL_CHARS:]
        return " | " in tail or " ~ " in tail
    return " by " in text or "ublished " in text or "Posted " in text or "Appeared " in text or " | " in text or " ~ " in text
# 'harbour cranesThe Cranes Stand Idle', 'ferry_queue_2019Why Fares Rose': an image's
# file name or alt slug glued to the headline after it
_SLUG_THEN_TITLE = regex.compile(r"^(?:[a-z][a-z]*(?: [a-z]+){0,3}|[\w-]*_[\w-]*?[a-z0-9])(?=[A-Z][\w’']*\s)")
# 'My column for the Harbour Times: The ferry ...': the blogger's note glued to the excerpt it introduces
_NOTE_THEN_TEXT = regex.compile(
    r"^(?:My|Our|His|Her)\s+(?:latest\s+|new\s+|recent\s+)?(?:article|piece|column|op-?ed|essay|commentary|post)"
    r"\s+(?:for|in|at|on)\s+[^:.]{2,60}:\s+(?=\S)", regex.I)
# '2021-03-06T22:14:00-05:00March 6th, 2021|Categories: ...': a machine timestamp glued to the date shown
_TIMESTAMP_THEN_TEXT = regex.compile(r"^(?P<date>\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)(?=\p{L})")
# 'By Jane Roe. It takes a ferry pilot to ...': a byline glued to the excerpt it signs
_BYLINE_THEN_TEXT = regex.compile(  # not at an initial's full stop ('By Martin C. Halvorsen')
    rf"^(?P<date>By {NAME}(?: in \p{{Lu}}[\p{{L}}-]+)?)(?<!\b\p{{Lu}})\.\s+(?=[\p{{Lu}}\p{{Ll}}“\"‘'])")
# 'THE FERRY NOBODY RIDES  BY JANE ROEHARBOUR TIMESThe council met ...': a heading in capitals
# glued to the text it heads (the text's first word is where capitals give way to lower case)
_CAPS_THEN_TEXT = regex.compile(r"^(?P<date>[^\p{Ll}]{12,240}?\p{Lu}(?=\p{Lu}\p{Ll}))(?<=\p{Lu}\p{Lu}\p{Lu}\s?\S*\p{Lu})")
# 'February 2016 – The council voted again ...': a teaser that opens with its date
_DATE_THEN_TEXT = regex.compile(
    rf"^(?:(?P<date>{_DATE}|(?:{MONTHS})\.? \d{{4}})\s+[–—-]\s+(?=\S)|(?P<date2>{_DATE})\s+(?=\p{{Lu}}\p{{Ll}}+ \p{{Ll}}))")


def split_glued(lines: Iterable[Line]) -> Iterator[Line]:
    """Every line, with the ones that hold glued elements given as their parts. Most lines are
    let through after a few character tests, without a call."""
    previous = ""
    for line in lines:
        text = line.text
        if line.through or not (_end_mark(text) in _RULES_BY_LAST or text.startswith(_OPENERS) or text[:1].isdigit() or text[:3].isupper()
                                or text[:1].islower() or "_" in text[:40] or text[:3] in MONTH_PREFIXES
                                or _has_mid_line_mark(text)):
            yield line  # (a paragraph joined from a hard-wrapped dump is never split)
        else:
            parts = _parts(line)
            yield from [line] if _source_under_headline(parts, previous) else parts
        previous = text


def _source_under_headline(parts: list[Line], previous: str) -> bool:
    """'The Harbour Review (March 4, 2024)' under a headline on a line of its own: where and when it
    ran, one date line, not a headline glued to its date."""
    return (len(parts) == 2 and parts[1].text.startswith("(") and parts[1].text.endswith(")")
            and _SOURCE_NAME.fullmatch(parts[0].text) is not None
            and (parse_full_date(parts[1].text[1:-1]) or parse_month_year(parts[1].text[1:-1])) is not None
            and bool(previous) and previous[-1] not in ".!?:" and len(previous.split()) <= MAX_TITLE_WORDS)


# an outlet's name: a few capitalised words ('Harbour Weekly', 'Ferries: The Blog', 'The Tide')
_SOURCE_NAME = regex.compile(r"(?:The )?\p{Lu}[\w&.’'-]*:?(?: (?:of |the |and |& |on |for )?\p{Lu}[\w&.’'-]*:?){0,4}")


def _end_mark(text: str) -> str:
    """The line's last character, as the end-reading rules see it: none after a sentence's full
    stop, or after a word that no rule ends with."""
    last = text[-1]
    if (last == "." and not text[-2:-1].isdigit() and not text.endswith(_LINK_ENDINGS)) \
            or (last.isalpha() and not _WORD_RULE_ENDING.search(text[-WORD_ENDING_CHARS:])):
        return ""
    return last


def _parts(line: Line) -> list[Line]:
    text = line.text
    short = len(text) <= MAX_GLUED_LINE_CHARS
    if short and (text[:1].islower() or "_" in text[:40]):
        slug = _SLUG_THEN_TITLE.match(text)
        if slug and _title_words(text[slug.end():]):
            return [replace(line, text=slug.group(0)), *_parts(replace(line, text=text[slug.end():], joined=""))]
    rules = _RULES_BY_LAST.get(_end_mark(text), ())
    if _has_mid_line_mark(text):
        rules += _MID_LINE_RULES
    for rule in rules:
        if (rule.short_only and not short) or (rule.gate is not None and not rule.gate(text)):
            continue
        match = rule.pattern.search(text, 0 if short else len(text) - TAIL_CHARS)
        if match is None:
            continue
        head, tail = text[: match.start()].rstrip(), text[match.end():].lstrip()
        if head and tail and _plausible(rule.name, head):
            return [replace(line, text=head), replace(line, text=tail, joined=text[len(head): len(text) - len(tail)])]
    return _opening_parts(line)


def _opening_parts(line: Line) -> list[Line]:
    """A note or a date that opens the line, split from the text it introduces."""
    text = line.text
    if text.startswith(_NOTE_OPENERS):
        match = _NOTE_THEN_TEXT.match(text)
    elif text[:1].isdigit() or text[:3] in MONTH_PREFIXES:
        match = _DATE_THEN_TEXT.match(text) or _TIMESTAMP_THEN_TEXT.match(text)
    elif text.startswith(_LINK_OPENERS):
        match = _LINK_THEN_TITLE.match(text)
    elif text.startswith("By "):
        match = _BYLINE_THEN_TEXT.match(text)
    elif text[:3].isupper():
        match = _CAPS_THEN_TEXT.match(text)
    else:
        return [line]
    if not match:
        return [line]
    found = match.groupdict()
    head = found.get("date") or found.get("date2") or match.group(0).rstrip()
    return [replace(line, text=head), replace(line, text=text[match.end():], joined=text[len(head): match.end()])]


_NOTE_OPENERS = ("My ", "Our ", "His ", "Her ", "my ", "our ", "MY ")
_LINK_OPENERS = ("Read ", "Continue ", "Keep ")
_OPENERS = _NOTE_OPENERS + _LINK_OPENERS + ("By ",)  # lines that may open with a note, a link or a byline


def _plausible(rule: str, head: str) -> bool:
    """A headline before its date or citation is short and has a few words; the other rules split
    on a glue mark (no space) that prose does not show."""
    if rule in ("date after a headline", "citation after a headline", "citation after a headline and a dash",
                "month after a headline and a dash"):
        words = head.split()
        if head.endswith(".") and len(words) <= MAX_SOURCE_WORDS and rule == "date after a headline":
            return False  # 'Harbour Review (Online). December 9, 2015.': one citation line
        if "”" in head[:-1]:
            return False  # '“The Summit Was the Point.” The Atlantic. October 8, 2019.': a citation (cues/citation.py)
        tied = rule == "date after a headline" and (words[-1] in _TIED or words[-1].casefold().strip(",") in _TIME_WORDS)
        return (MIN_HEAD_WORDS <= len(words) <= MAX_TITLE_WORDS and (head[-1].isalnum() or head[-1] in "?!.”’\")…")
                and not tied and words[0].casefold() not in _LINE_LABELS
                and not any(sep in head + " " for sep in _TAG_SEPARATORS))
    return True


def _title_words(text: str) -> bool:
    words = text.split()
    return MIN_HEAD_WORDS <= len(words) <= MAX_TITLE_WORDS
