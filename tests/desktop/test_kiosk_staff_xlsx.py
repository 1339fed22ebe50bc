"""Staff at a kiosk pick an Excel workbook in the import dialog, by keys, and it imports; without openpyxl
the dialog does not offer .xlsx and a workbook is refused in words."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from db.catalogue_export import write_atomically
from db.record import position_from_record
from tests.accessibility.catalogue import records
from tests.desktop.test_kiosk_staff import english, import_and_wait, panel, positions  # noqa: F401 (fixtures)


def pick_in_file_dialog(qtbot, panel, file_name: str) -> list[str]:  # noqa: F811
    """Press the import button by keys, type `file_name` in the file dialog and press Enter; its filters."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen.extend(dialog.nameFilters())
        name_field = dialog.findChild(QLineEdit, "fileNameEdit")
        name_field.setFocus()
        qtbot.keyClicks(name_field, file_name)
        qtbot.keyClick(name_field, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    panel.import_button.setFocus()
    with qtbot.waitSignal(panel._updater.finished, timeout=15000):
        qtbot.keyClick(panel.import_button, Qt.Key.Key_Space)
    return seen


@pytest.fixture
def workbook_on_stick(tmp_path, monkeypatch):
    """Two new positions in an Excel workbook on a 'USB stick' the dialog opens in."""
    stick = tmp_path / "stick"
    stick.mkdir()
    path = stick / "update-2022-12.xlsx"  # keyClicks types ASCII only
    write_atomically(path, "xlsx", [position_from_record(r) for r in records(32)[30:]])
    monkeypatch.setattr("desktop.kiosk.staff_panel.removable_media_roots", lambda: [stick])
    return path


def test_staff_choose_an_excel_workbook_and_it_imports(qtbot, panel, workbook_on_stick) -> None:  # noqa: F811
    before = positions(panel.catalogue)
    filters = pick_in_file_dialog(qtbot, panel, workbook_on_stick.name)
    assert "*.xlsx" in filters[0] and "*.csv" in filters[0]
    assert panel.import_report.toPlainText().startswith("The catalogue was updated: 2 added")
    assert positions(panel.catalogue) == before + 2


def test_without_openpyxl_xlsx_is_not_offered_and_a_workbook_is_refused_in_words(
        qtbot, panel, workbook_on_stick, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    before = positions(panel.catalogue)
    filters = pick_in_file_dialog(qtbot, panel, workbook_on_stick.name)
    assert "*.xlsx" not in filters[0] and "*.csv" in filters[0]
    # Typed by name, the workbook still reaches the importer, which says why it cannot read it.
    report = panel.import_report.toPlainText()
    assert report.startswith("The catalogue was NOT changed:")
    assert "cannot read Excel workbooks" in report and "xlsx_unsupported" not in report
    assert positions(panel.catalogue) == before
