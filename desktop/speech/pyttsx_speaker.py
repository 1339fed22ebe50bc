"""Real speech: pyttsx3 + espeak-ng in short-lived worker processes driven by QProcess.

One utterance = one worker (desktop/speech/worker.py), started in its own
session (QProcess.UnixProcessFlag.CreateNewSession, so its pid is its
process-group id) and ended as a whole group by stop(): SIGTERM, then
SIGKILL after 50 ms, which also ends the aplay it plays through.

To keep key press to first sound short, one worker is started ahead of
time and waits, engine and voices loaded, for its request on stdin; once it
is put to work (or after a stop) the next one is started. Nothing here
blocks the GUI except stop(), which waits the few milliseconds it takes
the group to die (at most 100 ms) so that the caller can rely on silence.
"""
from __future__ import annotations

import json
import signal
import sys
from pathlib import Path
from typing import Any, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, QTimer, Signal

from desktop.speech import availability, process_group
from desktop.speech.speaker import Speaker
from desktop.speech.text_norm import ZH

_ROOT = Path(__file__).resolve().parents[2]
_STDERR_KEEP = 4000  # characters of a worker's stderr kept for diagnostics


class _Worker(QObject):
    """One worker process: start it, give it its request, read its events, end its group."""

    event = Signal(object, object)  # this worker, the event dict
    ended = Signal(object)  # this worker

    def __init__(self) -> None:
        super().__init__()
        self.request: dict[str, Any] | None = None
        self.killed = False
        self.ready = False  # engine and voices loaded, waiting for its request
        self.done = False  # the worker said "finished"
        self.failed = False  # the worker said "error"
        self.stderr = ""
        self._buffer = b""
        self._process = QProcess(self)
        self._process.setProgram(sys.executable)
        self._process.setArguments(["-m", "desktop.speech.worker"])
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("PYTHONPATH", str(_ROOT) + (":" + environment.value("PYTHONPATH")
                                                       if environment.contains("PYTHONPATH") else ""))
        self._process.setProcessEnvironment(environment)
        # Its own session = its own process group, so stop() can end it and its player together.
        self._process.setUnixProcessParameters(QProcess.UnixProcessFlag.CreateNewSession)
        self._process.readyReadStandardOutput.connect(self._read_events)
        self._process.readyReadStandardError.connect(self._read_stderr)
        self._process.finished.connect(self._on_finished)
        self._process.errorOccurred.connect(self._on_error)

    def start(self) -> None:
        self._process.start()

    @property
    def running(self) -> bool:
        return self._process.state() != QProcess.ProcessState.NotRunning

    @property
    def pgid(self) -> int:
        """The worker's process-group id (its pid, as it leads its own session); 0 before it started."""
        return int(self._process.processId())

    def send(self, request: dict[str, Any]) -> None:
        """Give the worker its one request (it reads it as soon as its engine is loaded)."""
        self.request = request
        self._process.write((json.dumps(request, ensure_ascii=False) + "\n").encode("utf-8"))

    def end(self) -> None:
        """End the worker and everything it started, now."""
        self.killed = True
        pgid = self.pgid
        if pgid <= 0 or not self.running:
            return
        # SIGTERM reaches the worker and its player together; the worker's handler reaps the
        # player, and waiting for the worker here reaps the worker (QProcess owns that).
        process_group.signal_group(pgid, signal.SIGTERM)
        if not self._process.waitForFinished(int(process_group.TERM_GRACE_S * 1000)):
            process_group.signal_group(pgid, signal.SIGKILL)
            self._process.waitForFinished(100)
        process_group.end_group(pgid)  # anything left in the group (normally nothing)

    def _read_events(self) -> None:
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                self.event.emit(self, json.loads(line))
            except ValueError:
                continue  # stray output; events are one JSON object per line

    def _read_stderr(self) -> None:
        self.stderr = (self.stderr + bytes(self._process.readAllStandardError().data()).decode("utf-8", "replace"))[
            -_STDERR_KEEP:]

    def _on_finished(self, _code: int, _status: QProcess.ExitStatus) -> None:
        self._read_events()
        self.ended.emit(self)

    def _on_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.event.emit(self, {"event": "unavailable", "reason": availability.WORKER_FAILED,
                                   "detail": self._process.errorString()})
            self.ended.emit(self)


def process_group_error(worker: _Worker) -> str:
    """Why a worker ended without finishing: the last line of its stderr."""
    return availability.last_error_line(worker.stderr) or "speech worker ended unexpectedly"


