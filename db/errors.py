"""Typed errors of the data layer. They carry data, never user-facing text."""
from __future__ import annotations

from dataclasses import dataclass


class ZhumengDataError(Exception):
    """Base of every error raised by db/."""


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one record: where it is, which field, and why.

    `where` is a 1-based line number (CSV, JSON Lines) or a 0-based index
    (JSON-LD), as `where_kind` says. `reason` is a stable code such as
    ``"required"``, ``"not_a_number"``, ``"unknown_value"``.
    """

    where: int
    where_kind: str  # "line" | "index"
    field: str
    reason: str
    value: str = ""


class InvalidRecord(ZhumengDataError):
    """A record that cannot become a position."""

    def __init__(self, field: str, reason: str, value: object = "") -> None:
        super().__init__(field, reason, value)
        self.field = field
        self.reason = reason
        self.value = "" if value is None else str(value)[:200]


class UnknownFilter(ZhumengDataError):
    """A search filter key or value that the catalogue does not know."""

    def __init__(self, key: str, value: object = "") -> None:
        super().__init__(key, value)
        self.key = key
        self.value = value


class UnreadableFile(ZhumengDataError):
    """A file that cannot be read as the format it claims (encoding, syntax)."""

    def __init__(self, path: str, reason: str, where: int | None = None) -> None:
        super().__init__(path, reason, where)
        self.path = path
        self.reason = reason
        self.where = where


class CatalogueUnavailable(ZhumengDataError):
    """The catalogue database cannot be opened or is damaged."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason


class SearchCancelled(ZhumengDataError):
    """A catalogue query was interrupted (CatalogueSearch.interrupt) before it finished."""


# Every `reason` code db/ gives an InvalidRecord, UnreadableFile or import Rejected, declared once so the
# app can put each into words (tests/db/test_reason_codes.py checks db/ uses no other).
REASON_CODES = ("required", "wrong_type", "not_a_number", "unknown_value", "too_long", "bad_text", "bad_date",
                "date_order", "salary_order", "out_of_range", "cannot_open", "encoding", "bad_json", "unknown_format",
                "too_deep", "column_count", "bad_csv", "unsupported_currency", "not_a_job_posting", "duplicate",
                # Excel .xlsx (db/formats/xlsx.py): no openpyxl installed, not a workbook, saved with a password,
                # an old Excel 97-2003 .xls file.
                "xlsx_unsupported", "bad_xlsx", "xlsx_encrypted", "xls_legacy")
