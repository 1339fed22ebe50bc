"""One way to tell a person that something changed: `announce(text, priority)`.

Each announcement goes three ways at once, so nobody misses it:
- to screen readers, as a `QAccessibleAnnouncementEvent` (NVDA via UIA, Orca
  45+ speak it) with polite or assertive politeness;
- to the eye, through the `announced(text, priority)` signal, which the main
  window shows in its status line (deaf users see every spoken message);
- to the app's own speech, when a speaker is attached, speech is allowed and
  self-voicing is on, but never over a running screen reader unless the
  person turned self-voicing on themselves (`self_voicing_explicit`);
  "running" is desktop/screen_reader.py's `screen_reader_running()`.

The last announcement is kept for "repeat last message" (F5). Hooks let the
speech layer and tests observe every announcement. Announcing from a worker
thread is safe: the call is passed to the GUI thread.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QStatusBar

from desktop.settings import Settings

Priority = Literal["polite", "assertive"]
_POLITENESS = {
    "polite": QAccessible.AnnouncementPoliteness.Polite,
    "assertive": QAccessible.AnnouncementPoliteness.Assertive,
}


class SpeakerLike(Protocol):
    """What announce needs of desktop.speech's Speaker."""

    def speak(self, text: str, *, interrupt: bool = True) -> None: ...

    def stop(self) -> None: ...


@dataclass(frozen=True)
class Announcement:
    """One announcement as it was made."""

    text: str
    priority: Priority
    spoken: bool


Hook = Callable[[Announcement], None]


class Announcer(QObject):
    """Sends announcements to assistive technology, the screen and the app's speech."""

    announced = Signal(str, str)  # text, priority: show it (status line) for people who cannot hear it
    _from_other_thread = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target: QObject | None = None
        self.speaker: SpeakerLike | None = None
        self.settings: Settings | None = None
        self.hooks: list[Hook] = []
        self.last: Announcement | None = None
        # Seams for tests: where events go and whether a screen reader listens.
        self.update_accessibility: Callable[[QAccessibleAnnouncementEvent], None] = QAccessible.updateAccessibility
        self.screen_reader_active: Callable[[], bool] = _screen_reader_running
        self._from_other_thread.connect(self._announce_here)

    def attach(self, *, target: QObject | None = None, speaker: SpeakerLike | None = None,
               settings: Settings | None = None) -> None:
        """Set what to announce on (the main window), how to speak, and which settings decide."""
        if target is not None:
            self.target = target
        if speaker is not None:
            self.speaker = speaker
        if settings is not None:
            self.settings = settings

    def detach(self) -> None:
        """Forget target, speaker, settings, hooks and the last message (tests, end of a kiosk session)."""
        self.target = self.speaker = self.settings = None
        self.hooks.clear()
        self.last = None

    def should_speak(self) -> bool:
        """Whether the app's own speech voices announcements now."""
        settings = self.settings
        if self.speaker is None or settings is None:
            return False
        if not settings.value("speech_enabled") or not settings.value("self_voicing"):
            return False
        return settings.value("self_voicing_explicit") or not self.screen_reader_active()

    def announce(self, text: str, priority: Priority = "polite") -> None:
        """Announce `text`; "assertive" interrupts what is being said, "polite" waits its turn."""
        if priority not in _POLITENESS:
            raise ValueError(f"priority must be 'polite' or 'assertive', not {priority!r}")
        if QThread.currentThread() is not self.thread():
            self._from_other_thread.emit(text, priority)
            return
        self._announce_here(text, priority)

    @Slot(str, str)
    def _announce_here(self, text: str, priority: str) -> None:
        text = text.strip()
        if not text:
            return
        self._send_event(text, priority)
        spoken = self.should_speak()
        if spoken and self.speaker is not None:
            self.speaker.speak(text, interrupt=priority == "assertive")
        self.last = Announcement(text, priority, spoken)  # type: ignore[arg-type]
        self.announced.emit(text, priority)
        for hook in list(self.hooks):
            hook(self.last)

    def _send_event(self, text: str, priority: str) -> None:
        # From the window the person is in (a dialog, say), where screen readers listen most
        # attentively; otherwise from the attached main window.
        target = QApplication.activeWindow() if QGuiApplication.instance() is not None else None
        if target is None and self.target is not None and shiboken6.isValid(self.target):
            target = self.target
        target = target or _default_target()
        if target is None:
            return
        event = QAccessibleAnnouncementEvent(target, text)
        event.setPoliteness(_POLITENESS[priority])
        self.update_accessibility(event)

    def repeat_last(self) -> bool:
        """Announce the last message again (assertively); False if there was none."""
        if self.last is None:
            return False
        self._announce_here(self.last.text, "assertive")
        return True

    def show_in(self, status_bar: QStatusBar) -> None:
        """Show every announcement in `status_bar` until the next one."""
        self.announced.connect(lambda text, _priority: status_bar.showMessage(text))


def _screen_reader_running() -> bool:
    # Imported when first asked (speech deciding whether to speak), not when the
    # main window attaches the announcer: ~2 ms of a cold start (issue #3).
    from desktop.screen_reader import screen_reader_running

    return screen_reader_running()


def _default_target() -> QObject | None:
    # Nothing active and nothing attached yet: whatever has the focus.
    if QGuiApplication.instance() is None:
        return None
    return QApplication.focusWidget()


_announcer: Announcer | None = None


def announcer() -> Announcer:
    """The application's one Announcer (created on first use, in the GUI thread)."""
    global _announcer
    if _announcer is None:
        _announcer = Announcer(QGuiApplication.instance())
    return _announcer


def announce(text: str, priority: Priority = "polite") -> None:
    """Tell the person `text`: screen reader event, visible status, and self-voicing speech when on."""
    announcer().announce(text, priority)


def add_hook(hook: Hook) -> None:
    """Call `hook(announcement)` after every announcement."""
    announcer().hooks.append(hook)


def remove_hook(hook: Hook) -> None:
    """Stop calling `hook`."""
    hooks = announcer().hooks
    if hook in hooks:
        hooks.remove(hook)
