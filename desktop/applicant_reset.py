"""Staff help with a forgotten applicant PIN, as db/pin.py's policy allows and nothing more.

Staff cannot see, recover or silently reset a PIN. A forgotten PIN is
replaced only
1. with the applicant present: staff prove they are staff with the staff PIN
   (desktop/kiosk/config.py, the same PIN as the kiosk's) and the applicant
   types the new PIN themselves; db.pin records the reset and the applicant
   is told at their next sign-in; or
2. by erasing the profile and all its drafts (db.applicants.erase_applicant).
On a computer without a staff PIN (a personal computer) there is nobody to
vouch for the applicant, so only erasing is offered; erasing asks to confirm.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from db import applicants, pin
from db.userdata_errors import ZhumengDataError
from db.userdata_schema import utc_now
from desktop.announce import announce
from desktop.pin_dialog import Clock, PinDialog
from desktop.drafts import messages
from desktop.kiosk.config import KioskConfig, StaffPinWait


class ResetPinDialog(PinDialog):
    """Replace `person`'s forgotten PIN with staff and the applicant present, or erase the profile.

    `done` after accept: "reset" or "erased".
    """

    def __init__(self, conn: sqlite3.Connection, person: applicants.Applicant, data_dir: Path,
                 parent: QWidget | None = None, *, now: Clock = utc_now, staff_checked: bool = False) -> None:
        super().__init__(conn, parent, now=now)
        self.setObjectName("resetPinDialog")
        self.person = person
        self.config = KioskConfig(Path(data_dir))
        self.staff_checked = staff_checked  # the staff PIN was typed just before (kiosk start screen)
        self.outcome = ""
        self.staff_pin = self.add_row("staffPinForReset")
        self.new_pin = self.add_row("newPin")
        self.repeat_pin = self.add_row("repeatPin")
        can_reset = self.config.has_staff_pin
        for row in (self.new_pin, self.repeat_pin):
            for widget in (row.label, row.field):
                widget.setVisible(can_reset)
        self.ok_button.setVisible(can_reset)
        self.erase_button = QPushButton(self.page)
        self.erase_button.setObjectName("eraseProfile")
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.erase)
        self.form.addWidget(self.erase_button)
        self.form.addStretch(1)
        if not can_reset or staff_checked:
            for widget in (self.staff_pin.label, self.staff_pin.field):
                widget.hide()
        self.retranslate()
        self.resize_for_text(64, 28)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Forgotten PIN: %1").replace("%1", self.person.display_name))
        if self.config.has_staff_pin:
            self.intro.setText(self.tr(
                "Nobody can look up a PIN. Staff can replace it only with the applicant present: staff type the "
                "staff PIN after checking who the applicant is, then the applicant types a new PIN. The applicant "
                "is told about the reset when they next sign in. Otherwise the profile and all its drafts can be "
                "erased."))
        else:
            self.intro.setText(self.tr(
                "Nobody can look up a PIN. This computer has no staff PIN, so a forgotten PIN cannot be replaced "
                "here: the profile and all its drafts can only be erased, and the person starts a new profile."))
        self.set_row_text(self.staff_pin, self.tr("&Staff PIN"))
        self.set_row_text(self.new_pin, self.tr("&New PIN, typed by the applicant"))
        self.set_row_text(self.repeat_pin, self.tr("New PIN &again"))
        self.ok_button.setText(self.tr("&Replace the PIN"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.erase_button.setText(self.tr("&Erase this profile and its drafts…"))
        self.erase_button.setAccessibleName(self.tr("Erase this profile and its drafts"))

    def staff_confirmed(self) -> bool:
        """Whether the staff PIN typed is right (always true where there is no staff PIN: nothing to check)."""
        if not self.config.has_staff_pin or self.staff_checked:
            return True
        try:
            if self.config.check_staff_pin(self.staff_pin.field.text(), now=self.now()):
                return True
            self.show_error(self.staff_pin, self.tr("That is not the staff PIN."))
        except StaffPinWait as wait:
            self.show_error(self.staff_pin, self.tr("Too many wrong staff PINs. Please wait %n second(s).", "",
                                                    wait.seconds))
        except OSError:
            self.show_error(self.staff_pin, self.tr("The staff PIN cannot be checked on this computer now."))
        return False

    def submit(self) -> None:
        """Replace the PIN: staff PIN right, new PIN typed twice by the applicant."""
        self.clear_errors()
        if not self.config.has_staff_pin or not self.staff_confirmed():
            return
        if not self.check_new_pin(self.new_pin, self.repeat_pin):
            return
        try:
            pin.reset_pin_in_person(self.conn, self.person.id, self.new_pin.field.text(), now=self.now())
        except ZhumengDataError as error:
            self.show_error(self.new_pin, messages.describe(error))
            return
        self.outcome = "reset"
        announce(self.tr("The PIN of %1 has been replaced. The applicant can sign in with the new PIN now.")
                 .replace("%1", self.person.display_name))
        self.accept()

    def erase(self) -> None:
        """Erase the profile and everything of it, after staff (if any) and a confirmation."""
        self.clear_errors()
        if not self.staff_confirmed():
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase profile"),
                          self.tr("Erase the profile of %1 with all its drafts? This cannot be undone.")
                          .replace("%1", self.person.display_name), parent=self)
        box.setObjectName("confirmErase")
        erase = box.addButton(self.tr("&Erase"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter by mistake keeps the data
        box.exec()
        if box.clickedButton() is not erase:
            return
        try:
            applicants.erase_applicant(self.conn, self.person.id)
        except ZhumengDataError as error:
            announce(messages.describe(error), "assertive")
            return
        self.outcome = "erased"
        announce(self.tr("The profile of %1 and all its drafts have been erased.").replace(
            "%1", self.person.display_name))
        self.accept()
