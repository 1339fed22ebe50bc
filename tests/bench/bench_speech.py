"""Speech latency: from speak() (what a key press calls) to the first sound, and from stop() to silence.

Measured through the real PyttsxSpeaker: the worker synthesises the first
sentence with pyttsx3/espeak-ng and hands its samples to aplay. There is no
sound card on the build machines, so aplay plays to ALSA's "null" device;
"audio start" is the moment the first sentence's samples reach aplay
(the worker's audio_started event, received by the GUI). On a machine with
a sound card, add the device's own buffer latency (typically 10-50 ms).

- warm: the normal case, a worker pre-started and waiting with the engine
  and both voices loaded;
- cold: a worker started on demand (interpreter start, pyttsx3 import,
  espeak init, voice load, then synthesis);
- baselines from the same run: `espeak-ng -q --stdout` on the same sentence
  (espeak's own synthesis from process start), and a bare interpreter start.
- stop: stop() during a long utterance until no process of the worker's
  group (worker and aplay) runs any more; baseline: SIGTERM to a `sleep`
  process until it is reaped.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from desktop.speech import availability
from desktop.speech.pyttsx_speaker import PyttsxSpeaker
from tests.bench.common import Context, Row, median, ms, p95, ratio

SENTENCE = "找到五万七千三百个职位，第一页，共一千一百四十六页。"
LONG_TEXT = "客服专员负责接听电话，记录客户问题，并及时反馈。" * 40
NULL_PLAYER = (*availability.DEFAULT_PLAYER, "-D", "null")
WARM_REPEAT = 20
COLD_REPEAT = 8
STOP_REPEAT = 10
START_TARGET_S = 0.150
STOP_TARGET_S = 0.100


def _wait(signal_instance, timeout_ms: int = 20_000) -> None:  # noqa: ANN001 - a bound Qt signal
    loop = QEventLoop()
    signal_instance.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal_instance.disconnect(loop.quit)


def _wait_ready(speaker: PyttsxSpeaker) -> None:
    """Let the pre-started worker finish loading, as it has long before a person presses the next key."""
    deadline = time.perf_counter() + 10
    loop = QEventLoop()
    while not speaker.idle_ready and time.perf_counter() < deadline:
        QTimer.singleShot(5, loop.quit)
        loop.exec()


def _time_to_sound(speaker: PyttsxSpeaker, warm: bool) -> float:
    if warm:
        _wait_ready(speaker)
    started = time.perf_counter()
    heard: list[float] = []
    speaker.started.connect(lambda _text: heard.append(time.perf_counter()))
    speaker.speak(SENTENCE)
    _wait(speaker.started)
    speaker.started.disconnect()
    _wait(speaker.finished)
    return heard[0] - started if heard else float("nan")


def _stop_latency(speaker: PyttsxSpeaker) -> float:
    speaker.speak(LONG_TEXT)
    _wait(speaker.started)
    started = time.perf_counter()
    speaker.stop()  # returns once no process of the group runs
    return time.perf_counter() - started


def _process_times(argv: list[str], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        out.append(time.perf_counter() - started)
    return out


def _kill_times(repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        child = subprocess.Popen(["sleep", "30"])
        time.sleep(0.02)
        started = time.perf_counter()
        os.kill(child.pid, signal.SIGTERM)
        child.wait()
        out.append(time.perf_counter() - started)
    return out


def run(context: Context) -> list[Row]:
    """Warm and cold key-press-to-sound, stop latency, and their same-run baselines."""
    del context  # no catalogue needed
    check = availability.check(NULL_PLAYER)
    if not check.available:
        return [Row("speech", "skipped", f"speech unavailable: {check.reason} {check.detail}")]
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    del app
    rows = []
    espeak = _process_times(["espeak-ng", "-q", "--stdout", "-v", "cmn-latn-pinyin", SENTENCE], WARM_REPEAT)
    python = _process_times([sys.executable, "-c", "pass"], WARM_REPEAT)

    speaker = PyttsxSpeaker(player=NULL_PLAYER)
    warm = [_time_to_sound(speaker, warm=True) for _ in range(WARM_REPEAT)]
    stops = [_stop_latency(speaker) for _ in range(STOP_REPEAT)]
    speaker.shutdown()
    cold_speaker = PyttsxSpeaker(player=NULL_PLAYER, prestart=False)
    cold = [_time_to_sound(cold_speaker, warm=False) for _ in range(COLD_REPEAT)]
    cold_speaker.shutdown()
    kills = _kill_times(STOP_REPEAT)

    def verdict(value: float, target: float) -> str:
        return "yes" if value < target else "NO"

    base = f"espeak-ng CLI {ms(median(espeak))}"
    rows.append(Row("speech", "key press to sound, warm worker (median)", ms(median(warm)), base,
                    ratio(median(warm), median(espeak)), "< 150 ms", verdict(median(warm), START_TARGET_S)))
    rows.append(Row("speech", "key press to sound, warm worker (p95)", ms(p95(warm)), base,
                    ratio(p95(warm), median(espeak)), "< 150 ms", verdict(p95(warm), START_TARGET_S)))
    rows.append(Row("speech", "key press to sound, cold worker (median)", ms(median(cold)),
                    f"python start {ms(median(python))}", ratio(median(cold), median(python)), "(fallback)", ""))
    rows.append(Row("speech", "key press to sound, cold worker (p95)", ms(p95(cold)),
                    f"python start {ms(median(python))}", ratio(p95(cold), median(python)), "(fallback)", ""))
    rows.append(Row("speech", "stop to silence, whole group gone (median)", ms(median(stops)),
                    f"SIGTERM+reap {ms(median(kills))}", ratio(median(stops), median(kills)), "< 100 ms",
                    verdict(median(stops), STOP_TARGET_S)))
    rows.append(Row("speech", "stop to silence, whole group gone (p95)", ms(p95(stops)),
                    f"SIGTERM+reap {ms(median(kills))}", ratio(p95(stops), median(kills)), "< 100 ms",
                    verdict(p95(stops), STOP_TARGET_S)))
    return rows
