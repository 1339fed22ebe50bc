"""At large text a low-vision person moving through the results or reading a position always sees where they are."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from tests.accessibility.windows import open_main_window

# The offscreen platform cannot pass window size hints on; that is not a fault of the app.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise|grabbing)")


def in_page(widget, rect: QRect) -> QRect:
    """`rect` of `widget` in the page's viewport (the part of the page that is on screen)."""
    return QRect(widget.mapTo(widget.window().page_scroll.viewport(), rect.topLeft()), rect.size())


def row_on_screen(window) -> QRect:
    results = window.results
    return in_page(results.viewport(), results.visualRect(results.currentIndex()))


def caret_on_screen(window) -> QRect:
    text = window.detail.text
    return in_page(text.viewport(), text.cursorRect())


@pytest.mark.parametrize("scale", [200, 300, 400])
def test_the_current_result_stays_on_screen_while_moving_down_and_up_at_large_text(qtbot, tmp_path, scale):
    window = open_main_window(qtbot, tmp_path, scale=scale)
    qtbot.waitUntil(lambda: window.splitter.orientation() == Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 50)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # Enter: into the results
    assert QApplication.focusWidget() is window.results
    screen = window.page_scroll.viewport().rect()
    keys = [Qt.Key.Key_Down] * 12 + [Qt.Key.Key_PageDown, Qt.Key.Key_End] + [Qt.Key.Key_Up] * 5 + [Qt.Key.Key_Home]
    for key in keys:
        qtbot.keyClick(window.results, key)
        qtbot.waitUntil(lambda: screen.contains(row_on_screen(window)), timeout=2000)
    assert window.results.currentIndex().row() == 0


@pytest.mark.parametrize("scale", [200, 300, 400])
def test_the_line_being_read_in_the_detail_stays_on_screen_at_large_text(qtbot, tmp_path, scale):
    window = open_main_window(qtbot, tmp_path, scale=scale)
    qtbot.waitUntil(lambda: window.splitter.orientation() == Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: window.model.rowCount() >= 50)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    qtbot.keyClick(window.results, Qt.Key.Key_Down)
    qtbot.keyClick(window.results, Qt.Key.Key_Return)  # open the second result and read it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.detail.text)
    screen = window.page_scroll.viewport().rect()
    qtbot.waitUntil(lambda: screen.contains(caret_on_screen(window)), timeout=2000)
    lines = 0
    while not window.detail.text.textCursor().atEnd() and lines < 60:  # line by line to the end, as a reader does
        qtbot.keyClick(window.detail.text, Qt.Key.Key_Down)
        lines += 1
        qtbot.waitUntil(lambda: screen.contains(caret_on_screen(window)), timeout=2000)
    assert lines > 10  # the detail is longer than the part of the page on screen
    qtbot.keyClick(window.detail.text, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.contains(caret_on_screen(window)), timeout=2000)
