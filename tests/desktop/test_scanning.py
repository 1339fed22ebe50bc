"""Switch scanning driven by the two switch keys only, on a small test window."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLineEdit, QListWidget, QMenu,
                               QPushButton, QVBoxLayout, QWidget)

from desktop.scanning import Scanner, key_from_text

# The offscreen platform plugin says this for every window with a layout; it is not the app's warning.


class DemoWindow(QWidget):
    """Two group boxes, a 50-row list and a lone button: a miniature main window."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("scan test")
        layout = QVBoxLayout(self)
        search = QGroupBox("Search")
        row = QHBoxLayout(search)
        self.field = QLineEdit()
        self.field.setAccessibleName("Search text")
        self.go = QPushButton("Go")
        row.addWidget(self.field)
        row.addWidget(self.go)
        options = QGroupBox("Options")
        col = QVBoxLayout(options)
        self.remote = QCheckBox("Remote work")
        self.training = QCheckBox("Training")
        self.city = QComboBox()
        self.city.setAccessibleName("City")
        self.city.addItems(["北京", "上海", "淄博"])
        for widget in (self.remote, self.training, self.city):
            col.addWidget(widget)
        self.results = QListWidget()
        self.results.setAccessibleName("Results")
        self.results.addItems([f"客服专员 {n}" for n in range(1, 51)])
        self.quit = QPushButton("Quit")
        for widget in (search, options, self.results, self.quit):
            layout.addWidget(widget)
        self.resize(600, 700)
        self.clicks: list[str] = []
        self.opened: list[str] = []
        self.go.clicked.connect(lambda: self.clicks.append("go"))
        self.quit.clicked.connect(lambda: self.clicks.append("quit"))
        self.results.itemActivated.connect(lambda item: self.opened.append(item.text()))


@pytest.fixture
def window(qtbot) -> DemoWindow:
    win = DemoWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def spoken() -> list[str]:
    return []


@pytest.fixture
def keyboard_targets() -> list[QWidget]:
    return []


_started: list[Scanner] = []


@pytest.fixture(autouse=True)
def _stop_scanners():
    yield
    # A failed test must not leave its scanner filtering keys for the next one.
    while _started:
        _started.pop().stop()


def make_scanner(window: QWidget, spoken: list[str], targets: list[QWidget], **kwargs) -> Scanner:
    scanner = Scanner(window, speak=spoken.append, open_keyboard=targets.append, **kwargs)
    scanner.start()
    _started.append(scanner)
    return scanner


def press(qtbot, window: QWidget, key: Qt.Key) -> None:
    """One switch press, delivered wherever keyboard focus is (as a real switch would be)."""
    qtbot.keyClick(QApplication.focusWidget() or window, key)


def next_(qtbot, window: QWidget, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, window, Qt.Key.Key_Space)


def select(qtbot, window: QWidget) -> None:
    press(qtbot, window, Qt.Key.Key_Return)


def test_step_mode_scans_groups_first_then_items(qtbot, window, spoken, keyboard_targets) -> None:
    scanner = make_scanner(window, spoken, keyboard_targets, auto=False)
    assert scanner.current_description().startswith("Group: Search")
    next_(qtbot, window)
    assert scanner.current_description().startswith("Group: Options")
    select(qtbot, window)
    assert scanner.current_description() == "Remote work, check box, not checked"  # as self-voicing says it
    assert window.remote.hasFocus()  # focus follows the highlight
    select(qtbot, window)
    assert window.remote.isChecked()
    # After an action the scan starts again at the group that was used.
    assert scanner.depth() == 0
    assert scanner.current_description().startswith("Group: Options")
    assert spoken[-1] == scanner.current_description()
    scanner.stop()


def test_step_mode_nothing_moves_without_a_switch(qtbot, window, spoken, keyboard_targets) -> None:
    scanner = make_scanner(window, spoken, keyboard_targets, auto=False, interval_ms=20)
    before = scanner.current_description()
    qtbot.wait(150)
    assert scanner.current_description() == before
    scanner.stop()


