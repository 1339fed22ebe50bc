"""Importing catalogue files: validate, upsert by external id, keep the search index in step.

One call imports any number of files in ONE transaction on the connection it
is given. Records are validated as they stream (db.record); after the first
rejection without `skip_invalid` nothing more is written, every remaining
record is still checked, and the transaction is rolled back: the report
lists every rejected record (applied=False) and the catalogue never holds
half an import. A file that cannot be read at all raises UnreadableFile,
also with nothing changed.

Bulk speed without risking the old catalogue: everything happens inside the
one transaction (so a crash, a kill or an error rolls back to the old
catalogue; no temp-copy-and-rename is needed, and readers keep seeing the
old catalogue until COMMIT thanks to WAL). New rows are written with
executemany in batches with ids assigned here; FTS5 buffers up to 256 MB of
index entries before writing a segment; for large imports the index texts
are computed in a helper process (db/import_indexer.py) while this one
parses the next batch. The connection runs with synchronous=NORMAL and a
large page cache meanwhile: in WAL mode NORMAL may lose the last transaction
on power loss but never corrupts the file, unlike synchronous=OFF, which we
do not use.

New positions get rowids in date_posted order (search relies on rowid order
equalling date order, see db.search_index.refresh_order_flag). Input that
already comes in date order (our generator, our exports) is indexed as it
streams; otherwise the new rows are renumbered at the end and indexed then.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from db import formats, search_index, short_counts
from db.errors import FieldProblem, InvalidRecord
from db.import_indexer import BackgroundIndexer
from db.position import Position, from_row, to_row
from db.record import position_from_record

Rejected = FieldProblem  # where, where_kind ("line" | "index"), field, reason, value

BATCH = 2000
# From this many new positions on, index texts are computed in a helper process (db/import_indexer.py).
BACKGROUND_FROM = 20_000
FTS_HASHSIZE = 256 * 1024 * 1024
_COLUMNS = ("id", *to_row(Position("x", "x", "x", "customer_service")))
_INSERT = f"INSERT INTO positions ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
_UPDATE = f"UPDATE positions SET {', '.join(c + ' = ?' for c in _COLUMNS[1:])} WHERE id = ?"


@dataclass(frozen=True)
class ImportReport:
    """What an import did. Counts are of positions; when applied is False nothing changed and they are 0."""

    added: int
    updated: int
    unchanged: int
    skipped: int
    rejected: tuple[Rejected, ...]
    applied: bool


@dataclass
class _Run:
    """The state of one import while it streams."""

    conn: sqlite3.Connection
    skip_invalid: bool
    existing: dict[str, int]
    next_id: int
    first_new_id: int
    seen: set[str] = field(default_factory=set)
    rejected: list[Rejected] = field(default_factory=list)
    pending: list[Position] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    last_date: str = ""
    in_order: bool = True
    indexed_upto: int = 0  # new rows with id < this are in the search index
    indexer: BackgroundIndexer | None = None

    @property
    def doomed(self) -> bool:
        # After the first reject without skip_invalid the import will be rolled
        # back: keep validating (to report every reject) but stop writing.
        return bool(self.rejected) and not self.skip_invalid


def _flush(run: _Run) -> None:
    if not run.pending:
        return
    rows = []
    for position in run.pending:
        rows.append((run.next_id, *to_row(position).values()))
        run.next_id += 1
    run.conn.executemany(_INSERT, rows)
    if run.in_order:
        first = run.next_id - len(run.pending)
        if run.indexer is None and run.added >= BACKGROUND_FROM:
            run.indexer = BackgroundIndexer()
        if run.indexer is not None:
            run.indexer.submit(run.conn, first, run.pending)
        else:
            search_index.add_many(run.conn, zip(range(first, run.next_id), run.pending))
            run.indexed_upto = run.next_id
    run.pending.clear()


def _upsert(run: _Run, position: Position) -> None:
    row_id = run.existing.get(position.external_id)
    if row_id is None:
        if position.date_posted < run.last_date:
            run.in_order = False
        run.last_date = max(run.last_date, position.date_posted)
        run.added += 1
        run.pending.append(position)
        if len(run.pending) >= BATCH:
            _flush(run)
        return
    old = from_row(run.conn.execute("SELECT * FROM positions WHERE id = ?", (row_id,)).fetchone())
    if old == position:
        run.unchanged += 1
        return
    run.updated += 1
    search_index.remove(run.conn, row_id, old)
    run.conn.execute(_UPDATE, (*to_row(position).values(), row_id))
    search_index.add(run.conn, row_id, position)


def _accept(run: _Run, where: int, where_kind: str, record: Mapping[str, Any] | InvalidRecord) -> None:
    try:
        if isinstance(record, InvalidRecord):
            raise record
        position = position_from_record(record)
        if position.external_id in run.seen:
            raise InvalidRecord("external_id", "duplicate", position.external_id)
    except InvalidRecord as problem:
        run.rejected.append(Rejected(where, where_kind, problem.field, problem.reason, problem.value))
        return
    run.seen.add(position.external_id)
    if run.doomed:
        return
    _upsert(run, position)


def _new_rows(conn: sqlite3.Connection, first_id: int, below: int | None = None) -> Iterable[tuple[int, Position]]:
    sql = "SELECT * FROM positions WHERE id >= ?" + (" AND id < ?" if below is not None else "") + " ORDER BY id"
    cursor = conn.execute(sql, (first_id,) if below is None else (first_id, below))
    while batch := cursor.fetchmany(BATCH):
        for row in batch:
            yield row["id"], from_row(row)


def _renumber_new_rows(run: _Run) -> None:
    """Give the rows added by this import ids in date_posted order, then index them."""
    conn, first = run.conn, run.first_new_id
    # Rows indexed before the disorder showed up leave the index first, with
    # the values they were added under (their ids are about to change).
    search_index.remove_many(conn, list(_new_rows(conn, first, run.indexed_upto)))
    conn.execute("DROP TABLE IF EXISTS temp.import_new")
    conn.execute("CREATE TEMP TABLE import_new AS SELECT * FROM positions WHERE id >= ? ORDER BY date_posted, id",
                 (first,))
    conn.execute("DELETE FROM positions WHERE id >= ?", (first,))
    columns = ", ".join(_COLUMNS[1:])
    conn.execute(f"INSERT INTO positions (id, {columns}) SELECT rowid + ? - 1, {columns} FROM temp.import_new",
                 (first,))
    conn.execute("DROP TABLE temp.import_new")
    cursor = _new_rows(conn, first)
    search_index.add_many(conn, cursor)


def _existing_ids(conn: sqlite3.Connection) -> dict[str, int]:
    return {external_id: row_id for external_id, row_id in conn.execute("SELECT external_id, id FROM positions")}


Source = tuple[str, Iterable[tuple[int, Mapping[str, Any] | InvalidRecord]]]


def import_files(conn: sqlite3.Connection, paths: Sequence[str | Path], *, skip_invalid: bool = False,
                 format: str | None = None) -> ImportReport:
    """Import the catalogue files at `paths` in one transaction; see the module docstring.

    `format` ("csv", "jsonl", "jsonld") overrides detection by file suffix.
    Raises UnreadableFile (nothing changed) for a file that cannot be read.
    """
    modules = [(path, formats.module(format or formats.detect(path))) for path in paths]
    return import_records(conn, [(module.WHERE_KIND, module.read(path)) for path, module in modules],
                          skip_invalid=skip_invalid)


def import_records(conn: sqlite3.Connection, sources: Sequence[Source], *, skip_invalid: bool = False) -> ImportReport:
    """Import flat records in one transaction, like import_files.

    Each source is (where_kind, iterable of (where, record or InvalidRecord)),
    as the format readers in db.formats yield them; records are read lazily,
    inside the transaction, so a reader's UnreadableFile rolls back too.
    """
    isolation, conn.isolation_level = conn.isolation_level, None  # we issue BEGIN/COMMIT ourselves
    synchronous = conn.execute("PRAGMA synchronous").fetchone()[0]
    cache_size = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -262144")  # 256 MB while building; restored below
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # FTS5 buffers new index entries in memory up to `hashsize` before
            # writing a segment: 1 MB by default, so a bulk import writes and
            # then merges thousands of tiny segments. Measured CPU for the index
            # inserts: 64 MB ~35% less than 1 MB, 256 MB another ~22% less. It
            # is a ceiling, not an allocation: small imports stay small.
            conn.execute("INSERT INTO positions_fts(positions_fts, rank) VALUES ('hashsize', ?)", (FTS_HASHSIZE,))
            report = _import(conn, sources, skip_invalid)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT" if report.applied else "ROLLBACK")
        return report
    finally:
        conn.execute(f"PRAGMA synchronous = {int(synchronous)}")
        conn.execute(f"PRAGMA cache_size = {int(cache_size)}")
        conn.isolation_level = isolation


def _import(conn: sqlite3.Connection, sources: Sequence[Source], skip_invalid: bool) -> ImportReport:
    next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM positions").fetchone()[0]
    run = _Run(conn, skip_invalid, _existing_ids(conn), next_id, next_id)
    row_factory = conn.row_factory
    conn.row_factory = sqlite3.Row
    try:
        for where_kind, records in sources:
            for where, record in records:
                _accept(run, where, where_kind, record)
        if run.doomed:
            return ImportReport(0, 0, 0, 0, tuple(run.rejected), applied=False)
        _flush(run)
        if run.indexer is not None:
            run.indexer.finish(conn)
            run.indexed_upto = max(run.indexed_upto, run.indexer.indexed_upto)
        if not run.in_order:
            _renumber_new_rows(run)
        if run.added + run.updated >= BACKGROUND_FROM:
            search_index.optimize(conn)  # one b-tree: queries look each term up once, not once per segment
        search_index.refresh_order_flag(conn)
        short_counts.refresh(conn)  # last: it fingerprints the index as written (db/short_counts.py)
    finally:
        conn.row_factory = row_factory
        if run.indexer is not None:
            run.indexer.close()
    return ImportReport(run.added, run.updated, run.unchanged, len(run.rejected), tuple(run.rejected), applied=True)
