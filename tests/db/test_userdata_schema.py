"""userdata.sqlite: created with the durable settings, migrated once, kept apart from the catalogue."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db.userdata_schema import integrity_ok, migrations, open_userdata, transaction
from tests.db.userdata_helpers import fresh


def test_fresh_database_uses_wal_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_all_tables_exist(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"applicants", "applicant_pins", "favourites", "drafts", "draft_status_history", "draft_revisions"} <= names


def test_reopening_applies_no_migration_twice(tmp_path: Path) -> None:
    fresh(tmp_path).close()
    conn = open_userdata(tmp_path / "userdata.sqlite")
    import sqlite_utils

    assert migrations.pending(sqlite_utils.Database(conn)) == []
    rows = conn.execute("SELECT count(*) FROM _sqlite_migrations WHERE migration_set = 'zhumeng.userdata'").fetchone()[0]
    assert rows == 2


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    with pytest.raises(RuntimeError):
        with transaction(conn):
            conn.execute("INSERT INTO applicants (created_at, updated_at) VALUES ('x', 'x')")
            raise RuntimeError("stop")
    assert conn.execute("SELECT count(*) FROM applicants").fetchone()[0] == 0


def test_bad_grade_is_refused_by_the_schema(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO applicants (disability_grade, created_at, updated_at) VALUES (5, 'x', 'x')")


def test_fresh_database_passes_integrity_check(tmp_path: Path) -> None:
    assert integrity_ok(fresh(tmp_path))
