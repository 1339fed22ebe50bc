"""Language, colours and text size change at once from the keyboard, and are remembered."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop.settings import Settings
from desktop.themes import AppearanceController, load_theme
from tests.accessibility.windows import open_main_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise|grabbing)")
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, tmp_path):
    window = open_main_window(qtbot, tmp_path, language="zh_CN")
    app = QApplication.instance()
    languages = window.languages  # installed by open_main_window, following the language setting
    appearance = AppearanceController(app, window.settings)
    window.retranslate()
    yield window
    languages.manager.install("en")
    window.settings.set_value("theme", "default")
    window.settings.set_value("font_scale", 100)
    appearance.apply()
    languages.deleteLater()
    appearance.deleteLater()


def summary(window):
    return window.model.data(window.model.index(0))


def test_language_switches_at_runtime_and_is_remembered(qtbot, window, tmp_path):
    assert window.search_label.text().startswith("搜索职位")
    assert "个名额" in summary(window)
    assert window.status_label.text().startswith("第 1–50")
    qtbot.keyClick(window.search_field, Qt.Key.Key_E, CTRL_ALT)
    # Qt delivers LanguageChange through the event loop.
    qtbot.waitUntil(lambda: window.search_label.text().replace("&", "").startswith("Search positions")
                    and window.menuBar().actions()[0].text() == "&File")
    assert "opening" in summary(window)
    assert window.status_label.text() == f"Results 1–50 of {window.model.total}"
    assert window.menuBar().actions()[0].text() == "&File"
    assert Settings(tmp_path).value("language") == "en"
    qtbot.keyClick(window.search_field, Qt.Key.Key_C, CTRL_ALT)
    qtbot.waitUntil(lambda: window.search_label.text().startswith("搜索职位"))
    assert Settings(tmp_path).value("language") == "zh_CN"


def test_high_contrast_theme_from_the_keyboard(qtbot, window, tmp_path):
    qtbot.keyClick(window.search_field, Qt.Key.Key_2, CTRL_ALT)
    dark = load_theme("high_contrast_dark")
    assert QApplication.palette().color(QPalette.ColorRole.Window) == dark.color("window")
    assert Settings(tmp_path).value("theme") == "high_contrast_dark"


def test_text_grows_and_the_layout_reflows(qtbot, window, tmp_path):
    before = QApplication.font().pointSizeF()
    for _ in range(4):  # 125, 150, 175, 200
        qtbot.keyClick(window.search_field, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert Settings(tmp_path).value("font_scale") == 200
    assert QApplication.font().pointSizeF() == pytest.approx(before * 2)
    qtbot.waitUntil(lambda: window.splitter.orientation() == Qt.Orientation.Vertical)
    qtbot.keyClick(window.search_field, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.splitter.orientation() == Qt.Orientation.Horizontal)
    assert Settings(tmp_path).value("font_scale") == 100


def test_page_size_from_the_settings_applies_at_once(qtbot, window):
    window.settings.set_value("page_size", 20)
    qtbot.waitUntil(lambda: window.model.complete and window.model.total > 0)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    qtbot.keyClick(window.results, Qt.Key.Key_PageDown)
    assert window.results.currentIndex().row() == 20
    assert window.status_label.text().startswith("第 21–40")
