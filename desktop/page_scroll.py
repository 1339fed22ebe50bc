"""Keeping what a person reads on screen when the window's panes scroll as one page.

From 200 % text the main window stacks its panes in one scroll area (the
page), and a list or text pane can be taller than the part of the page on
screen. A list or text field keeps its own current row or caret in its own
view, but not in the page's: moving down would carry it below the window's
edge. The results list and the detail pane call show_on_page with the
rectangle of their current row or caret after each move.
"""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QScrollArea, QWidget


def enclosing_page(widget: QWidget) -> QScrollArea | None:
    """The nearest scroll area that holds `widget` as part of its page, if any.

    (A list or text field is itself a scroll area of another kind,
    QAbstractScrollArea, so it is never taken for the page.)
    """
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def show_on_page(widget: QWidget, rect: QRect, context: int = 0) -> None:
    """Scroll the page holding `widget` so that `rect` (in `widget`'s coordinates) is on screen.

    `context` pixels above and below are shown too (a line around a caret).
    Does nothing outside a page or for an empty rectangle.
    """
    page = enclosing_page(widget)
    if page is None or not rect.isValid():
        return
    centre = widget.mapTo(page.widget(), rect.center())
    page.ensureVisible(centre.x(), centre.y(), 0, rect.height() // 2 + context)
