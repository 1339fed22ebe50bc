"""Is a screen reader running? One answer for the whole app: `screen_reader_running()`.

The app's own speech (self-voicing, spoken announcements) stays quiet while a
screen reader speaks, unless the person turned it on explicitly (issue 4).
`QAccessible.isActive()` alone is not enough: on Linux it is true as soon as
anything switches the AT-SPI bridge on (an on-screen keyboard, a test
harness, GNOME's accessibility toggle), and a kiosk, where self-voicing is
on by default, would then fall silent with nobody to speak for it. So a
screen reader counts as running when Qt's accessibility is active AND the
platform says a screen reader runs:

- Linux: the AT-SPI bus launcher's property `org.a11y.Status.ScreenReaderEnabled`
  on the session bus (Orca sets it while it runs; GNOME's screen-reader
  switch too). Read once, then kept current by the launcher's
  `PropertiesChanged` signal, and re-read at most every `REFRESH_S`: a
  keystroke never waits for D-Bus. Measured on this machine: the first read
  ~3 ms, later reads ~0.2 ms; no session bus at all: ~10 ms once, nothing after.
- Windows: `SystemParametersInfoW(SPI_GETSCREENREADER)` (a cheap system call,
  set by NVDA, JAWS and Narrator).
- Elsewhere, or when the flag cannot be read (no bus, no AT-SPI launcher):
  `QAccessible.isActive()` decides alone.

Tests replace `screen_reader_check().platform_flag` (and switch Qt's
accessibility with `QAccessible.setActive`).
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAccessible

FlagReader = Callable[[], "bool | None"]  # True/False as the platform says; None: cannot tell

A11Y_SERVICE = "org.a11y.Bus"
A11Y_PATH = "/org/a11y/bus"
STATUS_INTERFACE = "org.a11y.Status"
SCREEN_READER_PROPERTY = "ScreenReaderEnabled"
PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties"
CALL_TIMEOUT_MS = 250  # a local bus answers in well under a millisecond; a hung one must not freeze the GUI
REFRESH_S = 10.0  # re-read this often even without a signal (the launcher may have started after us)
BACK_OFF_S = 60.0  # after a timed-out call: a hung bus is not asked again for a minute
SPI_GETSCREENREADER = 0x0046
_CONNECTION_NAME = "zhumeng-screen-reader"


def session_bus_address() -> str | None:
    """The session bus address, or None when there is none.

    libdbus would otherwise "autolaunch" a private dbus-daemon through
    dbus-launch (under an X display), leaving an orphan process behind.
    """
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime, "bus").exists():  # systemd's user bus, found here without the variable
        return f"unix:path={Path(runtime, 'bus')}"
    return None


class AtSpiScreenReaderFlag(QObject):
    """`org.a11y.Status.ScreenReaderEnabled` on a session bus, cached; calling it gives the flag or None."""

    def __init__(self, address: str | None = None, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._address = address
        self._clock = clock
        self._bus = None  # QDBusConnection once connected
        self._tried_bus = False
        self._value: bool | None = None
        self._next_read = 0.0

    def __call__(self) -> bool | None:
        if self._clock() >= self._next_read:
            self.read()
        return self._value

    def read(self) -> bool | None:
        """Ask the bus now (a blocking call of at most CALL_TIMEOUT_MS) and remember the answer."""
        from PySide6.QtDBus import QDBusMessage, QDBusVariant

        self._next_read = self._clock() + REFRESH_S
        bus = self._connection()
        if bus is None:
            self._value = None
            self._next_read = float("inf")  # no bus now means none for this process: never ask again
            return None
        message = QDBusMessage.createMethodCall(A11Y_SERVICE, A11Y_PATH, PROPERTIES_INTERFACE, "Get")
        message.setArguments([STATUS_INTERFACE, SCREEN_READER_PROPERTY])
        message.setAutoStartService(False)  # only ask a running launcher; never start one to answer
        reply = bus.call(message, timeout=CALL_TIMEOUT_MS)
        arguments = reply.arguments()
        if reply.type() == QDBusMessage.MessageType.ReplyMessage and arguments:
            value = arguments[0].variant() if isinstance(arguments[0], QDBusVariant) else arguments[0]
            self._value = bool(value)
        else:
            self._value = None  # no launcher (no AT-SPI at all): Qt's own flag decides
            if reply.errorName() == "org.freedesktop.DBus.Error.NoReply":
                self._next_read = self._clock() + BACK_OFF_S
        return self._value

    def close(self) -> None:
        """Drop the bus connection (tests with a private bus; the app keeps it for its lifetime)."""
        if self._bus is not None:
            from PySide6.QtDBus import QDBusConnection

            self._bus.disconnect(A11Y_SERVICE, A11Y_PATH, PROPERTIES_INTERFACE, "PropertiesChanged", self,
                                 "1properties_changed(QString,QVariantMap,QStringList)")
            QDBusConnection.disconnectFromBus(self._connection_name())
        self._bus = None
        self._tried_bus = False

    @Slot(str, "QVariantMap", "QStringList")
    def properties_changed(self, interface: str, changed: dict, _invalidated: list) -> None:
        """The launcher's PropertiesChanged: a screen reader started or stopped (Orca sets the flag)."""
        if interface == STATUS_INTERFACE and SCREEN_READER_PROPERTY in changed:
            self._value = bool(changed[SCREEN_READER_PROPERTY])
            self._next_read = self._clock() + REFRESH_S

    def _connection_name(self) -> str:
        return f"{_CONNECTION_NAME}-{id(self):x}"

    def _connection(self):
        if self._tried_bus:
            return self._bus
        self._tried_bus = True
        address = self._address or session_bus_address()
        if address is None:
            return None
        from PySide6.QtDBus import QDBusConnection

        bus = QDBusConnection.connectToBus(address, self._connection_name())
        if not bus.isConnected():
            QDBusConnection.disconnectFromBus(self._connection_name())
            return None
        # Qt follows the service name, so the signal also arrives from a launcher started later.
        bus.connect(A11Y_SERVICE, A11Y_PATH, PROPERTIES_INTERFACE, "PropertiesChanged", self,
                    "1properties_changed(QString,QVariantMap,QStringList)")
        self._bus = bus
        return bus


