"""The open user data of one running app: lock, database, backups, current applicant.

Opening never stops the app: when userdata.sqlite is in use by another copy,
damaged, read-only or on a full disk, the session records why (`error`) and
the app keeps working with the catalogue; `messages.describe` turns the error
into words. Favourites go to the database once it is open.
"""
from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from db import applicants, backups, instance_lock
from db.paths import USERDATA_FILE
from db.userdata_errors import UserdataInUse, UserdataUnavailable
from db.userdata_schema import open_userdata, utc_now
from desktop.tasks import TaskRunner


class UserdataSession(QObject):
    """User data for this app instance. `conn` is None while it is unavailable (see `error`)."""

    changed = Signal()  # drafts or profile changed (views refresh)
    unavailable = Signal(object)  # a UserdataUnavailable raised while working

    def __init__(self, data_dir: Path, parent: QObject | None = None, *, take_lock: bool = True) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / USERDATA_FILE
        self.conn: sqlite3.Connection | None = None
        self.error: UserdataUnavailable | None = None
        self.applicant_id: int | None = None
        # Who is here, when nobody is signed in yet: desktop/applicant_session.py asks for the PIN (or a new
        # profile); None means they did not sign in. Unset (tests): only a profile without a PIN opens by itself.
        self.choose_applicant: Callable[[sqlite3.Connection], int | None] | None = None
        self._lock: instance_lock.InstanceLock | None = None
        self._take_lock = take_lock
        self._writer: TaskRunner[sqlite3.Connection] | None = None
        self._drains = 0
        self.open()

    @property
    def available(self) -> bool:
        """Whether drafts and profiles can be read and written now."""
        return self.conn is not None

    def open(self) -> bool:
        """(Re)open the user data; False (with `error` set) when it cannot be used."""
        self.close()
        try:
            if self._take_lock:
                self._lock = instance_lock.acquire(self.data_dir)
            self.conn = open_userdata(self.path)
        except UserdataUnavailable as error:
            self.error = error
            if not isinstance(error, UserdataInUse):
                self._release_lock()
            return False
        self.error = None
        try:
            backups.make_daily_backup(self.conn, backups.backup_dir_for(self.path), now=utc_now())
        except UserdataUnavailable as error:
            # No backup today (disk full...): the data itself is fine, so keep going.
            self.error = error
        return True

    def restore_from_backup(self) -> backups.RestoreResult:
        """Replace a damaged userdata.sqlite with the newest good backup (the damaged file is kept aside)."""
        self.close()
        result = backups.restore_newest_good(self.path, backups.backup_dir_for(self.path), now=utc_now())
        self.open()
        return result

    def writer(self) -> TaskRunner[sqlite3.Connection]:
        """The writer thread for autosaves (its own connection), started on first use."""
        self.require()
        if self._writer is None:
            path = self.path
            self._writer = TaskRunner(open_resource=lambda: open_userdata(path, check=False),
                                      close_resource=sqlite3.Connection.close, name="zhumeng-userdata-writer",
                                      parent=self)
        return self._writer

    def drain(self, timeout: float = 10.0) -> bool:
        """Wait until every write queued on the writer thread has finished; True if it did in time."""
        if self._writer is None:
            return True
        done = threading.Event()
        self._drains += 1
        self._writer.submit(lambda _conn: done.set(), key=f"drain-{self._drains}")
        return done.wait(timeout)

    def close(self) -> None:
        """Finish queued writes, close the database and give up the lock."""
        if self._writer is not None:
            self.drain()
            self._writer.shutdown()
            self._writer = None
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        self._release_lock()

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def require(self) -> sqlite3.Connection:
        """The connection, or raise the reason it is unavailable."""
        if self.conn is None:
            raise self.error or UserdataUnavailable(str(self.path), "closed")
        return self.conn

    def current_applicant(self) -> int:
        """The signed-in applicant; asks who is here first (UserdataUnavailable "not_signed_in" if nobody).

        A profile with a PIN never opens without it (desktop/applicant_session.py signs the person in).
        """
        conn = self.require()
        if self.applicant_id is None and self.choose_applicant is not None:
            self.applicant_id = self.choose_applicant(conn)
        elif self.applicant_id is None:
            people = applicants.list_applicants(conn)
            if not people:
                self.applicant_id = applicants.create_applicant(conn, now=utc_now())
            elif not people[0].has_pin:
                self.applicant_id = people[0].id
        if self.applicant_id is None:
            raise UserdataUnavailable(str(self.path), "not_signed_in")
        return self.applicant_id

    def report(self, error: UserdataUnavailable) -> None:
        """Remember an error raised while working and tell listeners (the window says it in words)."""
        self.error = error
        self.unavailable.emit(error)

    # FavouriteStore (desktop.detail_pane) --------------------------------------
    def is_favourite(self, external_id: str) -> bool:
        """True if the position is one of the current applicant's favourites."""
        if self.conn is None or self.applicant_id is None and self.choose_applicant is not None:
            return False  # nobody signed in: showing a position must not ask for a PIN
        return external_id in applicants.favourites(self.conn, self.current_applicant())

    def set_favourite(self, external_id: str, favourite: bool) -> None:
        """Keep or forget a favourite of the current applicant."""
        try:
            conn = self.require()
            if favourite:
                applicants.add_favourite(conn, self.current_applicant(), external_id, now=utc_now())
            else:
                applicants.remove_favourite(conn, self.current_applicant(), external_id)
        except UserdataUnavailable as error:
            if error.reason != "not_signed_in":  # they chose not to sign in: nothing went wrong
                self.report(error)
