"""Writing records: JSON, JSON Lines, CSV and TSV, streamed one record at a time.

CSV and TSV flatten lists: names, roles, organisations, captions, credits, images, subheadings,
pull quotes and dates are joined with '; ' in one column each (see README, 'CSV columns'); the
span becomes start_line and end_line. Cells keep their newlines and are quoted as the csv module
does, so Python's csv, pandas and spreadsheets load them.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from .model import Record

FORMATS = ("json", "jsonl", "csv", "tsv")
LIST_SEPARATOR = "; "

RECORD_KEYS = ("source", "index", "span", "intro", "headline", "standfirst", "outlet", "published", "updated",
               "authors", "captions", "images", "subheadings", "pull_quotes", "print_headline", "dates", "body",
               "word_count", "warnings")

FLAT_COLUMNS = ("source", "index", "start_line", "end_line", "headline", "standfirst", "outlet", "published",
                "updated", "authors", "author_roles", "author_organisations", "intro", "captions", "caption_credits",
                "images", "subheadings", "pull_quotes", "print_headline", "dates", "date_values", "body",
                "word_count", "warnings")


def record_dict(record: Record) -> dict:
    """The record as the contract orders it, in plain dicts and lists."""
    data = {key: getattr(record, key) for key in RECORD_KEYS}
    data["span"] = dict(record.span)
    data["authors"] = [{"name": a.name, "role": a.role, "organisation": a.organisation, "bio": a.bio} for a in record.authors]
    data["captions"] = [{"text": c.text, "credit": c.credit, "line": c.line} for c in record.captions]
    data["dates"] = [{"text": d.text, "value": d.value, "line": d.line} for d in record.dates]
    for key in ("images", "subheadings", "pull_quotes", "warnings"):
        data[key] = list(data[key])
    return data


def _join(values: Iterable[object]) -> str:
    return LIST_SEPARATOR.join("" if v is None else str(v) for v in values)


def flat_row(data: dict) -> dict:
    """One CSV row: scalars as they are, lists joined with '; ' (empty cell for null)."""
    authors, captions, dates = data["authors"], data["captions"], data["dates"]
    return {
        "source": data["source"], "index": data["index"],
        "start_line": data["span"]["start_line"], "end_line": data["span"]["end_line"],
        "headline": data["headline"], "standfirst": data["standfirst"], "outlet": data["outlet"],
        "published": data["published"], "updated": data["updated"],
        "authors": _join(a["name"] for a in authors),
        "author_roles": _join(a["role"] for a in authors),
        "author_organisations": _join(a["organisation"] for a in authors),
        "intro": data["intro"],
        "captions": _join(c["text"] for c in captions),
        "caption_credits": _join(c["credit"] for c in captions),
        "images": _join(data["images"]), "subheadings": _join(data["subheadings"]),
        "pull_quotes": _join(data["pull_quotes"]), "print_headline": data["print_headline"],
        "dates": _join(d["text"] for d in dates), "date_values": _join(d["value"] for d in dates),
        "body": data["body"], "word_count": data["word_count"], "warnings": _join(data["warnings"]),
    }


def select(data: dict, fields: tuple[str, ...] | None) -> dict:
    return data if not fields else {key: data[key] for key in fields}


class Writer:
    """Streams records to `out` in one format; call write() per record, then close()."""

    def __init__(self, out: TextIO, fmt: str, fields: tuple[str, ...] | None = None, pretty: bool = False):
        self.out, self.fmt, self.fields, self.pretty = out, fmt, fields, pretty
        self.count = 0
        self._csv: csv.DictWriter | None = None

    def write(self, data: dict) -> None:
        if self.fmt in ("csv", "tsv"):
            row = select(flat_row(data), self.fields)
            if self._csv is None:
                dialect = "excel" if self.fmt == "csv" else "excel-tab"
                self._csv = csv.DictWriter(self.out, fieldnames=list(row), dialect=dialect)
                self._csv.writeheader()
            self._csv.writerow(row)
        elif self.fmt == "jsonl":
            self.out.write(json.dumps(select(data, self.fields), ensure_ascii=False) + "\n")
        else:
            text = json.dumps(select(data, self.fields), ensure_ascii=False, indent=2 if self.pretty else None)
            self.out.write(("[\n" if self.count == 0 else ",\n") + text)
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        elif self.fmt in ("csv", "tsv") and self._csv is None:
            csv.writer(self.out, dialect="excel" if self.fmt == "csv" else "excel-tab").writerow(self.fields or FLAT_COLUMNS)
        self.out.flush()


def valid_fields(fmt: str) -> tuple[str, ...]:
    return FLAT_COLUMNS if fmt in ("csv", "tsv") else RECORD_KEYS
