"""A daily count of kiosk use (sessions, searches, drafts) with no personal data.

Only numbers per day are kept: no names, no search words, no positions, no
times of day. Staff read them in the staff panel. The file is small JSON in
the data directory, rewritten atomically so a power cut never leaves half a
file.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

USAGE_FILE = "kiosk-usage.json"
KINDS = ("sessions", "searches", "drafts")
KEEP_DAYS = 400  # a year and a bit for the centre's annual report; older days are dropped


def _count(raw: object) -> int:
    return raw if isinstance(raw, int) and not isinstance(raw, bool) and raw >= 0 else 0


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


class UsageLog:
    """Per-day counters in `data_dir`/kiosk-usage.json."""

    def __init__(self, data_dir: Path, *, today: Callable[[], date] = date.today) -> None:
        self.path = Path(data_dir) / USAGE_FILE
        self._today = today

    def _read(self) -> dict[str, dict[str, int]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # a missing or damaged counts file must never stop the kiosk
        if not isinstance(data, dict):
            return {}
        # Field by field: a bad day or count is left out, never raised (the file may be hand-edited).
        return {day: {kind: _count(counts.get(kind, 0)) for kind in KINDS}
                for day, counts in data.items() if isinstance(counts, dict) and _is_day(day)}

    def count(self, kind: str) -> None:
        """Add one to today's `kind` ("sessions", "searches" or "drafts")."""
        if kind not in KINDS:
            raise ValueError(f"unknown usage kind {kind!r}")
        data = self._read()
        day = self._today().isoformat()
        counts = data.setdefault(day, dict.fromkeys(KINDS, 0))
        counts[kind] = counts.get(kind, 0) + 1
        for old in sorted(data)[:-KEEP_DAYS]:
            del data[old]
        tmp = self.path.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps(data, sort_keys=True, indent=1), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass  # counting is a nicety; a full disk must not end a person's session

    def day(self, day: date) -> dict[str, int]:
        """The counts of one day (zeros when nothing happened)."""
        return self._read().get(day.isoformat(), dict.fromkeys(KINDS, 0))

    def recent(self, days: int = 7) -> list[tuple[str, dict[str, int]]]:
        """The last `days` days that have counts, newest first."""
        data = self._read()
        return [(day, data[day]) for day in sorted(data, reverse=True)[:days]]
