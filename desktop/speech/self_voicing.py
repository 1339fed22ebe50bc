"""Self-voicing: the app speaks for itself when no screen reader does, and reads aloud on request.

One `SelfVoicing` object per main window watches QApplication's focus and
says what a screen reader would: the control's accessible name, its role,
its state and, in a list, the current item's summary and its position
("第 3 项, 共 50 项"). Everything it says comes from the QAccessible
interfaces the widgets already expose for Orca and NVDA, so a control that
is right for a screen reader is right here too, and the window needs no
special hooks.

Whether focus is spoken is the announcer's decision (desktop/announce.py,
`should_speak`): speech allowed, self-voicing on, and no screen reader
running (desktop/screen_reader.py: Qt's accessibility active and the
platform's screen-reader flag) unless the person turned self-voicing on
explicitly. Read-aloud
commands (F2 position, F4 field) are explicit requests and speak whenever
speech is allowed. Esc stops speech. Typed characters and words are echoed
when those settings are on. Rate, volume and voices follow the settings
from the next utterance on.

When speech is unavailable the Speech menu says so and why (a disabled
first entry), and it is announced once (screen readers and the status line).
"""
from __future__ import annotations

import logging
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAccessible, QAction, QKeyEvent
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QLineEdit, QMainWindow, QMenu, QPlainTextEdit,
                               QTextEdit, QWidget)

from desktop.announce import Announcer, announcer
from desktop.labels import plain_text
from desktop.settings import Settings
from desktop.speech.speaker import Speaker, unavailable_code, unavailable_message

_CONTEXT = "SelfVoicing"
_R = QAccessible.Role
_ROLE_WORDS = {
    _R.EditableText: QT_TRANSLATE_NOOP("SelfVoicing", "edit field"),
    _R.PushButton: QT_TRANSLATE_NOOP("SelfVoicing", "button"),
    _R.CheckBox: QT_TRANSLATE_NOOP("SelfVoicing", "check box"),
    _R.RadioButton: QT_TRANSLATE_NOOP("SelfVoicing", "radio button"),
    _R.ComboBox: QT_TRANSLATE_NOOP("SelfVoicing", "combo box"),
    _R.SpinBox: QT_TRANSLATE_NOOP("SelfVoicing", "spin box"),
    _R.List: QT_TRANSLATE_NOOP("SelfVoicing", "list"),
    _R.Table: QT_TRANSLATE_NOOP("SelfVoicing", "table"),
    _R.Tree: QT_TRANSLATE_NOOP("SelfVoicing", "tree"),
    _R.PageTab: QT_TRANSLATE_NOOP("SelfVoicing", "tab"),
    _R.Slider: QT_TRANSLATE_NOOP("SelfVoicing", "slider"),
    _R.StaticText: QT_TRANSLATE_NOOP("SelfVoicing", "text"),
    _R.Document: QT_TRANSLATE_NOOP("SelfVoicing", "document"),
    _R.MenuItem: QT_TRANSLATE_NOOP("SelfVoicing", "menu item"),
    _R.Dialog: QT_TRANSLATE_NOOP("SelfVoicing", "dialog"),
}
_CHECKED = QT_TRANSLATE_NOOP("SelfVoicing", "checked")
_NOT_CHECKED = QT_TRANSLATE_NOOP("SelfVoicing", "not checked")
_UNAVAILABLE = QT_TRANSLATE_NOOP("SelfVoicing", "unavailable")
_NO_POSITION = QT_TRANSLATE_NOOP("SelfVoicing", "No position is selected.")
_WORD_END = re.compile(r"[\s,.;:!?，。；：！？、]")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_LANGUAGE_HINT = {"zh_CN": "zh", "en": "en"}
_log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def role_word(role: QAccessible.Role) -> str:
    """The spoken name of an accessible role in the interface language ("" for roles not worth saying)."""
    word = _ROLE_WORDS.get(role)
    return _tr(word) if word else ""


