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
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QWidget


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
