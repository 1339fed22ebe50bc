"""Speech unavailable: no engine, no player, no sound device. Reported with a reason; nothing hangs; no worker left.

The engine is hidden for real: the test runs the app's code in a private
mount namespace (`unshare -rm`) where /dev/null is bind-mounted over the
espeak-ng library file, so dlopen() fails for the availability check and
for pyttsx3 in the worker alike. The sound device is hidden with an empty
ALSA configuration (ALSA_CONFIG_PATH), the player by a PATH without it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.speech import availability
from desktop.speech.pyttsx_speaker import PyttsxSpeaker
from desktop.speech.speaker import unavailable_code, unavailable_message

ROOT = Path(__file__).resolve().parents[2]
# The app's start-up as app.py does it (window, then speech), over a small catalogue; prints what a person
# would notice: the Speech menu's first entry and the status line.
APP_REPORT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMenu
from desktop.app import build_window
from desktop.settings import Settings
from desktop.speech.self_voicing import attach_speech
from tests.accessibility.catalogue import build_catalogue
app = QApplication([])
data_dir = Path(sys.argv[1])
build_catalogue(data_dir, 20)
settings = Settings(data_dir)
settings.set_value("language", "en")
window = build_window(data_dir, settings)
voicing = attach_speech(window, settings)
first = window.menuBar().findChild(QMenu, "menu_speech").actions()[0]
print(first.isEnabled(), first.text(), first.toolTip(), sep="|")
print(window.statusBar().currentMessage())
print(voicing.speaker.worker_groups)
voicing.speaker.shutdown()
window.shutdown()
"""
SPEAKER_REPORT = ("from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
                  "from desktop.speech.pyttsx_speaker import PyttsxSpeaker; s = PyttsxSpeaker();"
                  "print(s.available, s.unavailable_reason, s.worker_groups); s.shutdown()")


def espeak_library_files() -> list[str]:
    """The real files behind the library names pyttsx3 loads (as this process maps them once loaded)."""
    name = availability.engine_library()
    if name is None:
        return []
    maps = Path("/proc/self/maps").read_text().splitlines()
    return sorted({line.split()[-1] for line in maps if "libespeak" in line and line.split()[-1].startswith("/")})


