"""Kiosk mode, wired together: lock, start screen, sessions, idle reset, staff.

`KioskController(window, settings, data_dir, ...)` turns any QWidget main
window into a kiosk: the window is locked fullscreen (lockdown.py), the
start screen asks for the language and a guest or signed-in session
(start_screen.py), the idle monitor warns and ends the session
(idle.py, idle_warning.py), an end clears every trace of the person
(session_reset.py, people.py), and staff reach their panel with the staff
PIN (staff_pin_dialog.py, staff_panel.py). Preferences a person changes
during a session (language, text size, theme, speech) go back to the staff's
defaults for the next person: those are kept apart in kiosk.json, written
only by the staff panel, and applied at every session end and at start
(settings.ini may still hold a person's choices after a crash).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTableView, QTextEdit, QWidget

from db import paths
from desktop.announce import announcer
from desktop.kiosk.config import KioskConfig, KioskConfigDamaged
from desktop.kiosk.idle import IdleMonitor
from desktop.kiosk.idle_warning import IdleWarning
from desktop.kiosk.locked_notice import LockedNotice
from desktop.kiosk.lockdown import KioskLock
from desktop.kiosk.people import People, SignIn
from desktop.kiosk.session_reset import SessionReset
from desktop.kiosk.speaking import default_speak
from desktop.kiosk.status_buttons import EndSessionButton, KeyboardButton
from desktop.kiosk.staff_panel import StaffPanel
from desktop.kiosk.staff_pin_dialog import StaffPinDialog
from desktop.kiosk.start_screen import MIN_TARGET_PX, StartScreen
from desktop.kiosk.usage import UsageLog
from desktop.onscreen_keyboard import OnScreenKeyboard
from desktop.settings import PREFERENCES, Settings

# What a person may change for themselves; staff's values come back at every session end.
# Voices are left out: the staff panel has no voice control, so staff choose one on the Preferences page (known
# gap: a voice a person picks there stays for the next person).
PERSONAL_PREFERENCES = ("language", "font_scale", "theme", "speech_enabled", "self_voicing", "self_voicing_explicit",
                        "rate", "volume", "echo_characters", "echo_words", "scanning", "scan_interval_ms", "scan_mode",
                        "scan_long_press_ms")
# ACCESSIBILITY.md 10: every target at least 44x44 px at a kiosk. Set on the kiosk's windows, it
# cascades over the app stylesheet (whose min-height in em would otherwise win) and into their dialogs.
KIOSK_TARGETS_STYLE = """
QPushButton, QToolButton, QComboBox, QLineEdit, QSpinBox, QDateEdit, QCheckBox, QRadioButton, QTabBar::tab {
    min-height: 44px; }
