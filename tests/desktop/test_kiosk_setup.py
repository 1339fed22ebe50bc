"""A kiosk without a readable staff PIN stays locked: the person setting it up chooses the PIN, nobody else.

Review P3-3: a cancellable "choose the PIN" dialog, or a damaged kiosk.json read as "no PIN", let the next
passer-by choose the staff PIN and leave the kiosk.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from db.userdata_schema import open_userdata
from desktop.kiosk.config import KioskConfig, KioskConfigDamaged, kiosk_requested
from desktop.kiosk.controller import KioskController
from desktop.kiosk.locked_notice import LockedNotice
from desktop.kiosk.staff_pin_dialog import StaffPinDialog
from desktop.settings import Settings
from tests.desktop.test_kiosk_controller import AppWindow, press


@pytest.fixture
def new_kiosk(qtbot, tmp_path):
    """Starts a kiosk on `tmp_path` as it is (the test writes kiosk.json first, or not)."""
    made = []

    def start():
        conn = open_userdata(tmp_path / "userdata.sqlite")
        window = AppWindow()
        qtbot.addWidget(window)
        spoken: list[str] = []
        controller = KioskController(window, Settings(tmp_path, kiosk=True), tmp_path,
                                     userdata=SimpleNamespace(conn=conn, applicant_id=None), speak=spoken.append,
                                     open_keyboard=lambda field: None)
        controller.spoken = spoken
        controller.start()
        qtbot.waitExposed(controller.start_screen)
        made.append((controller, conn))
        return controller

    yield start
    for controller, conn in made:
        controller.release()
        controller.start_screen.deleteLater()
        conn.close()


def modal(qtbot, kind):
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    return QApplication.activeModalWidget()


def test_a_new_kiosk_cannot_be_used_until_the_staff_pin_is_chosen(qtbot, new_kiosk, tmp_path) -> None:
    kiosk = new_kiosk()
    dialog = modal(qtbot, StaffPinDialog)
    assert dialog.repeat_field is not None  # "choose the staff PIN"
    qtbot.keyClick(dialog.pin_field, Qt.Key.Key_Escape)
    again = modal(qtbot, StaffPinDialog)  # cancelling only asks again
    qtbot.waitUntil(lambda: again is not dialog or dialog.isVisible())
    assert again.repeat_field is not None
    kiosk.begin_guest()  # what the guest button would do underneath the dialog
    assert not kiosk.in_session
    qtbot.keyClicks(again.pin_field, "5791")
    qtbot.keyClicks(again.repeat_field, "5791")
    qtbot.keyClick(again.repeat_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is kiosk.start_screen)
    assert KioskConfig(tmp_path).check_staff_pin("5791")
    press(qtbot, kiosk.start_screen.guest_button)
    assert kiosk.in_session


def test_a_truncated_kiosk_json_keeps_the_kiosk_locked_and_tells_staff(qtbot, new_kiosk, tmp_path) -> None:
    config = KioskConfig(tmp_path)
    config.set_staff_pin("2468")
    whole = config.path.read_text(encoding="utf-8")
    config.path.write_text(whole[: len(whole) // 2], encoding="utf-8")  # a power cut while copying it
    with pytest.raises(KioskConfigDamaged):
        KioskConfig(tmp_path).has_staff_pin
    assert kiosk_requested(tmp_path, False)  # damaged: still a kiosk, never an unlocked app
    kiosk = new_kiosk()
    notice = modal(qtbot, LockedNotice)
    assert "cannot be read" in notice.message.text() and str(config.path) in notice.message.text()
    assert kiosk.spoken[-1] == notice.text()
    qtbot.keyClick(notice.message, Qt.Key.Key_Escape)
    assert notice.isVisible()
    qtbot.keyClick(notice.message, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)  # trying to leave
    qtbot.keyClick(notice.message, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)  # asking for staff
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, StaffPinDialog) and w.isVisible()]
    kiosk.begin_guest()
    kiosk.request_staff()
    assert not kiosk.in_session and kiosk.lock.engaged
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, StaffPinDialog) and w.isVisible()]
    assert config.path.read_text(encoding="utf-8") == whole[: len(whole) // 2]  # nothing overwrote it


def test_a_staff_pin_that_cannot_be_saved_is_said_and_the_kiosk_stays_locked(qtbot, new_kiosk, tmp_path,
                                                                             monkeypatch) -> None:
    import errno

    def disk_full(self, data):  # the single write function, as on a full disk
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(KioskConfig, "_write", disk_full)
    kiosk = new_kiosk()
    dialog = modal(qtbot, StaffPinDialog)
    qtbot.keyClicks(dialog.pin_field, "5791")
    qtbot.keyClicks(dialog.repeat_field, "5791")
    qtbot.keyClick(dialog.repeat_field, Qt.Key.Key_Return)
    assert "could not be saved" in dialog.error_label.text() and dialog.isVisible()
    assert kiosk.spoken[-1] == dialog.error_label.text()
    kiosk.begin_guest()
    assert not kiosk.in_session
