"""The kiosk's idle timer: warn well ahead, count down, reset if nobody answers.

ACCESSIBILITY.md 11: nothing times out without warning. The warning starts
at least MIN_WARNING_S seconds before the end; any key, click, touch or
switch press puts the clock back to the start. Staff may lengthen the
timeout (up to ten-fold) or turn it off (0).

Time is counted in ticks of one "second" whose length is `ms_per_second`
(1000 in the app); tests shrink it so a two-minute timeout passes in a
fraction of a second without any test asserting an absolute time.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

MIN_WARNING_S = 20
# What counts as a person being there. Mouse moves count too: someone reading
# with a pointer as a guide is not idle.
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
})


class IdleMonitor(QObject):
    """Counts idle seconds from real user input (an application event filter).

    Signals: `warning(int)` once when the warning starts (seconds left),
    `countdown(int)` every second of the warning, `extended()` when input
    arrives during the warning, `expired()` when the time is up (the timer
    then stops until `start()` again).
    """

    warning = Signal(int)
    countdown = Signal(int)
    extended = Signal()
    expired = Signal()

    def __init__(self, timeout_s: int = 120, warning_s: int = 30, *, ms_per_second: int = 1000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_s = 0
        self._warning_s = MIN_WARNING_S
        self._elapsed = 0
        self._warning_shown = False
        self._tick = QTimer(self)
        self._tick.setInterval(max(1, ms_per_second))
        self._tick.timeout.connect(self._on_tick)
        self._filtering = False
        self.configure(timeout_s, warning_s)

    # ---- settings --------------------------------------------------------------------------------------------
    def configure(self, timeout_s: int, warning_s: int) -> None:
        """Set the timeout (0 = never) and the warning length (at least MIN_WARNING_S, less than the timeout)."""
        self._timeout_s = max(0, int(timeout_s))
        warning = max(MIN_WARNING_S, int(warning_s))
        if self._timeout_s:
            # A warning as long as the whole timeout would start at once; keep at least a few quiet seconds.
            warning = min(warning, max(MIN_WARNING_S, self._timeout_s - 10))
        self._warning_s = warning
        if not self._timeout_s:
            self._end_warning(extended=True)  # turned off: a warning on screen goes away
            self._tick.stop()
        elif self._filtering:
            self._tick.start()

    @property
    def timeout_s(self) -> int:
        """Seconds of no input before the session ends (0 = never)."""
        return self._timeout_s

    @property
    def warning_s(self) -> int:
        """Seconds of warning before the end."""
        return self._warning_s

    @property
    def warning_active(self) -> bool:
        """Whether the warning is showing now."""
        return self._warning_shown

    def remaining_s(self) -> int:
        """Seconds until the session ends, if nobody does anything (0 when off)."""
        return max(0, self._timeout_s - self._elapsed) if self._timeout_s else 0

    # ---- running -------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Start watching input and counting (from zero)."""
        app = QApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self._elapsed = 0
        self._warning_shown = False
        if self._timeout_s:
            self._tick.start()

    def stop(self) -> None:
        """Stop counting and watching input."""
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
        self._filtering = False
        self._tick.stop()
        self._end_warning(extended=False)

    def poke(self) -> None:
        """Someone is there: start counting again (ends a warning)."""
        self._elapsed = 0
        self._end_warning(extended=True)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Only real input counts: the app's own synthetic events must not keep a session alive.
        if event.type() in _INPUT_EVENTS and event.spontaneous():
            self.poke()
        return False

    def _on_tick(self) -> None:
        if not self._timeout_s:
            return
        self._elapsed += 1
        left = self._timeout_s - self._elapsed
        if left <= 0:
            self._tick.stop()
            self._warning_shown = False
            self.expired.emit()
            return
        if left <= self._warning_s:
            if not self._warning_shown:
                self._warning_shown = True
                self.warning.emit(left)
            self.countdown.emit(left)

    def _end_warning(self, *, extended: bool) -> None:
        if self._warning_shown:
            self._warning_shown = False
            if extended:
                self.extended.emit()
