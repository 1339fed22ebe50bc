"""Self-voicing stays quiet only for a real screen reader: Qt's accessibility active AND the platform's flag.

The kiosk case: self-voicing is on by default there, and an on-screen
keyboard or the AT-SPI bridge alone (QAccessible.isActive() true, no screen
reader) must not silence it. The flag itself is read from a real private
D-Bus session with a real AT-SPI bus launcher, set the way Orca sets it.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from desktop.announce import announcer
from desktop.screen_reader import AtSpiScreenReaderFlag, ScreenReaderCheck, screen_reader_check
from desktop.search_runner import Catalogue
from desktop.settings import Settings
from desktop.speech.self_voicing import attach_speech
from desktop.speech.speaker import RecordingSpeaker
from tests.accessibility.catalogue import build_catalogue

AT_SPI_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")


@pytest.fixture
def kiosk_window(qtbot, tmp_path, monkeypatch):
    """A main window with kiosk settings (self-voicing on by default), Qt's accessibility switched on, a recording speaker."""
    from desktop.main_window import MainWindow

    settings = Settings(tmp_path, kiosk=True)
    settings.set_value("language", "en")
    window = MainWindow(Catalogue.open(build_catalogue(tmp_path, 50)), settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.shutdown())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.focus_search()
    qtbot.waitUntil(lambda: window.model.total > 0 and window.model.complete, timeout=5000)
    speaker = RecordingSpeaker()
    window.voicing = attach_speech(window, settings, speaker)
    flag = {"value": False}
    monkeypatch.setattr(screen_reader_check(), "platform_flag", lambda: flag["value"])
    QAccessible.setActive(True)  # what the AT-SPI bridge, an on-screen keyboard or the a11y harness does
    yield window, speaker, flag
    QAccessible.setActive(False)
    announcer().speaker = None


def tab_three_times(qtbot, speaker) -> list[str]:
    speaker.clear()
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return list(speaker.utterances)


def test_kiosk_self_voicing_speaks_when_the_bridge_is_on_but_no_screen_reader_runs(qtbot, kiosk_window) -> None:
    window, speaker, flag = kiosk_window
    assert window.settings.value("self_voicing") is True  # the kiosk default, not set by this test
    assert QAccessible.isActive()
    said = tab_three_times(qtbot, speaker)
    assert len(said) == 3
    assert said[-1].startswith(QApplication.focusWidget().accessibleName())


def test_kiosk_self_voicing_is_quiet_for_a_screen_reader_unless_turned_on_explicitly(qtbot, kiosk_window) -> None:
    window, speaker, flag = kiosk_window
    flag["value"] = True  # Orca started
    assert tab_three_times(qtbot, speaker) == []
    window.settings.set_value("self_voicing_explicit", True)
    assert len(tab_three_times(qtbot, speaker)) == 3


def test_no_screen_reader_without_qt_accessibility_and_the_flag_decides_only_with_it() -> None:
    asked = []

    def flag() -> bool:
        asked.append(1)
        return True

    active = {"value": False}
    check = ScreenReaderCheck(flag, qt_active=lambda: active["value"])
    assert not check.running()
    assert asked == []  # the flag (a D-Bus read) is not even asked while Qt's bridge is off
    active["value"] = True
    assert check.running()
    check.platform_flag = lambda: None  # the platform cannot tell: Qt's flag decides alone
    assert check.running()


# -- the Linux flag, read from a real AT-SPI bus launcher on a private session bus ---------------

def _name_has_owner(address: str, name: str) -> bool:
    owned = subprocess.run(["dbus-send", f"--bus={address}", "--print-reply", "--dest=org.freedesktop.DBus",
                            "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
                           capture_output=True, text=True)
    return "true" in owned.stdout


@pytest.fixture
def private_session_bus():
    """A private D-Bus session bus (its own dbus-daemon); yields its address."""
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        pytest.skip("dbus-daemon is not installed (package dbus)")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
                              stdout=subprocess.PIPE, text=True)
    try:
        yield daemon.stdout.readline().strip()
    finally:
        daemon.terminate()
        daemon.wait(timeout=5)
        daemon.stdout.close()


@pytest.fixture
def private_a11y_bus(private_session_bus, tmp_path, qtbot):
    """The private session bus with an AT-SPI bus launcher on it (as in a desktop session); yields its address."""
    if not AT_SPI_LAUNCHER.exists():
        pytest.skip("at-spi-bus-launcher is not installed (package at-spi2-core)")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=private_session_bus, XDG_RUNTIME_DIR=str(runtime))
    launcher = subprocess.Popen([str(AT_SPI_LAUNCHER), "--launch-immediately"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        qtbot.waitUntil(lambda: _name_has_owner(private_session_bus, "org.a11y.Bus"), timeout=5000)
        yield private_session_bus
    finally:
        launcher.terminate()
        launcher.wait(timeout=5)


def set_screen_reader_enabled(address: str, value: bool) -> None:
    """What Orca does when it starts (true) and quits (false)."""
    subprocess.run(["dbus-send", f"--bus={address}", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                    "org.freedesktop.DBus.Properties.Set", "string:org.a11y.Status", "string:ScreenReaderEnabled",
                    f"variant:boolean:{'true' if value else 'false'}"], check=True, capture_output=True)


def test_the_atspi_flag_is_read_once_and_then_follows_the_launcher_signal(qtbot, private_a11y_bus) -> None:
    now = {"t": 0.0}
    flag = AtSpiScreenReaderFlag(private_a11y_bus, clock=lambda: now["t"])  # time stands still: no re-reads
    try:
        assert flag() is False
        set_screen_reader_enabled(private_a11y_bus, True)
        qtbot.waitUntil(lambda: flag() is True, timeout=3000)  # from the PropertiesChanged signal alone
        set_screen_reader_enabled(private_a11y_bus, False)
        qtbot.waitUntil(lambda: flag() is False, timeout=3000)
    finally:
        flag.close()


def test_the_atspi_flag_is_unknown_without_a_launcher_or_a_bus(qtbot, private_session_bus, tmp_path) -> None:
    no_launcher = AtSpiScreenReaderFlag(private_session_bus)  # a bus, but no AT-SPI on it
    nowhere = AtSpiScreenReaderFlag(f"unix:path={tmp_path / 'no-such-bus'}")
    try:
        assert no_launcher() is None
        assert nowhere() is None  # the answer comes at once, no hang
        # Unknown: Qt's own accessibility flag decides alone.
        assert ScreenReaderCheck(no_launcher, qt_active=lambda: True).running()
        assert not ScreenReaderCheck(nowhere, qt_active=lambda: False).running()
    finally:
        no_launcher.close()
        nowhere.close()
