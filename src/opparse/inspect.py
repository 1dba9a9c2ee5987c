"""`opparse inspect`: every line with its role, and each boundary with the cue that decided it."""
from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.text import Text

from .model import Document, Role
from .pipeline import Parsed

ROLE_STYLES = {
    Role.PREAMBLE: "dim", Role.TRAILER: "dim", Role.FURNITURE: "dim", Role.INTRO: "italic cyan",
    Role.HEADLINE: "bold yellow", Role.STANDFIRST: "yellow", Role.IMAGE: "magenta", Role.CAPTION: "magenta",
    Role.DATELINE: "green", Role.BYLINE: "green", Role.BODY: "", Role.SUBHEADING: "bold",
    Role.PULL_QUOTE: "bold italic", Role.BIO: "blue", Role.PRINT_NOTE: "blue",
}
ROLE_WIDTH = max(len(role.value) for role in Role)


Row = tuple[int, str, str, str | None, str]  # line, role, text, boundary note, the cue behind the line's kind


def inspection_rows(parsed: list[Parsed], document: Document) -> list[Row]:
    """(line, role, text, boundary note, kind cue) for every non-blank line, in line order."""
    rows = [(line.number, Role.PREAMBLE.value, line.text, None, "") for line in document.preamble]
    rows += [(line.number, Role.TRAILER.value, line.text, None, "") for line in document.trailer]
    for item in parsed:
        piece = item.piece
        note = (f"piece {piece.index} · lines {piece.start_line}-{piece.end_line} · "
                f"{'strong' if piece.strong else 'WEAK'} cue: {piece.start_cue}")
        for i, labelled in enumerate(item.labelled):
            cue = ", ".join(labelled.features.cues)
            rows.append((labelled.number, labelled.role.value, labelled.text, note if i == 0 else None, cue))
    rows.sort(key=lambda row: row[0])
    return rows


def page_notes(document: Document) -> list[str]:
    """What the page settled once for all its lines (layout.py, page.py), as `inspect` shows it."""
    notes = []
    if document.layout:
        notes.append(f"page: {document.layout}")
    if document.date_order:
        notes.append(f"page: numeric dates read {document.date_order}")
    return notes


def render_inspection(parsed: list[Parsed], document: Document, out: TextIO, color: bool, why: bool = False) -> None:
    """Plain text when piped (one line per input line, for grep); rich colours on a terminal.
    With `why`, each line also names the cue that decided its kind, in brackets before its text,
    and the page's own decisions (its layout, its date order) come first."""
    rows = inspection_rows(parsed, document)
    notes = page_notes(document) if why else []
    if not color:
        for note in notes:
            out.write(f"── {note}\n")
        for number, role, text, note, cue in rows:
            if note:
                out.write(f"── {note}\n")
            reason = f"[{cue}] " if why and cue else ""
            out.write(f"{number:>6}  {role:<{ROLE_WIDTH}}  {reason}{text}\n")
        return
    console = Console(file=out, highlight=False)
    for note in notes:
        console.print(Text(f"── {note}", style="bold"))
    for number, role, text, note, cue in rows:
        if note:
            console.print(Text(f"── {note}", style="bold reverse"))
        line = Text(f"{number:>6}  {role:<{ROLE_WIDTH}}  ")
        if why and cue:
            line.append(f"[{cue}] ", style="dim")
        line.append(text, style=ROLE_STYLES.get(Role(role), ""))
        console.print(line, overflow="ellipsis", no_wrap=True)
