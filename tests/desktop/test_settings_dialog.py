"""The preferences page: generated from the declarations, every control named, changes apply at once."""
from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from desktop.i18n import LanguageManager
from desktop.preferences_dialog import PreferencesDialog
from desktop.settings import PREFERENCES, Settings
from desktop.themes import apply_appearance
from tests.desktop.platform_helpers import registry_window


@pytest.fixture
def window(qtbot, qapp, tmp_path: Path):
    return registry_window(qtbot, Settings(tmp_path))


@pytest.fixture
def page(qtbot, window) -> PreferencesDialog:
    qtbot.keyClick(window.field, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.registry.preferences_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_ctrl_comma_opens_the_page_with_the_first_control_focused(page) -> None:
    assert page.isVisible() and page.windowTitle() == "Preferences"
    assert QApplication.focusWidget() is page.editors["font_scale"]


def test_every_preference_but_the_kiosk_ones_has_a_named_control(page) -> None:
    shown = set(page.editors)
    assert shown == {key for key, pref in PREFERENCES.items() if pref.section != "kiosk"}
    for key, editor in page.editors.items():
        assert editor.accessibleName() == PREFERENCES[key].title, key
        if not isinstance(editor, QComboBox):  # on Linux a combo box's Name is its value; its label names it
            interface = QAccessible.queryAccessibleInterface(editor)
            assert interface.text(QAccessible.Text.Name) == PREFERENCES[key].title, key
        if not isinstance(editor, QCheckBox):
            labels = [label for label in page.findChildren(QLabel) if label.buddy() is editor]
            assert [label.text() for label in labels] == [PREFERENCES[key].title], key
    for widget in page.findChildren(QWidget):
        internal = widget.objectName().startswith("qt_")  # a spin box's own line edit is part of the spin box
        if widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not internal:
            assert QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name).strip(), widget


def test_arrow_keys_change_the_text_size_at_once(qtbot, page, window) -> None:
    qtbot.keyClick(page.editors["font_scale"], Qt.Key.Key_Down)
    assert window.settings.value("font_scale") == 125


def test_space_on_a_check_box_turns_self_voicing_on(qtbot, page, window) -> None:
    check = page.editors["self_voicing"]
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert window.settings.value("self_voicing") is True


def test_spin_box_steps_the_speech_rate_by_its_increment(qtbot, page, window) -> None:
    spin = page.editors["rate"]
    assert isinstance(spin, QSpinBox)
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert window.settings.value("rate") == 200


def test_enter_confirms_a_typed_number_and_nothing_else(qtbot, page, window) -> None:
    window.settings.set_value("echo_words", True)
    spin = page.editors["volume"]
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "55")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.settings.value("volume") == 55
    # QDialog would also have pressed a default button ("Restore defaults") or closed the page.
    assert window.settings.value("echo_words") is True and page.isVisible()


def test_typed_voice_name_is_kept_when_leaving_the_field(qtbot, page, window) -> None:
    edit = page.editors["voice_zh"]
    edit.setFocus()
    qtbot.keyClicks(edit, "sit/cmn-latn-pinyin")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert window.settings.value("voice_zh") == "sit/cmn-latn-pinyin"


def test_switch_keys_are_offered_by_name(page, window) -> None:
    combo = page.editors["switch_next_key"]
    assert isinstance(combo, QComboBox)
    assert combo.currentData() == "Space" and combo.currentText() == "Space"
    assert combo.findData("Return") >= 0


def test_the_page_follows_changes_made_elsewhere(qtbot, page, window) -> None:
    qtbot.keyClick(page.editors["font_scale"], Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # Ctrl+= here too
    window.settings.set_value("theme", "high_contrast_dark")
    assert page.editors["theme"].currentText() == "High contrast dark"
    window.settings.set_value("font_scale", 300)
    assert page.editors["font_scale"].currentText() == "300%"


def test_restore_defaults_by_its_mnemonic(qtbot, page, window) -> None:
    window.settings.set_value("volume", 30)
    window.settings.set_value("echo_words", True)
    qtbot.keyClick(page.editors["font_scale"], Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.settings.value("volume") == 80)  # a mnemonic "animates" the click first
    assert window.settings.value("echo_words") is False
    assert page.editors["volume"].value() == 80


def test_escape_closes_and_focus_returns(qtbot, page, window) -> None:
    qtbot.keyClick(page.editors["font_scale"], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(page) or not page.isVisible())  # it deletes itself
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.field)


def test_the_page_speaks_the_interface_language(qtbot, qapp, page) -> None:
    languages = LanguageManager(qapp)
    try:
        languages.install("zh_CN")
        qtbot.waitUntil(lambda: page.windowTitle() == "偏好设置")
        check = page.editors["self_voicing"]  # titled by a wrapping label beside it (400% text)
        assert [label.text() for label in page.findChildren(QLabel) if label.buddy() is check] == ["朗读焦点和提示（自带朗读）"]
        assert check.accessibleName() == "朗读焦点和提示（自带朗读）"
        assert page.editors["theme"].itemText(1) == "高对比度深色"
    finally:
        languages.uninstall()


def test_at_400_percent_the_page_fits_the_window_and_tab_scrolls_to_the_last_control(qtbot, qapp, window) -> None:
    palette, sheet, font = qapp.palette(), qapp.styleSheet(), qapp.font()
    apply_appearance(qapp, "default", 100)
    apply_appearance(qapp, "default", 400)
    window.resize(1280, 800)
    try:
        qtbot.keyClick(window.field, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
        page = window.registry.preferences_dialog
        qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
        assert page.width() <= 1280 and page.height() <= 800
        last = page.editors["page_size"]
        assert last.visibleRegion().isEmpty()  # far below: the page scrolls
        page.editors["switch_select_key"].setFocus()
        qtbot.keyClick(page.editors["switch_select_key"], Qt.Key.Key_Tab)
        assert QApplication.focusWidget() in (last, last.findChild(QLineEdit))
        qtbot.waitUntil(lambda: not last.visibleRegion().isEmpty())
        page.close()
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
        qapp.setFont(font)
