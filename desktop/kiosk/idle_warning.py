"""The large, spoken "are you still there?" warning with its countdown.

Shown on top of everything (dialogs and the on-screen keyboard included)
without taking keyboard focus, so the very key that a person presses to
answer still reaches the IdleMonitor (an application event filter) and ends
the warning. It says what will happen to the person's work: a guest's
unsaved draft is discarded, a signed-in person's draft is saved to their
profile. Spoken when it appears and again at ten seconds; the countdown text
changes once a second and nothing flashes.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.kiosk.speaking import default_speak

SPEAK_AGAIN_AT_S = 10
MIN_TARGET_PX = 44


def _scaled(font: QFont, factor: float) -> QFont:
    # Relative to the person's chosen text size, never a fixed pixel size.
    bigger = QFont(font)
    bigger.setPointSizeF(max(1.0, font.pointSizeF()) * factor)
    return bigger


class IdleWarning(QFrame):
    """The warning window. Call `show_warning(seconds, signed_in)`, then `set_seconds` each second."""

    continue_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, speak: Callable[[str], None] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("kiosk_idle_warning")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(6)
        self._speak = speak or default_speak
        self._signed_in = False
        layout = QVBoxLayout(self)
        self._title = QLabel(self)
        self._title.setObjectName("idle_warning_title")
        self._title.setFont(_scaled(self.font(), 2.0))
        self._count = QLabel(self)
        self._count.setObjectName("idle_warning_countdown")
        self._count.setFont(_scaled(self.font(), 1.6))
        self._consequence = QLabel(self)
        self._consequence.setObjectName("idle_warning_consequence")
        self._consequence.setWordWrap(True)
        self._hint = QLabel(self)
        self._hint.setWordWrap(True)
        self._button = QPushButton(self)
        self._button.setObjectName("idle_warning_continue")
        self._button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # must not steal the focus of the person's field
        # One and a half lines high (two made the warning taller than an 800 px screen at 400 % text).
        self._button.setMinimumSize(MIN_TARGET_PX * 4, max(MIN_TARGET_PX, round(self.fontMetrics().height() * 1.5)))
        self._button.clicked.connect(self.continue_requested)
        for label in (self._title, self._count, self._consequence, self._hint):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)  # full width: long sentences wrap over the whole panel, not a narrow column
        self._consequence.setFont(_scaled(self.font(), 1.3))
        self._hint.setFont(_scaled(self.font(), 1.3))
        self._button.setFont(_scaled(self.font(), 1.3))
        layout.addWidget(self._button, alignment=Qt.AlignmentFlag.AlignHCenter)
        self._seconds = 0
        self.retranslate()

    def retranslate(self) -> None:
        """Set all texts in the current language."""
        self.setAccessibleName(self.tr("Session ending"))
        self._title.setText(self.tr("Are you still there?"))
        self._hint.setText(self.tr("Press any key or switch, or touch Continue, to keep going."))
        self._button.setText(self.tr("Continue"))
        self._button.setAccessibleName(self.tr("Continue my session"))
        self._consequence.setText(self._consequence_text())
        self._count.setText(self._count_text(self._seconds))

    def _consequence_text(self) -> str:
        if self._signed_in:
            return self.tr("Everything on screen will be cleared. Your draft will be saved to your profile.")
        return self.tr("Everything on screen will be cleared and your unsaved draft will be discarded.")

    def _count_text(self, seconds: int) -> str:
        return self.tr("This session ends in %n second(s).", "", seconds)

    def message(self) -> str:
        """The whole warning as one sentence (what is spoken, and what tests read)."""
        return " ".join((self._title.text(), self._count.text(), self._consequence.text(), self._hint.text()))

    def countdown_text(self) -> str:
        """The countdown line as shown."""
        return self._count.text()

    def show_warning(self, seconds: int, *, signed_in: bool) -> None:
        """Appear over the kiosk window and speak the whole warning."""
        self._signed_in = signed_in
        self._seconds = seconds
        self.retranslate()
        self._place()
        self.show()
        self._speak(self.message())

    def set_seconds(self, seconds: int) -> None:
        """Update the countdown (speaks again at ten seconds)."""
        self._seconds = seconds
        self._count.setText(self._count_text(seconds))
        if seconds == SPEAK_AGAIN_AT_S:
            self._speak(self._count.text())

    def _place(self) -> None:
        window = self.parentWidget().window() if self.parentWidget() else None
        area = window.geometry() if window is not None else QApplication.primaryScreen().availableGeometry()
        self.adjustSize()
        # At least two thirds of the window wide, never wider than it; as high as the wrapped text needs at that
        # width (the size hint's height is for its own, wider width), never higher than the window.
        width = min(area.width(), max(self.sizeHint().width(), area.width() * 2 // 3))
        height = min(area.height(), max(self.heightForWidth(width), self.minimumSizeHint().height(),
                                        area.height() // 2))
        self.setGeometry(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2,
                         width, height)
