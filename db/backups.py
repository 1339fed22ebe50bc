"""Rotating automatic backups of userdata.sqlite, and restoring the newest good one.

One backup a day (SQLite's online backup API, so it is consistent while the
app keeps writing), checked with ``PRAGMA integrity_check`` before it takes a
place in the rotation, so a damaged database can never push the good backups
out. Restoring never overwrites the damaged file: it is moved aside, with its
WAL, under a timestamped name, where staff or a recovery tool can still get
at whatever it holds.
"""
from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from db.userdata_errors import NoGoodBackup, UserdataCorrupt, classify
from db.userdata_schema import integrity_ok

KEEP = 7
BACKUP_DIR_NAME = "backups"
_NAME = re.compile(r"^userdata-(\d{4}-\d{2}-\d{2})\.sqlite$")
_SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class Backup:
    """One backup file and the day it was taken."""

    path: Path
    day: date
    size: int


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: which backup it used, where the damaged file went, which backups failed their check."""

    restored_from: Path
    damaged_moved_to: Path | None
    skipped: tuple[Path, ...]


def backup_dir_for(db_path: Path) -> Path:
    """The default backup directory: `backups/` beside the database."""
    return db_path.parent / BACKUP_DIR_NAME


def list_backups(backup_dir: Path) -> list[Backup]:
    """The backups in `backup_dir`, newest first."""
    if not backup_dir.is_dir():
        return []
    found = []
    for entry in backup_dir.iterdir():
        match = _NAME.match(entry.name)
        if match and entry.is_file():
            found.append(Backup(entry, date.fromisoformat(match.group(1)), entry.stat().st_size))
    return sorted(found, key=lambda b: b.day, reverse=True)


def make_daily_backup(conn: sqlite3.Connection, backup_dir: Path, *, now: datetime, keep: int = KEEP) -> Backup | None:
    """Back up `conn` once for the local day of `now` and rotate; None if today's backup exists.

    Raises UserdataCorrupt (the copy fails its check; old backups are kept)
    or UserdataFull/UserdataReadOnly when the backup cannot be written.
    """
    day = now.astimezone().date()
    final = backup_dir / f"userdata-{day.isoformat()}.sqlite"
    if final.exists():
        return None
    partial = backup_dir / f".userdata-{day.isoformat()}.partial"
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        _copy_database(conn, partial)
        os.replace(partial, final)
        _fsync_dir(backup_dir)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        typed = classify(error, str(final))
        if typed is None:
            raise
        raise typed from error
    except OSError:
        partial.unlink(missing_ok=True)
        raise
    rotate(backup_dir, keep=keep)
    return Backup(final, day, final.stat().st_size)


def _copy_database(source: sqlite3.Connection, target_path: Path) -> None:
    """Copy `source` into a new file with the backup API and check the copy; fsync it."""
    target = sqlite3.connect(target_path)
    try:
        source.backup(target)
        if not integrity_ok(target):
            raise UserdataCorrupt(str(target_path), "integrity_check")
        # A standalone copy: no WAL to carry around.
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    with open(target_path, "rb+") as handle:
        os.fsync(handle.fileno())


def rotate(backup_dir: Path, *, keep: int = KEEP) -> list[Path]:
    """Delete all but the `keep` newest backups; returns the deleted paths."""
    removed = []
    for old in list_backups(backup_dir)[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def backup_is_good(path: Path) -> bool:
    """Whether a backup file opens read-only and passes integrity_check."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return integrity_ok(conn) and conn.execute("SELECT count(*) FROM applicants").fetchone() is not None
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def move_aside(db_path: Path, *, now: datetime) -> Path | None:
    """Rename a (damaged) database and its WAL/SHM to ``<stem>.damaged-<UTC time><suffix>``.

    Never overwrites: a counter is added if that name exists. Returns the new
    path of the main file, or None when there was no file.
    """
    if not db_path.exists():
        return None
    stamp = now.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    for attempt in range(1000):
        suffix = f"-{attempt}" if attempt else ""
        target = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{suffix}{db_path.suffix}")
        if not any(Path(f"{target}{side}").exists() for side in ("", *_SIDE_FILES)):
            break
    else:  # pragma: no cover - a thousand damaged copies in one second
        raise FileExistsError(target)
    for side in _SIDE_FILES:  # the WAL may hold the newest changes: keep it with its database
        source = Path(f"{db_path}{side}")
        if source.exists():
            os.rename(source, f"{target}{side}")
    os.rename(db_path, target)
    _fsync_dir(db_path.parent)
    return target


def restore_newest_good(db_path: Path, backup_dir: Path, *, now: datetime) -> RestoreResult:
    """Replace the database at `db_path` by the newest backup that passes its check.

    The current file (if any) is moved aside first, never overwritten or
    deleted. Close every connection to `db_path` before calling. Raises
    NoGoodBackup (and moves nothing) when no backup is good.
    """
    skipped = []
    for backup in list_backups(backup_dir):
        if backup_is_good(backup.path):
            break
        skipped.append(backup.path)
    else:
        raise NoGoodBackup(str(db_path), "no_good_backup")
    moved = move_aside(db_path, now=now)
    partial = db_path.with_name(f".{db_path.name}.restoring")
    source = sqlite3.connect(f"{backup.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _copy_database(source, partial)
    finally:
        source.close()
    os.replace(partial, db_path)
    _fsync_dir(db_path.parent)
    return RestoreResult(backup.path, moved, tuple(skipped))


def _fsync_dir(directory: Path) -> None:
    # A rename is durable only once its directory is synced (POSIX).
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