def windows_screen_reader_flag() -> bool | None:
    """SPI_GETSCREENREADER: set by NVDA, JAWS and Narrator while they run (None if the call fails)."""
    import ctypes  # Windows only: every start elsewhere would pay ~2 ms to import it (issue #3)

    value = ctypes.c_int(0)
    if not ctypes.windll.user32.SystemParametersInfoW(SPI_GETSCREENREADER, 0, ctypes.byref(value), 0):  # type: ignore[attr-defined]
        return None
    return bool(value.value)


def _no_platform_flag() -> bool | None:
    return None


def platform_flag_reader() -> FlagReader:
    """The reader of this platform's screen-reader flag."""
    if sys.platform.startswith("linux") or sys.platform.startswith("freebsd"):
        return AtSpiScreenReaderFlag()
    if sys.platform == "win32":
        return windows_screen_reader_flag
    return _no_platform_flag  # macOS: Qt's accessibility is active only while VoiceOver (or similar) runs


class ScreenReaderCheck:
    """Qt's accessibility is active and the platform's flag (when it has one) says a screen reader runs."""

    def __init__(self, platform_flag: FlagReader | None = None,
                 qt_active: Callable[[], bool] = QAccessible.isActive) -> None:
        self.platform_flag: FlagReader = platform_flag if platform_flag is not None else platform_flag_reader()
        self.qt_active = qt_active

    def running(self) -> bool:
        """Whether a screen reader is reading this app now."""
        if not self.qt_active():
            return False  # cheap, and without Qt's bridge no screen reader hears us anyway
        flag = self.platform_flag()
        return True if flag is None else flag


_check: ScreenReaderCheck | None = None


def screen_reader_check() -> ScreenReaderCheck:
    """The application's one check (created on first use, in the GUI thread)."""
    global _check
    if _check is None:
        _check = ScreenReaderCheck()
    return _check


def screen_reader_running() -> bool:
    """Whether a screen reader is running: Qt's accessibility active and the platform's screen-reader flag."""
    return screen_reader_check().running()
