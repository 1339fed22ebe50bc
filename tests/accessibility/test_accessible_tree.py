"""ACCESSIBILITY.md 1 and 2 over every window and dialog: named controls, fields named by labels, row summaries.

Add a window or dialog to tests/accessibility/windows.py WINDOWS and it is checked here.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from tests.accessibility.tree import FIELDS, INTERACTIVE, Role, fields_not_named_by_their_label, unnamed_interactive, walk
from tests.accessibility.windows import WINDOWS, open_main_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise|grabbing)")


@pytest.mark.parametrize("name,factory", WINDOWS, ids=[name for name, _ in WINDOWS])
def test_no_unnamed_interactive_node(qtbot, tmp_path, name, factory, interface_language):
    window = factory(qtbot, tmp_path)
    operable = [n for n in walk(window) if n.role in INTERACTIVE and not n.invisible]
    assert len(operable) >= 1  # the walk reached the controls
    assert unnamed_interactive(window) == []


@pytest.mark.parametrize("name,factory", WINDOWS, ids=[name for name, _ in WINDOWS])
def test_every_labelled_field_is_named_by_its_label(qtbot, tmp_path, name, factory, interface_language):
    window = factory(qtbot, tmp_path)
    assert fields_not_named_by_their_label(window) == []


@pytest.mark.parametrize("name,factory", WINDOWS, ids=[name for name, _ in WINDOWS])
def test_every_field_has_a_name(qtbot, tmp_path, name, factory, interface_language):
    window = factory(qtbot, tmp_path)
    assert [n.path for n in walk(window) if n.role in FIELDS and not n.invisible and not n.name] == []


def test_main_window_has_no_unnamed_control_even_hidden_ones(qtbot, tmp_path, interface_language):
    # What the AT-SPI audit also counts: a field's clear button, a combo box's drop-down list.
    window = open_main_window(qtbot, tmp_path)
    hidden_too = [n.path for n in walk(window) if n.role in INTERACTIVE and not n.name and n.role != Role.ScrollBar]
    assert hidden_too == []


def test_result_rows_read_as_whole_row_summaries(qtbot, tmp_path):
    window = open_main_window(qtbot, tmp_path)
    view = QAccessible.queryAccessibleInterface(window.results)
    assert view.role() in (QAccessible.Role.List, QAccessible.Role.Table)
    assert view.text(QAccessible.Text.Name) == "Results"
    # Every result is a cell (a table also lists its hidden header cells): the exact size, from the start.
    cells = [view.child(i) for i in range(view.childCount())]
    cells = [cell for cell in cells if cell.role() in (QAccessible.Role.Cell, QAccessible.Role.ListItem)]
    assert len(cells) == window.model.total
    for row in range(3):
        cell = cells[row]
        summary = window.model.data(window.model.index(row), Qt.ItemDataRole.AccessibleTextRole)
        position = window.model.position_at(row)
        assert cell.text(QAccessible.Text.Name) == summary
        assert summary.startswith(f"{position.title}, {position.employer}")


def test_filter_values_read_with_their_counts(qtbot, tmp_path):
    window = open_main_window(qtbot, tmp_path)
    qtbot.waitUntil(lambda: "(" in window.filters.training.text(), timeout=5000)
    checklist = QAccessible.queryAccessibleInterface(window.filters.disabilities)
    first = checklist.child(0)
    assert first.role() == QAccessible.Role.ListItem or first.role() == QAccessible.Role.Cell
    assert "(" in first.text(QAccessible.Text.Name)  # "Vision (30)"
    assert first.state().checkable
