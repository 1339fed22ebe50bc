"""Search-index texts for a bulk import, computed in a helper process while the importer carries on.

db.search_index.index_values (spacing CJK text, pinyin) is the costliest
step of an import, and pure. For large imports the importer hands batches of
new positions to one helper process and writes the returned index rows in
submission order, so parsing and validating the next batch overlaps with
indexing this one. Positions cross the process boundary as plain tuples of
their fields (pickling the frozen dataclass itself is several times slower)
and are rebuilt there, so the helper indexes exactly what the importer
stored. The helper is started with "spawn", never "fork": the importer may
run in a thread of the Qt application, and forking a threaded process is
unsafe.

Small imports never start the process (its start-up costs ~0.5 s); they
call search_index.add_many directly.

The helper watches its parent: when the importer is killed (kill -9, a
crash) nothing tells a pool worker to stop, and one was seen still running
minutes later. It exits within a second of its parent going away.
"""
from __future__ import annotations

import multiprocessing
import os
import sqlite3
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Sequence

from db import search_index
from db.position import FIELD_NAMES, Position


def _insert_sql() -> str:
    # Built from search_index.COLUMNS at use, so the index's columns are declared in one place.
    columns = search_index.COLUMNS
    return f"INSERT INTO positions_fts(rowid, {', '.join(columns)}) VALUES (?{', ?' * len(columns)})"

# Batches in flight before the importer waits: bounds memory, keeps the helper busy.
MAX_IN_FLIGHT = 4


# How often the helper checks that the importer is still there.
PARENT_CHECK_S = 0.5


def _exit_with_parent(parent: int) -> None:
    """(Pool initializer, in the helper process.) Exit at once when `parent` is no longer our parent."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_S)
        os._exit(1)  # the importer is gone and its transaction rolled back: nothing here is worth finishing

    threading.Thread(target=watch, name="exit-with-importer", daemon=True).start()


def _index_batch(rows: list[tuple]) -> list[tuple[str, ...]]:
    """(In the helper process.) The index texts of each position given as a field tuple."""
    return [search_index.index_values(Position(*row)) for row in rows]


class BackgroundIndexer:
    """Index batches of new rows in a helper process and write the results to positions_fts in order.

    If the helper cannot start or dies (no usable __main__ to spawn from, out
    of memory), the batches are indexed in this process instead: slower, but
    the import carries on with the same result.
    """

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn"),
            initializer=_exit_with_parent, initargs=(os.getpid(),))
        self._pending: deque[tuple[int, list[tuple], Future | None]] = deque()
        self.indexed_upto = 0  # every row id below this has been written to the index

    def submit(self, conn: sqlite3.Connection, first_id: int, positions: Sequence[Position]) -> None:
        """Queue `positions` (ids first_id, first_id + 1, ...) for indexing; writes finished batches."""
        rows = [tuple(getattr(p, name) for name in FIELD_NAMES) for p in positions]
        future = None
        if self._pool is not None:
            try:
                future = self._pool.submit(_index_batch, rows)
            except (BrokenProcessPool, RuntimeError, OSError):
                self._stop_helper()
        self._pending.append((first_id, rows, future))
        self.write_ready(conn, block=len(self._pending) > MAX_IN_FLIGHT)

    def _texts(self, rows: list[tuple], future: Future | None) -> list[tuple[str, ...]]:
        if future is not None:
            try:
                return future.result()
            except BrokenProcessPool:
                self._stop_helper()
        return _index_batch(rows)

    def write_ready(self, conn: sqlite3.Connection, *, block: bool = False) -> None:
        """Write the finished batches at the head of the queue (with `block`, wait for at least one)."""
        while self._pending and (block or self._pending[0][2] is None or self._pending[0][2].done()):
            first_id, rows, future = self._pending.popleft()
            values = self._texts(rows, future)
            conn.executemany(_insert_sql(), ((first_id + i, *texts) for i, texts in enumerate(values)))
            self.indexed_upto = first_id + len(values)
            block = False

    def finish(self, conn: sqlite3.Connection) -> None:
        """Write every outstanding batch, then stop the helper."""
        while self._pending:
            self.write_ready(conn, block=True)
        self.close()

    def _stop_helper(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        """Stop the helper without writing what is outstanding (the import is being rolled back)."""
        self._pending.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
