#!/usr/bin/env python3
"""Run opparse over a corpus on a Dask cluster: a folder of dump files, or a JSON Lines corpus
whose records each hold one dump.

usage:
  python examples/dask_corpus.py INPUT OUTDIR [--scheduler ADDRESS] [--workers N]
                                 [--text-field text] [--id-field id] [--format jsonl|parquet]

INPUT is a folder (its *.txt files, as `opparse extract FOLDER` takes them) or a .jsonl file.
OUTDIR receives part-00000.jsonl, part-00001.jsonl, ... in input order (or Parquet files with
--format parquet, which needs pandas and pyarrow). Without --scheduler, a LocalCluster with
--workers processes is started; with it, the job runs on that existing cluster.

Each record is what `opparse extract --format jsonl` prints for the same input, line for line.
Install with: pip install 'opparse[dask]'
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import dask
import dask.bag as db
from dask.distributed import Client, LocalCluster

import opparse
from opparse.corpus import expand_paths


def records_of_file(path: str) -> list[dict]:
    return opparse.parse_file(path)


def records_of_corpus_line(line: str, text_field: str, id_field: str, fallback: str) -> list[dict]:
    record = json.loads(line)
    return opparse.parse(record[text_field], source=str(record.get(id_field, fallback)))


def write_part(records: list[dict], path: Path) -> int:
    """One partition as JSON Lines, each record on its own line, as `opparse extract --format jsonl`."""
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    return len(records)


def build_bag(source: str, text_field: str, id_field: str, partitions: int) -> db.Bag:
    if Path(source).is_dir():
        paths = list(expand_paths((source,)))
        return db.from_sequence(paths, npartitions=min(partitions, len(paths))).map(records_of_file).flatten()
    lines = [(number, line) for number, line in enumerate(Path(source).read_text(encoding="utf-8").splitlines(), 1)
             if line.strip()]
    bag = db.from_sequence(lines, npartitions=min(partitions, len(lines)))
    return bag.map(lambda item: records_of_corpus_line(item[1], text_field, id_field, f"{source}:{item[0]}")).flatten()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", help="a folder of *.txt dumps, or a JSON Lines corpus")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--scheduler", help="address of a running dask.distributed scheduler")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    parser.add_argument("--partitions", type=int, default=16)
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--id-field", default="id")
    parser.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    args = parser.parse_args()

    cluster = None if args.scheduler else LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True)
    with Client(args.scheduler or cluster) as client:
        bag = build_bag(args.input, args.text_field, args.id_field, args.partitions)
        args.outdir.mkdir(parents=True, exist_ok=True)
        if args.format == "parquet":
            flat = bag.map(lambda r: {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                                      for k, v in r.items()})
            flat.to_dataframe().to_parquet(str(args.outdir))
        else:
            writes = [dask.delayed(write_part)(part, args.outdir / f"part-{i:05d}.jsonl")
                      for i, part in enumerate(bag.to_delayed())]
            dask.compute(*writes)
        print(f"wrote {args.outdir} using {len(client.scheduler_info()['workers'])} workers")
    if cluster is not None:
        cluster.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
