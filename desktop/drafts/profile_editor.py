"""The profile editor: contact details, résumé sections, disability and needs, and what to share.

What the applicant types is a JSON Resume document underneath (db.json_resume),
so entries imported from elsewhere keep fields this editor does not show.
Every item that could be printed on an application has a "share" check box;
disability details start unshared.
"""
from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QGroupBox, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from db import applicants, json_resume
from db import vocabulary as v
from db.applicants import DISCLOSABLE, GRADES, Profile
from db.userdata_errors import InvalidProfile, ZhumengDataError
from db.userdata_schema import utc_now
from desktop.announce import announce
from desktop.drafts import messages
from desktop.drafts.section_editor import SectionEditor, section_fields
from desktop.drafts.dialog_layout import button_rows, follow_focus, reflowing_form
from desktop.drafts.session import UserdataSession
from desktop.labels import plain_text


def _check_list(parent: QWidget, name: str, vocabulary: tuple[v.Term, ...], chosen: tuple[str, ...], language: str) -> QListWidget:
    widget = QListWidget(parent)
    widget.setObjectName(name)
    for term in vocabulary:
        item = QListWidgetItem(term.name(language), widget)
        item.setData(Qt.ItemDataRole.UserRole, term.code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if term.code in chosen else Qt.CheckState.Unchecked)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


