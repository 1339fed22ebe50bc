"""Real synthesis through the worker: Chinese, English and mixed text rendered to WAV by pyttsx3 + espeak-ng."""
from __future__ import annotations

import array
import math
import shutil
import subprocess
import wave
from pathlib import Path

import pytest

from desktop.speech import availability
from desktop.speech.pyttsx_speaker import PyttsxSpeaker

pytestmark = [pytest.mark.speech, pytest.mark.skipif(availability.engine_library() is None,
                                                      reason="espeak-ng library not installed")]


def samples(path: Path) -> array.array:
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 22050)
        data = array.array("h")
        data.frombytes(wav.readframes(wav.getnframes()))
    return data


def rms(data: array.array) -> float:
    return math.sqrt(sum(s * s for s in data) / len(data)) if data else 0.0


@pytest.fixture
def render(qtbot, tmp_path):
    """render(text, **settings) -> (samples, chunk events): one utterance through a render-only speaker."""
    speakers: list[PyttsxSpeaker] = []

    def _render(text: str, **settings: object) -> tuple[array.array, list[dict]]:
        speaker = PyttsxSpeaker(need_player=False, prestart=False)
        speakers.append(speaker)
        speaker.configure(**settings)
        out = tmp_path / f"render{len(speakers)}.wav"
        with qtbot.waitSignal(speaker.finished, timeout=20_000):
            speaker.render_to_file(text, out)
        return samples(out), speaker.last_chunks

    yield _render
    for speaker in speakers:
        speaker.shutdown()


@pytest.mark.parametrize("text", ["客服专员", "居家办公", "Customer service", "Python 开发工程师, 3000-5000 元/月"])
def test_each_text_renders_to_audible_speech(render, text: str) -> None:
    data, _ = render(text)
    assert len(data) > 22050 * 0.3  # at least a third of a second of sound
    assert rms(data) > 500  # not silence (silence is 0; espeak speech is in the thousands)


def test_longer_text_gives_longer_audio(render) -> None:
    short, _ = render("客服专员")
    longer, _ = render("客服专员, 居家办公")
    longest, _ = render("客服专员, 居家办公, 鲁王钓具, 淄博, 四个名额, 提供培训")
    assert len(short) < len(longer) < len(longest)


def test_chinese_runs_use_the_mandarin_voice_and_english_runs_an_english_voice(render) -> None:
    _, chunks = render("Python 开发工程师")
    assert [(c["language"], c["voice"], c["text"]) for c in chunks] == [
        ("en", "gmw/en-us", "Python"), ("zh", "sit/cmn-latn-pinyin", "开发工程师")]


def test_mandarin_voice_speaks_chinese_as_syllables_not_as_english_letters(render) -> None:
    # The same characters through an English voice (or Debian's plain `cmn`, which spells them as
    # English pinyin with tone digits) take far longer: that is what the listener would hear.
    mandarin, chunks = render("客服专员")
    english, _ = render("客服专员", voice_zh="gmw/en-us")
    plain_cmn, _ = render("客服专员", voice_zh="sit/cmn")
    assert chunks[0]["voice"] == "sit/cmn-latn-pinyin"
    assert len(mandarin) < 0.7 * len(english)
    assert len(mandarin) < 0.8 * len(plain_cmn)


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng command not installed")
def test_worker_mandarin_rendering_matches_espeak_ng_own_mandarin_voice(render, tmp_path) -> None:
    data, _ = render("客服专员", rate=175, volume=100)
    reference = tmp_path / "reference.wav"
    subprocess.run(["espeak-ng", "-v", "cmn-latn-pinyin", "-s", "175", "-w", str(reference), "客服专员"], check=True)
    english = tmp_path / "english.wav"
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "175", "-w", str(english), "客服专员"], check=True)
    # Lengths differ only by espeak's end pause; an English reading is more than twice as long.
    assert abs(len(data) - len(samples(reference))) < abs(len(data) - len(samples(english)))


def test_rate_and_volume_take_effect_on_the_next_utterance(render) -> None:
    normal, _ = render("Customer service specialist", rate=175, volume=80)
    fast, _ = render("Customer service specialist", rate=350, volume=80)
    quiet, _ = render("Customer service specialist", rate=175, volume=20)
    assert len(fast) < 0.75 * len(normal)
    assert rms(quiet) < 0.5 * rms(normal)


def test_numbers_are_spoken_in_the_language_of_the_text(render) -> None:
    _, zh_chunks = render("月薪 3000-5000 元/月")
    _, en_chunks = render("Salary 3000-5000 yuan/month")
    assert [c["text"] for c in zh_chunks] == ["月薪三千到五千元每月"]
    assert [c["text"] for c in en_chunks] == ["Salary 3,000 to 5,000 yuan a month"]
