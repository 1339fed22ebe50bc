"""Autosave as a person types: at most AUTOSAVE_MS of typing is ever unsaved.

The first change after a save starts a single-shot timer that is *not*
restarted by further typing (a throttle, not a debounce), so a fast typist
who never pauses is still saved every AUTOSAVE_MS. Leaving the field saves at
once. With the database's synchronous=FULL commit, a killed process or a
power cut loses at most AUTOSAVE_MS plus one save's time.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

AUTOSAVE_MS = 500


class Autosaver(QObject):
    """Calls `save()` at most AUTOSAVE_MS after the first unsaved change, and on `flush()`."""

    saved = Signal()
    failed = Signal(object)  # the exception `save` raised

    def __init__(self, save: Callable[[], None], parent: QObject | None = None, *, delay_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self.dirty = False
        self.save_seconds: list[float] = []  # how long each save took on this thread (benchmarks)

    def touch(self) -> None:
        """Note a change (call on every edit); cheap: starts the timer only if it is not running."""
        self.dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> bool:
        """Save now if anything is unsaved; returns whether the save succeeded (or nothing was needed)."""
        self._timer.stop()
        if not self.dirty:
            return True
        started = time.perf_counter()
        try:
            self._save()
        except Exception as error:  # noqa: BLE001 - reported to the editor, which says it in words
            # Still dirty: the next change or flush tries again.
            self.failed.emit(error)
            return False
        self.save_seconds.append(time.perf_counter() - started)
        self.dirty = False
        self.saved.emit()
        return True

    @property
    def pending(self) -> bool:
        """Whether a save is scheduled."""
        return self._timer.isActive()
