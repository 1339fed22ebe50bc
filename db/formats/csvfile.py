"""CSV catalogue files: UTF-8 (with or without BOM) or GB18030, one position per row.

Chinese Excel saves "CSV" in the ANSI code page (GBK, which GB18030
extends), Excel's "CSV UTF-8" adds a BOM, and other tools write plain UTF-8.
The encoding is chosen from the first megabyte: strict UTF-8 first (a GBK
file is almost never valid UTF-8), then GB18030. Columns are the Position
field names (or the Chinese headers in db.record.FIELD_ALIASES); multi-valued
cells are separated by "|", questions are a JSON array (db.formats.table).
"""
from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from db.errors import InvalidRecord, UnreadableFile
from db.formats import open_binary, table
from db.position import Position
from db.record import DESCRIPTION_LIMIT

WHERE_KIND = "line"
SNIFF_BYTES = 1 << 20
ENCODINGS = ("utf-8-sig", "gb18030")

# Large enough for the longest valid description, small enough that a broken
# 10 MB cell is reported rather than read into memory whole.
csv.field_size_limit(4 * DESCRIPTION_LIMIT)


def detect_encoding(head: bytes) -> str | None:
    """The first of ENCODINGS that decodes `head` (the file's first bytes) strictly, or None."""
    for encoding in ENCODINGS:
        try:
            # final=False: the sniffed chunk may end inside a character.
            codecs.getincrementaldecoder(encoding)("strict").decode(head, final=False)
        except UnicodeDecodeError:
            continue
        return encoding
    return None


def _numbered_rows(reader: Any, lines_read: list[int]) -> Iterator[tuple[int, list[str]]]:
    # Each row with the line it starts on (a quoted cell may span lines);
    # lines_read[0] is kept up to date so an error can name the line after it.
    for row in reader:
        start, lines_read[0] = lines_read[0] + 1, reader.line_num
        yield start, row


def read(path: str | Path) -> Iterator[tuple[int, dict[str, Any] | InvalidRecord]]:
    """(line, record) for each row of the CSV file at `path` (see db.formats)."""
    with open_binary(path) as binary:
        encoding = detect_encoding(binary.peek(SNIFF_BYTES)[:SNIFF_BYTES])
        if encoding is None:
            raise UnreadableFile(str(path), "encoding", 1)
        text = io.TextIOWrapper(binary, encoding=encoding, errors="strict", newline="")
        lines_read = [0]
        try:
            yield from table.records(_numbered_rows(csv.reader(text), lines_read))
        except UnicodeDecodeError as error:
            raise UnreadableFile(str(path), "encoding", lines_read[0] + 1) from error
        except csv.Error as error:
            reason = "too_long" if "field larger" in str(error) else "bad_csv"
            raise UnreadableFile(str(path), reason, lines_read[0] + 1) from error


def write(stream: IO[bytes], positions: Iterable[Position]) -> int:
    """Write `positions` as UTF-8 CSV with a BOM (so Excel opens it as UTF-8); returns the count."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="", write_through=False)
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(table.HEADER)
    count = 0
    for position in positions:
        writer.writerow(table.position_cells(position))
        count += 1
    text.flush()
    text.detach()
    return count
