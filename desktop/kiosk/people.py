"""Who is using the kiosk: a guest, or an applicant signed in with their PIN.

A thin layer over db.applicants and db.pin for the kiosk's start screen. A
guest is a real (guest) applicant so drafts and favourites work as usual;
when the guest's session ends the guest and everything they made is erased.
A signed-in applicant's drafts are already saved (the draft editor saves as
they type) and stay under their PIN.

Sign-in never says whether the name or the PIN was wrong, so the start
screen cannot be used to find out who has a profile here.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from db import applicants, pin
from db.userdata_errors import NotFound, PinLocked, PinTooSoon, UserdataUnavailable
from db.userdata_schema import utc_now


@dataclass(frozen=True)
class SignIn:
    """The outcome of a sign-in: `applicant_id` on success, else why not."""

    applicant_id: int | None = None
    wait_until: datetime | None = None  # set after too many wrong PINs
    pin_reset_at: datetime | None = None  # staff last reset this PIN (the person is told at sign-in)
    locked: bool = False  # a long lock (staff can help), not a short wait
    unavailable: bool = False  # user data cannot be used now


class UserdataLike(Protocol):
    """What the kiosk needs of desktop.drafts.session.UserdataSession."""

    conn: sqlite3.Connection | None
    applicant_id: int | None


class People:
    """Guests and sign-ins over a user data session (which may be unavailable: then guests only, no drafts)."""

    def __init__(self, userdata: UserdataLike | None) -> None:
        self._userdata = userdata
        self.current: int | None = None
        self.signed_in = False

    def _conn(self) -> sqlite3.Connection | None:
        return self._userdata.conn if self._userdata is not None else None

    def begin_guest(self, *, now: datetime | None = None) -> None:
        """Start a guest session (a guest applicant whose data goes at the end)."""
        self.signed_in = False
        self.current = None
        conn = self._conn()
        if conn is not None:
            try:
                self.current = applicants.create_guest(conn, now=now or utc_now())
            except UserdataUnavailable:
                self.current = None  # the catalogue still works; drafts will say why they cannot be saved
        self._set_applicant(self.current)

    def sign_in(self, who: str, typed_pin: str, *, now: datetime | None = None) -> SignIn:
        """Check `who` (a name or a profile number) and `typed_pin`; on success the session is theirs."""
        conn = self._conn()
        if conn is None:
            return SignIn(unavailable=True)
        now = now or utc_now()
        candidates = self._matching(conn, who)
        result = SignIn()
        for applicant in candidates:
            try:
                if pin.verify_pin(conn, applicant.id, typed_pin, now=now):
                    self.current, self.signed_in = applicant.id, True
                    self._set_applicant(applicant.id)
                    reset_at = pin.pin_state(conn, applicant.id, now=now).reset_at
                    return SignIn(applicant_id=applicant.id, pin_reset_at=reset_at)
            except PinTooSoon as error:
                result = SignIn(wait_until=error.until)
            except PinLocked as error:
                result = SignIn(wait_until=error.until, locked=True)
            except NotFound:
                continue
            except UserdataUnavailable:
                return SignIn(unavailable=True)
        return result

    @staticmethod
    def _matching(conn: sqlite3.Connection, who: str) -> list[applicants.Applicant]:
        who = who.strip()
        people = [a for a in applicants.list_applicants(conn) if a.has_pin]
        if who.isdigit():
            return [a for a in people if a.id == int(who)]
        folded = who.casefold()
        return [a for a in people if folded and a.display_name.strip().casefold() == folded]

    def end(self) -> None:
        """End the session: erase a guest and all they made; a signed-in person's work stays saved."""
        conn = self._conn()
        if conn is not None and self.current is not None and not self.signed_in:
            try:
                applicants.erase_applicant(conn, self.current)
            except (UserdataUnavailable, NotFound):
                pass  # discard_guests at the next start catches what could not be erased now
        self.current, self.signed_in = None, False
        self._set_applicant(None)

    def discard_leftover_guests(self) -> None:
        """Erase guests left by a crash or power cut (called when the kiosk starts)."""
        conn = self._conn()
        if conn is not None:
            try:
                applicants.discard_guests(conn)
            except UserdataUnavailable:
                pass

    def _set_applicant(self, applicant_id: int | None) -> None:
        if self._userdata is not None:
            self._userdata.applicant_id = applicant_id
