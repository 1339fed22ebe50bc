"""The kiosk stays locked, and says why, when its own configuration cannot be read.

A damaged kiosk.json must never be taken for a new kiosk: that would offer
"Choose the staff PIN" to whoever walks up. Instead no session can begin and
this notice tells staff, in words, which file to replace or delete. It cannot
be dismissed (Esc does nothing): the fix is outside the kiosk.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from desktop.kiosk.start_screen import large


class LockedNotice(QDialog):
    """A message for staff over the start screen; stays until the app is restarted."""

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskLockedNotice")
        self._path = path
        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("kioskLockedMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.message.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a screen reader user can reach and read it
        large(self.message)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("This kiosk is locked"))
        self.setAccessibleName(self.windowTitle())
        self.message.setText(self.text())
        self.message.setAccessibleName(self.message.text())

    def text(self) -> str:
        """The whole message, for showing and speaking."""
        return self.tr("This kiosk is locked: its settings file %1 cannot be read, so the staff PIN cannot be "
                       "checked. Staff: replace this file from a backup, or delete it and start the kiosk again "
                       "to choose a new staff PIN.").replace("%1", self._path)

    def reject(self) -> None:  # noqa: D102 (Qt override) Esc must not unlock anything
        pass

    def changeEvent(self, event: QEvent) -> None:  # noqa: D102 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
