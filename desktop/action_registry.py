"""QActions, menus and the shortcut help page, generated from desktop.actions.

One `ActionRegistry` per main window. It owns a QAction per declared action
(for the current mode), adds them to the window so their shortcuts work
there, builds the menu bar, retranslates everything when the language
changes, applies shortcut overrides from the settings, and wires the actions
that only change a preference (text size, theme, language, speech, scanning)
straight to the settings. Behaviour owners connect handlers by id.
"""
from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

from desktop.actions import (ACTIONS, DIALOG_ACTIONS, ActionId, ActionSpec, Menu, Mode, SettingOp, specs_in_menu,
                             unique_sequences)
from desktop.announce import announce
from desktop.labels import plain_text  # noqa: F401 (also imported from here by others)
from desktop.settings import PREFERENCES, Settings

# Keys up to here exist on an ordinary keyboard (letters, Esc, Tab, arrows, F1-F35); beyond are media
# keys such as "New" or "Find" that standard shortcuts also bind but few keyboards have.
_LAST_ORDINARY_KEY = int(Qt.Key.Key_F35)


def on_ordinary_keyboard(sequence: QKeySequence) -> bool:
    """Whether every chord of `sequence` can be typed on an ordinary keyboard."""
    return all(int(sequence[i].key()) <= _LAST_ORDINARY_KEY for i in range(sequence.count()))


@dataclass(frozen=True)
class HelpRow:
    """One line of the shortcut help page, already translated."""

    menu: str
    action: str
    description: str
    shortcuts: str


