"""Two app instances on one data directory, as two real processes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from db import drafts, instance_lock
from db.userdata_errors import UserdataInUse
from db.userdata_schema import integrity_ok, open_userdata
from tests.db.userdata_helpers import T0, applicant_with_draft, fresh, snapshot

ROOT = Path(__file__).resolve().parents[2]


def _holder(data_dir: Path) -> subprocess.Popen[str]:
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from db import instance_lock
        lock = instance_lock.acquire(Path({str(data_dir)!r}))
        print("locked", flush=True)
        time.sleep(60)
    """)
    process = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "locked"
    return process


def test_second_process_is_told_the_data_is_in_use_and_by_whom(tmp_path: Path) -> None:
    first = _holder(tmp_path)
    try:
        with pytest.raises(UserdataInUse) as busy:
            instance_lock.acquire(tmp_path)
        assert busy.value.pid == first.pid
        assert instance_lock.holder(tmp_path) == first.pid
    finally:
        first.kill()
        first.wait()


def test_lock_of_a_killed_process_is_free_at_once(tmp_path: Path) -> None:
    first = _holder(tmp_path)
    os.kill(first.pid, signal.SIGKILL)
    first.wait()
    with instance_lock.acquire(tmp_path) as lock:
        assert lock.held
        assert (tmp_path / instance_lock.LOCK_FILE).read_text().strip() == str(os.getpid())
    assert instance_lock.holder(tmp_path) is None


def test_release_lets_another_take_it(tmp_path: Path) -> None:
    lock = instance_lock.acquire(tmp_path)
    assert lock.held
    with pytest.raises(UserdataInUse):  # held: nobody else gets it (flock is per open file, even in one process)
        instance_lock.acquire(tmp_path)
    lock.release()
    lock.release()  # idempotent
    assert not lock.held
    assert (tmp_path / instance_lock.LOCK_FILE).read_text() == ""  # our pid is cleared
    assert instance_lock.holder(tmp_path) is None
    other = _holder(tmp_path)  # another process takes it
    try:
        assert instance_lock.holder(tmp_path) == other.pid
    finally:
        other.kill()
        other.wait()


def test_two_processes_writing_at_once_corrupt_nothing(tmp_path: Path) -> None:
    # Even without the lock (a second app forced on, or a tool), SQLite keeps the file whole.
    conn = fresh(tmp_path)
    applicant, _ = applicant_with_draft(conn)
    ids = [drafts.open_draft(conn, applicant, snapshot(n), now=T0).id for n in (2, 3)]
    conn.close()
    script = textwrap.dedent("""
        import sys
        from datetime import datetime, timedelta, timezone
        from db import drafts
        from db.userdata_schema import open_userdata
        conn = open_userdata(sys.argv[1])
        draft_id = int(sys.argv[2])
        start = datetime(2026, 3, 2, tzinfo=timezone.utc)
        for i in range(300):
            drafts.save_draft_text(conn, draft_id, cover_letter=f"{draft_id}:{i}", now=start + timedelta(seconds=i))
    """)
    path = str(tmp_path / "userdata.sqlite")
    workers = [subprocess.Popen([sys.executable, "-c", script, path, str(i)], cwd=ROOT) for i in ids]
    assert [w.wait(timeout=120) for w in workers] == [0, 0]
    check = open_userdata(path)
    assert integrity_ok(check)
    assert [drafts.get_draft(check, i).cover_letter for i in ids] == [f"{i}:299" for i in ids]