class PyttsxSpeaker(Speaker):
    """Speech through pyttsx3 and espeak-ng, Chinese and English voices by script.

    `player` is the command that plays raw 22,050 Hz mono PCM from stdin
    (aplay by default); tests on machines without a sound card pass
    aplay's null device. `need_player=False` makes a speaker that only
    renders to files (render_to_file), for which no sound device is needed.
    """

    error = Signal(str)

    def __init__(self, parent: QObject | None = None, *, rate: int = 175, volume: int = 80, voice_zh: str = "",
                 voice_en: str = "", hint: str = ZH, player: Sequence[str] = availability.DEFAULT_PLAYER,
                 prestart: bool = True, need_player: bool = True) -> None:
        super().__init__(parent)
        self._options: dict[str, Any] = {"rate": rate, "volume": volume, "voice_zh": voice_zh,
                                         "voice_en": voice_en, "hint": hint}
        self._player = list(player)
        self._prestart = prestart
        self._availability = availability.check(self._player, need_player=need_player)
        self._idle: _Worker | None = None
        self._current: _Worker | None = None
        self._queue: list[str] = []
        self._retired: list[_Worker] = []
        self.last_chunks: list[dict[str, Any]] = []  # what the last worker said, run by run, with the voice espeak used
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        if self.available and prestart:
            self._start_idle()

    @property
    def unavailable_reason(self) -> str | None:
        return self._availability.reason

    @property
    def unavailable_detail(self) -> str:
        return self._availability.detail

    @property
    def speaking(self) -> bool:
        """Whether an utterance is in progress."""
        return self._current is not None

    @property
    def idle_ready(self) -> bool:
        """Whether a pre-started worker is loaded and waiting, so the next speak() sounds at once."""
        return self._idle is not None and self._idle.ready

    @property
    def worker_groups(self) -> list[int]:
        """Process-group ids of the workers alive now (the idle one included), for tests and diagnostics."""
        return [w.pgid for w in (self._current, self._idle) if w is not None and w.running and w.pgid > 0]

    def configure(self, *, rate: int | None = None, volume: int | None = None,
                  voice_zh: str | None = None, voice_en: str | None = None, hint: str | None = None) -> None:
        given = {"rate": rate, "volume": volume, "voice_zh": voice_zh, "voice_en": voice_en, "hint": hint}
        self._options.update({key: value for key, value in given.items() if value is not None})

    def speak(self, text: str, *, interrupt: bool = True) -> None:
        self._last_text = text
        if not self.available or not text.strip():
            return
        if self._current is not None:
            if not interrupt:
                self._queue.append(text)
                return
            self._end_current()
        self._queue.clear()
        self._run({"text": text, "player": self._player, "out": None})

    def render_to_file(self, text: str, path: str | Path) -> None:
        """Render `text` to a WAV file instead of playing it; `finished` (or `error`) follows."""
        self._last_text = text
        if self._availability.reason == availability.NO_ENGINE:
            return
        self._end_current()
        self._run({"text": text, "player": self._player, "out": str(path)})

    def stop(self) -> None:
        self._queue.clear()
        self._end_current()
        if self.available and self._prestart and self._idle is None:
            self._start_idle()

    def keep_ready(self, ready: bool) -> None:
        """Keep a worker pre-started (speech turned on) or let the waiting one go (speech turned off)."""
        self._prestart = ready
        if ready and self.available and self._idle is None:
            self._start_idle()
        elif not ready and self._idle is not None:
            idle, self._idle = self._idle, None
            idle.end()

    def shutdown(self) -> None:
        self._queue.clear()
        self._prestart = False
        self._end_current()
        if self._idle is not None:
            idle, self._idle = self._idle, None
            idle.end()

    def _run(self, options: dict[str, Any]) -> None:
        worker = self._idle or self._new_worker()
        self._idle = None
        self._current = worker
        self.last_chunks = []
        # The next idle worker is started once this one has sound going (audio_started), not now:
        # both would compete for the CPU while the first sentence is synthesised.
        worker.send({**self._options, **options})

    def _new_worker(self) -> _Worker:
        # No Qt parent and no lambdas: the speaker's lists are the only owners, so a worker is
        # deleted exactly once, when _drop_retired lets go of it outside its own signals.
        worker = _Worker()
        worker.event.connect(self._on_event)
        worker.ended.connect(self._on_ended)
        worker.start()
        return worker

    def _retire(self, worker: _Worker) -> None:
        self._retired.append(worker)
        QTimer.singleShot(0, self, self._drop_retired)

    def _drop_retired(self) -> None:
        self._retired = [w for w in self._retired if w.running]

    def _start_idle(self) -> None:
        self._idle = self._new_worker()

    def _end_current(self) -> None:
        if self._current is not None:
            current, self._current = self._current, None
            current.end()

    def _on_event(self, worker: _Worker, event: dict[str, Any]) -> None:
        kind = event.get("event")
        if kind == "unavailable":
            self._become_unavailable(str(event.get("reason")), str(event.get("detail", "")))
            return
        if kind == "ready":
            worker.ready = True
        if worker is not self._current:
            return  # the idle worker's "ready", or a late line from a stopped one
        if kind == "chunk":
            self.last_chunks.append(event)
        elif kind == "audio_started":
            self.started.emit(worker.request.get("text", "") if worker.request else "")
            if self._prestart and self._idle is None:
                self._start_idle()
        elif kind == "finished":
            worker.done = True
        elif kind == "error":
            worker.failed = True
            self.error.emit(str(event.get("detail", "")))

    def _on_ended(self, worker: _Worker) -> None:
        self._retire(worker)
        if worker is self._idle:
            self._idle = None  # died before use; a new one is started when needed
            return
        if worker is not self._current:
            return  # stopped by us, or replaced
        self._current = None
        if not worker.done:
            if self.available and not worker.killed and not worker.failed:
                self.error.emit(process_group_error(worker))  # it died without saying why
            return
        self.finished.emit()
        if self._queue:
            self._run({"text": self._queue.pop(0), "player": self._player, "out": None})
        elif self._prestart and self._idle is None and self.available:
            self._start_idle()

    def _become_unavailable(self, reason: str, detail: str) -> None:
        if not self.available:
            return
        self._availability = availability.Availability(reason, detail)
        self.shutdown()
        self.unavailable.emit(reason)
