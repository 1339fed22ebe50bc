"""Can this machine speak? Cheap checks at start-up, each with a machine-readable reason.

Reasons (`Availability.reason`):
    "no_engine"        the espeak-ng library pyttsx3 loads cannot be loaded
    "no_player"        the audio player (aplay, package alsa-utils) is not installed
    "no_audio_device"  the player cannot open a sound device (aplay exits at once with
                       "audio open error"; this is what happens on a machine without a sound card)
    "worker_failed"    the speech worker process could not start or died unexpectedly

The engine check loads the library with dlopen, exactly as pyttsx3 does
(same names, same order), so hiding the real file hides it from both. Tests
hide it for real by bind-mounting /dev/null over the library file in a
private mount namespace (`unshare -rm`), see tests/desktop/test_speech_unavailable.py.

The device check runs the player on empty input: it opens the device,
reads end-of-file and exits 0, or fails within milliseconds. A player that
blocks (a busy device) is given `DEVICE_PROBE_TIMEOUT_S` and then counted
as present, so start-up never hangs.

No Qt here: the worker and the `say` command share these checks.
"""
from __future__ import annotations

import ctypes
import shutil
import subprocess
from dataclasses import dataclass
from typing import Sequence

NO_ENGINE = "no_engine"
NO_PLAYER = "no_player"
NO_AUDIO_DEVICE = "no_audio_device"
WORKER_FAILED = "worker_failed"
REASONS = (NO_ENGINE, NO_PLAYER, NO_AUDIO_DEVICE, WORKER_FAILED)

# What pyttsx3 2.99's drivers/_espeak.py tries on Linux, in its order.
ENGINE_LIBRARIES = ("libespeak-ng.so.1", "/usr/local/lib/libespeak-ng.so.1", "libespeak.so.1")
SAMPLE_RATE = 22050  # pyttsx3's espeak driver writes 22,050 Hz mono 16-bit
# Raw PCM on standard input, so one player process plays every chunk of an utterance without gaps.
DEFAULT_PLAYER = ("aplay", "-q", "-t", "raw", "-f", "S16_LE", "-r", str(SAMPLE_RATE), "-c", "1")
DEVICE_PROBE_TIMEOUT_S = 0.5


@dataclass(frozen=True)
class Availability:
    """The result of the checks: `reason` is None when speech works; `detail` is the evidence (an error line)."""

    reason: str | None
    detail: str = ""

    @property
    def available(self) -> bool:
        return self.reason is None


def engine_library() -> str | None:
    """The first espeak library name pyttsx3 would load successfully, or None."""
    for name in ENGINE_LIBRARIES:
        try:
            ctypes.CDLL(name)
        except OSError:
            continue
        return name
    return None


def check_engine() -> Availability:
    """Whether the espeak-ng library loads."""
    if engine_library() is None:
        return Availability(NO_ENGINE, "cannot load " + " / ".join(ENGINE_LIBRARIES))
    return Availability(None)


def check_player(player: Sequence[str] = DEFAULT_PLAYER) -> Availability:
    """Whether the player is installed and can open a sound device (fails fast without a sound card)."""
    if shutil.which(player[0]) is None:
        return Availability(NO_PLAYER, f"{player[0]} not found on PATH")
    try:
        result = subprocess.run(list(player), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, timeout=DEVICE_PROBE_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        return Availability(None, "player slow to open the device; assumed present")
    except OSError as error:
        return Availability(NO_PLAYER, str(error))
    if result.returncode != 0:
        return Availability(NO_AUDIO_DEVICE, last_error_line(result.stderr.decode("utf-8", "replace")))
    return Availability(None)


def check(player: Sequence[str] = DEFAULT_PLAYER, *, need_player: bool = True) -> Availability:
    """All checks in order of importance; `need_player=False` when only rendering to a file."""
    engine = check_engine()
    if not engine.available or not need_player:
        return engine
    return check_player(player)


def last_error_line(stderr: str) -> str:
    """The line of a player's stderr that says what failed (aplay prints ALSA noise first)."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for line in reversed(lines):
        if not line.startswith("ALSA lib"):
            return line
    return lines[-1] if lines else ""
