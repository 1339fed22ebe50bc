"""Shared pieces of the drafts UI tests: a session on a temporary data dir, and acting inside modal dialogs."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from db import drafts
from db.applicants import Profile, save_profile
from db.userdata_schema import utc_now
from desktop.drafts.session import UserdataSession

POSITION = drafts.PositionSnapshot("pos-7", "网店客服", "杭州好物电商", ("phone", "email"), "0571-8888",
                                   ("你每天能在线几个小时？",))


def session_with_draft(data_dir: Path, name: str = "林小雨") -> tuple[UserdataSession, drafts.Draft]:
    """A session whose applicant has a profile and one draft for POSITION."""
    session = UserdataSession(data_dir)
    applicant = session.current_applicant()
    save_profile(session.require(), applicant, Profile(resume={"basics": {"name": name, "phone": "139 0000 1111"}},
                                                       disability="vision", accommodations=("screen_reader_tools",)),
                 now=utc_now())
    return session, drafts.open_draft(session.require(), applicant, POSITION, now=utc_now())


def in_modal(action: Callable[[QWidget], None], delay_ms: int = 50) -> None:
    """Run `action(dialog)` on the modal dialog that is about to open (exec() blocks the test)."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(delay_ms, run)
            return
        action(dialog)

    QTimer.singleShot(delay_ms, run)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type `text` as a person would: Latin by key presses, Chinese as an input method commits it.

    (QTest.keyClicks aborts on characters beyond Latin-1; a Chinese input
    method delivers committed text as a QInputMethodEvent anyway.)
    """
    from PySide6.QtGui import QInputMethodEvent

    run = ""
    for char in text + "\0":
        if char != "\0" and char.isascii() == (run[:1].isascii() if run else char.isascii()):
            run += char
            continue
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
        run = char



def read_only_folder(tmp_path: Path):
    """A folder nobody can write into, also as root; a context manager yielding it, or None when it cannot be made."""
    from tests.db.userdata_helpers import mounted_tmpfs

    return mounted_tmpfs(tmp_path / "read-only", "ro,size=64k")
