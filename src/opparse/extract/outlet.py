"""Where the piece was published: a dated source line, a closing line (copyright, disclaimer, 'first
appeared in', print note), the blogger's intro, then the post's categories and the archive's
category title, in that order."""
from __future__ import annotations

import regex

from ..cues.byline import byline_outlet, is_outlet_line
from ..cues.furniture import closing_categories, closing_outlet
from ..cues.print_note import match_print_note
from ..cues.shape import place_dateline_outlet, source_tag, strip_bullet
from ..dateparse import MONTHS
from ..label import Labelled
from ..model import Role
from ..profile import Profile

MIN_INTRO_SCORE = 3
CONTEXT_CHARS = 80
_CAPITALISED = (r"(?:The\s+)?[\p{Lu}][\p{L}\p{N}&'’.\-]*"
                r"(?:\s+(?:(?:of|the|and|&|on|for|de|du)\s+)*[\p{Lu}][\p{L}\p{N}&'’.\-]*){0,5}")
_AFTER_PREPOSITION = regex.compile(
    rf"\b(?:for|in|on|at|to|with|by)\s+(?:the\s+|my\s+[\p{{Ll}}\s]{{0,30}}?)?"
    r"(?:(?:today|yesterday|tomorrow|this\s+week|last\s+week|this\s+month|Sunday|Saturday|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|this\s+weekend)[’']s\s+)?"
    rf"(?P<name>{_CAPITALISED})")
_ABOUT_PIECE = regex.compile(
    r"\b(?:op-?eds?|op ed|piece|article|column|commentary|essay|appeared|appears|published|ran|running|wrote|written|"
    r"posting|posted|version)\b[^.]*$", regex.I)
_NOT_THIS_PIECE = regex.compile(
    r"\b(?:earlier|previous|prior|similar|original|last\s+year|spoke|speak|talked|talking|interview(?:ed)?|quoted|"
    r"cited|also\s+(?:wrote|did)|on\s+the\s+same)\b[^.]*$", regex.I)
# 'my latest BusinessWorld column', 'my first Inquirer column': the outlet names the piece
_BEFORE_PIECE_NOUN = regex.compile(
    r"\b(?:my|our|a|an|the|latest|new|first|last|weekly|monthly|fortnightly|regular|"
    r"(?:this|last|next)\s+(?:week|fortnight|month)[’']s)\s+(?:(?:latest|new|first|last|"
    r"weekly|monthly|fortnightly|regular)\s+)?(?P<name>(?:[\p{Lu}][\p{L}\p{N}&'’.\-]*\s+){0,3}[\p{Lu}][\p{L}\p{N}&'’.\-]*)\s+"
    r"(?:column|op-ed|oped|piece|article|commentary|essay|op ed)\b")
_POSSESSIVE = regex.compile(r"[’']s?\b.*$")
_TRAILING_WORDS = regex.compile(
    r"(?:\s+(?:print|online|edition|website|newspaper|magazine|site|today|this|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday))+$", regex.I)
_SENTENCE_END = regex.compile(r"\.\s.*$")  # 'Harbour Times. The ferry fare': the name ends with its sentence
_CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split()) | frozenset(
    MONTHS.casefold().split("|"))


_TAG_FIRST = regex.compile(r"^\[(?P<tag>[^\[\]]{2,60})\]\s+(?P<headline>\S.*)$")  # '[The Diplomat] Headline'
_TAG_LAST = regex.compile(r"^(?P<headline>.+?)\s+[|–—]\s+(?P<tag>[^|–—]{2,60})$")  # 'Headline | Devex'
_IN_KNOWN_OUTLET = regex.compile(r"\s(?:in|on|for)\s+(?P<outlet>\p{Lu}[^,.;:]{1,40})$")
_TAG_BAR_FIRST = regex.compile(r"^(?P<tag>[^|]{2,40}?)\s+\|\s+(?P<headline>[^|]{8,})$")  # 'Harbour Post | Headline'
MAX_TAG_WORDS = 5
_HEADLINE_LABEL = regex.compile(r"^(?:Headline|Title|Hed)\s*:\s*(?=\S)", regex.I)  # a header typed as 'Headline: ...'
_OUTLET_LABEL = regex.compile(r"^(?:Outlet|Publication|Published in|Newspaper)\s*:\s*(?P<outlet>\S.{1,60})$", regex.I)


def headline_and_tag(text: str, profile: Profile, tagged_page: bool = False) -> tuple[str, str | None]:
    """A blog post title that tags the op-ed's headline with its outlet: the headline without the
    tag, and the outlet. A bracketed tag is dropped whatever it says ('[Updated]'); a tag after a
    bar only when it looks like an outlet, since 'Headline | Subtitle' is also a form, unless the
    page tags all its headlines so (`tagged_page`, settled by layout.py), when a short capitalised
    tag after ', ' or ' - ' is one too ('Headline, Hindustan Times'). A 'Headline:' label is dropped."""
    text = _HEADLINE_LABEL.sub("", strip_bullet(text))
    first = _TAG_FIRST.match(text)
    if first and len(first.group("tag").split()) <= MAX_TAG_WORDS:
        tag = first.group("tag").strip()
        return first.group("headline"), tag if profile.looks_like_outlet(tag) else None
    last = _TAG_LAST.match(text)
    if last and profile.looks_like_outlet(last.group("tag").strip()):
        return last.group("headline"), last.group("tag").strip()
    barred = _TAG_BAR_FIRST.match(text)
    if barred and profile.looks_like_outlet(barred.group("tag")):
        return barred.group("headline"), barred.group("tag")
    if tagged_page:
        tag = source_tag(text)
        if tag:
            return text[: -len(tag[1])].rstrip(), tag[0]
    return text, None



