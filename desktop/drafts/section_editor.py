"""Editing one résumé section (work, education, skills, languages, certificates) as a list of entries.

A list of entries, the fields of the current entry below it, and Add /
Remove buttons. Fields the editor does not show stay in each entry.
"""
from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QGroupBox, QLabel, QLineEdit, QListWidget, QPushButton,
                               QVBoxLayout, QWidget)

from desktop.drafts.dialog_layout import button_rows, reflowing_form


def section_fields(section: str) -> tuple[tuple[str, str], ...]:
    """(JSON Resume key, translated label with mnemonic) for each field shown for `section`."""
    start, end = ("startDate", QCoreApplication.translate("SectionEditor", "From (YYYY-MM)")), ("endDate", QCoreApplication.translate("SectionEditor", "To (YYYY-MM)"))
    return {
        "work": (("position", QCoreApplication.translate("SectionEditor", "Job title")), ("name", QCoreApplication.translate("SectionEditor", "Employer")), start, end),
        "education": (("institution", QCoreApplication.translate("SectionEditor", "School")), ("studyType", QCoreApplication.translate("SectionEditor", "Level")), ("area", QCoreApplication.translate("SectionEditor", "Subject")), start, end),
        "skills": (("name", QCoreApplication.translate("SectionEditor", "Skill")), ("level", QCoreApplication.translate("SectionEditor", "Level"))),
        "languages": (("language", QCoreApplication.translate("SectionEditor", "Language")), ("fluency", QCoreApplication.translate("SectionEditor", "How well"))),
        "certificates": (("name", QCoreApplication.translate("SectionEditor", "Certificate")), ("issuer", QCoreApplication.translate("SectionEditor", "Issued by")), ("date", QCoreApplication.translate("SectionEditor", "Date (YYYY-MM)"))),
    }[section]


def section_title(section: str) -> str:
    """The translated title of a résumé section."""
    return {"work": QCoreApplication.translate("SectionEditor", "Work experience"), "education": QCoreApplication.translate("SectionEditor", "Education"), "skills": QCoreApplication.translate("SectionEditor", "Skills"),
            "languages": QCoreApplication.translate("SectionEditor", "Languages"), "certificates": QCoreApplication.translate("SectionEditor", "Certificates")}[section]


class SectionEditor(QGroupBox):
    """Entries of one section; the list shows one line per entry."""

    def __init__(self, section: str, fields: tuple[tuple[str, str], ...], entries: list[dict[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(section_title(section), parent)
        self.setObjectName(f"section_{section}")
        self.section = section
        self._fields = fields
        self._entries = [copy.deepcopy(e) for e in entries if isinstance(e, dict)]
        self.list = QListWidget(self)
        self.list.setObjectName(f"{section}_list")
        self.list.setAccessibleName(section_title(section))
        self.editors: dict[str, QLineEdit] = {}
        form = reflowing_form()
        for key, label_text in fields:
            editor = QLineEdit(self)
            editor.setObjectName(f"{section}_{key}")
            editor.setAccessibleName(label_text)
            editor.setAccessibleDescription(section_title(section))
            label = QLabel(label_text, self)
            label.setBuddy(editor)
            form.addRow(label, editor)
            editor.textEdited.connect(lambda text, k=key: self._edit(k, text))
            self.editors[key] = editor
        self.add_button = QPushButton(QCoreApplication.translate("SectionEditor", "Add an entry to %1").replace("%1", section_title(section)), self)
        self.add_button.setObjectName(f"{section}_add")
        self.remove_button = QPushButton(QCoreApplication.translate("SectionEditor", "Remove this entry from %1").replace("%1", section_title(section)), self)
        self.remove_button.setObjectName(f"{section}_remove")
        buttons = button_rows((self.add_button, self.remove_button), wide=2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_entry)
        self.list.currentRowChanged.connect(self._show)
        for entry in self._entries:
            self.list.addItem(self._line(entry))
        self.list.setCurrentRow(0 if self._entries else -1)
        self._show(self.list.currentRow())

    def set_entries(self, entries: list[dict[str, Any]]) -> None:
        """Show these entries instead (an imported résumé); nothing is stored until the profile is saved."""
        self._entries = [copy.deepcopy(e) for e in entries if isinstance(e, dict)]
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self._entries:
            self.list.addItem(self._line(entry))
        self.list.blockSignals(False)
        self.list.setCurrentRow(0 if self._entries else -1)
        self._show(self.list.currentRow())

    def entries(self) -> list[dict[str, Any]]:
        """The entries as JSON Resume objects (empty ones dropped)."""
        return [copy.deepcopy(e) for e in self._entries if any(str(value).strip() for value in e.values())]

    def _line(self, entry: dict[str, Any]) -> str:
        text = " · ".join(str(entry.get(key, "")) for key, _ in self._fields if entry.get(key))
        return text or QCoreApplication.translate("SectionEditor", "(empty entry)")

    def _show(self, row: int) -> None:
        entry = self._entries[row] if 0 <= row < len(self._entries) else None
        for key, editor in self.editors.items():
            editor.setText(str(entry.get(key, "")) if entry else "")
            editor.setEnabled(entry is not None)
        self.remove_button.setEnabled(entry is not None)

    def _edit(self, key: str, text: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._entries):
            return
        if text.strip():
            self._entries[row][key] = text.strip()
        else:
            self._entries[row].pop(key, None)
        self.list.item(row).setText(self._line(self._entries[row]))

    def add_entry(self) -> None:
        """Add an empty entry and put the cursor in its first field."""
        self._entries.append({})
        self.list.addItem(self._line({}))
        self.list.setCurrentRow(len(self._entries) - 1)
        next(iter(self.editors.values())).setFocus()

    def remove_entry(self) -> None:
        """Remove the current entry."""
        row = self.list.currentRow()
        if 0 <= row < len(self._entries):
            del self._entries[row]
            self.list.takeItem(row)
            self._show(self.list.currentRow())
