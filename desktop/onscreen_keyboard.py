"""A large, scannable on-screen keyboard that types into a text field.

For people who use switches (and at kiosks without a physical keyboard).
Every key is an ordinary, named QPushButton of at least 44x44 px, laid out
in rows (candidates, digits, three letter rows, editing keys), so switch
scanning picks a row and then a key. In pinyin mode letters build a pinyin
syllable and a row of candidate characters offers 客, 可, 科 ...; in Latin
mode letters are typed as they are.

Text goes in as an input-method commit (as a real Chinese IME does), so the
field's own signals (textEdited, textChanged) and undo work as with typing;
Backspace and Enter are sent as key events.
"""
from __future__ import annotations

from typing import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QFontInfo, QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
                               QTextEdit, QVBoxLayout, QWidget)

from desktop import pinyin_input
from desktop.announce import announce

MIN_KEY_PX = 44  # ACCESSIBILITY.md 10: kiosk targets at least 44x44 px
CANDIDATES_PER_PAGE = 8
LETTER_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
KEYS_PER_ROW = 10  # the widest rows: digits, q-p, and the candidates (8, "more" and the pinyin typed)
MAX_WIDTH_PX = 1280  # ACCESSIBILITY.md 5: every window fits a 1280x800 screen
ROW_MARGIN_PX = 24  # the dialog's layout margins (about 11 px each side) and a little more
KEY_GAP_PX = 16  # spacing between keys and the style's frame outside a key's min-width
KEY_TEXT_SHARE = 0.6  # a key's text line at most this share of the key's side


def _default_speak(text: str) -> None:
    announce(text, "polite")  # echo what was typed; polite, so it never cuts the scan description short


