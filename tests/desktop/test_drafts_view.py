"""My applications: every draft with status, position, employer, last change and follow-up; overdue in words."""
from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from db import drafts
from db.userdata_schema import utc_now
from desktop.drafts.draft_editor import DraftEditor
from desktop.drafts.drafts_view import DraftsModel, DraftsView
from tests.desktop.drafts_helpers import in_modal, session_with_draft

TODAY = date(2026, 3, 10)


@pytest.fixture()
def english(qapp):
    """The English translation installed (it holds the plural forms)."""
    from PySide6.QtCore import QLocale

    from desktop.i18n import LanguageManager

    languages = LanguageManager(qapp)
    languages.install("en")
    yield languages
    languages.uninstall()
    QLocale.setDefault(QLocale("en"))


@pytest.fixture()
def view(qtbot, tmp_path: Path, english):
    session, first = session_with_draft(tmp_path)
    conn, applicant = session.require(), session.current_applicant()
    drafts.set_follow_up(conn, first.id, (TODAY - timedelta(days=2)).isoformat(), now=utc_now())
    second = drafts.open_draft(conn, applicant, drafts.PositionSnapshot("pos-8", "数据标注员", "某科技"), now=utc_now())
    drafts.change_status(conn, second.id, "submitted", now=utc_now())
    drafts.set_follow_up(conn, second.id, (TODAY + timedelta(days=3)).isoformat(), now=utc_now())
    third = drafts.open_draft(conn, applicant, drafts.PositionSnapshot("pos-9", "包装工", "某工厂"), now=utc_now())
    drafts.change_status(conn, third.id, "withdrawn", now=utc_now())
    drafts.set_follow_up(conn, third.id, (TODAY - timedelta(days=5)).isoformat(), now=utc_now())
    widget = DraftsView(session, today=TODAY, overdue_color=QColor("#9A2800"))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    session.close()


def cell(view: DraftsView, row: int, column: str, role=Qt.ItemDataRole.DisplayRole):
    return view.model.index(row, DraftsModel.COLUMNS.index(column)).data(role)


def test_lists_every_draft_newest_change_first(view) -> None:
    assert view.model.rowCount() == 3
    assert [cell(view, r, "position") for r in range(3)] == ["包装工", "数据标注员", "网店客服"]
    assert cell(view, 1, "status") == "Sent"
    assert cell(view, 1, "employer") == "某科技"


def test_overdue_follow_up_says_so_in_words_and_stands_out(view) -> None:
    row = [cell(view, r, "position") for r in range(3)].index("网店客服")
    assert cell(view, row, "follow_up") == "2026-03-08 — overdue"
    assert cell(view, row, "follow_up", Qt.ItemDataRole.AccessibleTextRole) == "2026-03-08 — overdue"
    assert cell(view, row, "follow_up", Qt.ItemDataRole.ForegroundRole) == QColor("#9A2800")
    summary = cell(view, row, "position", Qt.ItemDataRole.AccessibleTextRole)
    assert summary.startswith("网店客服, 杭州好物电商, Draft, ") and summary.endswith("2026-03-08 — overdue")
    assert cell(view, row, "follow_up", Qt.ItemDataRole.FontRole).bold()
    assert view.summary.text() == "3 applications shown; 1 follow-up overdue"  # plural forms from zhumeng_en.ts


def test_closed_applications_are_not_overdue(view) -> None:
    row = [cell(view, r, "position") for r in range(3)].index("包装工")
    assert cell(view, row, "follow_up") == "2026-03-05"
    assert cell(view, row, "follow_up", Qt.ItemDataRole.ForegroundRole) is None


def test_filter_by_status_with_the_keyboard(qtbot, view) -> None:
    view.show_box.setFocus()
    qtbot.keyClick(view.show_box, Qt.Key.Key_Down)  # All -> Draft
    assert view.show_box.currentText() == "Draft"
    assert [cell(view, r, "position") for r in range(view.model.rowCount())] == ["网店客服"]
    qtbot.keyClick(view.show_box, Qt.Key.Key_Down)
    qtbot.keyClick(view.show_box, Qt.Key.Key_Down)  # Sent
    assert [cell(view, r, "position") for r in range(view.model.rowCount())] == ["数据标注员"]


