"""User-data errors and statuses in words, in the person's language."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.drafts import Status
from db.userdata_errors import (InvalidProfile, InvalidTransition, NoGoodBackup, PinLocked, PinTooSoon, UserdataCorrupt,
                                UserdataFull, UserdataInUse, UserdataReadOnly, ZhumengDataError)

_CONTEXT = "Drafts"


def tr(text: str) -> str:
    """`text` translated in the drafts context."""
    return QCoreApplication.translate(_CONTEXT, text)


def status_name(status: Status | str) -> str:
    """A status as a person says it."""
    names = {
        Status.DRAFT: tr("Draft"),
        Status.READY: tr("Ready to send"),
        Status.SUBMITTED: tr("Sent"),
        Status.INTERVIEW: tr("Interview"),
        Status.OFFER: tr("Offer"),
        Status.REJECTED: tr("Not successful"),
        Status.WITHDRAWN: tr("Withdrawn"),
    }
    return names[Status(status)]


def describe(error: Exception) -> str:
    """A sentence saying what went wrong and what still works."""
    if isinstance(error, UserdataInUse):
        who = tr(" (process %1)").replace("%1", str(error.pid)) if error.pid else ""
        return tr("Your drafts are open in another copy of Zhumeng%1. Close it to work on drafts here; "
                  "you can still search positions.").replace("%1", who)
    if isinstance(error, UserdataCorrupt):
        return tr("The file with your drafts is damaged. It has not been changed. You can restore the newest "
                  "good backup; you can still search positions.")
    if isinstance(error, UserdataReadOnly):
        return tr("The file with your drafts cannot be written (read-only). Your last changes were not saved; "
                  "you can still search positions.")
    if isinstance(error, UserdataFull):
        return tr("The disk is full, so your last change was not saved. Free some space; "
                  "your earlier work is safe.")
    if isinstance(error, NoGoodBackup):
        return tr("No good backup was found, so nothing was changed.")
    if isinstance(error, PinTooSoon):
        return tr("Wrong PIN. Please wait until %1 before trying again.").replace("%1", error.until.astimezone().strftime("%H:%M:%S"))
    if isinstance(error, PinLocked):
        return tr("Too many wrong PINs. This profile is locked until %1.").replace("%1", error.until.astimezone().strftime("%H:%M"))
    if isinstance(error, InvalidTransition):
        return tr("An application that is “%1” cannot become “%2”.").replace(
            "%1", status_name(error.current)).replace("%2", status_name(error.requested))
    if isinstance(error, InvalidProfile):
        return tr("This value cannot be used for %1: %2").replace("%1", error.field).replace("%2", error.value or error.reason)
    if isinstance(error, ZhumengDataError):
        return tr("Your drafts could not be read or saved.")
    raise error
