"""The F1 page: every shortcut from the registry, readable by keyboard and screen reader; Esc closes, focus returns."""
from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from desktop.actions import ActionId
from desktop.action_registry import plain_text
from desktop.help_dialog import HelpDialog
from desktop.i18n import LanguageManager
from desktop.settings import Settings
from tests.desktop.platform_helpers import help_window


@pytest.fixture
def window(qtbot, qapp, tmp_path: Path):
    return help_window(qtbot, Settings(tmp_path))


def _open_help(qtbot, window) -> HelpDialog:
    qtbot.keyClick(window.field, Qt.Key.Key_F1)
    dialog = window.help
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_f1_opens_the_page_with_the_focus_on_it(qtbot, window) -> None:
    dialog = _open_help(qtbot, window)
    assert dialog.isVisible()
    assert QApplication.focusWidget() is dialog.browser
    assert dialog.windowTitle() == "Keyboard shortcuts"


def test_page_lists_every_action_and_its_shortcut(qtbot, window) -> None:
    dialog = _open_help(qtbot, window)
    page = dialog.browser.toPlainText()
    for action_id in window.registry.ids():
        action = window.registry.action(action_id)
        assert plain_text(action.text()) in page, action_id
        assert action.shortcut().toString(action.shortcut().SequenceFormat.NativeText) in page, action_id
    assert "F1" in page and "Esc" in page


def test_every_control_is_named_for_assistive_technology(qtbot, window) -> None:
    dialog = _open_help(qtbot, window)
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        assert interface.text(QAccessible.Text.Name).strip(), widget
    assert dialog.browser.accessibleDescription()


def test_arrow_keys_move_a_caret_through_the_page(qtbot, window) -> None:
    dialog = _open_help(qtbot, window)
    start = dialog.browser.textCursor().position()
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Down)
    assert dialog.browser.textCursor().position() > start


def test_tab_visits_each_button_and_shift_tab_comes_back(qtbot, window) -> None:
    dialog = _open_help(qtbot, window)
    close = dialog.buttons.button(dialog.buttons.StandardButton.Close)
    stops = [dialog.browser]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert set(stops) == {dialog.browser, dialog.change_button, close}
    assert stops[3] is dialog.browser  # round and back to the page: no trap
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is stops[2]


def test_escape_closes_and_focus_returns(qtbot, window) -> None:
    dialog = _open_help(qtbot, window)
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())  # it deletes itself
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.field)


def test_read_field_and_text_size_work_inside_the_page(qtbot, window) -> None:
    heard: list[str] = []
    window.registry.connect(ActionId.READ_FIELD, lambda: heard.append(QApplication.focusWidget().objectName()))
    dialog = _open_help(qtbot, window)
    qtbot.keyClick(dialog.browser, Qt.Key.Key_F4)
    assert heard == ["shortcutHelpPage"]
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.registry.settings.value("font_scale") == 125
    assert dialog.isVisible()


def test_page_follows_the_interface_language(qtbot, qapp, window) -> None:
    dialog = _open_help(qtbot, window)
    languages = LanguageManager(qapp)
    try:
        languages.install("zh_CN")
        qtbot.waitUntil(lambda: dialog.windowTitle() == "键盘快捷键")
        assert "停止朗读" in dialog.browser.toPlainText()
        assert dialog.browser.accessibleName() == "键盘快捷键"
    finally:
        languages.uninstall()
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Keyboard shortcuts")
