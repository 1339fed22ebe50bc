"""Excel .xlsx catalogue workbooks, read and written with openpyxl when it is installed.

Community centres receive position lists as Excel workbooks (usually made by
Chinese Excel or WPS). The first worksheet is read like a CSV file (same
header names and cell conventions, db.formats.table): row 1 is the header,
`where` is the sheet row. Cells Excel keeps as numbers or dates are turned
into the text they show (3000.0 -> "3000", a date -> "2024-01-02"), so they
validate like CSV text; formulas give their cached value (what Excel last
showed; a workbook never opened in Excel has none, so the cell is empty).
Export writes every cell as text, so a round trip export -> import is exact.

Without openpyxl, reading or writing raises UnreadableFile("xlsx_unsupported").
A file that is not a workbook raises UnreadableFile: "bad_xlsx" (not a zip,
not a workbook, truncated, damaged XML), "xlsx_encrypted" (saved with a
password: Excel then stores it as an OLE file, not a zip), "xls_legacy" (an
Excel 97-2003 .xls file with the wrong suffix), "too_long" (a part larger
than a real catalogue's, e.g. a zip bomb).
"""
from __future__ import annotations

import datetime as _dt
import importlib.util
import re
import warnings
import zipfile
from pathlib import Path
from types import ModuleType
from typing import IO, Any, BinaryIO, Iterable, Iterator

from db.errors import InvalidRecord, UnreadableFile
from db.formats import open_binary, table
from db.position import Position

WHERE_KIND = "line"
SHEET_TITLE = "positions"

# Parts openpyxl reads whole into memory (shared strings, styles, workbook)
# may not declare more than this uncompressed; the worksheet itself is
# streamed row by row and may be larger. A 600,000-position catalogue from
# Excel has well under 1 GiB of shared strings. zipfile stops reading a part
# at its declared size, so a lying zip cannot get past the check.
WHOLE_PART_LIMIT = 1 << 30
STREAMED_PART_LIMIT = 8 << 30
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted OOXML file is an OLE file holding an "EncryptionInfo" stream;
# its directory sits near the start, so a bounded scan finds the name.
_ENCRYPTION_NAME = "EncryptionInfo".encode("utf-16-le")
_OLE_SCAN_BYTES = 8 << 20

# Built-in number formats of East Asian Excel (zh-CN: 31 is yyyy"年"m"月"d"日",
# 57/58 yyyy"年"m"月" and m"月"d"日"; 32-35, 55, 56 times). Excel does not write
# their codes into the file and openpyxl does not know them, so without this
# a date formatted the Chinese way would read as a day number (45293).
_EAST_ASIAN_DATE_FORMATS = frozenset((*range(27, 37), *range(50, 59)))

# OOXML writes characters XML cannot carry (here: \r, which XML parsers
# turn into \n) as _xHHHH_, and a literal "_xHHHH_" with its "_" as _x005F_.
_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")
_NEEDS_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|\r")


def _openpyxl(path: str) -> ModuleType:
    try:
        import openpyxl
    except ImportError as error:
        raise UnreadableFile(path, "xlsx_unsupported") from error
    # openpyxl warns about workbook features it drops (data validation,
    # conditional formats, default styles); they do not affect the cells read.
    warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
    return openpyxl


def available() -> bool:
    """True when openpyxl is installed, so .xlsx files can be read and written (cheap: nothing is imported)."""
    try:
        return importlib.util.find_spec("openpyxl") is not None
    except (ImportError, ValueError):  # ValueError: blocked in sys.modules, as the tests do
        return False


def unescape(text: str) -> str:
    """Cell text with OOXML _xHHHH_ escapes decoded (as Excel shows it)."""
    return _ESCAPED.sub(lambda match: chr(int(match.group(1), 16)), text) if "_x" in text else text


def escape(text: str) -> str:
    """Cell text with \\r and literal _xHHHH_ escaped as Excel does, so unescape() gives it back."""
    return _NEEDS_ESCAPE.sub(lambda match: "_x000D_" if match.group() == "\r" else "_x005F_", text)


