"""Kiosk configuration (staff PIN, slowed guessing) and the daily usage count without personal data."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pytest

from desktop.kiosk.config import FREE_TRIES, KioskConfig, StaffPinWait, kiosk_requested
from desktop.kiosk.usage import UsageLog

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=timezone.utc)


def test_kiosk_can_be_turned_on_by_the_config_file(tmp_path) -> None:
    assert not kiosk_requested(tmp_path, False)
    assert kiosk_requested(tmp_path, True)
    KioskConfig(tmp_path).set_enabled(True)
    assert kiosk_requested(tmp_path, False)


def test_staff_pin_is_stored_only_as_a_hash(tmp_path) -> None:
    config = KioskConfig(tmp_path)
    assert not config.has_staff_pin
    config.set_staff_pin("907531")
    assert config.has_staff_pin
    assert "907531" not in config.path.read_text()
    assert config.check_staff_pin("907531", now=NOW)
    assert not config.check_staff_pin("000000", now=NOW)


def test_wrong_staff_pins_make_the_next_try_wait(tmp_path) -> None:
    config = KioskConfig(tmp_path)
    config.set_staff_pin("907531")
    for _ in range(FREE_TRIES):
        assert not config.check_staff_pin("1111", now=NOW)
    with pytest.raises(StaffPinWait) as waited:
        config.check_staff_pin("907531", now=NOW)
    assert waited.value.seconds > 0
    later = NOW + timedelta(seconds=waited.value.seconds)
    assert KioskConfig(tmp_path).check_staff_pin("907531", now=later)  # the wait survives a restart, then ends


def test_usage_counts_are_numbers_per_day_only(tmp_path) -> None:
    day = date(2026, 11, 28)
    usage = UsageLog(tmp_path, today=lambda: day)
    usage.count("sessions")
    usage.count("searches")
    usage.count("searches")
    assert usage.day(day) == {"sessions": 1, "searches": 2, "drafts": 0}
    stored = json.loads(usage.path.read_text())
    assert stored == {"2026-11-28": {"drafts": 0, "searches": 2, "sessions": 1}}
    with pytest.raises(ValueError):
        usage.count("names")


def test_a_damaged_usage_file_is_started_again(tmp_path) -> None:
    usage = UsageLog(tmp_path, today=lambda: date(2026, 11, 28))
    usage.path.write_text("{not json")
    usage.count("drafts")
    assert usage.day(date(2026, 11, 28))["drafts"] == 1