class ProfileEditor(QDialog):
    """Edit the current applicant's profile; Save (Ctrl+S) stores it, Cancel (Esc) forgets changes."""

    BASICS = ("name", "email", "phone", "city", "region")

    def __init__(self, session: UserdataSession, parent: QWidget | None = None, *, language: str = "zh_CN") -> None:
        super().__init__(parent)
        self.setObjectName("profileEditor")
        self.session = session
        self.language = "zh" if language.startswith("zh") else "en"
        self.applicant_id = session.current_applicant()
        self.profile = applicants.get_profile(session.require(), self.applicant_id)  # as stored
        self.shown = self.profile  # what the fields were filled from (an import replaces it until Save)
        form = QWidget(self)
        column = QVBoxLayout(form)
        basics_box = QGroupBox(self.tr("About you"), form)
        basics_form = reflowing_form(basics_box)
        self.fields: dict[str, QLineEdit] = {}
        titles = {"name": self.tr("&Name"), "email": self.tr("&Email"), "phone": self.tr("&Phone"),
                  "city": self.tr("Cit&y"), "region": self.tr("Pro&vince")}
        for key in self.BASICS:
            field = QLineEdit(basics_box)
            field.setObjectName(f"profile_{key}")
            field.setAccessibleName(plain_text(titles[key]))
            label = QLabel(titles[key], basics_box)
            label.setBuddy(field)
            basics_form.addRow(label, field)
            self.fields[key] = field
        self.summary = QPlainTextEdit(basics_box)
        self.summary.setObjectName("profile_summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setAccessibleName(self.tr("About me"))
        summary_label = QLabel(self.tr("About &me"), basics_box)
        summary_label.setBuddy(self.summary)
        basics_form.addRow(summary_label, self.summary)
        column.addWidget(basics_box)

        self.sections: dict[str, SectionEditor] = {}
        for section in applicants.RESUME_SECTIONS:
            editor = SectionEditor(section, section_fields(section), [], form)
            column.addWidget(editor)
            self.sections[section] = editor

        needs = QGroupBox(self.tr("Disability and needs (shared only if you choose)"), form)
        needs_form = reflowing_form(needs)
        self.disability = QComboBox(needs)
        self.disability.setObjectName("profile_disability")
        self.disability.setAccessibleName(self.tr("Disability category"))
        self.disability.addItem(self.tr("Not stated"), None)
        for term in v.DISABILITIES:
            self.disability.addItem(term.name(self.language), term.code)
        self.grade = QComboBox(needs)
        self.grade.setObjectName("profile_grade")
        self.grade.setAccessibleName(self.tr("Disability grade"))
        self.grade.addItem(self.tr("Not stated"), None)
        for grade in GRADES:
            self.grade.addItem(self.tr("Grade %1").replace("%1", str(grade)), grade)
        self.needs = _check_list(needs, "profile_accommodations", v.ACCOMMODATIONS, (), self.language)
        self.needs.setAccessibleName(self.tr("Accommodations you need"))
        self.channels = _check_list(needs, "profile_channels", v.INTERVIEW_CHANNELS, (), self.language)
        self.channels.setAccessibleName(self.tr("Interview channels you can use"))
        for text, widget in ((self.tr("&Disability"), self.disability), (self.tr("&Grade"), self.grade),
                             (self.tr("Accommodations you &need"), self.needs),
                             (self.tr("&Interview channels you can use"), self.channels)):
            label = QLabel(text, needs)
            label.setAccessibleName(plain_text(text))  # a combo box's label names it on Linux: without "(D)"
            label.setBuddy(widget)
            needs_form.addRow(label, widget)
        column.addWidget(needs)

        share = QGroupBox(self.tr("Share in applications"), form)
        share_layout = QVBoxLayout(share)
        item_names = {"email": self.tr("Email"), "phone": self.tr("Phone"), "location": self.tr("Where I live"),
                      "summary": self.tr("About me"), "work": self.tr("Work"), "education": self.tr("Education"),
                      "skills": self.tr("Skills"), "languages": self.tr("Languages"), "certificates": self.tr("Certificates"),
                      "disability": self.tr("Disability"), "disability_grade": self.tr("Disability grade"),
                      "accommodations": self.tr("Accommodations I need"), "interview_channels": self.tr("Interview channels")}
        self.share: dict[str, QCheckBox] = {}
        for item in DISCLOSABLE:
            box = QCheckBox(self.tr("Share: %1").replace("%1", item_names[item]), share)
            box.setObjectName(f"share_{item}")
            share_layout.addWidget(box)
            self.share[item] = box
        column.addWidget(share)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        # Not a Tab stop of its own: it scrolls to whichever field has the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        follow_focus(scroll)
        self.message = QLabel(self)
        self.message.setObjectName("profileMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.import_button = QPushButton(self.tr("&Import JSON Resume…"), self)
        self.export_button = QPushButton(self.tr("E&xport JSON Resume…"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        for name, button in (("saveProfile", self.save_button), ("importResume", self.import_button),
                             ("exportResume", self.export_button), ("cancelProfile", self.cancel_button)):
            button.setObjectName(name)
            button.setAutoDefault(False)
        buttons = button_rows((self.save_button, self.import_button, self.export_button, self.cancel_button))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.import_button.clicked.connect(lambda: self.import_resume())
        self.export_button.clicked.connect(lambda: self.export_resume())
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        self.setWindowTitle(self.tr("My profile"))
        self.show_profile(self.profile)
        self.fields["name"].setFocus()

    def show_profile(self, profile: Profile) -> None:
        """Fill every field from `profile`; nothing is stored until Save."""
        self.shown = profile
        resume = profile.resume
        basics = resume.get("basics", {}) if isinstance(resume.get("basics"), dict) else {}
        location = basics.get("location", {}) if isinstance(basics.get("location"), dict) else {}
        for key, field in self.fields.items():
            field.setText(str((location if key in ("city", "region") else basics).get(key, "")))
        self.summary.setPlainText(str(basics.get("summary", "")))
        for section, editor in self.sections.items():
            editor.set_entries(list(resume.get(section, []) or []))
        self.disability.setCurrentIndex(max(0, self.disability.findData(profile.disability)))
        self.grade.setCurrentIndex(max(0, self.grade.findData(profile.disability_grade)))
        for widget, chosen in ((self.needs, profile.accommodations), (self.channels, profile.interview_channels)):
            for i in range(widget.count()):
                item = widget.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                                   else Qt.CheckState.Unchecked)
        for item, box in self.share.items():
            box.setChecked(item in profile.disclosed)

    def edited_profile(self) -> Profile:
        """The profile as the fields show it (entries keep fields the editor does not show)."""
        resume: dict[str, Any] = copy.deepcopy(self.shown.resume)
        basics = resume.setdefault("basics", {})
        for key in ("name", "email", "phone"):
            self._put(basics, key, self.fields[key].text().strip())
        self._put(basics, "summary", self.summary.toPlainText().strip())
        location = dict(basics.get("location") or {})
        for key in ("city", "region"):
            self._put(location, key, self.fields[key].text().strip())
        self._put(basics, "location", location)
        if not basics:
            del resume["basics"]
        for section, editor in self.sections.items():
            self._put(resume, section, editor.entries())
        return Profile(resume=resume, disability=self.disability.currentData(), disability_grade=self.grade.currentData(),
                       accommodations=_checked(self.needs), interview_channels=_checked(self.channels),
                       disclosed=tuple(item for item, box in self.share.items() if box.isChecked()))

    @staticmethod
    def _put(target: dict[str, Any], key: str, value: Any) -> None:
        if value:
            target[key] = value
        else:
            target.pop(key, None)

    def save(self) -> bool:
        """Check the profile against JSON Resume and store it; say what is wrong otherwise."""
        try:
            profile = self.edited_profile()
            json_resume.validate_resume(json_resume.export_resume(profile))
            self.profile = self.shown = applicants.save_profile(self.session.require(), self.applicant_id, profile,
                                                                now=utc_now())
        except ZhumengDataError as error:
            self._say(messages.describe(error), "assertive")
            self._focus_problem(getattr(error, "field", ""))
            return False
        self.session.changed.emit()
        announce(self.tr("Profile saved"))
        self.accept()
        return True

    def _focus_problem(self, where: str) -> None:
        """Put the cursor in the field a JSON Resume error points at ("work/0/startDate"), text kept."""
        parts = where.split("/")
        editor = self.sections.get(parts[0])
        if editor is not None and len(parts) >= 3 and parts[1].isdigit() and parts[2] in editor.editors:
            editor.list.setCurrentRow(int(parts[1]))
            editor.editors[parts[2]].setFocus()
        elif len(parts) >= 2 and parts[0] == "basics" and parts[1] in self.fields:
            self.fields[parts[1]].setFocus()

    def import_resume(self, path: Path | None = None) -> bool:
        """Fill the fields from a JSON Resume file; stored only when you press Save (Cancel keeps the stored one)."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import JSON Resume"), str(Path.home()),
                                                  self.tr("JSON files (*.json)"), options=QFileDialog.Option.DontUseNativeDialog)
            path = Path(name) if name else None
        if path is None:
            return False
        try:
            imported = json_resume.read_resume(path)
        except OSError:
            self._say(self.tr("%1 could not be read. Check that the file and its drive are there, then try again.")
                      .replace("%1", str(path)), "assertive")
            return False
        except InvalidProfile as error:
            if error.field == "$":
                text = self.tr("%1 is not a JSON Resume file (it cannot be read as JSON). Nothing was changed.")
            else:
                text = self.tr("%1 was not imported. %2 Nothing was changed.").replace("%2", messages.describe(error))
            self._say(text.replace("%1", str(path)), "assertive")
            return False
        # Only the fields change: the stored profile (disclosure choices included) stays until Save.
        self.show_profile(imported)
        self._say(self.tr("Imported %1 into the fields. Check them, then press Save to keep them, or Cancel to keep "
                          "your stored profile.").replace("%1", imported.name or str(path)), "polite")
        self.fields["name"].setFocus()
        return True

    def export_resume(self, path: Path | None = None) -> bool:
        """Save the stored profile as a JSON Resume file."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export JSON Resume"), str(Path.home() / "resume.json"),
                                                  self.tr("JSON files (*.json)"), options=QFileDialog.Option.DontUseNativeDialog)
            path = Path(name) if name else None
        if path is None:
            return False
        try:
            json_resume.write_resume(self.profile, path)
        except OSError as error:  # full disk, read-only folder, stick pulled: say so, keep the editor open
            self._say(messages.describe_save_error(error, path), "assertive")
            return False
        self._say(self.tr("Saved to %1").replace("%1", str(path)), "polite")
        return True

    def _say(self, text: str, priority: str) -> None:
        self.message.setText(text)
        announce(text, priority)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