def extract_outlet(lines: list[Labelled], category: str | None, profile: Profile,
                   sources_are_outlets: bool = False, tagged_page: bool = False) -> str | None:
    for x in lines:
        dated = x.features.dateline if x.role is Role.DATELINE else None
        if dated and (dated.outlet or (sources_are_outlets and dated.source)):
            return dated.outlet or dated.source  # on such a page 'Harbour Weekly' is no person
        if x.role is Role.BODY and x.features.place_dateline:
            named = place_dateline_outlet(x.text)
            if named:
                return named
        if x.role is Role.BYLINE and (credited := byline_outlet(x.text)):
            return credited
        if x.role is Role.BYLINE and is_outlet_line(x.text, profile):
            return x.text
        if x.role is Role.HEADLINE:
            tagged = headline_and_tag(x.text, profile, tagged_page)[1]
            if tagged:
                return tagged
            named = _IN_KNOWN_OUTLET.search(x.text)  # 'Roe writes about broadband in The Hill'
            if named and profile.outlet_name.fullmatch(named.group("outlet")):
                return named.group("outlet")
        labelled = _OUTLET_LABEL.match(x.text) if x.role is Role.FURNITURE else None
        if labelled:  # a header typed as 'Outlet: Climate Home News'
            return labelled.group("outlet").strip()
    for x in lines:
        if x.role in (Role.FURNITURE, Role.PRINT_NOTE, Role.BIO):
            note = match_print_note(x.text, profile) if x.role is Role.PRINT_NOTE else None
            named = (note.groupdict().get("outlet") if note else None) or closing_outlet(x.text, profile)
            known = profile.outlet_name.search(x.text) if named else None
            if known and named in known.group(0):
                named = known.group(0)  # 'published on War on the Rocks.' names War on the Rocks, not War
            if named:
                return named.strip()
    for x in lines:  # a section label that is an outlet's name: 'Comment is free' over a Guardian piece
        if x.role is Role.FURNITURE and (profile.outlet_name.fullmatch(x.text) or x.text.casefold() in profile.outlet_lines):
            return x.text
    intro = " ".join(x.text for x in lines if x.role is Role.INTRO)
    if intro:
        found = outlet_in_intro(intro, profile)
        if found:
            return found
    teaser = _teaser_outlet(lines, profile)
    if teaser:
        return teaser
    categories = [c for x in lines if x.role is Role.FURNITURE for c in closing_categories(x.text, profile)]
    for name in categories + ([category] if category else []):
        if profile.looks_like_outlet(name):
            return name
    return None


MAX_TEASER_PARAGRAPHS = 2


def _teaser_outlet(lines: list[Labelled], profile: Profile) -> str | None:
    """A listing's teaser that says where the piece ran: 'Originally published in the Hill. ...',
    'In her piece for Harbour Review, ...'. Only in a short item: a full text names other outlets."""
    teaser = [x.text for x in lines if x.role in (Role.BODY, Role.STANDFIRST)]
    if not teaser or len(teaser) > MAX_TEASER_PARAGRAPHS:
        return None
    note = _LEADING_NOTE.match(teaser[0])
    if note:
        return note.group("outlet").strip()
    return outlet_in_intro(teaser[0].split(". ")[0], profile)


_LEADING_NOTE = regex.compile(
    r"^(?:Originally|First|Also) (?:published|appeared|ran) (?:in|by|on) (?:the )?(?P<outlet>\p{Lu}[^.:;]{1,60})[.:;]\s")


def outlet_in_intro(intro: str, profile: Profile) -> str | None:
    """The best-placed outlet-like name in the blurb: in the outlet table, named by an outlet word or
    naming the piece ('my latest X column'); near a word about the piece; not in a clause about
    another piece or an interview."""
    candidates = [(m.start("name"), _TRAILING_WORDS.sub("", _POSSESSIVE.sub("", _SENTENCE_END.sub("", m.group("name")))), False)
                  for m in _AFTER_PREPOSITION.finditer(intro)]
    candidates += [(m.start(), m.group(0), False) for m in profile.outlet_name.finditer(intro)]
    candidates += [(m.start("name"), m.group("name"), True) for m in _BEFORE_PIECE_NOUN.finditer(intro)]
    best: tuple[int, int, str] | None = None
    for start, name, names_the_piece in candidates:
        known = profile.outlet_name.search(name)
        if known and known.group(0) != name:
            name = known.group(0)  # 'Nikkei Asia on March' -> 'Nikkei Asia'
        if not name or name.casefold() in _CALENDAR_WORDS:
            continue
        score = 3 if names_the_piece or profile.looks_like_outlet(name) else 0
        before = intro[max(0, start - CONTEXT_CHARS): start]
        if _ABOUT_PIECE.search(before):
            score += 2
        if _NOT_THIS_PIECE.search(before):
            score -= 5
        if score >= MIN_INTRO_SCORE and (best is None or (score, -start) > (best[0], -best[1])):
            best = (score, start, name)
    return best[2] if best else None
