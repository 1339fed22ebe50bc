"""Telling the person, in words, why Zhumeng cannot start on this disk.

A data folder that cannot be created or written, or a disk that fills up
while the demo catalogue is built on first start, must never end in a
traceback: the person reads (and a screen reader says) which folder and why —
"the disk is full" or "this folder cannot be written" — and the app quits
cleanly with status 1. The same sentence goes to stderr, for whoever started
the app from a terminal or reads a service log.

`ZHUMENG_DIALOG_PROBE=1` prints the message's title and text to stdout instead
of waiting for a key (tests start the app in a subprocess with no one to answer).
"""
from __future__ import annotations

import errno
import os
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

DIALOG_PROBE_ENV = "ZHUMENG_DIALOG_PROBE"
DIALOG_PROBE_PREFIX = "ZHUMENG_DIALOG"
EXIT_STATUS = 1

FULL = "full"
READ_ONLY = "read_only"


def disk_problem(error: BaseException) -> str | None:
    """FULL or READ_ONLY when `error` (OSError or SQLite's) says so, else None."""
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return FULL
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return READ_ONLY
    if isinstance(error, sqlite3.OperationalError):
        message = str(error)
        if "disk is full" in message:
            return FULL
        if "readonly" in message or "read-only" in message:
            return READ_ONLY
    return None


def start_problem_text(folder: Path, error: BaseException) -> str:
    """The whole message: which folder, the cause in words, and what to do."""
    problem = disk_problem(error)
    if problem == FULL:
        text = QCoreApplication.translate(
            "StartProblem", "Zhumeng cannot start: it cannot save its files in %1 because the disk is full. "
                            "Free some space on that disk, then start Zhumeng again.")
    elif problem == READ_ONLY:
        text = QCoreApplication.translate(
            "StartProblem", "Zhumeng cannot start: it cannot save its files in %1 because this folder cannot be "
                            "written. Start Zhumeng with a folder you can write to (--data-dir), or ask for help.")
    else:
        text = QCoreApplication.translate(
            "StartProblem", "Zhumeng cannot start: it cannot use the folder %1. Check the disk, then start "
                            "Zhumeng again.")
    return text.replace("%1", str(folder))


def report_start_problem(folder: Path, error: BaseException, parent: QWidget | None = None) -> int:
    """Tell the person why Zhumeng cannot start; returns the exit status (the app then quits, nothing half-made)."""
    title = QCoreApplication.translate("StartProblem", "Zhumeng cannot start")
    text = start_problem_text(folder, error)
    # One line for a terminal or a log: the sentence, plus the system's own words for a technician.
    print(f"zhumeng: {text} [{type(error).__name__}: {error}]", file=sys.stderr, flush=True)
    if os.environ.get(DIALOG_PROBE_ENV):
        print(f"{DIALOG_PROBE_PREFIX} {title}: {text}", flush=True)
        return EXIT_STATUS
    box = QMessageBox(parent)
    box.setObjectName("startProblem")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.exec()
    return EXIT_STATUS
