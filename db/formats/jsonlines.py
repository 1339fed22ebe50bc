"""JSON Lines catalogue files: one JSON object per line, keyed by Position field names.

A line may also hold a schema.org JobPosting object (it has "@type"), so a
feed of JobPostings one per line imports as well. Lines are read with a
length cap: a broken file with one enormous line is reported as that line,
not read into memory whole.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from db.errors import InvalidRecord
from db.formats import open_binary
from db.formats import jsonld
from db.position import Position
from db.record import record_from_position

WHERE_KIND = "line"
MAX_LINE_BYTES = 1 << 20  # well above the longest valid record (20,000-character description)
_CHUNK = 1 << 16


def _skip_rest_of_line(binary: IO[bytes]) -> None:
    while chunk := binary.readline(_CHUNK):
        if chunk.endswith(b"\n"):
            return


def parse_line(raw: bytes) -> dict[str, Any] | InvalidRecord:
    """The flat record on one line, or the InvalidRecord saying why there is none."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return InvalidRecord("", "encoding", raw[:50].decode("utf-8", "replace"))
    try:
        value = json.loads(text)
    except RecursionError:
        return InvalidRecord("", "too_deep", text[:50])
    except ValueError:
        return InvalidRecord("", "bad_json", text[:50])
    if not isinstance(value, dict):
        return InvalidRecord("", "wrong_type", text[:50])
    if "@type" in value:
        try:
            return jsonld.record_from_job_posting(value, {})
        except InvalidRecord as problem:
            return problem
    return value


def read(path: str | Path) -> Iterator[tuple[int, dict[str, Any] | InvalidRecord]]:
    """(line, record) for each non-blank line of the JSON Lines file at `path` (see db.formats)."""
    with open_binary(path) as binary:
        line = 0
        while raw := binary.readline(MAX_LINE_BYTES + 1):
            line += 1
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                _skip_rest_of_line(binary)
                yield line, InvalidRecord("", "too_long", raw[:50].decode("utf-8", "replace"))
                continue
            if line == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            yield line, parse_line(raw)


def write(stream: IO[bytes], positions: Iterable[Position]) -> int:
    """Write `positions` one JSON object per line (UTF-8, Chinese unescaped); returns the count."""
    count = 0
    buffer: list[str] = []
    for position in positions:
        buffer.append(json.dumps(record_from_position(position), ensure_ascii=False))
        count += 1
        if len(buffer) >= 1000:
            stream.write(("\n".join(buffer) + "\n").encode("utf-8"))
            buffer.clear()
    if buffer:
        stream.write(("\n".join(buffer) + "\n").encode("utf-8"))
    return count
