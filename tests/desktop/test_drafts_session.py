"""User data that cannot be used is said in words; the catalogue side keeps working; backups restore."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from db import drafts
from db.userdata_errors import UserdataCorrupt, UserdataInUse
from db.userdata_schema import utc_now
from desktop import announce
from desktop.drafts import integration
from desktop.drafts.session import UserdataSession
from tests.desktop.drafts_helpers import POSITION, in_modal, session_with_draft


def test_second_copy_is_told_the_drafts_are_in_use(qtbot, tmp_path: Path) -> None:
    first = UserdataSession(tmp_path)
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = integration.attach(window, tmp_path)
    assert isinstance(controller.session.error, UserdataInUse)
    assert controller.session.error.pid == os.getpid()
    qtbot.waitUntil(lambda: "another copy of Zhumeng" in window.statusBar().currentMessage())
    assert announce.announcer().last.text == window.statusBar().currentMessage()
    assert controller.start_draft(POSITION) is None
    first.close()


def test_damaged_file_offers_the_newest_good_backup(qtbot, tmp_path: Path) -> None:
    session, draft = session_with_draft(tmp_path)  # opening made today's backup
    drafts.save_draft_text(session.require(), draft.id, cover_letter="after the backup", now=utc_now())
    session.close()
    with open(tmp_path / "userdata.sqlite", "r+b") as handle:
        handle.write(b"scribbled over by a crash")
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = integration.attach(window, tmp_path)
    assert isinstance(controller.session.error, UserdataCorrupt)
    qtbot.waitUntil(lambda: "damaged" in window.statusBar().currentMessage())
    in_modal(lambda box: box.buttons()[0].click() if box.buttons()[0].text().startswith("&Restore") else box.buttons()[1].click())
    editor = controller.start_draft(POSITION)
    assert editor is not None
    qtbot.addWidget(editor)
    assert controller.session.available
    assert editor.letter.toPlainText() == ""  # the backup was taken before that text was typed
    assert list(tmp_path.glob("userdata.damaged-*.sqlite"))
    editor.close()
    controller.session.close()


def test_start_draft_opens_the_editor_with_the_cursor_in_the_letter(qtbot, tmp_path: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = integration.attach(window, tmp_path)
    editor = controller.start_draft(POSITION)
    qtbot.addWidget(editor)
    qtbot.waitExposed(editor)
    assert editor.focusWidget() is editor.letter
    assert controller.start_draft(POSITION).draft.id == editor.draft.id  # one draft per position
    controller.session.close()


def test_favourites_are_kept_in_user_data(tmp_path: Path, qapp) -> None:
    session = UserdataSession(tmp_path)
    session.set_favourite("pos-1", True)
    session.close()
    again = UserdataSession(tmp_path)
    assert again.is_favourite("pos-1")
    again.set_favourite("pos-1", False)
    assert not again.is_favourite("pos-1")
    again.close()


def test_nobody_signed_in_is_said_in_words(qapp) -> None:
    from db.userdata_errors import UserdataUnavailable
    from desktop.drafts import messages

    assert messages.describe(UserdataUnavailable("userdata.sqlite", "not_signed_in")).startswith("Nobody is signed in")


def test_favourites_come_from_user_data_as_soon_as_it_is_attached(qtbot, tmp_path: Path) -> None:
    from tests.accessibility.windows import open_main_window

    window = open_main_window(qtbot, tmp_path / "catalogue")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # Enter: into the results
    qtbot.keyClick(window.results, Qt.Key.Key_Return)  # open the first result
    qtbot.waitUntil(lambda: window.detail.position is not None)
    shown = window.detail.position.external_id
    assert not window.detail.favourite_button.isChecked()
    (tmp_path / "user").mkdir()
    stored = UserdataSession(tmp_path / "user")
    stored.current_applicant()
    stored.set_favourite(shown, True)
    stored.close()
    controller = integration.attach(window, tmp_path / "user")
    assert window.detail.favourites is controller.session
    assert window.detail.favourite_button.isChecked()  # the pane shows it at once, not after moving on
    controller.session.close()
