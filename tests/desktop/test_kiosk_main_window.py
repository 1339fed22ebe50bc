"""Kiosk mode on the real main window: a guest searches, opens a position, writes a draft; when the
session ends nothing of it is left anywhere (widgets, undo, clipboard, user data)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPushButton, QRadioButton, QToolButton

from db import applicants
from desktop.drafts.integration import attach as attach_drafts
from desktop.kiosk.config import KioskConfig
from desktop.kiosk.controller import start_kiosk
from tests.accessibility.windows import open_main_window
from tests.desktop.test_kiosk_privacy import SENTINEL, find_traces

CHINESE_SENTINEL = "绝密四八二一"


def commit_text(widget, text: str) -> None:
    """Chinese arrives as an input method commits it."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def kiosk(qtbot, tmp_path):
    window = open_main_window(qtbot, tmp_path)
    drafts = attach_drafts(window, tmp_path, window.settings)
    config = KioskConfig(tmp_path)
    config.set_staff_pin("2468")
    # These tests read English names; the kiosk's own default language would be applied at start.
    config.set_staff_default("language", "en")
    controller = start_kiosk(window, window.settings, tmp_path, userdata=drafts.session)
    controller.drafts = drafts
    qtbot.waitExposed(controller.start_screen)
    yield controller
    controller.release()
    controller.start_screen.deleteLater()


def test_guest_session_on_the_main_window_leaves_no_trace(qtbot, kiosk) -> None:
    window = kiosk.window
    button = kiosk.start_screen.guest_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert kiosk.in_session
    qtbot.waitUntil(window.search_field.hasFocus)  # the person starts in the search field
    guest = kiosk.people.current

    qtbot.keyClicks(window.search_field, SENTINEL)
    qtbot.keyClick(window.search_field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.search_field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    window.search_field.setText("")
    commit_text(window.search_field, CHINESE_SENTINEL)
    window.search_field.setText("")  # back to all positions, so there is something to open
    qtbot.waitUntil(lambda: window.model.total > 0 and window.model.complete, timeout=5000)
    window.focus_results()
    qtbot.keyClick(window.results, Qt.Key.Key_Return)
    assert window.detail.position is not None
    window.detail.draft_button.setFocus()
    qtbot.keyClick(window.detail.draft_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: kiosk.drafts.editor is not None and kiosk.drafts.editor.isVisible())
    editor = kiosk.drafts.editor
    editor.letter.setFocus()
    qtbot.keyClicks(editor.letter, f"Dear employer {SENTINEL} ")
    commit_text(editor.letter, CHINESE_SENTINEL)
    assert find_traces(SENTINEL) and find_traces(CHINESE_SENTINEL)

    with qtbot.waitSignal(kiosk.session_ended, timeout=2000):
        kiosk.end_session("person")
    qtbot.wait(50)  # let any deferred saves and deletions run: they must not bring anything back

    assert find_traces(SENTINEL) == []
    assert find_traces(CHINESE_SENTINEL) == []
    assert kiosk.start_screen.isVisible()
    conn = kiosk.drafts.session.conn
    assert guest not in [a.id for a in applicants.list_applicants(conn, include_guests=True)]
    text = "\n".join(row[0] or "" for row in conn.execute("SELECT cover_letter FROM drafts"))
    assert SENTINEL not in text  # the guest's draft went with the guest


def _targets(root):
    kinds = (QPushButton, QToolButton, QComboBox, QLineEdit, QCheckBox, QRadioButton)
    return [w for kind in kinds for w in root.findChildren(kind)
            if w.isVisible() and not isinstance(w.parentWidget(), QComboBox)]


def test_every_target_is_at_least_44_px_at_the_kiosk(qtbot, kiosk) -> None:
    small = [f"{w.objectName() or type(w).__name__} {w.width()}x{w.height()}"
             for w in _targets(kiosk.start_screen) if w.height() < 44 or w.width() < 44]
    assert small == []
    button = kiosk.start_screen.guest_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    window = kiosk.window
    qtbot.waitUntil(lambda: window.model.total > 0)
    targets = _targets(window)
    assert len(targets) > 10
    small = [f"{w.objectName() or w.accessibleName() or type(w).__name__} {w.width()}x{w.height()}"
             for w in targets if w.height() < 44 or w.width() < 44]
    assert small == []
    assert window.results.visualRect(window.model.index(0, 0)).height() >= 44  # list rows too


def test_end_session_button_is_always_on_screen_and_ends_the_session(qtbot, kiosk) -> None:
    button = kiosk.start_screen.guest_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    end = kiosk.window.findChild(QPushButton, "kioskEndSession")
    assert end.isVisible() and end.accessibleName() == "End session"
    assert end.height() >= 44 and end.width() >= 44
    with qtbot.waitSignal(kiosk.session_ended, timeout=2000) as ended:
        end.setFocus()
        qtbot.keyClick(end, Qt.Key.Key_Space)
    assert ended.args == ["person"]
    assert kiosk.start_screen.isVisible()


def test_usage_is_counted_without_personal_data(qtbot, kiosk) -> None:
    from datetime import date

    button = kiosk.start_screen.guest_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    window = kiosk.window
    qtbot.waitUntil(window.search_field.hasFocus)
    commit_text(window.search_field, "客服")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # the search is done: into the results
    qtbot.waitUntil(lambda: window.model.total > 0 and window.model.complete, timeout=5000)
    qtbot.keyClick(window.results, Qt.Key.Key_Return)
    window.detail.draft_button.setFocus()
    qtbot.keyClick(window.detail.draft_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: kiosk.drafts.editor is not None and kiosk.drafts.editor.isVisible())
    kiosk.end_session("person")
    assert kiosk.usage.day(date.today()) == {"sessions": 1, "searches": 1, "drafts": 1}
    stored = kiosk.usage.path.read_text(encoding="utf-8")
    assert "客服" not in stored and "guest" not in stored  # numbers only


def test_keyboard_button_types_into_the_last_field_used(qtbot, kiosk) -> None:
    from desktop.onscreen_keyboard import OnScreenKeyboard

    button = kiosk.start_screen.guest_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    window = kiosk.window
    qtbot.waitUntil(window.search_field.hasFocus)
    keys = window.findChild(QPushButton, "kioskKeyboard")
    assert keys.accessibleName() == "On-screen keyboard" and min(keys.width(), keys.height()) >= 44
    qtbot.mouseClick(keys, Qt.MouseButton.LeftButton)  # a touch
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), OnScreenKeyboard))
    keyboard = QApplication.activeModalWidget()
    for name in ("k", "e", "f", "u", "candidate_0"):
        keyboard.press(name)
    assert window.search_field.text() == "客服"