def can_hide_files() -> bool:
    try:
        return subprocess.run(["unshare", "-rm", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def run_without_engine(*argv: str) -> subprocess.CompletedProcess[str]:
    mounts = " && ".join(f"mount --bind /dev/null {path}" for path in espeak_library_files())
    return subprocess.run(["unshare", "-rm", "sh", "-c", f'{mounts} && exec "$@"', "sh", *argv],
                          capture_output=True, text=True, timeout=60, cwd=ROOT,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def run_app(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop.main", *argv], capture_output=True, text=True,
                          timeout=60, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})


needs_engine = pytest.mark.skipif(availability.engine_library() is None, reason="espeak-ng library not installed")
hidden_engine = pytest.mark.skipif(not (espeak_library_files() and can_hide_files()),
                                   reason="needs espeak-ng installed and unprivileged mount namespaces (unshare -rm)")


@pytest.mark.speech
@hidden_engine
def test_speaker_reports_no_engine_when_the_library_is_hidden_and_starts_no_worker() -> None:
    result = run_without_engine(sys.executable, "-c", SPEAKER_REPORT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "False no_engine []"


@pytest.mark.speech
@hidden_engine
def test_app_starts_without_the_engine_and_says_why_in_the_speech_menu_and_status_line(tmp_path) -> None:
    result = run_without_engine(sys.executable, "-c", APP_REPORT, str(tmp_path))
    assert result.returncode == 0, result.stderr
    menu_entry, status, workers = result.stdout.splitlines()[:3]
    enabled, text, tooltip = menu_entry.split("|")
    assert enabled == "False" and "espeak-ng speech engine is not installed" in text
    assert "no_engine" not in text and "[" not in text  # words only: it is read aloud too
    assert tooltip.startswith(text) and "[no_engine" in tooltip  # the code, for staff
    assert status == text
    assert workers == "[]"


@pytest.mark.speech
@hidden_engine
def test_say_exits_non_zero_naming_the_missing_engine() -> None:
    result = run_without_engine(sys.executable, "-m", "desktop.main", "say", "你好", "--out", "/dev/null")
    assert result.returncode == 3
    assert "espeak-ng" in result.stderr and "[no_engine" in result.stderr


@pytest.mark.speech
@hidden_engine
def test_worker_itself_reports_no_engine_at_once() -> None:
    result = run_without_engine(sys.executable, "-m", "desktop.speech.worker")
    assert result.returncode == 2
    event = json.loads(result.stdout.splitlines()[0])
    assert (event["event"], event["reason"]) == ("unavailable", "no_engine")


@pytest.mark.speech
@needs_engine
def test_say_without_a_sound_device_exits_non_zero_naming_the_device(tmp_path) -> None:
    empty_alsa_config = tmp_path / "alsa.conf"
    empty_alsa_config.write_text("")
    result = run_app("say", "你好", env={"ALSA_CONFIG_PATH": str(empty_alsa_config)})
    assert result.returncode == 3
    assert "no sound device" in result.stderr and "[no_audio_device" in result.stderr


@pytest.mark.speech
@needs_engine
def test_say_without_the_player_exits_non_zero_naming_it(tmp_path) -> None:
    result = run_app("say", "你好", env={"PATH": str(tmp_path)})
    assert result.returncode == 3
    assert "aplay" in result.stderr and "[no_player" in result.stderr


@pytest.mark.speech
@needs_engine
def test_say_renders_a_wav_without_any_sound_device(tmp_path) -> None:
    empty_alsa_config = tmp_path / "alsa.conf"
    empty_alsa_config.write_text("")
    out = tmp_path / "check.wav"
    result = run_app("say", "客服专员, customer service", "--out", str(out), env={"ALSA_CONFIG_PATH": str(empty_alsa_config)})
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 20_000


@pytest.mark.speech
@needs_engine
def test_a_player_that_cannot_open_its_device_makes_the_speaker_unavailable(qtbot) -> None:
    speaker = PyttsxSpeaker(player=(*availability.DEFAULT_PLAYER, "-D", "zhumeng_no_such_device"))
    speaker.speak("你好")
    assert (speaker.available, speaker.unavailable_reason) == (False, "no_audio_device")
    assert "audio open error" in speaker.unavailable_detail
    assert speaker.worker_groups == []
    assert unavailable_message(speaker.unavailable_reason).startswith("Speech is unavailable: no sound device")
    code = unavailable_code(speaker.unavailable_reason, speaker.unavailable_detail)  # for logs and tooltips
    assert code.startswith("no_audio_device: ") and "audio open error" in code


@pytest.mark.speech
@needs_engine
def test_sound_failing_while_speaking_is_reported_once_and_ends_every_worker(qtbot) -> None:
    # A player that accepts the empty probe but fails as soon as sound arrives, as a device unplugged would.
    player = (sys.executable, "-c", "import sys; sys.exit(1 if sys.stdin.buffer.read(1) else 0)")
    speaker = PyttsxSpeaker(player=player)
    assert speaker.available
    reasons: list[str] = []
    speaker.unavailable.connect(reasons.append)
    with qtbot.waitSignal(speaker.unavailable, timeout=20_000):
        speaker.speak("客服专员")
    groups = speaker.worker_groups
    speaker.speak("居家办公")  # ignored: speech is known not to work now
    assert reasons == ["no_audio_device"]
    assert not speaker.available and groups == [] and speaker.worker_groups == []
    speaker.shutdown()


def test_a_player_that_blocks_on_the_probe_is_given_up_on_not_waited_for() -> None:
    # A busy device can make aplay wait; start-up must not. The probe gives up and assumes a device.
    result = availability.check_player(("sleep", "30"))
    assert result.available and "assumed present" in result.detail
