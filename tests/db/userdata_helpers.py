"""Shared pieces of the userdata tests: a fresh database on disk and a fixed clock."""
from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

from db import drafts
from db.applicants import Profile, create_applicant
from db.userdata_schema import open_userdata

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def at(seconds: float) -> datetime:
    """T0 plus `seconds`."""
    return T0 + timedelta(seconds=seconds)


def fresh(tmp_path: Path) -> sqlite3.Connection:
    """A new userdata.sqlite in `tmp_path`."""
    return open_userdata(tmp_path / "userdata.sqlite")


def snapshot(n: int = 1, questions: tuple[str, ...] = ()) -> drafts.PositionSnapshot:
    """A position snapshot with a distinct external id."""
    return drafts.PositionSnapshot(f"pos-{n}", f"客服专员 {n}", f"杭州某电商 {n}", ("phone",), "0571-1234", questions)


def applicant_with_draft(conn: sqlite3.Connection, questions: tuple[str, ...] = ()) -> tuple[int, drafts.Draft]:
    """An applicant with one draft."""
    applicant = create_applicant(conn, now=T0, profile=Profile(resume={"basics": {"name": "李华"}}))
    return applicant, drafts.open_draft(conn, applicant, snapshot(1, questions), now=T0)


@contextlib.contextmanager
def mounted_tmpfs(target: Path, options: str) -> Iterator[Path | None]:
    """A real tmpfs at `target` with mount `options` ("ro,size=64k", "size=64k") for disk-full and read-only
    cases; yields None when it cannot be mounted (not root). Without root, "ro" falls back to chmod 0500."""
    target.mkdir()
    if os.geteuid() != 0:
        if "ro" not in options.split(","):
            yield None
            return
        target.chmod(0o500)
        try:
            yield target
        finally:
            target.chmod(0o700)
        return
    if subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True).returncode:
        yield None
        return
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)
