"""Autosave as a person types: at most AUTOSAVE_MS of typing is ever unsaved.

The first change after a save starts a single-shot timer that is *not*
restarted by further typing (a throttle, not a debounce), so a fast typist
who never pauses is still saved every AUTOSAVE_MS. When it fires, the GUI
thread only takes a snapshot of the text and hands it to the session's
writer thread, which commits it (synchronous=FULL: an fsync, several
milliseconds on a busy disk) — so a keystroke never waits for the disk.
Leaving a field, closing, Ctrl+S and session end save synchronously
(`flush`), after the writer has finished, so an older background save can
never land after a newer one. A killed process or a power cut loses at most
AUTOSAVE_MS plus one write.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.drafts.session import UserdataSession

AUTOSAVE_MS = 300  # leaves ~700 ms of the one-second budget for the fsync on a busy disk
Snapshot = Any


class Autosaver(QObject):
    """Saves `snapshot()` with `write(conn, snapshot)` at most AUTOSAVE_MS after the first unsaved change."""

    saved = Signal()
    failed = Signal(object)  # the exception the write raised

    def __init__(self, session: UserdataSession, snapshot: Callable[[], Snapshot],
                 write: Callable[[sqlite3.Connection, Snapshot], None], parent: QObject | None = None, *,
                 delay_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self._session = session
        self._snapshot = snapshot
        self._write = write
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_in_background)
        self.dirty = False
        self.stopped = False  # after stop(), changes are no longer the person's typing
        self.gui_seconds: list[float] = []  # GUI-thread time of each autosave (benchmarks)
        self.writer_seconds: list[float] = []  # writer-thread time of each autosave

    def touch(self) -> None:
        """Note a change (call on every edit); cheap: starts the timer only if it is not running."""
        if self.stopped:
            return
        self.dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def save_in_background(self) -> None:
        """Hand the current text to the writer thread (what the timer does)."""
        self._timer.stop()
        if not self.dirty:
            return
        started = time.perf_counter()
        data = self._snapshot()
        self.dirty = False
        try:
            writer = self._session.writer()
        except Exception as error:  # noqa: BLE001 - user data unavailable: said in words by the editor
            self._failed(error)
            return
        writer.submit(lambda conn: self._timed_write(conn, data), key="autosave", on_success=self._saved,
                      on_failure=self._failed, context=self)
        self.gui_seconds.append(time.perf_counter() - started)

    def _timed_write(self, conn: sqlite3.Connection, data: Snapshot) -> None:
        started = time.perf_counter()
        self._write(conn, data)
        self.writer_seconds.append(time.perf_counter() - started)

    def _saved(self, _result: object = None) -> None:
        if not self.dirty:
            self.saved.emit()

    def _failed(self, error: object) -> None:
        self.dirty = True  # the next change or flush tries again
        self.failed.emit(error)

    def flush(self) -> bool:
        """Save now, on this thread, after any background save; returns whether all is saved."""
        self._timer.stop()
        if not self.dirty:
            return True
        try:
            self._session.drain()
            self._write(self._session.require(), self._snapshot())
        except Exception as error:  # noqa: BLE001 - reported to the editor, which says it in words
            self._failed(error)
            return False
        self.dirty = False
        self.saved.emit()
        return True

    def stop(self) -> None:
        """Save nothing from now on (kiosk session end: the sweep that empties the fields must not be saved)."""
        self._timer.stop()
        self.dirty = False
        self.stopped = True

    def discard(self) -> None:
        """Forget unsaved changes without saving (a guest's session ends; their data is erased)."""
        self._timer.stop()
        self.dirty = False

    @property
    def pending(self) -> bool:
        """Whether a save is scheduled."""
        return self._timer.isActive()
