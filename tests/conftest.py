"""Shared paths and helpers: fixtures in tests/fixtures, the seed and scorer in ../shared when present."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from opparse.model import Document, Line
from opparse.pipeline import parse_lines
from opparse.profile import default_profile
from opparse.reader import lines_from_text

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CASES = ROOT / "tests" / "cases"
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "000_505c62abbfffeb33.txt"
SCORER = SHARED / "eval" / "score.py"


def cases(name: str) -> list[dict]:
    return json.loads((CASES / name).read_text(encoding="utf-8"))


def gold_pairs() -> list[tuple[Path, Path]]:
    """(dump, gold) for every fixture; a gold's "source" names its dump in fixtures/ or examples/."""
    pairs = []
    for gold in sorted(FIXTURES.rglob("*.gold.json")):
        source = json.loads(gold.read_text(encoding="utf-8"))["source"]
        dump = next((p for p in (gold.parent / source, EXAMPLES / source) if p.exists()), None)
        if dump is not None:
            pairs.append((dump, gold))
    return pairs


def load_scorer():
    if not SCORER.exists():
        pytest.skip(f"the scorer is not here: {SCORER} (it lives in ../shared beside the checkout)")
    spec = importlib.util.spec_from_file_location("opparse_eval_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def records(text: str, source: str = "dump.txt") -> list[dict]:
    from opparse.export import record_dict

    return [record_dict(p.record) for p in parse_lines(lines_from_text(text), source, default_profile())]


def run_pipeline(text: str):
    document = Document("dump.txt")
    parsed = list(parse_lines(lines_from_text(text), "dump.txt", default_profile(), document))
    return parsed, document


def line(text: str, number: int = 1) -> Line:
    return Line(number, text)
