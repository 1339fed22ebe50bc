"""PyttsxSpeaker with real worker processes: speaking, stopping, interrupting, settings; and the two fakes.

There is no sound card on the test machines, so the player is aplay writing
to ALSA's "null" device: the real aplay, started the real way (a child of
the worker, in its process group), that discards the sound.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.speech import availability, process_group
from desktop.speech.pyttsx_speaker import PyttsxSpeaker
from desktop.speech.speaker import RecordingSpeaker, SilentSpeaker

NULL_PLAYER = (*availability.DEFAULT_PLAYER, "-D", "null")
LONG_TEXT = " ".join(f"This is sentence number {n} of a long job description." for n in range(1, 80))

@pytest.fixture
def speaker(qtbot):
    made = PyttsxSpeaker(player=NULL_PLAYER)
    yield made
    made.shutdown()


def commands(pids: list[int]) -> list[str]:
    names = []
    for pid in pids:
        try:
            names.append(Path(f"/proc/{pid}/comm").read_text().strip())
        except OSError:
            continue
    return sorted(names)


@pytest.mark.speech
@pytest.mark.skipif(not availability.check(NULL_PLAYER).available, reason="espeak-ng or aplay not installed")
class TestPyttsxSpeaker:
    def test_speak_returns_at_once_and_sound_starts_and_finishes_later(self, qtbot, speaker) -> None:
        heard: list[str] = []
        speaker.started.connect(heard.append)
        with qtbot.waitSignal(speaker.finished, timeout=20_000):
            speaker.speak("客服专员, 居家办公")
            assert heard == []  # speak() only hands the text to the worker; the GUI never waits for sound
        assert heard == ["客服专员, 居家办公"]
        assert [c["voice"] for c in speaker.last_chunks] == ["sit/cmn-latn-pinyin"]

    def test_stop_silences_a_long_utterance_and_ends_its_whole_process_group(self, qtbot, speaker) -> None:
        durations = []
        for _ in range(3):
            with qtbot.waitSignal(speaker.started, timeout=20_000):
                speaker.speak(LONG_TEXT)
            group = speaker.worker_groups[0]
            # The worker and its aplay (a grandchild of the app) share the group.
            running = commands(process_group.members(group))
            assert len(running) == 2 and "aplay" in running
            started = time.perf_counter()
            speaker.stop()
            durations.append(time.perf_counter() - started)
            assert process_group.members(group) == []
            assert not speaker.speaking
        assert min(durations) < 0.1  # the best of three, so a busy shared machine does not fail it

    def test_a_new_utterance_interrupts_the_old_one(self, qtbot, speaker) -> None:
        finished: list[bool] = []
        speaker.finished.connect(lambda: finished.append(True))
        with qtbot.waitSignal(speaker.started, timeout=20_000):
            speaker.speak(LONG_TEXT)
        old_group = speaker.worker_groups[0]
        with qtbot.waitSignal(speaker.finished, timeout=20_000):
            speaker.speak("第三项, 共五十项")
        assert process_group.members(old_group) == []
        assert finished == [True]  # only the new utterance finished; the old one was cut off
        assert [c["text"] for c in speaker.last_chunks] == ["第三项, 共五十项"]

    def test_an_utterance_that_does_not_interrupt_waits_its_turn(self, qtbot, speaker) -> None:
        heard: list[str] = []
        speaker.started.connect(heard.append)
        speaker.speak("客服专员")
        speaker.speak("Customer service", interrupt=False)
        qtbot.waitUntil(lambda: len(heard) == 2 and not speaker.speaking, timeout=20_000)
        assert heard == ["客服专员", "Customer service"]

    def test_after_stop_a_fresh_worker_waits_ready_for_the_next_key_press(self, qtbot, speaker) -> None:
        with qtbot.waitSignal(speaker.started, timeout=20_000):
            speaker.speak(LONG_TEXT)
        groups_while_speaking = set(speaker.worker_groups)
        speaker.stop()
        idle = speaker.worker_groups
        assert len(idle) == 1
        assert process_group.members(idle[0])  # alive, waiting on stdin
        with qtbot.waitSignal(speaker.finished, timeout=20_000):
            speaker.speak("居家办公")
        assert groups_while_speaking  # sanity: there was a worker to stop

    def test_rate_change_takes_effect_on_the_next_utterance(self, qtbot, speaker) -> None:
        lengths = []
        for rate in (120, 360):
            speaker.configure(rate=rate)
            with qtbot.waitSignal(speaker.finished, timeout=20_000):
                speaker.speak("Customer service specialist")
            lengths.append(sum(c["samples"] for c in speaker.last_chunks))
        assert lengths[1] < 0.6 * lengths[0]

    def test_a_worker_is_kept_ready_only_while_speech_is_on(self, qtbot) -> None:
        speaker = PyttsxSpeaker(player=NULL_PLAYER, prestart=False)
        assert speaker.worker_groups == []
        speaker.keep_ready(True)
        qtbot.waitUntil(lambda: speaker.idle_ready, timeout=20_000)
        group = speaker.worker_groups[0]
        speaker.keep_ready(False)
        assert speaker.worker_groups == [] and process_group.members(group) == []
        speaker.shutdown()

    def test_shutdown_leaves_no_worker_running(self, qtbot, speaker) -> None:
        with qtbot.waitSignal(speaker.started, timeout=20_000):
            speaker.speak(LONG_TEXT)
        groups = speaker.worker_groups
        assert len(groups) == 2  # the speaking one and the next, pre-started
        speaker.shutdown()
        assert [process_group.members(g) for g in groups] == [[], []]
        assert speaker.worker_groups == []


def test_recording_speaker_records_utterances_and_stops_in_order(qtbot) -> None:
    speaker = RecordingSpeaker()
    with qtbot.waitSignal(speaker.finished):
        speaker.speak("客服专员")
    speaker.speak("第三项, 共五十项")
    speaker.stop()
    speaker.speak("居家办公", interrupt=False)
    speaker.configure(rate=200)
    assert speaker.utterances == ["客服专员", "第三项, 共五十项", "居家办公"]
    assert speaker.log == [("speak", "客服专员"), ("stop", ""), ("speak", "第三项, 共五十项"), ("stop", ""),
                           ("speak", "居家办公")]
    assert speaker.last_text == "居家办公"
    assert speaker.settings == {"rate": 200}
    assert speaker.available


def test_silent_speaker_says_nothing_and_says_why(qtbot) -> None:
    speaker = SilentSpeaker()
    heard: list[str] = []
    speaker.started.connect(heard.append)
    speaker.speak("客服专员")
    speaker.stop()
    assert heard == []
    assert (speaker.available, speaker.unavailable_reason) == (False, "disabled")
    assert speaker.last_text == "客服专员"
    assert SilentSpeaker("no_engine").unavailable_reason == "no_engine"
