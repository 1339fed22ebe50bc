"""The common frame of the PIN dialogs: labelled fields with their errors underneath, and PIN words.

Rules every PIN dialog keeps (desktop/applicant_access.py, desktop/applicant_reset.py):
- an error is written under its field, set as the field's accessible
  description and announced, and the focus goes to that field; nothing the
  person typed is erased (a slow typist must not type a name twice);
- a wrong PIN says how many tries are left before the profile locks, and a
  lock or wait says until when (db/pin.py's counters);
- the focused control is scrolled wholly into view, so 400% text works.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialogButtonBox, QFrame, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from db import pin
from db.userdata_errors import InvalidProfile, PinLocked, ZhumengDataError
from db.userdata_schema import utc_now
from desktop.action_registry import plain_text
from desktop.announce import announce
from desktop.dialogs import AccessibleDialog
from desktop.drafts import messages

Clock = Callable[[], datetime]


def local_time(moment: datetime, with_seconds: bool = False) -> str:
    """A moment as the local clock time a person reads on the wall (HH:MM or HH:MM:SS)."""
    return moment.astimezone().strftime("%H:%M:%S" if with_seconds else "%H:%M")



def with_pin_lengths(text: str) -> str:
    """A translated `text` with %1 and %2 filled in as the shortest and longest PIN."""
    return text.replace("%1", str(min(pin.PIN_LENGTHS))).replace("%2", str(max(pin.PIN_LENGTHS)))

class PinWords(QObject):
    """Plural sentences (lupdate finds plurals only in self.tr calls)."""

    def tries_left(self, left: int) -> str:
        """After a wrong PIN: how many more wrong PINs lock the profile."""
        return self.tr("Wrong PIN. %n more wrong PIN(s) will lock this profile for a while.", "", left)


@dataclass
class Row:
    """One labelled field with the place for its error underneath."""

    label: QLabel
    field: QLineEdit
    error: QLabel


class PinDialog(AccessibleDialog):
    """The common frame: an explanation, labelled rows with their errors, and OK/Cancel. Enter means OK."""

    enter_clicks_default = True

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None, *, now: Clock = utc_now) -> None:
        super().__init__(parent)
        self.conn = conn
        self.now = now
        # A scroll area, so 400% text scrolls instead of cutting controls off (ACCESSIBILITY.md 5).
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page = QWidget(scroll)
        scroll.setWidget(self.page)
        self.scroll = scroll
        self.form = QVBoxLayout(self.page)
        self.intro = QLabel(self.page)
        self.intro.setWordWrap(True)
        self.form.addWidget(self.intro)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.buttons)
        self.rows: list[Row] = []

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        """Watch every control so the one with the focus is scrolled wholly into view (at 400% text)."""
        for widget in self.page.findChildren(QWidget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.removeEventFilter(self)
                widget.installEventFilter(self)
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """On focus, show the whole control, not only its text cursor (QScrollArea's own Tab handling)."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            corner = watched.mapTo(self.page, QPoint(0, 0))
            self.scroll.ensureVisible(corner.x(), corner.y() + watched.height(), 0, 4)
            self.scroll.ensureVisible(corner.x(), corner.y(), 0, 4)  # a control taller than the view: its top
        return False

    def add_row(self, object_name: str, *, secret: bool = True) -> Row:
        """A labelled field (a PIN field unless `secret` is False) with an empty error line under it."""
        label = QLabel(self.page)
        label.setWordWrap(True)
        field = QLineEdit(self.page)
        field.setObjectName(object_name)
        if secret:
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
            field.setMaxLength(max(pin.PIN_LENGTHS) + 4)  # room to notice a mistake, not a wall that eats keys
        label.setBuddy(field)
        error = QLabel(self.page)
        error.setObjectName(object_name + "Error")
        error.setWordWrap(True)
        error.hide()
        for widget in (label, field, error):
            self.form.addWidget(widget)
        row = Row(label, field, error)
        self.rows.append(row)
        return row

    def set_row_text(self, row: Row, text: str) -> None:
        """The row's label (with mnemonic) and the field's accessible name (without)."""
        row.label.setText(text)
        row.field.setAccessibleName(plain_text(text))

    def clear_errors(self) -> None:
        """Take away earlier errors (before checking again)."""
        for row in self.rows:
            row.error.clear()
            row.error.hide()
            row.field.setAccessibleDescription("")

    def show_error(self, row: Row, text: str) -> None:
        """Say under `row`'s field what is wrong, announce it, and put the focus there; the typed text stays."""
        row.error.setText(text)
        row.error.show()
        row.field.setAccessibleDescription(text)
        row.field.setFocus(Qt.FocusReason.OtherFocusReason)
        row.field.end(False)
        announce(text, "assertive")

    def pin_problem(self, typed: str) -> str | None:
        """Why `typed` cannot be a PIN, in words; None when it can."""
        try:
            pin.validate_pin(typed)
        except InvalidProfile:
            return with_pin_lengths(QCoreApplication.translate(
                "PinDialog", "A PIN is %1 to %2 digits (0–9), for example 2580."))
        return None

    def check_new_pin(self, new: Row, repeat: Row) -> bool:
        """Whether a new PIN and its repetition are usable; otherwise say why under the right field."""
        problem = self.pin_problem(new.field.text())
        if problem is not None:
            self.show_error(new, problem)
            return False
        if repeat.field.text() != new.field.text():
            self.show_error(repeat, QCoreApplication.translate(
                "PinDialog", "The two PINs are not the same. Please type the PIN again here."))
            return False
        return True

    def wrong_pin_text(self, applicant_id: int) -> str:
        """After a wrong PIN: how many tries are left, or until when the profile is locked."""
        state = pin.pin_state(self.conn, applicant_id, now=self.now())
        if state.locked_until is not None and state.failed_attempts == 0:
            return QCoreApplication.translate(
                "PinDialog", "Wrong PIN. After too many wrong PINs this profile is locked until %1. Staff can help "
                "if you have forgotten your PIN.").replace("%1", local_time(state.locked_until))
        left = max(1, pin.LOCK_AFTER - state.failed_attempts)
        text = PinWords().tries_left(left)
        if state.locked_until is not None:
            text += " " + QCoreApplication.translate("PinDialog", "Please wait until %1 before trying again.").replace(
                "%1", local_time(state.locked_until, with_seconds=True))
        return text

    def check_pin(self, applicant_id: int, row: Row) -> bool:
        """Verify the PIN typed in `row` for `applicant_id`; on failure say why under it."""
        try:
            if pin.verify_pin(self.conn, applicant_id, row.field.text(), now=self.now()):
                return True
            self.show_error(row, self.wrong_pin_text(applicant_id))
        except PinLocked as error:  # also PinTooSoon: a wait is running, the try was not even counted
            self.show_error(row, messages.describe(error))
        except ZhumengDataError as error:
            self.show_error(row, messages.describe(error))
        return False

    def submit(self) -> None:
        """Check and act (override); accept() on success."""
