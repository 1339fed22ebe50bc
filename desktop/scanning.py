"""Switch access: scan the controls of the current window with one or two switches.

A person who can press only one or two switches (which present themselves
to the computer as keys) moves a large highlight through the window and
picks what it rests on. Scanning goes groups first, then the items of the
chosen group, and a long list is scanned in blocks of rows, then rows, so
reaching row 40 of 50 takes a handful of presses rather than forty.

Two ways to move (ACCESSIBILITY.md 9, 12):
- auto: the highlight steps by itself every `interval_ms`; the select switch
  picks. The next switch still steps at once.
- step: nothing moves by itself; the next switch steps, the select switch picks.
Holding the next switch for `long_press_ms` also picks, for people with a
single switch.

The scanner works on any QWidget window: it scans the open popup, else the
modal dialog, else the active window (else the window it was given). It is
an application event filter only while it runs, so it costs nothing when off.
"""
from __future__ import annotations

from typing import Callable

import shiboken6

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QApplication,
                               QComboBox, QLineEdit, QPlainTextEdit, QTabBar, QTextEdit, QWidget)

from desktop.announce import announce
from desktop.scan_nodes import (BackNode, GroupNode, MenuItemNode, MenuTitleNode, RowNode, ScanNode, WidgetNode,
                                top_level_nodes)
from desktop.scan_highlight import ScanHighlight

# After this many unanswered loops through a group, scanning goes back up a
# level; at the top it pauses, so nothing keeps moving for someone who left.
MAX_IDLE_LOOPS = 3
FOLLOW_MS = 400

Speak = Callable[[str], None]
KeyboardOpener = Callable[[QWidget], None]


def key_from_text(text: str, default: int) -> int:
    """The Qt key code of a portable key name such as "Space" or "F8" (as settings store it)."""
    sequence = QKeySequence.fromString(text or "", QKeySequence.SequenceFormat.PortableText)
    if sequence.count() == 0:
        return default
    return int(sequence[0].key())


def _default_speak(text: str) -> None:
    # announce() informs screen readers, shows the text, and speaks it when self-voicing is on.
    announce(text, "assertive")


def _default_keyboard(target: QWidget) -> None:
    from desktop.onscreen_keyboard import OnScreenKeyboard

    OnScreenKeyboard.open_for(target)


