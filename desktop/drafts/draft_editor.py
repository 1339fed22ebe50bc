"""The draft editor: a cover letter, answers, accommodations to ask for, notes, follow-up and status.

Everything typed is autosaved (desktop/drafts/autosave.py): at most a third of a
second of typing is ever unsaved, the disk write happens on the session's
writer thread so typing never waits for it, and leaving a field saves at once. Undo and
redo are the text fields' own (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y); inserting a
template or phrase and restoring a revision go through the text cursor, so
they can be undone too. Every control has a label with a mnemonic and an
accessible name; the status line says in words whether work is saved.
"""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QLabel, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from db import applicants, drafts
from db import vocabulary as v
from db.drafts import Status
from db.userdata_errors import UserdataUnavailable, ZhumengDataError
from db.userdata_schema import utc_now
from desktop.labels import plain_text
from desktop.announce import announce
from desktop.drafts import messages, phrases
from desktop.drafts.autosave import Autosaver
from desktop.drafts.dialog_layout import button_rows, follow_focus, reflowing_form
from desktop.drafts.session import UserdataSession


def _language(parent: QObject | None) -> str:
    settings = getattr(parent, "settings", None)
    return str(settings.value("language")) if settings is not None else "zh_CN"


class DraftEditor(QDialog):
    """Edit one draft. Changes are saved as they are typed; closing saves what is left."""

    def __init__(self, session: UserdataSession, draft_id: int, parent: QWidget | None = None, *,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftEditor")
        self.session = session
        self.language = language or _language(parent)
        self.draft = drafts.get_draft(session.require(), draft_id)
        self.autosaver = Autosaver(session, self._text_snapshot, self._write_text, self)
        self.autosaver.saved.connect(lambda: self._set_saved_text(self.tr("All changes saved"), ""))
        self.autosaver.failed.connect(self._save_failed)

        self.heading = QLabel(self)
        self.heading.setObjectName("draftHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("draftSaved")

        self.status_label = QLabel(self)
        self.status = QComboBox(self)
        self.status.setObjectName("draftStatus")
        self.status_label.setBuddy(self.status)
        self.history = QListWidget(self)
        self.history.setObjectName("draftHistory")
        self.history_label = QLabel(self)
        self.history_label.setBuddy(self.history)

        self.letter_label = QLabel(self)
        self.letter = self._text_field("coverLetter", self.draft.cover_letter)
        self.letter_label.setBuddy(self.letter)
        self.answer_fields: list[QPlainTextEdit] = []
        self.answer_labels: list[QLabel] = []
        for number, question in enumerate(self.draft.position.questions):
            label = QLabel(f"{number + 1}. {question}", self)
            label.setWordWrap(True)
            answer = self.draft.answers[number] if number < len(self.draft.answers) else ""
            field = self._text_field(f"answer{number + 1}", answer)
            label.setBuddy(field)
            self.answer_labels.append(label)
            self.answer_fields.append(field)
        self.notes_label = QLabel(self)
        self.notes = self._text_field("draftNotes", self.draft.notes)
        self.notes_label.setBuddy(self.notes)

        self.follow_up_check = QCheckBox(self)
        self.follow_up_check.setObjectName("followUpCheck")
        self.follow_up_date = QDateEdit(self)
        self.follow_up_date.setObjectName("followUpDate")
        self.follow_up_date.setCalendarPopup(True)
        self.follow_up_date.setDisplayFormat("yyyy-MM-dd")
        if self.draft.follow_up:
            self.follow_up_date.setDate(QDate.fromString(self.draft.follow_up, "yyyy-MM-dd"))
            self.follow_up_check.setChecked(True)
        else:
            self.follow_up_date.setDate(QDate.currentDate().addDays(7))
        self.follow_up_date.setEnabled(self.follow_up_check.isChecked())

        self.accommodations_label = QLabel(self)
        self.accommodations = QListWidget(self)
        self.accommodations.setObjectName("requestedAccommodations")
        self.accommodations_label.setBuddy(self.accommodations)
        for term in v.ACCOMMODATIONS:
            item = QListWidgetItem(term.name(self.language), self.accommodations)
            item.setData(Qt.ItemDataRole.UserRole, term.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if term.code in self.draft.accommodations else Qt.CheckState.Unchecked)

        self.template_button = QPushButton(self)
        self.phrase_button = QPushButton(self)
        self.revisions_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for name, button in (("insertTemplate", self.template_button), ("insertPhrase", self.phrase_button),
                             ("revisions", self.revisions_button), ("saveDraft", self.save_button),
                             ("exportDraft", self.export_button), ("closeDraft", self.close_button)):
            button.setObjectName(name)
            button.setAutoDefault(False)
        self.retranslate()  # texts first: the button rows are sized from them
        self._layout()
        self._connect()
        self._fill_status()

    def _text_field(self, name: str, text: str) -> QPlainTextEdit:
        field = QPlainTextEdit(self)
        field.setObjectName(name)
        field.setPlainText(text)
        field.setTabChangesFocus(True)  # Tab moves on, as everywhere else; Ctrl+Tab is not needed for letters
        field.installEventFilter(self)
        return field

    def _layout(self) -> None:
        form = QWidget(self)
        column = QVBoxLayout(form)
        column.addWidget(self.heading)
        row = reflowing_form()
        row.addRow(self.status_label, self.status)
        # Status and follow-up first: what the application is waiting for, before the long texts.
        row.addRow(self.follow_up_check, self.follow_up_date)
        column.addLayout(row)
        column.addWidget(self.letter_label)
        column.addWidget(self.letter, 3)
        for label, field in zip(self.answer_labels, self.answer_fields):
            column.addWidget(label)
            column.addWidget(field, 1)
        column.addWidget(self.accommodations_label)
        column.addWidget(self.accommodations, 1)
        column.addWidget(self.notes_label)
        column.addWidget(self.notes, 1)
        column.addWidget(self.history_label)
        column.addWidget(self.history, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("draftScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        # Not a Tab stop of its own: it scrolls to whichever field has the focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        follow_focus(scroll)
        buttons = button_rows((self.template_button, self.phrase_button, self.revisions_button, self.save_button,
                               self.export_button, self.close_button))
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.saved_label)
        outer.addLayout(buttons)

    def _connect(self) -> None:
        for field in (self.letter, self.notes, *self.answer_fields):
            field.textChanged.connect(self.autosaver.touch)
            field.textChanged.connect(lambda: self._set_saved_text(self.tr("Saving…"), "muted"))
        self.status.activated.connect(self._status_chosen)
        self.follow_up_check.toggled.connect(self._follow_up_changed)
        self.follow_up_date.dateChanged.connect(self._follow_up_changed)
        self.accommodations.itemChanged.connect(self._accommodations_changed)
        self.template_button.clicked.connect(self.insert_template)
        self.phrase_button.clicked.connect(self.insert_phrase)
        self.revisions_button.clicked.connect(self.show_revisions)
        self.save_button.clicked.connect(self.save_now)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.accept)
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save_now), ("Ctrl+T", self.insert_template),
                           ("Ctrl+I", self.insert_phrase), ("Ctrl+R", self.show_revisions), ("Ctrl+E", self.export)):
            QShortcut(QKeySequence(keys), self, slot)

    # -- saving -------------------------------------------------------------------
    def _text_snapshot(self) -> dict[str, object]:
        return {"cover_letter": self.letter.toPlainText(), "notes": self.notes.toPlainText(),
                "answers": [field.toPlainText() for field in self.answer_fields]}

    def _write_text(self, conn: sqlite3.Connection, text: dict[str, object]) -> None:
        # Runs on the writer thread for autosaves and on the GUI thread for flushes.
        drafts.save_draft_text(conn, self.draft.id, now=utc_now(), **text)  # type: ignore[arg-type]

    def save_now(self) -> None:
        """Save and keep a revision now (Ctrl+S), and say so."""
        try:
            self.autosaver.flush()
            drafts.save_draft_text(self.session.require(), self.draft.id, now=utc_now(), explicit=True,
                                   cover_letter=self.letter.toPlainText(),
                                   answers=[field.toPlainText() for field in self.answer_fields],
                                   notes=self.notes.toPlainText())
        except UserdataUnavailable as error:
            self._save_failed(error)
            return
        self._set_saved_text(self.tr("Saved, and kept as a revision"), "success")
        announce(self.saved_label.text())
        self.session.changed.emit()

    def _save_failed(self, error: object) -> None:
        if isinstance(error, UserdataUnavailable):
            self.session.report(error)
        text = messages.describe(error) if isinstance(error, ZhumengDataError) else str(error)
        self._set_saved_text(text, "error")
        announce(text, "assertive")

    def _set_saved_text(self, text: str, tone: str) -> None:
        if self.saved_label.text() == text:
            return
        self.saved_label.setText(text)
        self.saved_label.setAccessibleName(text)
        self.saved_label.setProperty("tone", tone)
        self.saved_label.style().unpolish(self.saved_label)
        self.saved_label.style().polish(self.saved_label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self.autosaver.dirty:
            self.autosaver.flush()
        return super().eventFilter(watched, event)

    def finish_for_session_end(self, save: bool) -> None:
        """Kiosk session end (desktop/kiosk): save what is unsaved (signed-in person) or drop it (guest)."""
        if save:
            self.autosaver.flush()
        # Whatever happens to the fields next (the kiosk empties them) is not the person's typing.
        self.autosaver.stop()

    def done(self, result: int) -> None:
        self.autosaver.flush()
        self.session.changed.emit()
        super().done(result)

    # -- status, follow-up, accommodations ---------------------------------------------
    def _fill_status(self) -> None:
        self.status.clear()
        current = self.draft.status
        self.status.addItem(messages.status_name(current), current.value)
        for target in Status:
            if target in drafts.TRANSITIONS[current]:
                self.status.addItem(self.tr("Change to: %1").replace("%1", messages.status_name(target)), target.value)
        self.status.setCurrentIndex(0)
        self.history.clear()
        for change in reversed(drafts.status_history(self.session.require(), self.draft.id)):
            when = change.at[:16].replace("T", " ")
            self.history.addItem(f"{when}  {messages.status_name(change.to_status)}"
                                 + (f" — {change.note}" if change.note else ""))

    def _status_chosen(self, index: int) -> None:
        target = Status(self.status.itemData(index))
        if target is self.draft.status:
            return
        try:
            drafts.change_status(self.session.require(), self.draft.id, target, now=utc_now())
        except ZhumengDataError as error:
            self._save_failed(error)
            return
        self.draft = drafts.get_draft(self.session.require(), self.draft.id)
        self._fill_status()
        self.session.changed.emit()
        announce(self.tr("Status is now: %1").replace("%1", messages.status_name(target)))

    def _follow_up_changed(self, *_args: object) -> None:
        self.follow_up_date.setEnabled(self.follow_up_check.isChecked())
        value = self.follow_up_date.date().toString("yyyy-MM-dd") if self.follow_up_check.isChecked() else None
        try:
            self.draft = drafts.set_follow_up(self.session.require(), self.draft.id, value, now=utc_now())
        except ZhumengDataError as error:
            self._save_failed(error)

    def _accommodations_changed(self, _item: QListWidgetItem) -> None:
        chosen = [self.accommodations.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.accommodations.count())
                  if self.accommodations.item(i).checkState() == Qt.CheckState.Checked]
        try:
            self.draft = drafts.set_requested_accommodations(self.session.require(), self.draft.id, chosen, now=utc_now())
        except ZhumengDataError as error:
            self._save_failed(error)

    # -- templates, phrases, revisions, export -------------------------------------
    def _fill_values(self) -> dict[str, str]:
        profile = applicants.get_profile(self.session.require(), self.draft.applicant_id)
        return {"position": self.draft.position.title, "employer": self.draft.position.employer, "name": profile.name}

    def _pick(self, snippets: tuple[phrases.Snippet, ...], title: str) -> None:
        target = self.focusWidget() if self.focusWidget() in (self.letter, self.notes, *self.answer_fields) else self.letter
        assert isinstance(target, QPlainTextEdit)
        picker = phrases.SnippetPicker(snippets, phrases.guess_language(self.letter.toPlainText(), self.language),
                                       title, self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen() is None:
            target.setFocus()
            return
        chosen = picker.chosen()
        assert chosen is not None
        cursor = target.textCursor()
        # Its own edit block, so Ctrl+Z takes back the insertion and not the typing before it.
        cursor.beginEditBlock()
        cursor.insertText(chosen.fill(picker.letter_language, **self._fill_values()))
        cursor.endEditBlock()
        target.setFocus()
        announce(self.tr("Inserted: %1").replace("%1", chosen.title[picker.letter_language]))

    def insert_template(self) -> None:
        """Insert a whole cover letter at the cursor (Ctrl+T)."""
        self._pick(phrases.templates(), self.tr("Insert a letter template"))

    def insert_phrase(self) -> None:
        """Insert one phrase at the cursor (Ctrl+I)."""
        self._pick(phrases.phrases(), self.tr("Insert a phrase"))

    def show_revisions(self) -> None:
        """Choose an earlier revision to restore (Ctrl+R)."""
        from desktop.drafts.revisions_dialog import RevisionsDialog

        self.autosaver.flush()
        dialog = RevisionsDialog(self.session, self.draft.id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.restored is not None:
            self.show_text(dialog.restored)
            announce(self.tr("Earlier version restored. Ctrl+Z undoes this."))

    def show_text(self, draft: drafts.Draft) -> None:
        """Put a draft's text into the fields as one undoable edit each."""
        pairs = [(self.letter, draft.cover_letter), (self.notes, draft.notes)]
        pairs += [(field, draft.answers[i] if i < len(draft.answers) else "") for i, field in enumerate(self.answer_fields)]
        for field, text in pairs:
            if field.toPlainText() != text:
                cursor = field.textCursor()
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.insertText(text)
        self.autosaver.flush()

    def export(self) -> None:
        """Print the application or the registration form to PDF (Ctrl+E)."""
        from desktop.drafts.export_dialog import ExportDialog

        self.autosaver.flush()
        ExportDialog(self.session, self.draft.id, self, language=self.language).exec()

    # -- language ------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible string again in the current language."""
        position = self.draft.position
        self.setWindowTitle(self.tr("Application: %1").replace("%1", position.title))
        how = "、".join(v.by_code(v.APPLY_CHANNELS)[c].name(self.language) for c in position.apply_channels
                       if c in v.codes(v.APPLY_CHANNELS))
        self.heading.setText(self.tr("%1 at %2. How to apply: %3").replace("%1", position.title)
                             .replace("%2", position.employer).replace("%3", " ".join(p for p in (how, position.apply_contact) if p)))
        self.status_label.setText(self.tr("S&tatus"))
        # On Linux a combo box is named by its label: without the Chinese "(T)".
        self.status_label.setAccessibleName(plain_text(self.status_label.text()))
        self.status.setAccessibleName(self.tr("Status"))
        self.history_label.setText(self.tr("Status &history"))
        self.history.setAccessibleName(self.tr("Status history"))
        self.letter_label.setText(self.tr("&Cover letter"))
        self.letter.setAccessibleName(self.tr("Cover letter"))
        self.letter.setAccessibleDescription(self.tr("Saved as you type. Ctrl+T inserts a template, Ctrl+I a phrase."))
        for number, (label, field) in enumerate(zip(self.answer_labels, self.answer_fields)):
            # Named by its visible label (the question); the description says what to type there.
            field.setAccessibleName(label.text())
            field.setAccessibleDescription(self.tr("Answer to question %1").replace("%1", str(number + 1)))
        self.notes_label.setText(self.tr("&Notes (only for you)"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.accommodations_label.setText(self.tr("&Accommodations to ask for"))
        self.accommodations.setAccessibleName(self.tr("Accommodations to ask for"))
        self.follow_up_check.setText(self.tr("&Follow up on"))
        self.follow_up_date.setAccessibleName(self.tr("Follow-up date"))
        self.template_button.setText(self.tr("Insert te&mplate…"))
        self.template_button.setAccessibleDescription(self.tr("Ctrl+T"))
        self.phrase_button.setText(self.tr("Insert &phrase…"))
        self.phrase_button.setAccessibleDescription(self.tr("Ctrl+I"))
        self.revisions_button.setText(self.tr("Earlier &versions…"))
        self.revisions_button.setAccessibleDescription(self.tr("Ctrl+R"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleDescription(self.tr("Ctrl+S; your work is also saved as you type"))
        self.export_button.setText(self.tr("&Print to PDF…"))
        self.export_button.setAccessibleDescription(self.tr("Ctrl+E"))
        self.close_button.setText(self.tr("Clo&se"))
        if not self.saved_label.text():
            self._set_saved_text(self.tr("All changes saved"), "")
