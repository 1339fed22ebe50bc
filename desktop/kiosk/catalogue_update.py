"""Staff update the kiosk's catalogue from removable media, and are told the result in words.

The import itself is db.catalogue_import.import_files: one transaction, so a
file with rejected records (or one that cannot be read) leaves the old
catalogue exactly as it was. It runs on a worker thread (desktop/tasks.py)
so the kiosk never freezes; the report comes back on the GUI thread as a
translated sentence that the staff panel shows and speaks.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from db.catalogue_import import ImportReport, import_files
from db.catalogue_schema import open_catalogue
from db.errors import UnreadableFile, ZhumengDataError
from desktop.tasks import sqlite_runner

MEDIA_ENV = "ZHUMENG_MEDIA_DIR"  # where removable media appear, if not the usual places
SHOWN_REJECTS = 20

_REASONS = {
    "required": QT_TRANSLATE_NOOP("CatalogueUpdate", "a value is required"),
    "wrong_type": QT_TRANSLATE_NOOP("CatalogueUpdate", "the value has the wrong kind"),
    "not_a_number": QT_TRANSLATE_NOOP("CatalogueUpdate", "not a number"),
    "unknown_value": QT_TRANSLATE_NOOP("CatalogueUpdate", "not one of the known values"),
    "too_long": QT_TRANSLATE_NOOP("CatalogueUpdate", "too long"),
    "bad_text": QT_TRANSLATE_NOOP("CatalogueUpdate", "text that cannot be read"),
    "bad_date": QT_TRANSLATE_NOOP("CatalogueUpdate", "not a date (use YYYY-MM-DD)"),
    "date_order": QT_TRANSLATE_NOOP("CatalogueUpdate", "the dates are in the wrong order"),
    "salary_order": QT_TRANSLATE_NOOP("CatalogueUpdate", "the lowest salary is above the highest"),
    "out_of_range": QT_TRANSLATE_NOOP("CatalogueUpdate", "out of range"),
    "cannot_open": QT_TRANSLATE_NOOP("CatalogueUpdate", "the file cannot be opened"),
    "encoding": QT_TRANSLATE_NOOP("CatalogueUpdate", "the file is not UTF-8 text"),
    "bad_json": QT_TRANSLATE_NOOP("CatalogueUpdate", "the file is not valid JSON"),
    "unknown_format": QT_TRANSLATE_NOOP("CatalogueUpdate", "not a catalogue format (CSV, JSON Lines or JSON-LD)"),
}


def reason_text(reason: str) -> str:
    """A record or file problem code in words (the code itself when it is new to us)."""
    return QCoreApplication.translate("CatalogueUpdate", _REASONS[reason]) if reason in _REASONS else reason


def removable_media_roots() -> list[Path]:
    """Folders where USB sticks and SD cards appear on this machine."""
    override = os.environ.get(MEDIA_ENV)
    candidates = [Path(override)] if override else [Path("/media"), Path("/run/media"), Path("/mnt"), Path("/Volumes")]
    return [path for path in candidates if path.is_dir()]


def describe_report(report: ImportReport) -> str:
    """What an import did, in one or more sentences for staff."""
    if report.applied:
        return QCoreApplication.translate(
            "CatalogueUpdate", "The catalogue was updated: {added} added, {updated} updated, {unchanged} unchanged, "
                               "{skipped} skipped.").format(added=report.added, updated=report.updated,
                                                            unchanged=report.unchanged, skipped=report.skipped)
    lines = [QCoreApplication.translate(
        "CatalogueUpdate", "The catalogue was NOT changed: {count} records have problems. The old catalogue is still "
                           "in use. Correct the file and import it again.").format(count=len(report.rejected))]
    for problem in report.rejected[:SHOWN_REJECTS]:
        if problem.where_kind == "line":
            where = QCoreApplication.translate("CatalogueUpdate", "line {0}").format(problem.where)
        else:
            where = QCoreApplication.translate("CatalogueUpdate", "record {0}").format(problem.where)
        lines.append(QCoreApplication.translate("CatalogueUpdate", "{where}, field {field}: {reason} ({value})").format(
            where=where, field=problem.field, reason=reason_text(problem.reason), value=problem.value))
    if len(report.rejected) > SHOWN_REJECTS:
        more = len(report.rejected) - SHOWN_REJECTS
        lines.append(QCoreApplication.translate("CatalogueUpdate", "… and {0} more.").format(more))
    return "\n".join(lines)


def describe_failure(error: BaseException) -> str:
    """Why an import could not run at all (the old catalogue is kept)."""
    if isinstance(error, UnreadableFile):
        where = QCoreApplication.translate("CatalogueUpdate", " (line {0})").format(error.where) if error.where else ""
        detail = reason_text(error.reason) + where
    elif isinstance(error, ZhumengDataError):
        detail = type(error).__name__
    else:
        detail = str(error) or type(error).__name__
    return QCoreApplication.translate(
        "CatalogueUpdate", "The catalogue was NOT changed: {0}. The old catalogue is still in use.").format(detail)


class CatalogueUpdater(QObject):
    """Imports files into the catalogue at `catalogue_path` off the GUI thread.

    `finished(text, applied)`: the report in words, and whether the catalogue changed.
    """

    finished = Signal(str, bool)

    def __init__(self, catalogue_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = sqlite_runner(lambda: open_catalogue(catalogue_path), name="zhumeng-import", parent=self)
        self.busy = False

    def start(self, paths: Sequence[Path]) -> None:
        """Begin importing `paths` (all or nothing)."""
        self.busy = True
        self._runner.submit(lambda conn: import_files(conn, list(paths)), key="import",
                            on_success=self._done, on_failure=self._failed, context=self)

    def _done(self, report: ImportReport) -> None:
        self.busy = False
        self.finished.emit(describe_report(report), report.applied)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.finished.emit(describe_failure(error), False)

    def shutdown(self) -> None:
        """Stop the worker (at exit)."""
        self._runner.shutdown()
