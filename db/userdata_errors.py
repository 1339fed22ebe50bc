"""Typed errors of the user-data database (userdata.sqlite).

They carry data (path, the SQLite reason, times) and no user-facing text:
desktop/ turns each class into a translated sentence and keeps the
catalogue working while user data is unavailable.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime

from db.errors import ZhumengDataError


class UserdataUnavailable(ZhumengDataError):
    """userdata.sqlite cannot be used; subclasses say why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason


class UserdataCorrupt(UserdataUnavailable):
    """The file is damaged or truncated, or is not a database at all."""


class UserdataReadOnly(UserdataUnavailable):
    """The file or its directory cannot be written (permissions, read-only medium)."""


class UserdataFull(UserdataUnavailable):
    """The disk (or the database's size limit) is full; the last change was not saved."""


class UserdataInUse(UserdataUnavailable):
    """Another running copy of the app holds the data directory."""

    def __init__(self, path: str, pid: int | None) -> None:
        super().__init__(path, "in_use")
        self.pid = pid


class NotFound(ZhumengDataError):
    """An applicant, draft or revision id that does not exist."""

    def __init__(self, kind: str, key: object) -> None:
        super().__init__(kind, key)
        self.kind = kind
        self.key = key


class InvalidTransition(ZhumengDataError):
    """A status change the pipeline does not allow (for example rejected -> offer)."""

    def __init__(self, current: str, requested: str) -> None:
        super().__init__(current, requested)
        self.current = current
        self.requested = requested


class InvalidProfile(ZhumengDataError):
    """A profile value outside its vocabulary or range, or a document not valid JSON Resume."""

    def __init__(self, field: str, reason: str, value: object = "") -> None:
        super().__init__(field, reason, value)
        self.field = field
        self.reason = reason
        self.value = "" if value is None else str(value)[:200]


class PinLocked(ZhumengDataError):
    """Too many wrong PINs: no attempt is accepted before `until` (UTC)."""

    def __init__(self, until: datetime, failed_attempts: int) -> None:
        super().__init__(until, failed_attempts)
        self.until = until
        self.failed_attempts = failed_attempts


class PinTooSoon(PinLocked):
    """A short wait after a few wrong PINs (slowing down guessing before the lock)."""


# Primary SQLite result codes (the low byte of sqlite_errorcode).
_FULL_CODES = {13}  # SQLITE_FULL
_CORRUPT_CODES = {11, 26, 10}  # SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_IOERR
_READ_ONLY_CODES = {8, 14}  # SQLITE_READONLY, SQLITE_CANTOPEN


def classify(error: sqlite3.Error, path: str = "") -> UserdataUnavailable | None:
    """The typed error for a sqlite3 error about the file itself, or None for other errors.

    Busy/locked and programming errors return None so that callers re-raise them.
    """
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in _FULL_CODES:
        return UserdataFull(path, str(error))
    if primary in _CORRUPT_CODES:
        return UserdataCorrupt(path, str(error))
    if primary in _READ_ONLY_CODES:
        return UserdataReadOnly(path, str(error))
    return None


class NoGoodBackup(UserdataUnavailable):
    """No automatic backup passed its integrity check, so nothing was restored."""
