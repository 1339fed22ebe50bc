"""The draft editor, driven by keys: autosave, undo/redo, templates and phrases, status, revisions."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget

from db import drafts
from desktop import announce
from desktop.drafts.autosave import AUTOSAVE_MS
from desktop.drafts.draft_editor import DraftEditor
from tests.desktop.drafts_helpers import in_modal, session_with_draft, type_text


@pytest.fixture()
def editor(qtbot, tmp_path: Path):
    session, draft = session_with_draft(tmp_path)
    widget = DraftEditor(session, draft.id, language="zh_CN")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.letter.setFocus()
    yield widget
    widget.autosaver.flush()
    session.close()


def stored(editor: DraftEditor) -> drafts.Draft:
    return drafts.get_draft(editor.session.require(), editor.draft.id)


def test_typing_is_saved_within_the_autosave_delay(qtbot, editor) -> None:
    qtbot.keyClicks(editor.letter, "I can work six hours a day")
    assert editor.saved_label.text() == "Saving…"
    qtbot.waitUntil(lambda: stored(editor).cover_letter == "I can work six hours a day", timeout=AUTOSAVE_MS * 4)
    assert editor.saved_label.text() == "All changes saved"


def test_continuous_typing_is_still_saved_without_a_pause(qtbot, editor) -> None:
    typed = ""
    for chunk in range(12):  # 12 x 100 ms of typing without a pause longer than the delay
        qtbot.keyClicks(editor.letter, "ab")
        typed += "ab"
        qtbot.wait(100)
        if chunk == 10:
            assert stored(editor).cover_letter.startswith(typed[:6])


def test_leaving_the_field_saves_at_once(qtbot, editor) -> None:
    type_text(qtbot, editor.letter, "请考虑我的申请")
    qtbot.keyClick(editor.letter, Qt.Key.Key_Tab)
    assert stored(editor).cover_letter == "请考虑我的申请"
    assert not editor.autosaver.pending


def test_answers_and_notes_are_saved_too(qtbot, editor) -> None:
    type_text(qtbot, editor.answer_fields[0], "八小时")
    type_text(qtbot, editor.notes, "周三打电话问结果")
    editor.autosaver.flush()
    saved = stored(editor)
    assert (saved.answers, saved.notes) == (("八小时",), "周三打电话问结果")


def test_undo_and_redo_by_keyboard(qtbot, editor) -> None:
    qtbot.keyClicks(editor.letter, "hello")
    qtbot.keyClick(editor.letter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.letter.toPlainText() == ""
    qtbot.keyClick(editor.letter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.letter.toPlainText() == "hello"
    editor.autosaver.flush()
    assert stored(editor).cover_letter == "hello"


def test_ctrl_i_inserts_a_phrase_chosen_by_typing_and_enter(qtbot, editor) -> None:
    type_text(qtbot, editor.letter, "您好")
    def choose(dialog) -> None:
        type_text(qtbot, dialog.filter, "读屏")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    in_modal(choose)
    qtbot.keyClick(editor.letter, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert editor.letter.toPlainText() == "您好我使用读屏软件操作电脑，可以独立完成在线工作。"
    assert announce.announcer().last.text.startswith("Inserted")
    qtbot.keyClick(editor.letter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.letter.toPlainText() == "您好"


def test_ctrl_t_inserts_a_template_with_position_employer_and_name(qtbot, editor) -> None:
    def choose(dialog) -> None:
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)  # second template: the short one
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    in_modal(choose)
    qtbot.keyClick(editor.letter, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    text = editor.letter.toPlainText()
    assert "网店客服" in text and "林小雨" in text


def test_english_letter_gets_english_phrases(qtbot, editor) -> None:
    qtbot.keyClicks(editor.letter, "Dear team, ")
    def choose(dialog) -> None:
        assert dialog.letter_language == "en"
        qtbot.keyClicks(dialog.filter, "punctual")
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    in_modal(choose)
    qtbot.keyClick(editor.letter, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert editor.letter.toPlainText() == "Dear team, I am reliable, punctual and keen to learn."


def test_escape_in_the_picker_inserts_nothing(qtbot, editor) -> None:
    in_modal(lambda dialog: qtbot.keyClick(dialog.filter, Qt.Key.Key_Escape))
    qtbot.keyClick(editor.letter, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert editor.letter.toPlainText() == ""


def test_status_changes_by_keyboard_and_is_dated(qtbot, editor) -> None:
    editor.status.setFocus()
    assert editor.status.currentText() == "Draft"
    assert [editor.status.itemText(i) for i in range(editor.status.count())] == [
        "Draft", "Change to: Ready to send", "Change to: Sent", "Change to: Withdrawn"]
    qtbot.keyClick(editor.status, Qt.Key.Key_Down)
    assert stored(editor).status is drafts.Status.READY
    assert editor.status.currentText() == "Ready to send"
    assert "Ready to send" in editor.history.item(0).text()
    assert announce.announcer().last.text == "Status is now: Ready to send"


def test_follow_up_date_by_keyboard(qtbot, editor) -> None:
    editor.follow_up_check.setFocus()
    qtbot.keyClick(editor.follow_up_check, Qt.Key.Key_Space)
    assert stored(editor).follow_up == editor.follow_up_date.date().toString("yyyy-MM-dd")
    qtbot.keyClick(editor.follow_up_check, Qt.Key.Key_Space)
    assert stored(editor).follow_up is None


def test_requested_accommodation_by_keyboard(qtbot, editor) -> None:
    editor.accommodations.setFocus()
    editor.accommodations.setCurrentRow(0)
    qtbot.keyClick(editor.accommodations, Qt.Key.Key_Space)
    assert stored(editor).accommodations == ("wheelchair_access",)


def test_ctrl_s_keeps_a_revision_and_ctrl_r_restores_it(qtbot, editor) -> None:
    qtbot.keyClicks(editor.letter, "first version")
    qtbot.keyClick(editor.letter, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.saved_label.text() == "Saved, and kept as a revision"
    editor.letter.selectAll()
    qtbot.keyClicks(editor.letter, "second")
    def restore(dialog) -> None:
        revisions: QListWidget = dialog.list
        assert revisions.count() >= 1 and "first version" in revisions.currentItem().text()
        qtbot.keyClick(revisions, Qt.Key.Key_Return)
    in_modal(restore)
    qtbot.keyClick(editor.letter, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert editor.letter.toPlainText() == "first version"
    assert stored(editor).cover_letter == "first version"
    qtbot.keyClick(editor.letter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.letter.toPlainText() == "second"


def test_every_control_has_an_accessible_name(editor) -> None:
    for widget in (editor.letter, editor.notes, editor.status, editor.history, editor.accommodations,
                   editor.follow_up_date, *editor.answer_fields):
        assert widget.accessibleName(), widget.objectName()
    for button in (editor.template_button, editor.phrase_button, editor.revisions_button, editor.save_button,
                   editor.export_button, editor.close_button):
        assert "&" in button.text(), button.objectName()


def test_closing_saves_what_is_left(qtbot, editor) -> None:
    qtbot.keyClicks(editor.letter, "last words")
    editor.close_button.click()
    assert stored(editor).cover_letter == "last words"


def test_a_full_disk_is_said_in_words_and_typing_goes_on(qtbot, editor) -> None:
    conn = editor.session.require()
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    type_text(qtbot, editor.letter, "长" * 3000)
    editor.autosaver.flush()
    assert "disk is full" in editor.saved_label.text()
    assert editor.saved_label.property("tone") == "error"
    assert editor.autosaver.dirty  # it will try again
    assert QApplication.focusWidget() is editor.letter


def test_session_end_saves_then_never_saves_the_emptied_fields(qtbot, editor) -> None:
    qtbot.keyClicks(editor.letter, "keep this")
    editor.finish_for_session_end(save=True)
    editor.letter.clear()  # what the kiosk's sweep does next
    editor.close_button.click()
    assert stored(editor).cover_letter == "keep this"


def test_a_guests_unsaved_typing_is_dropped_at_session_end(qtbot, editor) -> None:
    qtbot.keyClicks(editor.letter, "guest text")
    editor.finish_for_session_end(save=False)
    editor.close_button.click()
    assert stored(editor).cover_letter == ""
