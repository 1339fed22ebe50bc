"""Every drafts dialog by Tab alone: no trap, every stop named, the main fields reachable (ACCESSIBILITY.md 7)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from tests.desktop.drafts_windows import DRAFTS_WINDOWS


def tab_stops(qtbot, window: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets Tab visits from the current focus until it comes back round."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    first = QApplication.focusWidget()
    stops = [first]
    for _ in range(limit):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
        if current is first:
            return stops
        stops.append(current)
    raise AssertionError(f"Tab did not come back round after {limit} stops: {[w.objectName() for w in stops[-5:]]}")


@pytest.mark.parametrize("name,factory", DRAFTS_WINDOWS, ids=[name for name, _ in DRAFTS_WINDOWS])
def test_tab_goes_round_and_every_stop_is_named(qtbot, tmp_path: Path, name, factory) -> None:
    window = factory(qtbot, tmp_path)
    stops = tab_stops(qtbot, window)
    assert len(stops) >= 3
    unnamed = [w.objectName() or type(w).__name__ for w in stops
               if not (w.accessibleName() or (isinstance(w, QPushButton) and w.text()) or getattr(w, "text", lambda: "")())]
    assert unnamed == []


def test_draft_editor_reaches_letter_answers_notes_and_buttons_by_tab(qtbot, tmp_path: Path) -> None:
    editor = dict(DRAFTS_WINDOWS)["draft editor"](qtbot, tmp_path)
    names = {w.objectName() for w in tab_stops(qtbot, editor)}
    assert {"coverLetter", "answer1", "draftNotes", "draftStatus", "followUpCheck", "requestedAccommodations",
            "saveDraft", "insertPhrase", "closeDraft"} <= names
