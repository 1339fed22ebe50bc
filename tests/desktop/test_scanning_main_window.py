"""The issue's switch scenario on the real main window, with only the two switch keys (Space, Enter):
search for 客服 with the on-screen keyboard, open a result, start a draft, type into it, save it."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db import drafts
from desktop.drafts.integration import attach as attach_drafts
from desktop.onscreen_keyboard import LETTER_ROWS
from desktop.scanning import Scanner
from tests.accessibility.windows import open_main_window

MAX_PRESSES = 80


class Switches:
    """A person with two switches: `next` (Space) and `select` (Enter). Counts every press."""

    def __init__(self, qtbot, scanner: Scanner, window) -> None:
        self.qtbot = qtbot
        self.window = window
        self.scanner = scanner
        self.presses = 0

    def press(self, key: Qt.Key) -> None:
        self.presses += 1
        # A switch is a key: it goes wherever the keyboard focus is.
        target = QApplication.focusWidget() or QApplication.activeWindow() or self.window
        self.qtbot.keyClick(target, key)

    def pick(self, wanted: str) -> None:
        """Press next until the highlight says something starting with `wanted`, then select."""
        seen = []
        for _ in range(MAX_PRESSES):
            seen.append(self.scanner.current_description())
            if self.scanner.current_description().startswith(wanted):
                self.press(Qt.Key.Key_Return)
                return
            self.press(Qt.Key.Key_Space)
        raise AssertionError(f"never reached {wanted!r}; saw {seen[:12]!r}")

    def open_row(self, row: int) -> None:
        """Go down the blocks that hold `row` (1-based), then pick the row itself."""
        for _ in range(MAX_PRESSES):
            text = self.scanner.current_description()
            block = re.match(r"Items (\d+) to (\d+) of", text)
            if text.endswith(f", item {row} of {self.window.model.total}"):
                self.press(Qt.Key.Key_Return)
                return
            if block and int(block[1]) <= row <= int(block[2]):
                self.press(Qt.Key.Key_Return)
            else:
                self.press(Qt.Key.Key_Space)
        raise AssertionError(f"never reached row {row}")

    def type_letters(self, letters: str) -> None:
        """Type on the on-screen keyboard: the letter's row, then the letter."""
        for letter in letters:
            row = next(r for r in LETTER_ROWS if letter in r)
            self.pick(f"Group: Letters {row[0].upper()}…")
            self.pick(f"Letter {letter},")


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_main_window(qtbot, tmp_path)
    attach_drafts(win, tmp_path, win.settings)
    return win


def test_two_switches_search_open_draft_type_and_save(qtbot, window) -> None:
    scanner = Scanner(window, auto=False, speak=lambda text: None)
    scanner.start()
    try:
        person = Switches(qtbot, scanner, window)
        person.pick("Search positions, edit field")  # opens the on-screen keyboard
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
        person.type_letters("kefu")
        person.pick("Group: Candidate characters")
        person.pick("Word 客服,")  # the whole word at once
        assert window.search_field.text() == "客服"
        person.pick("Group: Editing keys")
        person.pick("Enter,")  # runs the search, closes the keyboard
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        expected = window.catalogue.rows.count(window.request())
        assert 0 < expected < 300  # 客服 narrows the 300 positions down
        qtbot.waitUntil(lambda: window.model.complete and window.model.total == expected, timeout=5000)

        person.pick("Group: Filters, Sort by, Results")  # group names joined by the language's separator
        person.pick("Group: Sort by, Results")
        person.pick("List: Results")
        first = window.model.position_at(0)
        before = person.presses
        person.open_row(1)
        assert window.detail.position == first
        assert person.presses - before <= 12  # blocks, then rows: not one press per row

        person.pick("Group: Filters, Sort by, Results")
        person.pick("Group: Position details")
        person.pick("Start an application draft")
        qtbot.waitUntil(lambda: getattr(window._zhumeng_drafts, "editor", None) is not None
                        and window._zhumeng_drafts.editor.isVisible())
        editor = window._zhumeng_drafts.editor
        qtbot.waitUntil(lambda: scanner.current_description().startswith("Group: Status"))  # the editor is scanned

        person.pick("Group: Status")
        person.pick("Cover letter, edit field")  # opens the keyboard on the letter
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
        person.pick("Group: Editing keys")
        person.pick("Mode: pinyin")  # Latin letters
        person.type_letters("hi")
        person.pick("Group: Editing keys")
        person.pick("Done")
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        assert editor.letter.toPlainText().endswith("hi")

        person.pick("Save, button")
        saved = drafts.get_draft(editor.session.require(), editor.draft.id)
        assert saved.cover_letter.endswith("hi")
        assert saved.position.title == first.title  # the draft is for the position that was opened
        assert editor.saved_label.text() == "Saved, and kept as a revision"  # what the person sees after Save
    finally:
        scanner.stop()
