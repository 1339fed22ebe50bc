"""User-data errors and statuses in words, in the person's language."""
from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from db.drafts import Status
from db.userdata_errors import (InvalidProfile, InvalidTransition, NoGoodBackup, PinLocked, PinTooSoon, UserdataCorrupt,
                                UserdataFull, UserdataInUse, UserdataReadOnly, UserdataUnavailable, ZhumengDataError)


def status_name(status: Status | str) -> str:
    """A status as a person says it."""
    names = {
        Status.DRAFT: QCoreApplication.translate("Drafts", "Draft"),
        Status.READY: QCoreApplication.translate("Drafts", "Ready to send"),
        Status.SUBMITTED: QCoreApplication.translate("Drafts", "Sent"),
        Status.INTERVIEW: QCoreApplication.translate("Drafts", "Interview"),
        Status.OFFER: QCoreApplication.translate("Drafts", "Offer"),
        Status.REJECTED: QCoreApplication.translate("Drafts", "Not successful"),
        Status.WITHDRAWN: QCoreApplication.translate("Drafts", "Withdrawn"),
    }
    return names[Status(status)]


def describe(error: Exception) -> str:
    """A sentence saying what went wrong and what still works."""
    if isinstance(error, UserdataUnavailable) and error.reason == "not_signed_in":
        return QCoreApplication.translate("Drafts", "Nobody is signed in. Sign in with your PIN to see and write your applications.")
    if isinstance(error, UserdataInUse):
        who = QCoreApplication.translate("Drafts", " (process %1)").replace("%1", str(error.pid)) if error.pid else ""
        return QCoreApplication.translate("Drafts", "Your drafts are open in another copy of Zhumeng%1. Close it to work on drafts here; "
                  "you can still search positions.").replace("%1", who)
    if isinstance(error, UserdataCorrupt):
        return QCoreApplication.translate("Drafts", "The file with your drafts is damaged. It has not been changed. You can restore the newest "
                  "good backup; you can still search positions.")
    if isinstance(error, UserdataReadOnly):
        return QCoreApplication.translate("Drafts", "The file with your drafts cannot be written (read-only). Your last changes were not saved; "
                  "you can still search positions.")
    if isinstance(error, UserdataFull):
        return QCoreApplication.translate("Drafts", "The disk is full, so your last change was not saved. Free some space; "
                  "your earlier work is safe.")
    if isinstance(error, NoGoodBackup):
        return QCoreApplication.translate("Drafts", "No good backup was found, so nothing was changed.")
    if isinstance(error, PinTooSoon):
        return QCoreApplication.translate("Drafts", "Wrong PIN. Please wait until %1 before trying again.").replace("%1", error.until.astimezone().strftime("%H:%M:%S"))
    if isinstance(error, PinLocked):
        return QCoreApplication.translate("Drafts", "Too many wrong PINs. This profile is locked until %1.").replace("%1", error.until.astimezone().strftime("%H:%M"))
    if isinstance(error, InvalidTransition):
        return QCoreApplication.translate("Drafts", "An application that is “%1” cannot become “%2”.").replace(
            "%1", status_name(error.current)).replace("%2", status_name(error.requested))
    if isinstance(error, InvalidProfile) and error.reason == "schema" and error.field.lower().endswith("date"):
        return QCoreApplication.translate("Drafts", "Write dates as year and month, for example 2022-05 (or just the year, 2022).")
    if isinstance(error, InvalidProfile) and error.reason == "schema" and error.field.endswith("email"):
        return QCoreApplication.translate("Drafts", "This email address is not complete, for example name@example.com.")
    if isinstance(error, InvalidProfile):
        return QCoreApplication.translate("Drafts", "This value cannot be used for %1: %2").replace("%1", error.field).replace("%2", error.value or error.reason)
    if isinstance(error, ZhumengDataError):
        return QCoreApplication.translate("Drafts", "Your drafts could not be read or saved.")
    raise error


def describe_save_error(error: Exception, path: Path | str) -> str:
    """Why a file could not be saved at `path`, and what to do about it (disk full, folder read-only or gone)."""
    if isinstance(error, ZhumengDataError):
        return describe(error)
    where = str(path)
    code = getattr(error, "errno", None)
    if code in (errno.ENOSPC, errno.EDQUOT):
        text = QCoreApplication.translate("Drafts", "Nothing was saved to %1: the disk is full. Free some space or choose another place.")
    elif code in (errno.EROFS, errno.EACCES, errno.EPERM):
        text = QCoreApplication.translate("Drafts", "Nothing was saved to %1: this folder cannot be written. Choose another folder, for example your home folder.")
    elif code in (errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, errno.ENOTDIR):
        text = QCoreApplication.translate("Drafts", "Nothing was saved to %1: the folder or drive is not there (was a USB stick removed?). Plug it in again or choose another place.")
    else:
        text = QCoreApplication.translate("Drafts", "Nothing was saved to %1. Try again or choose another place.")
    return text.replace("%1", where)
