"""A keyboard-only person finds, reads and filters positions (only qtbot.keyClick(s), as a person types)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from db.catalogue_search import Filters, SearchRequest, Sort
from desktop.results_model import row_summary
from tests.accessibility.windows import open_main_window

# The offscreen platform cannot pass window size hints on; that is not a fault of the app.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise|grabbing)")


@pytest.fixture
def window(qtbot, tmp_path):
    return open_main_window(qtbot, tmp_path)


def focused():
    return QApplication.focusWidget()


def type_text(widget, text):
    """Type `text` key by key; a Chinese character arrives as the key event an input method delivers.

    (QTest.keyClicks only knows Latin-1 characters and aborts on others.)
    """
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)


def wait_for_total(qtbot, window, request):
    expected = window.catalogue.rows.count(request)
    qtbot.waitUntil(lambda: window.model.total == expected and window.model.complete, timeout=5000)
    return expected


def test_search_field_has_the_focus_at_start(window):
    assert focused() is window.search_field
    label = window.search_label.text().replace("&", "")
    assert label.startswith("Search positions")


def test_type_customer_service_open_third_result_read_employer_filter_home_based_clear(qtbot, window):
    search = window.catalogue.rows
    type_text(focused(), "客服")
    typed = SearchRequest("客服", sort=Sort.RELEVANCE)
    total = wait_for_total(qtbot, window, typed)
    assert window.status_label.text() == f"Results 1–{min(50, total)} of {total:,}"

    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter: into the results
    assert focused() is window.results
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # open the third result
    third = search.positions([search.first_page(typed, 50)[2]])[0]
    qtbot.waitUntil(lambda: focused() is window.detail.text)
    assert f"Employer: {third.employer}" in window.detail.plain_text()
    reader = QAccessible.queryAccessibleInterface(window.detail.text)
    assert third.employer in reader.text(QAccessible.Text.Value)

    # Alt+W (the "Work mode" label's mnemonic) reaches the work-mode filter.
    qtbot.keyClick(focused(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert focused() is window.filters.work_mode
    while window.filters.work_mode.currentData(Qt.ItemDataRole.UserRole + 1) != "home_based":
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    home = SearchRequest("客服", Filters(work_modes=("home_based",)), Sort.RELEVANCE)
    home_total = wait_for_total(qtbot, window, home)
    assert 0 < home_total < total
    shown = [window.model.data(window.model.index(row)) for row in range(window.model.rowCount())]
    assert all("Home-based" in text or "居家办公" in text for text in shown)

    qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_for_total(qtbot, window, typed)
    assert window.filters.active_count() == 0
    assert window.filters.work_mode.currentIndex() == 0


def test_page_down_moves_one_page_and_end_reaches_the_last_result(qtbot, window):
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert window.results.currentIndex().row() == 0
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown)
    assert window.results.currentIndex().row() == 50
    assert window.status_label.text() == f"Results 51–100 of {window.model.total}"
    qtbot.keyClick(focused(), Qt.Key.Key_End)
    last = window.model.total - 1
    assert window.results.currentIndex().row() == last
    assert window.detail.position == window.catalogue.rows.positions([window.model.id_at(last)])[0]
    qtbot.keyClick(focused(), Qt.Key.Key_Home)
    assert window.results.currentIndex().row() == 0


def test_checkable_filter_toggles_with_space(qtbot, window):
    qtbot.keyClick(focused(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # "Suits disa&bility"
    assert focused() is window.filters.disabilities
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    first = window.filters.disabilities.checked_codes()
    assert len(first) == 1
    wait_for_total(qtbot, window, SearchRequest("", Filters(disabilities=first)))


def test_escape_in_the_detail_returns_to_the_results(qtbot, window):
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is window.detail.text)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert focused() is window.results


def test_favourite_button_says_its_state_in_words(qtbot, window):
    def heard():
        button = QAccessible.queryAccessibleInterface(window.detail.favourite_button)
        return button.text(QAccessible.Text.Name), bool(button.state().checked)

    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert heard() == ("Mark as favourite", False)
    qtbot.keyClick(focused(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert heard() == ("Unmark favourite", True)
    assert window.statusBar().currentMessage() == "Added to favourites"  # seen as well as heard
    qtbot.keyClick(focused(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert heard() == ("Mark as favourite", False)


def test_mnemonics_are_unique_in_the_main_window(window):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)]
    texts += [action.text() for action in window.menuBar().actions()]
    letters = [text[text.index("&") + 1].lower() for text in texts if "&" in text.replace("&&", "")]
    assert len(letters) == len(set(letters)), sorted(letters)


@pytest.fixture
def english(qapp):
    from desktop.i18n import LanguageManager

    languages = LanguageManager(qapp)
    languages.install("en")  # English plural forms come from zhumeng_en.ts, as in the app
    yield
    languages.uninstall()


def test_result_count_and_page_changes_are_announced(qtbot, window, english):
    from desktop.announce import add_hook, remove_hook

    heard = []
    hook = heard.append
    add_hook(hook)
    try:
        type_text(focused(), "客服")
        total = wait_for_total(qtbot, window, SearchRequest("客服", sort=Sort.RELEVANCE))
        pages = -(-total // 50)
        # Once typing pauses, the count is announced (and shown in the status bar for deaf users).
        found = f"Found {total:,} positions, page 1 of {pages}"
        qtbot.waitUntil(lambda: any(a.text == found for a in heard))
        assert window.statusBar().currentMessage() == found
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        qtbot.keyClick(focused(), Qt.Key.Key_PageDown)
        assert heard[-1].text == f"Page 2 of {pages}"
    finally:
        remove_hook(hook)


@pytest.mark.parametrize("typed", ['"', '客服"', "AND", "OR NOT", "(kefu", "*", "-:^", "NEAR(a b", "\\\\"])
def test_odd_search_text_never_breaks_the_search(qtbot, window, typed):
    type_text(focused(), typed)
    request = SearchRequest(typed, sort=Sort.RELEVANCE)
    total = wait_for_total(qtbot, window, request)
    expected = f"Results 1–{min(50, total)} of {total:,}" if total else "No positions found"
    assert window.status_label.text() == expected
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # and the results can still be reached
    assert focused() is window.results


def first_shown(window):
    return window.model.data(window.model.index(0))


def first_of(window, request):
    search = window.catalogue.rows
    return row_summary(search.positions(search.first_page(request, 1))[0], "en")


def test_sort_order_is_chosen_by_keys_announced_and_remembered(qtbot, window):
    from desktop.announce import add_hook, remove_hook

    heard = []
    add_hook(heard.append)
    try:
        type_text(focused(), "客服")
        wait_for_total(qtbot, window, SearchRequest("客服", sort=Sort.RELEVANCE))
        # Alt+R, the "Sort by" label's mnemonic, reaches the choice; Down picks the next order.
        qtbot.keyClick(focused(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        assert focused() is window.sort_choice.combo
        assert focused().accessibleName() == "Sort by"  # (Qt's interface on Linux names a combo by its value)
        qtbot.keyClick(focused(), Qt.Key.Key_Down)  # newest first
        qtbot.keyClick(focused(), Qt.Key.Key_Down)  # highest pay first
        by_pay = SearchRequest("客服", sort=Sort.SALARY)
        qtbot.waitUntil(lambda: first_shown(window) == first_of(window, by_pay))
        assert heard[-1].text == "Sorted by Highest pay first"
        # Shift+Tab goes back to the filters, Tab on to the results: the choice sits between them.
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is window.results
        qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
        assert focused() is window.sort_choice.combo
        # The Search menu's "Next sort order" (Ctrl+Shift+O) from the results.
        qtbot.keyClick(window.results, Qt.Key.Key_O,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert heard[-1].text == "Sorted by Most openings first"
        by_openings = SearchRequest("客服", sort=Sort.OPENINGS)
        qtbot.waitUntil(lambda: first_shown(window) == first_of(window, by_openings))
        assert window.settings.state_value("results/sort") == "openings"
    finally:
        remove_hook(heard.append)


def test_one_position_found_is_said_in_the_singular(qtbot, tmp_path, english):
    from desktop.announce import add_hook, remove_hook

    heard = []
    add_hook(heard.append)
    try:
        window = open_main_window(qtbot, tmp_path, count=1)  # a catalogue of one position
        type_text(focused(), "客服")
        qtbot.waitUntil(lambda: any(a.text == "Found 1 position, page 1 of 1" for a in heard))
        assert window.statusBar().currentMessage() == "Found 1 position, page 1 of 1"
    finally:
        remove_hook(heard.append)


def test_escape_in_a_message_box_closes_it_and_leaves_the_main_window_as_it_was(qtbot, window):
    from desktop.dialogs import MessageDialog

    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # reading the second result's detail
    qtbot.waitUntil(lambda: focused() is window.detail.text)
    shown = window.detail.plain_text()
    qtbot.keyClick(focused(), Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)  # About: a message dialog
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), MessageDialog))
    box = QApplication.activeWindow()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    window.activateWindow()  # what the window manager does when a message box closes (offscreen has none)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # Back where the person was: in the detail of the same position, the second result still current.
    assert focused() is window.detail.text
    assert window.results.currentIndex().row() == 1
    assert window.detail.plain_text() == shown
