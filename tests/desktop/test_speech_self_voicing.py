"""Self-voicing on the real main window, driven by keys, heard through the recording speaker."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QListView, QMenu

from desktop.announce import announcer
from desktop.screen_reader import screen_reader_running
from desktop.speech.self_voicing import attach_speech, role_word
from desktop.speech.speaker import RecordingSpeaker, SilentSpeaker
from tests.accessibility.windows import open_main_window


@pytest.fixture
def heard(qtbot, tmp_path):
    """(window, recording speaker) with self-voicing on and no screen reader running."""
    window = open_main_window(qtbot, tmp_path)
    speaker = RecordingSpeaker()
    announcer().screen_reader_active = lambda: False
    window.voicing = attach_speech(window, window.settings, speaker)
    window.settings.set_value("self_voicing", True)
    speaker.clear()
    yield window, speaker
    announcer().screen_reader_active = screen_reader_running
    announcer().speaker = None


def focused():
    return QApplication.focusWidget()


def accessible_name(widget) -> str:
    # The name set for assistive technology; on Linux Qt's own Name of a combo box is its current text.
    return widget.accessibleName() or QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def tab_once_around(qtbot, window, speaker) -> list[tuple[object, list[str]]]:
    """Press Tab until the focus is back in the search field; what was said at each stop."""
    stops = []
    for _ in range(40):
        before = len(speaker.utterances)
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        stops.append((focused(), speaker.utterances[before:]))
        if focused() is window.search_field:
            return stops
    raise AssertionError("Tab never came back to the search field")


def test_tabbing_through_the_main_window_speaks_each_stop_once_in_order(qtbot, heard) -> None:
    window, speaker = heard
    stops = tab_once_around(qtbot, window, speaker)
    assert len(stops) > 10
    for widget, said in stops:
        assert len(said) == 1, (widget, said)  # one utterance per stop, nothing left over or doubled
        assert said[0].startswith(accessible_name(widget))
    spoken = {widget: said[0] for widget, said in stops}
    model = window.model
    first = model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    results_role = role_word(QAccessible.queryAccessibleInterface(window.results).role())  # list or table
    assert results_role in ("list", "table")
    assert spoken[window.results] == f"Results, {results_role}, {first}, item 1 of {model.rowCount()}"
    assert spoken[window.detail.favourite_button] == "Mark as favourite, check box, not checked"
    assert spoken[window.search_field] == "Search positions, edit field"
    category = window.filters.findChild(QComboBox, "categoryFilter")
    assert spoken[category] == "Category, combo box, All categories"  # its label, not only its current text
    assert speaker.utterances == [said[0] for _widget, said in stops]


def test_moving_in_the_results_speaks_the_result_and_its_position(qtbot, heard) -> None:
    window, speaker = heard
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # into the results
    qtbot.waitUntil(lambda: focused() is window.results)
    speaker.clear()
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    model = window.model
    third = model.data(model.index(2, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert speaker.utterances[-1] == f"{third}, item 3 of {model.rowCount()}"


def test_ticking_a_filter_says_its_new_state(qtbot, heard) -> None:
    window, speaker = heard
    boxes = [w for w in window.filters.findChildren(QCheckBox) if w.isVisible()]
    boxes[0].setFocus()
    speaker.clear()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert speaker.utterances == ["checked", "not checked"]
    check_list = window.filters.findChildren(QListView)[0]
    check_list.setFocus()
    speaker.clear()
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert speaker.utterances == ["checked"]


def test_quiet_while_a_screen_reader_runs_unless_turned_on_explicitly(qtbot, heard) -> None:
    window, speaker = heard
    announcer().screen_reader_active = lambda: True
    tab_once_around(qtbot, window, speaker)
    assert speaker.utterances == []
    window.settings.set_value("self_voicing_explicit", True)
    stops = tab_once_around(qtbot, window, speaker)
    assert len(speaker.utterances) == len(stops)


def test_self_voicing_off_speaks_nothing_on_focus(qtbot, heard) -> None:
    window, speaker = heard
    window.settings.set_value("self_voicing", False)
    tab_once_around(qtbot, window, speaker)
    assert speaker.utterances == []


def test_f9_silences_all_speech_and_brings_it_back(qtbot, heard) -> None:
    window, speaker = heard
    qtbot.keyClick(focused(), Qt.Key.Key_F9)
    assert window.settings.value("speech_enabled") is False
    assert speaker.log[-1] == ("stop", "")
    speaker.clear()
    tab_once_around(qtbot, window, speaker)
    qtbot.keyClick(focused(), Qt.Key.Key_F4)
    assert speaker.utterances == []
    qtbot.keyClick(focused(), Qt.Key.Key_F9)
    stops = tab_once_around(qtbot, window, speaker)
    assert len(speaker.utterances) == len(stops)


def test_f2_reads_the_open_position_in_full_and_esc_stops(qtbot, heard) -> None:
    window, speaker = heard
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is window.results)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # open the first result
    qtbot.waitUntil(lambda: focused() is window.detail.text)
    speaker.clear()
    qtbot.keyClick(focused(), Qt.Key.Key_F2)
    assert speaker.utterances == [window.detail.plain_text()]
    assert window.detail.position.title in speaker.utterances[0]
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert speaker.log[-1] == ("stop", "")


def test_f4_reads_the_focused_field_with_what_was_typed(qtbot, heard) -> None:
    window, speaker = heard
    QTest.keyClicks(window.search_field, "kefu")
    speaker.clear()
    qtbot.keyClick(focused(), Qt.Key.Key_F4)
    assert speaker.utterances == ["Search positions, edit field, kefu"]
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is window.results)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # open the first result: the focus is in its details
    qtbot.waitUntil(lambda: focused() is window.detail.text)
    speaker.clear()
    qtbot.keyClick(focused(), Qt.Key.Key_F4)
    assert speaker.utterances == [f"Position details, document, {window.detail.plain_text()}"]


def test_typed_characters_and_words_are_echoed_when_asked(qtbot, heard) -> None:
    window, speaker = heard
    window.settings.set_value("echo_characters", True)
    QTest.keyClicks(window.search_field, "ab")
    assert speaker.utterances[-2:] == ["a", "b"]
    window.settings.set_value("echo_characters", False)
    window.settings.set_value("echo_words", True)
    speaker.clear()
    QTest.keyClicks(window.search_field, " ke fu ")
    assert speaker.utterances == ["ab", "ke", "fu"]


def test_chinese_committed_by_the_input_method_is_echoed_whole(qtbot, heard) -> None:
    window, speaker = heard
    window.settings.set_value("echo_characters", True)
    event = QInputMethodEvent("", [])
    event.setCommitString("客服")
    QApplication.sendEvent(window.search_field, event)
    assert speaker.utterances == ["客服"]
    assert window.search_field.text() == "客服"


def test_announcements_are_spoken(qtbot, heard) -> None:
    window, speaker = heard
    qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert speaker.utterances[-1] == "All filters cleared"
    QTest.keyClicks(window.search_field, "kefu")
    qtbot.waitUntil(lambda: speaker.utterances[-1] == window.model.found_text(), timeout=5000)
    speaker.clear()
    qtbot.keyClick(focused(), Qt.Key.Key_F5)  # repeat the last message
    assert speaker.utterances == [window.model.found_text()]


def test_rate_volume_and_voice_settings_reach_the_speaker(qtbot, heard) -> None:
    window, speaker = heard
    window.settings.set_value("rate", 220)
    window.settings.set_value("volume", 40)
    window.settings.set_value("voice_en", "gmw/en")
    assert {k: speaker.settings[k] for k in ("rate", "volume", "voice_en")} == {
        "rate": 220, "volume": 40, "voice_en": "gmw/en"}


def test_a_chinese_menu_item_is_spoken_without_its_mnemonic(qtbot, tmp_path, qapp) -> None:
    from desktop.i18n import LanguageController

    window = open_main_window(qtbot, tmp_path, language="zh_CN")
    languages = LanguageController(qapp, window.settings)
    speaker = RecordingSpeaker()
    announcer().screen_reader_active = lambda: False
    try:
        window.voicing = attach_speech(window, window.settings, speaker)
        window.settings.set_value("self_voicing", True)
        file_menu = window.menuBar().findChild(QMenu, "menu_file")
        qtbot.waitUntil(lambda: file_menu.title() == "文件(&F)")
        assert file_menu.actions()[0].text() == "开始申请草稿(&D)"
        speaker.clear()
        qtbot.keyClick(focused(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # opens 文件 at its first item
        qtbot.waitUntil(lambda: bool(speaker.utterances))
        assert speaker.utterances[0].startswith("开始申请草稿, 菜单项")
        assert "(D)" not in speaker.utterances[0] and "&" not in speaker.utterances[0]
        qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    finally:
        languages.manager.uninstall()
        announcer().screen_reader_active = screen_reader_running
        announcer().speaker = None


def test_speech_menu_and_an_announcement_say_why_speech_is_unavailable(qtbot, tmp_path) -> None:
    window = open_main_window(qtbot, tmp_path)
    said: list[str] = []
    announcer().hooks.append(lambda a: said.append(a.text))
    try:
        window.voicing = attach_speech(window, window.settings, SilentSpeaker("no_audio_device"))
    finally:
        announcer().hooks.clear()
        announcer().speaker = None
    menu = window.menuBar().findChild(QMenu, "menu_speech")
    first = menu.actions()[0]
    assert not first.isEnabled()
    assert "no sound device" in first.text()
    assert "no_audio_device" not in first.text() and "[" not in first.text()  # no code read aloud or shown
    assert said == [first.text()]
    assert window.statusBar().currentMessage() == first.text()
    assert "[no_audio_device]" in first.toolTip()  # the code stays for staff