class Scanner(QObject):
    """Moves a highlight through the current window's controls; two switch keys drive it.

    Signals: `highlighted(str)` with the description of each new highlight,
    `activated(str)` when something is picked, `switch_pressed()` on every
    switch press (the kiosk idle timer listens, because the scanner consumes
    those keys before anyone else sees them), `paused()` when auto scanning
    stops after unanswered loops.
    """

    highlighted = Signal(str)
    activated = Signal(str)
    switch_pressed = Signal()
    paused = Signal()

    def __init__(self, window: QWidget | None = None, *, auto: bool = True, interval_ms: int = 1500,
                 next_key: int = Qt.Key.Key_Space, select_key: int = Qt.Key.Key_Return, long_press_ms: int = 1000,
                 speak: Speak | None = None, open_keyboard: KeyboardOpener | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fallback_window = window
        self._auto = auto
        self._next_key = int(next_key)
        self._select_key = int(select_key)
        self._speak = speak or _default_speak
        self._open_keyboard = open_keyboard or _default_keyboard
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._auto_step)
        self._long_press = QTimer(self)
        self._long_press.setSingleShot(True)
        self._long_press.setInterval(long_press_ms)
        self._long_press.timeout.connect(self._long_press_fired)
        # The frame follows its control when the layout changes (text size, a pane opening) without moving on.
        self._follow = QTimer(self)
        self._follow.setInterval(FOLLOW_MS)
        self._follow.timeout.connect(self._refresh_frame)
        self._highlight = ScanHighlight()
        self._stack: list[tuple[list[ScanNode], int]] = []
        self._root: QWidget | None = None
        self._running = False
        self._is_paused = False
        self._idle_steps = 0
        self._synthesizing = False
        self._resume_group: QWidget | None = None

    # ---- configuration -------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """Whether scanning is on."""
        return self._running

    @property
    def auto(self) -> bool:
        """True when the highlight moves by itself, False in step mode."""
        return self._auto

    def set_auto(self, auto: bool) -> None:
        """Switch between auto scanning and step mode (no motion unless a switch is pressed)."""
        self._auto = auto
        self._restart_timer()

    def set_interval(self, interval_ms: int) -> None:
        """How long the highlight rests on each item in auto mode."""
        self._timer.setInterval(max(100, int(interval_ms)))
        self._restart_timer()

    def set_keys(self, next_key: int, select_key: int) -> None:
        """The keys the two switches send."""
        self._next_key, self._select_key = int(next_key), int(select_key)

    def set_long_press_ms(self, ms: int) -> None:
        """How long the next switch must be held to pick instead of step."""
        self._long_press.setInterval(max(50, int(ms)))

    def apply_settings(self, settings: object) -> None:
        """Read scan mode, interval, long-press time and switch keys from a desktop.settings.Settings."""
        value = getattr(settings, "value")
        self.set_auto(value("scan_mode") != "step")
        self.set_interval(int(value("scan_interval_ms")))
        self.set_long_press_ms(int(value("scan_long_press_ms")))
        self.set_keys(key_from_text(value("switch_next_key"), Qt.Key.Key_Space),
                      key_from_text(value("switch_select_key"), Qt.Key.Key_Return))

    # ---- on and off ----------------------------------------------------------------------------------------
    def start(self) -> None:
        """Turn scanning on: filter the switch keys and highlight the first group."""
        if self._running:
            return
        app = QApplication.instance()
        if app is None:
            raise RuntimeError("Scanner needs a QApplication")
        app.installEventFilter(self)
        app.focusChanged.connect(self._focus_changed)
        self._running = True
        self._reset_to_top()
        self._restart_timer()
        self._follow.start()

    def stop(self) -> None:
        """Turn scanning off and remove the highlight; keys behave normally again."""
        if not self._running:
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            app.focusChanged.disconnect(self._focus_changed)
        self._running = False
        self._timer.stop()
        self._long_press.stop()
        self._follow.stop()
        self._stack.clear()
        self._highlight.hide_frame()

    # ---- what is highlighted -------------------------------------------------------------------------------
    def current(self) -> ScanNode | None:
        """The node under the highlight, if any."""
        if not self._stack:
            return None
        nodes, index = self._stack[-1]
        return nodes[index] if nodes else None

    def current_description(self) -> str:
        """What the highlight rests on, as it is shown and spoken."""
        node = self.current()
        return node.describe() if node is not None and node.alive() else ""

    def depth(self) -> int:
        """0 at the top level of the window, 1 inside a group, and so on."""
        return max(0, len(self._stack) - 1)

    # ---- switch handling -----------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if self._synthesizing or kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
                                              QEvent.Type.ShortcutOverride):
            return False
        # Switches are real input; keys that the app sends itself (the on-screen keyboard's
        # Enter and Backspace) are not spontaneous and must reach their target.
        if not event.spontaneous():
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key == Qt.Key.Key_Enter and self._select_key == Qt.Key.Key_Return:
            key = Qt.Key.Key_Return  # the keypad Enter is the same switch
        if key not in (self._next_key, self._select_key):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # keep switch keys from triggering shortcuts
            return True
        if event.isAutoRepeat():
            return True
        if kind == QEvent.Type.KeyPress:
            self._switch_down(key)
        else:
            self._switch_up(key)
        return True

    def _switch_down(self, key: int) -> None:
        self.switch_pressed.emit()
        self._idle_steps = 0
        if self._is_paused:
            self._is_paused = False
        if key == self._select_key:
            self.select()
            self._restart_timer()
        else:
            self._long_press.start()
            self._timer.stop()  # nothing moves while the switch is held: a long press picks what was shown

    def _switch_up(self, key: int) -> None:
        if key != self._next_key or key == self._select_key:
            return
        if self._long_press.isActive():
            self._long_press.stop()
            self.step()
        self._restart_timer()

    def _long_press_fired(self) -> None:
        self.select()

    def _restart_timer(self) -> None:
        if self._running and self._auto and not self._is_paused:
            self._timer.start()
        else:
            self._timer.stop()

    def _auto_step(self) -> None:
        self._idle_steps += 1
        nodes, _ = self._stack[-1] if self._stack else ([], 0)
        if nodes and self._idle_steps >= MAX_IDLE_LOOPS * len(nodes):
            self._idle_steps = 0
            if len(self._stack) > 1:
                self._stack.pop()
                self._show_current()
                return
            self._is_paused = True
            self._timer.stop()
            self._highlight.set_paused(True)
            self.paused.emit()
            return
        self.step()

    # ---- moving and picking --------------------------------------------------------------------------------
    def step(self) -> None:
        """Move the highlight to the next item of the current level (wrapping round)."""
        if not self._running:
            return
        if self._root_changed() or not self._stack:
            self._reset_to_top()
            return
        nodes, index = self._stack[-1]
        if len(self._stack) == 1 and index == len(nodes) - 1:
            # Back at the start of the window: pick up controls that appeared meanwhile.
            self._stack[0] = (top_level_nodes(self._root), 0) if self._root else ([], 0)
        else:
            self._stack[-1] = (nodes, (index + 1) % max(1, len(nodes)))
        self._show_current()

    def select(self) -> None:
        """Pick what the highlight rests on: enter a group, leave it, or activate a control."""
        if not self._running:
            return
        if self._root_changed() or not self._stack:
            self._reset_to_top()
            return
        node = self.current()
        if node is None or not node.alive():
            self._reset_to_top()
            return
        if isinstance(node, BackNode):
            self._stack.pop()
            self._show_current()
            return
        children = node.children()
        if children:
            # Skip levels with a single choice: picking it again would be a wasted press.
            while len(children) == 1 and children[0].children():
                children = children[0].children()
            self._stack.append((children + [BackNode(node)], 0))
            self._show_current()
            return
        description = node.describe()
        group = self._stack[0][0][self._stack[0][1]].widget if self._stack and self._stack[0][0] else None
        self._activate(node)
        self.activated.emit(description)
        # After an action people usually continue in the same area, so start there.
        self._resume_group = group
        self._reset_to_top()

    def _activate(self, node: ScanNode) -> None:
        if isinstance(node, MenuTitleNode):
            node.bar.setActiveAction(node.action)  # opens the menu; the scan follows into it
            return
        if isinstance(node, MenuItemNode):
            node.menu.setActiveAction(node.action)
            self._send_key(node.menu, Qt.Key.Key_Return)  # runs the command (or opens the submenu) as Enter does
            return
        if isinstance(node, RowNode):
            view, index = node.view, node.index()
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            view.setCurrentIndex(index)
            # A checkable row (a filter choice) is ticked as Space does; any other row opens as Enter does.
            checkable = bool(index.flags() & Qt.ItemFlag.ItemIsUserCheckable) and \
                index.data(Qt.ItemDataRole.CheckStateRole) is not None  # list widgets flag every item checkable
            self._send_key(view, Qt.Key.Key_Space if checkable else Qt.Key.Key_Return)
            return
        widget = node.widget
        if isinstance(widget, QComboBox):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            widget.showPopup()
        elif isinstance(widget, QAbstractButton):
            widget.click()
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if not (isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)) and widget.isReadOnly()):
                self._open_keyboard(widget)
        elif isinstance(widget, QAbstractSlider):
            wrap = widget.value() >= widget.maximum()
            widget.setValue(widget.minimum() if wrap else widget.value() + widget.pageStep())
        elif isinstance(widget, QTabBar):
            widget.setCurrentIndex((widget.currentIndex() + 1) % max(1, widget.count()))
        elif isinstance(widget, QAbstractItemView):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self._send_key(widget, Qt.Key.Key_Space)

    def _send_key(self, widget: QWidget, key: int) -> None:
        # Our own synthetic keys must pass our filter untouched.
        self._synthesizing = True
        try:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
        finally:
            self._synthesizing = False

    # ---- levels ----------------------------------------------------------------------------------------------
    def _scan_root(self) -> QWidget | None:
        for widget in (QApplication.activePopupWidget(), QApplication.activeModalWidget(),
                       QApplication.activeWindow(), self._fallback_window):
            if widget is not None and widget.isVisible() and widget is not self._highlight:
                return widget.window()
        return None

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        # A dialog, popup or the on-screen keyboard opened or closed: scan it at once, not a press later.
        if self._running and self._root_changed():
            QTimer.singleShot(0, self._reroot)

    def _reroot(self) -> None:
        if self._running and self._root_changed():
            self._reset_to_top()

    def _root_changed(self) -> bool:
        return self._scan_root() is not self._root

    def _reset_to_top(self) -> None:
        self._root = self._scan_root()
        nodes = top_level_nodes(self._root) if self._root is not None else []
        # A window that is a single group (a popup list, a one-list dialog) opens at once.
        while len(nodes) == 1 and nodes[0].children():
            nodes = nodes[0].children()
        start = 0
        if self._resume_group is not None:
            start = next((i for i, n in enumerate(nodes) if n.widget is self._resume_group), 0)
            self._resume_group = None
        self._stack = [(nodes, start)]
        self._idle_steps = 0
        self._show_current()

    def _refresh_frame(self) -> None:
        node = self.current()
        if node is None or self._root is None or not node.alive() or self._root_changed():
            return
        rect = node.rect_in(self._root)
        if rect != self._highlight.frame_rect():
            self._highlight.show_frame(self._root, rect, node.describe(),
                                       is_group=isinstance(node, GroupNode) or bool(node.children()))

    def _show_current(self) -> None:
        node = self.current()
        if node is not None and not shiboken6.isValid(node.widget):
            # A control was replaced meanwhile (a rebuilt menu bar deletes the old one): scan the window as it
            # is now, at about the same place, rather than touch a deleted widget (that crashed PySide).
            index = self._stack[0][1] if self._stack else 0
            fresh = top_level_nodes(self._root) if self._root is not None else []
            self._stack = [(fresh, min(index, max(0, len(fresh) - 1)))]
            node = self.current()
            if node is not None and not shiboken6.isValid(node.widget):
                node = None
        self._highlight.set_paused(False)
        if node is None:
            self._highlight.hide_frame()
            return
        node.prepare()
        if isinstance(node, WidgetNode):
            # Focus follows the highlight so screen readers and speak-on-focus follow it too.
            node.widget.setFocus(Qt.FocusReason.TabFocusReason)
        description = node.describe()
        self._highlight.show_frame(self._root, node.rect_in(self._root), description,
                                   is_group=isinstance(node, GroupNode) or bool(node.children()))
        self.highlighted.emit(description)
        self._speak(description)


