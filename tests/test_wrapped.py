"""Hard-wrapped dumps (paragraphs broken at a fixed width, as plain-text mail and some crawlers
leave them) are joined back into paragraphs before the cues run."""
from __future__ import annotations

import textwrap

import pytest
from conftest import EXAMPLES, FIXTURES, records

from opparse.reader import lines_from_text, looks_wrapped

EXAMPLE = (EXAMPLES / "blog_dump.txt").read_text(encoding="utf-8")


def hard_wrapped(text: str, width: int = 72) -> str:
    return "\n".join(textwrap.fill(line, width) if line else "" for line in text.split("\n"))


def without_lines(record: dict) -> dict:
    """The fields that do not depend on where the wrapped lines fall."""
    keep = ("headline", "standfirst", "intro", "outlet", "published", "updated", "images", "subheadings",
            "pull_quotes", "print_headline", "body", "word_count")
    return {**{k: record[k] for k in keep}, "authors": [a["name"] for a in record["authors"]],
            "captions": [(c["text"], c["credit"]) for c in record["captions"]],
            "dates": [(d["text"], d["value"]) for d in record["dates"]]}


def test_a_hard_wrapped_dump_gives_the_fields_of_its_unwrapped_twin():
    wrapped = records(hard_wrapped(EXAMPLE))
    assert [without_lines(r) for r in wrapped] == [without_lines(r) for r in records(EXAMPLE)]


def test_spans_cover_the_wrapped_lines():
    wrapped_text = hard_wrapped(EXAMPLE)
    last_line = max(n for n, line in enumerate(wrapped_text.split("\n"), 1) if line.strip())
    assert records(wrapped_text)[-1]["span"]["end_line"] == last_line


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")) + [EXAMPLES / "blog_dump.txt"], ids=lambda p: p.name)
def test_paragraph_per_line_dumps_are_not_taken_for_wrapped(path):
    lines = list(lines_from_text(path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")))
    assert not looks_wrapped(lines[:400])


def test_a_wrapped_dump_is_recognised():
    assert looks_wrapped(list(lines_from_text(hard_wrapped(EXAMPLE)))[:400])
