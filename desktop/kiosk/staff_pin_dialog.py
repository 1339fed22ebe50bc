"""Asking for the staff PIN (or choosing one on a new kiosk).

The PIN is typed into password fields that never show or speak it; each
field has a large on-screen keyboard button for kiosks without a keyboard.
Wrong PINs are slowed down by KioskConfig; the wait is said in words.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from db.userdata_errors import InvalidProfile
from desktop.kiosk.config import KioskConfig, StaffPinWait
from desktop.kiosk.speaking import default_speak
from desktop.kiosk.start_screen import fit_width, large
from desktop.labels import plain_text


class StaffPinDialog(QDialog):
    """Check the staff PIN (`create=False`) or choose a new one (`create=True`). Accepted only on success."""

    keyboard_requested = Signal(QWidget)

    def __init__(self, config: KioskConfig, *, create: bool = False, parent: QWidget | None = None,
                 speak=None) -> None:
        super().__init__(parent)
        self.setObjectName("staffPinDialog")
        self._config = config
        self._create = create
        self._speak = speak or default_speak
        self.setWindowTitle(self.tr("Choose the staff PIN") if create else self.tr("Staff PIN"))
        self.setAccessibleName(self.windowTitle())
        # One column, labels above their fields: a box layout gives word-wrapped text the height it needs at
        # 300-400 % text (a form layout's spanning rows did not), and a label beside a field leaves it no room.
        layout = QVBoxLayout(self)
        self._intro = QLabel(self.tr("Choose a staff PIN of 4 to 12 digits. Staff need it to change settings or "
                                     "leave the kiosk.") if create else
                             self.tr("Staff only: type the staff PIN."), self)
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        self.pin_field = self._pin_row(layout, self.tr("Staff &PIN"), "staffPin")
        self.repeat_field = self._pin_row(layout, self.tr("&Repeat the PIN"), "staffPinRepeat") if create else None
        self.error_label = QLabel(self)
        self.error_label.setObjectName("staffPinError")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        for button in buttons.buttons():
            large(button)
            fit_width(button)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self._fit()
        super().showEvent(event)

    def _fit(self) -> None:
        # As wide as the content asks but within the screen, and tall enough for the wrapped text at that width.
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width = self.sizeHint().width() if screen is None else min(self.sizeHint().width(), screen.width())
        width = max(width, self.minimumSizeHint().width())
        height = max(self.minimumSizeHint().height(), self.heightForWidth(width))
        if screen is not None:
            height = min(height, screen.height())
        self.resize(width, height)

    def _pin_row(self, layout: QVBoxLayout, label_text: str, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        field.setAccessibleName(plain_text(label_text))
        large(field)  # (1.2 times larger text made the dialog taller than an 800 px screen at 400 %)
        keyboard = QPushButton("⌨", self)
        keyboard.setAccessibleName(self.tr("On-screen keyboard for the PIN"))
        keyboard.setAutoDefault(False)
        large(keyboard)
        fit_width(keyboard)
        keyboard.clicked.connect(lambda: self.keyboard_requested.emit(field))
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(keyboard)
        label = QLabel(label_text, self)
        label.setBuddy(field)
        layout.addWidget(label)
        layout.addLayout(row)
        return field

    def _fail(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setAccessibleName(text)
        self._fit()  # room for the wrapped message
        self._speak(text)
        self.pin_field.setText("")
        if self.repeat_field is not None:
            self.repeat_field.setText("")
        self.pin_field.setFocus()

    def _check(self) -> None:
        pin = self.pin_field.text()
        if self._create:
            if self.repeat_field is not None and pin != self.repeat_field.text():
                self._fail(self.tr("The two PINs are not the same. Please type them again."))
                return
            try:
                self._config.set_staff_pin(pin)
            except InvalidProfile:
                self._fail(self.tr("A staff PIN is 4 to 12 digits (0 to 9). Please try again."))
                return
            except OSError:  # a full or read-only data disk: a PIN kept only in memory would be lost at restart
                self._fail(self.tr("The staff PIN could not be saved: the data folder is full or cannot be "
                                   "written. The kiosk stays locked until this is fixed."))
                return
            self.accept()
            return
        try:
            right = self._config.check_staff_pin(pin)
        except StaffPinWait as wait:
            self._fail(self.tr("Too many wrong PINs. Please wait %n second(s) and try again.", "", wait.seconds))
            return
        if right:
            self.accept()
        else:
            self._fail(self.tr("That is not the staff PIN."))
