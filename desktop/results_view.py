"""The results list as a person moves through it: one row per position, one page per Page Down.

Keys: arrows move one result, Page Up/Down one page of results (the
settings' page_size, 50 by default, so "page 2 of 1,146" means the same in
the status line and under the cursor), Home/End the first and last result,
Enter opens the current one. Rows have the height of one line of the
current text size.

At large text the main window's panes scroll as one page, and the current
row is kept on screen in that page too (desktop/page_scroll.py).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.page_scroll import show_on_page


class ResultsView(QTableView):
    """The results: one column of whole-row summaries; Page Up/Down move one page, Enter opens.

    A one-column QTableView rather than a QListView: QListView lays out every
    row on each reset (calling the model's rowCount once per row, ~2 s at
    600,000 results), while a table's fixed-height rows cost nothing until
    they are painted.
    """

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_rows()
        self.page_size = 50

    def _fit_rows(self) -> None:
        # Row height follows the text size (the application font changes at runtime).
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + self.fontMetrics().height() // 2)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        model = self.model()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        rows = model.rowCount() if model is not None else 0
        if rows and key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = self.page_size if key == Qt.Key.Key_PageDown else -self.page_size
            self.move_to(max(0, min(rows - 1, max(0, self.currentIndex().row()) + step)))
            return
        if rows and key in (Qt.Key.Key_Home, Qt.Key.Key_End):  # a table would move along the row
            self.move_to(0 if key == Qt.Key.Key_Home else rows - 1)
            return
        super().keyPressEvent(event)

    def move_to(self, row: int) -> None:
        """Make `row` current and selected, and scroll it into view."""
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def sizeHintForRow(self, row: int) -> int:
        return self.verticalHeader().defaultSectionSize()

    def currentChanged(self, current: QModelIndex | QPersistentModelIndex,
                       previous: QModelIndex | QPersistentModelIndex) -> None:
        super().currentChanged(current, previous)
        # After the list has scrolled the row into its own view (scrollTo runs later in the same event).
        QTimer.singleShot(0, self, self._show_current_row_on_page)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # After the window has scrolled the page to the list (a focus-change handler of its own).
        QTimer.singleShot(0, self, self._show_current_row_on_page)

    def _show_current_row_on_page(self) -> None:
        index = self.currentIndex()
        if index.isValid() and self.hasFocus():
            row = self.visualRect(index)
            show_on_page(self.viewport(), row, row.height() // 4)