def item_position(row: int, count: int) -> str:
    """ "第 3 项, 共 50 项" / "item 3 of 50" for the 0-based `row` of `count`."""
    return (QCoreApplication.translate("SelfVoicing", "item %1 of %2")
            .replace("%1", str(row + 1)).replace("%2", str(count)))


def describe_item(index: QModelIndex) -> str:
    """A list item as spoken: its summary (AccessibleTextRole), its check state, its position."""
    if not index.isValid():
        return ""
    model = index.model()
    summary = model.data(index, Qt.ItemDataRole.AccessibleTextRole) or model.data(index, Qt.ItemDataRole.DisplayRole)
    parts = [str(summary or "")]
    check = model.data(index, Qt.ItemDataRole.CheckStateRole)
    if check is not None:
        checked = Qt.CheckState(check) == Qt.CheckState.Checked  # models return the enum or its int
        parts.append(_tr(_CHECKED) if checked else _tr(_NOT_CHECKED))
    parts.append(item_position(index.row(), model.rowCount(index.parent())))
    return ", ".join(p for p in parts if p)


def describe(widget: QWidget, *, with_content: bool = True) -> str:
    """What a screen reader would say on focus: name, role, state, value, and for a list its current item.

    The one describer of a control: self-voicing speaks it on focus, F4 reads it,
    and switch scanning (desktop/scan_nodes.py) shows and speaks it for each stop.
    `with_content=False` leaves out a read-only document's text (scanning steps
    past the position details; reading them all at every step would never end).
    """
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    # The name given for assistive technology first: on Linux Qt names a combo box after its current text
    # (Orca finds the label through relations), which would say "北京, combo box" without "City".
    name = plain_text(widget.accessibleName()) or interface.text(QAccessible.Text.Name).strip()
    role = interface.role()
    state = interface.state()
    if role == _R.EditableText and state.readOnly:
        role = _R.Document  # a read-only text (the position's details) is read, not edited
    parts = [name, role_word(role)]
    if state.checkable:
        parts.append(_tr(_CHECKED) if state.checked else _tr(_NOT_CHECKED))
    if state.disabled:
        parts.append(_tr(_UNAVAILABLE))
    if isinstance(widget, QAbstractItemView):
        parts.append(describe_item(widget.currentIndex()))
    elif role in (_R.EditableText, _R.Document, _R.ComboBox, _R.SpinBox, _R.Slider) and \
            (with_content or role != _R.Document):
        value = interface.text(QAccessible.Text.Value).strip()
        if value and value != name:
            parts.append(value)
    return ", ".join(p for p in parts if p)


def describe_action(action: QAction) -> str:
    """A menu command as spoken: its text, "menu item", its state and its shortcut."""
    parts = [plain_text(action.text()), role_word(_R.MenuItem)]
    if action.isCheckable():
        parts.append(_tr(_CHECKED) if action.isChecked() else _tr(_NOT_CHECKED))
    if not action.isEnabled():
        parts.append(_tr(_UNAVAILABLE))
    parts.append(action.shortcut().toString())
    return ", ".join(p for p in parts if p)


