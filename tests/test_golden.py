"""Golden tests: every fixture dump against its gold records, and the seed against its gold.

Like trafilatura's eval gate, each fixture has a pinned floor (tests/fixtures/floors.json); a
change that drops a fixture below its floor fails. Raise a floor when a change earns it.
"""
from __future__ import annotations

import json

import pytest
from conftest import FIXTURES, SEED, gold_pairs, load_scorer

from opparse.export import record_dict
from opparse.pipeline import parse_lines
from opparse.profile import default_profile
from opparse.reader import read_lines

FLOORS = json.loads((FIXTURES / "floors.json").read_text(encoding="utf-8"))
# Fixtures whose boundaries are known to be wrong, each with what goes wrong: strict xfails, so a
# change that fixes one fails until it is taken off the list.
BOUNDARY_MISSES = json.loads((FIXTURES / "boundary_misses.json").read_text(encoding="utf-8"))


def _with_known_misses(pairs):
    return [pytest.param(dump, gold, marks=pytest.mark.xfail(strict=True, reason=BOUNDARY_MISSES[name]))
            if (name := gold.name.removesuffix(".gold.json")) in BOUNDARY_MISSES else (dump, gold)
            for dump, gold in pairs]


def predict(dump) -> list[dict]:
    with open(dump, "rb") as handle:
        return [record_dict(p.record) for p in parse_lines(read_lines(handle, dump.name), dump.name, default_profile())]


@pytest.mark.parametrize("dump,gold", gold_pairs(), ids=lambda p: p.name)
def test_fixture_scores_at_least_its_floor(dump, gold):
    scorer = load_scorer()
    tally = scorer.score(predict(dump), json.loads(gold.read_text(encoding="utf-8")))
    scores = {k: v.score() for k, v in tally.items() if v.scored()}
    overall = sum(scores.values()) / len(scores)
    floor = FLOORS[gold.name.removesuffix(".gold.json")]
    assert overall >= floor, f"{dump.name}: overall {overall:.3f} < floor {floor}; fields {scores}"


@pytest.mark.parametrize("dump,gold", _with_known_misses(gold_pairs()), ids=lambda p: p.name)
def test_fixture_boundaries_are_exact(dump, gold):
    expected = [(p["start_line"], p["end_line"]) for p in json.loads(gold.read_text(encoding="utf-8"))["pieces"]]
    assert [(r["span"]["start_line"], r["span"]["end_line"]) for r in predict(dump)] == expected


def test_every_fixture_has_a_floor():
    assert {g.name.removesuffix(".gold.json") for _, g in gold_pairs()} <= set(FLOORS)


def test_seed_scores_one_on_every_field():
    if not SEED.exists():
        pytest.skip(f"the seed dump is not here: {SEED} (it stays in ../shared and is never copied)")
    scorer = load_scorer()
    gold = json.loads((SEED.parent / f"{SEED.stem}.gold.json").read_text(encoding="utf-8"))
    tally = scorer.score(predict(SEED), gold)
    scores = {k: round(v.score(), 3) for k, v in tally.items() if v.scored()}
    assert scores == {k: 1.0 for k in scores}
