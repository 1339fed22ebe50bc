"""The on-screen keyboard: typed by its keys (Space on a focused key, as a keyboard user would) and by scanning."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.onscreen_keyboard import MIN_KEY_PX, OnScreenKeyboard
from desktop.scanning import Scanner


@pytest.fixture
def form(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    window.field = QLineEdit()
    window.field.setAccessibleName("Search text")
    window.notes = QPlainTextEdit()
    window.notes.setAccessibleName("Notes")
    layout.addWidget(window.field)
    layout.addWidget(window.notes)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def tap(qtbot, keyboard: OnScreenKeyboard, name: str) -> None:
    """Press one on-screen key the keyboard way: focus it and press Space."""
    button = keyboard.key(name)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_pinyin_syllables_become_characters(qtbot, form) -> None:
    spoken: list[str] = []
    keyboard = OnScreenKeyboard(form.field, speak=spoken.append)
    qtbot.addWidget(keyboard)
    keyboard.show()
    for letter in "kefu":
        tap(qtbot, keyboard, letter)
    assert keyboard.pinyin_buffer() == "kefu"
    shown = [keyboard.key(f"candidate_{i}").text() for i in range(8)]
    assert "客" in shown
    tap(qtbot, keyboard, f"candidate_{shown.index('客')}")
    assert form.field.text() == "客"
    assert keyboard.pinyin_buffer() == "fu"
    assert keyboard.key("candidate_0").text() == "服"
    tap(qtbot, keyboard, "candidate_0")
    assert form.field.text() == "客服"
    assert spoken[-2:] == ["客", "服"]
    assert form.field.isUndoAvailable()  # typed like real input, so undo works as usual


def test_a_whole_word_is_offered_for_its_pinyin(qtbot, form) -> None:
    keyboard = OnScreenKeyboard(form.field, speak=lambda text: None)
    qtbot.addWidget(keyboard)
    keyboard.show()
    for letter in "zhaop":  # not even finished
        tap(qtbot, keyboard, letter)
    assert keyboard.key("candidate_0").text() == "招聘"
    assert keyboard.key("candidate_0").accessibleName() == "Word 招聘"
    tap(qtbot, keyboard, "candidate_0")
    assert form.field.text() == "招聘" and keyboard.pinyin_buffer() == ""


def test_latin_mode_digits_backspace_and_enter(qtbot, form) -> None:
    keyboard = OnScreenKeyboard(form.field, speak=lambda text: None)
    qtbot.addWidget(keyboard)
    keyboard.show()
    returned: list[bool] = []
    form.field.returnPressed.connect(lambda: returned.append(True))
    tap(qtbot, keyboard, "mode")
    for name in ("j", "a", "v", "a", "space", "7", "8", "backspace"):
        tap(qtbot, keyboard, name)
    assert form.field.text() == "java 7"
    tap(qtbot, keyboard, "enter")
    assert returned == [True]
    assert not keyboard.isVisible()  # Enter finishes a one-line field


def test_enter_in_multiline_field_adds_a_line(qtbot, form) -> None:
    keyboard = OnScreenKeyboard(form.notes, pinyin=False, speak=lambda text: None)
    qtbot.addWidget(keyboard)
    keyboard.show()
    for name in ("h", "i", "enter", "o", "k", "done"):
        tap(qtbot, keyboard, name)
    assert form.notes.toPlainText() == "hi\nok"
    assert not keyboard.isVisible()


def test_password_field_is_never_shown_in_the_preview_or_spoken(qtbot, form) -> None:
    form.field.setEchoMode(QLineEdit.EchoMode.Password)
    spoken: list[str] = []
    keyboard = OnScreenKeyboard(form.field, speak=spoken.append)
    qtbot.addWidget(keyboard)
    keyboard.show()
    for digit in "2468":
        tap(qtbot, keyboard, digit)
    assert form.field.text() == "2468"
    preview = keyboard.findChild(QWidget, "keyboard_preview")
    assert "2468" not in preview.text() and "••••" in preview.text()
    assert spoken == ["Hidden character"] * 4


def test_every_key_is_large_and_named(qtbot, form) -> None:
    from desktop.themes import apply_appearance

    apply_appearance(QApplication.instance(), "default", 100)  # with the app's own stylesheet, as in the app
    keyboard = OnScreenKeyboard(form.field, speak=lambda text: None)
    qtbot.addWidget(keyboard)
    keyboard.show()
    tap(qtbot, keyboard, "z")  # some candidates visible too
    visible = [b for b in keyboard.findChildren(QPushButton) if b.isVisible()]
    assert len(visible) > 40
    for button in visible:
        assert button.width() >= MIN_KEY_PX and button.height() >= MIN_KEY_PX, button.objectName()
        assert button.accessibleName(), button.objectName()


def test_keyboard_is_typed_with_two_switches_by_scanning(qtbot, form) -> None:
    scanner = Scanner(form, auto=False, speak=lambda text: None)
    scanner.start()
    try:
        form.field.setFocus()
        keyboard = OnScreenKeyboard.open_for(form.field)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is keyboard)

        def switch(key: Qt.Key) -> None:
            qtbot.keyClick(QApplication.focusWidget() or keyboard, key)

        def pick(description: str) -> None:
            for _ in range(40):
                if scanner.current_description() == description:
                    switch(Qt.Key.Key_Return)
                    return
                switch(Qt.Key.Key_Space)
            raise AssertionError(f"never reached {description!r}")

        scanner.step()  # the keyboard is now the scanned window
        pick("Group: Letters Z…, 7 items")
        pick("Letter c, button")
        pick("Group: Editing keys, 5 items")
        pick("Mode: pinyin, switch to Latin letters, button")
        pick("Group: Digits, 10 items")
        pick("Digit 1, button")
        pick("Group: Editing keys, 5 items")
        pick("Done: close the keyboard, button")
        assert form.field.text() == "c1"
        assert not keyboard.isVisible()
    finally:
        scanner.stop()


@pytest.mark.parametrize("typed, first_syllable, rest, wanted", [
    ("kefu", "ke", "fu", "客"),
    ("fu", "fu", "", "服"),
    ("zhaopin", "zhao", "pin", "招"),
    ("xian", "xian", "", "现"),  # longest syllable first: xian, not xi + an
])
def test_pinyin_splits_syllables_and_offers_common_characters(typed, first_syllable, rest, wanted) -> None:
    from desktop import pinyin_input

    assert pinyin_input.split_first(typed) == (first_syllable, rest)
    assert wanted in pinyin_input.candidates(typed)[:8]  # on the first page of candidates


def test_an_unfinished_syllable_offers_characters_that_start_so() -> None:
    from desktop import pinyin_input

    found = pinyin_input.candidates("zh")
    assert found and all(any(s.startswith("zh") for s in syllables_of(ch)) for ch in found[:8])


def syllables_of(char: str) -> set[str]:
    from pypinyin import Style, pinyin

    return {reading for readings in pinyin(char, style=Style.NORMAL, heteronym=True) for reading in readings}