class OnScreenKeyboard(QDialog):
    """A keyboard window typing into `target` (QLineEdit, QTextEdit, QPlainTextEdit or spin box)."""

    def __init__(self, target: QWidget, *, pinyin: bool = True, speak: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent or target.window())
        self.setObjectName("onscreen_keyboard")
        self.setWindowTitle(self.tr("On-screen keyboard"))
        self.setAccessibleName(self.tr("On-screen keyboard"))
        self._target = target
        self._pinyin = pinyin
        self._buffer = ""
        self._page = 0
        self._speak = speak or _default_speak
        self._keys: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        self._preview = QLabel()
        self._preview.setObjectName("keyboard_preview")
        self._preview.setWordWrap(True)
        self._preview.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self._preview)
        self._candidate_row = self._row(layout, "candidates", self.tr("Candidate characters"))
        # The pinyin typed so far sits in the candidate row itself, inside the scan frame, where the
        # highlight's tag (drawn above the frame) cannot cover it.
        self._pinyin_label = QLabel(self._candidate_row)
        self._pinyin_label.setObjectName("keyboard_pinyin")
        self._candidate_row.layout().addWidget(self._pinyin_label)
        self._candidates = [self._key(self._candidate_row, f"candidate_{i}", "", "") for i in range(CANDIDATES_PER_PAGE)]
        self._more = self._key(self._candidate_row, "more_candidates", "→", self.tr("More characters"))
        digits = self._row(layout, "digits", self.tr("Digits"))
        for digit in "1234567890":
            self._key(digits, digit, digit, self.tr("Digit {0}").format(digit))
        for number, letters in enumerate(LETTER_ROWS, start=1):
            row = self._row(layout, f"letters_{number}", self.tr("Letters {0}").format(letters[0].upper() + "…"))
            for letter in letters:
                self._key(row, letter, letter, self.tr("Letter {0}").format(letter))
        side = self._key_side()
        # As a style too: the app stylesheet's min-height (in em) would otherwise win over setMinimumSize.
        # When keys are held to the screen's width at large text, their text shrinks to fit them (a key wider
        # than its share pushed the keyboard past a 1280 px screen at 200-400 %); never under 44 px keys.
        style = f"min-height: {side}px; min-width: {side}px;"
        if side < self.fontMetrics().height() * 2:  # held to the screen's width
            pixels = min(QFontInfo(self.font()).pixelSize(), int(side * KEY_TEXT_SHARE / 1.4))
            style += f" padding: 0px; font-size: {max(8, pixels)}px;"
        self.setStyleSheet(f"QPushButton {{ {style} }}")
        editing = self._row(layout, "editing", self.tr("Editing keys"))
        self._key(editing, "space", self.tr("Space"), self.tr("Space"))
        self._key(editing, "backspace", "⌫", self.tr("Backspace"))
        self._key(editing, "enter", "↵", self.tr("Enter"))
        self._key(editing, "mode", "", "")
        self._key(editing, "done", self.tr("Done"), self.tr("Done: close the keyboard"))
        self._refresh()

    # ---- building --------------------------------------------------------------------------------------------
    def _row(self, layout: QVBoxLayout, name: str, title: str) -> QWidget:
        row = QWidget(self)
        row.setObjectName(f"keyboard_row_{name}")
        row.setAccessibleName(title)  # scanning says "Group: Digits" before the keys
        QHBoxLayout(row).setContentsMargins(0, 0, 0, 0)
        layout.addWidget(row)
        return row

    def _key(self, row: QWidget, name: str, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, row)
        button.setObjectName(f"key_{name}")
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)  # Enter must never press a key the person did not pick
        side = self._key_side()
        button.setMinimumSize(side, side)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _=False, key=name: self.press(key))
        row.layout().addWidget(button)
        self._keys[name] = button
        return button

    def _key_side(self) -> int:
        """Keys grow with the text but a row of eleven still fits the screen (at 400% text too)."""
        screen = self._target.screen() if shiboken6.isValid(self._target) else None
        width = min(MAX_WIDTH_PX, screen.availableGeometry().width()) if screen is not None else MAX_WIDTH_PX
        # The row's share of the width, less the window's margins and the spaces between keys (and a key's
        # frame around its minimum), so that a row of ten keys never makes the keyboard wider than the screen.
        fits = (width - 2 * ROW_MARGIN_PX) // KEYS_PER_ROW - KEY_GAP_PX
        return max(MIN_KEY_PX, min(self.fontMetrics().height() * 2, fits))

    # ---- public --------------------------------------------------------------------------------------------
    @classmethod
    def open_for(cls, target: QWidget) -> OnScreenKeyboard:
        """Show a keyboard for `target` (modal to its window, without blocking) and return it."""
        keyboard = cls(target)
        keyboard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        keyboard.setModal(True)
        keyboard.show()
        keyboard.activateWindow()
        return keyboard

    def key(self, name: str) -> QPushButton:
        """The button of key `name` ("a", "7", "space", "backspace", "enter", "done", "candidate_0" ...)."""
        return self._keys[name]

    def pinyin_buffer(self) -> str:
        """The pinyin typed but not yet turned into characters."""
        return self._buffer

    def press(self, name: str) -> None:
        """Act as if key `name` was pressed."""
        if not shiboken6.isValid(self._target):
            self.close()
            return
        if name.startswith("candidate_"):
            self._choose(int(name.rsplit("_", 1)[1]))
        elif name == "more_candidates":
            self._page += 1
        elif name == "mode":
            self._commit(self._buffer)
            self._pinyin = not self._pinyin
        elif name == "space":
            self._commit((self._buffer or "") + " ")
        elif name == "backspace":
            if self._buffer:
                self._buffer = self._buffer[:-1]
                self._page = 0
            else:
                self._send_key(Qt.Key.Key_Backspace)
        elif name == "enter":
            self._commit(self._buffer)
            self._send_key(Qt.Key.Key_Return)
            if isinstance(self._target, QLineEdit):
                self.close()  # a one-line field is finished with Enter (a search runs, a PIN is checked)
                return
        elif name == "done":
            self._commit(self._buffer)
            self.close()
            return
        elif len(name) == 1 and name.isalpha() and self._pinyin:
            self._buffer += name
            self._page = 0
        else:
            self._commit(name)
        self._refresh()

    def done(self, result: int) -> None:  # noqa: D102 (Qt override)
        super().done(result)
        self._give_focus_back()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        super().closeEvent(event)
        self._give_focus_back()

    def _give_focus_back(self) -> None:
        # ACCESSIBILITY.md 7: after a dialog closes, focus returns where it was (unless Enter moved it on).
        if not shiboken6.isValid(self._target):
            return
        window = self._target.window()
        window.activateWindow()
        if window.focusWidget() is None:
            self._target.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- typing --------------------------------------------------------------------------------------------
    def _page_candidates(self) -> list[str]:
        found = pinyin_input.candidates(self._buffer, limit=200)
        start = self._page * CANDIDATES_PER_PAGE
        if start >= len(found):
            self._page, start = 0, 0
        return found[start:start + CANDIDATES_PER_PAGE]

    def _choose(self, slot: int) -> None:
        shown = self._page_candidates()
        if slot >= len(shown):
            return
        chosen = shown[slot]
        reading = pinyin_input.phrase_pinyin(chosen) if len(chosen) > 1 else ""
        if reading:  # a whole word: it takes all the pinyin it spells (or all that was typed of it)
            rest = self._buffer[len(reading):] if self._buffer.startswith(reading) else ""
        else:
            _, rest = pinyin_input.split_first(self._buffer)
        self._buffer, self._page = "", 0
        self._commit(chosen)
        self._buffer = rest  # "kefu": after 客, "fu" is waiting for its character

    def _commit(self, text: str) -> None:
        self._buffer, self._page = "", 0
        if not text:
            return
        event = QInputMethodEvent("", [])
        event.setCommitString(text)
        QCoreApplication.sendEvent(self._target, event)
        if self._secret():
            self._speak(self.tr("Hidden character"))  # a PIN is never said aloud
        else:
            self._speak(text.strip() or self.tr("Space"))

    def _secret(self) -> bool:
        return isinstance(self._target, QLineEdit) and self._target.echoMode() != QLineEdit.EchoMode.Normal

    def _send_key(self, key: int) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(self._target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))

    def _target_text(self) -> str:
        target = self._target
        if isinstance(target, QLineEdit):
            if self._secret():
                return "•" * len(target.text())  # a PIN is never shown or spoken
            return target.text()
        if isinstance(target, (QTextEdit, QPlainTextEdit)):
            return target.toPlainText()
        text = getattr(target, "text", None)
        return str(text()) if callable(text) else ""

    def _refresh(self) -> None:
        if not shiboken6.isValid(self._target):
            return
        typed = self._target_text()
        pending = f"  [{self._buffer}]" if self._buffer else ""
        self._preview.setText(self.tr("Typing into: {0}").format(self._target.accessibleName() or "") + "\n"
                              + typed + pending)
        self._pinyin_label.setText(self._buffer)
        self._pinyin_label.setAccessibleName(self._buffer)
        shown = self._page_candidates() if self._pinyin else []
        for button, char in zip(self._candidates, shown + [""] * CANDIDATES_PER_PAGE):
            button.setText(char)
            if len(char) > 1:
                button.setAccessibleName(self.tr("Word {0}").format(char))
            else:
                button.setAccessibleName(self.tr("Character {0}").format(char) if char else "")
            button.setVisible(bool(char))  # hidden keys are not scanned
        many = len(pinyin_input.candidates(self._buffer, limit=200)) > CANDIDATES_PER_PAGE if self._pinyin else False
        self._more.setVisible(many)
        self._candidate_row.setVisible(bool(shown))
        mode = self._keys["mode"]
        mode.setText("拼" if self._pinyin else "abc")
        mode.setAccessibleName(self.tr("Mode: pinyin, switch to Latin letters") if self._pinyin
                               else self.tr("Mode: Latin letters, switch to pinyin"))
