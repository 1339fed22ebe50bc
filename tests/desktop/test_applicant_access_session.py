"""Profiles and PINs wired into the app: desktop sign-in before any profile opens; kiosk create and keep-my-work."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db import applicants, drafts, pin
from db.userdata_schema import utc_now
from desktop.actions import Mode
from desktop.applicant_access import CreateProfileDialog, SignInDialog
from desktop.applicant_session import AccessController, attach_access
from desktop.drafts.integration import attach
from desktop.drafts.session import UserdataSession
from desktop.kiosk.config import KioskConfig
from desktop.kiosk.controller import KioskController
from desktop.settings import Settings
from tests.accessibility.windows import open_main_window
from tests.desktop.drafts_helpers import POSITION, in_modal
from tests.desktop.platform_helpers import registry_window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def visible_profile_editors() -> list:
    from desktop.drafts.profile_editor import ProfileEditor

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ProfileEditor) and w.isVisible()]


@pytest.fixture
def desktop(qtbot, tmp_path):
    window = open_main_window(qtbot, tmp_path)
    controller = attach(window, tmp_path, window.settings)
    attach_access(window, controller, tmp_path)
    yield window, controller.session
    for editor in visible_profile_editors():
        editor.close()
    controller.session.close()


def press(qtbot, window, key) -> None:
    """Press Ctrl+Shift+`key` in the main window once it is active again (a dialog just closed)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and QApplication.activeModalWidget() is None)
    window.search_field.setFocus()
    qtbot.keyClick(window.search_field, key, CTRL_SHIFT)


def type_in_dialog(qtbot, kind, steps) -> list:
    """When a `kind` dialog opens (modal), run `steps(dialog)`; returns what was seen."""
    seen: list = []

    def act(dialog) -> None:
        seen.append(dialog)
        assert isinstance(dialog, kind), type(dialog)
        steps(dialog)

    in_modal(act)
    return seen


def test_desktop_never_opens_a_profile_without_its_pin(qtbot, desktop):
    window, session = desktop
    li = applicants.create_applicant(session.conn, now=utc_now(), display_name="Li Na",
                                     profile=applicants.Profile(resume={"basics": {"name": "Li Na"}},
                                                                disability="vision"))
    pin.set_pin(session.conn, li, "2468")

    def wrong_then_escape(dialog: SignInDialog) -> None:
        qtbot.keyClicks(dialog.pin_row.field, "1111")
        qtbot.keyClick(dialog.pin_row.field, Qt.Key.Key_Return)
        assert dialog.pin_row.error.text().startswith("Wrong PIN.")
        qtbot.keyClick(dialog.pin_row.field, Qt.Key.Key_Escape)

    seen = type_in_dialog(qtbot, SignInDialog, wrong_then_escape)
    press(qtbot, window, Qt.Key.Key_P)  # My profile
    assert seen, "My profile must ask for the PIN first"
    assert visible_profile_editors() == [] and session.applicant_id is None

    def right_pin(dialog: SignInDialog) -> None:
        assert [dialog.people.item(i).text() for i in range(dialog.people.count())] == ["Li Na"]
        qtbot.keyClicks(dialog.pin_row.field, "2468")
        qtbot.keyClick(dialog.pin_row.field, Qt.Key.Key_Return)

    type_in_dialog(qtbot, SignInDialog, right_pin)
    press(qtbot, window, Qt.Key.Key_P)
    [editor] = visible_profile_editors()
    assert session.applicant_id == li and "Li Na" in [f.text() for f in editor.findChildren(type(window.search_field))]

    # Switch profile: the editor closes, nobody is signed in, and the next person is asked for a PIN.
    closed = type_in_dialog(qtbot, SignInDialog, lambda dialog: qtbot.keyClick(dialog.people, Qt.Key.Key_Escape))
    press(qtbot, window, Qt.Key.Key_U)
    assert closed and visible_profile_editors() == [] and session.applicant_id is None


