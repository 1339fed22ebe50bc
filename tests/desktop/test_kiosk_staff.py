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
def english(qapp):
    """The app's English translator (it carries the English plural forms), as LanguageController installs it."""
    from desktop.i18n import LanguageManager

    languages = LanguageManager(qapp)
    assert languages.install("en")
    yield
    languages.uninstall()


@pytest.fixture
def panel(qtbot, tmp_path, english):
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
    assert report.startswith("The catalogue was NOT changed: 1 record has problems.")
    assert "line 2, openings: not a number (many)" in report
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


def test_every_import_reason_and_field_has_words_in_both_languages(qapp) -> None:
    from db.errors import REASON_CODES
    from db.position import FIELD_NAMES
    from desktop.i18n import LanguageManager
    from desktop.kiosk.import_words import field_text, reason_text
    from tests.db.test_reason_codes import reason_codes_used

    codes = set(REASON_CODES) | set(reason_codes_used())
    fields = (*FIELD_NAMES, "baseSalary", "@type")
    languages = LanguageManager(qapp)
    try:
        for language in ("en", "zh_CN"):
            assert languages.install(language)
            reasons = {code: reason_text(code) for code in codes}
            names = {field: field_text(field) for field in fields}
            general = reason_text("a_code_nobody_declared")
            for code, text in reasons.items():
                assert text and text != general and (code not in text or "_" not in code), (language, code, text)
            for field, text in names.items():
                assert text and (field not in text or " " not in field and field.isalpha()), (language, field)
            if language == "zh_CN":
                cjk = [value for value in [*reasons.values(), *names.values()]
                       if not any("\u4e00" <= ch <= "\u9fff" for ch in value)]
                assert cjk == []  # every sentence and field name really is Chinese
                assert "UTF-8" in reasons["encoding"] and "GB18030" in reasons["encoding"]
        assert "not UTF-8" not in reason_text("encoding")
    finally:
        languages.uninstall()


def test_the_report_names_new_problems_in_words_and_counts_with_plurals(qtbot, panel, tmp_path) -> None:
    rows = records(34)[30:]
    rows[2]["external_id"] = rows[1]["external_id"]  # the same position twice
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    lines[0] = "[" * 2000 + "]" * 2000  # nested too deeply
    (tmp_path / "two.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_and_wait(qtbot, panel, tmp_path / "two.jsonl")
    assert report.startswith("The catalogue was NOT changed: 2 records have problems.")
    assert "line 1: the data is nested too deeply" in report
    assert "line 3, position number: the same position number appears twice in the file" in report
    assert "too_deep" not in report and "duplicate" not in report and "external_id" not in report


def test_a_failure_shows_no_class_name(qtbot, panel, tmp_path) -> None:
    from desktop.kiosk.catalogue_update import describe_failure
    from db.errors import CatalogueUnavailable

    text = describe_failure(CatalogueUnavailable("/data/catalogue.sqlite", "database disk image is malformed"))
    assert "CatalogueUnavailable" not in text and "cannot be opened" in text
    assert "the disk is full" in describe_failure(OSError(28, "No space left on device"))


def test_staff_set_the_long_press_time_for_single_switch_users(qtbot, panel) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    combo = panel.findChild(QComboBox, "staff_scan_long_press_ms")
    assert combo.accessibleName() == "Hold the next switch this long to select (milliseconds)"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)
    assert panel._settings.value("scan_long_press_ms") == 3000
    assert combo.currentText() == "3 seconds"
