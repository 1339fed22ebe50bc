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


def test_bad_values_in_kiosk_json_are_ignored_field_by_field(tmp_path) -> None:
    config = KioskConfig(tmp_path)
    config.set_staff_pin("907531")
    data = json.loads(config.path.read_text(encoding="utf-8"))
    for failed, wait_until in (("many", "tomorrow"), (None, 12), (True, "2026-11-28T09:00:00"), (-5, []),
                               (10**9, "9999-01-01T00:00:00+00:00")):
        data.update(failed=failed, wait_until=wait_until, enabled="yes",
                    defaults={"font_scale": 999, "theme": "high_contrast_dark", "language": 7, "nonsense": 1})
        config.path.write_text(json.dumps(data), encoding="utf-8")
        fresh = KioskConfig(tmp_path)
        assert fresh.staff_defaults() == {"theme": "high_contrast_dark"}
        assert not fresh.enabled
        try:
            assert fresh.check_staff_pin("907531", now=NOW)
        except StaffPinWait as wait:  # a far-future wait is cut to the longest real one
            assert wait.seconds <= 15 * 60 + 1


def test_bad_values_in_the_usage_file_are_ignored(tmp_path) -> None:
    (tmp_path / "kiosk-usage.json").write_text(json.dumps({
        "2026-11-27": {"sessions": "three", "searches": 4, "drafts": None},
        "not a day": {"sessions": 1}, "2026-11-26": [1, 2]}), encoding="utf-8")
    usage = UsageLog(tmp_path, today=lambda: date(2026, 11, 28))
    assert usage.recent() == [("2026-11-27", {"sessions": 0, "searches": 4, "drafts": 0})]
    usage.count("sessions")
    assert usage.day(date(2026, 11, 28))["sessions"] == 1


READ_ONLY_SCRIPT = """
import sys
from datetime import datetime, timezone
from pathlib import Path
from desktop.kiosk.config import KioskConfig, StaffPinWait
folder = Path(sys.argv[1])
try:
    (folder / "probe").write_text("x")
    sys.exit("the folder is writable: the test would prove nothing")
except OSError:
    pass
now = datetime(2026, 11, 28, 9, 0, tzinfo=timezone.utc)
config = KioskConfig(folder)
assert not config.check_staff_pin("1111", now=now)
assert config.check_staff_pin("907531", now=now), "the right PIN must work on a read-only disk"
for _ in range(3):
    assert not config.check_staff_pin("1111", now=now)
try:
    config.check_staff_pin("907531", now=now)
    sys.exit("wrong PINs were not counted in memory")
except StaffPinWait:
    pass
config.set_staff_default("font_scale", 150)
assert config.staff_defaults()["font_scale"] == 150
print("ok")
"""


def test_the_right_staff_pin_works_on_a_read_only_data_disk(tmp_path) -> None:
    """A real read-only bind mount (unshare -rm: a private mount namespace, also as root)."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    if shutil.which("unshare") is None:
        pytest.skip("needs unshare (util-linux)")
    folder = tmp_path / "data"
    folder.mkdir()
    KioskConfig(folder).set_staff_pin("907531")
    before = (folder / "kiosk.json").read_bytes()
    root = Path(__file__).resolve().parents[2]
    command = (f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && '
               f'exec "{sys.executable}" -c "$0" "{folder}"')
    result = subprocess.run(["unshare", "-rm", "sh", "-c", command, READ_ONLY_SCRIPT], cwd=root,
                            capture_output=True, text=True, timeout=60)
    if result.returncode != 0 and "mount" in result.stderr and "ok" not in result.stdout:
        if "permission denied" in result.stderr.lower() or "operation not permitted" in result.stderr.lower():
            pytest.skip(f"cannot make a private read-only mount here: {result.stderr.strip()}")
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
    assert (folder / "kiosk.json").read_bytes() == before
