"""The one way drafts dialogs lay out: a column of widgets ending in a two-button row."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

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
    for widget in (*widgets, buttons):
        layout.addWidget(widget)
    return buttons