_SCAN_KEYS = ("scanning", "scan_mode", "scan_interval_ms", "scan_long_press_ms", "switch_next_key",
              "switch_select_key")


class ScanningSwitch(QObject):
    """Keeps a Scanner in step with the preferences: on/off (F8), mode, interval and switch keys."""

    def __init__(self, settings: object, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.scanner = Scanner(parent=self)
        self.scanner.apply_settings(settings)
        getattr(settings, "changed").connect(self._changed)
        if getattr(settings, "value")("scanning"):
            self.scanner.start()

    def _changed(self, key: str) -> None:
        if key not in _SCAN_KEYS:
            return
        self.scanner.apply_settings(self.settings)
        on = bool(getattr(self.settings, "value")("scanning"))
        if on and not self.scanner.running:
            self.scanner.start()
            self._speak(QCoreApplication.translate("Scanner", "Switch scanning on"))
        elif not on and self.scanner.running:
            self.scanner.stop()
            self._speak(QCoreApplication.translate("Scanner", "Switch scanning off"))

    def _speak(self, text: str) -> None:
        _default_speak(text)


def attach_scanning(settings: object, parent: QObject | None = None) -> ScanningSwitch:
    """Switch access for the whole app, following the settings (call once at start-up)."""
    return ScanningSwitch(settings, parent or QApplication.instance())
