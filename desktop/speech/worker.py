"""The speech worker: one process per utterance, `python -m desktop.speech.worker`.

Why a process: pyttsx3 2.99's espeak driver (verified on Debian with
espeak-ng 1.51) speaks only the last of several queued texts, speaks the
previous text again on an empty runAndWait, keeps writing into the last
save_to_file target for later say() calls, synthesises a whole utterance
inside one blocking call and then plays it with a blocking
`os.system("aplay ...")`, so it cannot be stopped mid-utterance; and
startLoop(False)/iterate raises TypeError. A process that does one utterance
and is killed as a whole group when the user says stop has none of these
problems.

How it speaks: the text is normalised and cut into runs by script and into
sentence chunks (script_runs.prepare). Each chunk is synthesised on its own
with save_to_file + runAndWait (the only pyttsx3 path that reliably renders
exactly the text given, with the voice set just before) and its samples are
streamed to one player process reading raw PCM on stdin. So sound starts
after the first sentence is synthesised, Chinese and English runs each get
their own voice, and the player (aplay) is this process's child: it is in
the same process group and dies with it.

Protocol: the worker starts, loads the engine and both voices, prints
{"event": "ready"} and waits for ONE request line (JSON) on stdin:
    {"text", "hint", "rate" (words/min), "volume" (0-100), "voice_zh", "voice_en",
     "out" (WAV path or null: play), "player" (argv)}
Events on stdout, one JSON object a line:
    ready | chunk {language, voice, text, samples} | audio_started | finished
    | unavailable {reason, detail} | error {detail}
If the app dies, Linux sends the worker SIGTERM (PR_SET_PDEATHSIG).
No Qt in this process.
"""
from __future__ import annotations

import ctypes
import json
import select
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path
from typing import IO, Any

from desktop.speech import availability
from desktop.speech.script_runs import prepare
from desktop.speech.text_norm import ZH

DEFAULT_VOICE_ZH = "sit/cmn-latn-pinyin"
DEFAULT_VOICE_EN = "gmw/en-us"
EXIT_OK, EXIT_ERROR, EXIT_NO_ENGINE, EXIT_NO_DEVICE, EXIT_NO_PLAYER = 0, 1, 2, 3, 4

_PR_SET_PDEATHSIG = 1
_RENDER_ATTEMPTS = 3
_RENDER_TIMEOUT_S = 5.0
_player: subprocess.Popen[bytes] | None = None
_player_errors: IO[bytes] | None = None


class _Channel:
    """The event channel: the real stdout, kept apart from what pyttsx3 and espeak print."""

    def __init__(self) -> None:
        self._out: IO[str] = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
        # pyttsx3 prints "Audio saved to ..." on stdout and ALSA writes to fd 1/2:
        # send all of that to stderr so the channel carries only events.
        os.dup2(2, 1)
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        self._lock = threading.Lock()

    def emit(self, event: str, **fields: Any) -> None:
        with self._lock:
            self._out.write(json.dumps({"event": event, **fields}, ensure_ascii=False) + "\n")
            self._out.flush()


def _end_player_and_exit(code: int) -> None:
    """Take the player down with us and leave at once (no atexit, no pyttsx3 teardown)."""
    if _player is not None and _player.poll() is None:
        _player.kill()
        _player.wait()
    os._exit(code)


def _on_sigterm(_signum: int, _frame: object) -> None:
    # The whole group gets SIGTERM, so the player is already dying; reaping it here matters because
    # an orphaned player is left to init, and a container's init may never reap it (seen here:
    # zombie aplay processes under PID 1 when the worker died without this handler).
    _end_player_and_exit(128 + signal.SIGTERM)


