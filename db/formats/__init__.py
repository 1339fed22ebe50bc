"""Catalogue file formats: CSV, JSON Lines, schema.org JobPosting JSON-LD and Excel .xlsx.

Each format module offers
    read(path) -> Iterator[tuple[int, dict | InvalidRecord]]
        (where, flat record) per record, in file order; `where` is a 1-based
        line (CSV, JSON Lines, the sheet row of .xlsx) or a 0-based index (JSON-LD), as WHERE_KIND
        says. A record that cannot even be parsed comes as an InvalidRecord.
        A file that cannot be read at all raises UnreadableFile.
    write(stream, positions) -> int
        writes positions to a binary stream and returns how many.
Flat records are validated by db.record, so every format accepts the same
values and round-trips the same way. .xlsx needs the optional openpyxl
package (extra "xlsx"); without it it is still a known format, and reading or
writing it raises UnreadableFile("xlsx_unsupported").
"""
from __future__ import annotations

from pathlib import Path
from types import ModuleType
from typing import BinaryIO

from db.errors import UnreadableFile

FORMATS = ("csv", "jsonl", "jsonld", "xlsx")

_SUFFIXES = {
    ".csv": "csv",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl",
    ".json": "jsonld", ".jsonld": "jsonld",
    ".xlsx": "xlsx",
}


def module(format_name: str) -> ModuleType:
    """The module that reads and writes `format_name` (one of FORMATS)."""
    from db.formats import csvfile, jsonld, jsonlines, xlsx

    modules = {"csv": csvfile, "jsonl": jsonlines, "jsonld": jsonld, "xlsx": xlsx}
    try:
        return modules[format_name]
    except KeyError:
        raise UnreadableFile("", "unknown_format") from None


def detect(path: str | Path) -> str:
    """The format of `path`, from its suffix (.csv, .jsonl/.ndjson, .json/.jsonld, .xlsx); UnreadableFile otherwise."""
    suffix = Path(path).suffix.casefold()
    if suffix not in _SUFFIXES:
        raise UnreadableFile(str(path), "unknown_format")
    return _SUFFIXES[suffix]


def readable_suffixes() -> tuple[str, ...]:
    """The file suffixes this installation can import (.xlsx only when openpyxl is installed), for file pickers."""
    from db.formats import xlsx

    return tuple(suffix for suffix, name in _SUFFIXES.items() if name != "xlsx" or xlsx.available())


def open_binary(path: str | Path) -> BinaryIO:
    """`path` opened for buffered binary reading; UnreadableFile("cannot_open") if it cannot be."""
    try:
        return open(path, "rb")
    except OSError as error:
        raise UnreadableFile(str(path), "cannot_open") from error
