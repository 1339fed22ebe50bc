"""Profiles and their PINs in the app: create a profile, sign in, change the PIN.

db/pin.py keeps the PIN as an scrypt hash, slows guessing down and locks a
profile after too many wrong PINs; these dialogs say all of that in words
(the common rules are in desktop/pin_dialog.py: errors under their field,
announced, nothing typed erased). The sign-in list shows names only: a
shared computer must not show anyone's data to the next person.
Staff resets live in desktop/applicant_reset.py; wiring in
desktop/applicant_session.py.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from db import applicants, pin
from db.userdata_errors import ZhumengDataError
from db.userdata_schema import utc_now
from desktop.announce import announce
from desktop.drafts import messages
from desktop.pin_dialog import Clock, PinDialog, with_pin_lengths


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
        self.form.addStretch(1)  # spare height below the fields, not between them
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
        self.set_row_text(self.new_pin, with_pin_lengths(self.tr("Choose a &PIN (%1 to %2 digits)")))
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
        self.form.addStretch(1)  # spare height below the fields, not between them
        self.retranslate()
        self.resize_for_text(60, 24)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Change my PIN"))
        self.intro.setText(self.tr("Type your PIN now, then the new PIN twice."))
        self.set_row_text(self.old_pin, self.tr("Cu&rrent PIN"))
        self.set_row_text(self.new_pin, with_pin_lengths(self.tr("&New PIN (%1 to %2 digits)")))
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
