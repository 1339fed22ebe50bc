"""Daily rotating backups and restoring the newest good one without overwriting the damaged file."""
from __future__ import annotations

import hashlib
from datetime import timedelta
from pathlib import Path

import pytest

from db import backups, drafts
from db.userdata_errors import NoGoodBackup, UserdataCorrupt
from db.userdata_schema import open_userdata
from tests.db.userdata_helpers import T0, applicant_with_draft, at, fresh


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_one_backup_per_day(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    folder = tmp_path / "backups"
    first = backups.make_daily_backup(conn, folder, now=T0)
    assert first is not None and first.path.exists()
    assert backups.make_daily_backup(conn, folder, now=T0 + timedelta(hours=1)) is None
    assert len(backups.list_backups(folder)) == 1
    assert backups.backup_is_good(first.path)


def test_rotation_keeps_the_last_seven_days(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    folder = tmp_path / "backups"
    for day in range(10):
        backups.make_daily_backup(conn, folder, now=T0 + timedelta(days=day))
    kept = backups.list_backups(folder)
    assert len(kept) == backups.KEEP
    assert kept[0].day == (T0 + timedelta(days=9)).astimezone().date()
    assert kept[-1].day == (T0 + timedelta(days=3)).astimezone().date()
    assert not list(folder.glob(".*partial"))


def test_a_damaged_database_is_not_backed_up_and_old_backups_stay(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    folder = tmp_path / "backups"
    for day in range(7):
        backups.make_daily_backup(conn, folder, now=T0 + timedelta(days=day))
    conn.close()
    path = tmp_path / "userdata.sqlite"
    with open(path, "r+b") as handle:
        handle.seek(4096 + 8)
        handle.write(b"\xff" * 512)
    import sqlite3

    damaged = sqlite3.connect(path)
    with pytest.raises((UserdataCorrupt, sqlite3.DatabaseError)):
        backups.make_daily_backup(damaged, folder, now=T0 + timedelta(days=7))
    assert len(backups.list_backups(folder)) == 7


def _corrupt(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.write(b"garbage garbage garbage garbage")


def test_restore_uses_the_newest_good_backup_and_moves_the_damaged_file_aside(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    _, draft = applicant_with_draft(conn)
    folder = tmp_path / "backups"
    drafts.save_draft_text(conn, draft.id, cover_letter="day one", now=at(0))
    backups.make_daily_backup(conn, folder, now=T0)
    drafts.save_draft_text(conn, draft.id, cover_letter="day two", now=T0 + timedelta(days=1))
    backups.make_daily_backup(conn, folder, now=T0 + timedelta(days=1))
    drafts.save_draft_text(conn, draft.id, cover_letter="day three", now=T0 + timedelta(days=2))
    backups.make_daily_backup(conn, folder, now=T0 + timedelta(days=2))
    conn.close()
    newest = backups.list_backups(folder)[0].path
    _corrupt(newest)  # the newest backup is bad too
    path = tmp_path / "userdata.sqlite"
    _corrupt(path)
    damaged_digest = _digest(path)
    with pytest.raises(UserdataCorrupt):
        open_userdata(path)

    result = backups.restore_newest_good(path, folder, now=T0 + timedelta(days=3))

    assert result.skipped == (newest,)
    assert result.restored_from == backups.list_backups(folder)[1].path
    assert result.damaged_moved_to is not None and _digest(result.damaged_moved_to) == damaged_digest
    assert "damaged" in result.damaged_moved_to.name
    restored = open_userdata(path)
    assert drafts.get_draft(restored, draft.id).cover_letter == "day two"


def test_restoring_twice_never_overwrites_an_earlier_damaged_copy(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    applicant_with_draft(conn)
    folder = tmp_path / "backups"
    backups.make_daily_backup(conn, folder, now=T0)
    conn.close()
    path = tmp_path / "userdata.sqlite"
    moved = []
    for _ in range(2):
        _corrupt(path)
        moved.append(backups.restore_newest_good(path, folder, now=T0).damaged_moved_to)
    assert moved[0] != moved[1] and all(p is not None and p.exists() for p in moved)


def test_no_good_backup_moves_nothing(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    folder = tmp_path / "backups"
    backups.make_daily_backup(conn, folder, now=T0)
    conn.close()
    _corrupt(backups.list_backups(folder)[0].path)
    path = tmp_path / "userdata.sqlite"
    before = _digest(path)
    with pytest.raises(NoGoodBackup):
        backups.restore_newest_good(path, folder, now=T0)
    assert _digest(path) == before
    assert not list(tmp_path.glob("*damaged*"))


def test_wal_moves_with_its_database(tmp_path: Path) -> None:
    path = tmp_path / "userdata.sqlite"
    path.write_bytes(b"x")
    Path(f"{path}-wal").write_bytes(b"w")
    moved = backups.move_aside(path, now=T0)
    assert moved is not None and Path(f"{moved}-wal").read_bytes() == b"w"
    assert not path.exists()