def test_long_list_row_reached_by_blocks_in_few_presses(qtbot, window, spoken, keyboard_targets) -> None:
    scanner = make_scanner(window, spoken, keyboard_targets, auto=False)
    next_(qtbot, window, 2)
    assert scanner.current_description() == "List: Results, 50 items"
    select(qtbot, window)
    assert scanner.current_description() == "Items 1 to 8 of 50"
    next_(qtbot, window, 4)
    assert scanner.current_description() == "Items 33 to 40 of 50"
    select(qtbot, window)
    next_(qtbot, window, 7)
    assert scanner.current_description() == "客服专员 40, item 40 of 50"
    select(qtbot, window)
    assert window.opened == ["客服专员 40"]
    # 2 + 1 + 4 + 1 + 7 + 1 = 16 presses for row 40 instead of 40+.
    scanner.stop()


def test_leave_group_goes_back_up(qtbot, window, spoken, keyboard_targets) -> None:
    scanner = make_scanner(window, spoken, keyboard_targets, auto=False)
    select(qtbot, window)  # into Search
    next_(qtbot, window, 2)
    assert scanner.current_description() == "Leave this group"
    select(qtbot, window)
    assert scanner.depth() == 0
    assert scanner.current_description().startswith("Group: Search")
    scanner.stop()


def test_text_field_opens_on_screen_keyboard_and_button_clicks(qtbot, window, spoken, keyboard_targets) -> None:
    scanner = make_scanner(window, spoken, keyboard_targets, auto=False)
    select(qtbot, window)
    assert scanner.current_description() == "Search text, edit field"
    select(qtbot, window)
    assert keyboard_targets == [window.field]
    assert window.field.text() == ""  # the switch keys never typed into the field
    select(qtbot, window)  # back in Search
    next_(qtbot, window)
    select(qtbot, window)
    assert window.clicks == ["go"]
    scanner.stop()


