"""The user-data database (userdata.sqlite): schema, migrations, opening, transactions.

Never the catalogue database (DESIGN.md, Two databases). It is written
continuously while people type, so it runs in WAL mode with
``synchronous=FULL``: a committed change survives a killed process or a
power cut. Every error about the file itself (damaged, read-only, full)
becomes a typed error from db.userdata_errors so the UI can say so in words
and keep working with the catalogue.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from db.userdata_errors import UserdataCorrupt, classify

migrations = Migrations("zhumeng.userdata")

# Status codes of the pipeline; the allowed moves live in db.drafts.
STATUSES = ("draft", "ready", "submitted", "interview", "offer", "rejected", "withdrawn")


@migrations()
def m001_applicants(db: sqlite_utils.Database) -> None:
    # The résumé itself is one JSON Resume document (all of its sections,
    # including fields we do not edit) so that import/export round-trips
    # exactly; what we query or validate has its own columns.
    db.execute(
        """
        CREATE TABLE applicants (
            id INTEGER PRIMARY KEY,
            display_name TEXT NOT NULL DEFAULT '',
            is_guest INTEGER NOT NULL DEFAULT 0 CHECK (is_guest IN (0, 1)),
            resume TEXT NOT NULL DEFAULT '{}',
            disability TEXT,
            disability_grade INTEGER CHECK (disability_grade BETWEEN 1 AND 4),
            accommodations TEXT NOT NULL DEFAULT '[]',
            interview_channels TEXT NOT NULL DEFAULT '[]',
            disclosed TEXT NOT NULL DEFAULT '[]',
            preferences TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE applicant_pins (
            applicant_id INTEGER PRIMARY KEY REFERENCES applicants(id) ON DELETE CASCADE,
            pin_hash TEXT NOT NULL,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            lockouts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            reset_at TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE favourites (
            applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,
            external_id TEXT NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (applicant_id, external_id)
        ) WITHOUT ROWID
        """
    )


@migrations()
def m002_drafts(db: sqlite_utils.Database) -> None:
    statuses = ", ".join(f"'{s}'" for s in STATUSES)
    # The position snapshot (title, employer, how to apply, questions) keeps a
    # draft readable after its position leaves the catalogue.
    db.execute(
        f"""
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,
            external_id TEXT NOT NULL,
            position_title TEXT NOT NULL DEFAULT '',
            employer TEXT NOT NULL DEFAULT '',
            apply_channels TEXT NOT NULL DEFAULT '[]',
            apply_contact TEXT NOT NULL DEFAULT '',
            questions TEXT NOT NULL DEFAULT '[]',
            cover_letter TEXT NOT NULL DEFAULT '',
            answers TEXT NOT NULL DEFAULT '[]',
            accommodations TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            follow_up TEXT,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ({statuses})),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (applicant_id, external_id)
        )
        """
    )
    db.execute(
        f"""
        CREATE TABLE draft_status_history (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            from_status TEXT CHECK (from_status IN ({statuses})),
            to_status TEXT NOT NULL CHECK (to_status IN ({statuses})),
            note TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX draft_status_history_draft ON draft_status_history(draft_id, id)")
    db.execute(
        """
        CREATE TABLE draft_revisions (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('auto', 'explicit', 'before_restore')),
            cover_letter TEXT NOT NULL,
            answers TEXT NOT NULL,
            notes TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX draft_revisions_draft ON draft_revisions(draft_id, id)")
    db.execute("CREATE INDEX drafts_applicant ON drafts(applicant_id, updated_at)")


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    # Another instance may hold a write lock for a moment; wait rather than fail.
    conn.execute("PRAGMA busy_timeout = 5000")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise sqlite3.OperationalError(f"journal_mode is {mode}")
    conn.execute("PRAGMA synchronous = FULL")


def open_userdata(path: str | Path, *, check: bool = True) -> sqlite3.Connection:
    """Open (creating or migrating) userdata.sqlite at `path`, ready for writing.

    The connection is in autocommit mode; group changes with `transaction()`.
    With `check`, a quick_check runs first (milliseconds for a person's data).
    Raises UserdataCorrupt, UserdataReadOnly or UserdataFull; never modifies
    or replaces a damaged file.
    """
    path = Path(path)
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=5.0)
        conn.row_factory = sqlite3.Row
        # Read before anything writes: a damaged file must stay as it is.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if check:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise UserdataCorrupt(str(path), "; ".join(problems[:5]))
        _configure(conn)
        migrations.apply(sqlite_utils.Database(conn))
    except sqlite3.Error as error:
        if conn is not None:
            conn.close()
        typed = classify(error, str(path))
        if typed is None:
            raise
        raise typed from error
    except UserdataCorrupt:
        if conn is not None:
            conn.close()
        raise
    return conn


def database_path(conn: sqlite3.Connection) -> str:
    """The file behind `conn` ("" for an in-memory database)."""
    for row in conn.execute("PRAGMA database_list"):
        if row[1] == "main":
            return str(row[2] or "")
    return ""


@contextmanager
def translated_errors(conn: sqlite3.Connection) -> Iterator[None]:
    """Turn sqlite3 errors about the file (damaged, read-only, full) into typed ones."""
    try:
        yield
    except sqlite3.Error as error:
        typed = classify(error, _safe_path(conn))
        if typed is None:
            raise
        raise typed from error


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction (BEGIN IMMEDIATE ... COMMIT), rolled back on any error.

    Errors about the file become typed errors (see translated_errors).
    """
    with translated_errors(conn):
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except sqlite3.Error:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise


def integrity_ok(conn: sqlite3.Connection) -> bool:
    """Whether PRAGMA integrity_check passes."""
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")] == ["ok"]
    except sqlite3.DatabaseError:
        return False


def _safe_path(conn: sqlite3.Connection) -> str:
    try:
        return database_path(conn)
    except sqlite3.Error:
        return ""


def utc_now() -> datetime:
    """The current time, timezone-aware UTC (functions take `now` so tests pass their own)."""
    return datetime.now(timezone.utc)


def to_text(moment: datetime) -> str:
    """How userdata.sqlite stores a moment: ISO 8601 UTC with milliseconds (sorts as text)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: pass a timezone-aware time")
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def from_text(text: str) -> datetime:
    """The inverse of to_text."""
    return datetime.fromisoformat(text)
