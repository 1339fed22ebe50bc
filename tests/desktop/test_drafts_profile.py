"""The profile editor by keyboard, JSON Resume import/export, and what is printed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db import applicants, json_resume
from desktop.drafts.profile_editor import ProfileEditor
from desktop.drafts.session import UserdataSession
from tests.desktop.drafts_helpers import type_text


@pytest.fixture()
def editor(qtbot, tmp_path: Path):
    session = UserdataSession(tmp_path)
    widget = ProfileEditor(session, language="zh_CN")
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    session.close()


def test_typing_and_saving_by_keyboard(qtbot, editor) -> None:
    assert editor.focusWidget() is editor.fields["name"]
    type_text(qtbot, editor.fields["name"], "周明")
    qtbot.keyClicks(editor.fields["email"], "zhou@example.cn")
    editor.disability.setFocus()
    qtbot.keyClick(editor.disability, Qt.Key.Key_Down)  # Not stated -> 视力残疾
    editor.needs.setFocus()
    editor.needs.setCurrentRow(2)
    qtbot.keyClick(editor.needs, Qt.Key.Key_Space)
    qtbot.keyClick(editor.share["disability"], Qt.Key.Key_Space)
    work = editor.sections["work"]
    qtbot.keyClick(work.add_button, Qt.Key.Key_Space)
    type_text(qtbot, work.editors["position"], "客服")
    qtbot.keyClicks(work.editors["startDate"], "2022-05")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = applicants.get_profile(editor.session.require(), editor.applicant_id)
    assert stored.name == "周明" and stored.resume["basics"]["email"] == "zhou@example.cn"
    assert stored.disability == "vision" and "disability" in stored.disclosed
    assert stored.accommodations == ("screen_reader_tools",)
    assert stored.resume["work"] == [{"position": "客服", "startDate": "2022-05"}]


def test_a_date_json_resume_refuses_is_reported_and_nothing_is_saved(qtbot, editor) -> None:
    work = editor.sections["work"]
    work.add_entry()
    qtbot.keyClicks(work.editors["startDate"], "May 2022")
    assert not editor.save()
    assert editor.message.text() == "Write dates as year and month, for example 2022-05 (or just the year, 2022)."
    assert editor.focusWidget() is work.editors["startDate"] and work.editors["startDate"].text() == "May 2022"
    assert applicants.get_profile(editor.session.require(), editor.applicant_id).resume == {}


def test_json_resume_export_then_import(qtbot, tmp_path: Path, editor) -> None:
    profile = applicants.Profile(resume={"basics": {"name": "Ana"}, "interests": [{"name": "music"}]},
                                 disability="hearing", interview_channels=("text",))
    applicants.save_profile(editor.session.require(), editor.applicant_id, profile, now=json_resume_now())
    editor.profile = applicants.get_profile(editor.session.require(), editor.applicant_id)
    path = tmp_path / "resume.json"
    assert editor.export_resume(path)
    json_resume.validate_resume(json.loads(path.read_text(encoding="utf-8")))
    applicants.save_profile(editor.session.require(), editor.applicant_id, applicants.Profile(), now=json_resume_now())
    assert editor.import_resume(path)
    assert applicants.get_profile(editor.session.require(), editor.applicant_id) == applicants.Profile()  # not yet
    assert editor.fields["name"].text() == "Ana" and editor.disability.currentData() == "hearing"
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert applicants.get_profile(editor.session.require(), editor.applicant_id) == profile.normalised()


def test_import_fills_the_fields_only_and_cancel_keeps_the_stored_profile(qtbot, tmp_path: Path, editor) -> None:
    conn = editor.session.require()
    mine = applicants.Profile(resume={"basics": {"name": "周明", "phone": "139 0000 1111"}, "work": [{"position": "客服"}]},
                              disclosed=("email",))
    applicants.save_profile(conn, editor.applicant_id, mine, now=json_resume_now())
    stored = applicants.get_profile(conn, editor.applicant_id)
    path = tmp_path / "other.json"
    json_resume.write_resume(applicants.Profile(resume={"basics": {"name": "Wrong Person"}}, disclosed=("phone", "work")), path)
    assert editor.import_resume(path)
    assert editor.message.text().startswith("Imported Wrong Person into the fields. Check them, then press Save")
    assert editor.fields["name"].text() == "Wrong Person" and editor.fields["phone"].text() == ""
    assert editor.sections["work"].entries() == [] and editor.share["phone"].isChecked()
    assert editor.focusWidget() is editor.fields["name"]
    assert applicants.get_profile(conn, editor.applicant_id) == stored
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert applicants.get_profile(conn, editor.applicant_id) == stored


def test_an_invalid_resume_file_is_explained_in_words_and_nothing_changes(tmp_path: Path, editor) -> None:
    before = applicants.get_profile(editor.session.require(), editor.applicant_id)
    bad = tmp_path / "bad.json"
    bad.write_text('{"basics": {"name": 3}}', encoding="utf-8")
    assert not editor.import_resume(bad)
    assert editor.message.text().startswith(f"{bad} was not imported. This value cannot be used for ")
    assert editor.message.text().endswith(" Nothing was changed.")
    garbage = tmp_path / "notes.json"
    garbage.write_text("[" * 100_000, encoding="utf-8")
    assert not editor.import_resume(garbage)
    assert editor.message.text() == f"{garbage} is not a JSON Resume file (it cannot be read as JSON). Nothing was changed."
    assert not editor.import_resume(tmp_path / "gone.json")
    assert editor.message.text().startswith(f"{tmp_path / 'gone.json'} could not be read.")
    assert applicants.get_profile(editor.session.require(), editor.applicant_id) == before


def json_resume_now():
    from db.userdata_schema import utc_now

    return utc_now()


def test_export_into_a_read_only_folder_says_so_and_the_editor_stays_open(tmp_path: Path, editor) -> None:
    from desktop import announce
    from tests.desktop.drafts_helpers import read_only_folder

    with read_only_folder(tmp_path) as folder:
        if folder is None:
            pytest.skip("cannot make a read-only folder here")
        assert not editor.export_resume(folder / "resume.json")
        text = editor.message.text()
    assert text == f"Nothing was saved to {folder / 'resume.json'}: this folder cannot be written. Choose another folder, for example your home folder."
    assert announce.announcer().last.text == text and editor.isVisible()
    assert editor.export_resume(tmp_path / "resume.json") and (tmp_path / "resume.json").exists()
