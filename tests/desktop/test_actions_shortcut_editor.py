"""Changing shortcuts by keyboard: pick a command, press its new keys; clashes are refused; defaults come back."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.action_registry import plain_text
from desktop.actions import ActionId
from desktop.announce import add_hook, remove_hook
from desktop.settings import Settings
from desktop.shortcut_editor import KeyCaptureDialog, ShortcutEditor
from tests.desktop.platform_helpers import help_window


@pytest.fixture
def window(qtbot, qapp, tmp_path: Path):
    return help_window(qtbot, Settings(tmp_path))


@pytest.fixture
def editor(qtbot, window) -> ShortcutEditor:
    """F1, then Alt+C (Change shortcuts…) — as a keyboard user gets there."""
    qtbot.keyClick(window.field, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is getattr(window, "help", None))
    qtbot.keyClick(window.help.browser, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ShortcutEditor))
    return QApplication.activeWindow()


def _select(qtbot, editor: ShortcutEditor, action_id: ActionId) -> None:
    qtbot.keyClick(editor.table, Qt.Key.Key_Home)
    while editor.current_id() is not action_id:
        qtbot.keyClick(editor.table, Qt.Key.Key_Down)


def _press_in_capture(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """Answer the key-capture window once it is up (it runs its own event loop)."""
    def answer() -> None:
        capture = QApplication.activeModalWidget()
        assert isinstance(capture, KeyCaptureDialog)
        qtbot.keyClick(capture, key, modifiers)

    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, lambda: qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(),
                                                                   KeyCaptureDialog)) or answer())


def test_rows_read_as_command_and_shortcut(editor, window) -> None:
    assert editor.table.rowCount() == len(window.registry.ids())
    item = editor.table.item(0, 0)
    name = plain_text(window.registry.action(ActionId.START_DRAFT).text())
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == f"{name}, Ctrl+N"
    assert editor.table.accessibleName()


def test_enter_then_new_keys_rebind_the_command(qtbot, editor, window) -> None:
    heard: list[str] = []

    def hear(announcement) -> None:
        heard.append(announcement.text)

    add_hook(hear)
    try:
        _select(qtbot, editor, ActionId.FOCUS_SEARCH)
        _press_in_capture(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(editor.table, Qt.Key.Key_Return)
    finally:
        remove_hook(hear)
    assert window.settings.shortcut_overrides() == {"focus_search": "Ctrl+K"}
    assert [s.toString() for s in window.registry.shortcuts(ActionId.FOCUS_SEARCH)] == ["Ctrl+K"]
    assert editor.table.item(editor.table.currentRow(), 1).text() == "Ctrl+K"
    assert heard == ["“Find positions” is now Ctrl+K."]
    assert editor.message.text() == heard[0]  # seen as well as heard


def test_a_key_another_command_uses_is_refused(qtbot, editor, window) -> None:
    _select(qtbot, editor, ActionId.FOCUS_SEARCH)
    _press_in_capture(qtbot, Qt.Key.Key_F2)
    qtbot.keyClick(editor.table, Qt.Key.Key_Return)
    assert window.settings.shortcut_overrides() == {}
    assert "F2" in editor.message.text() and "Read position aloud" in editor.message.text()
    assert editor.message.property("tone") == "error"


def test_escape_in_the_capture_window_changes_nothing(qtbot, editor, window) -> None:
    _select(qtbot, editor, ActionId.FOCUS_FILTERS)
    _press_in_capture(qtbot, Qt.Key.Key_Escape)
    qtbot.keyClick(editor.table, Qt.Key.Key_Return)
    assert window.settings.shortcut_overrides() == {}
    assert editor.isVisible()


def test_use_the_default_by_its_mnemonic(qtbot, editor, window) -> None:
    window.settings.set_shortcut_override("focus_filters", "Ctrl+K")
    _select(qtbot, editor, ActionId.FOCUS_FILTERS)
    qtbot.keyClick(editor.table, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.settings.shortcut_overrides() == {})  # mnemonics animate the click first
    assert [s.toString() for s in window.registry.shortcuts(ActionId.FOCUS_FILTERS)] == ["F7"]


def test_help_page_shows_the_new_shortcut(qtbot, editor, window) -> None:
    window.settings.set_shortcut_override("focus_search", "Ctrl+K")
    assert "Ctrl+K" in window.help.browser.toPlainText()


def test_tab_cannot_be_captured(qtbot, window) -> None:
    capture = KeyCaptureDialog("Find positions", window)
    qtbot.addWidget(capture)
    capture.show()
    qtbot.keyClick(capture, Qt.Key.Key_Tab)
    assert capture.isVisible() and capture.sequence is None
    assert "Tab" in capture.prompt.text()
    qtbot.keyClick(capture, Qt.Key.Key_Control)  # a modifier alone waits for the rest
    assert capture.isVisible()
    qtbot.keyClick(capture, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert not capture.isVisible() and capture.sequence == QKeySequence("Ctrl+J")
