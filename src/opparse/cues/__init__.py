"""Line cues: each a small pure function in its own module, run in one ordered list by `classify`.

The order is the precedence: print notes and furniture are recognised by their wording first,
then lines with a fixed form (date lines, bylines, captions, bios), then shapes (slug, title,
prose). Each Features records the cue that decided its kind, for `opparse inspect`.
"""
from __future__ import annotations

import regex

from ..model import Features, Kind, Line
from ..names import NAME
from ..profile import Profile
from .bio import match_bios
from .byline import is_role_line, match_authored_by, match_byline
from .caption import credit_alone, split_credit
from .citation import MAX_CITATION_CHARS, match_citation, may_be_citation
from .dateline import closing_date, match_dateline, trailing_date
from .furniture import KICKER_CUE, MAX_FURNITURE_CHARS, SEPARATOR_CUE, furniture_kind
from .print_note import match_print_note
from .shape import (
    has_two_sentences,
    is_lowercase_label,
    is_name_only,
    is_slug,
    is_title,
    is_title_case_sentences,
    opens_with_place_dateline,
)
from .standfirst import standfirst_names

_SIGNATURE = regex.compile(rf"^{NAME},$")  # 'J Roe,' alone under a letter: its writer signs it
SIGNATURE_CUE = "signature"
LONG_LINE_CHARS = 200  # longer than a date line (140), a title (180) or a credit, comments or related line
_EXCERPT_END = regex.compile(
    r"(?:…|\.\.\.|\[(?:…|\.\.\.)\])\s*(?:\(?(?:Continue reading|Read more|More)\b.{0,30})?$"
    r"|(?:Continue reading|Read more)\W{0,3}$", regex.I)
_MORE_END = regex.compile(r"(?<=[.!?”])\s+More\W{0,3}$")  # '... the rest. More.': tried only on lines ending so


def classify(line: Line, profile: Profile) -> Features:
    """The first cue that fires decides. A line longer than LONG_LINE_CHARS cannot be a date line,
    a title, a credit line or site furniture, so those cues are skipped for it: most body
    paragraphs take that shorter path."""
    text = line.text
    short = len(text) <= LONG_LINE_CHARS
    if match_print_note(text, profile):
        return Features(line, Kind.PRINT_NOTE, cues=("print note",))
    if short and text.casefold() in profile.related_lines:
        return Features(line, Kind.CLOSING, opens_related=True, cues=("related-posts list",))
    if short and profile.comments_opener.match(text):
        return Features(line, Kind.CLOSING, opens_comments=True, cues=("comments section",))
    if match_authored_by(text, profile):
        return Features(line, Kind.BIO, cues=("authored-by bio",))
    if match_byline(text, profile):
        return Features(line, Kind.BYLINE, dateline=trailing_date(text, profile), cues=("byline",))
    if len(text) <= MAX_CITATION_CHARS and may_be_citation(text) and match_citation(text):  # it tests for a year itself
        return Features(line, Kind.TITLE, citation=True, cues=("citation",))
    if short:
        if (text[-1] == "," and _SIGNATURE.match(text)) or (line.joined and "~" in line.joined and is_name_only(text)):
            return Features(line, Kind.CLOSING, cues=(SIGNATURE_CUE,))  # closes the letter or quote it signs
        if is_role_line(text, profile):
            return Features(line, Kind.BYLINE, role_line=True, cues=("author's role line",))
        furniture = furniture_kind(text, profile)
        if furniture and furniture[1] == KICKER_CUE and "," in text and is_name_only(text):
            furniture = None  # 'Jane Roe, Li Wei, Ann Park' is a byline, not a tag line of topics
        if furniture:
            dated = closing_date(text, profile) if furniture[0] is Kind.CLOSING else None
            return Features(line, furniture[0], dateline=dated, closes_piece=furniture[1] == SEPARATOR_CUE,
                            cues=(furniture[1],))
        dateline = match_dateline(text, profile)
        if dateline:
            return Features(line, Kind.DATELINE, dateline=dateline, cues=(f"{dateline.kind} date line",))
        if credit_alone(text, profile):
            return Features(line, Kind.CREDIT, cues=("credit line",))
    if split_credit(text, profile):
        return Features(line, Kind.CAPTION, cues=("photo credit",))
    if match_bios(text, profile):
        return Features(line, Kind.BIO, cues=("bio",))
    if not short:
        if len(text) <= MAX_FURNITURE_CHARS and profile.closing_patterns.match(text):
            return Features(line, Kind.CLOSING, dateline=closing_date(text, profile), cues=("closing furniture",))
        return _prose(line, standfirst_names(text, profile), _ends_excerpt(text), opens_with_place_dateline(text))
    if is_slug(text) or is_lowercase_label(text):
        return Features(line, Kind.SLUG, cues=("image label shape",))
    names = standfirst_names(text, profile)
    excerpt = _ends_excerpt(text)
    place = opens_with_place_dateline(text)  # 'ESSEN – Germany's ...' opens a paragraph, never a headline
    if (is_title(text) or is_title_case_sentences(text)) and not excerpt and not place:
        return Features(line, Kind.TITLE, standfirst_names=names, name_only=is_name_only(text),
                        two_sentences=has_two_sentences(text), cues=("title shape",))
    return _prose(line, names, excerpt, place)


def _ends_excerpt(text: str) -> bool:
    return bool(_EXCERPT_END.search(text[-60:]) or (text.rstrip(" .»›→").endswith("More") and _MORE_END.search(text[-12:])))


def _prose(line: Line, names: tuple[str, ...], ends_excerpt: bool, place_dateline: bool) -> Features:
    return Features(line, Kind.PROSE, standfirst_names=names, ends_excerpt=ends_excerpt,
                    place_dateline=place_dateline, cues=("prose",))