def test_combo_popup_is_scanned_and_picks_a_city(qtbot, window, spoken, keyboard_targets) -> None:
    scanner = make_scanner(window, spoken, keyboard_targets, auto=False)
    next_(qtbot, window)
    select(qtbot, window)
    next_(qtbot, window, 2)
    assert scanner.current_description() == "City, combo box, 北京"
    select(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    assert scanner.current_description().startswith("北京, item 1 of 3")
    next_(qtbot, window, 2)
    select(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert window.city.currentText() == "淄博"
    scanner.stop()


def test_auto_mode_moves_by_itself_and_select_picks(qtbot, window, spoken, keyboard_targets) -> None:
    scanner = make_scanner(window, spoken, keyboard_targets, auto=True, interval_ms=40)
    qtbot.waitUntil(lambda: scanner.current_description() == "Quit, button", timeout=3000)
    select(qtbot, window)
    assert window.clicks == ["quit"]
    scanner.stop()


def test_auto_mode_pauses_after_unanswered_loops(qtbot, window, spoken, keyboard_targets) -> None:
    scanner = make_scanner(window, spoken, keyboard_targets, auto=True, interval_ms=20)
    with qtbot.waitSignal(scanner.paused, timeout=5000):
        pass
    paused_at = scanner.current_description()
    qtbot.wait(100)
    assert scanner.current_description() == paused_at
    next_(qtbot, window)  # any switch resumes
    assert scanner.current_description() != paused_at
    scanner.stop()


def test_single_switch_long_press_selects(qtbot, window, spoken, keyboard_targets) -> None:
    scanner = make_scanner(window, spoken, keyboard_targets, auto=False, long_press_ms=60)
    next_(qtbot, window, 3)
    assert scanner.current_description() == "Quit, button"
    target = QApplication.focusWidget() or window
    qtbot.keyPress(target, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.clicks == ["quit"])
    qtbot.keyRelease(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    # The release neither stepped nor clicked again; the scan resumes where the person acted.
    assert scanner.current_description() == "Quit, button"
    assert window.clicks == ["quit"]
    scanner.stop()


def test_highlight_is_drawn_with_a_marker_and_removed_when_off(qtbot, window, spoken, keyboard_targets) -> None:
    scanner = make_scanner(window, spoken, keyboard_targets, auto=False)
    overlay = scanner._highlight.overlay()
    assert overlay is not None and overlay.isVisible()
    assert scanner._highlight.tag_text() == "▣ " + scanner.current_description()
    next_(qtbot, window, 3)
    assert scanner._highlight.tag_text() == "▶ Quit, button"
    scanner.stop()
    assert scanner._highlight.overlay() is None
    # Keys are ordinary again once scanning is off.
    window.field.setFocus()
    qtbot.keyClick(window.field, Qt.Key.Key_Space)
    assert window.field.text() == " "


def test_switch_keys_come_from_settings_text() -> None:
    assert key_from_text("F8", Qt.Key.Key_Space) == Qt.Key.Key_F8
    assert key_from_text("", Qt.Key.Key_Space) == Qt.Key.Key_Space


def test_menu_commands_are_reached_through_the_menu_bar(qtbot, spoken, keyboard_targets) -> None:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    window.setCentralWidget(QLineEdit())
    window.centralWidget().setAccessibleName("Notes")
    file_menu = window.menuBar().addMenu("&File")
    triggered: list[str] = []
    file_menu.addAction("&Open").triggered.connect(lambda: triggered.append("open"))
    file_menu.addSeparator()
    file_menu.addAction("&End session").triggered.connect(lambda: triggered.append("end"))
    window.menuBar().addMenu("&Help").addAction("&About")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    scanner = make_scanner(window, spoken, keyboard_targets, auto=False)
    next_(qtbot, window)
    assert scanner.current_description() == "Group: Menus, 2 items"
    select(qtbot, window)
    assert scanner.current_description() == "File menu"
    select(qtbot, window)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.waitUntil(lambda: scanner.current_description() == "Open, menu item")
    next_(qtbot, window)
    assert scanner.current_description() == "End session, menu item"  # the separator is skipped
    select(qtbot, window)
    assert triggered == ["end"]
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_a_checkable_row_is_ticked_not_opened(qtbot, spoken, keyboard_targets) -> None:
    from PySide6.QtWidgets import QListWidgetItem

    window = QWidget()
    layout = QVBoxLayout(window)
    choices = QListWidget()
    choices.setAccessibleName("Disabilities")
    for name in ("Vision", "Hearing"):
        item = QListWidgetItem(name, choices)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
    layout.addWidget(choices)
    layout.addWidget(QPushButton("Search"))
    opened: list[str] = []
    choices.itemActivated.connect(lambda item: opened.append(item.text()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    scanner = make_scanner(window, spoken, keyboard_targets, auto=False)
    assert scanner.current_description() == "List: Disabilities, 2 items"
    select(qtbot, window)
    next_(qtbot, window)
    assert scanner.current_description() == "Hearing, not checked, item 2 of 2"
    select(qtbot, window)
    assert choices.item(1).checkState() == Qt.CheckState.Checked
    assert opened == []


def test_holding_the_switch_stops_auto_scanning_until_it_is_released(qtbot, window, spoken, keyboard_targets) -> None:
    scanner = make_scanner(window, spoken, keyboard_targets, auto=True, interval_ms=30, long_press_ms=5000)
    target = QApplication.focusWidget() or window
    qtbot.keyPress(target, Qt.Key.Key_Space)
    held_on = scanner.current_description()
    qtbot.wait(200)  # several intervals
    assert scanner.current_description() == held_on
    qtbot.keyRelease(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: scanner.current_description() != held_on)


def test_a_list_that_changed_is_described_and_entered_as_it_is_now(qtbot, window, spoken, keyboard_targets) -> None:
    scanner = make_scanner(window, spoken, keyboard_targets, auto=False)
    next_(qtbot, window, 2)
    assert scanner.current_description() == "List: Results, 50 items"
    while window.results.count() > 5:  # a new search found fewer
        window.results.takeItem(window.results.count() - 1)
    assert scanner.current_description() == "List: Results, 5 items"
    select(qtbot, window)
    assert scanner.current_description() == "客服专员 1, item 1 of 5"  # five rows: no blocks needed


def test_the_frame_follows_its_control_when_the_layout_changes(qtbot, window, spoken, keyboard_targets) -> None:
    scanner = make_scanner(window, spoken, keyboard_targets, auto=False)
    next_(qtbot, window, 3)
    assert scanner.current_description() == "Quit, button"
    before = scanner._highlight.frame_rect()
    window.resize(window.width(), window.height() - 200)  # the button at the bottom moves up
    qtbot.waitUntil(lambda: scanner._highlight.frame_rect() != before)
    button = window.quit
    assert scanner._highlight.frame_rect().topLeft() == button.mapTo(window, button.rect().topLeft())
    assert scanner.current_description() == "Quit, button"  # it did not move on


def test_scanning_follows_the_preferences(qtbot, window, tmp_path) -> None:
    from desktop.scanning import ScanningSwitch
    from desktop.settings import Settings

    settings = Settings(tmp_path)
    switch = ScanningSwitch(settings)
    scanner = switch.scanner
    _started.append(scanner)
    scanner._speak = lambda text: None
    scanner._fallback_window = window
    assert not scanner.running  # off by default
    settings.set_value("scan_mode", "step")
    settings.set_value("switch_next_key", "F9")
    settings.set_value("switch_select_key", "F10")
    settings.set_value("scanning", True)  # F8 in the View menu does this
    assert scanner.running and not scanner.auto
    first = scanner.current_description()
    press(qtbot, window, Qt.Key.Key_F9)
    assert scanner.current_description() != first
    press(qtbot, window, Qt.Key.Key_Space)  # Space is an ordinary key again
    settings.set_value("scanning", False)
    assert not scanner.running


def test_a_control_out_of_sight_in_a_scroll_area_is_scrolled_into_view(qtbot, spoken, keyboard_targets) -> None:
    from PySide6.QtWidgets import QScrollArea

    window = QWidget()
    scroll = QScrollArea(window)
    page = QWidget()
    column = QVBoxLayout(page)
    buttons = [QPushButton(f"Choice {n}") for n in range(1, 9)]
    for button in buttons:
        button.setMinimumHeight(120)
        column.addWidget(button)
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    QVBoxLayout(window).addWidget(scroll)
    window.resize(300, 300)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    scanner = make_scanner(window, spoken, keyboard_targets, auto=False)
    next_(qtbot, window, 7)
    assert scanner.current_description() == "Choice 8, button"
    last = buttons[-1]
    top = last.mapTo(scroll.viewport(), last.rect().topLeft()).y()
    assert 0 <= top and top + last.height() <= scroll.viewport().height()  # in sight, so the frame is too


def test_an_unnamed_group_is_named_with_the_languages_list_separator(qtbot, qapp, spoken, keyboard_targets) -> None:
    from desktop.i18n import LanguageManager

    window = QWidget()
    outer = QVBoxLayout(window)
    pair = QWidget(window)  # an unnamed container: called after the first two things it holds
    inner = QHBoxLayout(pair)
    for title in ("Filters", "Results"):
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        for number in (1, 2):
            column.addWidget(QPushButton(f"{title} {number}"))
        inner.addWidget(box)
    outer.addWidget(pair)
    outer.addWidget(QPushButton("Quit"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    languages = LanguageManager(qapp)
    try:
        for language, joined in (("en", "Filters, Results"), ("zh_CN", "Filters、Results")):
            assert languages.install(language)
            scanner = make_scanner(window, spoken, keyboard_targets, auto=False)
            assert joined in scanner.current_description(), (language, scanner.current_description())
            scanner.stop()
    finally:
        languages.uninstall()


def test_the_long_press_time_is_a_preference(qtbot, window, tmp_path) -> None:
    from desktop.scanning import ScanningSwitch
    from desktop.settings import PREFERENCES, Settings

    pref = PREFERENCES["scan_long_press_ms"]
    assert (pref.minimum, pref.maximum, pref.section) == (500, 3000, "switch")
    settings = Settings(tmp_path)
    settings.set_value("scan_mode", "step")
    settings.set_value("scan_long_press_ms", 3000)  # a person who needs time to let go
    switch = ScanningSwitch(settings)
    scanner = switch.scanner
    _started.append(scanner)
    scanner._speak = lambda text: None
    scanner._fallback_window = window
    settings.set_value("scanning", True)
    while not scanner.current_description().startswith("Quit"):
        press(qtbot, window, Qt.Key.Key_Space)
    qtbot.keyPress(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    qtbot.wait(800)  # longer than the old fixed second's most of the way, far short of 3 s
    qtbot.keyRelease(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    assert window.clicks == []  # a short hold only stepped on
    while not scanner.current_description().startswith("Quit"):
        press(qtbot, window, Qt.Key.Key_Space)
    settings.set_value("scan_long_press_ms", 500)
    qtbot.keyPress(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.clicks == ["quit"], timeout=5000)  # held long enough now: picked
    qtbot.keyRelease(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    settings.set_value("scanning", False)