def test_a_signed_in_persons_draft_survives_the_session_end(qtbot, kiosk) -> None:
    from db import drafts, pin
    from db.userdata_schema import utc_now

    conn = kiosk.drafts.session.conn
    person = applicants.create_applicant(conn, now=utc_now(), display_name="Li Na")
    pin.set_pin(conn, person, "8642")
    screen = kiosk.start_screen
    screen.who_field.setText("Li Na")
    screen.pin_field.setText("8642")
    screen.sign_in_button.setFocus()
    qtbot.keyClick(screen.sign_in_button, Qt.Key.Key_Space)
    assert kiosk.people.signed_in
    window = kiosk.window
    qtbot.waitUntil(lambda: window.model.total > 0 and window.model.complete, timeout=5000)
    window.focus_results()
    qtbot.keyClick(window.results, Qt.Key.Key_Return)
    window.detail.draft_button.setFocus()
    qtbot.keyClick(window.detail.draft_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: kiosk.drafts.editor is not None and kiosk.drafts.editor.isVisible())
    editor = kiosk.drafts.editor
    editor.letter.setFocus()
    qtbot.keyClicks(editor.letter, "Dear employer, I would like to apply.")
    editor.accommodations.item(0).setCheckState(Qt.CheckState.Checked)  # an accommodation to ask for
    asked = editor.accommodations.item(0).data(Qt.ItemDataRole.UserRole)
    draft_id = editor.draft.id

    kiosk.end_session("person")
    qtbot.wait(1000)  # longer than the autosave delay: a late save must not overwrite the letter

    assert find_traces("I would like to apply") == []  # nothing on screen for the next person
    kept = drafts.get_draft(conn, draft_id)
    assert kept.cover_letter == "Dear employer, I would like to apply."  # but the letter is kept in their profile
    assert asked in kept.accommodations  # the ticked accommodation too
