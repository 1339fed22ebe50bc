"""The two large buttons a kiosk adds to the main window's status bar: Keyboard and End session.

Touch and switch users need no menu and no physical keyboard to type or to
finish; both buttons are named, described, and retranslated when the
language changes.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QPushButton, QWidget


class _StatusButton(QPushButton):
    """A status-bar button that sets its texts from `texts()` and again on every language change."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAutoDefault(False)
        self.retranslate()

    def texts(self) -> tuple[str, str, str]:
        """(shown text, accessible name, accessible description) in the current language."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Texts in the current language."""
        text, name, description = self.texts()
        self.setText(text)
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class EndSessionButton(_StatusButton):
    """Ends the session (as Ctrl+W and File > End session do)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("kioskEndSession", parent)

    def texts(self) -> tuple[str, str, str]:
        # No mnemonic: Alt+E opens the Speech menu; Ctrl+W also ends the session.
        return (self.tr("End session"), self.tr("End session"),
                self.tr("Finish and clear everything on screen so the next person sees none of it"))


class KeyboardButton(_StatusButton):
    """Opens the on-screen keyboard for the text field last used (the search field at first)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("kioskKeyboard", parent)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a touch must not take the focus from the field

    def texts(self) -> tuple[str, str, str]:
        return ("⌨ " + self.tr("Keyboard"), self.tr("On-screen keyboard"),
                self.tr("Type into the last text field with a keyboard on the screen"))
