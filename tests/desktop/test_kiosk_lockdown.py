"""The kiosk window cannot be closed, minimised or left through a file dialog while locked."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QToolButton, QVBoxLayout, QWidget

from desktop.kiosk.lockdown import KioskLock


@pytest.fixture
def locked(qtbot, tmp_path):
    window = QWidget()
    window.field = QLineEdit(window)
    QVBoxLayout(window).addWidget(window.field)
    qtbot.addWidget(window)
    lock = KioskLock(window, data_dir=tmp_path)
    lock.engage()
    qtbot.waitExposed(window)
    yield window, lock
    lock.release()


def test_kiosk_window_is_fullscreen_and_frameless(locked) -> None:
    window, _ = locked
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint


def test_close_is_refused_and_asks_for_staff(qtbot, locked) -> None:
    window, lock = locked
    with qtbot.waitSignal(lock.exit_requested, timeout=1000):
        assert window.close() is False
    assert window.isVisible()


@pytest.mark.parametrize("key, modifiers", [
    (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
])
def test_quit_keys_are_swallowed(qtbot, locked, key, modifiers) -> None:
    window, lock = locked
    with qtbot.waitSignal(lock.exit_requested, timeout=1000):
        qtbot.keyClick(window.field, key, modifiers)
    assert window.isVisible()


def test_escape_still_reaches_the_app(qtbot, locked) -> None:
    window, lock = locked
    escaped: list[bool] = []
    lock.exit_requested.connect(lambda: escaped.append(False))
    window.field.setFocus()
    qtbot.keyClick(window.field, Qt.Key.Key_Escape)  # Esc stops speech; it must not count as leaving
    assert escaped == []


def test_minimising_puts_the_window_straight_back(qtbot, locked) -> None:
    window, _ = locked
    window.showMinimized()
    qtbot.waitUntil(lambda: window.isFullScreen() and not window.isMinimized(), timeout=2000)


def test_released_kiosk_closes(locked) -> None:
    window, lock = locked
    lock.release()
    assert window.close() is True


def test_file_dialog_stays_inside_the_data_folder(qtbot, locked, tmp_path) -> None:
    window, lock = locked
    dialog = QFileDialog(window, "Open", "/")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.directory().absolutePath() == str(lock.files_dir)
    assert lock.files_dir.parent == tmp_path.resolve()  # a folder of its own: userdata.sqlite is out of reach
    up = dialog.findChild(QToolButton, "toParentButton")
    up.click()  # browsing up and away
    assert dialog.directory().absolutePath() == str(lock.files_dir)
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    accepted: list[str] = []
    dialog.fileSelected.connect(accepted.append)
    for typed in ("/etc/hostname", "/etc", "../..", str(tmp_path / "userdata.sqlite")):
        name.setText(typed)
        qtbot.keyClick(name, Qt.Key.Key_Return)
        assert accepted == [] and dialog.isVisible()
        assert dialog.directory().absolutePath() == str(lock.files_dir)


def test_staff_may_browse_removable_media(qtbot, locked, tmp_path) -> None:
    _, lock = locked
    media = tmp_path.parent / "media-stick"
    media.mkdir(exist_ok=True)
    assert not lock.is_allowed(media)
    lock.allow_staff_folders([media])
    assert lock.is_allowed(media / "catalogue.jsonl")
    lock.allow_staff_folders([])
    assert not lock.is_allowed(media)
