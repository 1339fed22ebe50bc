"""announce(): a screen-reader event, a visible message, and self-voicing speech that never talks over a screen reader."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow

from desktop import announce as announce_module
from desktop.announce import Announcement, Announcer, add_hook, announce, announcer, remove_hook
from desktop.settings import Settings


class RecordingSpeaker:
    """Records utterances like desktop.speech's RecordingSpeaker."""

    available = True
    unavailable_reason = None

    def __init__(self) -> None:
        self.spoken: list[tuple[str, bool]] = []

    def speak(self, text: str, *, interrupt: bool = True) -> None:
        self.spoken.append((text, interrupt))

    def stop(self) -> None:
        self.spoken.append(("<stop>", True))


@pytest.fixture
def setup(qtbot, tmp_path: Path):
    window = QMainWindow()
    window.setWindowTitle("Zhumeng")
    qtbot.addWidget(window)
    settings = Settings(tmp_path)
    speaker = RecordingSpeaker()
    events: list[tuple[str, QAccessible.AnnouncementPoliteness, object]] = []
    ann = Announcer()
    ann.attach(target=window, speaker=speaker, settings=settings)

    def record(event: QAccessibleAnnouncementEvent) -> None:
        events.append((event.message(), event.politeness(), event.object()))

    ann.update_accessibility = record
    ann.screen_reader_active = lambda: False
    return ann, window, settings, speaker, events


def test_announcement_reaches_screen_readers_with_its_politeness(qtbot, setup) -> None:
    ann, window, _settings, _speaker, events = setup
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    ann.announce("找到 57,300 个职位")
    ann.announce("会话即将结束", "assertive")
    assert events == [("找到 57,300 个职位", QAccessible.AnnouncementPoliteness.Polite, window),
                      ("会话即将结束", QAccessible.AnnouncementPoliteness.Assertive, window)]


def test_announcement_comes_from_the_active_dialog(qtbot, setup) -> None:
    ann, window, _settings, _speaker, events = setup
    dialog = QDialog(window)
    dialog.setWindowTitle("Save PDF")
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    ann.announce("Saved to /tmp/a.pdf")
    assert events[-1][2] is dialog
    dialog.close()


def test_announcement_is_shown_for_people_who_cannot_hear_it(qtbot, setup) -> None:
    ann, window, _settings, _speaker, _events = setup
    ann.show_in(window.statusBar())
    with qtbot.waitSignal(ann.announced) as blocker:
        ann.announce("Saved")
    assert blocker.args == ["Saved", "polite"]
    assert window.statusBar().currentMessage() == "Saved"


def test_self_voicing_off_means_silence(setup) -> None:
    ann, _window, _settings, speaker, _events = setup
    ann.announce("Saved")
    assert speaker.spoken == []
    assert ann.last == Announcement("Saved", "polite", spoken=False)


def test_self_voicing_speaks_polite_queued_and_assertive_interrupting(setup) -> None:
    ann, _window, settings, speaker, _events = setup
    settings.set_value("self_voicing", True)
    ann.announce("Saved")
    ann.announce("Session ending", "assertive")
    assert speaker.spoken == [("Saved", False), ("Session ending", True)]


def test_speech_switched_off_silences_self_voicing(setup) -> None:
    ann, _window, settings, speaker, _events = setup
    settings.set_value("self_voicing", True)
    settings.set_value("speech_enabled", False)
    ann.announce("Saved")
    assert speaker.spoken == []


def test_never_speaks_over_a_running_screen_reader(setup) -> None:
    ann, _window, settings, speaker, events = setup
    settings.set_value("self_voicing", True)
    ann.screen_reader_active = lambda: True
    ann.announce("Saved")
    assert speaker.spoken == [] and len(events) == 1  # the screen reader still gets the event


def test_explicit_self_voicing_speaks_even_with_a_screen_reader(setup) -> None:
    ann, _window, settings, speaker, _events = setup
    settings.set_value("self_voicing", True)
    settings.set_value("self_voicing_explicit", True)
    ann.screen_reader_active = lambda: True
    ann.announce("Saved")
    assert speaker.spoken == [("Saved", False)]


def test_repeat_last_says_it_again(setup) -> None:
    ann, _window, settings, speaker, events = setup
    assert ann.repeat_last() is False
    settings.set_value("self_voicing", True)
    ann.announce("第 3 项, 共 50 项")
    assert ann.repeat_last() is True
    assert speaker.spoken[-1] == ("第 3 项, 共 50 项", True)
    assert [e[0] for e in events] == ["第 3 项, 共 50 项"] * 2


def test_hooks_observe_every_announcement(setup) -> None:
    ann, _window, _settings, _speaker, _events = setup
    seen: list[Announcement] = []
    ann.hooks.append(seen.append)
    ann.announce("a")
    ann.announce("  ")  # blank: nothing to tell
    ann.announce("b", "assertive")
    assert [(a.text, a.priority) for a in seen] == [("a", "polite"), ("b", "assertive")]


def test_bad_priority_is_a_programming_error(setup) -> None:
    with pytest.raises(ValueError):
        setup[0].announce("x", "loud")


def test_announce_from_a_worker_thread_arrives_on_the_gui_thread(qtbot, setup) -> None:
    ann, _window, _settings, _speaker, _events = setup
    threads: list[bool] = []
    ann.hooks.append(lambda a: threads.append(threading.current_thread() is threading.main_thread()))
    worker = threading.Thread(target=ann.announce, args=("done",))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: threads == [True])


def test_module_function_uses_the_one_announcer_and_a_real_event(qtbot) -> None:
    label = QLabel("status")
    label.setAccessibleName("status")
    qtbot.addWidget(label)
    seen: list[Announcement] = []
    add_hook(seen.append)
    try:
        announcer().attach(target=label)
        announce("Ready")  # goes through the real QAccessible.updateAccessibility
    finally:
        remove_hook(seen.append)
        announcer().detach()
    assert [a.text for a in seen] == ["Ready"]
    assert announce_module.announcer() is announcer()