def _die_with_parent() -> None:
    """Ask Linux to SIGTERM this process when the app dies, so no worker outlives a crashed app."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass  # not Linux: the app's stop()/shutdown() still ends the group


def _load_engine(channel: _Channel) -> Any:
    try:
        import pyttsx3

        engine = pyttsx3.init("espeak")
    except Exception as error:  # noqa: BLE001 - any failure to load the engine means "no engine"
        channel.emit("unavailable", reason=availability.NO_ENGINE, detail=f"{type(error).__name__}: {error}")
        return None
    # Loading a voice reads its dictionary (cmn_dict is 1.6 MB) and the first synthesis warms
    # the engine up: do both now, not after the key press. It must be a real text: a
    # runAndWait with nothing to say never returns once a runAndWait has run before.
    # A worker started on demand already has its request waiting: warming up would only delay it.
    if select.select([sys.stdin.fileno()], [], [], 0)[0]:
        return engine
    with tempfile.TemporaryDirectory(prefix="zhumeng-speech-", dir=_scratch_dir()) as tmp:
        for voice, text in ((DEFAULT_VOICE_ZH, "一"), (DEFAULT_VOICE_EN, "a")):
            _render(engine, text, voice, Path(tmp) / "warm.wav")
    return engine


def _scratch_dir() -> str | None:
    return "/dev/shm" if os.path.isdir("/dev/shm") else None  # RAM: chunks are written and read at once


def _render(engine: Any, text: str, voice: str, path: Path, rate: int = 175, volume: int = 100) -> tuple[bytes, str]:
    """Synthesise one chunk with `voice`, `rate` (words/min) and `volume` (0-100); samples and the voice used.

    pyttsx3 initialises espeak in AUDIO_OUTPUT_RETRIEVAL mode, which is
    asynchronous: runAndWait can return while espeak's thread still counts
    the last text as playing, and the next runAndWait's stop() then cancels
    the new text (verified: about 1 render in 500 came back empty, and a
    fresh engine's first text about 1 time in 4 left no file). So wait until
    espeak is idle first, and render again if nothing came back.
    """
    for _attempt in range(_RENDER_ATTEMPTS):
        _wait_until_idle()
        engine.setProperty("voice", voice)
        # espeak-ng 1.51 drops the first parameter change after a voice change (verified: the rate
        # stayed at its previous value on every later utterance); a throwaway change absorbs that.
        engine.setProperty("rate", rate + 1)
        engine.setProperty("rate", rate)
        engine.setProperty("volume", volume / 100)
        engine.save_to_file(text, str(path))
        signal.setitimer(signal.ITIMER_REAL, _RENDER_TIMEOUT_S)  # a lost end-of-text event would spin forever
        try:
            engine.runAndWait()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        frames = b""
        if path.exists():  # a cancelled text leaves no file at all (seen on a fresh engine's first text)
            with wave.open(str(path), "rb") as wav:
                frames = wav.readframes(wav.getnframes())
            path.unlink()
        if frames:
            break
    return frames, str(engine.getProperty("voice"))


def _wait_until_idle() -> None:
    from pyttsx3.drivers import _espeak

    deadline = time.monotonic() + _RENDER_TIMEOUT_S
    while _espeak.IsPlaying() and time.monotonic() < deadline:
        time.sleep(0.001)


def _on_render_timeout(_signum: int, _frame: object) -> None:
    raise TimeoutError("espeak did not finish a chunk")


def _start_player(argv: list[str]) -> subprocess.Popen[bytes]:
    global _player
    # stderr to a file, not a pipe: a player that keeps warning (underruns) must never block on a full pipe.
    global _player_errors
    _player_errors = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as this process
    _player = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=_player_errors)
    return _player


def _player_failed(channel: _Channel, player: subprocess.Popen[bytes]) -> int:
    player.wait()
    errors = b""
    if _player_errors is not None:
        _player_errors.seek(0)
        errors = _player_errors.read()
    detail = availability.last_error_line(errors.decode("utf-8", "replace"))
    channel.emit("unavailable", reason=availability.NO_AUDIO_DEVICE, detail=detail)
    return EXIT_NO_DEVICE


def speak(engine: Any, request: dict[str, Any], channel: _Channel) -> int:
    """Do one request: render to `out` or play; events on `channel`; the process exit code."""
    rate = int(request.get("rate") or 175)
    volume = max(0, min(100, int(request.get("volume", 100))))
    voices = {ZH: request.get("voice_zh") or DEFAULT_VOICE_ZH, "en": request.get("voice_en") or DEFAULT_VOICE_EN}
    chunks = prepare(str(request.get("text", "")), request.get("hint") or ZH)
    out = request.get("out")
    player = None
    if not out and chunks:
        argv = list(request.get("player") or availability.DEFAULT_PLAYER)
        try:
            player = _start_player(argv)  # starts opening the device while the first chunk is synthesised
        except OSError as error:
            channel.emit("unavailable", reason=availability.NO_PLAYER, detail=str(error))
            return EXIT_NO_PLAYER
    rendered: list[bytes] = []
    with tempfile.TemporaryDirectory(prefix="zhumeng-speech-", dir=_scratch_dir()) as tmp:
        for index, chunk in enumerate(chunks):
            frames, used = _render(engine, chunk.text, voices[chunk.language], Path(tmp) / f"{index}.wav", rate, volume)
            channel.emit("chunk", language=chunk.language, voice=used, text=chunk.text, samples=len(frames) // 2)
            if player is None:
                rendered.append(frames)
                continue
            try:
                assert player.stdin is not None
                player.stdin.write(frames)
                player.stdin.flush()
            except BrokenPipeError:
                return _player_failed(channel, player)
            if index == 0:
                channel.emit("audio_started")
    if out:
        with wave.open(str(out), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(availability.SAMPLE_RATE)
            wav.writeframes(b"".join(rendered))
    elif player is not None:
        try:
            assert player.stdin is not None
            player.stdin.close()
        except BrokenPipeError:
            return _player_failed(channel, player)
        if player.wait() != 0:
            return _player_failed(channel, player)
    channel.emit("finished")
    return EXIT_OK


def main() -> int:
    """Start, get ready, do one request, exit."""
    channel = _Channel()
    signal.signal(signal.SIGTERM, _on_sigterm)
    signal.signal(signal.SIGALRM, _on_render_timeout)
    _die_with_parent()
    engine = _load_engine(channel)
    if engine is None:
        return EXIT_NO_ENGINE
    channel.emit("ready")
    line = sys.stdin.buffer.readline()
    if not line:
        return EXIT_OK  # the app let this pre-started worker go unused
    request = json.loads(line)
    try:
        return speak(engine, request, channel)
    except Exception as error:  # noqa: BLE001 - report, never hang the app waiting
        channel.emit("error", detail=f"{type(error).__name__}: {error}")
        return EXIT_ERROR


if __name__ == "__main__":
    code = main()
    sys.stderr.flush()
    # os._exit: pyttsx3's espeak driver can assert while Python tears the library down.
    os._exit(code)
