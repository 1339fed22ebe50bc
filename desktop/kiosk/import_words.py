"""Catalogue import problems in words: every reason code and record field db/ can report, translated.

db/ reports a rejected record as codes (db/errors.py REASON_CODES and the
position field names); staff at a kiosk see and hear a sentence, never a
code, an English class name or a field's programming name.
"""
from __future__ import annotations

import errno
import sqlite3

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.errors import CatalogueUnavailable, UnreadableFile, ZhumengDataError


REASONS = {
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
    # CSV may be UTF-8 or GB18030; JSON files must be UTF-8.
    "encoding": QT_TRANSLATE_NOOP("CatalogueUpdate", "the text cannot be read: save CSV files as UTF-8 or GB18030, "
                                                     "JSON files as UTF-8"),
    "bad_json": QT_TRANSLATE_NOOP("CatalogueUpdate", "the file is not valid JSON"),
    "unknown_format": QT_TRANSLATE_NOOP("CatalogueUpdate", "not a catalogue format (CSV, Excel .xlsx, JSON Lines or "
                                                           "JSON-LD)"),
    "too_deep": QT_TRANSLATE_NOOP("CatalogueUpdate", "the data is nested too deeply to be a job posting"),
    "column_count": QT_TRANSLATE_NOOP("CatalogueUpdate", "the row has a different number of columns from the "
                                                         "header"),
    "bad_csv": QT_TRANSLATE_NOOP("CatalogueUpdate", "the CSV file is broken (for example a quote is not closed)"),
    "unsupported_currency": QT_TRANSLATE_NOOP("CatalogueUpdate", "the salary is not in yuan (CNY)"),
    "not_a_job_posting": QT_TRANSLATE_NOOP("CatalogueUpdate", "the record is not a job posting"),
    "duplicate": QT_TRANSLATE_NOOP("CatalogueUpdate", "the same position number appears twice in the file"),
    # Excel workbooks (db/formats/xlsx.py); staff can always fall back to saving the list as CSV.
    "xlsx_unsupported": QT_TRANSLATE_NOOP("CatalogueUpdate", "this computer cannot read Excel workbooks (.xlsx): save "
                                                             "the list as CSV in Excel and import that"),
    "bad_xlsx": QT_TRANSLATE_NOOP("CatalogueUpdate", "the file is not a readable Excel workbook (.xlsx): it may be "
                                                     "damaged or not fully copied"),
    "xlsx_encrypted": QT_TRANSLATE_NOOP("CatalogueUpdate", "the workbook is protected by a password: save a copy "
                                                           "without a password and import that"),
    "xls_legacy": QT_TRANSLATE_NOOP("CatalogueUpdate", "this is an old Excel 97-2003 workbook: save it as .xlsx or "
                                                       "CSV and import that"),
}

FIELDS = {
    "external_id": QT_TRANSLATE_NOOP("CatalogueUpdate", "position number"),
    "title": QT_TRANSLATE_NOOP("CatalogueUpdate", "job title"),
    "employer": QT_TRANSLATE_NOOP("CatalogueUpdate", "employer"),
    "category": QT_TRANSLATE_NOOP("CatalogueUpdate", "category"),
    "province": QT_TRANSLATE_NOOP("CatalogueUpdate", "province"),
    "city": QT_TRANSLATE_NOOP("CatalogueUpdate", "city"),
    "district": QT_TRANSLATE_NOOP("CatalogueUpdate", "district"),
    "work_mode": QT_TRANSLATE_NOOP("CatalogueUpdate", "work mode"),
    "employment_types": QT_TRANSLATE_NOOP("CatalogueUpdate", "employment type"),
    "openings": QT_TRANSLATE_NOOP("CatalogueUpdate", "openings"),
    "salary_min": QT_TRANSLATE_NOOP("CatalogueUpdate", "lowest salary"),
    "salary_max": QT_TRANSLATE_NOOP("CatalogueUpdate", "highest salary"),
    "salary_unit": QT_TRANSLATE_NOOP("CatalogueUpdate", "salary unit"),
    "training_days": QT_TRANSLATE_NOOP("CatalogueUpdate", "training days"),
    "training_subsidy": QT_TRANSLATE_NOOP("CatalogueUpdate", "training subsidy"),
    "meals": QT_TRANSLATE_NOOP("CatalogueUpdate", "meals"),
    "housing": QT_TRANSLATE_NOOP("CatalogueUpdate", "housing"),
    "disabilities": QT_TRANSLATE_NOOP("CatalogueUpdate", "suitable for"),
    "accommodations": QT_TRANSLATE_NOOP("CatalogueUpdate", "accommodations"),
    "interview_channels": QT_TRANSLATE_NOOP("CatalogueUpdate", "interview channels"),
    "apply_channels": QT_TRANSLATE_NOOP("CatalogueUpdate", "ways to apply"),
    "apply_contact": QT_TRANSLATE_NOOP("CatalogueUpdate", "contact for applying"),
    "date_posted": QT_TRANSLATE_NOOP("CatalogueUpdate", "date posted"),
    "valid_through": QT_TRANSLATE_NOOP("CatalogueUpdate", "open until"),
    "description": QT_TRANSLATE_NOOP("CatalogueUpdate", "description"),
    "questions": QT_TRANSLATE_NOOP("CatalogueUpdate", "questions"),
    "source": QT_TRANSLATE_NOOP("CatalogueUpdate", "source"),
    "baseSalary": QT_TRANSLATE_NOOP("CatalogueUpdate", "salary"),
    "@type": QT_TRANSLATE_NOOP("CatalogueUpdate", "record type"),
}


def reason_text(reason: str) -> str:
    """A record or file problem code in words (a general sentence for a code new to us, never the code)."""
    if reason in REASONS:
        return QCoreApplication.translate("CatalogueUpdate", REASONS[reason])
    return QCoreApplication.translate("CatalogueUpdate", "a value that cannot be used")


def field_text(field: str) -> str:
    """A record field's name for staff; empty for the record as a whole."""
    if not field:
        return ""
    if field in FIELDS:
        return QCoreApplication.translate("CatalogueUpdate", FIELDS[field])
    return QCoreApplication.translate("CatalogueUpdate", "another field")


def failure_text(error: BaseException) -> str:
    """Why an import could not run at all, in words (no class names, no English system messages)."""
    if isinstance(error, UnreadableFile):
        where = QCoreApplication.translate("CatalogueUpdate", " (line {0})").format(error.where) if error.where else ""
        return reason_text(error.reason) + where
    if isinstance(error, CatalogueUnavailable):
        return QCoreApplication.translate("CatalogueUpdate", "the kiosk's catalogue cannot be opened")
    if isinstance(error, OSError) and error.errno == errno.ENOSPC or \
            isinstance(error, sqlite3.OperationalError) and "full" in str(error):
        return QCoreApplication.translate("CatalogueUpdate", "the disk is full")
    if isinstance(error, OSError) and error.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or \
            isinstance(error, sqlite3.OperationalError) and "readonly" in str(error):
        return QCoreApplication.translate("CatalogueUpdate", "the catalogue folder cannot be written")
    if isinstance(error, OSError):
        return QCoreApplication.translate("CatalogueUpdate", "the file cannot be opened")
    if isinstance(error, (ZhumengDataError, sqlite3.Error)):
        return QCoreApplication.translate("CatalogueUpdate", "the catalogue reported a problem")
    return QCoreApplication.translate("CatalogueUpdate", "an unexpected problem")
