"""Ending a session on a shared machine: leave no trace of the person who was here.

ACCESSIBILITY.md 22. `clear_session()` closes every open dialog, popup and
menu, lets the app's parts reset their own state (hooks, and any widget with
a `reset_for_next_person()` method: the search box's history, filters, the
result list, the detail pane), then sweeps every widget of every window:
text fields and their undo history, editable combo boxes, spin boxes, item
selections and checked items, undo stacks, and finally the clipboard in all
its modes, the file dialogs' recent folders and the announcer's "repeat
last message".

The sweep is generic so that a widget added later is cleared without anyone
remembering to; the hooks are for state a sweep cannot know (a model's rows,
a search history, speech queues, drafts).
"""
from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QSettings, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QDialog, QLineEdit,
                               QListWidget, QMenu, QPlainTextEdit, QTableWidget, QTextEdit, QTreeWidget, QWidget)

from desktop.announce import announcer

ResetHook = Callable[[], None]
RESET_METHOD = "reset_for_next_person"
KEEP_PROPERTY = "kiosk_keep"  # a widget whose content is not personal (a label-like read-only field) may opt out


def close_open_windows(keep: tuple[QWidget, ...] = ()) -> None:
    """Close popups, menus and every dialog except the windows in `keep`."""
    for _ in range(10):  # a popup can sit on a popup (a combo inside a dialog)
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for widget in QApplication.topLevelWidgets():
        if not shiboken6.isValid(widget) or widget in keep or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
            widget.close()
        elif isinstance(widget, QMenu):
            widget.close()


def clear_text_widget(widget: QWidget) -> None:
    """Empty a text field and forget its undo and redo history."""
    if isinstance(widget, QLineEdit):
        # setText (unlike clear()) also drops the undo history, so Ctrl+Z cannot bring the text back.
        widget.setText("")
    elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
        widget.clear()
        widget.document().clearUndoRedoStacks()
    elif isinstance(widget, QAbstractSpinBox):
        minimum = widget.property("minimum")
        if minimum is not None:
            widget.setProperty("value", minimum)
        edit = widget.findChild(QLineEdit)
        if edit is not None:
            text = edit.text()
            edit.setText(text)  # same value, fresh undo history


def _clear_item_view(view: QAbstractItemView) -> None:
    model = view.model()
    if view.selectionModel() is not None:
        view.selectionModel().clear()
    view.setCurrentIndex(QModelIndex())
    if isinstance(view, (QListWidget, QTreeWidget, QTableWidget)) and model is not None:
        # Quietly (no itemChanged): a closed draft editor must not store the unticked boxes.
        _quietly([view], lambda: _uncheck_all(model, QModelIndex()))


def _uncheck_all(model: QAbstractItemModel, parent: QModelIndex) -> None:
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.flags() & Qt.ItemFlag.ItemIsUserCheckable and index.data(Qt.ItemDataRole.CheckStateRole):
            model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
        if model.rowCount(index) > 0:
            _uncheck_all(model, index)


def _quietly(widgets: list[QWidget], clear: Callable[[], None]) -> None:
    # The sweep only wipes what is shown. Its changes must not look like typing: a closed draft
    # editor would otherwise autosave the emptied letter over the signed-in person's saved one.
    before = [widget.blockSignals(True) for widget in widgets]
    try:
        clear()
    finally:
        for widget, blocked in zip(widgets, before):
            widget.blockSignals(blocked)


def sweep_widgets(roots: list[QWidget]) -> None:
    """Clear every field, editable combo, selection and undo stack under `roots`, without emitting edits.

    Owners reset their state with signals in `reset_for_next_person()` before this runs.
    """
    for root in roots:
        if not shiboken6.isValid(root):
            continue
        for widget in [root, *root.findChildren(QWidget)]:
            if widget.property(KEEP_PROPERTY):
                continue
            if isinstance(widget, QComboBox):
                edit = widget.lineEdit()
                if widget.isEditable() and edit is not None:
                    _quietly([widget, edit], lambda w=widget, e=edit: (w.clearEditText(), e.setText("")))
            elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
                if not (isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox)):
                    inner = widget.findChildren(QLineEdit) if isinstance(widget, QAbstractSpinBox) else []
                    _quietly([widget, *inner], lambda w=widget: clear_text_widget(w))
            elif isinstance(widget, QAbstractItemView):
                _clear_item_view(widget)
        for stack in root.findChildren(QUndoStack):
            stack.clear()


def clear_clipboard() -> None:
    """Empty the clipboard, the X11 selection and the find buffer (where the platform has them)."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
    if clipboard.supportsFindBuffer():
        clipboard.clear(QClipboard.Mode.FindBuffer)


def clear_recent_files() -> None:
    """Forget Qt's file dialog history (recent folders, last folder visited)."""
    qt_settings = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")
    qt_settings.remove("FileDialog")
    qt_settings.sync()


def _forget_last_announcement() -> None:
    # "Repeat last message" (F5) must not read out the previous person's last result or draft.
    announcer().last = None


class SessionReset(QObject):
    """Everything that happens when one person's session ends, in order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hooks: list[ResetHook] = []

    def add_hook(self, hook: ResetHook) -> None:
        """Run `hook` at every session end (before the generic sweep)."""
        self._hooks.append(hook)

    def clear_session(self, windows: list[QWidget] | None = None, *, keep: tuple[QWidget, ...] = ()) -> None:
        """Close dialogs, run the reset hooks and methods, sweep the windows, clear the clipboard.

        `windows` defaults to every top-level widget, hidden ones included: a dialog that was
        only hidden could be shown to the next person. Widgets in `keep` are not closed.
        """
        close_open_windows(keep)
        if windows is None:
            windows = [w for w in QApplication.topLevelWidgets() if shiboken6.isValid(w)]
        for hook in list(self._hooks):
            hook()
        for window in windows:
            if not shiboken6.isValid(window):
                continue
            for widget in [window, *window.findChildren(QWidget)]:
                method = getattr(widget, RESET_METHOD, None)
                if callable(method):
                    method()
        sweep_widgets(windows)
        clear_clipboard()
        clear_recent_files()
        _forget_last_announcement()
