#!/usr/bin/env python3
"""Score opparse on every fixture dump (and the seed, when ../shared is here); print a Markdown table.

usage: python3 scripts/score_fixtures.py [--fields]
Uses ../shared/eval/score.py, the same scorer the project is judged by.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import SEED, gold_pairs, load_scorer  # noqa: E402
from test_golden import predict  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fields", action="store_true", help="also list every field below 1.000")
    args = parser.parse_args()
    import json

    scorer = load_scorer()
    pairs = gold_pairs() + ([(SEED, SEED.parent / f"{SEED.stem}.gold.json")] if SEED.exists() else [])
    print("| dump | pieces | boundaries | overall | fields below 1.000 |")
    print("|---|---|---|---|---|")
    for dump, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        tally = scorer.score(predict(dump), gold)
        scores = {k: v.score() for k, v in tally.items() if v.scored()}
        overall = sum(scores.values()) / len(scores)
        low = ", ".join(f"{k} {v:.2f}" for k, v in scores.items() if v < 0.9995) if args.fields else ""
        name = gold_path.relative_to(ROOT).as_posix() if gold_path.is_relative_to(ROOT) else "seed (../shared)"
        print(f"| {name.removesuffix('.gold.json')} | {len(gold['pieces'])} | {scores['boundaries']:.3f} | {overall:.3f} | {low} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
