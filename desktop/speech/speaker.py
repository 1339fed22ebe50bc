"""The Speaker interface, a silent speaker, a recording fake, and what to tell people when speech is unavailable.

Every part of the app that talks (announce(), self-voicing, read aloud, the
`say` command) holds a `Speaker` and never knows which kind:

    PyttsxSpeaker   real speech through espeak-ng (desktop/speech/pyttsx_speaker.py)
    SilentSpeaker   speech turned off, or unavailable for a known reason
    RecordingSpeaker  remembers what it was asked to say, in order (for tests)

Signals: `started(text)` when sound starts, `finished()` when an utterance
ends by itself, `unavailable(reason)` when speech stops working while the app
runs (reason codes in desktop/speech/availability.py).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from desktop.speech import availability

_CONTEXT = "Speech"
# The words for each reason (Chinese in resources/translations, context "Speech").
_MESSAGES = {
    availability.NO_ENGINE: QT_TRANSLATE_NOOP("Speech", "Speech is unavailable: the espeak-ng speech engine is "
                                                        "not installed (install espeak-ng and libespeak-ng1)."),
    availability.NO_PLAYER: QT_TRANSLATE_NOOP("Speech", "Speech is unavailable: the audio player aplay is "
                                                        "not installed (install alsa-utils)."),
    availability.NO_AUDIO_DEVICE: QT_TRANSLATE_NOOP("Speech", "Speech is unavailable: no sound device could be "
                                                              "opened (connect speakers or headphones)."),
    availability.WORKER_FAILED: QT_TRANSLATE_NOOP("Speech", "Speech is unavailable: the speech process could not run."),
    "disabled": QT_TRANSLATE_NOOP("Speech", "Speech is turned off."),
}


def unavailable_message(reason: str | None) -> str:
    """A sentence in the interface language saying why speech is unavailable: words only.

    This is what the Speech menu shows, the status line shows and speech or a
    screen reader says, so it carries no reason code ("no underscore engine");
    the code goes to tooltips, logs and the `say` command (`unavailable_code`).
    """
    if reason is None:
        return ""
    return QCoreApplication.translate(_CONTEXT, _MESSAGES.get(reason, _MESSAGES[availability.WORKER_FAILED]))


def unavailable_code(reason: str | None, detail: str = "") -> str:
    """The machine-readable reason with its evidence ("no_audio_device: aplay: ..."), for tooltips, logs and stderr."""
    if reason is None:
        return ""
    return f"{reason}: {detail}" if detail else reason


class Speaker(QObject):
    """What every speaker offers; subclasses implement speak() and stop()."""

    started = Signal(str)
    finished = Signal()
    unavailable = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_text = ""

    @property
    def available(self) -> bool:
        """Whether speak() makes a sound."""
        return self.unavailable_reason is None

    @property
    def unavailable_reason(self) -> str | None:
        """None when speech works, else a reason code ("no_engine", "no_player", "no_audio_device", ...)."""
        return None

    @property
    def unavailable_detail(self) -> str:
        """The evidence behind `unavailable_reason` (an error line), for logs and the `say` command."""
        return ""

    @property
    def last_text(self) -> str:
        """The last text given to speak(), for "repeat"."""
        return self._last_text

    def speak(self, text: str, *, interrupt: bool = True) -> None:
        """Say `text`; by default stop whatever is being said first, else say it after the current text."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop speaking at once and forget anything queued."""
        raise NotImplementedError

    def configure(self, *, rate: int | None = None, volume: int | None = None,
                  voice_zh: str | None = None, voice_en: str | None = None, hint: str | None = None) -> None:
        """Change rate (words a minute), volume (0-100), voices or the language for text with no letters.

        Takes effect on the next utterance. The base class ignores it (nothing to configure).
        """

    def keep_ready(self, ready: bool) -> None:
        """Keep (or stop keeping) the engine warm for the next utterance; nothing to keep in the base class."""

    def shutdown(self) -> None:
        """Stop and release every resource (worker processes); called when the app quits."""
        self.stop()


class SilentSpeaker(Speaker):
    """Says nothing: speech turned off ("disabled") or known to be unavailable for `reason`."""

    def __init__(self, reason: str = "disabled", detail: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reason = reason
        self._detail = detail

    @property
    def unavailable_reason(self) -> str | None:
        return self._reason

    @property
    def unavailable_detail(self) -> str:
        return self._detail

    def speak(self, text: str, *, interrupt: bool = True) -> None:
        self._last_text = text

    def stop(self) -> None:
        """Nothing to stop."""


class RecordingSpeaker(Speaker):
    """Remembers every utterance in order instead of speaking; tests of other parts read `utterances`.

    `log` also records stops, as ("speak", text) and ("stop", "") entries, so a
    test can check that Esc stopped speech before the next utterance.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.utterances: list[str] = []
        self.log: list[tuple[str, str]] = []
        self.settings: dict[str, object] = {}

    def speak(self, text: str, *, interrupt: bool = True) -> None:
        self._last_text = text
        if interrupt and self.utterances:
            self.log.append(("stop", ""))
        self.utterances.append(text)
        self.log.append(("speak", text))
        self.started.emit(text)
        self.finished.emit()

    def stop(self) -> None:
        self.log.append(("stop", ""))

    def configure(self, *, rate: int | None = None, volume: int | None = None,
                  voice_zh: str | None = None, voice_en: str | None = None, hint: str | None = None) -> None:
        given = {"rate": rate, "volume": volume, "voice_zh": voice_zh, "voice_en": voice_en, "hint": hint}
        self.settings.update({key: value for key, value in given.items() if value is not None})

    def clear(self) -> None:
        """Forget what was recorded (between steps of a test)."""
        self.utterances.clear()
        self.log.clear()
