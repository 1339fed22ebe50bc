"""The action registry: every command has text, description and a unique shortcut, sits in a menu,
works from the keyboard, and is listed on the help page."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from desktop.actions import ACTIONS, ActionId, ActionRegistry, Menu, Mode, specs_in_menu
from desktop.action_registry import plain_text
from desktop.announce import add_hook, remove_hook
from desktop.settings import Settings
from tests.desktop.platform_helpers import registry_window


@pytest.fixture
def settings(qapp, tmp_path: Path) -> Settings:
    return Settings(tmp_path)


@pytest.fixture
def window(qtbot, settings: Settings):
    return registry_window(qtbot, settings)


def _portable(seq: QKeySequence) -> str:
    return seq.toString(QKeySequence.SequenceFormat.PortableText)


def test_every_action_has_text_description_and_a_shortcut(qapp) -> None:
    for spec in ACTIONS.values():
        assert plain_text(spec.text).strip(), spec.id
        assert len(spec.description) > 10, spec.id
        assert spec.key_sequences(), spec.id


def test_every_action_has_a_mnemonic_unique_within_its_menu() -> None:
    for menu in Menu:
        for mode in (Mode.DESKTOP, Mode.KIOSK):
            letters = []
            for spec in specs_in_menu(menu, mode):
                match = re.search(r"&([^&])", spec.text)
                assert match, spec.id
                letters.append(match.group(1).lower())
            assert len(letters) == len(set(letters)), (menu, letters)
    menu_letters = [re.search(r"&(.)", menu.value).group(1).lower() for menu in Menu]
    assert len(menu_letters) == len(set(menu_letters))


def test_no_two_actions_share_a_shortcut(qapp) -> None:
    owner: dict[str, ActionId] = {}
    for spec in ACTIONS.values():
        for seq in spec.key_sequences():
            key = _portable(seq)
            assert key not in owner, f"{key} used by {owner.get(key)} and {spec.id}"
            owner[key] = spec.id


def test_every_chord_is_also_reachable_from_a_menu(qapp) -> None:
    # Menus are reachable by Alt+letter alone, so being in a menu suffices for any chord.
    for mode in (Mode.DESKTOP, Mode.KIOSK):
        in_menus = {spec.id for menu in Menu for spec in specs_in_menu(menu, mode)}
        offered = {spec.id for spec in ACTIONS.values() if spec.mode & mode}
        assert in_menus == offered


def test_required_shortcuts_are_the_familiar_ones(qapp) -> None:
    def has(action_id: ActionId, text: str) -> bool:
        return text in [_portable(s) for s in ACTIONS[action_id].key_sequences()]

    assert has(ActionId.SHORTCUT_HELP, "F1")
    assert has(ActionId.READ_POSITION, "F2")
    assert has(ActionId.STOP_SPEECH, "Esc")
    assert has(ActionId.FOCUS_SEARCH, "Ctrl+F")
    assert has(ActionId.TEXT_LARGER, "Ctrl+=")
    assert has(ActionId.TEXT_SMALLER, "Ctrl+-")
    assert has(ActionId.TEXT_RESET, "Ctrl+0")
    assert has(ActionId.QUIT, "Ctrl+Q")


def test_kiosk_offers_end_session_and_staff_but_not_quit(qapp) -> None:
    kiosk = ActionRegistry(None, mode=Mode.KIOSK)
    desktop = ActionRegistry(None, mode=Mode.DESKTOP)
    assert ActionId.END_SESSION in kiosk.ids() and ActionId.STAFF_MENU in kiosk.ids()
    assert ActionId.QUIT not in kiosk.ids()
    assert ActionId.QUIT in desktop.ids() and ActionId.END_SESSION not in desktop.ids()


def test_help_page_lists_every_action_with_its_shortcut(qapp) -> None:
    registry = ActionRegistry(None, mode=Mode.DESKTOP)
    rows = registry.help_rows()
    assert {row.action for row in rows} == {plain_text(registry.action(i).text()) for i in registry.ids()}
    page = registry.help_html()
    for row in rows:
        assert row.shortcuts and row.description
        assert row.action.replace("&", "&amp;") in page
    assert page.count("<table") == len(Menu)
    # Standard keys also bind media keys ("New", "Find") most keyboards lack; the page lists typeable keys.
    by_action = {row.action: row.shortcuts for row in rows}
    assert by_action["Start an application draft"] == "Ctrl+N"
    assert by_action["Find positions"] == "Ctrl+F, F6"


def test_function_key_triggers_its_handler(qtbot, window) -> None:
    heard: list[str] = []
    window.registry.connect(ActionId.READ_POSITION, lambda: heard.append("read"))
    qtbot.keyClick(window.field, Qt.Key.Key_F2)
    assert heard == ["read"]


def test_ctrl_equals_and_ctrl_minus_change_the_text_size(qtbot, window, settings: Settings) -> None:
    qtbot.keyClick(window.field, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.field, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert settings.value("font_scale") == 150
    qtbot.keyClick(window.field, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert settings.value("font_scale") == 125
    qtbot.keyClick(window.field, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert settings.value("font_scale") == 100


def test_preference_changes_are_announced_so_they_are_heard_and_seen(qtbot, window, settings: Settings) -> None:
    heard: list[str] = []

    def hear(announcement) -> None:
        heard.append(announcement.text)

    add_hook(hear)
    try:
        qtbot.keyClick(window.field, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window.field, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window.field, Qt.Key.Key_F11, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(window.field, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    finally:
        remove_hook(hear)
    assert settings.value("rate") == 200 and settings.value("volume") == 70
    assert heard == ["Text size 125%", "Speech rate 200 words per minute", "Speech volume 70%",
                     "Colour theme: High contrast dark"]


def test_theme_choice_is_checked_in_the_menu(qtbot, window, settings: Settings) -> None:
    registry = window.registry
    assert registry.action(ActionId.THEME_DEFAULT).isChecked()
    qtbot.keyClick(window.field, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert settings.value("theme") == "high_contrast_dark"
    assert registry.action(ActionId.THEME_HIGH_CONTRAST_DARK).isChecked()
    assert not registry.action(ActionId.THEME_DEFAULT).isChecked()
    settings.set_value("theme", "high_contrast_light")  # changed elsewhere (settings dialog)
    assert registry.action(ActionId.THEME_HIGH_CONTRAST_LIGHT).isChecked()


def test_speech_toggle_follows_the_setting(qtbot, window, settings: Settings) -> None:
    action = window.registry.action(ActionId.TOGGLE_SPEECH)
    assert action.isChecked()
    qtbot.keyClick(window.field, Qt.Key.Key_F9)
    assert settings.value("speech_enabled") is False
    assert not action.isChecked()


def test_escape_stops_speech_in_the_window_and_in_a_dialog_that_still_closes(qtbot, window) -> None:
    stops: list[int] = []
    window.registry.connect(ActionId.STOP_SPEECH, lambda: stops.append(1))
    qtbot.keyClick(window.field, Qt.Key.Key_Escape)
    assert stops == [1]
    dialog = QDialog(window)
    edit = QLineEdit(dialog)
    edit.setAccessibleName("Name")
    QVBoxLayout(dialog).addWidget(edit)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert stops == [1, 1]
    assert not dialog.isVisible()


def test_shortcut_override_rebinds_and_a_clash_is_refused(qtbot, window, settings: Settings) -> None:
    heard: list[str] = []
    window.registry.connect(ActionId.FOCUS_SEARCH, lambda: heard.append("find"))
    settings.set_shortcut_override("focus_search", "Ctrl+K")
    qtbot.keyClick(window.field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert heard == ["find"]
    assert window.registry.apply_overrides({"focus_search": "F2"}) == ["focus_search"]
    assert [_portable(s) for s in window.registry.shortcuts(ActionId.READ_POSITION)] == ["F2"]


def test_menus_are_generated_with_every_action(window) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Search", "&View", "Sp&eech", "&Help"]
    in_menus = {a.objectName() for top in window.menuBar().actions() for a in top.menu().actions()
                if not a.isSeparator()}
    assert in_menus == {i.value for i in window.registry.ids()}


class _ShoutingTranslator(QTranslator):
    """Stands in for a language: every action text comes back in capitals."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401
        return source.upper() if context in ("Actions", "Menus") else None  # None: ask the next translator

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def test_language_change_retranslates_actions_and_menus(qtbot, window) -> None:
    translator = _ShoutingTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: window.registry.action(ActionId.QUIT).text() == "&QUIT")
        assert window.menuBar().actions()[0].text() == "&FILE"
    finally:
        QCoreApplication.removeTranslator(translator)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert window.registry.action(ActionId.QUIT).text() == "&Quit"


def test_a_language_change_after_the_menus_are_gone_does_not_raise(window, qtbot) -> None:
    import shiboken6
    from PySide6.QtWidgets import QMenuBar

    old_bar = window.menuBar()
    window.setMenuBar(QMenuBar(window))  # Qt deletes the old bar and, with it, the registry's menus
    assert not shiboken6.isValid(old_bar)
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))  # raised inside Qt before
    assert window.registry.action(ActionId.QUIT).text()  # actions still translated
