"""Import benchmark: the 600k JSON Lines import (with the search index) against sqlite-utils, file size, demo build.

Also provides the cached large catalogue every other benchmark uses:
ensure_bench_catalogue(context) -> Path (context.cache / "catalogue-600k.sqlite").
"""
from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from db.catalogue_export import write_atomically
from db.catalogue_import import import_files
from db.catalogue_schema import open_catalogue
from db.demo_catalogue import build_demo, ensure_catalogue, prebuild
from db.generator import VERSION as GENERATOR_VERSION
from db.generator import GeneratorSpec, generate
from tests.bench.common import Context, Row, ratio

SEED = 1
EMPLOYERS = 80_000
IMPORT_TARGET_S = 90.0
IMPORT_TARGET_RATIO = 2.0
DEMO_TARGET_S = 1.0


def _log(message: str) -> None:
    print(f"   {message}", file=sys.stderr, flush=True)


def _label(context: Context) -> str:
    return f"{context.positions // 1000}k" if context.positions % 1000 == 0 else str(context.positions)


def ensure_bench_jsonl(context: Context) -> Path:
    """The generated JSON Lines file (seed 1, 80k employers, context.positions), cached."""
    path = context.cache / f"positions-{_label(context)}-seed{SEED}-v{GENERATOR_VERSION}.jsonl"
    if not path.exists():
        _log(f"generating {path.name} ...")
        started = time.perf_counter()
        spec = GeneratorSpec(positions=context.positions, employers=min(EMPLOYERS, max(1, context.positions // 7)),
                             seed=SEED)
        write_atomically(path, "jsonl", generate(spec))
        _log(f"generated in {time.perf_counter() - started:.1f} s")
    return path


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _import_fresh(jsonl: Path, target: Path) -> float:
    """Import `jsonl` into a new catalogue at `target`; returns the seconds taken by import_files."""
    _remove_database(target)
    conn = open_catalogue(target)
    try:
        started = time.perf_counter()
        report = import_files(conn, [jsonl])
        elapsed = time.perf_counter() - started
        if report.rejected or not report.applied:
            raise RuntimeError(f"bench import rejected records: {report.rejected[:5]}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return elapsed


def ensure_bench_catalogue(context: Context) -> Path:
    """The large catalogue (context.cache / "catalogue-600k.sqlite"), imported once and cached."""
    path = context.cache / f"catalogue-{_label(context)}.sqlite"
    if not path.exists():
        # Per process: two benchmarks started together must not build into one file.
        building = path.with_name(f"{path.name}.{os.getpid()}.building")
        _log(f"building {path.name} ...")
        _import_fresh(ensure_bench_jsonl(context), building)
        os.replace(building, path)
    return path


def _database_bytes(path: Path) -> int:
    """The database's size in pages, wherever they are (main file or a not yet checkpointed WAL)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA page_count").fetchone()[0] * conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()


def _sqlite_utils_baseline(jsonl: Path, target: Path) -> float:
    """`sqlite-utils insert --nl` then `sqlite-utils enable-fts` on the same file; returns seconds."""
    _remove_database(target)
    tool = Path(sys.executable).with_name("sqlite-utils")
    started = time.perf_counter()
    subprocess.run([str(tool), "insert", str(target), "positions", str(jsonl), "--nl"], check=True)
    subprocess.run([str(tool), "enable-fts", str(target), "positions", "title", "employer", "description"], check=True)
    return time.perf_counter() - started


def _demo_build_times(runs: int = 3) -> tuple[float, float]:
    """Median seconds of a first start's demo catalogue: copied from the build's prebuilt file vs built from sources."""
    prebuild()  # what `make` does
    copied, built = [], []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            started = time.perf_counter()
            ensure_catalogue(Path(folder) / f"first-start-{run}")
            copied.append(time.perf_counter() - started)
            started = time.perf_counter()
            build_demo(Path(folder) / f"from-sources-{run}.sqlite")
            built.append(time.perf_counter() - started)
    return statistics.median(copied), statistics.median(built)


def run(context: Context) -> list[Row]:
    """Measure and return the import rows of the benchmark table."""
    label = _label(context)
    jsonl = ensure_bench_jsonl(context)
    ours_path = context.cache / f"import-run-{label}.sqlite"
    _log("importing with db.catalogue_import ...")
    ours = _import_fresh(jsonl, ours_path)
    _log(f"ours {ours:.1f} s; sqlite-utils baseline ...")
    base_path = context.cache / f"sqlite-utils-{label}.sqlite"
    baseline = _sqlite_utils_baseline(jsonl, base_path)
    _log(f"baseline {baseline:.1f} s")
    size_per_100k = _database_bytes(ours_path) / (context.positions / 100_000) / 1e6
    base_size_per_100k = _database_bytes(base_path) / (context.positions / 100_000) / 1e6
    bench_catalogue = context.cache / f"catalogue-{label}.sqlite"
    if not bench_catalogue.exists():
        os.replace(ours_path, bench_catalogue)  # just built: save the search bench an import
    else:
        _remove_database(ours_path)
    _remove_database(base_path)
    demo_copied, demo_built = _demo_build_times()
    within = ours / baseline
    return [
        Row("import", f"{label} JSON Lines incl. search index", f"{ours:.1f} s",
            f"{baseline:.1f} s (sqlite-utils insert --nl + enable-fts)", ratio(ours, baseline),
            f"< {IMPORT_TARGET_S:.0f} s, <= {IMPORT_TARGET_RATIO:.0f}x",
            "yes" if ours < IMPORT_TARGET_S and within <= IMPORT_TARGET_RATIO else "no"),
        Row("import", "catalogue size per 100k positions", f"{size_per_100k:.0f} MB",
            f"{base_size_per_100k:.0f} MB (sqlite-utils, FTS on 3 columns)", ratio(size_per_100k, base_size_per_100k)),
        Row("import", "demo catalogue on first start (3,600, copied from the build's prebuilt file)",
            f"{demo_copied * 1000:.0f} ms", f"{demo_built * 1000:.0f} ms (built from sources: the fallback)",
            ratio(demo_copied, demo_built), f"< {DEMO_TARGET_S:.0f} s", "yes" if demo_copied < DEMO_TARGET_S else "no"),
    ]
