"""`make bench`: every benchmark, as ratios against baselines measured in the same run.

Each module tests/bench/bench_*.py defines `run(context) -> list[Row]`.
Machines here are shared and noisy, so every figure that matters is printed
as a ratio to a baseline measured seconds earlier on the same machine.
Run one section: `make bench BENCH_ARGS="search"`. A module that sets
OPTIONAL = True runs only when named.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time

from tests.bench import common


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("sections", nargs="*", help="run only these (bench_NAME.py)")
    parser.add_argument("--positions", type=int, default=600_000)
    args = parser.parse_args(argv)
    context = common.Context(positions=args.positions)
    names = sorted(m.name for m in pkgutil.iter_modules(__import__("tests.bench", fromlist=["x"]).__path__)
                   if m.name.startswith("bench_"))
    if args.sections:
        names = [n for n in names if n.removeprefix("bench_") in args.sections]
    rows: list[common.Row] = []
    for name in names:
        module = importlib.import_module(f"tests.bench.{name}")
        if getattr(module, "OPTIONAL", False) and not args.sections:
            continue
        started = time.perf_counter()
        print(f"== {name.removeprefix('bench_')} ...", file=sys.stderr, flush=True)
        rows.extend(module.run(context))
        print(f"   done in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    print(common.format_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
