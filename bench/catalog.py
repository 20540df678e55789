"""Benchmark: load + validate the catalog against a bare C-loader parse, in the same run.

Usage, from the repository root: python -m bench.catalog [--entries 5000] [--repeat 5]

For the real catalog and for a generated catalog of N entries (real entries
cloned with new ids), it times
  - baseline: ``yaml.load(text, Loader=yaml.CLoader)``, the bare parse, and
  - ours: ``trd.catalog.loader.load_catalog`` (read, strict compose, checks, pydantic),
and prints the median of each and the ratio. Target: at most 3x at 5,000 entries.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from bench.generated_catalog import generated_catalog_text
from bench.run_stamp import run_stamp
from trd.catalog.loader import DEFAULT_CATALOG, load_catalog

TARGET_RATIO = 3.0


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def compare(label: str, path: Path, repeat: int) -> float:
    def bare() -> object:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CLoader)

    def ours() -> object:
        return load_catalog(path, max_bytes=path.stat().st_size + 1)

    ours()  # warm imports and pydantic's validators once
    baseline = median_seconds(bare, repeat)
    measured = median_seconds(ours, repeat)
    ratio = measured / baseline
    print(f"{label:<28} bare yaml.load {baseline * 1000:8.1f} ms   load_catalog {measured * 1000:8.1f} ms   ratio {ratio:4.2f}x")
    return ratio


def measure(entries: int, repeat: int) -> int:
    compare(f"real catalog ({len(load_catalog().treatments)} entries)", DEFAULT_CATALOG, repeat)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.yaml"
        path.write_text(generated_catalog_text(entries), encoding="utf-8")
        size_mb = path.stat().st_size / 1_048_576
        ratio = compare(f"generated ({entries} entries, {size_mb:.1f} MB)", path, repeat)
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(f"{verdict} the target of at most {TARGET_RATIO:g}x the bare parse at {entries} entries")
    return 0 if ratio <= TARGET_RATIO else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with run_stamp():
        return measure(args.entries, args.repeat)


if __name__ == "__main__":
    sys.exit(main())
