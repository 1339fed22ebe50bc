"""Preferences: declared once, stored in INI, validated on read, kept apart from UI state."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop.settings import FONT_SCALE_STEPS, PREFERENCES, Settings


@pytest.fixture
def settings(qapp, tmp_path: Path) -> Settings:
    return Settings(tmp_path)


def test_every_preference_has_a_title_and_a_valid_default() -> None:
    for key, pref in PREFERENCES.items():
        assert pref.key == key
        assert pref.title.strip(), key
        assert pref.coerce(pref.default) == pref.default, key
        if pref.choice_titles is not None:
            assert len(pref.choice_titles) == len(pref.choices or ()), key


def test_required_preferences_are_declared() -> None:
    for key in ("font_scale", "theme", "language", "speech_enabled", "self_voicing", "self_voicing_explicit",
                "voice_zh", "voice_en", "rate", "volume", "echo_characters", "echo_words", "scanning",
                "scan_interval_ms", "scan_mode", "switch_next_key", "switch_select_key",
                "kiosk_idle_timeout_s", "kiosk_warning_s", "page_size"):
        assert key in PREFERENCES


def test_defaults_apply_to_a_fresh_file(settings: Settings) -> None:
    assert settings.value("font_scale") == 100
    assert settings.value("theme") == "default"
    assert settings.value("self_voicing") is False
    assert settings.value("page_size") == 50
    assert settings.value("switch_next_key") == "Space"


def test_kiosk_turns_self_voicing_on_by_default(qapp, tmp_path: Path) -> None:
    assert Settings(tmp_path, kiosk=True).value("self_voicing") is True


def test_values_survive_a_restart(qapp, tmp_path: Path) -> None:
    first = Settings(tmp_path)
    first.set_value("font_scale", 250)
    first.set_value("theme", "high_contrast_dark")
    first.set_value("echo_words", True)
    first.set_value("voice_zh", "sit/cmn-latn-pinyin")
    again = Settings(tmp_path)
    assert again.value("font_scale") == 250
    assert again.value("theme") == "high_contrast_dark"
    assert again.value("echo_words") is True
    assert again.value("voice_zh") == "sit/cmn-latn-pinyin"


def test_changed_is_emitted_with_the_key(qtbot, settings: Settings) -> None:
    with qtbot.waitSignal(settings.changed, timeout=1000) as blocker:
        settings.set_value("language", "en")
    assert blocker.args == ["language"]


def test_setting_the_same_value_again_is_silent(qtbot, settings: Settings) -> None:
    settings.set_value("rate", 200)
    with qtbot.assertNotEmitted(settings.changed):
        settings.set_value("rate", 200)


@pytest.mark.parametrize("key, bad", [
    ("font_scale", 137), ("font_scale", 500), ("theme", "neon"), ("language", "fr"),
    ("volume", 101), ("kiosk_warning_s", 10), ("kiosk_idle_timeout_s", 5000), ("scan_mode", "fast"),
])
def test_setting_a_disallowed_value_raises_and_keeps_the_old(settings: Settings, key: str, bad: object) -> None:
    before = settings.value(key)
    with pytest.raises(ValueError):
        settings.set_value(key, bad)
    assert settings.value(key) == before


@pytest.mark.parametrize("key, garbage", [
    ("font_scale", "huge"), ("font_scale", "90"), ("self_voicing", "perhaps"), ("theme", "purple"),
    ("page_size", "-3"), ("rate", ""),
])
def test_a_corrupt_file_falls_back_to_defaults(qapp, tmp_path: Path, key: str, garbage: str) -> None:
    (tmp_path / "settings.ini").write_text(f"[preferences]\n{key}={garbage}\n", encoding="utf-8")
    assert Settings(tmp_path).value(key) == PREFERENCES[key].default


def test_kiosk_idle_timeout_can_be_turned_off_or_lengthened_ten_fold(settings: Settings) -> None:
    settings.set_value("kiosk_idle_timeout_s", 0)
    assert settings.value("kiosk_idle_timeout_s") == 0
    settings.set_value("kiosk_idle_timeout_s", 10 * PREFERENCES["kiosk_idle_timeout_s"].default)
    assert settings.value("kiosk_idle_timeout_s") == 1200


def test_step_walks_the_text_size_steps_and_stops_at_the_ends(settings: Settings) -> None:
    seen = [settings.value("font_scale")]
    for _ in range(len(FONT_SCALE_STEPS) + 2):
        seen.append(settings.step("font_scale", +1))
    assert seen[: len(FONT_SCALE_STEPS)] == list(FONT_SCALE_STEPS)
    assert seen[-1] == 400
    settings.reset("font_scale")
    assert settings.step("font_scale", -1) == 100


def test_step_moves_speech_rate_and_volume_by_their_increment_within_range(settings: Settings) -> None:
    assert settings.step("rate", +1) == 200
    assert settings.step("volume", -1) == 70
    settings.set_value("volume", 95)
    assert settings.step("volume", +1) == 100
    assert settings.step("volume", +1) == 100
    with pytest.raises(ValueError):
        settings.step("page_size", +1)  # no increment declared: not a stepping preference


def test_cycle_wraps_round_the_themes(settings: Settings) -> None:
    assert [settings.cycle("theme") for _ in range(3)] == ["high_contrast_dark", "high_contrast_light", "default"]


def test_shortcut_overrides_are_stored_and_removed(qtbot, settings: Settings) -> None:
    with qtbot.waitSignal(settings.changed) as blocker:
        settings.set_shortcut_override("focus_search", "Ctrl+K")
    assert blocker.args == ["shortcuts/focus_search"]
    assert Settings(Path(settings.path).parent).shortcut_overrides() == {"focus_search": "Ctrl+K"}
    settings.set_shortcut_override("focus_search", None)
    assert settings.shortcut_overrides() == {}


def test_ui_state_lives_apart_from_preferences(qapp, tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    settings.set_state_value("main_window/geometry", "abc")
    settings.set_value("theme", "high_contrast_light")
    settings.reset_all()
    assert settings.value("theme") == "default"
    assert Settings(tmp_path).state_value("main_window/geometry") == "abc"
    assert "geometry" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_unknown_preference_is_a_programming_error(settings: Settings) -> None:
    with pytest.raises(KeyError):
        settings.value("no_such_thing")
