"""The switch-scanning highlight: a thick, high-contrast frame with a text tag.

The frame is drawn on a transparent overlay laid over the scanned window, so
it works on any widget without changing it. It uses the theme's palette
(Highlight and HighlightedText, which the themes keep at high contrast), is
several pixels thick and doubled (a light and a dark ring, visible on any
background), and carries a tag saying what it rests on with a marker shape
(▣ group, ▶ item, ⏸ paused), so it does not rely on colour alone. It never
blinks or animates: it moves only when the scan steps.
"""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget


class _Overlay(QWidget):
    """A see-through child covering its window; paints only the frame and the tag."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("scan_highlight")
        self.setAccessibleName(QCoreApplication.translate("Scanner", "Scan highlight"))
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setProperty("scan_skip", True)
        self.frame = QRect()
        self.tag = ""
        self.setGeometry(window.rect())
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if obj is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def border(self) -> int:
        """Ring thickness: grows with the text size so it stays visible at 400%."""
        return max(5, self.fontMetrics().height() // 3)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if self.frame.isNull():
            return
        palette = self.palette()
        strong = palette.color(QPalette.ColorRole.Highlight)
        contrast = palette.color(QPalette.ColorRole.HighlightedText)
        width = self.border()
        frame = self.frame.adjusted(-width // 2, -width // 2, width // 2, width // 2).intersected(
            self.rect().adjusted(width // 2, width // 2, -(width // 2), -(width // 2)))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(strong, width))
        painter.drawRect(frame)
        # A thin ring of the contrasting colour on both sides keeps the frame visible on any background.
        painter.setPen(QPen(contrast, 2))
        painter.drawRect(frame.adjusted(-width // 2 - 1, -width // 2 - 1, width // 2 + 1, width // 2 + 1))
        painter.drawRect(frame.adjusted(width // 2 + 1, width // 2 + 1, -(width // 2) - 1, -(width // 2) - 1))
        self._paint_tag(painter, frame, strong, contrast)
        painter.end()

    def _paint_tag(self, painter: QPainter, frame: QRect, strong: object, contrast: object) -> None:
        if not self.tag:
            return
        metrics = self.fontMetrics()
        pad = max(4, metrics.height() // 4)
        text = metrics.elidedText(self.tag, Qt.TextElideMode.ElideRight, max(80, self.width() - 4 * pad))
        box = QRect(0, 0, metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + 2 * pad)
        # Above the frame when there is room, otherwise just inside its top edge.
        top = frame.top() - box.height() if frame.top() - box.height() >= 0 else frame.top() + self.border()
        left = min(max(0, frame.left()), max(0, self.width() - box.width()))
        box.moveTo(left, top)
        painter.fillRect(box, strong)
        painter.setPen(QPen(contrast, 2))
        painter.drawRect(box.adjusted(1, 1, -1, -1))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


class ScanHighlight:
    """Shows the scan frame on whichever window is being scanned."""

    def __init__(self) -> None:
        self._overlay: _Overlay | None = None
        self._paused = False
        self._text = ""

    def overlay(self) -> QWidget | None:
        """The overlay widget currently shown, for tests and screenshots."""
        return self._overlay if self._overlay is not None and shiboken6.isValid(self._overlay) else None

    def frame_rect(self) -> QRect:
        """Where the frame is drawn now (window coordinates; empty when hidden)."""
        overlay = self.overlay()
        return QRect(overlay.frame) if overlay is not None and overlay.isVisible() else QRect()

    def tag_text(self) -> str:
        """The words on the tag, exactly as drawn (marker included)."""
        overlay = self.overlay()
        return overlay.tag if overlay is not None and overlay.isVisible() else ""

    def show_frame(self, window: QWidget | None, rect: QRect, text: str, *, is_group: bool) -> None:
        """Frame `rect` (window coordinates) of `window` and tag it with `text`."""
        if window is None:
            self.hide_frame()
            return
        overlay = self.overlay()
        if overlay is None or overlay.parentWidget() is not window:
            self.hide_frame()
            overlay = self._overlay = _Overlay(window)
        self._text = ("▣ " if is_group else "▶ ") + text
        overlay.frame = QRect(rect)
        overlay.tag = self._text
        overlay.setGeometry(window.rect())
        overlay.show()
        overlay.raise_()
        overlay.update()

    def set_paused(self, paused: bool) -> None:
        """Mark the frame as paused (auto scanning stopped until a switch is pressed)."""
        overlay = self.overlay()
        if overlay is None or paused == self._paused:
            self._paused = paused
            return
        self._paused = paused
        if paused:
            overlay.tag = "⏸ " + QCoreApplication.translate("Scanner", "Scanning paused: press a switch to go on")
        else:
            overlay.tag = self._text
        overlay.update()

    def hide_frame(self) -> None:
        """Remove the frame (scanning off, or nothing to scan)."""
        overlay = self.overlay()
        if overlay is not None:
            overlay.parentWidget().removeEventFilter(overlay)
            overlay.hide()
            overlay.deleteLater()
        self._overlay = None
