"""Earlier versions of a draft: a list by time, a preview, and Restore (Enter)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from db import drafts
from db.userdata_errors import ZhumengDataError
from db.userdata_schema import utc_now
from desktop.drafts import messages
from desktop.drafts.dialog_layout import column_with_buttons
from desktop.drafts.session import UserdataSession


class RevisionsDialog(QDialog):
    """Pick a revision; Restore puts it back (the replaced text becomes a revision itself)."""

    def __init__(self, session: UserdataSession, draft_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionsDialog")
        self.setWindowTitle(self.tr("Earlier versions"))
        self.session = session
        self.draft_id = draft_id
        self.restored: drafts.Draft | None = None
        self.list_label = QLabel(self.tr("&Versions, newest first"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("revisionList")
        self.list.setAccessibleName(self.tr("Versions, newest first"))
        self.list_label.setBuddy(self.list)
        self.preview_label = QLabel(self.tr("&Text of this version"), self)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("revisionPreview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Text of this version"))
        self.preview_label.setBuddy(self.preview)
        self.error = QLabel(self)
        self.error.setProperty("tone", "error")
        column_with_buttons(self, (self.list_label, self.list, self.preview_label, self.preview, self.error),
                            accept=(self.tr("&Restore this version"), self.restore), reject_text=self.tr("Cancel"))
        kinds = {"auto": self.tr("saved automatically"), "explicit": self.tr("saved by you"),
                 "before_restore": self.tr("before a restore")}
        for revision in drafts.revisions(session.require(), draft_id):
            when = datetime.fromisoformat(revision.at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
            first_line = revision.cover_letter.strip().splitlines()[0][:40] if revision.cover_letter.strip() else ""
            item = QListWidgetItem(f"{when}, {kinds[revision.kind]}: {first_line}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, revision)
        self.list.currentItemChanged.connect(self._preview)
        self.list.itemActivated.connect(lambda _item: self.restore())
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.preview.setPlainText(self.tr("No earlier versions yet. One is kept about every 30 seconds while you type."))

    def _preview(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        revision = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.preview.setPlainText(revision.cover_letter if revision else "")

    def restore(self) -> None:
        """Restore the chosen revision and close."""
        item = self.list.currentItem()
        if item is None:
            self.reject()
            return
        try:
            self.restored = drafts.restore_revision(self.session.require(), self.draft_id,
                                                    item.data(Qt.ItemDataRole.UserRole).id, now=utc_now())
        except ZhumengDataError as error:
            self.error.setText(messages.describe(error))
            return
        self.accept()