def test_a_favourite_asks_who_is_here_and_cancelling_keeps_nothing(qtbot, desktop):
    window, session = desktop
    li = applicants.create_applicant(session.conn, now=utc_now(), display_name="Li Na")
    pin.set_pin(session.conn, li, "2468")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # into the results; the first one is shown
    chosen = window.detail.position.external_id
    assert not window.detail.favourite_button.isChecked()  # shown without asking anyone's PIN

    asked = type_in_dialog(qtbot, SignInDialog,
                           lambda dialog: qtbot.keyClick(dialog.pin_row.field, Qt.Key.Key_Escape))
    qtbot.keyClick(window.results, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert asked and not window.detail.favourite_button.isChecked() and session.error is None
    assert applicants.favourites(session.conn, li) == []

    def sign_in(dialog: SignInDialog) -> None:
        qtbot.keyClicks(dialog.pin_row.field, "2468")
        qtbot.keyClick(dialog.pin_row.field, Qt.Key.Key_Return)

    asked = type_in_dialog(qtbot, SignInDialog, sign_in)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.results.setFocus()
    qtbot.keyClick(window.results, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert asked and window.detail.favourite_button.isChecked()
    assert chosen in applicants.favourites(session.conn, li)


def test_first_use_without_profiles_offers_to_create_one(qtbot, desktop):
    window, session = desktop

    def create(dialog: CreateProfileDialog) -> None:
        qtbot.keyClicks(dialog.name.field, "Chen Jie")
        qtbot.keyClick(dialog.name.field, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.new_pin.field, "1357")
        qtbot.keyClick(dialog.new_pin.field, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.repeat_pin.field, "1357")
        qtbot.keyClick(dialog.repeat_pin.field, Qt.Key.Key_Return)

    seen = type_in_dialog(qtbot, CreateProfileDialog, create)
    press(qtbot, window, Qt.Key.Key_P)
    assert seen and len(visible_profile_editors()) == 1
    [made] = applicants.list_applicants(session.conn)
    assert made.display_name == "Chen Jie" and made.has_pin and session.applicant_id == made.id


@pytest.fixture
def kiosk(qtbot, tmp_path):
    settings = Settings(tmp_path, kiosk=True)
    KioskConfig(tmp_path).set_staff_pin("8080")
    session = UserdataSession(tmp_path)
    window = registry_window(qtbot, settings, Mode.KIOSK)
    spoken: list[str] = []
    controller = KioskController(window, settings, tmp_path, userdata=session, speak=spoken.append,
                                 open_keyboard=lambda _field: None)
    controller.start()
    access = AccessController(window, session, tmp_path, kiosk=controller)
    qtbot.waitExposed(controller.start_screen)
    yield controller, access, session, window
    controller.release()
    controller.start_screen.deleteLater()
    session.close()


def fill_create(qtbot, name: str, secret: str):
    def steps(dialog: CreateProfileDialog) -> None:
        qtbot.keyClicks(dialog.name.field, name)
        qtbot.keyClick(dialog.name.field, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.new_pin.field, secret)
        qtbot.keyClick(dialog.new_pin.field, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.repeat_pin.field, secret)
        qtbot.keyClick(dialog.repeat_pin.field, Qt.Key.Key_Return)
    return steps


def test_a_guest_keeps_their_work_by_creating_a_profile(qtbot, kiosk):
    controller, access, session, window = kiosk
    screen = controller.start_screen
    screen.guest_button.setFocus()
    qtbot.keyClick(screen.guest_button, Qt.Key.Key_Space)
    guest = controller.people.current
    draft = drafts.open_draft(session.conn, guest, POSITION, now=utc_now())
    drafts.save_draft_text(session.conn, draft.id, cover_letter="I would like this job.", now=utc_now(),
                           explicit=True)

    seen = type_in_dialog(qtbot, CreateProfileDialog, fill_create(qtbot, "Wang Fang", "9753"))
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.field.setFocus()
    qtbot.keyClick(window.field, Qt.Key.Key_K, CTRL_SHIFT)  # File > Keep my work
    assert seen and seen[0].windowTitle() == "Keep my work"
    controller.end_session("person")  # a guest would be erased here; a kept profile stays

    screen.who_field.setFocus()
    qtbot.keyClicks(screen.who_field, "wang fang")
    screen.pin_field.setFocus()
    qtbot.keyClicks(screen.pin_field, "9753")
    qtbot.keyClick(screen.pin_field, Qt.Key.Key_Return)
    assert controller.in_session and controller.people.signed_in and controller.people.current == guest
    [kept] = drafts.list_drafts(session.conn, guest)
    assert drafts.get_draft(session.conn, kept.id).cover_letter == "I would like this job."


def test_the_start_screen_creates_a_profile_and_begins_its_session(qtbot, kiosk):
    controller, access, session, _window = kiosk
    screen = controller.start_screen
    assert access.create_button.text().replace("&", "") == "Create a profile"
    screen.sign_in_button.setFocus()
    qtbot.keyClick(screen.sign_in_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is access.create_button  # right after "Sign in" in the Tab order
    seen = type_in_dialog(qtbot, CreateProfileDialog, fill_create(qtbot, "Zhao Lei", "24680"))
    qtbot.keyClick(access.create_button, Qt.Key.Key_Space)
    assert seen and controller.in_session and controller.people.signed_in
    [made] = applicants.list_applicants(session.conn)
    assert made.display_name == "Zhao Lei" and controller.people.current == made.id
    assert pin.verify_pin(session.conn, made.id, "24680", now=utc_now())


def when_modal(kind, action) -> None:
    """Run `action(dialog)` once a modal dialog of `kind` is up (each exec() blocks the one before)."""
    from PySide6.QtCore import QTimer

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(30, run)
            return
        action(dialog)

    QTimer.singleShot(30, run)


def test_staff_replace_a_forgotten_pin_at_the_kiosk_with_the_applicant_present(qtbot, kiosk):
    from PySide6.QtWidgets import QInputDialog

    from desktop.applicant_reset import ResetPinDialog
    from desktop.kiosk.staff_pin_dialog import StaffPinDialog

    controller, access, session, _window = kiosk
    li = applicants.create_applicant(session.conn, now=utc_now(), display_name="Li Na")
    pin.set_pin(session.conn, li, "2468")
    steps: list[str] = []

    def staff(dialog) -> None:
        steps.append("staff PIN")
        dialog.pin_field.setFocus()
        qtbot.keyClicks(dialog.pin_field, "8080")
        qtbot.keyClick(dialog.pin_field, Qt.Key.Key_Return)
        when_modal(QInputDialog, choose)

    def choose(dialog) -> None:
        steps.append("choose " + dialog.comboBoxItems()[0])
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        when_modal(ResetPinDialog, new_pin)

    def new_pin(dialog) -> None:
        steps.append("new PIN")
        assert not dialog.staff_pin.field.isVisible()  # the staff PIN was just typed
        dialog.new_pin.field.setFocus()
        qtbot.keyClicks(dialog.new_pin.field, "5555")
        qtbot.keyClick(dialog.new_pin.field, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.repeat_pin.field, "5555")
        qtbot.keyClick(dialog.repeat_pin.field, Qt.Key.Key_Return)

    when_modal(StaffPinDialog, staff)
    access.reset_button.setFocus()
    qtbot.keyClick(access.reset_button, Qt.Key.Key_Space)
    assert steps == ["staff PIN", f"choose Li Na ({li})", "new PIN"]
    assert pin.pin_state(session.conn, li, now=utc_now()).reset_at is not None
    screen = controller.start_screen
    screen.who_field.setFocus()
    qtbot.keyClicks(screen.who_field, "Li Na")
    screen.pin_field.setFocus()
    qtbot.keyClicks(screen.pin_field, "5555")
    qtbot.keyClick(screen.pin_field, Qt.Key.Key_Return)
    assert controller.people.signed_in and controller.people.current == li


def test_a_profile_half_created_at_the_kiosk_goes_away_after_the_idle_time(qtbot, kiosk):
    controller, access, session, _window = kiosk
    access.idle_ms_per_second = 5  # a 120 s idle time passes in 0.6 s
    seen: list = []

    def walk_away(dialog: CreateProfileDialog) -> None:
        qtbot.keyClicks(dialog.name.field, "Zhao Lei")  # then nobody types any more
        seen.append(dialog)

    when_modal(CreateProfileDialog, walk_away)
    access.create_button.setFocus()
    qtbot.keyClick(access.create_button, Qt.Key.Key_Space)  # returns when the dialog has gone
    assert seen and applicants.list_applicants(session.conn) == [] and not controller.in_session
    import shiboken6

    assert not shiboken6.isValid(seen[0]) or not seen[0].isVisible()  # the typed name is no longer on screen
