"""Writing a file so that it is either the old one or the whole new one, never half of one."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


@contextmanager
def replacing(path: str | Path) -> Iterator[BinaryIO]:
    """A binary stream to a temporary file beside `path`, flushed to disk and renamed over `path` on success.

    A full disk, a read-only folder or a pulled USB stick raises OSError and
    leaves `path` as it was (old file or none), with no temporary file behind.
    """
    target = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        # mkstemp makes the file private (0600); an export is meant to be opened by other programs.
        os.chmod(temp_name, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        with os.fdopen(handle, "wb", buffering=1 << 20) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