def cell_text(value: Any) -> str:
    """The CSV text of a cell value as openpyxl reads it (numbers, dates, booleans, escaped strings)."""
    if isinstance(value, str):
        return unescape(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel keeps every number as a float: 3000.0 is 3000
    if isinstance(value, _dt.datetime):
        if value.time() == _dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    return table.cell_text(value)


def _refuse_non_zip(binary: BinaryIO, path: str) -> None:
    # Excel saves a workbook with a password (and the old .xls format) as an
    # OLE compound file; say which, instead of "not a workbook".
    head = binary.read(len(_OLE_MAGIC))
    if head == _OLE_MAGIC:
        scanned = head
        while len(scanned) < _OLE_SCAN_BYTES and (chunk := binary.read(1 << 16)):
            scanned = scanned[-len(_ENCRYPTION_NAME):] + chunk
            if _ENCRYPTION_NAME in scanned:
                raise UnreadableFile(path, "xlsx_encrypted")
        raise UnreadableFile(path, "xls_legacy")
    binary.seek(0)


def _check_part_sizes(binary: BinaryIO, path: str) -> None:
    try:
        with zipfile.ZipFile(binary) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
        raise UnreadableFile(path, "bad_xlsx") from error
    for part in parts:
        streamed = part.filename.startswith("xl/worksheets/")
        if part.file_size > (STREAMED_PART_LIMIT if streamed else WHOLE_PART_LIMIT):
            raise UnreadableFile(path, "too_long")
    binary.seek(0)


def _recognise_east_asian_dates(workbook: Any) -> None:
    # openpyxl keeps the indexes of date styles in a private set that the
    # read-only sheet parser consults; absent (another openpyxl), dates in
    # these formats read as numbers and fail validation as bad_date.
    date_styles = getattr(workbook, "_date_formats", None)
    if isinstance(date_styles, set):
        date_styles.update(index for index, style in enumerate(getattr(workbook, "_cell_styles", ()))
                           if getattr(style, "numFmtId", None) in _EAST_ASIAN_DATE_FORMATS)


def _rows(sheet: Any, path: str) -> Iterator[tuple[int, list[str]]]:
    # Sheet rows as text cells, numbered from 1. Rows missing from the file
    # come as empty rows, so the numbers are the rows Excel shows.
    iterator = sheet.iter_rows(values_only=True)
    number = 0
    while True:
        try:
            values = next(iterator)
        except StopIteration:
            return
        except Exception as error:  # openpyxl/zipfile/XML errors of a damaged part have no common base
            raise UnreadableFile(path, "bad_xlsx", number + 1) from error
        number += 1
        cells = [cell_text(value) for value in values]
        while cells and not cells[-1].strip():
            cells.pop()  # Excel stores formatted but empty cells past the last column
        yield number, cells


def _fit_to_header(rows: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    # Excel leaves out empty cells at the end of a row: pad rows to the
    # header's width, so only a row with text beyond the header is miscounted.
    first = next(rows, None)
    if first is None:
        return
    yield first
    width = len(first[1])
    for number, cells in rows:
        yield number, cells + [""] * max(0, width - len(cells))


def read(path: str | Path) -> Iterator[tuple[int, dict[str, Any] | InvalidRecord]]:
    """(sheet row, record) for each row of the first worksheet of the workbook at `path` (see db.formats)."""
    openpyxl = _openpyxl(str(path))
    with open_binary(path) as binary:
        _refuse_non_zip(binary, str(path))
        _check_part_sizes(binary, str(path))
        try:
            workbook = openpyxl.load_workbook(binary, read_only=True, data_only=True)
        except Exception as error:  # any damage inside the zip: missing parts, bad XML, bad values
            raise UnreadableFile(str(path), "bad_xlsx") from error
        try:
            _recognise_east_asian_dates(workbook)
            if not workbook.worksheets:
                return
            sheet = workbook.worksheets[0]
            # A sheet may claim a dimension of A1:XFD1048576; ignore it and
            # size rows by their cells, or every row would be padded to 16,384.
            sheet.reset_dimensions()
            yield from table.records(_fit_to_header(_rows(sheet, str(path))))
        finally:
            workbook.close()


def _text_cell(openpyxl: ModuleType, sheet: Any, text: str) -> Any:
    if not text:
        return None
    text = escape(text)
    if not text.startswith("="):
        return text
    # openpyxl would store "=..." as a formula; keep it text.
    cell = openpyxl.cell.WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"
    return cell


def write(stream: IO[bytes], positions: Iterable[Position]) -> int:
    """Write `positions` as an .xlsx workbook (one sheet, header row, text cells); returns the count."""
    openpyxl = _openpyxl("")
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    sheet.append(list(table.HEADER))
    count = 0
    for position in positions:
        sheet.append([_text_cell(openpyxl, sheet, text) for text in table.position_cells(position)])
        count += 1
    workbook.save(stream)
    return count
