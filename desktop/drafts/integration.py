"""Connecting user data to the main window: drafts, "my applications", "my profile", favourites.

`attach(window, data_dir, settings)` is the one call app.py makes. When user
data cannot be used (in use, damaged, read-only, full) the window says so in
words, the catalogue keeps working, and for a damaged file the person is
offered the newest good backup (the damaged file is kept aside).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from db import drafts
from db.position import Position
from db.userdata_errors import NoGoodBackup, UserdataCorrupt, UserdataUnavailable, ZhumengDataError
from db.userdata_schema import utc_now
from desktop.actions import ActionId
from desktop.announce import announce
from desktop.drafts import messages
from desktop.drafts.session import UserdataSession

# Test hook for the kill -9 test (tests/desktop/test_drafts_kill.py): open a draft and type into it.
TYPING_TEST_ENV = "ZHUMENG_TEST_TYPE_INTO_DRAFT"


class DraftsController(QObject):
    """Owns the user-data session of a main window and answers its draft and profile actions."""

    def __init__(self, window: Any, session: UserdataSession, settings: Any = None) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.settings = settings
        self.editor: QWidget | None = None
        if hasattr(window, "draft_requested"):
            window.draft_requested.connect(self.start_draft)
        registry = getattr(window, "registry", None)
        if registry is not None:
            ids = registry.ids()
            if ActionId.OPEN_DRAFTS in ids:
                registry.connect(ActionId.OPEN_DRAFTS, self.show_drafts)
            if ActionId.EDIT_PROFILE in ids:
                registry.connect(ActionId.EDIT_PROFILE, self.edit_profile)
        if session.available and hasattr(window, "set_favourite_store"):
            # Through the window, which also shows the current position's favourite state from the new store.
            window.set_favourite_store(session)
        session.unavailable.connect(self._tell)
        if session.error is not None:
            QTimer.singleShot(0, lambda: self._tell(session.error))

    @property
    def language(self) -> str:
        """The interface language code from the settings."""
        return str(self.settings.value("language")) if self.settings is not None else "zh_CN"

    def _tell(self, error: object) -> None:
        if not isinstance(error, ZhumengDataError):
            return
        text = messages.describe(error)
        announce(text, "assertive")
        status = getattr(self.window, "statusBar", None)
        if callable(status):
            status().showMessage(text)

    def _usable(self) -> bool:
        if self.session.available:
            try:
                return self.session.current_applicant() is not None  # signs the person in (with their PIN)
            except UserdataUnavailable:
                return False  # they did not sign in
        if isinstance(self.session.error, UserdataCorrupt):
            self.offer_restore()
        else:
            self._tell(self.session.error)
        return self.session.available

    def offer_restore(self) -> bool:
        """Ask whether to restore the newest good backup; True when user data works again."""
        box = QMessageBox(self.window)
        box.setObjectName("restoreBackup")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Drafts", "Your drafts file is damaged"))
        box.setText(messages.describe(self.session.error or UserdataCorrupt("", "")))
        restore = box.addButton(QCoreApplication.translate("Drafts", "&Restore the newest good backup"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Drafts", "&Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is not restore:
            return False
        try:
            result = self.session.restore_from_backup()
        except (NoGoodBackup, OSError) as error:
            self._tell(error if isinstance(error, ZhumengDataError) else NoGoodBackup("", str(error)))
            return False
        announce(QCoreApplication.translate("Drafts", "Restored the backup of %1. The damaged file was kept as %2.")
                 .replace("%1", result.restored_from.stem.removeprefix("userdata-"))
                 .replace("%2", result.damaged_moved_to.name if result.damaged_moved_to else "-"))
        return self.session.available

    def start_draft(self, position: Position) -> QWidget | None:
        """Open (creating if needed) the current applicant's draft for `position` in the editor."""
        if position is None or not self._usable():
            return None
        from desktop.drafts.draft_editor import DraftEditor

        try:
            draft = drafts.open_draft(self.session.require(), self.session.current_applicant(), position, now=utc_now())
        except UserdataUnavailable as error:
            self.session.report(error)
            return None
        editor = DraftEditor(self.session, draft.id, self.window, language=self.language)
        self.editor = editor
        editor.show()
        editor.activateWindow()
        editor.letter.setFocus()
        return editor

    def show_drafts(self) -> QWidget | None:
        """Show "my applications"."""
        if not self._usable():
            return None
        from desktop.drafts.drafts_view import DraftsView

        view = DraftsView(self.session, self.window, overdue_color=_overdue_color(self.settings))
        view.show()
        return view

    def edit_profile(self) -> QWidget | None:
        """Show the profile editor."""
        if not self._usable():
            return None
        from desktop.drafts.profile_editor import ProfileEditor

        editor = ProfileEditor(self.session, self.window, language=self.language)
        editor.show()
        return editor


def _overdue_color(settings: Any) -> Any:
    try:
        from desktop.themes import load_theme

        return load_theme(str(settings.value("theme")) if settings is not None else "default").color("overdue")
    except (KeyError, OSError, ValueError):
        return None


def attach(window: Any, data_dir: Path, settings: Any = None) -> DraftsController:
    """Open the user data in `data_dir` for `window` and connect its draft, drafts-list and profile actions."""
    controller = DraftsController(window, UserdataSession(Path(data_dir), window), settings)
    window._zhumeng_drafts = controller  # keep it alive with the window
    if os.environ.get(TYPING_TEST_ENV):
        from desktop.drafts.typing_probe import start_typing

        QTimer.singleShot(0, lambda: start_typing(controller, os.environ[TYPING_TEST_ENV]))
    return controller
