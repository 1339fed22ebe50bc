"""The base of Zhumeng's dialogs: focus comes back, text follows the language, size follows the text.

- Focus returns where it was when the dialog closes (ACCESSIBILITY.md 7). Qt
  usually reactivates the parent window, but its focus can land elsewhere (a
  window-modal dialog, a window manager activating another window, a handler
  that moved the parent's focus meanwhile); keyboard and screen-reader users
  must not have to search for their place.
- `retranslate()` runs on every LanguageChange; subclasses set all their
  texts and accessible names there (and call it once from __init__).
- `resize_for_text` sizes by characters and lines of the current font, within
  the parent window, so 400% text scrolls instead of running off screen.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox, QFrame, QLabel, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)


class AccessibleDialog(QDialog):
    """QDialog that returns focus, retranslates itself and sizes itself for its text.

    Enter in a field or list does not press the dialog's default button
    (QDialog would: Enter to confirm a number in a spin box must not also
    "Restore defaults"); on a focused button Enter presses that button. Set
    `enter_clicks_default = True` for a form whose Enter means OK.
    """

    enter_clicks_default = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._return_focus: QWidget | None = QApplication.focusWidget()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Keep Enter from reaching the default button unless a button has the focus."""
        enter = event.key() in (Qt.Key.Key_Enter, Qt.Key.Key_Return)
        if enter and not self.enter_clicks_default and not isinstance(QApplication.focusWidget(), QAbstractButton):
            event.accept()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        """Set every text and accessible name in the current language (override)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Follow the interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resize_for_text(self, columns: int, lines: int) -> None:
        """Size for `columns` x `lines` of the current font, but never beyond the parent window or screen."""
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * columns, metrics.height() * lines
        parent = self.parentWidget()
        if parent is not None and parent.window().isVisible():
            room = parent.window().size()
        else:
            screen = self.screen() or QGuiApplication.primaryScreen()
            room = screen.availableSize() if screen is not None else QSize(width, height)
        self.resize(min(width, int(room.width() * 0.9)), min(height, int(room.height() * 0.9)))

    def open_window_modal(self) -> None:
        """Show over its window, blocking only that window; the dialog deletes itself when closed."""
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.show()
        self.activateWindow()

    def done(self, result: int) -> None:
        """Close with `result`, then put the focus back where it was."""
        super().done(result)
        target = self._return_focus
        if target is not None and shiboken6.isValid(target) and target.isVisible():
            target.window().activateWindow()
            target.setFocus(Qt.FocusReason.OtherFocusReason)


class MessageDialog(AccessibleDialog):
    """A message with buttons whose text scrolls, in place of QMessageBox (ACCESSIBILITY.md 5).

    A QMessageBox grows with its text and cannot scroll: at 400% text it runs
    off a 1280x800 screen. Here the text sits in a scroll area, the dialog
    keeps within its window (resize_for_text), and the buttons stay in view.
    The dialog's accessible description carries the whole message, so a
    screen reader reads it when the dialog opens. Enter presses the focused
    (default) button, Escape rejects with no button clicked.
    """

    enter_clicks_default = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = QLabel()
        self._informative = QLabel()
        body = QWidget()
        column = QVBoxLayout(body)
        for label in (self._text, self._informative):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(label)
        column.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("messageText")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text wraps instead
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.buttons = QDialogButtonBox(self)
        self.buttons.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self._clicked_button: QAbstractButton | None = None
        self._default: QPushButton | None = None

    def setText(self, text: str) -> None:  # noqa: N802 (QMessageBox's name, so callers read alike)
        """The message's first sentence."""
        self._text.setText(text)
        self._describe()

    def text(self) -> str:
        """The message's first sentence."""
        return self._text.text()

    def setInformativeText(self, text: str) -> None:  # noqa: N802 (QMessageBox's name)
        """What the person can do, under the message."""
        self._informative.setText(text)
        self._informative.setVisible(bool(text))
        self._describe()

    def informativeText(self) -> str:  # noqa: N802 (QMessageBox's name)
        """What the person can do, under the message."""
        return self._informative.text()

    def add_button(self, text: str, role: QDialogButtonBox.ButtonRole, *, default: bool = False) -> QPushButton:
        """A button with `text` (mnemonic allowed); AcceptRole accepts, RejectRole rejects; `default` gets the focus."""
        button = self.buttons.addButton(text, role)
        if default:
            self._default = button
            button.setDefault(True)
        return button

    def clicked_button(self) -> QAbstractButton | None:
        """The button that closed the dialog, or None (Escape, closed by the window)."""
        return self._clicked_button

    def fit(self) -> None:
        """Size for the text: 60 columns, as many lines as needed, never beyond the window or screen."""
        self.resize_for_text(60, 12)
        if self._default is not None:
            self._default.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Start on the default button, as a message box does."""
        super().showEvent(event)
        if self._default is not None:
            self._default.setFocus(Qt.FocusReason.OtherFocusReason)

    def _clicked(self, button: QAbstractButton) -> None:
        self._clicked_button = button
        role = self.buttons.buttonRole(button)
        if role in (QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.NoRole):
            self.reject()
        else:
            self.accept()

    def _describe(self) -> None:
        self.setAccessibleDescription("\n".join(t for t in (self._text.text(), self._informative.text()) if t))
