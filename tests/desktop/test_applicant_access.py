"""Profiles and PINs by keyboard: create, sign in, wrong PINs slow down and lock, change, staff reset."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db import applicants, pin
from db.userdata_schema import open_userdata, utc_now
from desktop.announce import add_hook, remove_hook
from desktop.applicant_access import ChangePinDialog, CreateProfileDialog, SignInDialog
from desktop.pin_dialog import local_time
from desktop.applicant_reset import ResetPinDialog
from desktop.kiosk.config import KioskConfig
from tests.desktop.test_drafts_view import english  # noqa: F401 - the fixture with the English plural forms

START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def conn(tmp_path):
    connection = open_userdata(tmp_path / "userdata.sqlite")
    yield connection
    connection.close()


@pytest.fixture
def heard():
    said: list[str] = []
    hook = lambda announcement: said.append(announcement.text)  # noqa: E731
    add_hook(hook)
    yield said
    remove_hook(hook)


def person(conn, name: str, secret: str) -> int:
    applicant = applicants.create_applicant(conn, now=utc_now(), display_name=name)
    pin.set_pin(conn, applicant, secret)
    return applicant


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)


def test_mismatched_pins_are_said_next_to_the_field_and_nothing_typed_is_lost(qtbot, conn, heard):
    dialog = shown(qtbot, CreateProfileDialog(conn))
    type_into(qtbot, dialog.name.field, "Li Na")
    qtbot.keyClick(dialog.name.field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.new_pin.field  # label, field, error: Tab goes field to field
    qtbot.keyClicks(dialog.new_pin.field, "2580")
    qtbot.keyClick(dialog.new_pin.field, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.repeat_pin.field, "2581")
    qtbot.keyClick(dialog.repeat_pin.field, Qt.Key.Key_Return)

    assert dialog.isVisible() and applicants.list_applicants(conn) == []
    message = "The two PINs are not the same. Please type the PIN again here."
    assert dialog.repeat_pin.error.isVisible() and dialog.repeat_pin.error.text() == message
    assert dialog.repeat_pin.field.accessibleDescription() == message  # a screen reader reads it with the field
    assert heard[-1] == message
    assert QApplication.focusWidget() is dialog.repeat_pin.field
    assert (dialog.name.field.text(), dialog.new_pin.field.text(), dialog.repeat_pin.field.text()) == \
        ("Li Na", "2580", "2581")

    qtbot.keyClick(dialog.repeat_pin.field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.repeat_pin.field, "0")
    qtbot.keyClick(dialog.repeat_pin.field, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == CreateProfileDialog.DialogCode.Accepted
    [made] = applicants.list_applicants(conn)
    assert made.display_name == "Li Na" and made.has_pin and made.id == dialog.applicant_id
    assert pin.verify_pin(conn, made.id, "2580", now=utc_now())
    assert f"Its number is {made.id}" in heard[-1]


def test_a_pin_that_is_not_digits_is_explained_and_kept(qtbot, conn):
    dialog = shown(qtbot, CreateProfileDialog(conn))
    type_into(qtbot, dialog.name.field, "Wang")
    type_into(qtbot, dialog.new_pin.field, "12a")
    qtbot.keyClick(dialog.new_pin.field, Qt.Key.Key_Return)
    assert "4 to 12 digits" in dialog.new_pin.error.text() and dialog.new_pin.field.text() == "12a"
    assert not dialog.name.error.isVisible()


def test_sign_in_lists_names_only_and_the_right_pin_opens_the_profile(qtbot, conn):
    person(conn, "Chen Jie", "1357")
    li = person(conn, "Li Na", "2468")
    dialog = shown(qtbot, SignInDialog(conn))
    names = [dialog.people.item(row).text() for row in range(dialog.people.count())]
    assert names == ["Chen Jie", "Li Na"]  # nothing but names on a shared screen
    dialog.people.setFocus()
    qtbot.keyClick(dialog.people, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.people, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.pin_row.field
    qtbot.keyClicks(dialog.pin_row.field, "2468")
    qtbot.keyClick(dialog.pin_row.field, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.applicant_id == li


def test_wrong_pins_say_the_tries_left_then_slow_down_then_lock_until_a_time(qtbot, conn, heard, english):
    li = person(conn, "Li Na", "2468")
    clock = [START]
    dialog = shown(qtbot, SignInDialog(conn, now=lambda: clock[0]))

    def attempt(typed: str) -> str:
        clock[0] += timedelta(seconds=30)  # a person takes a while between tries
        type_into(qtbot, dialog.pin_row.field, typed)
        qtbot.keyClick(dialog.pin_row.field, Qt.Key.Key_Return)
        return dialog.pin_row.error.text()

    assert attempt("1111") == "Wrong PIN. 4 more wrong PINs will lock this profile for a while."
    assert attempt("1112") == "Wrong PIN. 3 more wrong PINs will lock this profile for a while."
    third = attempt("1113")
    assert third.startswith("Wrong PIN. 2 more wrong PINs") and "wait until" in third
    assert local_time(clock[0] + timedelta(seconds=2), with_seconds=True) in third
    attempt("1114")
    locked_at = clock[0] + timedelta(seconds=30)
    fifth = attempt("1115")
    assert "locked until " + local_time(locked_at + timedelta(minutes=pin.LOCK_MINUTES)) in fifth
    assert heard[-1] == fifth and dialog.isVisible()

    # During the lock even the right PIN is refused, and the message still says until when.
    refused = attempt("2468")
    assert "locked until" in refused and dialog.isVisible() and dialog.applicant_id is None
    clock[0] = locked_at + timedelta(minutes=pin.LOCK_MINUTES, seconds=1)
    type_into(qtbot, dialog.pin_row.field, "2468")
    qtbot.keyClick(dialog.pin_row.field, Qt.Key.Key_Return)
    assert dialog.applicant_id == li and not dialog.isVisible()


def test_change_pin_needs_the_old_one(qtbot, conn):
    li = person(conn, "Li Na", "2468")
    dialog = shown(qtbot, ChangePinDialog(conn, li, now=lambda: START))
    type_into(qtbot, dialog.old_pin.field, "0000")
    type_into(qtbot, dialog.new_pin.field, "97531")
    type_into(qtbot, dialog.repeat_pin.field, "97531")
    qtbot.keyClick(dialog.repeat_pin.field, Qt.Key.Key_Return)
    assert dialog.old_pin.error.text().startswith("Wrong PIN.") and dialog.isVisible()
    assert QApplication.focusWidget() is dialog.old_pin.field
    assert dialog.new_pin.field.text() == "97531"  # the new PIN typed twice is kept
    qtbot.keyClick(dialog.old_pin.field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.old_pin.field, "2468")
    qtbot.keyClick(dialog.old_pin.field, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert pin.verify_pin(conn, li, "97531", now=START) and not pin.verify_pin(conn, li, "2468", now=START)


def test_staff_reset_needs_the_staff_pin_and_is_told_at_the_next_sign_in(qtbot, conn, tmp_path, heard):
    li = person(conn, "Li Na", "2468")
    KioskConfig(tmp_path).set_staff_pin("8080")
    [entry] = applicants.list_applicants(conn)
    dialog = shown(qtbot, ResetPinDialog(conn, entry, tmp_path, now=lambda: START))
    type_into(qtbot, dialog.staff_pin.field, "1234")
    type_into(qtbot, dialog.new_pin.field, "5555")
    type_into(qtbot, dialog.repeat_pin.field, "5555")
    qtbot.keyClick(dialog.repeat_pin.field, Qt.Key.Key_Return)
    assert dialog.staff_pin.error.text() == "That is not the staff PIN." and dialog.isVisible()
    qtbot.keyClick(dialog.staff_pin.field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.staff_pin.field, "8080")
    qtbot.keyClick(dialog.staff_pin.field, Qt.Key.Key_Return)
    assert dialog.outcome == "reset" and not dialog.isVisible()

    sign_in = shown(qtbot, SignInDialog(conn, now=lambda: START + timedelta(days=1)))
    type_into(qtbot, sign_in.pin_row.field, "5555")
    qtbot.keyClick(sign_in.pin_row.field, Qt.Key.Key_Return)
    assert sign_in.applicant_id == li
    assert heard[-1].startswith("Your PIN was reset by staff on 2026-03-02")


def test_without_a_staff_pin_a_forgotten_pin_can_only_be_erased(qtbot, conn, tmp_path):
    person(conn, "Li Na", "2468")
    [entry] = applicants.list_applicants(conn)
    dialog = shown(qtbot, ResetPinDialog(conn, entry, tmp_path))
    assert not dialog.new_pin.field.isVisible() and not dialog.ok_button.isVisible()
    assert "can only be erased" in dialog.intro.text()

    def confirm(box) -> None:
        qtbot.keyClick(box, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)

    from tests.desktop.drafts_helpers import in_modal

    in_modal(confirm)
    dialog.erase_button.setFocus()
    qtbot.keyClick(dialog.erase_button, Qt.Key.Key_Space)
    assert dialog.outcome == "erased" and applicants.list_applicants(conn) == []


@pytest.mark.parametrize("scale", (200, 400))
@pytest.mark.parametrize("name", ["create profile", "sign in", "change PIN", "reset PIN"])
def test_pin_dialogs_at_large_text_cut_nothing_off(qtbot, qapp, tmp_path, name, scale):
    from desktop.themes import apply_appearance
    from tests.accessibility.test_large_text import clipped_text
    from tests.desktop.applicant_windows import APPLICANT_WINDOWS

    apply_appearance(qapp, "default", scale)
    try:
        dialog = dict(APPLICANT_WINDOWS)[name](qtbot, tmp_path)
        qtbot.wait(50)  # the zero-timer relayout after the font change
        assert dialog.width() <= 1280 and dialog.height() <= 800
        assert clipped_text(dialog) == []
        assert hidden_when_focused(dialog) == []
    finally:
        apply_appearance(qapp, "default", 100)


def hidden_when_focused(dialog) -> list[str]:
    """Controls not wholly in view once a keyboard user has moved the focus to them."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractScrollArea, QWidget

    problems = []
    area = QRect(dialog.scroll.viewport().mapTo(dialog, dialog.scroll.viewport().rect().topLeft()),
                 dialog.scroll.viewport().size())
    for widget in dialog.page.findChildren(QWidget):
        if not widget.isVisibleTo(dialog) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        widget.setFocus()
        QApplication.processEvents()
        place = QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())
        if not (area.contains(place.topLeft()) and (area.contains(place.bottomRight())
                                                    or isinstance(widget, QAbstractScrollArea))):
            problems.append(f"{widget.objectName()} at {place.getRect()} outside {area.getRect()}")
    return problems
