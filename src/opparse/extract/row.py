"""A table row flattened by the crawler into one line, its field labels glued to their values:
'ID12Date3 Mar, 2024SubjectFerriesPublicationHarbour Times “The ferry is a road”'.
The labels are data (profile `[rows]`); a line is read as a row only when it opens with one and
holds at least MIN_ROW_LABELS, so a headline that happens to contain 'Date' is left alone."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..dateparse import parse_full_date, parse_month_year
from ..profile import Profile

MIN_ROW_LABELS = 3
_QUOTED_TAIL = regex.compile(r"\s*(?P<title>[“\"‘][^“”\"]{3,}[”\"’]?)$")  # 'Harbour Times “Title”': the outlet, then the title


@dataclass(frozen=True, slots=True)
class Row:
    headline: str | None
    outlet: str | None
    published: str | None


def parse_row(text: str, profile: Profile) -> Row | None:
    labels = list(profile.row_label.finditer(text))
    if len(labels) < MIN_ROW_LABELS or labels[0].start() != 0:
        return None
    values: dict[str, str] = {}
    for here, following in zip(labels, [*labels[1:], None], strict=True):
        value = text[here.end(): following.start() if following else len(text)].strip()
        values.setdefault(profile.row_fields[here.group("label")], value)
    headline, outlet = values.get("headline"), values.get("outlet")
    for field in ("outlet", "other"):  # a title quoted after the last field's value
        tail = _QUOTED_TAIL.search(values.get(field) or "") if headline is None else None
        if tail:
            headline = tail.group("title").strip()
            if field == "outlet":
                outlet = values["outlet"][: tail.start()].strip() or None
    date = values.get("date") or ""
    published = parse_full_date(date, dayfirst=profile.dayfirst) or parse_month_year(date)
    return Row(headline, outlet, published)
