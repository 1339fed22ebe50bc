"""Idle reset: warned at least 20 s ahead, visibly and audibly, with a countdown; any key extends.

Seconds are shrunk (`ms_per_second`) so the tests run fast; they count seconds
as the kiosk shows them and never measure wall-clock time.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.kiosk.idle import MIN_WARNING_S, IdleMonitor
from desktop.kiosk.idle_warning import IdleWarning

FAST = 10  # milliseconds per kiosk second


@pytest.fixture
def window(qtbot):
    win = QWidget()
    win.field = QLineEdit(win)
    QVBoxLayout(win).addWidget(win.field)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def monitor():
    # A long warning (50 of 60 s) leaves a busy test machine plenty of time to answer it.
    idle = IdleMonitor(60, 50, ms_per_second=FAST)
    yield idle
    idle.stop()


def test_warning_comes_at_least_twenty_seconds_ahead_with_a_countdown(qtbot, monitor) -> None:
    counts: list[int] = []
    monitor.countdown.connect(counts.append)
    with qtbot.waitSignal(monitor.warning, timeout=5000) as warned:
        monitor.start()
    assert warned.args[0] >= MIN_WARNING_S
    with qtbot.waitSignal(monitor.expired, timeout=5000):
        pass
    assert counts[0] >= MIN_WARNING_S
    assert counts == list(range(counts[0], 0, -1))  # one visible step every second down to 1


def test_warning_is_never_shorter_than_twenty_seconds_even_if_configured_so(monitor) -> None:
    monitor.configure(60, 5)
    assert monitor.warning_s == MIN_WARNING_S


def test_any_key_during_the_warning_extends_the_session(qtbot, window, monitor) -> None:
    expired: list[bool] = []
    monitor.expired.connect(lambda: expired.append(True))
    with qtbot.waitSignal(monitor.warning, timeout=5000):
        monitor.start()
    with qtbot.waitSignal(monitor.extended, timeout=1000):
        qtbot.keyClick(window.field, Qt.Key.Key_Shift)
    assert not monitor.warning_active
    assert monitor.remaining_s() > monitor.warning_s  # back to the full time
    assert expired == []


def test_a_click_also_counts_as_being_there(qtbot, window, monitor) -> None:
    with qtbot.waitSignal(monitor.warning, timeout=5000):
        monitor.start()
    with qtbot.waitSignal(monitor.extended, timeout=1000):
        qtbot.mouseClick(window.field, Qt.MouseButton.LeftButton)


def test_staff_can_lengthen_tenfold_or_turn_it_off(qtbot, monitor) -> None:
    monitor.configure(1200, 30)
    monitor.start()
    assert monitor.remaining_s() == 1200
    monitor.configure(0, 30)
    warned: list[int] = []
    monitor.warning.connect(warned.append)
    qtbot.wait(60 * FAST * 2)  # longer than the old 60 s timeout
    assert warned == [] and monitor.remaining_s() == 0


def test_warning_window_is_large_spoken_and_counts_down(qtbot, window) -> None:
    spoken: list[str] = []
    warning = IdleWarning(window, speak=spoken.append)
    qtbot.addWidget(warning)
    warning.show_warning(30, signed_in=False)
    assert warning.isVisible()
    assert "30" in warning.countdown_text()
    assert spoken == [warning.message()]
    assert "discarded" in warning.message()  # a guest is told what happens to the draft
    warning.set_seconds(10)
    assert "10" in warning.countdown_text() and spoken[-1] == warning.countdown_text()
    assert warning.width() >= window.width() // 2
    warning.show_warning(25, signed_in=True)
    assert "saved to your profile" in warning.message()
