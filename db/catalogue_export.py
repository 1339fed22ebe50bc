"""Exporting the catalogue to CSV, JSON Lines or JSON-LD, in the formats the importer reads.

Export writes to a temporary file beside the target and renames it into
place, so an interrupted export never leaves a half-written file where a
complete one is expected (another kiosk may be copying it).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterable, Iterator

from db import formats
from db.atomic_file import replacing
from db.position import Position, from_row

BATCH = 2000


def iter_positions(conn: sqlite3.Connection) -> Iterator[Position]:
    """Every position of the catalogue in id order (date order for our catalogues), streamed."""
    cursor = conn.execute("SELECT * FROM positions ORDER BY id")
    cursor.row_factory = sqlite3.Row  # type: ignore[assignment]
    while batch := cursor.fetchmany(BATCH):
        for row in batch:
            yield from_row(row)


def write_atomically(path: str | Path, format_name: str, positions: Iterable[Position]) -> int:
    """Write `positions` to `path` in `format_name` ("csv", "jsonl", "jsonld") via temp file and rename."""
    module = formats.module(format_name)
    with replacing(path) as stream:
        return module.write(stream, positions)


def export_catalogue(conn: sqlite3.Connection, path: str | Path, format_name: str | None = None) -> int:
    """Export every position to `path`; the format comes from `format_name` or the file suffix. Returns the count."""
    return write_atomically(path, format_name or formats.detect(path), iter_positions(conn))
