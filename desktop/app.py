"""Starting the application: data directory, catalogue, settings, language, theme, main window.

Order matters for the person waiting: the window appears with the cursor in
the search field as soon as the catalogue is open; everything slow (the full
id list, facet counts) arrives afterwards from the search worker.

A catalogue that cannot be opened never ends in a traceback: the person is
told in their language what happened and offered to rebuild the bundled
demo catalogue (the damaged file is kept beside it) or to quit.
"""
from __future__ import annotations

import argparse
import gc
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from db import paths
from db.errors import CatalogueUnavailable
from desktop.actions import Mode
from desktop.search_runner import Catalogue
from desktop.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton

    from desktop.dialogs import MessageDialog

# Set by the start-up benchmark: print a timestamp when the search field first
# has the focus, then quit (tests/bench/bench_ui.py).
FOCUS_PROBE_ENV = "ZHUMENG_EXIT_WHEN_FOCUSED"
FOCUS_PROBE_PREFIX = "ZHUMENG_FOCUSED"
ATTACH_FALLBACK_MS = 500


def set_aside(path: Path) -> Path:
    """Rename a damaged file out of the way (never delete a person's file); returns its new name."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    path.rename(target)
    return target


def rebuild_box(error: CatalogueUnavailable, parent: QWidget | None = None) -> tuple[MessageDialog, QPushButton]:
    """The message that the catalogue cannot be opened, and its "rebuild" button (scrolls at 400% text)."""
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.dialogs import MessageDialog  # only a damaged catalogue needs it: not loaded at every start

    box = MessageDialog(parent)
    box.setObjectName("catalogueDamaged")
    box.setWindowTitle(QCoreApplication.translate("App", "The job catalogue cannot be opened"))
    box.setText(QCoreApplication.translate("App", "The job catalogue file is damaged or is not a Zhumeng catalogue."))
    advice = QCoreApplication.translate("App", "You can rebuild the bundled demo catalogue now. The damaged file is kept beside it, so nothing is deleted. Your drafts and profile are not affected.")  # noqa: E501
    box.setInformativeText(f"{advice}\n\n{error.path}")
    rebuild = box.add_button(QCoreApplication.translate("App", "&Rebuild the demo catalogue"),
                             QDialogButtonBox.ButtonRole.AcceptRole, default=True)
    box.add_button(QCoreApplication.translate("App", "&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
    box.fit()
    return box, rebuild


def ask_rebuild(error: CatalogueUnavailable, parent: QWidget | None = None) -> bool:
    """Tell the person the catalogue cannot be opened; True if they choose to rebuild the demo catalogue."""
    box, rebuild = rebuild_box(error, parent)
    box.exec()
    return box.clicked_button() is rebuild


def open_or_recover(data_dir: Path, ask: Callable[[CatalogueUnavailable], bool] = ask_rebuild) -> Catalogue | None:
    """The open catalogue of `data_dir` (building the demo one on first start), or None if the person quits.

    A damaged file is reported through `ask`; if the person agrees, it is
    set aside and the demo catalogue is built in its place.
    """
    path = data_dir / paths.CATALOGUE_FILE
    for _attempt in range(2):
        try:
            return Catalogue.open(path if path.exists() else _build_demo(data_dir))
        except CatalogueUnavailable as error:
            if not ask(error):
                return None
            if path.exists():
                set_aside(path)
    return None


def _build_demo(data_dir: Path) -> Path:
    # The importer and generator behind the demo catalogue take ~25 ms to
    # import; only a first start (no catalogue yet) needs them.
    from db.demo_catalogue import ensure_catalogue

    return ensure_catalogue(data_dir)


class _FocusProbe(QObject):
    """Start-up benchmark hook: prints when `widget` first has the focus, then quits.

    With the variable set to "results" it also waits for the first search's
    facet counts (everything loaded) and prints the resident memory first.
    """

    def __init__(self, app: QApplication, window: QWidget, mode: str) -> None:
        super().__init__(app)
        self._app = app
        self._widget = window.search_field  # type: ignore[attr-defined]
        self._wait_for_results = mode == "results"
        self._results_ready = False
        if self._wait_for_results:
            window.runner.facets_ready.connect(self._results)  # type: ignore[attr-defined]
        app.focusChanged.connect(self._check)
        QTimer.singleShot(0, self._check)

    def _check(self, *_args: object) -> None:
        if self._widget is None or self._app.focusWidget() is not self._widget:
            return
        print(f"{FOCUS_PROBE_PREFIX} {time.time():.6f}", flush=True)
        self._widget = None
        self._app.focusChanged.disconnect(self._check)
        self._maybe_quit()

    def _results(self, _facets: object) -> None:
        self._results_ready = True
        for key, kb in _resident_kb().items():
            print(f"ZHUMENG_{key.upper()}_KB {kb}", flush=True)
        self._maybe_quit()

    def _maybe_quit(self) -> None:
        if self._widget is None and (self._results_ready or not self._wait_for_results):
            QTimer.singleShot(0, self._app.quit)


def _resident_kb() -> dict[str, int]:
    """This process's resident memory in kB (Linux): total, private (anonymous) and file-backed pages.

    The catalogue is memory-mapped, so file pages it reads count in the total
    though the kernel can drop them at any time; the anonymous part is the
    memory the app itself holds.
    """
    wanted = {"VmRSS": "rss", "RssAnon": "rss_anon", "RssFile": "rss_file"}
    out: dict[str, int] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                key = line.split(":", 1)[0]
                if key in wanted:
                    out[wanted[key]] = int(line.split()[1])
    except OSError:
        pass
    return out


def build_window(data_dir: Path, settings: Settings, *, mode: Mode = Mode.DESKTOP,
                 ask: Callable[[CatalogueUnavailable], bool] = ask_rebuild) -> QWidget | None:
    """The main window over the catalogue of `data_dir`, or None if it cannot be opened."""
    from desktop.main_window import MainWindow

    catalogue = open_or_recover(data_dir, ask)
    if catalogue is None:
        return None
    return MainWindow(catalogue, settings, mode=mode)


class _Once:
    """Calls `action` the first time it is called, never again."""

    def __init__(self, action: Callable[[], None]) -> None:
        self._action: Callable[[], None] | None = action

    def __call__(self) -> None:
        action, self._action = self._action, None
        if action is not None:
            action()


def _place(window: QWidget) -> None:
    """Show the window at 1280x800, or maximised on a screen too small for that (frame included)."""
    screen = window.screen().availableGeometry()
    if screen.width() < 1300 or screen.height() < 860:
        window.showMaximized()
    else:
        window.resize(1280, 800)
        window.show()


def _attach_the_rest(app: QApplication, window: QWidget, settings: Settings, data_dir: Path, kiosk: bool) -> None:
    """User data (drafts, profile, favourites), switch scanning and, at a kiosk, kiosk mode."""
    _resume_garbage_collection()
    # Esc stops speech in dialogs too: installed before the speech and scanning
    # filters, also when no widget ever took the focus (the registry would
    # otherwise install it at the first focus change).
    window.registry.install_passthrough_keys()  # type: ignore[attr-defined]
    from desktop.drafts.integration import attach as attach_drafts
    from desktop.scanning import attach_scanning

    drafts = attach_drafts(window, data_dir, settings)
    scanning = attach_scanning(settings)
    app._zhumeng_scanning = scanning  # type: ignore[attr-defined]  # lives as long as the app
    from desktop.speech.self_voicing import attach_speech

    app._zhumeng_speech = attach_speech(window, settings)  # type: ignore[attr-defined]  # self-voicing, F2/F4, Esc
    from desktop.applicant_session import attach_access

    kiosk_controller = None
    if kiosk:
        from desktop.kiosk.controller import start_kiosk

        kiosk_controller = start_kiosk(window, settings, data_dir, userdata=drafts.session, scanning=scanning)
    attach_access(window, drafts, data_dir, kiosk=kiosk_controller)  # PIN sign-in, profiles, keep my work


def _resume_garbage_collection() -> None:
    # Paused while the window was built (desktop/main.py). One collection clears
    # what start-up left behind; what survives is frozen so that later
    # collections, while the person types, do not walk it again.
    gc.collect()
    gc.freeze()
    gc.enable()


def run_app(args: argparse.Namespace) -> int:
    """Start the desktop application; returns the exit status."""
    from desktop.i18n import LanguageController
    from desktop.themes import AppearanceController

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Zhumeng")
    app.setOrganizationName("Zhumeng")
    wanted = getattr(args, "data_dir", None)
    try:
        data_dir = paths.data_dir(wanted)
    except OSError as error:  # a folder that cannot be made (read-only disk, no permission, disk full)
        from desktop.i18n import LanguageManager
        from desktop.settings import PREFERENCES
        from desktop.start_problem import report_start_problem  # here and below: only a failed start needs it

        # No settings without the folder: the default language (the one a first start would use).
        languages = LanguageManager(app)
        languages.install(PREFERENCES["language"].default)
        return report_start_problem(Path(wanted) if wanted else paths.default_data_dir(), error)
    from desktop.kiosk.config import kiosk_requested

    kiosk = kiosk_requested(data_dir, bool(getattr(args, "kiosk", False)))  # --kiosk, or kiosk.json set by staff
    settings = Settings(data_dir, kiosk=kiosk)
    translations = LanguageController(app, settings)
    appearance = AppearanceController(app, settings)
    try:
        window = build_window(data_dir, settings, mode=Mode.KIOSK if kiosk else Mode.DESKTOP)
    except (OSError, sqlite3.OperationalError) as error:  # first start: the demo catalogue cannot be written
        from desktop.start_problem import report_start_problem

        return report_start_problem(data_dir, error)
    if window is None:
        return 1
    _place(window)
    window.focus_search()  # type: ignore[attr-defined]
    # The person can type as soon as the field has the focus; drafts, switch
    # scanning and kiosk mode are wired in just after (or after a moment, if
    # the window manager never gives the window the focus).
    attach = _Once(lambda: _attach_the_rest(app, window, settings, data_dir, kiosk))
    app.focusChanged.connect(lambda *_: QTimer.singleShot(0, attach))
    QTimer.singleShot(ATTACH_FALLBACK_MS, attach)
    if os.environ.get(FOCUS_PROBE_ENV):
        _FocusProbe(app, window, os.environ[FOCUS_PROBE_ENV])
    app._zhumeng_keep = (translations, appearance, window)  # type: ignore[attr-defined]
    return app.exec()
