"""Exporting the catalogue to CSV, JSON Lines or JSON-LD, in the formats the importer reads.

Export writes to a temporary file beside the target and renames it into
place, so an interrupted export never leaves a half-written file where a
complete one is expected (another kiosk may be copying it).
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

from db import formats
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
    target = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        # mkstemp makes the file private (0600); an export is meant to be shared.
        os.chmod(temp_name, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        with os.fdopen(handle, "wb", buffering=1 << 20) as stream:
            count = module.write(stream, positions)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return count


def export_catalogue(conn: sqlite3.Connection, path: str | Path, format_name: str | None = None) -> int:
    """Export every position to `path`; the format comes from `format_name` or the file suffix. Returns the count."""
    return write_atomically(path, format_name or formats.detect(path), iter_positions(conn))
