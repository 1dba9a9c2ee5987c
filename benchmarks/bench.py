#!/usr/bin/env python3
"""Benchmark: opparse split and extract against the floor of reading the same file's lines.

usage: python3 benchmarks/bench.py [--mb 40] [--repeat 1] [--keep PATH]

Builds a dump of about --mb megabytes from the fixture dumps (tests/fixtures, examples), then, in
one run and side by side, times three child processes on it: the floor (Python reading and
decoding the file's lines, nothing else), `opparse split` and `opparse extract --format jsonl`,
each writing to /dev/null. Prints MB/s, the ratio to the floor and each child's peak memory
(ru_maxrss from os.wait4), as a Markdown table.
"""
from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = "import sys\nwith open(sys.argv[1], 'rb') as f:\n    for raw in f:\n        raw.decode('utf-8')\n"


def build_dump(path: Path, megabytes: float) -> int:
    sources = sorted((ROOT / "tests" / "fixtures").rglob("*.txt")) + [ROOT / "examples" / "blog_dump.txt"]
    one = "\n\n".join(p.read_text(encoding="utf-8-sig").replace("\r\n", "\n") for p in sources) + "\n\n"
    target = int(megabytes * 1_000_000)
    with path.open("w", encoding="utf-8") as out:
        written = 0
        while written < target:
            out.write(one)
            written += len(one.encode("utf-8"))
    return path.stat().st_size


def run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one child process."""
    with open(os.devnull, "wb") as devnull:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=devnull, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"{' '.join(command)} exited with status {status}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=40.0, help="size of the generated dump (default 40)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each command; the best is kept")
    parser.add_argument("--keep", type=Path, help="write the dump here and keep it")
    args = parser.parse_args()
    path = args.keep or Path(tempfile.mkstemp(suffix=".txt")[1])
    size = build_dump(path, args.mb)
    commands = {
        "floor (read + decode lines)": [sys.executable, "-c", FLOOR, str(path)],
        "opparse split": [sys.executable, "-m", "opparse", "split", str(path)],
        "opparse extract --format jsonl": [sys.executable, "-m", "opparse", "extract", str(path), "--format", "jsonl"],
    }
    results = {}
    try:
        for _ in range(args.repeat):
            for name, command in commands.items():
                elapsed, peak = run(command)
                best = results.get(name)
                results[name] = (min(elapsed, best[0]) if best else elapsed, max(peak, best[1]) if best else peak)
    finally:
        if args.keep is None:
            path.unlink()
    floor = results["floor (read + decode lines)"][0]
    print(f"{size / 1e6:.1f} MB dump; {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} cores, {platform.machine()}")
    print("| command | seconds | MB/s | × floor | peak memory MB |")
    print("|---|---|---|---|---|")
    for name, (elapsed, peak) in results.items():
        print(f"| {name} | {elapsed:.2f} | {size / 1e6 / elapsed:.1f} | {elapsed / floor:.1f} | {peak:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
