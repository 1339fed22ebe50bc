"""A damaged, truncated, read-only or full userdata.sqlite gives a typed error and is never overwritten.

Read-only and full disks are real: a small tmpfs is mounted for the test
(needs root, as in CI here; skipped otherwise). The database's own size
limit (PRAGMA max_page_count) gives a second, unprivileged "full" case.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import drafts
from db.userdata_errors import UserdataCorrupt, UserdataFull, UserdataReadOnly
from db.userdata_schema import integrity_ok, open_userdata
from tests.db.userdata_helpers import applicant_with_draft, at, fresh


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled(tmp_path: Path) -> Path:
    conn = fresh(tmp_path)
    _, draft = applicant_with_draft(conn)
    for i in range(40):
        drafts.save_draft_text(conn, draft.id, cover_letter="我想应聘这个岗位。" * (i + 20), now=at(i * 31))
    conn.close()
    return tmp_path / "userdata.sqlite"


def _scribble_header(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.write(b"this is not sqlite at all")


def _scribble_pages(path: Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        for offset in range(4096, size, 4096):  # every page after the first
            handle.seek(offset + 8)
            handle.write(os.urandom(64))


def _truncate(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


@pytest.mark.parametrize("damage", [_scribble_header, _scribble_pages, _truncate])
def test_damaged_file_is_corrupt_and_left_exactly_as_it_was(tmp_path: Path, damage) -> None:
    path = _filled(tmp_path)
    damage(path)
    before = _digest(path)
    with pytest.raises(UserdataCorrupt) as damaged:
        open_userdata(path)
    assert damaged.value.path == str(path)
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_database_size_limit_reached_is_full_and_keeps_the_last_good_text(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    _, draft = applicant_with_draft(conn)
    drafts.save_draft_text(conn, draft.id, cover_letter="short", now=at(0))
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(UserdataFull):
        drafts.save_draft_text(conn, draft.id, cover_letter="很长的求职信" * 5000, now=at(40))
    assert drafts.get_draft(conn, draft.id).cover_letter == "short"
    assert integrity_ok(conn)


@pytest.fixture()
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs mounted for the test (root only)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs root to mount a small tmpfs")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_full_disk_is_reported_and_the_database_survives(small_disk: Path) -> None:
    conn = open_userdata(small_disk / "userdata.sqlite")
    _, draft = applicant_with_draft(conn)
    saved = ""
    with pytest.raises(UserdataFull):
        for i in range(1000):
            text = f"{i}:" + "求职" * 20_000
            drafts.save_draft_text(conn, draft.id, cover_letter=text, now=at(i * 31))
            saved = text
    assert saved, "the disk filled before the first save"
    conn.close()
    (small_disk / "ballast").unlink(missing_ok=True)
    reopened = open_userdata(small_disk / "userdata.sqlite")
    assert integrity_ok(reopened)
    assert drafts.get_draft(reopened, draft.id).cover_letter == saved


def test_read_only_medium_is_read_only(small_disk: Path) -> None:
    path = small_disk / "userdata.sqlite"
    conn = open_userdata(path)
    applicant_with_draft(conn)
    conn.close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    with pytest.raises(UserdataReadOnly):
        open_userdata(path)
    with pytest.raises(UserdataReadOnly):
        open_userdata(small_disk / "new.sqlite")

