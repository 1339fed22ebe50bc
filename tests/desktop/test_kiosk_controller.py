"""Kiosk mode end to end on a small window: start screen, sessions, idle reset, staff PIN, privacy."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QTextEdit, QVBoxLayout, QWidget

from db import applicants, pin
from db.userdata_schema import open_userdata, utc_now
from desktop.kiosk.config import KioskConfig
from desktop.kiosk.controller import KioskController
from desktop.kiosk.staff_panel import StaffPanel
from desktop.kiosk.staff_pin_dialog import StaffPinDialog
from desktop.settings import Settings
from tests.desktop.test_kiosk_privacy import SENTINEL, find_traces

FAST = 10  # milliseconds per kiosk second: a 120 s timeout passes in 1.2 s
STAFF_PIN = "2468"
MIN_TARGET = 44


class AppWindow(QWidget):
    """Stands in for the main window: a search field and a letter."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.search_field = QLineEdit(self)
        self.search_field.setAccessibleName("Search")
        self.letter = QTextEdit(self)
        self.letter.setAccessibleName("Letter")
        layout.addWidget(self.search_field)
        layout.addWidget(self.letter)


def _kiosk(qtbot, tmp_path, ms_per_second: int, warning_s: int | None = None):
    settings = Settings(tmp_path, kiosk=True)
    if warning_s is not None:
        settings.set_value("kiosk_warning_s", warning_s)
    KioskConfig(tmp_path).set_staff_pin(STAFF_PIN)
    conn = open_userdata(tmp_path / "userdata.sqlite")
    userdata = SimpleNamespace(conn=conn, applicant_id=None)
    window = AppWindow()
    qtbot.addWidget(window)
    spoken: list[str] = []
    controller = KioskController(window, settings, tmp_path, userdata=userdata, speak=spoken.append,
                                 ms_per_second=ms_per_second, open_keyboard=lambda field: None)
    controller.spoken = spoken
    controller.start()
    qtbot.waitExposed(controller.start_screen)
    yield controller
    controller.release()
    controller.start_screen.deleteLater()
    conn.close()


@pytest.fixture
def kiosk(qtbot, tmp_path):
    """A kiosk on real seconds: no idle reset can interrupt a test on a busy machine."""
    yield from _kiosk(qtbot, tmp_path, 1000)


@pytest.fixture
def fast_kiosk(qtbot, tmp_path):
    """A kiosk whose seconds last FAST ms, with a long warning (100 s) so a key can answer it in time."""
    yield from _kiosk(qtbot, tmp_path, FAST, warning_s=100)