def test_enter_opens_the_draft_and_the_list_follows_changes(qtbot, view) -> None:
    view.table.setFocus()
    view.table.selectRow(2)
    def edit(dialog) -> None:
        assert isinstance(dialog, DraftEditor) and dialog.draft.position.title == "网店客服"
        dialog.status.setFocus()
        qtbot.keyClick(dialog.status, Qt.Key.Key_Down)  # -> ready
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    in_modal(edit)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    row = [cell(view, r, "position") for r in range(3)].index("网店客服")
    assert cell(view, row, "status") == "Ready to send"


def test_model_passes_the_model_tester(qtmodeltester, view) -> None:
    qtmodeltester.check(view.model)


def test_activity_log_and_json_exports(tmp_path: Path, view) -> None:
    view.export_activity(tmp_path / "activity.csv")
    with open(tmp_path / "activity.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Date", "Time", "Position"]
    assert {row[6] for row in rows[1:]} == {"Draft", "Sent", "Withdrawn"}
    view.export_json(tmp_path / "drafts.json")
    document = json.loads((tmp_path / "drafts.json").read_text(encoding="utf-8"))
    assert len(document["drafts"]) == 3


def test_controls_are_named(view) -> None:
    for widget in (view.show_box, view.table):
        assert widget.accessibleName()
    assert view.show_label.buddy() is view.show_box and view.table_label.buddy() is view.table


def test_exports_into_a_read_only_folder_say_so_and_the_view_keeps_working(qtbot, tmp_path: Path, view) -> None:
    from desktop import announce
    from tests.desktop.drafts_helpers import read_only_folder

    with read_only_folder(tmp_path) as folder:
        if folder is None:
            pytest.skip("cannot make a read-only folder here")
        target = folder / "activity.csv"

        def choose(dialog) -> None:  # the save dialog, by keys: type the file name, Enter
            qtbot.keyClicks(dialog.focusWidget(), str(target))
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        in_modal(choose)
        view.csv_button.setFocus()
        qtbot.keyClick(view.csv_button, Qt.Key.Key_Space)
        said = announce.announcer().last
        assert said.priority == "assertive"
        assert said.text == view.summary.text() == (
            f"Nothing was saved to {target}: this folder cannot be written. Choose another folder, for example your home folder.")
        assert not target.exists()
        view.export_json(folder / "drafts.json")
        assert "this folder cannot be written" in view.summary.text()
    view.export_json(tmp_path / "drafts.json")  # still works
    assert view.summary.text() == "3 drafts saved" and (tmp_path / "drafts.json").exists()


def test_export_to_a_removed_drive_or_without_user_data_says_so(tmp_path: Path, view) -> None:
    gone = tmp_path / "usb-stick" / "activity.csv"
    view.export_activity(gone)
    assert view.summary.text().startswith(f"Nothing was saved to {gone}: the folder or drive is not there")
    view.session.close()
    view.export_json(tmp_path / "drafts.json")
    assert view.summary.text() == "Your drafts could not be read or saved."
    assert not (tmp_path / "drafts.json").exists()


def test_delete_asks_first_keeps_by_default_and_deletes_when_confirmed(qtbot, view) -> None:
    from desktop import announce

    conn = view.session.require()
    row = [cell(view, r, "position") for r in range(3)].index("数据标注员")
    view.table.setFocus()
    view.table.selectRow(row)
    asked: list[str] = []

    def keep(box) -> None:  # Enter on the default button keeps the application
        asked.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)
    in_modal(keep)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked and asked[0].startswith("Delete your application for “数据标注员” at 某科技?")
    assert view.model.rowCount() == 3 and announce.announcer().last.text == "Nothing was deleted."
    in_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(drafts.list_drafts(conn, view.session.current_applicant())) == 3

    def confirm(box) -> None:  # Alt+D: "Delete for good"
        qtbot.keyClick(box, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    in_modal(confirm)
    view.delete_button.setFocus()
    qtbot.keyClick(view.delete_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert [cell(view, r, "position") for r in range(2)] == ["包装工", "网店客服"]
    assert view.summary.text() == announce.announcer().last.text == "The application for “数据标注员” was deleted."
    assert {d.title for d in drafts.list_drafts(conn, view.session.current_applicant())} == {"包装工", "网店客服"}
