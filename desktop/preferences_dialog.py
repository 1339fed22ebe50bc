"""The preferences page, generated from the declarations in desktop/settings.py.

One control per preference, chosen by its declaration: a check box for an
on/off preference, a drop-down list for one with choices, a spin box for a
number with a range, a text field for free text (voice names), a list of
usual switch keys for the switch keys. Every change applies at once (text
size, colours and language change while the page is open), and the page
follows changes made elsewhere (Ctrl+= while it is open). Kiosk timeouts are
not here: staff set them in the kiosk's staff panel.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from desktop.dialogs import AccessibleDialog
from desktop.settings import PREFERENCES, SECTIONS, Pref, Settings

# Keys that switch interfaces commonly send (portable names, as the settings store them).
SWITCH_KEYS = ("Space", "Return", "Enter", "1", "2", "F11", "F12")
_HIDDEN_SECTIONS = ("kiosk",)
_SPIN_STEPS = {"scan_interval_ms": 100, "page_size": 10}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preferences", text)


class PreferencesDialog(AccessibleDialog):
    """Every preference a person may set for themselves, applied as soon as it changes."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self._settings = settings
        self.editors: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._groups: dict[str, QGroupBox] = {}
        page = QWidget()
        column = QVBoxLayout(page)
        for section in SECTIONS:
            if section in _HIDDEN_SECTIONS:
                continue
            prefs = [pref for pref in PREFERENCES.values() if pref.section == section]
            box = QGroupBox(page)
            form = QFormLayout(box)
            # Labels above fields when text is large, so nothing is clipped at 400%.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for pref in prefs:
                self._add_row(form, pref)
            self._groups[section] = box
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through the controls, not the scroll area
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.defaults_button = QPushButton(self)
        self.defaults_button.setObjectName("restoreDefaults")
        self.buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        settings.changed.connect(self._refresh)
        self.resize_for_text(80, 34)
        self.retranslate()
        for key in self.editors:
            self._refresh(key)

    # Building
    def _add_row(self, form: QFormLayout, pref: Pref) -> None:
        editor = self._editor_for(pref)
        editor.setObjectName(f"pref_{pref.key}")
        self.editors[pref.key] = editor
        label = QLabel()
        label.setWordWrap(True)  # long titles wrap at 400% text instead of widening the page past the view
        label.setBuddy(editor)
        self._labels[pref.key] = label
        if isinstance(editor, QCheckBox):
            # The check box's own text cannot wrap, so its title is a wrapping label beside it (ACCESSIBILITY.md 5);
            # a click on the title still toggles it, and its accessible name is the title.
            label.mouseReleaseEvent = lambda _event, check=editor: check.toggle()  # type: ignore[method-assign]
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(editor, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(label, 1)
            form.addRow(row)
            return
        form.addRow(label, editor)

    def _editor_for(self, pref: Pref) -> QWidget:
        key = pref.key
        if pref.type is bool:
            check = QCheckBox()
            check.toggled.connect(lambda on, k=key: self._store(k, on))
            return check
        if pref.choices is not None or key in ("switch_next_key", "switch_select_key"):
            combo = QComboBox()
            for value in pref.choices or SWITCH_KEYS:
                combo.addItem("", value)
            combo.activated.connect(lambda index, k=key, c=combo: self._store(k, c.itemData(index)))
            return combo
        if pref.type is int:
            spin = QSpinBox()
            spin.setRange(pref.minimum if pref.minimum is not None else 0,
                          pref.maximum if pref.maximum is not None else 1_000_000)
            spin.setSingleStep(pref.increment or _SPIN_STEPS.get(key, 1))
            spin.setKeyboardTracking(False)  # store the number when it is complete, not each digit
            spin.valueChanged.connect(lambda value, k=key: self._store(k, value))
            return spin
        edit = QLineEdit()
        edit.editingFinished.connect(lambda k=key, e=edit: self._store(k, e.text().strip()))
        return edit

    # Keeping widgets and settings in step
    def _store(self, key: str, value: Any) -> None:
        if value != self._settings.value(key):
            self._settings.set_value(key, value)

    def _refresh(self, key: str) -> None:
        editor = self.editors.get(key)
        if editor is None:
            return
        value = self._settings.value(key)
        editor.blockSignals(True)
        try:
            if isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QComboBox):
                index = editor.findData(value)
                if index < 0:  # a switch key set elsewhere that the list does not offer
                    editor.addItem(self._key_name(str(value)), value)
                    index = editor.count() - 1
                editor.setCurrentIndex(index)
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value))
        finally:
            editor.blockSignals(False)

    def restore_defaults(self) -> None:
        """Put every preference on this page back to its default."""
        for key in self.editors:
            self._settings.reset(key)

    # Language
    @staticmethod
    def _key_name(portable: str) -> str:
        return QKeySequence.fromString(portable, QKeySequence.SequenceFormat.PortableText).toString(
            QKeySequence.SequenceFormat.NativeText) or portable

    def _choice_text(self, pref: Pref, value: Any) -> str:
        if pref.choices is not None and pref.choice_titles is not None:
            return _tr(pref.choice_titles[pref.choices.index(value)])
        if pref.key == "font_scale":
            return f"{value}%"
        return self._key_name(str(value))

    def retranslate(self) -> None:
        """Every title, name and choice in the current interface language."""
        self.setWindowTitle(self.tr("Preferences"))
        for section, box in self._groups.items():
            box.setTitle(_tr(SECTIONS[section]))
        for key, editor in self.editors.items():
            pref = PREFERENCES[key]
            title = pref.translated_title()
            editor.setAccessibleName(title)
            self._labels[key].setText(title)
            if isinstance(editor, QComboBox):
                for index in range(editor.count()):
                    editor.setItemText(index, self._choice_text(pref, editor.itemData(index)))
            if isinstance(editor, QLineEdit):
                editor.setPlaceholderText(self.tr("Automatic"))
        self.defaults_button.setText(self.tr("&Restore defaults"))
        self.defaults_button.setAccessibleDescription(self.tr("Put every preference on this page back as it was"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close preferences"))


def show_preferences(settings: Settings, parent: QWidget | None = None) -> PreferencesDialog:
    """Open the preferences window-modally (returns at once); it deletes itself when closed."""
    dialog = PreferencesDialog(settings, parent)
    dialog.open_window_modal()
    first = next(iter(dialog.editors.values()), None)
    if first is not None:
        first.setFocus()
    return dialog
