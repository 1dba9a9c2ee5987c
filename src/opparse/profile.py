"""Cue tables as data: the built-in profile (profiles/default.toml) merged with an optional user profile.

Everything a site may do differently (credit forms, date-line labels, furniture lines, bio and
standfirst wording, outlet names) lives in TOML. This module turns those tables into compiled,
anchored patterns once, so the per-line path only runs ready regexes.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from .names import NAME, NAME_LIST

DEFAULT_PROFILE = "default.toml"
CASELESS = regex.IGNORECASE | regex.V0


class ProfileError(Exception):
    """A profile file that cannot be read or has a bad pattern; the message names file and key."""


def _alternation(words: list[str]) -> str:
    """Longest first, so 'Photo credit' wins over 'Photo'."""
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _lower_alternation(words: list[str]) -> str:
    """The same for a stdlib `re` pattern searched in lowercased text: several times faster than
    the `regex` module's case-insensitive search of the same words, on every prose line."""
    return "|".join(re.escape(w) for w in sorted({w.lower() for w in words}, key=len, reverse=True))


def _load_toml(path: Path | None) -> dict[str, Any]:
    try:
        if path is None:
            return tomllib.loads((Path(__file__).parent / "profiles" / DEFAULT_PROFILE).read_text("utf-8"))
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise ProfileError(f"{path}: cannot read profile: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(f"{path}: not valid TOML: {error}") from None


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Extend base's lists with extra's; replace those named in extra's `replace` list."""
    replace = set(extra.get("replace", []))
    merged = {section: dict(table) if isinstance(table, dict) else table for section, table in base.items()}
    for section, table in extra.items():
        if section == "replace":
            continue
        if not isinstance(table, dict):
            raise ProfileError(f"profile: [{section}] must be a table of lists")
        target = merged.setdefault(section, {})
        for key, values in table.items():
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ProfileError(f"profile: {section}.{key} must be a list of strings")
            if f"{section}.{key}" in replace:
                target[key] = list(values)
            else:
                target[key] = list(target.get(key, [])) + list(values)
    return merged


MAX_REMEMBERED_WORDS = 50_000
# The furniture tables in the order furniture_kind tries them: the first that has a line decides.
FURNITURE_LINE_TABLES = ("noise.lines", "kickers.lines", "outlets.names", "closing.lines", "site.lines")
FURNITURE_TABLES = ("noise.patterns", "relative_dates.patterns", "kickers.patterns", "images.patterns", "preamble.patterns",
                    "site.patterns", "closing.patterns", "boundaries.separators")


class AnchoredTable:
    """A table of patterns anchored at the line's start, tried in order (the first that matches
    wins) but only those that can begin with the line's first word.

    Most lines start with a word no furniture pattern can start with ('The', 'In', 'But'), so most
    lines cost a dictionary lookup instead of dozens of regex calls. Which patterns can begin with
    a word is asked of the regex engine itself (a partial match on the word), once per distinct
    first word and only of the patterns that can begin with its first character, so the narrowing
    is exact for any table a profile adds. Each pattern carries the name of the table it came
    from, so several tables can be tried as one (`joined`) and still say which one matched.
    """

    def __init__(self, entries: tuple[tuple[regex.Pattern, str], ...]):
        self._entries = entries
        self._by_char: dict[str, tuple[tuple[regex.Pattern, str], ...]] = {}
        self._by_word: dict[str, tuple[tuple[regex.Pattern, str], ...]] = {}

    @classmethod
    def joined(cls, *tables: AnchoredTable) -> AnchoredTable:
        return cls(tuple(entry for table in tables for entry in table._entries))

    @property
    def patterns(self) -> tuple[regex.Pattern, ...]:
        return tuple(pattern for pattern, _ in self._entries)

    def match(self, text: str) -> regex.Match | None:
        found = self.find(text)
        return found[0] if found else None

    def find(self, text: str) -> tuple[regex.Match, str] | None:
        """The first pattern's match and its table's name."""
        space = text.find(" ")
        word = text if space < 0 else text[: space + 1]
        candidates = self._by_word.get(word)
        if candidates is None:
            candidates = self._candidates(word)
        for pattern, table in candidates:
            match = pattern.match(text)
            if match:
                return match, table
        return None

    def _candidates(self, word: str) -> tuple[tuple[regex.Pattern, str], ...]:
        first = word[:1]
        by_char = self._by_char.get(first)
        if by_char is None:
            by_char = self._by_char[first] = tuple(e for e in self._entries if e[0].match(first, partial=True))
        if len(self._by_word) >= MAX_REMEMBERED_WORDS:
            self._by_word.clear()
        found = self._by_word[word] = tuple(e for e in by_char if e[0].match(word, partial=True))
        return found


def _first_table_of_each_line(tables: tuple[str, ...], words) -> dict[str, str]:
    """One lookup per line instead of one per table: each folded line names the first table that lists it."""
    found: dict[str, str] = {}
    for where in tables:
        for line in words(*where.split(".")):
            found.setdefault(line.casefold(), where)
    return found


def _compile_all(patterns: list[str], where: str, flags: int = CASELESS) -> AnchoredTable:
    """A table's patterns as one AnchoredTable named `where`; a bad pattern is named in the error."""
    compiled = []
    for pattern in patterns:
        try:
            compiled.append((regex.compile(pattern, flags), where))
        except regex.error as error:
            raise ProfileError(f"profile: bad pattern in {where}: {pattern!r}: {error}") from None
    return AnchoredTable(tuple(compiled))


ROW_FIELDS = ("date", "outlet", "headline", "other")


@dataclass(frozen=True)
class Profile:
    """Compiled cue tables; built once per run and shared read-only by every stage."""

    credit_label: regex.Pattern
    credit_by: regex.Pattern
    credit_bracket: regex.Pattern
    credit_bare_agency: regex.Pattern
    credit_alone: regex.Pattern  # a line that is only a credit: 'Photo: Jane Roe', 'Credit...Jane Roe'
    agency: regex.Pattern
    agency_last_words: frozenset[str]
    authored_by: regex.Pattern
    dateline_label: regex.Pattern
    updated_labels: frozenset[str]
    byline: regex.Pattern
    title_before_name: regex.Pattern  # 'Ambassador Jane Roe', 'Dr Jane Roe': a title before the name, and its role
    bio_named: regex.Pattern
    bio_subject: regex.Pattern
    role_word: regex.Pattern
    org_word: regex.Pattern
    standfirst: regex.Pattern
    standfirst_after: regex.Pattern
    standfirst_verb: regex.Pattern
    intro_piece_noun: re.Pattern[str]  # these three are searched in the lowercased text
    intro_posting: re.Pattern[str]
    intro_blurb: re.Pattern[str]
    intro_opener: regex.Pattern
    intro_first_person: regex.Pattern
    site_description: regex.Pattern
    print_notes: AnchoredTable
    related_lines: frozenset[str]
    comments_opener: AnchoredTable
    closing_patterns: AnchoredTable
    site_patterns: AnchoredTable
    preamble_patterns: AnchoredTable
    separators: AnchoredTable
    outlet_lines: frozenset[str]  # the outlet names, folded: a line that is only a name is a label over a headline
    furniture_lines: dict[str, str]  # a folded furniture line -> the first table in FURNITURE_LINE_TABLES that has it
    noise_patterns: AnchoredTable
    image_patterns: AnchoredTable
    furniture_patterns: AnchoredTable  # the six furniture tables above, tried as one in furniture_kind's order
    outlet_name: regex.Pattern
    outlet_marker: regex.Pattern
    row_label: regex.Pattern  # a field label of a flattened table row, glued to its value
    row_fields: dict[str, str]  # a row's field label -> the record field it fills ('date', 'outlet', 'headline')
    dayfirst: bool

    def looks_like_outlet(self, name: str) -> bool:
        """A known outlet, or a name of two words or more with an outlet word in it ('Kestrel Commentary')."""
        return bool(self.outlet_name.fullmatch(name) or (self.outlet_marker.search(name) and " " in name.strip()))

    @classmethod
    def from_tables(cls, t: dict[str, Any]) -> Profile:
        def words(section: str, key: str) -> list[str]:
            return list(t.get(section, {}).get(key, [])) or ["(?!)"]

        agencies = _alternation(words("agencies", "names"))
        labels = _alternation(words("credits", "labels"))
        by_phrases = _alternation(words("credits", "by_phrases"))
        agency_photo = "|".join(words("credits", "agency_photo"))
        published = words("datelines", "published")
        updated = words("datelines", "updated")
        furniture = {where: _compile_all(words(*where.split(".")), where) for where in FURNITURE_TABLES}
        return cls(
            credit_label=regex.compile(
                rf"(?:^|(?<=[\s.!?…”\"’)\]]))[(\[]?\s*(?:(?P<label>{labels})s?\s*:|©)"
                rf"\s*(?P<credit>[^:()\[\]©]{{1,90}}?)\s*[)\]]?\.?\s*$", CASELESS),
            credit_by=regex.compile(
                rf"(?:[(\[]\s*(?:{by_phrases})\s+(?P<credit>[^()\[\]]{{1,80}}?)\s*[)\]]"
                rf"|[(\[]\s*(?P<credit2>(?:{agency_photo})[^()\[\]]{{1,80}}?)\s*[)\]]"
                rf"|(?<=[.!?”\"’]\s*)(?:{by_phrases})\s+(?P<credit3>{NAME}(?:/\S+)?))\s*$", CASELESS),
            credit_bracket=regex.compile(r"[(\[](?P<credit>[^()\[\]]{2,80})[)\]]\.?\s*$"),
            credit_alone=regex.compile(rf"^(?:{labels})s?\s*(?:\.{{2,3}}|…|:)\s*(?P<credit>\S.{{0,100}})$", CASELESS),
            credit_bare_agency=regex.compile(
                rf"(?<=[.!?”\"’)])\s*(?:[—–-]\s*)?(?P<credit>(?:[\p{{Lu}}][\p{{L}}.'’\-]+\s+){{0,3}}?(?:[\p{{Lu}}][\p{{L}}.'’\-]+\s*/\s*)?"
                rf"(?:{agencies})(?:\s*/\s*[\p{{Lu}}][\p{{L}} ]{{1,30}})?)\s*$"),
            agency_last_words=frozenset(name.split()[-1].casefold() for name in words("agencies", "names")),
            agency=regex.compile(rf"(?:^|[\s/(\[])(?:{agencies})(?:$|[\s/)\],.])", CASELESS),
            authored_by=regex.compile(rf"^(?:{_alternation(words('bios', 'authored_by'))})\s+(?P<rest>[\p{{Lu}}].+)$", CASELESS),
            dateline_label=regex.compile(rf"^(?P<label>{_alternation(published + updated)})\s*(?:[:|–—-]\s*)?(?P<rest>.+)$", CASELESS),
            updated_labels=frozenset(label.casefold() for label in updated),
            byline=regex.compile(rf"^(?i:{_alternation(words('bylines', 'prefixes'))})\s*:?\s+(?P<rest>[\p{{Lu}}].+)$"),
            title_before_name=regex.compile(
                rf"^(?:(?:{_alternation(words('bylines', 'honorifics'))})\s+(?=\p{{Lu}}))?"
                rf"(?:(?P<title>(?:{_alternation(words('bylines', 'titles_before_names'))})(?:\s+\((?i:retd|retired)\.?\))?)"
                rf"\s+(?=\p{{Lu}}))?"),
            bio_named=regex.compile(
                rf"^(?:[•*·▪■–—-]\s*)?(?:(?i:about the authors?|about the writer|author bio|bio|editor[’']s note)\s*:\s*)?"
                rf"(?P<names>{NAME_LIST})(?:\s*\([^()]{{1,60}}\))?(?:,\s*(?P<appositive>.{{2,160}}?),)?"
                rf"\s+(?P<verb>is|was|are|were|serves as|works as|teaches|heads|leads|directs|chairs|writes|covers)\s+(?P<rest>.+)$"),
            bio_subject=regex.compile(
                rf"^(?:[•*·▪■–—-]\s*)?(?P<subject>{_alternation(words('bios', 'subjects'))})"
                rf"\s+(?P<verb>is|are|was|were)(?:,?\s+(?P<respectively>respectively),)?\s+(?P<rest>.+)$", CASELESS),
            org_word=regex.compile(rf"\b(?:{_alternation(words('bios', 'organisation_words'))})\b"),
            role_word=regex.compile(rf"\b(?:{_alternation(words('bios', 'role_words'))})s?\b", CASELESS),
            standfirst=regex.compile(rf"^(?P<names>{NAME_LIST})\s+(?:{_alternation(words('standfirst', 'verbs'))})\b"),
            standfirst_verb=regex.compile(_alternation(words('standfirst', 'verbs'))),
            standfirst_after=regex.compile(
                rf",\s+(?:{_alternation(words('standfirst', 'verbs'))})\s+(?P<names>{NAME_LIST})\.?$"),
            intro_piece_noun=re.compile(rf"\b(?:{_lower_alternation(words('intro', 'piece_nouns'))})\b(?!-)"),
            intro_posting=re.compile(rf"\b(?:{_lower_alternation(words('intro', 'posting_words'))})\b"),
            intro_opener=regex.compile(rf"^(?:{_alternation(words('intro', 'blurb_openers'))})\b", CASELESS),
            intro_blurb=re.compile(
                rf"\b(?:{_lower_alternation(words('intro', 'blurb_adjectives'))})\W+(?:[\w’'-]+\W+){{0,2}}?"
                rf"(?:{_lower_alternation(words('intro', 'piece_nouns'))})\b(?!-)"),
            intro_first_person=regex.compile(rf"\b(?:{_alternation(words('intro', 'first_person'))})\b"),
            site_description=regex.compile(rf"\b(?:{_alternation(words('intro', 'site_descriptions'))})\b", CASELESS),
            print_notes=_compile_all(words("print_notes", "patterns"), "print_notes.patterns"),
            related_lines=frozenset(s.casefold() for s in words("closing", "related")),
            comments_opener=_compile_all(words("closing", "comments"), "closing.comments"),
            closing_patterns=furniture["closing.patterns"],
            site_patterns=furniture["site.patterns"],
            preamble_patterns=furniture["preamble.patterns"],
            separators=furniture["boundaries.separators"],
            outlet_lines=frozenset(s.casefold() for s in words("outlets", "names")),
            furniture_lines=_first_table_of_each_line(FURNITURE_LINE_TABLES, words),
            noise_patterns=furniture["noise.patterns"],
            image_patterns=furniture["images.patterns"],
            furniture_patterns=AnchoredTable.joined(*furniture.values()),
            outlet_name=regex.compile(rf"(?<![\p{{L}}])(?:{_alternation(words('outlets', 'names'))})(?![\p{{L}}])"),
            outlet_marker=regex.compile(rf"\b(?:{_alternation(words('outlets', 'markers'))})\b"),
            row_label=regex.compile(
                rf"(?:^|(?<=[\p{{Ll}}\d\s.,;:”\"’)]))(?P<label>{_alternation([w for f in ROW_FIELDS for w in words('rows', f)])})"
                rf"(?=[\p{{Lu}}\d“\"‘'])"),
            row_fields={label: field for field in ROW_FIELDS for label in t.get("rows", {}).get(field, [])},
            dayfirst=t.get("dates", {}).get("numeric_order", ["day-first"])[-1] != "month-first",
        )


def load_profile(path: str | Path | None = None) -> Profile:
    """The default profile, extended by the user's TOML file when one is given."""
    if path is None:
        return default_profile()
    return Profile.from_tables(merge(_load_toml(None), _load_toml(Path(path))))


@lru_cache(maxsize=1)
def default_profile() -> Profile:
    return Profile.from_tables(_load_toml(None))
