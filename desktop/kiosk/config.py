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
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from db.pin import hash_pin, pin_matches, validate_pin
from desktop.settings import PREFERENCES

CONFIG_FILE = "kiosk.json"
FREE_TRIES = 3
FIRST_WAIT_S = 5
MAX_WAIT_S = 15 * 60


@dataclass(frozen=True)
class StaffPinWait(Exception):
    """A staff PIN try came too soon after wrong ones; `seconds` to wait."""

    seconds: int


def _now() -> datetime:
    return datetime.now(timezone.utc)


class KioskConfig:
    """kiosk.json in `data_dir`: whether the kiosk is on, the staff PIN hash, the wrong-PIN count."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / CONFIG_FILE

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)

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
        self._write(data)

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
        """Whether a staff PIN has been chosen (a new kiosk asks for one first)."""
        return bool(self._read().get("staff_pin"))

    def set_staff_pin(self, pin: str) -> None:
        """Choose a new staff PIN (4 to 12 digits; raises db's InvalidProfile otherwise)."""
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
        wait_until = data.get("wait_until")
        if wait_until:
            until = datetime.fromisoformat(wait_until)
            if now < until:
                raise StaffPinWait(int((until - now).total_seconds()) + 1)
        if pin_matches(pin, str(data.get("staff_pin", ""))):
            data.pop("failed", None)
            data.pop("wait_until", None)
            self._write(data)
            return True
        failed = int(data.get("failed", 0)) + 1
        data["failed"] = failed
        if failed >= FREE_TRIES:
            wait = min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** (failed - FREE_TRIES))
            data["wait_until"] = (now + timedelta(seconds=wait)).isoformat()
        self._write(data)
        return False


def kiosk_requested(data_dir: Path, flag: bool) -> bool:
    """Whether this start is a kiosk: the --kiosk flag, or kiosk.json says so."""
    return flag or KioskConfig(data_dir).enabled
