"""Keeping a kiosk locked: fullscreen, frameless, and no way out without staff.

`KioskLock` watches the application (an event filter) and refuses every way
out that Qt can see: closing the kiosk window (the window manager's close
button, Alt+F4 forwarded as a close), quit keys, minimising or leaving
fullscreen (the window goes straight back), and file dialogs browsing
outside the allowed folders (the kiosk's own folder in the app's data, and
removable media while staff are signed in). Anyone who tries is asked for the staff PIN through
`exit_requested`; only `release()` (after the PIN) lets the window close.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QFileDialog, QWidget

KIOSK_FILES_DIR = "kiosk-files"  # the one folder file dialogs may use at a kiosk; emptied at every session end

# Keys that would quit or hide the app on some desktop; blocked while locked.
# Ctrl+W is not here: in kiosk mode it is "end session" (desktop/actions.py).
BLOCKED_KEYS = ("Alt+F4", "Ctrl+Q", "Ctrl+Alt+Backspace", "Meta+D", "Meta+M")


def blocked_sequences() -> list[QKeySequence]:
    """The blocked keys, plus the platform's own Quit key (needs a running application)."""
    sequences = [QKeySequence(text) for text in BLOCKED_KEYS]
    sequences.extend(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit))
    return [sequence for sequence in sequences if not sequence.isEmpty()]
_BLOCKED_BARE = frozenset({Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Menu})


def _file_dialog_of(widget: QWidget) -> QFileDialog | None:
    while widget is not None:
        if isinstance(widget, QFileDialog):
            return widget
        widget = widget.parentWidget()
    return None


def _key_sequence(event: QKeyEvent) -> QKeySequence:
    return QKeySequence(event.keyCombination())


class KioskLock(QObject):
    """Locks `window` as a kiosk until `release()`.

    `exit_requested` is emitted whenever someone tries to leave (close, quit
    key), so the kiosk can ask for the staff PIN.
    """

    exit_requested = Signal()
    restored = Signal()

    def __init__(self, window: QWidget, *, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        # Not the data directory itself: a save dialog there could overwrite userdata.sqlite.
        self.files_dir = Path(data_dir).resolve() / KIOSK_FILES_DIR
        self.files_dir.mkdir(parents=True, exist_ok=True)
        self._allowed: list[Path] = [self.files_dir]
        self._staff_roots: list[Path] = []
        self._engaged = False
        self._blocked: list[QKeySequence] = []

    @property
    def engaged(self) -> bool:
        """Whether the kiosk is locked now."""
        return self._engaged

    def engage(self) -> None:
        """Go fullscreen without decorations and start refusing every way out."""
        # Native file dialogs are separate programs that Qt cannot confine; Qt's own can be.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
        self._blocked = blocked_sequences()
        window = self._window
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, False)
        window.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        screen = window.screen()
        if screen is not None:
            window.setGeometry(screen.geometry())  # without a window manager, fullscreen is just a geometry
        window.showFullScreen()
        app = QApplication.instance()
        if app is not None and not self._engaged:
            app.installEventFilter(self)
        self._engaged = True

    def release(self) -> None:
        """Stop refusing: staff gave the PIN and chose to leave the kiosk."""
        app = QApplication.instance()
        if app is not None and self._engaged:
            app.removeEventFilter(self)
        self._engaged = False

    def allow_staff_folders(self, roots: list[Path]) -> None:
        """While staff are signed in, file dialogs may also browse `roots` (removable media)."""
        self._staff_roots = [Path(root) for root in roots]

    def allowed_folders(self) -> list[Path]:
        """Where a file dialog may go now."""
        return self._allowed + self._staff_roots

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.Close and obj is self._window:
            event.ignore()
            self.exit_requested.emit()
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            pressed = _key_sequence(event)
            if event.key() in _BLOCKED_BARE or any(pressed.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch
                                                   for sequence in self._blocked):
                if kind == QEvent.Type.KeyPress and not event.isAutoRepeat():
                    self.exit_requested.emit()
                event.accept()
                return True
        if kind == QEvent.Type.WindowStateChange and obj is self._window:
            if not self._window.isFullScreen() or self._window.isMinimized():
                QTimer.singleShot(0, self._restore)
        if kind == QEvent.Type.Show and isinstance(obj, QFileDialog):
            self._confine(obj)
        if kind in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonRelease) and isinstance(obj, QWidget):
            dialog = _file_dialog_of(obj)
            if dialog is not None and self._leads_outside(dialog, obj, event):
                dialog.setDirectory(str(self.allowed_folders()[0]))
                return True  # a typed path outside (/etc/…, ../..) is not opened or saved
        return False

    def _leads_outside(self, dialog: QFileDialog, obj: QWidget, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent):
            if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                return False
        else:
            box = dialog.findChild(QDialogButtonBox)
            if box is None or not isinstance(obj, QAbstractButton) or \
                    box.buttonRole(obj) != QDialogButtonBox.ButtonRole.AcceptRole:
                return False
        return any(not self.is_allowed(path) for path in dialog.selectedFiles())

    def _restore(self) -> None:
        window = self._window
        if self._engaged and (window.isMinimized() or not window.isFullScreen()):
            window.showFullScreen()
            self.restored.emit()  # the kiosk puts its start screen and dialogs back on top

    # ---- file dialogs --------------------------------------------------------------------------------------
    def is_allowed(self, path: str | Path) -> bool:
        """Whether `path` lies inside one of the allowed folders."""
        try:
            resolved = Path(path).resolve()
        except OSError:
            return False
        return any(resolved == root or root in resolved.parents for root in self.allowed_folders())

    def _confine(self, dialog: QFileDialog) -> None:
        if not self.is_allowed(dialog.directory().absolutePath()):
            dialog.setDirectory(str(self.allowed_folders()[0]))
        dialog.setSidebarUrls([])  # no shortcuts to home, the file system root, network places
        if not dialog.property("kiosk_confined"):
            dialog.setProperty("kiosk_confined", True)
            dialog.directoryEntered.connect(lambda path, d=dialog: self._keep_inside(d, path))

    def _keep_inside(self, dialog: QFileDialog, path: str) -> None:
        if self._engaged and not self.is_allowed(path):
            dialog.setDirectory(str(self.allowed_folders()[0]))
