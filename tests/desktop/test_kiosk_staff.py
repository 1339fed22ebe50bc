"""Staff import a catalogue at the kiosk: the report is shown and spoken, and a failed import keeps the old catalogue."""
from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QPushButton

from db.catalogue_schema import open_catalogue
from desktop.kiosk.staff_panel import StaffPanel
from desktop.kiosk.usage import UsageLog
from desktop.settings import Settings
from tests.accessibility.catalogue import build_catalogue, records


@pytest.fixture
def panel(qtbot, tmp_path):
    catalogue = build_catalogue(tmp_path, 30)
    spoken: list[str] = []
    staff = StaffPanel(Settings(tmp_path, kiosk=True), UsageLog(tmp_path), catalogue, speak=spoken.append)
    staff.spoken = spoken
    staff.catalogue = catalogue
    qtbot.addWidget(staff)
    staff.show()
    return staff


def positions(path) -> int:
    conn = open_catalogue(path, read_only=True)
    try:
        return conn.execute("SELECT count(*) FROM positions").fetchone()[0]
    finally:
        conn.close()


def write_jsonl(path, rows) -> None:
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")


def import_and_wait(qtbot, panel, path) -> str:
    with qtbot.waitSignal(panel._updater.finished, timeout=10000):
        panel.import_paths([path])
    return panel.import_report.toPlainText()


def test_a_good_file_updates_the_catalogue_and_the_report_is_spoken(qtbot, panel, tmp_path) -> None:
    before = positions(panel.catalogue)
    new = records(32)[30:]  # two positions the catalogue does not have yet
    stick = tmp_path / "stick"
    stick.mkdir()
    write_jsonl(stick / "update.jsonl", new)
    updated: list[bool] = []
    panel.catalogue_updated.connect(lambda: updated.append(True))
    report = import_and_wait(qtbot, panel, stick / "update.jsonl")
    assert report.startswith("The catalogue was updated: 2 added")
    assert positions(panel.catalogue) == before + 2
    assert panel.spoken[-1] == report.splitlines()[0]
    assert updated == [True]


def test_a_file_with_a_bad_record_keeps_the_old_catalogue(qtbot, panel, tmp_path) -> None:
    before = positions(panel.catalogue)
    rows = records(33)[30:]
    rows[1]["openings"] = "many"
    write_jsonl(tmp_path / "bad.jsonl", rows)
    report = import_and_wait(qtbot, panel, tmp_path / "bad.jsonl")
    assert report.startswith("The catalogue was NOT changed: 1 records have problems")
    assert "line 2, field openings" in report
    assert positions(panel.catalogue) == before
    assert "NOT changed" in panel.spoken[-1]
    assert panel.import_button.isEnabled()


def test_an_unreadable_file_is_reported_in_words(qtbot, panel, tmp_path) -> None:
    before = positions(panel.catalogue)
    (tmp_path / "broken.jsonl").write_bytes(b"\xff\xfe not text")
    report = import_and_wait(qtbot, panel, tmp_path / "broken.jsonl")
    assert report.startswith("The catalogue was NOT changed:")
    assert positions(panel.catalogue) == before


def test_staff_panel_controls_are_named(panel) -> None:
    for button in panel.findChildren(QPushButton):
        assert button.text() or button.accessibleName()
    assert panel.import_report.accessibleName() == "Import report"
