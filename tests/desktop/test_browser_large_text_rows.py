"""At large text a low-vision person moving through the results always sees the current row on screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from tests.accessibility.windows import open_main_window

# The offscreen platform cannot pass window size hints on; that is not a fault of the app.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise|grabbing)")


def row_on_screen(window) -> QRect:
    """The current row's rectangle in the page's viewport (the part of the page that is on screen)."""
    results = window.results
    row = results.visualRect(results.currentIndex())
    top_left = results.viewport().mapTo(window.page_scroll.viewport(), row.topLeft())
    return QRect(top_left, row.size())


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
