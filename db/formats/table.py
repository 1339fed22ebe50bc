"""Spreadsheet-shaped catalogue files (CSV, Excel): the header and cell conventions they share.

Row 1 is the header: Position field names, or the Chinese headers people use
(db.record.FIELD_ALIASES); columns in any order, unknown columns ignored.
Each further row is one position, every cell text: multi-valued fields are
separated by "|", questions are a JSON array, booleans are "true"/"false",
an empty cell means "none" (or the default, see db.record). Rows whose cells
are all blank are skipped. The CSV and .xlsx modules only turn their file
into numbered rows of text cells and back; this module does the rest, so both
accept and write exactly the same values.
"""
from __future__ import annotations

import json
from typing import Any, Iterator, Sequence

from db.errors import InvalidRecord
from db.position import FIELD_NAMES, Position
from db.record import canonical_field, record_from_position

HEADER = FIELD_NAMES

Row = Sequence[str]


def is_blank(row: Row) -> bool:
    """True for a row with no text in any cell (blank lines, Excel's rows of empty cells)."""
    return not any(cell.strip() for cell in row)


def records(rows: Iterator[tuple[int, Row]]) -> Iterator[tuple[int, dict[str, Any] | InvalidRecord]]:
    """(where, flat record) for each data row of numbered text rows whose first row is the header.

    A row with a different number of cells from the header is an
    InvalidRecord("", "column_count"); a blank or missing header means no records.
    """
    first = next(rows, None)
    if first is None:
        return
    header = [canonical_field(name) for name in first[1]]
    if not header:
        return
    for where, row in rows:
        if is_blank(row):
            continue
        if len(row) != len(header):
            yield where, InvalidRecord("", "column_count", len(row))
            continue
        yield where, dict(zip(header, row))


def cell_text(value: Any) -> str:
    """A single-valued field as its cell text (None is an empty cell, booleans true/false)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def position_cells(position: Position) -> list[str]:
    """The cells of `position`'s row, in HEADER order; records() reads them back to the same record."""
    record = record_from_position(position)
    cells = []
    for name in HEADER:
        value = record[name]
        if name == "questions":
            cells.append(json.dumps(value, ensure_ascii=False) if value else "")
        elif isinstance(value, list):
            cells.append("|".join(value))
        else:
            cells.append(cell_text(value))
    return cells
