"""ACCESSIBILITY.md 5 for the drafts dialogs: at 200-400% text in 1280x800 nothing is clipped or out of reach."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget

from desktop.themes import apply_appearance
from tests.accessibility.test_large_text import clipped_text, shown
from tests.desktop.drafts_windows import DRAFTS_WINDOWS

SCALES = (200, 300, 400)


@pytest.fixture()
def scaled(qapp):
    yield lambda scale: apply_appearance(qapp, "default", scale)
    apply_appearance(qapp, "default", 100)


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("name,factory", DRAFTS_WINDOWS, ids=[name for name, _ in DRAFTS_WINDOWS])
def test_drafts_dialogs_at_large_text(qtbot, tmp_path: Path, scaled, name, factory, scale) -> None:
    scaled(scale)
    window = factory(qtbot, tmp_path)
    qtbot.wait(50)  # the zero-timer relayout after the font change
    QApplication.processEvents()
    assert window.width() <= 1280, "the dialog grew wider than the window it must fit"
    assert clipped_text(window) == []
    assert hidden_when_focused(window) == []


def hidden_when_focused(window: QWidget) -> list[str]:
    """Focusable controls not wholly in view once they have the keyboard focus (as a keyboard user reaches them).

    (tests/accessibility's unreachable_controls uses ensureWidgetVisible, which
    for a text field shows only its cursor; the editors scroll the whole field
    in on focus, which is what a person sees.)
    """
    problems = []
    for widget in window.findChildren(QWidget):
        if not shown(widget, window) or not widget.focusPolicy() or not widget.isEnabled():
            continue
        widget.setFocus(Qt.FocusReason.TabFocusReason)  # as a keyboard user arrives there
        QApplication.processEvents()
        scroller = widget.parentWidget()
        while scroller is not None and not (isinstance(scroller, QScrollArea) and scroller.widget().isAncestorOf(widget)):
            scroller = scroller.parentWidget()
        viewport = scroller.viewport() if scroller is not None else window
        area = QRect(viewport.mapTo(window, viewport.rect().topLeft()), viewport.size())
        place = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if not (area.contains(place.topLeft()) and (area.contains(place.bottomRight())
                                                    or isinstance(widget, QAbstractScrollArea))):
            problems.append(f"{widget.objectName() or type(widget).__name__} at {place.getRect()} outside {area.getRect()}")
    return problems
