"""Session end leaves no trace: every widget, undo history and the clipboard are searched for a sentinel.

`find_traces` is also used by the end-to-end kiosk test on the real main window.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QDialog, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QSpinBox, QStatusBar,
                               QTextEdit, QVBoxLayout, QWidget)

from desktop.announce import announcer
from desktop.kiosk.session_reset import SessionReset

SENTINEL = "ZQXSECRET4821"
MAX_ROWS = 2000
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.AccessibleTextRole,
          Qt.ItemDataRole.ToolTipRole)


def _undo_all(undoable: object, read: callable) -> list[str]:
    """Texts an undo (or redo) history can bring back; the history is put back as it was afterwards."""
    seen = []
    undone = 0
    while undoable.isUndoAvailable() and undone < 200:
        undoable.undo()
        undone += 1
        seen.append(read())
    for _ in range(undone):
        undoable.redo()
    redone = 0
    while undoable.isRedoAvailable() and redone < 200:
        undoable.redo()
        redone += 1
        seen.append(read())
    for _ in range(redone):
        undoable.undo()
    return seen


def _model_texts(model, parent=QModelIndex()) -> list[str]:
    texts = []
    for row in range(min(model.rowCount(parent), MAX_ROWS)):
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
        for column in range(columns):
            index = model.index(row, column, parent)
            texts.extend(str(index.data(role) or "") for role in _ROLES)
            if column == 0 and model.rowCount(index) > 0:
                texts.extend(_model_texts(model, index))
    return texts


def widget_texts(widget: QWidget) -> list[str]:
    """Everything a person (or the next person) could read or bring back from `widget`."""
    texts = [widget.windowTitle(), widget.toolTip(), widget.statusTip(), widget.accessibleName(),
             widget.accessibleDescription()]
    if isinstance(widget, QLineEdit):
        texts.append(widget.text())
        texts.extend(_undo_all(widget, widget.text))
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        texts.append(widget.toPlainText())
        document = widget.document()
        texts.extend(_undo_all(document, document.toPlainText))
    elif isinstance(widget, QComboBox):
        texts.extend(widget.itemText(i) for i in range(widget.count()))
        texts.append(widget.currentText())
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts.extend(_model_texts(widget.model()))
    elif isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    elif isinstance(widget, QStatusBar):
        texts.append(widget.currentMessage())
    for stack in widget.findChildren(QUndoStack, options=Qt.FindChildOption.FindDirectChildrenOnly):
        texts.extend(stack.text(i) for i in range(stack.count()))
    return texts


def find_traces(sentinel: str = SENTINEL) -> list[str]:
    """Where `sentinel` can still be found: widget class and object name, or the clipboard mode."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # closed dialogs really go
    found = []
    for widget in QApplication.allWidgets():
        if any(sentinel in text for text in widget_texts(widget)):
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    clipboard = QGuiApplication.clipboard()
    for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection, QClipboard.Mode.FindBuffer):
        if sentinel in clipboard.text(mode):
            found.append(f"clipboard {mode.name}")
    if announcer().last is not None and sentinel in announcer().last.text:
        found.append("announcer.last")
    return found


class SessionWindow(QWidget):
    """Every kind of widget a person can leave something in."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.search = QLineEdit(objectName="search")
        self.history = QComboBox(objectName="history", editable=True)
        self.letter = QTextEdit(objectName="letter")
        self.notes = QPlainTextEdit(objectName="notes")
        self.age = QSpinBox(objectName="age")
        self.age.setRange(0, 99999999)
        self.list = QListWidget(objectName="saved_searches")
        self.filters = QListWidget(objectName="filters")
        for name in ("remote", "training"):
            item = QListWidgetItem(name, self.filters)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.undo = QUndoStack(self)
        for widget in (self.search, self.history, self.letter, self.notes, self.age, self.list, self.filters):
            layout.addWidget(widget)

    def reset_for_next_person(self) -> None:
        """What only the window knows: its history lists hold whole entries, not typed text."""
        self.list.clear()
        self.history.clear()


@pytest.fixture
def session(qtbot):
    window = SessionWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_session_end_leaves_no_trace_anywhere(qtbot, session) -> None:
    type_into(qtbot, session.search, SENTINEL)
    qtbot.keyClick(session.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(session.search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # copied
    type_into(qtbot, session.history.lineEdit(), SENTINEL)
    qtbot.keyClick(session.history.lineEdit(), Qt.Key.Key_Return)  # goes into the combo's list
    type_into(qtbot, session.letter, f"Dear employer, {SENTINEL}")
    type_into(qtbot, session.notes, SENTINEL)
    type_into(qtbot, session.age, "4821")
    session.list.addItem(f"search: {SENTINEL}")
    session.filters.item(0).setCheckState(Qt.CheckState.Checked)
    session.filters.setCurrentRow(1)
    session.undo.push(QUndoCommand(f"typing {SENTINEL}"))
    dialog = QDialog(session)
    dialog.field = QLineEdit(dialog)
    dialog.show()
    type_into(qtbot, dialog.field, SENTINEL)
    if QGuiApplication.clipboard().supportsSelection():
        QGuiApplication.clipboard().setText(SENTINEL, QClipboard.Mode.Selection)
    assert len(find_traces()) >= 8  # the walk really sees what was typed

    SessionReset().clear_session()

    assert find_traces() == []
    assert not dialog.isVisible()
    assert session.filters.item(0).checkState() == Qt.CheckState.Unchecked  # filter choices reset
    assert session.filters.count() == 2  # but the choices themselves stay
    assert session.age.text() == "0"
    assert session.filters.currentRow() == -1


def test_clearing_by_clear_alone_would_leave_undo_history(qtbot, session) -> None:
    """Why session_reset uses setText: QLineEdit.clear() is undoable."""
    type_into(qtbot, session.search, SENTINEL)
    session.search.clear()
    assert any(SENTINEL in text for text in widget_texts(session.search))


def test_hooks_run_at_session_end(session) -> None:
    calls: list[str] = []
    reset = SessionReset()
    reset.add_hook(lambda: calls.append("speech stopped"))
    reset.clear_session([session])
    assert calls == ["speech stopped"]


def test_file_dialog_history_is_forgotten(qtbot, session, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    secret = tmp_path / SENTINEL
    secret.mkdir()
    qt_settings = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")
    qt_settings.setValue("FileDialog/history", [secret.as_uri()])
    qt_settings.setValue("FileDialog/lastVisited", secret.as_uri())
    qt_settings.sync()
    SessionReset().clear_session([session])
    qt_settings.sync()
    assert SENTINEL not in str(qt_settings.value("FileDialog/history")) + str(qt_settings.value("FileDialog/lastVisited"))
