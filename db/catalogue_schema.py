"""The catalogue database (catalogue.sqlite): schema, migrations, opening.

Written only by the importer; the UI opens it read-only (DESIGN.md, Two
databases). The search index is a contentless FTS5 table kept in step with
`positions` by db.search_index.
"""
from __future__ import annotations

import functools
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import CatalogueUnavailable

if TYPE_CHECKING:
    import sqlite_utils
    from sqlite_utils.migrations import Migrations


def m001_positions(db: sqlite_utils.Database) -> None:
    # Filter and sort columns come first and the long text last, so a row
    # lookup for filtering rarely has to read an overflow page.
    db.execute(
        """
        CREATE TABLE positions (
            id INTEGER PRIMARY KEY,
            external_id TEXT NOT NULL UNIQUE,
            category TEXT NOT NULL,
            province TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            district TEXT NOT NULL DEFAULT '',
            work_mode TEXT NOT NULL,
            employment_mask INTEGER NOT NULL DEFAULT 0,
            openings INTEGER NOT NULL DEFAULT 1,
            salary_min INTEGER,
            salary_max INTEGER,
            salary_unit TEXT NOT NULL DEFAULT 'month',
            salary_month_min INTEGER,
            salary_month_max INTEGER,
            training_days INTEGER NOT NULL DEFAULT 0,
            training_subsidy INTEGER,
            meals INTEGER NOT NULL DEFAULT 0,
            housing INTEGER NOT NULL DEFAULT 0,
            disability_mask INTEGER NOT NULL DEFAULT 0,
            accommodation_mask INTEGER NOT NULL DEFAULT 0,
            interview_mask INTEGER NOT NULL DEFAULT 0,
            apply_mask INTEGER NOT NULL DEFAULT 0,
            date_posted TEXT NOT NULL DEFAULT '',
            valid_through TEXT,
            source TEXT NOT NULL DEFAULT 'import',
            title TEXT NOT NULL,
            employer TEXT NOT NULL,
            apply_contact TEXT NOT NULL DEFAULT '',
            questions TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT ''
        )
        """
    )
    for column in ("category", "city", "work_mode", "date_posted", "salary_month_max", "openings", "valid_through"):
        db.execute(f"CREATE INDEX positions_{column} ON positions({column})")
    db.execute(
        """
        CREATE VIRTUAL TABLE positions_fts USING fts5(
            title, body, pinyin, initials,
            content='', tokenize='unicode61 remove_diacritics 2'
        )
        """
    )
    db.execute("CREATE TABLE catalogue_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _recreate_search_index(db: sqlite_utils.Database, columns: str, prefix: str) -> None:
    """Replace positions_fts with one of `columns` and `prefix` indexes, and re-index every position.

    A contentless FTS5 table can be neither altered nor rebuilt by FTS5 itself.
    Re-indexing uses today's indexer, whose rows fit only today's columns, so
    an older migration on the way there leaves the table empty for the last
    one to fill (an old catalogue migrates through all of them at once).
    """
    from db import search_index  # only a migration needs the indexer; opening a catalogue stays light

    db.execute("DROP TABLE positions_fts")
    db.execute(
        f"""
        CREATE VIRTUAL TABLE positions_fts USING fts5(
            {columns},
            content='', tokenize='unicode61 remove_diacritics 2', prefix='{prefix}'
        )
        """
    )
    if [c.strip() for c in columns.split(",")] == list(search_index.COLUMNS):
        search_index.rebuild(db.conn)


def m002_search_prefix_index(db: sqlite_utils.Database) -> None:
    # (search) Prefix indexes of 2 and 3 characters: pinyin and initials terms
    # are prefix queries (ke*, zb*), which without them merge the posting
    # lists of thousands of tokens (~40x slower at 60k positions, see
    # tests/bench/bench_search.py). A contentless table cannot be altered or
    # rebuilt by FTS5, so it is recreated and every position re-indexed.
    _recreate_search_index(db, "title, body, pinyin, initials", "2 3")


def m003_search_longer_prefixes(db: sqlite_utils.Database) -> None:
    # (search) Prefix indexes up to 6 characters: a pinyin term such as kefu
    # or zhubo is a prefix query, and without an index of its length FTS5
    # merges the posting lists of every matching token first: first page
    # 9.8 ms -> 0.14 ms at 60k positions, for +20% file size
    # (tests/bench/bench_search.py). Recreated and re-indexed as in m002.
    _recreate_search_index(db, "title, body, pinyin, initials", "2 3 4 5 6")


def m004_search_character_pairs(db: sqlite_utils.Database) -> None:
    # (search) Two more columns holding pairs of adjacent CJK characters
    # (db/text_index.bigrams): a Chinese term of 2+ characters is a phrase of
    # pairs, which are far rarer than single characters. At 60k positions:
    # count of 客服 1.66 -> 0.34 ms, of a phrase that never occurs 2.9 ->
    # 0.01 ms; the pair columns are about as large as title and body.
    _recreate_search_index(db, "title, body, pinyin, initials, title_pairs, body_pairs", "2 3 4 5 6")


@functools.cache
def migrations() -> Migrations:
    """The catalogue's migration set, in order."""
    # Built on first use: sqlite_utils takes about 60 ms to import, and the app
    # opens the catalogue read-only, which needs no migrations (cold start, issue #3).
    # A new migration goes at the end of this tuple.
    from sqlite_utils.migrations import Migrations

    steps = Migrations("zhumeng.catalogue")
    for step in (m001_positions, m002_search_prefix_index, m003_search_longer_prefixes, m004_search_character_pairs):
        steps()(step)
    return steps


def open_catalogue(path: str | Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open (and, when writable, create or migrate) the catalogue at `path`.

    Raises CatalogueUnavailable when the file is not a usable catalogue.
    """
    path = Path(path)
    try:
        if read_only:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(path, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        if not read_only:
            conn.execute("PRAGMA journal_mode=WAL")
            import sqlite_utils

            migrations().apply(sqlite_utils.Database(conn))
        conn.execute("SELECT count(*) FROM positions WHERE id = 0").fetchone()
    except sqlite3.DatabaseError as error:
        raise CatalogueUnavailable(str(path), str(error)) from error
    return conn