QPushButton, QToolButton { min-width: 44px; }
QListView::item, QTreeView::item { min-height: 44px; }
"""
FINISH_METHOD = "finish_for_session_end"
TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit)  # draft editors: save (signed in) or discard (guest) without asking


def _open_keyboard(field: QWidget) -> None:
    OnScreenKeyboard.open_for(field)


class KioskController(QObject):
    """Runs `window` as a kiosk. Signals: session_started(signed_in), session_ended(reason)."""

    session_started = Signal(bool)
    session_ended = Signal(str)  # "person" | "staff" | "idle"

    def __init__(self, window: QWidget, settings: Settings, data_dir: Path, *, userdata: Any = None,
                 speak: Callable[[str], None] | None = None, ms_per_second: int = 1000,
                 open_keyboard: Callable[[QWidget], None] = _open_keyboard, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.settings = settings
        self.data_dir = Path(data_dir)
        self.config = KioskConfig(self.data_dir)
        self.usage = UsageLog(self.data_dir)
        self.people = People(userdata)
        self._speak = speak or default_speak
        self._open_keyboard = open_keyboard
        self.lock = KioskLock(window, data_dir=self.data_dir, parent=self)
        self.lock.exit_requested.connect(self.request_staff)
        self.lock.restored.connect(self._raise_kiosk_windows)
        self._ms_per_second = ms_per_second
        self.idle = IdleMonitor(settings.value("kiosk_idle_timeout_s"), settings.value("kiosk_warning_s"),
                                ms_per_second=ms_per_second, parent=self)
        self.warning = IdleWarning(window, speak=self._speak)
        self.warning.continue_requested.connect(self.idle.poke)
        self.idle.warning.connect(lambda left: self.warning.show_warning(left, signed_in=self.people.signed_in))
        self.idle.countdown.connect(self.warning.set_seconds)
        self.idle.extended.connect(self.warning.hide)
        self.idle.expired.connect(lambda: self.end_session("idle"))
        self.reset = SessionReset(self)
        self.reset.add_hook(self._reset_window_state)
        self.reset.add_hook(self._stop_speech)
        self.reset.add_hook(self._empty_files_dir)
        self.start_screen = StartScreen(None)
        self.start_screen.guest_chosen.connect(self.begin_guest)
        self.start_screen.sign_in_requested.connect(self.sign_in)
        self.start_screen.language_chosen.connect(lambda code: settings.set_value("language", code))
        self.start_screen.staff_requested.connect(self.request_staff)
        self.start_screen.keyboard_requested.connect(self._open_keyboard)
        self._quiet_reset = QTimer(self)
        self._quiet_reset.setSingleShot(True)
        self._quiet_reset.timeout.connect(self._clear_start_screen)
        for signal in (self.start_screen.who_field.textEdited, self.start_screen.pin_field.textEdited,
                       self.start_screen.language_chosen):
            signal.connect(self._start_screen_touched)
        self.in_session = False
        self._staff_dialog: QWidget | None = None
        self.locked_notice: LockedNotice | None = None
        settings.changed.connect(self._setting_changed)
        self._connect_window()

    # ---- start and stop ------------------------------------------------------------------------------------
    def start(self) -> None:
        """Lock the window and show the start screen (asking staff for a PIN first on a new kiosk)."""
        self.people.discard_leftover_guests()
        for widget in (self.window, self.start_screen, self.warning):
            widget.setStyleSheet(widget.styleSheet() + KIOSK_TARGETS_STYLE)
        for table in self.window.findChildren(QTableView):
            # Table rows take their height from the header, not from the style sheet.
            header = table.verticalHeader()
            header.setMinimumSectionSize(MIN_TARGET_PX)
            header.setDefaultSectionSize(max(MIN_TARGET_PX, header.defaultSectionSize()))
        self.lock.engage()
        if self.config.damaged:
            self._show_start_screen()
            self._show_locked_notice()
            return
        self._restore_defaults()  # after a crash mid-session settings.ini still holds that person's choices
        self._show_start_screen()
        if not self.config.has_staff_pin:
            self._require_staff_pin()

    def _ready(self) -> bool:
        """Whether a session may begin: kiosk.json is readable and the staff PIN has been chosen."""
        try:
            return self.config.has_staff_pin
        except KioskConfigDamaged:
            return False

    def _require_staff_pin(self) -> None:
        # Whoever sets the kiosk up chooses the staff PIN now; cancelling only asks again, so a passer-by
        # can never find a usable kiosk without a PIN and choose one.
        self._ask_staff_pin(create=True, then=lambda: None)
        self._staff_dialog.rejected.connect(lambda: QTimer.singleShot(0, self._ask_again_for_staff_pin))

    def _ask_again_for_staff_pin(self) -> None:
        if not self._ready() and self.lock.engaged and not self.config.damaged:
            self._require_staff_pin()

    def _show_locked_notice(self) -> None:
        if self.locked_notice is None:
            self.locked_notice = LockedNotice(str(self.config.path), self.start_screen)
            self.locked_notice.setProperty("kiosk_keep", True)
        self.locked_notice.open()
        self.locked_notice.message.setFocus()
        self._speak(self.locked_notice.text())

    def leave_kiosk(self) -> None:
        """Staff chose to leave kiosk mode: end the session, unlock and close the app's windows."""
        self.end_session("staff", show_start=False)
        self.release()
        self.window.close()

    def release(self) -> None:
        """Stop being a kiosk without closing the main window (after leave_kiosk, and in tests)."""
        self.idle.stop()
        self.lock.release()
        self.warning.hide()
        if self._staff_dialog is not None and shiboken6.isValid(self._staff_dialog):
            self._staff_dialog.close()
        if self.locked_notice is not None:
            self.locked_notice.done(0)  # its reject() is deliberately a no-op
        self.start_screen.setProperty("closing_allowed", True)
        self.start_screen.close()

    # ---- sessions ------------------------------------------------------------------------------------------
    def begin_guest(self) -> None:
        """Start a guest session (never before the staff PIN exists)."""
        if not self._ready():
            return
        self.people.begin_guest()
        self._begin()

    def sign_in(self, who: str, typed_pin: str) -> None:
        """Sign in from the start screen; on failure say why (never which of name or PIN was wrong)."""
        if not self._ready():
            return
        result: SignIn = self.people.sign_in(who, typed_pin)
        if result.applicant_id is not None:
            self._begin()
            if result.pin_reset_at is not None:
                # db/pin.py policy: a reset done by staff is always shown to the person at sign-in.
                self._speak(self.tr("Your PIN was reset by staff on {0}. If you did not ask for this, please tell "
                                    "the staff.").format(result.pin_reset_at.astimezone().strftime("%Y-%m-%d")))
            return
        if result.unavailable:
            text = self.tr("Profiles cannot be opened on this computer right now. You can begin as a guest.")
        elif result.locked and result.wait_until is not None:
            text = self.tr("This profile is locked after too many wrong PINs until {0}. Staff can help.").format(
                result.wait_until.astimezone().strftime("%H:%M"))
        elif result.wait_until is not None:
            text = self.tr("Too many wrong PINs. Please wait a moment and try again.")
        else:
            text = self.tr("The name or the PIN is not right. Please try again.")
        self.start_screen.show_error(text)
        self._speak(text)

    def _begin(self) -> None:
        self.in_session = True
        self.usage.count("sessions")
        self.start_screen.hide()
        self.window.activateWindow()
        focus = getattr(self.window, "focus_search", None)
        if callable(focus):
            focus()
        self.idle.start()
        self._speak(self.tr("Session started. When you are finished, choose End session."))
        self.session_started.emit(self.people.signed_in)

    def end_session(self, reason: str = "person", *, show_start: bool = True) -> None:
        """End the session: save or discard drafts, clear every trace, back to the start screen."""
        self.warning.hide()
        for widget in QApplication.topLevelWidgets():
            finish = getattr(widget, FINISH_METHOD, None)
            if callable(finish) and shiboken6.isValid(widget) and widget.isVisible():
                finish(self.people.signed_in)
        keep = (self.start_screen, self.warning, self.window)
        self.reset.clear_session(keep=keep)
        self.people.end()
        self._restore_defaults()
        was_in_session, self.in_session = self.in_session, False
        if was_in_session:
            self.session_ended.emit(reason)
        # No idle warning on the start screen: an unattended kiosk must not ask an empty room if anyone
        # is there. What was half typed there is cleared quietly instead (see _start_screen_touched).
        self.idle.stop()
        if show_start:
            self._show_start_screen()
            self._speak(self.tr("The session has ended and everything has been cleared."))

    def _start_screen_touched(self, *_args: object) -> None:
        timeout_s = self.idle.timeout_s or int(self.settings.value("kiosk_idle_timeout_s")) or 120
        self._quiet_reset.start(timeout_s * self._ms_per_second)

    def _clear_start_screen(self) -> None:
        # Someone began typing a name or PIN, or chose a language, then walked away.
        if not self.in_session:
            self.start_screen.reset()
            self._restore_defaults()
            self.start_screen.show_language(self.settings.value("language"))

    def _raise_kiosk_windows(self) -> None:
        # Without a window manager the last window shown is on top: keep the start screen and dialogs above.
        for widget in (self.start_screen, self._staff_dialog, QApplication.activeModalWidget()):
            if widget is not None and shiboken6.isValid(widget) and widget.isVisible():
                widget.raise_()

    def _show_start_screen(self) -> None:
        self.start_screen.reset()
        self.start_screen.show_language(self.settings.value("language"))
        # Cover the whole screen even without a window manager (a bare kiosk X session) to honour fullscreen.
        screen = self.window.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.start_screen.setGeometry(screen.geometry())
        self.start_screen.showFullScreen()
        self.start_screen.raise_()
        self.start_screen.activateWindow()

    # ---- staff ---------------------------------------------------------------------------------------------
    def request_staff(self) -> None:
        """Someone asked for staff settings, or tried to leave: ask for the staff PIN."""
        if self._staff_dialog is not None and shiboken6.isValid(self._staff_dialog) and self._staff_dialog.isVisible():
            return
        if self.config.damaged:
            self._show_locked_notice()  # never "choose a PIN" over a PIN that cannot be read
            return
        if not self.config.has_staff_pin:
            self._require_staff_pin()
            return
        self._ask_staff_pin(create=False, then=self._open_staff_panel)

    def _ask_staff_pin(self, *, create: bool, then: Callable[[], None]) -> None:
        dialog = StaffPinDialog(self.config, create=create, parent=self._top(), speak=self._speak)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.keyboard_requested.connect(self._open_keyboard)
        dialog.accepted.connect(then)
        self._staff_dialog = dialog
        dialog.open()

    def _open_staff_panel(self) -> None:
        catalogue = self.data_dir / paths.CATALOGUE_FILE
        panel = StaffPanel(self.settings, self.usage, catalogue, parent=self._top(), speak=self._speak,
                           defaults=self.staff_defaults(), set_default=self._set_staff_default)
        panel.end_session_requested.connect(lambda: (panel.accept(), self.end_session("staff")))
        panel.change_pin_requested.connect(lambda: self._ask_staff_pin(create=True, then=lambda: None))
        panel.leave_kiosk_requested.connect(lambda: (panel.accept(), self.leave_kiosk()))
        panel.import_folders_needed.connect(lambda roots: self.lock.allow_staff_folders([Path(r) for r in roots]))
        panel.catalogue_updated.connect(self._catalogue_updated)
        panel.finished.connect(lambda _result: None if self.in_session else self.idle.stop())
        self._staff_dialog = panel
        panel.open()
        # A staff panel left open is a way out of the kiosk for anyone: it times out like a session.
        self.idle.start()

    def _top(self) -> QWidget:
        return self.start_screen if self.start_screen.isVisible() else self.window

    def _catalogue_updated(self) -> None:
        search = getattr(self.window, "search_now", None)
        if callable(search):
            search()

    # ---- preferences ---------------------------------------------------------------------------------------
    def staff_defaults(self) -> dict[str, Any]:
        """What every session starts from: staff's stored choice, else the declared kiosk default."""
        stored = self.config.staff_defaults()
        return {key: stored.get(key, PREFERENCES[key].default_for(True)) for key in PERSONAL_PREFERENCES}

    def _set_staff_default(self, key: str, value: Any) -> None:
        # Only the staff panel's default controls come here; a person's own changes never do.
        self.config.set_staff_default(key, value)

    def _restore_defaults(self) -> None:
        for key, value in self.staff_defaults().items():
            if self.settings.value(key) != value:
                self.settings.set_value(key, value)

    def _setting_changed(self, key: str) -> None:
        if key in ("kiosk_idle_timeout_s", "kiosk_warning_s"):
            self.idle.configure(self.settings.value("kiosk_idle_timeout_s"), self.settings.value("kiosk_warning_s"))

    # ---- the window's own state ----------------------------------------------------------------------------
    def _connect_window(self) -> None:
        window = self.window
        status_bar = getattr(window, "statusBar", None)
        if callable(status_bar):
            # A kiosk may have a touch screen and no keyboard: the on-screen one is always a touch away.
            self.keyboard_button = KeyboardButton(window)
            self.keyboard_button.clicked.connect(self._keyboard_for_last_field)
            status_bar().addPermanentWidget(self.keyboard_button)
            self.end_button = EndSessionButton(window)
            self.end_button.clicked.connect(lambda: self.end_session("person"))
            status_bar().addPermanentWidget(self.end_button)
        self._last_field: QWidget | None = getattr(window, "search_field", None)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._remember_field)
        registry = getattr(window, "registry", None)
        if registry is not None:
            from desktop.actions import ActionId

            if ActionId.END_SESSION in registry.ids():
                registry.connect(ActionId.END_SESSION, lambda: self.end_session("person"))
            if ActionId.STAFF_MENU in registry.ids():
                registry.connect(ActionId.STAFF_MENU, self.request_staff)
        field = getattr(window, "search_field", None)
        if field is not None:
            field.editingFinished.connect(self._count_search)
        drafts = getattr(window, "draft_requested", None)
        if drafts is not None:
            drafts.connect(lambda *_: self.usage.count("drafts"))
        self._last_search = ""

    def _remember_field(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, TEXT_FIELDS) and not new.isReadOnly() and new.window() is not self.start_screen \
                and not isinstance(new.window(), OnScreenKeyboard):
            self._last_field = new

    def _keyboard_for_last_field(self) -> None:
        field = self._last_field
        if field is None or not shiboken6.isValid(field) or not field.isVisible():
            field = getattr(self.window, "search_field", None)
        if field is not None:
            field.setFocus()
            self._open_keyboard(field)

    def _count_search(self) -> None:
        text = self.window.search_field.text().strip()
        if text and text != self._last_search and self.in_session:
            self._last_search = text
            self.usage.count("searches")

    def _reset_window_state(self) -> None:
        self._last_search = ""
        filters = getattr(self.window, "filters", None)
        if filters is not None and callable(getattr(filters, "clear", None)):
            filters.clear()
        detail = getattr(self.window, "detail", None)
        if detail is not None and callable(getattr(detail, "show_position", None)):
            detail.show_position(None)

    def attach_scanner(self, scanner: Any) -> None:
        """Count switch presses as activity (the scanner consumes them before the idle filter sees them)."""
        scanner.switch_pressed.connect(self.idle.poke)

    def _empty_files_dir(self) -> None:
        # Whatever a person saved at the kiosk (an exported letter) is theirs, not the next person's.
        for path in sorted(self.lock.files_dir.rglob("*"), key=lambda p: len(p.parts), reverse=True):
            try:
                path.rmdir() if path.is_dir() and not path.is_symlink() else path.unlink()
            except OSError:
                pass  # a file still open elsewhere; the next session end tries again

    def _stop_speech(self) -> None:
        speaker = announcer().speaker
        if speaker is not None:
            speaker.stop()


def start_kiosk(window: QWidget, settings: Settings, data_dir: Path, *, userdata: Any = None,
                scanning: Any = None) -> KioskController:
    """Run `window` as a kiosk (call after the window is shown); returns the controller, kept by the window."""
    controller = KioskController(window, settings, data_dir, userdata=userdata)
    if scanning is not None:
        controller.attach_scanner(scanning.scanner)
    window._zhumeng_kiosk = controller  # type: ignore[attr-defined]  # lives as long as the window
    controller.start()
    return controller