class ActionRegistry(QObject):
    """Builds and owns the QActions for every declared action offered in `mode`."""

    def __init__(self, parent: QObject | None = None, *, settings: Settings | None = None,
                 mode: Mode = Mode.DESKTOP) -> None:
        super().__init__(parent)
        self.mode = mode
        self.settings = settings
        self._actions: dict[ActionId, QAction] = {}
        self._menus: dict[Menu, QMenu] = {}
        self._groups: dict[str, QActionGroup] = {}
        self._last_passthrough: tuple[int, int] | None = None
        self._passthrough_installed = False
        for spec in ACTIONS.values():
            if spec.mode & mode:
                self._actions[spec.id] = self._build(spec)
        self._apply_default_shortcuts()
        if settings is not None:
            self.apply_overrides(settings.shortcut_overrides())
            settings.changed.connect(self._on_setting_changed)
            self._sync_checks()
        if isinstance(parent, QWidget):
            parent.addActions(list(self._actions.values()))
            parent.installEventFilter(self)
            # Esc stops speech in dialogs too, by default: installed just after the first
            # widget takes the focus (no dialog can be open before). Installed here, the
            # application-wide filter would take every event of building and showing the
            # main window into Python: about 20 ms of a cold start (issue #3).
            app = QCoreApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.connect(self._passthrough_after_focus, Qt.ConnectionType.SingleShotConnection)
            if settings is not None and ActionId.PREFERENCES in self._actions:
                self._actions[ActionId.PREFERENCES].triggered.connect(self._open_preferences)
        self.retranslate()

    def _build(self, spec: ActionSpec) -> QAction:
        action = QAction(self)
        action.setObjectName(spec.id.value)
        action.setCheckable(spec.checkable)
        if spec.setting_op is SettingOp.SET and spec.setting:
            group = self._groups.setdefault(spec.setting, QActionGroup(self))
            group.setExclusive(True)
            group.addAction(action)
        if spec.setting_op is not None:
            action.triggered.connect(lambda checked=False, s=spec: self._apply_setting_op(s))
        return action

    def _open_preferences(self) -> None:
        from desktop.preferences_dialog import show_preferences  # a dialog: loaded when first asked for

        parent = self.parent()
        assert self.settings is not None and isinstance(parent, QWidget)
        self.preferences_dialog = show_preferences(self.settings, parent)

    # Lookup and handlers
    def action(self, action_id: ActionId) -> QAction:
        """The QAction for `action_id` (KeyError if it is not offered in this mode)."""
        return self._actions[action_id]

    def ids(self) -> list[ActionId]:
        """Every action offered in this mode, in declaration order."""
        return list(self._actions)

    def connect(self, action_id: ActionId, handler: Callable[[], object]) -> None:
        """Run `handler()` whenever the action is triggered (menu, shortcut or program)."""
        self._actions[action_id].triggered.connect(lambda checked=False: handler())

    def attach_to_dialog(self, dialog: QWidget) -> None:
        """Make the reading, text-size and speech shortcuts (DIALOG_ACTIONS) work inside `dialog` too."""
        dialog.addActions([self._actions[i] for i in DIALOG_ACTIONS if i in self._actions])

    # Shortcuts
    def shortcuts(self, action_id: ActionId) -> list[QKeySequence]:
        """The shortcuts in force for `action_id`, primary first."""
        return list(self._actions[action_id].shortcuts())

    def shortcut_text(self, action_id: ActionId) -> str:
        """The shortcuts in force as a person reads them ("Ctrl+F, F6"), media keys left out."""
        shortcuts = self.shortcuts(action_id)
        shown = [s for s in shortcuts if on_ordinary_keyboard(s)] or shortcuts
        return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in shown)

    def _apply_default_shortcuts(self) -> None:
        for action_id, action in self._actions.items():
            action.setShortcuts(ACTIONS[action_id].key_sequences())

    def _owner_of(self, sequence: QKeySequence) -> ActionId | None:
        for action_id, action in self._actions.items():
            if any(existing.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch
                   for existing in action.shortcuts()):
                return action_id
        return None

    def apply_overrides(self, overrides: dict[str, str]) -> list[str]:
        """Rebind actions from `{action key: "Ctrl+K"}`; returns the keys that were refused.

        Defaults are restored first. An override is refused, keeping the
        default, when it is empty, unknown, or already used by another action:
        every action must keep a shortcut of its own.
        """
        self._apply_default_shortcuts()
        refused: list[str] = []
        for key, text in sorted(overrides.items()):
            try:
                action_id = ActionId(key)
            except ValueError:
                refused.append(key)
                continue
            if action_id not in self._actions:
                continue
            sequences = unique_sequences([part.strip() for part in text.split(";") if part.strip()])
            owners = {self._owner_of(sequence) for sequence in sequences} - {None, action_id}
            if not sequences or owners:
                refused.append(key)
                continue
            self._actions[action_id].setShortcuts(sequences)
        return refused

    # Settings-bound actions
    def _apply_setting_op(self, spec: ActionSpec) -> None:
        settings = self.settings
        if settings is None or spec.setting is None:
            return
        op = spec.setting_op
        if op is SettingOp.TOGGLE:
            settings.set_value(spec.setting, not settings.value(spec.setting))
        elif op is SettingOp.SET:
            settings.set_value(spec.setting, spec.setting_value)
        elif op is SettingOp.STEP_UP:
            settings.step(spec.setting, +1)
        elif op is SettingOp.STEP_DOWN:
            settings.step(spec.setting, -1)
        elif op is SettingOp.RESET:
            settings.reset(spec.setting)
        elif op is SettingOp.CYCLE:
            settings.cycle(spec.setting)
        self._sync_checks()
        if spec.feedback:
            announce(QCoreApplication.translate("Actions", spec.feedback).replace(
                "%1", self._display_value(spec.setting)))

    def _display_value(self, key: str) -> str:
        """A preference's current value as a person reads it (choice title, or a localised number)."""
        assert self.settings is not None
        pref = PREFERENCES[key]
        value = self.settings.value(key)
        if pref.choices is not None and pref.choice_titles is not None:
            title = pref.choice_titles[pref.choices.index(value)]
            return QCoreApplication.translate("Preferences", title)
        return QLocale().toString(value) if isinstance(value, int) else str(value)

    def _on_setting_changed(self, key: str) -> None:
        if key.startswith("shortcuts/") and self.settings is not None:
            self.apply_overrides(self.settings.shortcut_overrides())
        elif key in PREFERENCES:
            self._sync_checks()

    def _sync_checks(self) -> None:
        if self.settings is None:
            return
        for action_id, action in self._actions.items():
            spec = ACTIONS[action_id]
            if spec.setting is None or not spec.checkable:
                continue
            value = self.settings.value(spec.setting)
            action.setChecked(bool(value) if spec.setting_op is SettingOp.TOGGLE else value == spec.setting_value)

    # Menus and language
    def populate_menu_bar(self, menu_bar: QMenuBar) -> dict[Menu, QMenu]:
        """Add a menu per `Menu` with this mode's actions, separated by group; returns the menus."""
        for menu_id in Menu:
            specs = specs_in_menu(menu_id, self.mode)
            if not specs:
                continue
            menu = menu_bar.addMenu("")
            menu.setObjectName(f"menu_{menu_id.name.lower()}")
            previous_group = specs[0].group
            for spec in specs:
                if spec.group != previous_group:
                    menu.addSeparator()
                    previous_group = spec.group
                menu.addAction(self._actions[spec.id])
            self._menus[menu_id] = menu
        self.retranslate()
        return dict(self._menus)

    def retranslate(self) -> None:
        """Set every text in the current language (called on LanguageChange)."""
        for action_id, action in self._actions.items():
            spec = ACTIONS[action_id]
            action.setText(QCoreApplication.translate("Actions", spec.text))
            description = QCoreApplication.translate("Actions", spec.description)
            action.setToolTip(description)
            action.setStatusTip(description)
            action.setWhatsThis(description)
        # A menu bar rebuilt or torn down before its window leaves deleted menus behind;
        # a language change then must skip them, not raise inside Qt's event filter.
        self._menus = {menu_id: menu for menu_id, menu in self._menus.items() if shiboken6.isValid(menu)}
        for menu_id, menu in self._menus.items():
            menu.setTitle(QCoreApplication.translate("Menus", menu_id.value))
            menu.setAccessibleName(plain_text(menu.title()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Retranslate on the window's LanguageChange; run pass-through shortcuts in dialogs."""
        kind = event.type()
        if kind == QEvent.Type.LanguageChange and watched is self.parent():
            self.retranslate()
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self._maybe_passthrough(watched, event)
        return False

    # Keys that must work in dialogs too (Esc = stop speech)
    def install_passthrough_keys(self) -> None:
        """Let pass-through actions (stop speech) also fire in other windows without taking the key.

        Installs an application event filter: in a dialog, Esc both stops
        speech and closes the dialog. In the main window the QAction's own
        shortcut already handles the key. Installed once: installing again
        would move it before filters installed since (speech, scanning).
        """
        app = QCoreApplication.instance()
        if app is not None and not self._passthrough_installed:
            app.installEventFilter(self)
            self._passthrough_installed = True

    def _passthrough_after_focus(self, *_widgets: object) -> None:
        QTimer.singleShot(0, self, self.install_passthrough_keys)

    def _maybe_passthrough(self, watched: QObject, event: QKeyEvent) -> None:
        window = self.parent().window() if isinstance(self.parent(), QWidget) else None
        if not isinstance(watched, QWidget) or watched.window() is window:
            return
        # A key press is delivered again to each parent while it propagates; act once.
        stamp = (event.timestamp(), event.key())
        if stamp == self._last_passthrough:
            return
        pressed = QKeySequence(event.keyCombination())
        for action_id, action in self._actions.items():
            if not ACTIONS[action_id].passthrough or not action.isEnabled():
                continue
            if any(s.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for s in action.shortcuts()):
                self._last_passthrough = stamp
                action.trigger()

    # Help page
    def help_rows(self) -> list[HelpRow]:
        """Every action of this mode with its translated menu, name, description and shortcuts."""
        rows = []
        for menu_id in Menu:
            menu_title = plain_text(QCoreApplication.translate("Menus", menu_id.value))
            for spec in specs_in_menu(menu_id, self.mode):
                action = self._actions[spec.id]
                rows.append(HelpRow(menu_title, plain_text(action.text()), action.toolTip(),
                                    self.shortcut_text(spec.id)))
        return rows

    def help_html(self) -> str:
        """The shortcut help page as HTML: one table per menu (action, description, shortcut)."""
        # Spelled out in full (no alias) so that lupdate finds the strings.
        headers = (QCoreApplication.translate("Help", "Action"), QCoreApplication.translate("Help", "What it does"),
                   QCoreApplication.translate("Help", "Shortcut"))
        title = QCoreApplication.translate("Help", "Keyboard shortcuts")
        hint = QCoreApplication.translate(
            "Help", "Every command is also in the menu bar: hold Alt and press the underlined letter of a menu.")
        parts = [f"<h1>{html.escape(title)}</h1>", f"<p>{html.escape(hint)}</p>"]
        current = None
        for row in self.help_rows():
            if row.menu != current:
                if current is not None:
                    parts.append("</table>")
                current = row.menu
                parts.append(f"<h2>{html.escape(row.menu)}</h2><table border='1' cellpadding='6' cellspacing='0'>")
                parts.append("<tr>" + "".join(f"<th scope='col' align='left'>{html.escape(h)}</th>" for h in headers)
                             + "</tr>")
            parts.append("<tr>" + "".join(f"<td>{html.escape(cell)}</td>"
                                          for cell in (row.action, row.description, row.shortcuts)) + "</tr>")
        if current is not None:
            parts.append("</table>")
        return "\n".join(parts)
