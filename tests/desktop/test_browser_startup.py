"""Start-up: the demo catalogue on first start, a damaged catalogue met with words, not a traceback, and
nothing loaded before the search field has the focus that only later work needs (issue #3 cold start)."""
from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from db import paths
from desktop.app import build_window
from desktop.dialogs import MessageDialog
from desktop.settings import Settings

# Modules a start must not load before the search field has the focus: they are
# for a first start, a damaged catalogue, writing a catalogue, dialogs, or the
# work wired in just after the focus (drafts, speech, scanning, kiosk, PINs).
LOADED_LATER = ("sqlite_utils", "db.demo_catalogue", "db.catalogue_import", "db.pin", "db.userdata_schema",
                "desktop.dialogs", "desktop.start_problem", "desktop.help_dialog", "desktop.preferences_dialog",
                "desktop.drafts", "desktop.speech", "desktop.scanning", "desktop.kiosk.controller",
                "desktop.screen_reader")
STARTS_AND_REPORTS = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.main import main

app = QApplication(sys.argv[:1])
def focused(_old, new):
    if new is not None and new.objectName() == "searchField" and new.hasFocus():
        app.focusChanged.disconnect(focused)
        loaded = [name for name in sys.argv[2:] if name in sys.modules]
        print(f"FOCUSED {new.accessibleName()}: {','.join(loaded)}", flush=True)
        QTimer.singleShot(0, app.quit)
app.focusChanged.connect(focused)
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def answer_the_message_with(qtbot, key, seen):
    """When the message box is up, note what it says and press `key` on it."""
    def press():
        box = QApplication.activeModalWidget()
        if not isinstance(box, MessageDialog) or not box.isVisible():
            QTimer.singleShot(20, press)
            return
        seen.append((box.windowTitle(), box.text(), box.informativeText()))
        qtbot.keyClick(box, key)
    QTimer.singleShot(0, press)


def shut(window):
    window.shutdown()
    window.deleteLater()


def test_first_start_builds_the_demo_catalogue_and_shows_it(qtbot, tmp_path):
    window = build_window(tmp_path, Settings(tmp_path))
    qtbot.addWidget(window, before_close_func=shut)
    qtbot.waitUntil(lambda: window.model.total > 0, timeout=10000)
    assert (tmp_path / paths.CATALOGUE_FILE).exists()


def test_damaged_catalogue_is_explained_and_rebuilt_with_enter(qtbot, tmp_path):
    damaged = tmp_path / paths.CATALOGUE_FILE
    damaged.write_bytes(b"this is not a database" * 100)
    seen: list = []
    answer_the_message_with(qtbot, Qt.Key.Key_Return, seen)  # the default button: rebuild
    window = build_window(tmp_path, Settings(tmp_path))
    assert window is not None
    qtbot.addWidget(window, before_close_func=shut)
    title, text, advice = seen[0]
    assert title == "The job catalogue cannot be opened"
    assert "damaged" in text and "nothing is deleted" in advice
    kept = list(tmp_path.glob(f"{paths.CATALOGUE_FILE}.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")
    qtbot.waitUntil(lambda: window.model.total > 0, timeout=10000)


def test_damaged_catalogue_and_escape_quits_without_touching_the_file(qtbot, tmp_path):
    damaged = tmp_path / paths.CATALOGUE_FILE
    damaged.write_bytes(b"garbage")
    seen: list = []
    answer_the_message_with(qtbot, Qt.Key.Key_Escape, seen)
    assert build_window(tmp_path, Settings(tmp_path)) is None
    assert seen and damaged.read_bytes() == b"garbage"
    assert not list(tmp_path.glob("*.damaged-*"))


def test_a_favourite_is_kept_in_the_user_data_across_restarts(qtbot, tmp_path):
    from desktop.drafts.integration import attach

    def start():
        settings = Settings(tmp_path)
        settings.set_value("language", "en")
        window = build_window(tmp_path, settings)
        qtbot.addWidget(window, before_close_func=shut)
        sessions.append(attach(window, tmp_path, settings).session)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        window.focus_search()
        qtbot.waitUntil(lambda: window.model.total > 0, timeout=10000)
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)  # into the results, first one current
        return window

    sessions = []
    window = start()
    chosen = window.detail.position.external_id
    qtbot.keyClick(window.results, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.favourite_button.isChecked()
    window.close()
    sessions[0].close()  # as when the app quits: the user data is closed and unlocked
    again = start()
    assert again.detail.position.external_id == chosen
    assert again.detail.favourite_button.isChecked()
    assert again.detail.favourite_button.text().replace("&", "") == "Unmark favourite"


def test_catalogue_damaged_while_open_is_reported_in_words(qtbot, tmp_path):
    from db.demo_catalogue import ensure_catalogue

    settings = Settings(tmp_path)
    settings.set_value("language", "en")
    path = ensure_catalogue(tmp_path)
    window = build_window(tmp_path, settings)
    qtbot.addWidget(window, before_close_func=shut)
    window.show()
    qtbot.waitUntil(lambda: window.model.total > 0, timeout=10000)
    # Something outside the app overwrites the file behind its back (a failing disk, a bad copy).
    size = path.stat().st_size
    with open(path, "r+b") as damaged:
        damaged.seek(4096)
        damaged.write(b"\xff" * (size - 4096))
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "kefu")
    qtbot.waitUntil(lambda: "cannot be read" in window.status_label.text(), timeout=10000)
    assert window.model.total == 0
    assert window.statusBar().currentMessage() == window.status_label.text()  # seen, and announced


def test_the_app_starts_to_a_named_focused_search_field_before_loading_later_work(tmp_path):
    from db.demo_catalogue import ensure_catalogue

    ensure_catalogue(tmp_path)
    Settings(tmp_path).set_value("language", "en")
    done = subprocess.run([sys.executable, "-c", STARTS_AND_REPORTS, str(tmp_path), *LOADED_LATER],
                          capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    focused = [line for line in done.stdout.splitlines() if line.startswith("FOCUSED")]
    assert focused == ["FOCUSED Search positions: "], done.stdout  # named, focused, nothing of later work loaded
