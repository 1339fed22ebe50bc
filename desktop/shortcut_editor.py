"""Changing keyboard shortcuts, generated from the action registry (Help > Keyboard shortcuts > Change…).

A table of every command and its keys. Enter (or "Change…") opens a small
window that waits for one key press: the new shortcut. A key that another
command already uses is refused with a message saying which command has it,
so every command keeps a shortcut of its own. "Use the default" undoes a
change. Changes are stored as shortcut overrides in the settings, and the
registry applies them at once.

The key-capture window takes exactly one key and never Tab (Tab must keep
moving between controls), so it cannot trap the keyboard; Esc cancels.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.action_registry import ActionRegistry, plain_text
from desktop.actions import ActionId
from desktop.announce import announce
from desktop.dialogs import AccessibleDialog

_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
                  Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_unknown}
_NAVIGATION_KEYS = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab}


class KeyCaptureDialog(AccessibleDialog):
    """Waits for one key press and keeps it as `sequence`; Esc cancels."""

    def __init__(self, command: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyCapture")
        self._command = command
        self.sequence: QKeySequence | None = None
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.prompt)
        # The dialog itself holds the focus: no button may swallow Space or Enter.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize_for_text(50, 5)
        self.retranslate()

    def retranslate(self) -> None:
        """Title and instructions in the current language."""
        title = self.tr("New shortcut for %1").replace("%1", self._command)
        text = self.tr("Press the keys for “%1” now, for example Ctrl+K or F11. Esc cancels.").replace(
            "%1", self._command)
        self.setWindowTitle(title)
        self.prompt.setText(text)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Take the first complete key (modifiers alone wait for the rest)."""
        key = Qt.Key(event.key())
        if key in _MODIFIER_KEYS:
            return
        if key == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.reject()
            return
        if key in _NAVIGATION_KEYS:
            message = self.tr("Tab moves between controls and cannot be a shortcut. Press another key.")
            self.prompt.setText(message)
            announce(message, "assertive")
            return
        self.sequence = QKeySequence(event.keyCombination())
        self.accept()


class ShortcutEditor(AccessibleDialog):
    """Every command with its shortcut; change one, or put it back to the default."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if registry.settings is None:
            raise ValueError("changing shortcuts needs the registry's settings")
        self.setObjectName("shortcutEditor")
        self._registry = registry
        self._settings = registry.settings
        self._ids = list(registry.ids())
        self.table = QTableWidget(len(self._ids), 2, self)
        self.table.setObjectName("shortcutTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.change_current())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.change_button = QPushButton(self)
        self.change_button.clicked.connect(self.change_current)
        self.default_button = QPushButton(self)
        self.default_button.clicked.connect(self.reset_current)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.default_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._settings.changed.connect(self._on_changed)
        self.resize_for_text(70, 30)
        self.retranslate()
        self.table.setCurrentCell(0, 0)
        self.table.setFocus()

    def current_id(self) -> ActionId:
        """The command of the selected row."""
        return self._ids[max(0, self.table.currentRow())]

    def _name(self, action_id: ActionId) -> str:
        return plain_text(self._registry.action(action_id).text())

    def refresh(self) -> None:
        """Fill the rows from the registry (names and shortcuts in force)."""
        for row, action_id in enumerate(self._ids):
            name, keys = self._name(action_id), self._registry.shortcut_text(action_id)
            for column, text in enumerate((name, keys)):
                item = self.table.item(row, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.table.setItem(row, column, item)
                item.setText(text)
                # A screen reader reads the whole row: "Find positions, Ctrl+F, F6".
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {keys}")

    def _on_changed(self, key: str) -> None:
        if key.startswith("shortcuts/"):
            self.refresh()

    def change_current(self) -> None:
        """Ask for a new key for the selected command and use it unless another command has it."""
        action_id = self.current_id()
        capture = KeyCaptureDialog(self._name(action_id), self)
        if not capture.exec() or capture.sequence is None:
            return
        sequence = capture.sequence
        owner = next((other for other in self._ids if other is not action_id and any(
            s.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch for s in self._registry.shortcuts(other))),
            None)
        keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if owner is not None:
            self._tell(self.tr("%1 is already the shortcut for “%2”. Choose another key.")
                       .replace("%1", keys).replace("%2", self._name(owner)), error=True)
            return
        self._settings.set_shortcut_override(action_id.value, sequence.toString(QKeySequence.SequenceFormat.PortableText))
        self._tell(self.tr("“%1” is now %2.").replace("%1", self._name(action_id)).replace("%2", keys))

    def reset_current(self) -> None:
        """Give the selected command its default shortcut again."""
        action_id = self.current_id()
        self._settings.set_shortcut_override(action_id.value, None)
        self._tell(self.tr("“%1” has its default shortcut again: %2.").replace("%1", self._name(action_id))
                   .replace("%2", self._registry.shortcut_text(action_id)))

    def _tell(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("tone", "error" if error else "")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        announce(text, "assertive" if error else "polite")

    def retranslate(self) -> None:
        """Every text in the current language."""
        title = self.tr("Change keyboard shortcuts")
        self.setWindowTitle(title)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Shortcut")])
        self.table.setAccessibleName(self.tr("Commands and their shortcuts"))
        self.table.setAccessibleDescription(self.tr("Enter changes the shortcut of the selected command"))
        self.change_button.setText(self.tr("&Change…"))
        self.default_button.setText(self.tr("&Use the default"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close the shortcut editor"))
        self.refresh()


def show_shortcut_editor(registry: ActionRegistry, parent: QWidget | None = None) -> ShortcutEditor:
    """Open the shortcut editor window-modally; it deletes itself when closed."""
    editor = ShortcutEditor(registry, parent)
    editor.open_window_modal()
    return editor
