"""ACCESSIBILITY.md 7: Tab follows the visual order, every stop is named, Shift+Tab reverses, no trap."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from tests.accessibility.windows import open_main_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise|grabbing)")


def stop_of(stops: list[QWidget]) -> QWidget | None:
    """The stop holding the focus (a spin box's focus is on its inner line edit)."""
    focus = QApplication.focusWidget()
    for stop in stops:
        if focus is stop or stop.isAncestorOf(focus):
            return stop
    return focus


def expected_stops(window) -> list[QWidget]:
    f, d = window.filters, window.detail
    return [window.search_field, f.category, f.city, f.work_mode, f.disabilities, f.accommodations,
            f.salary_min, f.salary_max, f.training, f.subsidy, f.meals, f.still_open, f.clear_button,
            window.sort_choice.combo, window.results, d.text, d.favourite_button, d.draft_button]


def walk_tab(qtbot, window, stops, key_modifier, presses):
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab if key_modifier is None else Qt.Key.Key_Backtab,
                       Qt.KeyboardModifier.NoModifier if key_modifier is None else key_modifier)
        seen.append(stop_of(stops))
    return seen


@pytest.fixture
def window(qtbot, tmp_path, interface_language):
    window = open_main_window(qtbot, tmp_path)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # a result is current: its buttons are live
    window.focus_search()
    return window


def test_tab_visits_every_control_in_visual_order_and_comes_back(qtbot, window):
    stops = expected_stops(window)
    seen = walk_tab(qtbot, window, stops, None, len(stops))
    assert seen == stops[1:] + stops[:1]  # and round again to the search field: no trap


def test_tab_order_is_reading_order_on_screen(window):
    stops = expected_stops(window)
    # Left-to-right by pane, top-to-bottom within a pane.
    panes = [window.search_field.parentWidget(), window.filter_scroll, window.results.parentWidget(), window.detail]

    def pane_of(widget):
        return next(i for i, pane in enumerate(panes[1:], 1) if pane.isAncestorOf(widget)) \
            if widget is not window.search_field else 0

    places = [(pane_of(w), w.mapTo(window, w.rect().topLeft()).y()) for w in stops]
    assert [p for p, _ in places] == sorted(p for p, _ in places)
    for (pane_a, y_a), (pane_b, y_b) in zip(places, places[1:]):
        if pane_a == pane_b:
            assert y_b >= y_a - 2  # beside or below, never above


def test_shift_tab_walks_the_same_stops_backwards(qtbot, window):
    stops = expected_stops(window)
    backwards = walk_tab(qtbot, window, stops, Qt.KeyboardModifier.ShiftModifier, len(stops))
    assert backwards == list(reversed(stops))


def test_every_stop_has_a_name(window):
    for stop in expected_stops(window):
        name = QAccessible.queryAccessibleInterface(stop).text(QAccessible.Text.Name)
        assert name and name.strip(), stop.objectName()


def test_nothing_in_the_window_takes_the_focus_where_tab_cannot_reach(window):
    # AT-SPI reports such a control as focusable: a keyboard user is told of a control they cannot get to.
    stops = expected_stops(window)
    unreachable = [w.objectName() or type(w).__name__ for w in window.findChildren(QWidget)
                   if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
                   and not any(w is stop or stop.isAncestorOf(w) for stop in stops)]
    assert unreachable == []
