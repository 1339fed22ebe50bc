"""The one way drafts dialogs lay out: a column of widgets ending in a two-button row."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QAbstractScrollArea, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QScrollArea,
                               QVBoxLayout, QWidget)

Std = QDialogButtonBox.StandardButton


def column_with_buttons(dialog: QDialog, widgets: Sequence[QWidget], *, accept: tuple[str, Callable[[], object]],
                        reject_text: str, accept_button: Std = Std.Ok, reject_button: Std = Std.Cancel) -> QDialogButtonBox:
    """Stack `widgets` in `dialog`, then an accept button (text, slot) and a reject button that closes it."""
    buttons = QDialogButtonBox(accept_button | reject_button, dialog)
    buttons.button(accept_button).setText(accept[0])
    buttons.button(reject_button).setText(reject_text)
    buttons.accepted.connect(accept[1])
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in widgets:
        # Lists and text boxes scroll themselves: they take the room that is left, and give it up first.
        if isinstance(widget, QAbstractScrollArea):
            let_shrink(widget)
            layout.addWidget(widget, 1)
        else:
            layout.addWidget(widget)
    layout.addWidget(buttons)
    return buttons


def let_shrink(view: QAbstractScrollArea, *, lines: int = 2) -> None:
    """Let a list, table or text box shrink to `lines` lines of text, so that its dialog fits a 1280x800 screen at
    400 % text: Qt's own minimum for a scroll area grows with the (large) scroll bars to several lines' height."""
    view.ensurePolished()  # the style sheet's scaled font applies at polish time
    view.setMinimumHeight(lines * view.fontMetrics().lineSpacing() + 2 * view.frameWidth() + 8)


def reflowing_form(parent: QWidget | None = None) -> QFormLayout:
    """A label/field form that puts a label above its field when the text is too large to sit beside it."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


# The width buttons may take in one row: a 1280-pixel window less frames, margins and a scroll bar.
ROW_WIDTH = 1100


def button_rows(buttons: Sequence[QWidget], *, wide: int = 6) -> QVBoxLayout:
    """Buttons in rows of at most `wide` that fit a 1280-pixel window at any text size (fewer per row as text grows).

    Rows are filled in order as far as each fits, so one wide button does not leave every other button alone on its
    row (at 400 % text that made the drafts view taller than the screen).
    """
    for button in buttons:
        button.ensurePolished()  # the style sheet (padding, scaled font) applies at polish time
    column = QVBoxLayout()
    row: QHBoxLayout | None = None
    used = 0
    for button in buttons:
        width = button.sizeHint().width() + 12
        if row is None or row.count() >= wide or used + width > ROW_WIDTH:
            row = QHBoxLayout()
            column.addLayout(row)
            used = 0
        row.addWidget(button)
        used += width
    return column


_PERSON_MOVED = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason)


class _FocusFollower(QObject):
    """Event filter on a scroll area's controls (and its child, so it dies with it): a control that gets the
    focus, by Tab or by a mnemonic, is scrolled wholly into view."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only focus a person moved (Tab, Shift+Tab, a mnemonic): when a dialog is torn down Qt moves the
        # focus too, and the scroll area must not be touched then.
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget) \
                and event.reason() in _PERSON_MOVED:  # type: ignore[attr-defined]
            self._reveal(watched)
        return False

    def _reveal(self, control: QWidget) -> None:
        scroll = self._scroll
        inner = scroll.widget()
        if inner is None or not inner.isAncestorOf(control):
            return
        # A control taller than the view shows its top (where its text starts).
        height = min(control.height(), scroll.viewport().height() - 16)
        top_left = control.mapTo(inner, control.rect().topLeft())
        scroll.ensureVisible(top_left.x() + control.width() // 2, top_left.y() + height // 2,
                             control.width() // 2 + 8, height // 2 + 8)


def follow_focus(scroll: QScrollArea) -> None:
    """Scroll so the whole focused control shows, frame included (Qt alone shows only its text cursor).

    Call after the scroll area's widget is complete; covers the controls that exist then.
    """
    follower = _FocusFollower(scroll)
    inner = scroll.widget()
    for control in inner.findChildren(QWidget) if inner is not None else []:
        if control.focusPolicy() != Qt.FocusPolicy.NoFocus:
            control.installEventFilter(follower)
