"""Every window and dialog of the app, built for tests, so the accessibility suites can walk them all.

To add your dialog to the accessibility-tree and Tab tests, append a factory
to WINDOWS: `(name, factory)` where `factory(qtbot, data_dir)` returns the
shown, top-level widget (a dialog not yet exec()'d: call show()). Factories
get a fresh data directory holding a small catalogue.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from db.errors import CatalogueUnavailable
from desktop.search_runner import Catalogue
from desktop.settings import Settings
from tests.accessibility.catalogue import build_catalogue

Factory = Callable[..., QWidget]


# The interface language windows open in when a test does not say (the `interface_language` fixture sets it).
LANGUAGE = {"current": "en"}
# The text size (percent) windows open at when a test does not say (the large-text tests set it).
SCALE = {"current": 100}


def open_main_window(qtbot, data_dir: Path, *, count: int = 300, language: str | None = None,
                     scale: int | None = None):
    """The main window over a fresh catalogue of `count` positions, shown and searched, with focus in the search field."""
    from PySide6.QtWidgets import QApplication

    from desktop.i18n import LanguageController
    from desktop.main_window import MainWindow
    from desktop.themes import apply_appearance

    catalogue = Catalogue.open(build_catalogue(data_dir, count))
    settings = Settings(data_dir)
    settings.set_value("language", language or LANGUAGE["current"])
    # The app's translators, as at start-up (Chinese text; English plural forms), following the
    # language setting as the app does. Kept as `window.languages`; removed when the window closes.
    languages = LanguageController(QApplication.instance(), settings)
    scale = scale or SCALE["current"]
    settings.set_value("font_scale", scale)
    apply_appearance(QApplication.instance(), settings.value("theme"), scale)
    window = MainWindow(catalogue, settings)
    window.languages = languages
    qtbot.addWidget(window, before_close_func=lambda w: (w.shutdown(), languages.manager.uninstall()))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.focus_search()
    qtbot.waitUntil(lambda: window.model.total > 0 and window.model.complete, timeout=5000)
    return window


def damaged_catalogue_box(qtbot, data_dir: Path) -> QWidget:
    """The message shown when the catalogue file is damaged."""
    from desktop.app import rebuild_box

    box, _rebuild = rebuild_box(CatalogueUnavailable(str(data_dir / "catalogue.sqlite"), "file is not a database"))
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


WINDOWS: list[tuple[str, Factory]] = [
    ("main window", open_main_window),
    ("damaged catalogue message", damaged_catalogue_box),
]


def shortcut_help(qtbot, data_dir: Path) -> QWidget:
    """The F1 page of every command and its keys, opened from the main window by F1."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialog

    window = open_main_window(qtbot, data_dir)
    qtbot.keyClick(window.search_field, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget() or QApplication.activeWindow(), QDialog))
    return QApplication.activeModalWidget() or QApplication.activeWindow()


def about_box(qtbot, data_dir: Path) -> QWidget:
    """Help > About, opened from the main window."""
    window = open_main_window(qtbot, data_dir)
    box = window.show_about()
    qtbot.waitExposed(box)
    return box


WINDOWS += [
    ("shortcut help", shortcut_help),
    ("about", about_box),
]


# Kiosk and switch access (kiosk engineer).
def kiosk_start_screen(qtbot, data_dir: Path) -> QWidget:
    """The kiosk's first screen over the main window (language, guest, sign-in, staff)."""
    from desktop.kiosk.config import KioskConfig
    from desktop.kiosk.controller import start_kiosk

    window = open_main_window(qtbot, data_dir)
    KioskConfig(data_dir).set_staff_pin("2468")
    controller = start_kiosk(window, window.settings, data_dir)
    screen = controller.start_screen
    qtbot.addWidget(screen, before_close_func=lambda _screen: controller.release())
    qtbot.waitExposed(screen)
    return screen


def staff_pin_dialog(qtbot, data_dir: Path) -> QWidget:
    """Choosing the staff PIN on a new kiosk (PIN, repeat, on-screen keyboard buttons)."""
    from desktop.kiosk.config import KioskConfig
    from desktop.kiosk.staff_pin_dialog import StaffPinDialog

    dialog = StaffPinDialog(KioskConfig(data_dir), create=True, speak=lambda _text: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def staff_panel(qtbot, data_dir: Path) -> QWidget:
    """Staff settings: catalogue import, timeouts, defaults, usage counts."""
    from desktop.kiosk.staff_panel import StaffPanel
    from desktop.kiosk.usage import UsageLog

    catalogue = build_catalogue(data_dir, 20)
    panel = StaffPanel(Settings(data_dir, kiosk=True), UsageLog(data_dir), catalogue, speak=lambda _text: None)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def onscreen_keyboard(qtbot, data_dir: Path) -> QWidget:
    """The on-screen keyboard typing into the main window's search field, with pinyin candidates showing."""
    from desktop.onscreen_keyboard import OnScreenKeyboard

    window = open_main_window(qtbot, data_dir)
    keyboard = OnScreenKeyboard(window.search_field, speak=lambda _text: None)
    qtbot.addWidget(keyboard)
    keyboard.show()
    keyboard.press("k")
    qtbot.waitExposed(keyboard)
    return keyboard


def idle_warning(qtbot, data_dir: Path) -> QWidget:
    """The kiosk's "are you still there?" warning with its countdown."""
    from desktop.kiosk.idle_warning import IdleWarning

    window = open_main_window(qtbot, data_dir)
    warning = IdleWarning(window, speak=lambda _text: None)
    qtbot.addWidget(warning)
    warning.show_warning(30, signed_in=False)
    qtbot.waitExposed(warning)
    return warning


WINDOWS += [
    ("kiosk start screen", kiosk_start_screen),
    ("staff PIN", staff_pin_dialog),
    ("staff panel", staff_panel),
    ("on-screen keyboard", onscreen_keyboard),
    ("idle warning", idle_warning),
]

from tests.desktop.drafts_windows import DRAFTS_WINDOWS  # noqa: E402 - userdata's dialogs

WINDOWS += DRAFTS_WINDOWS


def preferences_page(qtbot, data_dir: Path) -> QWidget:
    """View > Preferences (Ctrl+,): every preference a person sets for themselves (platform)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.preferences_dialog import PreferencesDialog

    window = open_main_window(qtbot, data_dir)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), PreferencesDialog))
    return QApplication.activeWindow()


WINDOWS += [("preferences", preferences_page)]


def shortcut_editor(qtbot, data_dir: Path) -> QWidget:
    """F1, then Change shortcuts… (Alt+C): every command and its keys, to rebind (platform)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.shortcut_editor import ShortcutEditor

    help_page = shortcut_help(qtbot, data_dir)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is help_page)
    qtbot.keyClick(help_page.browser, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), ShortcutEditor))
    return QApplication.activeWindow()


WINDOWS += [("shortcut editor", shortcut_editor)]

from tests.desktop.applicant_windows import APPLICANT_WINDOWS  # noqa: E402 - profile and PIN dialogs

WINDOWS += APPLICANT_WINDOWS
