"""The keyboard shortcut help page (F1), generated from the action registry.

A dialog with one read-only text browser holding a table per menu (command,
what it does, shortcut) and a Close button. The page has a caret, so a screen
reader user can read it line by line with the arrow keys, and "read current
field" (F4) reads it with the app's own speech. Esc closes it (and stops
speech); focus goes back to where it was.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.action_registry import ActionRegistry
from desktop.actions import Mode
from desktop.dialogs import AccessibleDialog
from desktop.themes import apply_reading_spacing


class HelpDialog(AccessibleDialog):
    """Every command and its shortcut, readable by keyboard, screen reader and self-voicing."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutHelp")
        self._registry = registry
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("shortcutHelpPage")
        self.browser.setOpenLinks(False)
        # A caret lets screen readers and F4 read the page line by line.
        self.browser.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.browser.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.browser.setTabChangesFocus(True)  # Tab reaches the Close button instead of being swallowed
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        # Rebinding keys is for a person's own computer, not for a kiosk.
        self.change_button: QPushButton | None = None
        if registry.settings is not None and not registry.mode & Mode.KIOSK:
            self.change_button = QPushButton(self)
            self.change_button.setObjectName("changeShortcuts")
            self.change_button.clicked.connect(self.change_shortcuts)
            self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.ActionRole)
            registry.settings.changed.connect(self._on_setting_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        registry.attach_to_dialog(self)
        self.resize_for_text(90, 30)
        self.retranslate()
        self.browser.setFocus()

    def retranslate(self) -> None:
        """Regenerate the page and every name in the current language."""
        title = self.tr("Keyboard shortcuts")
        self.setWindowTitle(title)
        self.browser.setAccessibleName(title)
        self.browser.setAccessibleDescription(
            self.tr("A table for each menu: command, what it does, and its shortcut. Use the arrow keys to read."))
        self.browser.setHtml(self._registry.help_html())
        apply_reading_spacing(self.browser.document())
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the shortcut list"))
        if self.change_button is not None:
            self.change_button.setText(self.tr("&Change shortcuts…"))

    def change_shortcuts(self) -> None:
        """Open the shortcut editor over this page."""
        from desktop.shortcut_editor import show_shortcut_editor

        self.editor = show_shortcut_editor(self._registry, self)

    def _on_setting_changed(self, key: str) -> None:
        if key.startswith("shortcuts/"):
            self.retranslate()  # the page shows the shortcuts in force


def show_help(registry: ActionRegistry, parent: QWidget | None = None) -> HelpDialog:
    """Open the shortcut page window-modally (returns at once); it deletes itself when closed."""
    dialog = HelpDialog(registry, parent)
    dialog.open_window_modal()
    return dialog
