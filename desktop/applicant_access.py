"""Profiles and their PINs in the app: create a profile, sign in, change the PIN.

db/pin.py keeps the PIN as an scrypt hash, slows guessing down and locks a
profile after too many wrong PINs; these dialogs say all of that in words.
Rules shared by every dialog here (ACCESSIBILITY.md 7, 13):
- an error is written under its field, set as the field's accessible
  description and announced, and the focus goes to that field; nothing the
  person typed is erased (a slow typist must not type a name twice);
- a wrong PIN says how many tries are left before the profile locks, and a
  lock or wait says until when;
- the sign-in list shows names only (a shared computer must not show
  anyone's data to the next person).
Staff resets live in desktop/applicant_reset.py; wiring in
desktop/applicant_session.py.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (QDialogButtonBox, QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from db import applicants, pin
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
            return QCoreApplication.translate(
                "PinDialog", "A PIN is %1 to %2 digits (0–9), for example 2580.").replace(
                "%1", str(min(pin.PIN_LENGTHS))).replace("%2", str(max(pin.PIN_LENGTHS)))
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


class CreateProfileDialog(PinDialog):
    """A new profile: name, PIN and the PIN again. `keep_guest`: the guest's drafts become this profile's."""

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None, *, now: Clock = utc_now,
                 keep_guest: int | None = None) -> None:
        super().__init__(conn, parent, now=now)
        self.setObjectName("createProfileDialog")
        self.keep_guest = keep_guest
        self.applicant_id: int | None = None
        self.name = self.add_row("profileName", secret=False)
        self.new_pin = self.add_row("newPin")
        self.repeat_pin = self.add_row("repeatPin")
        self.retranslate()
        self.resize_for_text(60, 22)

    def retranslate(self) -> None:
        """Texts in the current language."""
        if self.keep_guest is None:
            self.setWindowTitle(self.tr("Create a profile"))
            self.intro.setText(self.tr("Your profile keeps your drafts and your details. Only someone who knows "
                                       "its PIN can open it."))
        else:
            self.setWindowTitle(self.tr("Keep my work"))
            self.intro.setText(self.tr("Create a profile with a PIN: your drafts from this session are kept in it "
                                       "and you can open them next time with your name and PIN."))
        self.set_row_text(self.name, self.tr("Your &name"))
        self.set_row_text(self.new_pin, self.tr("Choose a &PIN (%1 to %2 digits)").replace(
            "%1", str(min(pin.PIN_LENGTHS))).replace("%2", str(max(pin.PIN_LENGTHS))))
        self.set_row_text(self.repeat_pin, self.tr("Type the PIN &again"))
        self.ok_button.setText(self.tr("C&reate profile"))
        self.cancel_button.setText(self.tr("&Cancel"))

    def submit(self) -> None:
        """Check the fields, then create the profile (or keep the guest's) with its PIN."""
        self.clear_errors()
        name = self.name.field.text().strip()
        if not name:
            self.show_error(self.name, self.tr("Please type your name, so you can find your profile again."))
            return
        if not self.check_new_pin(self.new_pin, self.repeat_pin):
            return
        now = self.now()
        resume = {"basics": {"name": name}}
        try:
            if self.keep_guest is None:
                applicant_id = applicants.create_applicant(self.conn, now=now, display_name=name,
                                                           profile=applicants.Profile(resume=resume))
            else:
                applicant_id = self.keep_guest
                profile = applicants.get_profile(self.conn, applicant_id)
                basics = dict(profile.resume.get("basics") or {}, name=name)
                applicants.save_profile(self.conn, applicant_id,
                                        replace(profile, resume={**profile.resume, "basics": basics}), now=now)
            pin.set_pin(self.conn, applicant_id, self.new_pin.field.text())
            if self.keep_guest is not None:
                # Only now, with the PIN set: a half-kept guest is still erased at the session end.
                applicants.keep_guest(self.conn, applicant_id, now=now)
        except ZhumengDataError as error:
            self.show_error(self.name, messages.describe(error))
            return
        self.applicant_id = applicant_id
        announce(self.tr("Profile created for %1. Its number is %2.").replace("%1", name)
                 .replace("%2", str(applicant_id)))
        self.accept()


class SignInDialog(PinDialog):
    """Choose a profile by name and type its PIN. `applicant_id` is set when accepted.

    "Create a new profile" and "Forgot the PIN" are offered here, because a
    person who cannot sign in needs one of them next.
    """

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None, *, now: Clock = utc_now,
                 reset: Callable[[QWidget, applicants.Applicant], None] | None = None) -> None:
        super().__init__(conn, parent, now=now)
        self.setObjectName("signInDialog")
        self.applicant_id: int | None = None
        self._reset = reset
        self.list_label = QLabel(self.page)
        self.people = QListWidget(self.page)
        self.people.setObjectName("profileList")
        self.list_label.setBuddy(self.people)
        self.form.insertWidget(1, self.list_label)
        self.form.insertWidget(2, self.people)
        self.pin_row = self.add_row("signInPin")
        self.create_button = QPushButton(self.page)
        self.create_button.setObjectName("createProfile")
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.create_profile)
        self.forgot_button = QPushButton(self.page)
        self.forgot_button.setObjectName("forgotPin")
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.forgot_pin)
        self.forgot_button.setVisible(reset is not None)
        self.form.addWidget(self.create_button)
        self.form.addWidget(self.forgot_button)
        self.form.addStretch(1)
        self.fill()
        self.retranslate()
        self.resize_for_text(60, 26)
        self.people.setFocus()

    def fill(self) -> None:
        """List every profile by name only (same names get their profile number to tell them apart)."""
        self.people.clear()
        found = applicants.list_applicants(self.conn)
        names = [person.display_name.strip() for person in found]
        for person, name in zip(found, names):
            if not name or names.count(name) > 1:
                name = self.tr("%1 (profile %2)").replace("%1", name or self.tr("No name")).replace(
                    "%2", str(person.id))
            item = QListWidgetItem(name, self.people)
            item.setData(Qt.ItemDataRole.UserRole, person)
        self.people.setCurrentRow(0)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Sign in"))
        self.intro.setText(self.tr("Choose your name and type your PIN. Your profile and drafts open only with "
                                   "your PIN."))
        self.list_label.setText(self.tr("&Profiles on this computer"))
        self.people.setAccessibleName(self.tr("Profiles on this computer"))
        self.set_row_text(self.pin_row, self.tr("Your P&IN"))
        self.ok_button.setText(self.tr("&Sign in"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.create_button.setText(self.tr("Create a &new profile…"))
        self.create_button.setAccessibleName(self.tr("Create a new profile"))
        self.forgot_button.setText(self.tr("&Forgot the PIN? (staff)…"))
        self.forgot_button.setAccessibleName(self.tr("Forgot the PIN? Staff can help"))

    def chosen(self) -> applicants.Applicant | None:
        """The profile chosen in the list."""
        item = self.people.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def submit(self) -> None:
        """Open the chosen profile when its PIN is right (a profile without a PIN gets the typed one)."""
        self.clear_errors()
        person = self.chosen()
        if person is None:
            announce(self.tr("Please choose your name first."), "assertive")
            self.people.setFocus()
            return
        try:
            state = pin.pin_state(self.conn, person.id, now=self.now())
            if not state.has_pin:
                # A profile from before PINs: whoever opens it first protects it now.
                problem = self.pin_problem(self.pin_row.field.text())
                if problem is not None:
                    self.show_error(self.pin_row, problem)
                    return
                pin.set_pin(self.conn, person.id, self.pin_row.field.text())
                announce(self.tr("This profile had no PIN. The PIN you typed protects it from now on."))
            elif not self.check_pin(person.id, self.pin_row):
                self.pin_row.field.clear()  # the secret itself is not kept after a wrong try; the name choice stays
                return
        except ZhumengDataError as error:
            self.show_error(self.pin_row, messages.describe(error))
            return
        self.applicant_id = person.id
        if state.reset_at is not None:
            # db/pin.py policy: a reset by staff is always told to the person at their next sign-in.
            announce(self.tr("Your PIN was reset by staff on %1. If you did not ask for this, please tell the "
                             "staff.").replace("%1", state.reset_at.astimezone().strftime("%Y-%m-%d")), "assertive")
        self.accept()

    def create_profile(self) -> None:
        """Create a new profile instead; it is signed in at once."""
        dialog = CreateProfileDialog(self.conn, self, now=self.now)
        if dialog.exec() and dialog.applicant_id is not None:
            self.applicant_id = dialog.applicant_id
            self.accept()

    def forgot_pin(self) -> None:
        """Staff help for a forgotten PIN (see desktop/applicant_reset.py)."""
        person = self.chosen()
        if person is not None and self._reset is not None:
            self._reset(self, person)
            self.fill()


class ChangePinDialog(PinDialog):
    """The signed-in person changes their PIN: the old one first, then the new one twice."""

    def __init__(self, conn: sqlite3.Connection, applicant_id: int, parent: QWidget | None = None, *,
                 now: Clock = utc_now) -> None:
        super().__init__(conn, parent, now=now)
        self.setObjectName("changePinDialog")
        self.applicant_id = applicant_id
        self.old_pin = self.add_row("oldPin")
        self.new_pin = self.add_row("newPin")
        self.repeat_pin = self.add_row("repeatPin")
        self.retranslate()
        self.resize_for_text(60, 24)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Change my PIN"))
        self.intro.setText(self.tr("Type your PIN now, then the new PIN twice."))
        self.set_row_text(self.old_pin, self.tr("Cu&rrent PIN"))
        self.set_row_text(self.new_pin, self.tr("&New PIN (%1 to %2 digits)").replace(
            "%1", str(min(pin.PIN_LENGTHS))).replace("%2", str(max(pin.PIN_LENGTHS))))
        self.set_row_text(self.repeat_pin, self.tr("Type the new PIN &again"))
        self.ok_button.setText(self.tr("C&hange PIN"))
        self.cancel_button.setText(self.tr("&Cancel"))

    def submit(self) -> None:
        """Check the new PIN, then the old one, and change it."""
        self.clear_errors()
        if not self.check_new_pin(self.new_pin, self.repeat_pin):
            return
        try:
            changed = pin.change_pin(self.conn, self.applicant_id, self.old_pin.field.text(),
                                     self.new_pin.field.text(), now=self.now())
        except ZhumengDataError as error:  # PinLocked / PinTooSoon: a wait is running
            self.show_error(self.old_pin, messages.describe(error))
            return
        if not changed:
            self.show_error(self.old_pin, self.wrong_pin_text(self.applicant_id))
            return
        announce(self.tr("Your PIN has been changed."))
        self.accept()
