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

from PySide6.QtCore import QCoreApplication, QObject, Signal

from db.catalogue_import import ImportReport, import_files
from db.catalogue_schema import open_catalogue
from desktop.kiosk.import_words import failure_text, field_text, reason_text
from desktop.tasks import sqlite_runner

MEDIA_ENV = "ZHUMENG_MEDIA_DIR"  # where removable media appear, if not the usual places
SHOWN_REJECTS = 20


def removable_media_roots() -> list[Path]:
    """Folders where USB sticks and SD cards appear on this machine."""
    override = os.environ.get(MEDIA_ENV)
    candidates = [Path(override)] if override else [Path("/media"), Path("/run/media"), Path("/mnt"), Path("/Volumes")]
    return [path for path in candidates if path.is_dir()]


class CatalogueUpdate(QObject):
    """Holds plural sentences: lupdate reads %n plurals reliably only from self.tr (context CatalogueUpdate)."""

    def problems(self, count: int) -> str:
        """"The catalogue was NOT changed: N record(s) have problems." with the language's plural form."""
        return self.tr("The catalogue was NOT changed: %n record(s) have problems.", "", count)


def describe_report(report: ImportReport) -> str:
    """What an import did, in one or more sentences for staff."""
    if report.applied:
        return QCoreApplication.translate(
            "CatalogueUpdate", "The catalogue was updated: {added} added, {updated} updated, {unchanged} unchanged, "
                               "{skipped} skipped.").format(added=report.added, updated=report.updated,
                                                            unchanged=report.unchanged, skipped=report.skipped)
    problems = CatalogueUpdate().problems(len(report.rejected))
    lines = [problems + " " + QCoreApplication.translate(
        "CatalogueUpdate", "The old catalogue is still in use. Correct the file and import it again.")]
    for problem in report.rejected[:SHOWN_REJECTS]:
        if problem.where_kind == "line":
            where = QCoreApplication.translate("CatalogueUpdate", "line {0}").format(problem.where)
        else:
            where = QCoreApplication.translate("CatalogueUpdate", "record {0}").format(problem.where)
        field = field_text(problem.field)
        if field:
            line = QCoreApplication.translate("CatalogueUpdate", "{where}, {field}: {reason} ({value})")
        else:  # the record as a whole
            line = QCoreApplication.translate("CatalogueUpdate", "{where}: {reason} ({value})")
        lines.append(line.format(where=where, field=field, reason=reason_text(problem.reason), value=problem.value))
    if len(report.rejected) > SHOWN_REJECTS:
        more = len(report.rejected) - SHOWN_REJECTS
        lines.append(QCoreApplication.translate("CatalogueUpdate", "… and {0} more.").format(more))
    return "\n".join(lines)


def describe_failure(error: BaseException) -> str:
    """Why an import could not run at all (the old catalogue is kept)."""
    detail = failure_text(error)
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
