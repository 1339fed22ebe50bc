"""One running app per data directory: an advisory lock file holding the owner's pid.

Two copies of the app writing the same userdata.sqlite would not corrupt it
(SQLite's WAL locking keeps the file consistent), but they would overwrite
each other's drafts silently. So the second copy learns that the data is in
use, by whom (pid), and the UI can say so and stay read-only on the
catalogue. The lock is ``fcntl.flock`` on ``userdata.lock``: the kernel
drops it when the process dies, even by kill -9, so a crash never leaves a
stale lock. Where fcntl does not exist (Windows), the lock is a no-op and
SQLite's own locking keeps both copies safe.
"""
from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from db.userdata_errors import UserdataInUse

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = "userdata.lock"


class InstanceLock:
    """A held lock on a data directory; release it (or use `with`) when the app ends."""

    def __init__(self, path: Path, fd: int | None) -> None:
        self.path = path
        self._fd = fd

    @property
    def held(self) -> bool:
        """Whether this object still holds the lock."""
        return self._fd is not None

    def release(self) -> None:
        """Give the lock up (idempotent). The file stays; its pid is cleared."""
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
        finally:
            os.close(self._fd)  # closing drops the flock
            self._fd = None

    def __enter__(self) -> "InstanceLock":
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.release()


def acquire(data_dir: Path) -> InstanceLock:
    """Lock `data_dir` for this process; raises UserdataInUse(pid) if another process holds it."""
    path = Path(data_dir) / LOCK_FILE
    if fcntl is None:  # pragma: no cover - Windows
        return InstanceLock(path, None)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        pid = _read_pid(fd)
        os.close(fd)
        raise UserdataInUse(str(path), pid) from None
    except BaseException:
        os.close(fd)
        raise
    os.ftruncate(fd, 0)
    os.write(fd, f"{os.getpid()}\n".encode())
    return InstanceLock(path, fd)


def holder(data_dir: Path) -> int | None:
    """The pid written by the process holding the lock, or None when nobody holds it."""
    try:
        lock = acquire(data_dir)
    except UserdataInUse as busy:
        return busy.pid
    lock.release()
    return None


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return int(text) if text else None
    except (OSError, ValueError):
        return None
