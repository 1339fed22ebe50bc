"""Excel .xlsx workbooks import like the same list saved as CSV, and export -> import is exact."""
from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from db.catalogue_export import iter_positions, write_atomically
from db.catalogue_import import import_files
from db.catalogue_schema import open_catalogue
from db.formats import xlsx
from db.position import Position
from tests.db.test_import_malformed import catalogue, import_expecting_rejects  # noqa: F401 (fixture)
from tests.db.xlsx_helpers import CHINESE_DATE_STYLE, DATE_STYLE, Formula, Number, write_excel_workbook

HEADER = ["编号", "职位名称", "用人单位", "岗位类别", "省份", "城市", "区县", "工作方式", "招聘人数", "最低工资", "最高工资",
          "包吃", "适合残疾类别", "发布日期", "截止日期"]
CSV_TEXT = ("编号,职位名称,用人单位,岗位类别,省份,城市,区县,工作方式,招聘人数,最低工资,最高工资,包吃,适合残疾类别,发布日期,截止日期\r\n"
            "1001,网店客服,鲁王钓具官方店铺,客服,山东省,淄博市,,居家办公,4,3000,4500,是,听力残疾|肢体残疾,2022-12-01,2023-01-31\r\n")


def excel_day(day: dt.date) -> str:
    """The number Excel stores for a date (days since 1899-12-30)."""
    return str((day - dt.date(1899, 12, 30)).days)


def positions_of(path: Path, tmp_path: Path, name: str) -> list[Position]:
    conn = open_catalogue(tmp_path / f"{name}.sqlite")
    try:
        report = import_files(conn, [path])
        assert (report.applied, report.rejected) == (True, ())
        return [dataclasses.replace(p, id=None) for p in iter_positions(conn)]
    finally:
        conn.close()


def test_a_workbook_as_chinese_excel_saves_it_imports_like_the_same_csv(tmp_path) -> None:
    # Numbers stored as decimals (the id too), a formula with its last value, a formula never computed
    # (district), a boolean, dates in the standard and the Chinese 年月日 built-in formats.
    workbook = write_excel_workbook(tmp_path / "岗位.xlsx", {
        1: HEADER,
        2: [Number("1001.0"), "网店客服", "鲁王钓具官方店铺", "客服", "山东省", "淄博市", Formula("\"博\"&\"山区\"", None),
            "居家办公", Number("4"), Number("3000.0"), Formula("J2+1500", "4500"), True, "听力残疾|肢体残疾",
            Number(excel_day(dt.date(2022, 12, 1)), DATE_STYLE),
            Number(excel_day(dt.date(2023, 1, 31)), CHINESE_DATE_STYLE)],
    }, second_sheet={1: ["说明"], 2: ["此表不是职位"]})
    csv_file = tmp_path / "岗位.csv"
    csv_file.write_bytes(CSV_TEXT.encode("gb18030"))
    from_excel = positions_of(workbook, tmp_path, "excel")
    assert from_excel == positions_of(csv_file, tmp_path, "csv")
    position = from_excel[0]
    assert (position.external_id, position.openings, position.salary_min, position.salary_max) == ("1001", 4, 3000, 4500)
    assert (position.date_posted, position.valid_through, position.meals) == ("2022-12-01", "2023-01-31", True)
    assert position.district == ""


def test_rows_are_reported_by_their_sheet_row_and_blank_rows_are_skipped(catalogue, tmp_path) -> None:  # noqa: F811
    good = ["a", "网店客服", "鲁王钓具官方店铺", "客服"]
    workbook = write_excel_workbook(tmp_path / "rows.xlsx", {
        1: ["external_id", "title", "employer", "category", "salary_min", None, None],  # formatted empty headers
        2: good,
        3: ["", "", ""],  # a row of empty cells, as Excel leaves after deleting contents
        # row 4 is missing from the file
        5: ["b", "主播", "店铺", "主播", Number("3000.5")],
        6: ["c", "主播", "店铺", "编程"],
        7: ["d", "主播", "店铺", "主播", Number("1"), None, None, "beyond the header"],
    })
    assert import_expecting_rejects(catalogue, workbook) == [
        (5, "salary_min", "not_a_number"), (6, "category", "unknown_value"), (7, "", "column_count")]


def test_a_sheet_claiming_every_row_and_column_reads_only_its_cells(catalogue, tmp_path) -> None:  # noqa: F811
    workbook = write_excel_workbook(tmp_path / "huge.xlsx", {
        1: ["external_id", "title", "employer", "category"],
        2: ["far-1", "网店客服", "鲁王钓具官方店铺", "客服"],
        1_048_576: ["far-2", "主播", "店铺", "主播"],
    }, dimension="A1:XFD1048576")
    rows = [(where, record["external_id"]) for where, record in xlsx.read(workbook)]
    assert rows == [(2, "far-1"), (1_048_576, "far-2")]


def test_a_workbook_with_only_a_header_imports_nothing(catalogue, tmp_path) -> None:  # noqa: F811
    workbook = write_excel_workbook(tmp_path / "empty.xlsx", {1: HEADER})
    report = import_files(catalogue, [workbook])
    assert (report.applied, report.added, report.rejected) == (True, 0, ())


def test_export_writes_text_cells_that_import_back_exactly(tmp_path) -> None:
    # Text Excel would otherwise take for a formula, a number or an escape, and a Windows line end.
    tricky = Position(external_id="007", title="=SUM(A1)", employer="_x000D_ 店铺 _x005F_", category="customer_service",
                      district="3000.0", openings=3, salary_min=3000, salary_max=4500, date_posted="2022-12-01",
                      description="第一行\r\n第二行\n\t缩进", questions=("=1+1?", "能否_x0041_居家？"))
    path = tmp_path / "tricky.xlsx"
    assert write_atomically(path, "xlsx", [tricky]) == 1
    sheet = openpyxl.load_workbook(path).worksheets[0]
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert {cell.data_type for cell in cells} == {"s"}  # every cell is text, none a formula or number
    assert sheet["A2"].value == "007" and sheet["B2"].value == "=SUM(A1)"
    assert positions_of(path, tmp_path, "back") == [tricky]


@pytest.mark.parametrize(("stored", "shown"), [
    ("a_x000D_b", "a\rb"), ("_x005F_x000D_", "_x000D_"), ("plain_x", "plain_x"), ("_x4E2D__x6587_", "中文")])
def test_excel_escapes_in_cell_text_are_decoded(stored: str, shown: str) -> None:
    assert xlsx.unescape(stored) == shown
    assert xlsx.unescape(xlsx.escape(shown)) == shown


@pytest.mark.parametrize(("value", "text"), [
    (3000.0, "3000"), (3000.5, "3000.5"), (7, "7"), (True, "true"), (None, ""),
    (dt.datetime(2022, 12, 1), "2022-12-01"), (dt.datetime(2022, 12, 1, 9, 30), "2022-12-01 09:30:00"),
    (dt.date(2023, 1, 31), "2023-01-31")])
def test_cell_values_become_the_text_excel_shows(value: object, text: str) -> None:
    assert xlsx.cell_text(value) == text