class SelfVoicing(QObject):
    """Speaks focus, echoes typing, reads aloud on request, and reports when speech is unavailable."""

    def __init__(self, window: QMainWindow, speaker: Speaker, settings: Settings, *,
                 announcements: Announcer | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.speaker = speaker
        self.settings = settings
        self.announcer = announcements or announcer()
        self.announcer.attach(speaker=speaker, settings=settings)
        self._view: QAbstractItemView | None = None
        self._button: QAbstractButton | None = None
        self._unavailable_action: QAction | None = None
        self._configure_speaker()
        settings.changed.connect(self._setting_changed)
        speaker.unavailable.connect(lambda _reason: self._report_unavailable())
        app = QApplication.instance()
        app.focusChanged.connect(self._focus_changed)
        app.installEventFilter(self)
        for menu in window.menuBar().findChildren(QMenu):
            menu.hovered.connect(self._menu_item_hovered)
        if not speaker.available and settings.value("speech_enabled"):
            self._report_unavailable()

    # -- what decides ---------------------------------------------------------------
    def voicing(self) -> bool:
        """Whether focus, typing and announcements are spoken now (the announcer's one rule)."""
        return self.announcer.should_speak()

    def speech_allowed(self) -> bool:
        """Whether explicit read-aloud requests may speak."""
        return bool(self.settings.value("speech_enabled")) and self.speaker.available

    # -- read aloud (F2, F4, Esc) ---------------------------------------------------
    def read_position(self) -> None:
        """F2: the open or current position in full."""
        detail = getattr(self.window, "detail", None)
        text = detail.plain_text() if detail is not None and getattr(detail, "position", None) else ""
        if not text:
            results = getattr(self.window, "results", None)
            text = describe_item(results.currentIndex()) if results is not None else ""
        if not text:
            text = _tr(_NO_POSITION)
        if self.speech_allowed():
            self.speaker.speak(text)

    def read_field(self) -> None:
        """F4: the focused control, with its whole content."""
        widget = QApplication.focusWidget()
        if widget is None or not self.speech_allowed():
            return
        self.speaker.speak(describe(widget))  # a text field's value is its whole content

    def stop(self) -> None:
        """Esc: silence at once."""
        self.speaker.stop()

    # -- focus ---------------------------------------------------------------------
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._follow_view(new if isinstance(new, QAbstractItemView) else None)
        self._follow_button(new if isinstance(new, QAbstractButton) and new.isCheckable() else None)
        if new is not None and self.voicing():
            text = describe(new)
            if text:
                self.speaker.speak(text)

    def _follow_view(self, view: QAbstractItemView | None) -> None:
        # While a list has the focus, moving its current item is a focus move for the listener,
        # and ticking an item (Space in a check list) changes what it says.
        if self._view is view:
            return
        if self._view is not None and self._view.selectionModel() is not None:
            self._view.selectionModel().currentChanged.disconnect(self._current_item_changed)
            self._view.model().dataChanged.disconnect(self._item_data_changed)
        self._view = view
        if view is not None and view.selectionModel() is not None:
            view.selectionModel().currentChanged.connect(self._current_item_changed)
            view.model().dataChanged.connect(self._item_data_changed)

    def _item_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]) -> None:
        view = self._view
        if view is None or not self.voicing() or (roles and Qt.ItemDataRole.CheckStateRole not in roles):
            return
        current = view.currentIndex()
        if current.isValid() and top_left.row() <= current.row() <= bottom_right.row():
            check = current.data(Qt.ItemDataRole.CheckStateRole)
            if check is not None:
                self.speaker.speak(_tr(_CHECKED) if Qt.CheckState(check) == Qt.CheckState.Checked
                                   else _tr(_NOT_CHECKED))

    def _follow_button(self, button: QAbstractButton | None) -> None:
        # Space on a check box or a toggle button: say the new state, as a screen reader does.
        if self._button is button:
            return
        if self._button is not None:
            self._button.toggled.disconnect(self._button_toggled)
        self._button = button
        if button is not None:
            button.toggled.connect(self._button_toggled)

    def _button_toggled(self, checked: bool) -> None:
        if self.voicing():
            self.speaker.speak(_tr(_CHECKED) if checked else _tr(_NOT_CHECKED))

    def _current_item_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.voicing() and current.isValid():
            self.speaker.speak(describe_item(current))

    def _menu_item_hovered(self, action: QAction) -> None:
        if not self.voicing() or action.isSeparator():
            return
        self.speaker.speak(describe_action(action))

    # -- typing echo -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.LanguageChange and watched is self.window and self._unavailable_action is not None:
            self._report_unavailable(announce=False)
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and watched is QApplication.focusWidget():
            self._echo_key(watched, event)
        elif kind == QEvent.Type.InputMethod and watched is QApplication.focusWidget():
            committed = event.commitString()  # type: ignore[attr-defined]
            if committed and self.voicing() and (self.settings.value("echo_characters")
                                                 or self.settings.value("echo_words")):
                self.speaker.speak(committed)  # Chinese arrives whole from the input method
        return False

    def _echo_key(self, widget: QObject, event: QKeyEvent) -> None:
        if not isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)) or not self.voicing():
            return
        char = event.text()
        if not char or not char.isprintable():
            return
        if self.settings.value("echo_words") and _WORD_END.match(char):
            before = widget.text()[:widget.cursorPosition()] if isinstance(widget, QLineEdit) \
                else widget.toPlainText()[:widget.textCursor().position()]
            word = _LAST_WORD.search(before)
            if word:
                self.speaker.speak(word.group(1))
                return
        if self.settings.value("echo_characters") and not char.isspace():
            self.speaker.speak(char)

    # -- settings and availability -------------------------------------------------------
    def _configure_speaker(self) -> None:
        value = self.settings.value
        self.speaker.configure(rate=value("rate"), volume=value("volume"), voice_zh=value("voice_zh"),
                               voice_en=value("voice_en"), hint=_LANGUAGE_HINT.get(value("language"), "zh"))

    def _setting_changed(self, key: str) -> None:
        if key in ("rate", "volume", "voice_zh", "voice_en", "language"):
            self._configure_speaker()
        elif key in ("speech_enabled", "self_voicing") and not self.settings.value(key):
            self.speaker.stop()  # turned off: be quiet now, not after the sentence
        if key == "speech_enabled":
            self.speaker.keep_ready(bool(self.settings.value(key)))
        if key == "speech_enabled" and self.settings.value(key) and not self.speaker.available:
            self._report_unavailable()

    def _report_unavailable(self, *, announce: bool = True) -> None:
        reason = self.speaker.unavailable_reason
        message = unavailable_message(reason)  # words only: shown in the menu and status line, and spoken
        code = unavailable_code(reason, self.speaker.unavailable_detail)
        if announce:
            _log.warning("speech unavailable: %s", code)
        menu = self.window.menuBar().findChild(QMenu, "menu_speech")
        if menu is not None:
            if self._unavailable_action is None:
                self._unavailable_action = QAction(self)
                self._unavailable_action.setEnabled(False)
                first = menu.actions()[0] if menu.actions() else None
                menu.insertAction(first, self._unavailable_action)
                if first is not None:
                    menu.insertSeparator(first)
            self._unavailable_action.setText(message.replace("&", "&&"))
            self._unavailable_action.setToolTip(f"{message} [{code}]")  # the code, for staff and support
            self._unavailable_action.setStatusTip(message)
        if announce:
            self.announcer.announce(message)


def attach_speech(window: QMainWindow, settings: Settings, speaker: Speaker | None = None) -> SelfVoicing:
    """Give `window` the app's own speech: a speaker (pyttsx3 unless given), self-voicing and the read-aloud keys.

    Connects F2 (read position), F4 (read field) and Esc (stop) from the
    window's action registry. Keep the returned object alive as long as the window.
    """
    if speaker is None:
        from desktop.speech.pyttsx_speaker import PyttsxSpeaker

        speaker = PyttsxSpeaker(prestart=bool(settings.value("speech_enabled")))
    voicing = SelfVoicing(window, speaker, settings)
    registry = getattr(window, "registry", None)
    if registry is not None:
        from desktop.actions import ActionId

        registry.connect(ActionId.READ_POSITION, voicing.read_position)
        registry.connect(ActionId.READ_FIELD, voicing.read_field)
        registry.connect(ActionId.STOP_SPEECH, voicing.stop)
    return voicing
