"""Broken .xlsx workbooks, and a computer without openpyxl: typed errors, never a crash or a partial import."""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

from db import formats
from db.catalogue_export import export_catalogue, write_atomically
from db.catalogue_import import import_files
from db.errors import UnreadableFile
from db.formats import xlsx
from db.generator import GeneratorSpec, generate
from desktop.main import main
from tests.db.test_import_malformed import catalogue, import_expecting_error, snapshot  # noqa: F401 (fixture)
from tests.db.xlsx_helpers import write_excel_workbook

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    """A valid workbook of 3,000 generated positions (its sheet is several compressed megabytes)."""
    path = tmp_path / "exported.xlsx"
    write_atomically(path, "xlsx", generate(GeneratorSpec(positions=3000, employers=50, seed=3)))
    return path


def test_a_file_that_is_not_a_zip_is_not_a_workbook(catalogue, tmp_path) -> None:  # noqa: F811
    path = tmp_path / "list.xlsx"
    path.write_text("编号,职位名称\r\n1,客服\r\n", encoding="utf-8")  # a CSV file with the wrong suffix
    assert import_expecting_error(catalogue, path).reason == "bad_xlsx"


def test_a_zip_that_is_not_a_workbook_is_not_a_workbook(catalogue, tmp_path) -> None:  # noqa: F811
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a spreadsheet")
    assert import_expecting_error(catalogue, path).reason == "bad_xlsx"


def test_a_truncated_workbook_is_not_a_workbook(catalogue, tmp_path, exported) -> None:  # noqa: F811
    path = tmp_path / "cut.xlsx"
    path.write_bytes(exported.read_bytes()[: exported.stat().st_size // 2])  # a copy stopped half-way
    assert import_expecting_error(catalogue, path).reason == "bad_xlsx"


def scratched(workbook: Path, path: Path) -> Path:
    """A copy of `workbook` with 64 bytes zeroed half-way through its sheet's compressed data."""
    with zipfile.ZipFile(workbook) as archive:
        sheet = next(info for info in archive.infolist() if info.filename.startswith("xl/worksheets/"))
    data = bytearray(workbook.read_bytes())
    # The compressed data starts after the 30-byte local header, the name and the extra field.
    header = data[sheet.header_offset:sheet.header_offset + 30]
    start = sheet.header_offset + 30 + int.from_bytes(header[26:28], "little") + int.from_bytes(header[28:30], "little")
    middle = start + sheet.compress_size // 2
    data[middle:middle + 64] = bytes(64)
    path.write_bytes(bytes(data))
    return path


def test_a_workbook_damaged_inside_its_sheet_is_not_a_workbook(catalogue, tmp_path, exported) -> None:  # noqa: F811
    # openpyxl reads a sheet without a <dimension> (ours) once on opening to size it: the damage shows there.
    path = scratched(exported, tmp_path / "damaged.xlsx")
    assert import_expecting_error(catalogue, path).reason == "bad_xlsx"


def test_damage_found_while_rows_are_read_fails_the_whole_import_at_that_row(catalogue, tmp_path) -> None:  # noqa: F811
    rows: dict[int, list[object]] = {1: ["external_id", "title", "employer", "category"]}
    rows.update({n: [f"id-{n}", f"客服{n * 7919 % 10007}", "店铺", "客服"] for n in range(2, 5002)})
    workbook = write_excel_workbook(tmp_path / "excel.xlsx", rows, dimension="A1:D5001")  # as Excel writes it
    error = import_expecting_error(catalogue, scratched(workbook, tmp_path / "damaged.xlsx"))
    assert error.reason == "bad_xlsx" and 2 < error.where < 5001


def test_a_workbook_saved_with_a_password_is_reported_as_encrypted(catalogue, tmp_path) -> None:  # noqa: F811
    # Excel stores a password-protected workbook as an OLE file with an EncryptionInfo stream.
    path = tmp_path / "locked.xlsx"
    path.write_bytes(OLE_MAGIC + bytes(504) + "EncryptionInfo".encode("utf-16-le") + bytes(5000))
    assert import_expecting_error(catalogue, path).reason == "xlsx_encrypted"


def test_an_old_xls_workbook_renamed_xlsx_is_reported_as_legacy(catalogue, tmp_path) -> None:  # noqa: F811
    path = tmp_path / "old.xlsx"
    path.write_bytes(OLE_MAGIC + bytes(504) + "Workbook".encode("utf-16-le") + bytes(5000))
    assert import_expecting_error(catalogue, path).reason == "xls_legacy"


def test_a_part_larger_than_a_catalogue_could_need_is_refused_unread(catalogue, tmp_path, monkeypatch) -> None:  # noqa: F811
    path = write_excel_workbook(tmp_path / "bomb.xlsx", {1: ["external_id"], 2: ["x" * 5000]})
    monkeypatch.setattr(xlsx, "WHOLE_PART_LIMIT", 4096)  # the shared strings now exceed it
    assert import_expecting_error(catalogue, path).reason == "too_long"


def test_an_over_long_cell_is_a_rejected_row_not_a_crash(catalogue, tmp_path) -> None:  # noqa: F811
    path = write_excel_workbook(tmp_path / "long.xlsx", {
        1: ["external_id", "title", "employer", "category", "description"],
        2: ["a", "客服", "店铺", "客服", "长" * 100_000]})
    before = snapshot(catalogue)
    report = import_files(catalogue, [path])
    assert [(r.where, r.field, r.reason) for r in report.rejected] == [(2, "description", "too_long")]
    assert not report.applied and snapshot(catalogue) == before


@pytest.fixture
def without_openpyxl(monkeypatch) -> None:
    """As on a computer where openpyxl is not installed: importing it fails."""
    monkeypatch.setitem(sys.modules, "openpyxl", None)


def test_without_openpyxl_reading_xlsx_is_a_typed_error(catalogue, exported, without_openpyxl) -> None:  # noqa: F811
    assert import_expecting_error(catalogue, exported).reason == "xlsx_unsupported"
    assert not xlsx.available()
    assert ".xlsx" not in formats.readable_suffixes() and ".csv" in formats.readable_suffixes()


def test_without_openpyxl_exporting_xlsx_is_a_typed_error_and_writes_nothing(catalogue, tmp_path,  # noqa: F811
                                                                             without_openpyxl) -> None:
    with pytest.raises(UnreadableFile) as caught:
        export_catalogue(catalogue, tmp_path / "export.xlsx")
    assert caught.value.reason == "xlsx_unsupported"
    assert [p.name for p in tmp_path.iterdir() if "export.xlsx" in p.name] == []  # no file, no temporary file


def test_without_openpyxl_the_command_says_why_and_fails(tmp_path, capsys, exported, without_openpyxl) -> None:
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(exported)]) == 1
    assert "xlsx_unsupported" in capsys.readouterr().err


def test_with_openpyxl_xlsx_is_offered_and_a_real_workbook_reads(exported) -> None:
    assert xlsx.available() and ".xlsx" in formats.readable_suffixes()
    records = list(xlsx.read(exported))
    assert len(records) == 3000 and records[0][0] == 2 and isinstance(records[0][1], dict)
