"""Who is using the profiles: signing in on a desktop, creating a profile or keeping a guest's work at a kiosk.

`attach_access(window, drafts, data_dir, kiosk=None)` is the one call app.py
makes after the drafts (and the kiosk) are attached.

- Desktop: the first time drafts, the profile or a favourite need a person
  (UserdataSession.choose_applicant), they sign in with their PIN, or create
  a profile when there is none. A profile never opens without its PIN.
  File > Switch profile signs out (closing that person's windows) and
  File > Change my PIN changes it.
- Kiosk: the start screen also offers "Create a profile"; a guest can keep
  their work (File > Keep my work): the guest becomes a profile with a PIN,
  drafts included (db.applicants.keep_guest). Between sessions nobody is
  signed in, so nothing falls back to someone's profile.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QPushButton, QWidget

from db import applicants
from db.userdata_errors import UserdataUnavailable
from db.userdata_schema import utc_now
from desktop.actions import ActionId
from desktop.announce import announce
from desktop.drafts.integration import TYPING_TEST_ENV
from desktop.applicant_access import ChangePinDialog, CreateProfileDialog, SignInDialog
from desktop.applicant_reset import ResetPinDialog
from desktop.pin_dialog import Clock


class AccessController(QObject):
    """Sign-in, switching, PIN changes and (at a kiosk) creating a profile or keeping a guest's work."""

    def __init__(self, window: QWidget, session: Any, data_dir: Path, *, kiosk: Any = None,
                 now: Clock = utc_now) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.data_dir = Path(data_dir)
        self.kiosk = kiosk
        self.now = now
        self.idle_ms_per_second = 1000  # tests shorten a kiosk second
        # At a kiosk the start screen decides who is in; nothing signs in behind its back. The kill-test probe
        # keeps the session's own fallback, which opens only a profile without a PIN (never a protected one).
        if kiosk is not None:
            session.choose_applicant = lambda _conn: None
        elif not os.environ.get(TYPING_TEST_ENV):
            session.choose_applicant = self.choose
        registry = getattr(window, "registry", None)
        if registry is not None:
            handlers = {ActionId.SWITCH_PROFILE: self.switch_profile, ActionId.CHANGE_PIN: self.change_pin,
                        ActionId.KEEP_WORK: self.keep_work}
            for action_id, handler in handlers.items():
                if action_id in registry.ids():
                    registry.connect(action_id, handler)
        if kiosk is not None:
            self.create_button = CreateProfileButton(kiosk.start_screen)
            self.create_button.clicked.connect(self.create_at_kiosk)
            self.reset_button = StaffResetButton(kiosk.start_screen, self.create_button)
            self.reset_button.clicked.connect(self.reset_at_kiosk)

    # ---- desktop ---------------------------------------------------------------------------------------
    def choose(self, conn: sqlite3.Connection) -> int | None:
        """Ask who is here: sign in with a PIN, or create the first profile. None when they cancel."""
        parent = QApplication.activeWindow() or self.window
        if applicants.list_applicants(conn):
            dialog: SignInDialog | CreateProfileDialog = SignInDialog(conn, parent, now=self.now, reset=self.reset)
        else:
            dialog = CreateProfileDialog(conn, parent, now=self.now)
        dialog.exec()
        chosen = dialog.applicant_id
        dialog.deleteLater()
        if chosen is not None:
            self.session.changed.emit()
        return chosen

    def reset(self, parent: QWidget, person: applicants.Applicant) -> None:
        """Staff help with a forgotten PIN (applicant present) or erasing the profile."""
        conn = self.session.require()
        dialog = ResetPinDialog(conn, person, self.data_dir, parent, now=self.now)
        dialog.exec()
        dialog.deleteLater()

    def switch_profile(self) -> None:
        """Sign out: close this person's windows, forget who they are, then ask who is next."""
        if self.session.applicant_id is None:
            announce(self.tr("Nobody is signed in."))
        for widget in QApplication.topLevelWidgets():
            # Their draft editors, drafts list and profile (each saves as it closes).
            if widget is not self.window and widget.isVisible() and shiboken6.isValid(widget) \
                    and widget.parentWidget() is self.window:
                widget.close()
        if self.session.applicant_id is not None:
            self.session.applicant_id = None
            self.session.changed.emit()
            detail = getattr(self.window, "detail", None)
            if detail is not None and callable(getattr(detail, "show_position", None)):
                detail.show_position(getattr(detail, "position", None))  # favourites marks of nobody
            announce(self.tr("Signed out. The next person signs in with their own PIN."))
        self.signed_in()

    def signed_in(self) -> int | None:
        """The signed-in person, asking them to sign in first if nobody is (None if they cannot or will not)."""
        if not self.session.available:
            return None
        try:
            return self.session.current_applicant()
        except UserdataUnavailable:
            return None

    def change_pin(self) -> None:
        """Change the signed-in person's PIN (at a kiosk: only a signed-in person, not a guest)."""
        if self.kiosk is not None and not self.kiosk.people.signed_in:
            announce(self.tr("A guest has no PIN. To keep your work, choose Keep my work."), "assertive")
            return
        applicant_id = self.session.applicant_id if self.kiosk is not None else self.signed_in()
        if applicant_id is None:
            return
        dialog = ChangePinDialog(self.session.require(), applicant_id, QApplication.activeWindow() or self.window,
                                 now=self.now)
        dialog.setObjectName("changePinDialog")
        dialog.open_window_modal()

    # ---- kiosk -----------------------------------------------------------------------------------------
    def create_at_kiosk(self) -> None:
        """From the start screen: a new profile with a PIN, then its session begins."""
        conn = self.session.conn if self.session is not None else None
        if conn is None:
            self.kiosk.start_screen.show_error(self.tr("Profiles cannot be made on this computer right now. You "
                                                       "can begin as a guest."))
            return
        dialog = CreateProfileDialog(conn, self.kiosk.start_screen, now=self.now)
        # Walked away half-way: the name must not wait there for the next person (as the start screen's fields).
        idle = QTimer(dialog)
        idle.setSingleShot(True)
        idle.setInterval(int(self.kiosk.settings.value("kiosk_idle_timeout_s") or 120) * self.idle_ms_per_second)
        idle.timeout.connect(dialog.reject)
        for row in dialog.rows:
            row.field.textEdited.connect(idle.start)
        idle.start()
        dialog.exec()
        applicant_id, typed = dialog.applicant_id, dialog.new_pin.field.text()
        dialog.deleteLater()
        if applicant_id is not None:
            # The start screen's own sign-in (desktop/kiosk/people.py: db.pin.verify_pin), by profile number.
            self.kiosk.sign_in(str(applicant_id), typed)

    def reset_at_kiosk(self) -> None:
        """Staff help with a forgotten PIN at a kiosk: staff PIN, then the profile (names only now), then the reset."""
        from desktop.kiosk.staff_pin_dialog import StaffPinDialog

        conn = self.session.conn if self.session is not None else None
        screen = self.kiosk.start_screen
        if conn is None:
            screen.show_error(self.tr("Profiles cannot be changed on this computer right now."))
            return
        staff = StaffPinDialog(self.kiosk.config, parent=screen, speak=self.kiosk._speak)
        staff.keyboard_requested.connect(self.kiosk._open_keyboard)
        checked = staff.exec()
        staff.deleteLater()
        if not checked:
            return
        people = applicants.list_applicants(conn)
        if not people:
            announce(self.tr("There are no profiles on this computer."), "assertive")
            return
        names = [f"{person.display_name} ({person.id})" for person in people]
        chosen, ok = QInputDialog.getItem(screen, self.tr("Forgotten PIN"), self.tr("&Whose PIN was forgotten?"),
                                          names, 0, False)
        if not ok or chosen not in names:
            return
        dialog = ResetPinDialog(conn, people[names.index(chosen)], self.data_dir, screen, now=self.now,
                                staff_checked=True)
        dialog.exec()
        dialog.deleteLater()

    def keep_work(self) -> None:
        """A guest keeps their drafts: the guest becomes a profile with a name and PIN."""
        people = self.kiosk.people if self.kiosk is not None else None
        if people is None:
            return
        if people.signed_in:
            announce(self.tr("You are signed in: your work is kept in your profile."))
            return
        if people.current is None or self.session.conn is None:
            announce(self.tr("Your work cannot be kept on this computer right now."), "assertive")
            return
        dialog = CreateProfileDialog(self.session.conn, QApplication.activeWindow() or self.window, now=self.now,
                                     keep_guest=people.current)
        dialog.exec()
        kept = dialog.applicant_id
        dialog.deleteLater()
        if kept is not None:
            people.signed_in = True  # the session end keeps it now, as for anyone signed in
            self.session.changed.emit()


