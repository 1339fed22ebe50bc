"""The kiosk's own configuration in the data directory: on or off, and the staff PIN.

Staff turn a machine into a kiosk either with `zhumeng --kiosk` or by
writing ``{"enabled": true}`` to kiosk.json in the data directory (so the
ordinary desktop launcher starts a kiosk). Everything else a kiosk can be
set to (timeouts, language, theme, text size, speech) is an ordinary
preference in desktop/settings.py, changed from the staff panel.

The staff's defaults for everybody (language, text size, theme, speech,
scanning) are kept here too, written only by the staff panel: settings.ini
holds whatever the last person chose, so after a crash mid-session it must
never become the kiosk's defaults.

The staff PIN is kept only as a db.pin scrypt hash. Wrong PINs are slowed
down: after FREE_TRIES each further try must wait longer (doubling), and the
wait survives a restart, so pulling the plug does not help a guesser.

A kiosk.json that exists but cannot be read (truncated, not JSON, a staff PIN
that is not a hash) is never taken for "no PIN yet" -- that would let the
next passer-by choose the staff PIN: it raises KioskConfigDamaged and the
kiosk stays locked with a message for staff. Single bad values (a count, a
date, a default) are ignored field by field. When the disk is full or read
only, what could not be written is kept in memory, so the right staff PIN
still works.
"""
from __future__ import annotations

import copy
import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from desktop.settings import PREFERENCES

CONFIG_FILE = "kiosk.json"
FREE_TRIES = 3
FIRST_WAIT_S = 5
MAX_WAIT_S = 15 * 60


@dataclass(frozen=True)
class StaffPinWait(Exception):
    """A staff PIN try came too soon after wrong ones; `seconds` to wait."""

    seconds: int


class KioskConfigDamaged(Exception):
    """kiosk.json exists but cannot be read or makes no sense; `path` is the file."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


def _now() -> datetime:
    return datetime.now(timezone.utc)


class KioskConfig:
    """kiosk.json in `data_dir`: whether the kiosk is on, the staff PIN hash, the wrong-PIN count."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / CONFIG_FILE
        self._unsaved: dict[str, Any] | None = None  # newer than the file: it could not be written

    def _read(self) -> dict[str, Any]:
        if self._unsaved is not None:
            return copy.deepcopy(self._unsaved)
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:  # unreadable, truncated, not UTF-8, not JSON
            raise KioskConfigDamaged(str(self.path)) from error
        if not isinstance(data, dict):
            raise KioskConfigDamaged(str(self.path))
        pin_hash = data.get("staff_pin")
        if pin_hash is not None and pin_hash != "" and not (isinstance(pin_hash, str) and pin_hash.count("$") == 5):
            raise KioskConfigDamaged(str(self.path))  # a PIN was set; a mangled hash must not mean "none"
        return data

    @property
    def damaged(self) -> bool:
        """Whether kiosk.json exists but cannot be used (staff must replace or delete it)."""
        try:
            self._read()
        except KioskConfigDamaged:
            return True
        return False

    def _write(self, data: dict[str, Any]) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)
        self._unsaved = None

    def _write_or_keep(self, data: dict[str, Any]) -> None:
        # A full or read-only disk must not lock staff out: keep the state in memory and carry on.
        try:
            self._write(data)
        except OSError:
            self._unsaved = copy.deepcopy(data)

    def staff_defaults(self) -> dict[str, Any]:
        """The values staff chose for everybody, key by key; a bad or unknown value is left out."""
        stored = self._read().get("defaults")
        if not isinstance(stored, dict):
            return {}
        defaults: dict[str, Any] = {}
        for key, raw in stored.items():
            pref = PREFERENCES.get(key)
            if pref is None:
                continue
            try:
                defaults[key] = pref.coerce(raw)
            except (ValueError, TypeError):
                continue  # a hand-edited value: the declared kiosk default applies instead
        return defaults

    def set_staff_default(self, key: str, value: Any) -> None:
        """Staff chose `value` for preference `key` for everybody (raises ValueError if not allowed)."""
        value = PREFERENCES[key].coerce(value)
        data = self._read()
        defaults = data.get("defaults") if isinstance(data.get("defaults"), dict) else {}
        defaults[key] = value
        data["defaults"] = defaults
        self._write_or_keep(data)

    @property
    def enabled(self) -> bool:
        """Whether staff set this machine up as a kiosk."""
        return self._read().get("enabled") is True

    def set_enabled(self, enabled: bool) -> None:
        """Make the next start a kiosk (or not)."""
        data = self._read()
        data["enabled"] = bool(enabled)
        self._write(data)

    @property
    def has_staff_pin(self) -> bool:
        """Whether a staff PIN has been chosen (a new kiosk asks for one first). Raises KioskConfigDamaged."""
        return bool(self._read().get("staff_pin"))

    def set_staff_pin(self, pin: str) -> None:
        """Choose a new staff PIN (4 to 12 digits; raises db's InvalidProfile otherwise)."""
        from db.pin import hash_pin, validate_pin  # see _matches

        validate_pin(pin)
        data = self._read()
        data["staff_pin"] = hash_pin(pin)
        data.pop("failed", None)
        data.pop("wait_until", None)
        self._write(data)

    def check_staff_pin(self, pin: str, *, now: datetime | None = None) -> bool:
        """True for the right PIN. Raises StaffPinWait while a wait after wrong PINs is running."""
        now = now or _now()
        data = self._read()
        until = _wait_until(data.get("wait_until"), now)
        if until is not None and now < until:
            raise StaffPinWait(int((until - now).total_seconds()) + 1)
        if _matches(pin, data.get("staff_pin")):
            if "failed" in data or "wait_until" in data:
                data.pop("failed", None)
                data.pop("wait_until", None)
                self._write_or_keep(data)
            return True
        failed = _count(data.get("failed")) + 1
        data["failed"] = failed
        if failed >= FREE_TRIES:
            wait = min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** min(failed - FREE_TRIES, 20))
            data["wait_until"] = (now + timedelta(seconds=wait)).isoformat()
        self._write_or_keep(data)
        return False


def _count(raw: Any) -> int:
    """A wrong-PIN count from the file; anything but a small non-negative whole number counts as none."""
    return raw if isinstance(raw, int) and not isinstance(raw, bool) and 0 <= raw < 10_000 else 0


def _wait_until(raw: Any, now: datetime) -> datetime | None:
    """The end of a wrong-PIN wait from the file, never more than MAX_WAIT_S away; None if unusable."""
    if not isinstance(raw, str):
        return None
    try:
        until = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if until.tzinfo is None:
        return None
    return min(until, now + timedelta(seconds=MAX_WAIT_S))  # a hand-set far future must not lock staff out


def _matches(pin: str, stored: Any) -> bool:
    # db.pin is imported here, not at the top: it loads the user-data schema
    # and sqlite_utils (~60 ms), which every start would pay just to learn
    # from kiosk_requested whether it is a kiosk (cold start, issue #3).
    from db.pin import pin_matches

    try:
        return isinstance(stored, str) and pin_matches(pin, stored)
    except (ValueError, TypeError, MemoryError, OverflowError):
        return False  # a hash whose numbers are nonsense matches nothing


def kiosk_requested(data_dir: Path, flag: bool) -> bool:
    """Whether this start is a kiosk: the --kiosk flag, or kiosk.json says so.

    A damaged kiosk.json counts as a kiosk: the controller then stays locked and tells staff, rather
    than letting whoever is there into an unlocked app.
    """
    try:
        return flag or KioskConfig(data_dir).enabled
    except KioskConfigDamaged:
        return True