def press(qtbot, button: QPushButton) -> None:
    """Press a button the keyboard way."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def staff_dialog(qtbot) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), (StaffPinDialog, StaffPanel)))
    return QApplication.activeModalWidget()


def type_staff_pin(qtbot, pin_text: str) -> None:
    dialog = staff_dialog(qtbot)
    assert isinstance(dialog, StaffPinDialog)
    dialog.pin_field.setFocus()
    qtbot.keyClicks(dialog.pin_field, pin_text)
    qtbot.keyClick(dialog.pin_field, Qt.Key.Key_Return)


def test_start_screen_has_large_named_targets_and_a_language_choice(kiosk) -> None:
    screen = kiosk.start_screen
    assert screen.isVisible() and screen.isFullScreen()
    for widget in [*screen.findChildren(QPushButton), *screen.findChildren(QLineEdit)]:
        assert widget.accessibleName(), widget.objectName()
        assert widget.height() >= MIN_TARGET and widget.width() >= MIN_TARGET, widget.objectName()
    assert set(screen.language_buttons) == {"zh_CN", "en"}


def test_language_chosen_on_the_first_screen_lasts_one_session(qtbot, kiosk) -> None:
    assert kiosk.settings.value("language") == "zh_CN"
    assert kiosk.start_screen.language_buttons["zh_CN"].text() == "✓ 中文"  # marked in words, not colour only
    press(qtbot, kiosk.start_screen.language_buttons["en"])
    assert kiosk.settings.value("language") == "en"
    assert kiosk.start_screen.language_buttons["en"].text() == "✓ English"
    assert kiosk.start_screen.language_buttons["zh_CN"].text() == "中文"
    press(qtbot, kiosk.start_screen.guest_button)
    kiosk.settings.set_value("font_scale", 200)
    kiosk.end_session("person")
    assert kiosk.settings.value("language") == "zh_CN"  # the next person starts from staff's defaults
    assert kiosk.settings.value("font_scale") == 100
    qtbot.waitUntil(kiosk.start_screen.isActiveWindow)
    kiosk.start_screen.staff_button.setFocus()
    qtbot.keyClick(kiosk.start_screen.staff_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is kiosk.start_screen.language_buttons["zh_CN"]  # Tab lands on the chosen one


def test_speech_is_on_by_default_at_a_kiosk(kiosk) -> None:
    assert kiosk.settings.value("self_voicing") is True


def test_kiosk_cannot_be_closed_without_the_staff_pin(qtbot, kiosk) -> None:
    press(qtbot, kiosk.start_screen.guest_button)
    window = kiosk.window
    assert window.close() is False
    type_staff_pin(qtbot, "1357")
    dialog = staff_dialog(qtbot)
    assert isinstance(dialog, StaffPinDialog) and "not the staff PIN" in dialog.error_label.text()
    assert window.isVisible()
    dialog.pin_field.setText("")
    type_staff_pin(qtbot, STAFF_PIN)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), StaffPanel))
    panel = QApplication.activeModalWidget()
    press(qtbot, panel.findChild(QPushButton, "staffLeaveKiosk"))
    qtbot.waitUntil(lambda: not window.isVisible())


def test_cancelling_the_staff_pin_keeps_the_kiosk_locked(qtbot, kiosk) -> None:
    qtbot.keyClick(kiosk.start_screen.guest_button, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    dialog = staff_dialog(qtbot)
    qtbot.keyClick(dialog.pin_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is kiosk.start_screen)
    assert kiosk.lock.engaged and kiosk.start_screen.isVisible()


def test_idle_session_is_warned_then_cleared_without_a_trace(qtbot, fast_kiosk) -> None:
    press(qtbot, fast_kiosk.start_screen.guest_button)
    window = fast_kiosk.window
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, SENTINEL)
    window.letter.setFocus()
    qtbot.keyClicks(window.letter, f"Dear {SENTINEL}")
    qtbot.keyClick(window.letter, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.letter, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    (fast_kiosk.lock.files_dir / "letter").mkdir()
    (fast_kiosk.lock.files_dir / "letter" / "cover-letter.pdf").write_text(SENTINEL)  # an export they saved
    assert find_traces()
    with qtbot.waitSignal(fast_kiosk.idle.warning, timeout=5000) as warned:
        pass
    assert warned.args[0] >= 20
    assert fast_kiosk.warning.isVisible()
    assert fast_kiosk.warning.message() in fast_kiosk.spoken and "discarded" in fast_kiosk.warning.message()
    with qtbot.waitSignal(fast_kiosk.session_ended, timeout=5000) as ended:
        pass
    assert ended.args == ["idle"]
    assert find_traces() == []
    assert list(fast_kiosk.lock.files_dir.iterdir()) == []  # what they saved at the fast_kiosk went too
    assert fast_kiosk.start_screen.isVisible() and not fast_kiosk.warning.isVisible()
    assert not window.letter.document().isUndoAvailable()


def test_a_key_during_the_warning_keeps_the_session(qtbot, fast_kiosk) -> None:
    press(qtbot, fast_kiosk.start_screen.guest_button)
    with qtbot.waitSignal(fast_kiosk.idle.warning, timeout=5000):
        pass
    ended: list[str] = []
    fast_kiosk.session_ended.connect(ended.append)
    qtbot.keyClick(fast_kiosk.window.search_field, Qt.Key.Key_Shift)
    assert not fast_kiosk.warning.isVisible()
    assert fast_kiosk.in_session and ended == []


def test_guest_work_is_erased_and_a_signed_in_profile_stays(qtbot, kiosk) -> None:
    conn = kiosk.people._userdata.conn
    person = applicants.create_applicant(conn, now=utc_now(), display_name="Li Na")
    pin.set_pin(conn, person, "8642")
    press(qtbot, kiosk.start_screen.guest_button)
    guest = kiosk.people.current
    assert guest is not None and kiosk.people._userdata.applicant_id == guest
    kiosk.end_session("person")
    assert guest not in [a.id for a in applicants.list_applicants(conn, include_guests=True)]

    screen = kiosk.start_screen
    screen.who_field.setText("li na")
    screen.pin_field.setText("1111")
    press(qtbot, screen.sign_in_button)
    assert "not right" in screen.error_label.text() and screen.isVisible()
    assert screen.who_field.text() == "li na" and screen.pin_field.text() == ""  # what was typed is kept, not the PIN
    screen.pin_field.setText("8642")
    press(qtbot, screen.sign_in_button)
    assert kiosk.in_session and kiosk.people.signed_in and not screen.isVisible()
    kiosk.end_session("person")
    assert person in [a.id for a in applicants.list_applicants(conn)]
    assert kiosk.people._userdata.applicant_id is None


def test_staff_settings_lengthen_the_idle_timeout(qtbot, kiosk) -> None:
    kiosk.request_staff()
    type_staff_pin(qtbot, STAFF_PIN)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), StaffPanel))
    panel = QApplication.activeModalWidget()
    combo = panel.idle_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # the last choice: never
    assert kiosk.settings.value("kiosk_idle_timeout_s") == 0 and kiosk.idle.timeout_s == 0
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # ten-fold: 20 minutes
    assert kiosk.idle.timeout_s == 1200
    for widget in panel.findChildren(QPushButton):
        assert widget.height() >= MIN_TARGET, widget.objectName()


def test_a_switch_press_during_the_warning_keeps_the_session(qtbot, fast_kiosk) -> None:
    from desktop.scanning import Scanner

    scanner = Scanner(fast_kiosk.window, auto=False, speak=lambda text: None)
    fast_kiosk.attach_scanner(scanner)
    press(qtbot, fast_kiosk.start_screen.guest_button)
    scanner.start()
    try:
        with qtbot.waitSignal(fast_kiosk.idle.warning, timeout=5000):
            pass
        with qtbot.waitSignal(fast_kiosk.idle.extended, timeout=1000):
            qtbot.keyClick(QApplication.focusWidget() or fast_kiosk.window, Qt.Key.Key_Space)  # the scanner eats it
        assert fast_kiosk.in_session
    finally:
        scanner.stop()


def test_warning_is_spoken_by_the_apps_own_speech_and_speech_stops_at_the_end(qtbot, tmp_path) -> None:
    from desktop.announce import announcer
    from desktop.speech.speaker import RecordingSpeaker

    settings = Settings(tmp_path, kiosk=True)
    KioskConfig(tmp_path).set_staff_pin(STAFF_PIN)
    window = AppWindow()
    qtbot.addWidget(window)
    class Speaker(RecordingSpeaker):
        stops_asked = 0

        def stop(self) -> None:  # an explicit stop (assertive speech logs its own interruptions)
            self.stops_asked += 1
            super().stop()

    speaker = Speaker()
    voice = announcer()
    voice.attach(target=window, speaker=speaker, settings=settings)
    reader_check, voice.screen_reader_active = voice.screen_reader_active, lambda: False
    controller = KioskController(window, settings, tmp_path, ms_per_second=FAST, open_keyboard=lambda field: None)
    try:
        controller.start()
        press(qtbot, controller.start_screen.guest_button)
        with qtbot.waitSignal(controller.idle.warning, timeout=5000):
            pass
        warned = controller.warning.message()
        assert warned in speaker.utterances  # speech is on by default at a kiosk
        with qtbot.waitSignal(controller.session_ended, timeout=5000):
            pass
        assert speaker.stops_asked >= 1  # the speech queue was stopped at the session end
        assert voice.last.text == "The session has ended and everything has been cleared."
    finally:
        controller.release()
        voice.detach()
        voice.screen_reader_active = reader_check


def test_start_screen_tab_order_is_reading_order(qtbot, kiosk) -> None:
    screen = kiosk.start_screen
    # The language buttons are one exclusive group: Tab enters it at the chosen one, arrows move within.
    expected = [screen.guest_button, screen.who_field, screen.who_keyboard, screen.pin_field, screen.pin_keyboard,
                screen.sign_in_button, screen.staff_button, screen.language_buttons["zh_CN"]]
    screen.language_buttons["zh_CN"].setFocus()
    seen = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected  # and round again: no trap


def test_a_switch_user_begins_and_ends_a_session_with_two_switches(qtbot, kiosk) -> None:
    from desktop.scanning import Scanner

    scanner = Scanner(kiosk.window, auto=False, speak=lambda text: None)
    kiosk.attach_scanner(scanner)
    scanner.start()

    def pick(wanted: str) -> None:
        for _ in range(40):
            if scanner.current_description().startswith(wanted):
                qtbot.keyClick(QApplication.focusWidget() or kiosk.start_screen, Qt.Key.Key_Return)
                return
            qtbot.keyClick(QApplication.focusWidget() or kiosk.start_screen, Qt.Key.Key_Space)
        raise AssertionError(f"never reached {wanted!r}")

    try:
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is kiosk.start_screen)
        pick("Group: Language")
        pick("English")
        assert kiosk.settings.value("language") == "en"
        pick("Begin as a guest, button")
        assert kiosk.in_session
        qtbot.waitUntil(lambda: scanner.current_description().startswith("Search"))  # the window is scanned now
        ended: list[str] = []
        kiosk.session_ended.connect(ended.append)
        kiosk.end_session("person")
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is kiosk.start_screen)
        qtbot.waitUntil(lambda: scanner.current_description().startswith("Group: Language"))
        pick("Group: Language")
        assert scanner.current_description() == "中文, radio button, checked"  # both languages offered again
        assert ended == ["person"]
    finally:
        scanner.stop()


def test_a_pin_reset_by_staff_is_told_at_sign_in(qtbot, kiosk) -> None:
    conn = kiosk.people._userdata.conn
    person = applicants.create_applicant(conn, now=utc_now(), display_name="Wang Fang")
    pin.set_pin(conn, person, "1111")
    pin.reset_pin_in_person(conn, person, "2222", now=utc_now())
    screen = kiosk.start_screen
    screen.who_field.setText(str(person))  # the profile number works as well as the name
    screen.pin_field.setText("2222")
    press(qtbot, screen.sign_in_button)
    assert kiosk.people.signed_in
    assert any(text.startswith("Your PIN was reset by staff on") for text in kiosk.spoken)


@pytest.mark.parametrize("scale", [200, 400])
def test_start_screen_reflows_at_large_text_instead_of_cutting_it(qtbot, scale) -> None:
    from desktop.kiosk.controller import KIOSK_TARGETS_STYLE
    from desktop.kiosk.start_screen import StartScreen
    from desktop.themes import apply_appearance

    app = QApplication.instance()
    apply_appearance(app, "default", scale)
    try:
        screen = StartScreen()
        screen.setStyleSheet(KIOSK_TARGETS_STYLE)
        qtbot.addWidget(screen)
        screen.resize(1280, 800)
        screen.show()
        qtbot.waitExposed(screen)
        qtbot.wait(20)
        squeezed = [f"{b.objectName()}: {b.size().toTuple()} < {b.sizeHint().toTuple()}"
                    for b in screen.findChildren(QPushButton)
                    if b.height() + 1 < b.sizeHint().height() or b.width() + 1 < b.sizeHint().width()]
        assert squeezed == []
    finally:
        apply_appearance(app, "default", 100)


def test_staff_key_works_on_the_start_screen(qtbot, kiosk) -> None:
    qtbot.waitUntil(kiosk.start_screen.isActiveWindow)
    qtbot.keyClick(kiosk.start_screen.guest_button, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert isinstance(staff_dialog(qtbot), StaffPinDialog)


def test_the_start_screen_never_warns_an_empty_room_but_forgets_half_typed_input(qtbot, fast_kiosk) -> None:
    warned: list[int] = []
    fast_kiosk.idle.warning.connect(warned.append)
    screen = fast_kiosk.start_screen
    qtbot.waitUntil(screen.isActiveWindow)
    screen.who_field.setFocus()
    qtbot.keyClicks(screen.who_field, "Li")
    press(qtbot, screen.language_buttons["en"])
    qtbot.waitUntil(lambda: screen.who_field.text() == "", timeout=5000)  # after the idle time, quietly
    assert fast_kiosk.settings.value("language") == "zh_CN"
    assert warned == [] and not fast_kiosk.warning.isVisible()
    assert fast_kiosk.spoken == []  # nothing was said to nobody


def test_a_staff_panel_left_open_closes_after_the_idle_time(qtbot, fast_kiosk) -> None:
    fast_kiosk.request_staff()
    type_staff_pin(qtbot, STAFF_PIN)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), StaffPanel))
    with qtbot.waitSignal(fast_kiosk.idle.expired, timeout=5000):
        pass  # staff walked away
    qtbot.waitUntil(lambda: not isinstance(QApplication.activeModalWidget(), StaffPanel))
    assert fast_kiosk.lock.engaged and fast_kiosk.start_screen.isVisible()


def open_staff_panel(qtbot, kiosk) -> StaffPanel:
    """Staff key, staff PIN: the panel."""
    window = kiosk.start_screen if kiosk.start_screen.isVisible() else kiosk.window
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier) \
        if window is kiosk.start_screen else kiosk.request_staff()
    type_staff_pin(qtbot, STAFF_PIN)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), StaffPanel))
    return QApplication.activeModalWidget()


def test_a_persons_text_size_never_becomes_the_default_when_staff_end_the_session(qtbot, kiosk) -> None:
    press(qtbot, kiosk.start_screen.guest_button)
    kiosk.settings.set_value("font_scale", 300)  # the person's own Ctrl++ presses
    kiosk.settings.set_value("language", "en")
    panel = open_staff_panel(qtbot, kiosk)
    assert panel.findChild(QComboBox, "staff_font_scale").currentData() == 100  # staff see their default
    press(qtbot, panel.findChild(QPushButton, "staffEndSession"))
    qtbot.waitUntil(kiosk.start_screen.isVisible)
    assert kiosk.settings.value("font_scale") == 100
    assert kiosk.settings.value("language") == "zh_CN"
    press(qtbot, kiosk.start_screen.guest_button)
    kiosk.end_session("person")
    assert kiosk.settings.value("font_scale") == 100  # and stays so for the session after


def test_staff_defaults_chosen_in_the_panel_are_what_each_session_starts_from(qtbot, kiosk) -> None:
    panel = open_staff_panel(qtbot, kiosk)
    combo = panel.findChild(QComboBox, "staff_font_scale")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # 125 %
    assert kiosk.settings.value("font_scale") == 125
    press(qtbot, panel.findChild(QPushButton, "staffClose"))
    press(qtbot, kiosk.start_screen.guest_button)
    kiosk.settings.set_value("font_scale", 300)
    kiosk.end_session("person")
    assert kiosk.settings.value("font_scale") == 125


def test_a_crash_mid_session_does_not_make_that_persons_settings_the_defaults(qtbot, tmp_path) -> None:
    KioskConfig(tmp_path).set_staff_default("theme", "high_contrast_dark")  # staff's choice, made earlier
    left_over = Settings(tmp_path, kiosk=True)  # what the settings file held when the power went
    left_over.set_value("font_scale", 300)
    left_over.set_value("language", "en")
    left_over.set_value("theme", "default")
    kiosks = _kiosk(qtbot, tmp_path, 1000)
    kiosk = next(kiosks)
    try:
        assert kiosk.settings.value("font_scale") == 100
        assert kiosk.settings.value("language") == "zh_CN"
        assert kiosk.settings.value("theme") == "high_contrast_dark"
        assert kiosk.start_screen.language_buttons["zh_CN"].text().startswith("✓")
    finally:
        next(kiosks, None)


def test_every_speech_and_switch_choice_a_person_makes_goes_back_at_the_end(qtbot, kiosk) -> None:
    from desktop.settings import PREFERENCES

    press(qtbot, kiosk.start_screen.guest_button)
    changed = {"self_voicing_explicit": True, "rate": 300, "volume": 20, "echo_words": True,
               "scan_long_press_ms": 2500}
    for key, value in changed.items():
        kiosk.settings.set_value(key, value)
    kiosk.end_session("person")
    for key in changed:
        assert kiosk.settings.value(key) == PREFERENCES[key].default_for(True), key