class StartScreenButton(QPushButton):
    """A button added under the kiosk start screen's sign-in fields, after them in the Tab order."""

    def __init__(self, screen: Any, object_name: str, after: QWidget) -> None:
        super().__init__(screen.sign_in_box)
        self.setObjectName(object_name)
        self.setAutoDefault(False)
        grid = screen.sign_in_box.layout()
        grid.addWidget(self, grid.rowCount(), 0, 1, 2)
        QWidget.setTabOrder(after, self)
        QWidget.setTabOrder(self, screen.staff_button)
        from desktop.kiosk.start_screen import large

        large(self, 1.2)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language (override)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        """Follow the interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CreateProfileButton(StartScreenButton):
    """"Create a profile" on the kiosk start screen."""

    def __init__(self, screen: Any) -> None:
        super().__init__(screen, "startCreateProfile", screen.sign_in_button)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setText(self.tr("&Create a profile"))
        self.setAccessibleName(self.tr("Create a profile (name and PIN) to keep your drafts"))


class StaffResetButton(StartScreenButton):
    """"Forgotten PIN (staff)" on the kiosk start screen: the staff PIN first, then db/pin.py's policy."""

    def __init__(self, screen: Any, after: QWidget) -> None:
        super().__init__(screen, "startForgottenPin", after)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setText(self.tr("&Forgotten PIN (staff)…"))
        self.setAccessibleName(self.tr("Forgotten PIN: staff help, staff PIN needed"))


def attach_access(window: QWidget, drafts: Any, data_dir: Path, *, kiosk: Any = None) -> AccessController:
    """Connect sign-in, profile switching and PIN changes (and the kiosk's profile creation) to `window`."""
    controller = AccessController(window, drafts.session, data_dir, kiosk=kiosk)
    window._zhumeng_access = controller  # type: ignore[attr-defined]  # lives as long as the window
    return controller
