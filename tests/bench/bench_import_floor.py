"""Why the 600k import misses its 90 s target: the time SQLite's FTS5 alone needs to write the search index.

Not part of a plain `make bench` (it takes about ten minutes):
`make bench BENCH_ARGS="import_floor"`.

The index texts of every position (what db.search_index.index_values gives)
are computed first, on both cores, and timed: reading, checking and the
texts are the Python part of an import. Then FTS5 writes them, the texts
ready-made, so nothing but SQLite runs:
- this catalogue's index (one FTS5 table, prefix indexes on every column,
  as db/catalogue_schema.py creates it), with the importer's settings;
- the same entries split into three tables (characters without prefix
  indexes, pinyin with them, character pairs without), and into two (no
  pairs): the leaner layouts considered, which the search does not use.
Each figure is compared with the 90 s the whole import may take.
"""
from __future__ import annotations

import json
import multiprocessing
import sys
import sqlite3
import tempfile
import time
from pathlib import Path

from db import search_index
from db.catalogue_import import FTS_HASHSIZE
from db.catalogue_schema import open_catalogue
from tests.bench.bench_import import IMPORT_TARGET_S, _label, ensure_bench_jsonl
from tests.bench.common import Context, Row, ratio

OPTIONAL = True  # only when named: see tests/bench/__main__.py

BATCH = 2000
_TOKENIZER = "tokenize='unicode61 remove_diacritics 2'"
_PREFIX = ", prefix='2 3 4 5 6'"
# Leaner layouts: per table, its columns as positions in search_index.COLUMNS and its options.
LAYOUTS = {
    "three FTS5 tables (characters / pinyin with prefix indexes / pairs)":
        (((0, 1), ""), ((2, 3), _PREFIX), ((4, 5), "")),
    "two FTS5 tables (characters / pinyin with prefix indexes), no pairs":
        (((0, 1), ""), ((2, 3), _PREFIX)),
}


def _texts(lines: list[str]) -> list[tuple[str, ...]]:
    """(In a worker process.) The index texts of JSON Lines records, as the importer computes them."""
    from db.record import position_from_record

    return [search_index.index_values(position_from_record(json.loads(line))) for line in lines]


def _index_texts(jsonl: Path) -> tuple[list[tuple[str, ...]], float]:
    started = time.perf_counter()
    with jsonl.open(encoding="utf-8") as file:
        lines = file.readlines()
    chunks = [lines[i:i + 5000] for i in range(0, len(lines), 5000)]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        values = [texts for part in pool.map(_texts, chunks) for texts in part]
    return values, time.perf_counter() - started


def _write(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], values: list[tuple[str, ...]],
           picks: tuple[int, ...]) -> None:
    conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)", (FTS_HASHSIZE,))
    sql = f"INSERT INTO {table}(rowid, {', '.join(columns)}) VALUES (?{', ?' * len(columns)})"
    for start in range(0, len(values), BATCH):
        conn.executemany(sql, ((start + i + 1, *(texts[k] for k in picks))
                               for i, texts in enumerate(values[start:start + BATCH])))
    conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def _timed_build(path: Path, values: list[tuple[str, ...]], layout: tuple[tuple[tuple[int, ...], str], ...] | None
                 ) -> float:
    """Seconds to write `values` into a new catalogue at `path`: its own index (layout None) or `layout`."""
    conn = open_catalogue(path)  # the real schema, as an import finds it
    conn.isolation_level = None
    conn.execute("PRAGMA synchronous = NORMAL")  # the importer's settings (db/catalogue_import.py)
    conn.execute("PRAGMA cache_size = -262144")
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    if layout is None:
        _write(conn, "positions_fts", search_index.COLUMNS, values, tuple(range(len(search_index.COLUMNS))))
    else:
        for number, (picks, options) in enumerate(layout):
            columns = tuple(search_index.COLUMNS[k] for k in picks)
            conn.execute(f"CREATE VIRTUAL TABLE lean_{number} USING fts5({', '.join(columns)}, "
                         f"content='', {_TOKENIZER}{options})")
            _write(conn, f"lean_{number}", columns, values, picks)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def run(context: Context) -> list[Row]:
    """Measure and return the rows; see the module docstring."""
    label = _label(context)
    budget = f"import target {IMPORT_TARGET_S:.0f} s"
    values, computing = _index_texts(ensure_bench_jsonl(context))
    rows = [Row("import floor", f"{label}: read, check and compute the index texts (2 processes)",
                f"{computing:.1f} s", budget, ratio(computing, IMPORT_TARGET_S))]
    with tempfile.TemporaryDirectory(dir=context.cache) as folder:
        for number, (name, layout) in enumerate((("FTS5 alone writing this catalogue's index", None),
                                                 *((f"FTS5 alone writing {n}", l) for n, l in LAYOUTS.items()))):
            took = _timed_build(Path(folder) / f"floor-{number}.sqlite", values, layout)
            print(f"   {name}: {took:.1f} s", file=sys.stderr, flush=True)
            rows.append(Row("import floor", f"{label}: {name}, texts ready-made", f"{took:.1f} s", budget,
                            ratio(took, IMPORT_TARGET_S)))
    return rows
