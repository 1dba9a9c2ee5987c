"""Assembling one record from a labelled piece: each field from its own extractor."""
from __future__ import annotations

import datetime as dt

import regex

from ..cues.caption import credit_alone, split_credit
from ..cues.citation import match_citation
from ..cues.print_note import match_print_note
from ..dateparse import FULL_DATE, is_timestamp, parse_full_date
from ..label import Labelled
from ..model import Author, Caption, DateMention, Document, Kind, Piece, Record, Role
from ..profile import Profile
from .authors import extract_authors
from .dates import find_dates
from .outlet import extract_outlet, headline_and_tag
from .row import parse_row

_DATE_SOURCES = (Role.INTRO, Role.BODY, Role.CAPTION)
_DATED_HEADLINE = regex.compile(rf"(?P<date>{FULL_DATE})\s*(?::|\s[–—-])\s+(?=\S)", regex.I)  # a headline after its date
_BLOG_POSTED = regex.compile(r"^Posted\b", regex.I)
_STANDFIRST_LABEL = regex.compile(r"^(?:Standfirst|Subtitle|Subhead|Dek|Summary)\s*:\s*(?=\S)", regex.I)


def build_record(piece: Piece, lines: list[Labelled], document: Document, profile: Profile) -> Record:
    """The record of a piece whose lines `label_piece` has labelled."""
    published, updated = _piece_dates(lines)
    reference = _as_date(published or updated)
    captions = _captions(lines, profile)
    body_paragraphs = [x.body_text for x in lines if x.role is Role.BODY]
    body = "\n\n".join(body_paragraphs)
    headline = next((headline_and_tag(x.text, profile, document.tagged_headlines)[0]
                     for x in lines if x.role is Role.HEADLINE), None)
    head = next((x for x in lines if x.role is Role.HEADLINE), None)
    row = parse_row(head.text, profile) if head is not None else None
    if row is not None:  # one op-ed per flattened table row: its fields come from the row's labels
        headline, published = row.headline or headline, published or row.published
    cited = match_citation(head.text) if head is not None and head.features.citation else None
    if cited is not None:  # one op-ed per line: '“Title,” Outlet, 14 February 2025.'
        headline, published = cited.title, published or cited.published
    if headline and (dated := _DATED_HEADLINE.match(headline)):  # 'April 20, 2020: Why the Ferry Is Late'
        headline, published = headline[dated.end():], published or parse_full_date(dated.group("date"))
    record = Record(
        source=document.source,
        index=piece.index,
        span={"start_line": piece.start_line, "end_line": piece.end_line},
        intro="\n\n".join(x.text for x in lines if x.role is Role.INTRO) or None,
        headline=headline or None,
        standfirst=next((_STANDFIRST_LABEL.sub("", x.text) for x in lines if x.role is Role.STANDFIRST),
                        cited.summary if cited else None),
        outlet=(row.outlet if row and row.outlet else None) or (cited.outlet if cited and cited.outlet else None)
        or extract_outlet(lines, document.category, profile, document.sources_are_outlets, document.tagged_headlines),
        published=published,
        updated=updated,
        authors=extract_authors(lines, profile) or [Author(name) for name in (cited.coauthors if cited else ())],
        captions=captions,
        images=[x.text for x in lines if x.role is Role.IMAGE],
        subheadings=[x.text for x in lines if x.role is Role.SUBHEADING],
        pull_quotes=[x.text if x.role is Role.PULL_QUOTE else x.pull_quote for x in lines
                     if x.role is Role.PULL_QUOTE or x.pull_quote],
        print_headline=_print_headline(lines, profile),
        dates=_dates(lines, captions, reference),
        body=body,
        word_count=len(body.split()),
        warnings=[],
    )
    record.warnings = _warnings(piece, record)
    return record


def _piece_dates(lines: list[Labelled]) -> tuple[str | None, str | None]:
    """The first published and updated dates, preferring the outlet's own (a date line under the
    headline, or a closing 'first published on' line) to a blog's date header above it."""
    headline = next((i for i, x in enumerate(lines) if x.role is Role.HEADLINE), 0)
    under = [x for x in lines[headline:] if x.role in (Role.DATELINE, Role.BYLINE)]  # 'By X - 11/14/23 11:30 AM'

    closing = [x for x in lines if x.role is Role.FURNITURE and x.features.kind is Kind.CLOSING]  # 'first published on DATE'
    above = [x for x in lines[:headline] if x.role is Role.DATELINE]
    posted = [x for x in under if _BLOG_POSTED.match(x.text)]  # the blog's 'Posted on DATE by NAME', under a post title
    published = updated = None
    ordered = [x for x in under if x not in posted] + closing + above + posted
    stamps = [x for x in ordered if is_timestamp(x.text)]  # a page's machine timestamp: its last edit, not its date
    for x in [x for x in ordered if x not in stamps] + stamps:
        dateline = x.features.dateline
        if dateline is None:
            continue
        if dateline.kind == "updated":
            updated = updated or dateline.value
        else:
            published = published or dateline.value
            updated = updated or dateline.updated
    return published, updated


def _as_date(iso: str | None) -> dt.date | None:
    """The day an ISO value names; a month ('2004-10') stands for its first day."""
    if not iso:
        return None
    return dt.date.fromisoformat(iso[:10] if len(iso) >= 10 else f"{iso[:7]}-01" if len(iso) == 7 else f"{iso[:4]}-01-01")


def _captions(lines: list[Labelled], profile: Profile) -> list[Caption]:
    """Captions with their credits, whether glued to the text or on the line below it."""
    captions: list[Caption] = []
    for x in lines:
        if x.role is not Role.CAPTION:
            continue
        if x.features.kind is Kind.CREDIT:
            if captions and captions[-1].credit is None:
                captions[-1].credit = credit_alone(x.text, profile)
            continue
        credit = split_credit(x.text, profile)
        captions.append(Caption(credit.text, credit.credit, x.number) if credit else Caption(x.text, None, x.number))
    return captions


def _print_headline(lines: list[Labelled], profile: Profile) -> str | None:
    for x in lines:
        if x.role is Role.PRINT_NOTE:
            note = match_print_note(x.text, profile)
            if note and note.groupdict().get("headline"):
                return note.group("headline").strip()
    return None


def _dates(lines: list[Labelled], captions: list[Caption], reference: dt.date | None) -> list[DateMention]:
    caption_text = {c.line: c.text for c in captions}
    found: list[DateMention] = []
    for x in lines:
        if x.role in _DATE_SOURCES:
            if x.features.kind is Kind.CREDIT:
                continue
            text = caption_text.get(x.number, x.text) if x.role is Role.CAPTION else x.body_text
            found.extend(find_dates(text, x.number, reference))
    return found


def _warnings(piece: Piece, record: Record) -> list[str]:
    warnings = []
    if not piece.strong:
        warnings.append(f"boundary decided by a weak cue: {piece.start_cue}")
    if not record.headline:
        warnings.append("no headline found")
    if not record.body:
        warnings.append("no body paragraphs found")
    if not record.authors:
        warnings.append("no author found")
    return warnings
