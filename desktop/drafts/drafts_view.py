"""All of an applicant's drafts: status, position, employer, last change, follow-up.

An overdue follow-up says so in words ("overdue") in its cell and in the
row's accessible text, and is also coloured and bold — never colour alone.
Filter by status with the Show box; Enter opens the draft.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from db import drafts
from db.drafts import DraftSummary, Status
from db.userdata_errors import ZhumengDataError
from desktop.labels import plain_text
from desktop.announce import announce
from desktop.drafts import messages
from desktop.drafts.dialog_layout import button_rows, let_shrink
from desktop.drafts.session import UserdataSession

Index = QModelIndex | QPersistentModelIndex


class DraftsModel(QAbstractTableModel):
    """The drafts as rows; columns position, employer, status, last change, follow-up."""

    COLUMNS = ("position", "employer", "status", "updated", "follow_up")

    def __init__(self, parent: Any = None, *, overdue_color: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[DraftSummary] = []
        self.today = date.today()
        self.overdue_color = overdue_color

    def load(self, rows: list[DraftSummary], today: date | None = None) -> None:
        """Show `rows` (overdue measured against `today`)."""
        self.beginResetModel()
        self.rows = rows
        self.today = today or date.today()
        self.endResetModel()

    def overdue_count(self) -> int:
        """How many shown drafts have a follow-up date that has passed."""
        return sum(1 for row in self.rows if row.overdue(self.today))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Position"), self.tr("Employer"), self.tr("Status"), self.tr("Last change"), self.tr("Follow up"))
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        overdue = row.overdue(self.today)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "position":
            # The first cell reads the whole row (ACCESSIBILITY.md 2), overdue in words.
            return ", ".join(text for text in (self._text(row, c, overdue) for c in self.COLUMNS) if text)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column, overdue)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if overdue and column == "follow_up":
            if role == Qt.ItemDataRole.ForegroundRole and self.overdue_color is not None:
                return self.overdue_color
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _text(self, row: DraftSummary, column: str, overdue: bool) -> str:
        if column == "position":
            return row.title
        if column == "employer":
            return row.employer
        if column == "status":
            return messages.status_name(row.status)
        if column == "updated":
            return datetime.fromisoformat(row.updated_at).astimezone().strftime("%Y-%m-%d %H:%M")
        if not row.follow_up:
            return ""
        return self.tr("%1 — overdue").replace("%1", row.follow_up) if overdue else row.follow_up


class DraftsTable(QTableView):
    """The table; Enter opens the current draft."""

    open_requested = Signal(int)
    delete_requested = Signal()  # the Delete key on a row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().data(Qt.ItemDataRole.UserRole))
            return
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class DraftsView(QDialog):
    """My applications: every draft of the current applicant, filterable by status."""

    def __init__(self, session: UserdataSession, parent: QWidget | None = None, *, today: date | None = None,
                 overdue_color: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsView")
        self.session = session
        self.today = today
        self.model = DraftsModel(self, overdue_color=overdue_color)
        self.show_label = QLabel(self)
        self.show_box = QComboBox(self)
        self.show_box.setObjectName("statusFilter")
        self.show_label.setBuddy(self.show_box)
        self.summary = QLabel(self)
        self.summary.setObjectName("draftsSummary")
        self.summary.setWordWrap(True)
        self.table_label = QLabel(self)
        self.table = DraftsTable(self)
        self.table.setObjectName("draftsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Size columns from the first rows only: measuring all 1,000 rows made opening take a second.
        self.table.horizontalHeader().setResizeContentsPrecision(20)
        self.table.verticalHeader().setVisible(False)
        self.table_label.setBuddy(self.table)
        let_shrink(self.table)  # the dialog must fit 1280x800 at 400 % text: the table scrolls
        self.open_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.csv_button = QPushButton(self)
        self.json_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for name, button in (("openDraft", self.open_button), ("deleteDraft", self.delete_button),
                             ("exportActivity", self.csv_button),
                             ("exportDraftsJson", self.json_button), ("closeDrafts", self.close_button)):
            button.setObjectName(name)
            button.setAutoDefault(False)
        self.retranslate()  # texts first: the button rows are sized from them
        top = QHBoxLayout()
        top.addWidget(self.show_label)
        top.addWidget(self.show_box, 1)
        buttons = button_rows((self.open_button, self.delete_button, self.csv_button, self.json_button,
                               self.close_button))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.show_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.open_requested.connect(self.open_draft)
        self.table.doubleClicked.connect(lambda index: self.open_draft(index.data(Qt.ItemDataRole.UserRole)))
        self.open_button.clicked.connect(self._open_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.delete_requested.connect(self.delete_current)
        self.csv_button.clicked.connect(self.export_activity)
        self.json_button.clicked.connect(self.export_json)
        self.close_button.clicked.connect(self.accept)
        session.changed.connect(self.refresh)
        self.refresh()
        self.table.setFocus()

    def statuses(self) -> tuple[Status, ...] | None:
        """The statuses the Show box asks for (None: all)."""
        value = self.show_box.currentData()
        return None if not value else (Status(value),)

    def refresh(self) -> None:
        """Reload the drafts from the database, keeping the current row where possible."""
        current = self.table.currentIndex().row()
        try:
            rows = drafts.list_drafts(self.session.require(), self.session.current_applicant(), statuses=self.statuses())
        except ZhumengDataError as error:
            self.summary.setText(messages.describe(error))
            return
        self.model.load(rows, self.today)
        self.table.resizeColumnsToContents()
        overdue = self.model.overdue_count()
        text = self.tr("%n application(s) shown", "", len(rows))
        if overdue:
            text += self.tr("; %n follow-up(s) overdue", "", overdue)
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        if rows:
            self.table.selectRow(max(0, min(current, len(rows) - 1)))

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_draft(index.data(Qt.ItemDataRole.UserRole))

    def open_draft(self, draft_id: int) -> None:
        """Open a draft in the editor; the list refreshes when it closes."""
        from desktop.drafts.draft_editor import DraftEditor

        DraftEditor(self.session, draft_id, self).exec()
        self.refresh()
        self.table.setFocus()

    def delete_current(self) -> bool:
        """Delete the selected application, with its letter and history, once the person confirms.

        "Keep it" is the default and Esc keeps it too: losing a letter is the worst thing that can happen here.
        """
        index = self.table.currentIndex()
        if not index.isValid():
            return False
        row = index.row()
        draft_id = index.data(Qt.ItemDataRole.UserRole)
        title = self.model.index(row, DraftsModel.COLUMNS.index("position")).data()
        employer = self.model.index(row, DraftsModel.COLUMNS.index("employer")).data()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete application"),
                          self.tr("Delete your application for “%1” at %2? Its letter, answers, notes and history "
                                  "are deleted for good. To keep a record, set its status to Withdrawn instead.")
                          .replace("%1", title).replace("%2", employer), parent=self)
        box.setObjectName("confirmDeleteDraft")
        delete = box.addButton(self.tr("&Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is not delete:
            self._tell(self.tr("Nothing was deleted."))
            return False
        try:
            drafts.delete_draft(self.session.require(), draft_id)
        except ZhumengDataError as error:
            self._tell(messages.describe(error), "assertive")
            return False
        self.session.changed.emit()  # this list and any other view of the drafts
        self._tell(self.tr("The application for “%1” was deleted.").replace("%1", title))
        self.table.setFocus()
        return True

    def export_activity(self, path: object = None) -> None:
        """Save the CSV activity log (proof of job-search activity)."""
        from desktop.drafts.export_dialog import ask_save_path, write_activity_log

        target = path or ask_save_path(self, self.tr("Save activity log"), "activity.csv", self.tr("CSV files (*.csv)"))
        if target:
            count = self._write(write_activity_log, target)
            if count is not None:
                self._tell(self.tr("Activity log saved: %n entry(s)", "", count))

    def export_json(self, path: object = None) -> None:
        """Save all drafts as JSON."""
        from desktop.drafts.export_dialog import ask_save_path, write_drafts_json

        target = path or ask_save_path(self, self.tr("Save drafts as JSON"), "drafts.json", self.tr("JSON files (*.json)"))
        if target:
            count = self._write(write_drafts_json, target)
            if count is not None:
                self._tell(self.tr("%n draft(s) saved", "", count))

    def _write(self, writer: Callable[[UserdataSession, int, Path], int], target: object) -> int | None:
        """Run one export; on a write error (full disk, read-only folder, stick pulled, user data gone) say
        what happened and how to fix it, and return None — the view keeps working."""
        try:
            return writer(self.session, self.session.current_applicant(), Path(target))  # type: ignore[arg-type]
        except (OSError, ZhumengDataError) as error:
            self._tell(messages.describe_save_error(error, target), "assertive")  # type: ignore[arg-type]
            return None

    def _tell(self, text: str, priority: str = "polite") -> None:
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        announce(text, priority)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        """Set every visible string again in the current language."""
        self.setWindowTitle(self.tr("My applications"))
        self.show_label.setText(self.tr("S&how"))
        # On Linux a combo box is named by its label: without the Chinese "(H)".
        self.show_label.setAccessibleName(plain_text(self.show_label.text()))
        self.show_box.setAccessibleName(self.tr("Show applications with status"))
        selected = self.show_box.currentIndex()
        self.show_box.blockSignals(True)
        self.show_box.clear()
        self.show_box.addItem(self.tr("All"), "")
        for status in Status:
            self.show_box.addItem(messages.status_name(status), status.value)
        self.show_box.setCurrentIndex(max(0, selected))
        self.show_box.blockSignals(False)
        self.table_label.setText(self.tr("&Applications"))
        self.table.setAccessibleName(self.tr("Applications"))
        self.table.setAccessibleDescription(self.tr("Enter opens the application"))
        self.open_button.setText(self.tr("&Open"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setAccessibleDescription(self.tr("Delete the selected application (asks first); also the Delete key"))
        self.csv_button.setText(self.tr("Save activity &log (CSV)…"))
        self.json_button.setText(self.tr("Save all as &JSON…"))
        self.close_button.setText(self.tr("Clo&se"))
