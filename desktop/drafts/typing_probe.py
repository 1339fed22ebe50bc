"""Test hook: type into a draft like a person, printing what was typed and when.

Used only by the kill -9 test: with ZHUMENG_TEST_TYPE_INTO_DRAFT=<interval ms>
the real app (or `python -m desktop.drafts.typing_probe DATA_DIR`) opens a draft for a fixed test position and sends one key
press every interval to the cover letter, through the normal event path
(so autosave works exactly as when a person types). After each key it
prints "TYPED <count> <unix time>" so the test knows what was typed before
it killed the process.
"""
from __future__ import annotations

import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from db.drafts import PositionSnapshot

PROBE_POSITION = PositionSnapshot("kill-test-1", "打字测试岗位", "测试公司", ("phone",), "000")
PROBE_APPLICANT = "typing probe"
ALPHABET = "逐梦abcdefghijklmnopqrstuvwxyz0123456789"


def text_of(count: int) -> str:
    """The first `count` characters the probe types (deterministic, so the test can check prefixes)."""
    return "".join(ALPHABET[i % len(ALPHABET)] for i in range(count))


def start_typing(controller: Any, interval_ms: str) -> None:
    """Open the probe draft and type into its cover letter forever (until killed)."""
    session = controller.session
    if not session.available:  # say why instead of opening the (modal) restore question
        print(f"NO_EDITOR {type(session.error).__name__} {session.error}", flush=True)
        return
    if session.applicant_id is None:
        # Sign in as the probe's own PIN-less applicant directly: the sign-in dialog is for people.
        from db import applicants
        from db.userdata_schema import utc_now

        conn = session.require()
        found = [a.id for a in applicants.list_applicants(conn) if a.display_name == PROBE_APPLICANT]
        session.applicant_id = found[0] if found else applicants.create_applicant(conn, now=utc_now(),
                                                                                   display_name=PROBE_APPLICANT)
    editor = controller.start_draft(PROBE_POSITION)
    if editor is None:
        print(f"NO_EDITOR {type(session.error).__name__} {session.error}", flush=True)
        return
    field = editor.letter
    already = len(field.toPlainText())
    field.moveCursor(field.textCursor().MoveOperation.End)
    state = {"count": already}

    def type_one() -> None:
        char = ALPHABET[state["count"] % len(ALPHABET)]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
        state["count"] += 1
        sys.stdout.write(f"TYPED {state['count']} {time.time():.4f}\n")
        sys.stdout.flush()

    timer = QTimer(editor)
    timer.setInterval(int(interval_ms or 30))
    timer.timeout.connect(type_one)
    timer.start()
    editor._probe_timer = timer
    print(f"READY {already}", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run a window with the drafts attached and type into the probe draft until killed.

    `python -m desktop.drafts.typing_probe DATA_DIR [INTERVAL_MS]` — the same
    attach() and editor the app uses, without building a catalogue first.
    """
    import argparse
    from pathlib import Path

    from PySide6.QtWidgets import QMainWindow

    from desktop.drafts.integration import attach

    parser = argparse.ArgumentParser(prog="typing_probe")
    parser.add_argument("data_dir")
    parser.add_argument("interval_ms", nargs="?", default="30")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    controller = attach(window, Path(args.data_dir))
    QTimer.singleShot(0, lambda: start_typing(controller, args.interval_ms))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
