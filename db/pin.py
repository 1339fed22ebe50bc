"""Applicant PINs on shared computers: scrypt hashes, slowing down, lockout.

A PIN is never stored in clear: ``hashlib.scrypt`` with a random 16-byte
salt, the cost parameters stored with the hash (``scrypt$n$r$p$salt$hash``)
so they can be raised later without breaking old PINs, and a constant-time
comparison.

Guessing is slowed and then stopped: after FREE_ATTEMPTS wrong PINs each
further attempt must wait (2 s, 4 s, ...); after LOCK_AFTER wrong PINs the
profile locks for LOCK_MINUTES minutes, doubling with each lockout until the
right PIN is given. All timing is data (`now` is passed in) so the UI can show
and speak the wait, and tests need no sleeping.

Staff PIN reset policy (the choice, also in the README):
    Staff cannot look up, recover or silently reset a PIN. A forgotten PIN
    can be replaced in exactly two ways:
    1. with the applicant present (`reset_pin_in_person`): the applicant
       types the new PIN themselves at the service centre after staff have
       checked who they are; the reset is recorded (`reset_at`) and shown to
       the applicant at their next sign-in, so a reset done behind their back
       would not go unnoticed;
    2. by erasing that profile and all its drafts (db.applicants.erase_applicant),
       after which the person starts again.
    This keeps an applicant's disability information and letters private from
    other visitors and from staff acting alone, at the cost that an applicant
    who is not present cannot be helped except by erasure.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from db.userdata_errors import InvalidProfile, NotFound, PinLocked, PinTooSoon
from db.userdata_schema import from_text, to_text, transaction

SCRYPT_N = 2**14  # 16 MiB of memory and ~50 ms per check: cheap for a person, costly for guessing
SCRYPT_R = 8
SCRYPT_P = 1
FREE_ATTEMPTS = 2
LOCK_AFTER = 5
LOCK_MINUTES = 5
PIN_LENGTHS = range(4, 13)


@dataclass(frozen=True)
class PinState:
    """What the sign-in screen needs to know about an applicant's PIN."""

    has_pin: bool
    failed_attempts: int
    locked_until: datetime | None  # no attempt accepted before this (UTC)
    reset_at: datetime | None  # when staff last reset it with the applicant present


def hash_pin(pin: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P, salt: bytes | None = None) -> str:
    """The stored form of `pin`: ``scrypt$n$r$p$salt$hash`` (base64)."""
    salt = os.urandom(16) if salt is None else salt
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=64 * 1024 * 1024)
    encode = base64.b64encode
    return f"scrypt${n}${r}${p}${encode(salt).decode()}${encode(digest).decode()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether `pin` matches a `hash_pin` result, compared in constant time."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(pin.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
                            dklen=len(expected), maxmem=64 * 1024 * 1024)
    return hmac.compare_digest(actual, expected)


def validate_pin(pin: str) -> None:
    """Raise InvalidProfile unless `pin` is 4 to 12 digits."""
    if not pin.isdigit() or not pin.isascii():
        raise InvalidProfile("pin", "not_digits")
    if len(pin) not in PIN_LENGTHS:
        raise InvalidProfile("pin", "length", len(pin))


def set_pin(conn: sqlite3.Connection, applicant_id: int, pin: str) -> None:
    """Give an applicant without a PIN their first PIN (or replace it after `verify_pin` succeeded)."""
    validate_pin(pin)
    stored = hash_pin(pin)  # slow part outside the transaction
    with transaction(conn):
        _require_applicant(conn, applicant_id)
        conn.execute(
            "INSERT INTO applicant_pins (applicant_id, pin_hash) VALUES (?, ?) "
            "ON CONFLICT(applicant_id) DO UPDATE SET pin_hash = excluded.pin_hash, "
            "failed_attempts = 0, lockouts = 0, locked_until = NULL",
            (applicant_id, stored),
        )


def change_pin(conn: sqlite3.Connection, applicant_id: int, old_pin: str, new_pin: str, *, now: datetime) -> bool:
    """Replace the PIN when `old_pin` is right; False (and a counted failure) when it is wrong."""
    validate_pin(new_pin)
    if not verify_pin(conn, applicant_id, old_pin, now=now):
        return False
    set_pin(conn, applicant_id, new_pin)
    return True


def reset_pin_in_person(conn: sqlite3.Connection, applicant_id: int, new_pin: str, *, now: datetime) -> None:
    """Staff reset with the applicant present: the applicant types `new_pin`; the reset is recorded.

    See the module docstring for the policy. Clears any lock.
    """
    set_pin(conn, applicant_id, new_pin)
    with transaction(conn):
        conn.execute("UPDATE applicant_pins SET reset_at = ? WHERE applicant_id = ?", (to_text(now), applicant_id))


def pin_state(conn: sqlite3.Connection, applicant_id: int, *, now: datetime) -> PinState:
    """The applicant's PIN state at `now` (a lock that has run out reads as None)."""
    row = conn.execute("SELECT * FROM applicant_pins WHERE applicant_id = ?", (applicant_id,)).fetchone()
    if row is None:
        _require_applicant(conn, applicant_id)
        return PinState(False, 0, None, None)
    locked_until = from_text(row["locked_until"]) if row["locked_until"] else None
    if locked_until is not None and locked_until <= now:
        locked_until = None
    reset_at = from_text(row["reset_at"]) if row["reset_at"] else None
    return PinState(True, row["failed_attempts"], locked_until, reset_at)


def verify_pin(conn: sqlite3.Connection, applicant_id: int, pin: str, *, now: datetime) -> bool:
    """Check a PIN typed at `now`. True resets the counters; False counts a failure.

    Raises PinTooSoon or PinLocked (without counting or even hashing the
    attempt) while a wait or lock is running, and NotFound for an unknown
    applicant or one without a PIN.
    """
    row = conn.execute("SELECT * FROM applicant_pins WHERE applicant_id = ?", (applicant_id,)).fetchone()
    if row is None:
        raise NotFound("pin", applicant_id)
    failed = row["failed_attempts"]
    if row["locked_until"]:
        until = from_text(row["locked_until"])
        if now < until:
            # A lock resets the count to 0; a count above 0 means a short wait.
            error = PinTooSoon if failed > 0 else PinLocked
            raise error(until, failed)
    if pin_matches(pin, row["pin_hash"]):
        with transaction(conn):
            conn.execute(
                "UPDATE applicant_pins SET failed_attempts = 0, lockouts = 0, locked_until = NULL WHERE applicant_id = ?",
                (applicant_id,),
            )
        return True
    failed += 1
    lockouts = row["lockouts"]
    if failed >= LOCK_AFTER:
        until = now + timedelta(minutes=LOCK_MINUTES * 2**lockouts)
        failed, lockouts = 0, lockouts + 1
    elif failed > FREE_ATTEMPTS:
        until = now + timedelta(seconds=2 ** (failed - FREE_ATTEMPTS))
    else:
        until = None
    with transaction(conn):
        conn.execute(
            "UPDATE applicant_pins SET failed_attempts = ?, lockouts = ?, locked_until = ? WHERE applicant_id = ?",
            (failed, lockouts, to_text(until) if until else None, applicant_id),
        )
    return False


def _require_applicant(conn: sqlite3.Connection, applicant_id: int) -> None:
    if conn.execute("SELECT 1 FROM applicants WHERE id = ?", (applicant_id,)).fetchone() is None:
        raise NotFound("applicant", applicant_id)
