"""Applicants and their profiles in userdata.sqlite; guests; favourites.

A profile is a JSON Resume document (basics, work, education, skills,
languages, certificates, and anything else the schema allows) plus what a
job seeker with a disability needs to say or keep private: disability
category and grade (optional), the accommodations they need, the interview
channels they can use, and which of these items they allow an application to
disclose. A guest is an applicant whose data is thrown away when their
session ends (shared computers, kiosks).
"""
from __future__ import annotations

import copy
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from db import vocabulary as v
from db.userdata_errors import InvalidProfile, NotFound
from db.userdata_schema import to_text, transaction

# Profile items an applicant can choose to disclose, in the order forms show them.
DISCLOSABLE = (
    "email", "phone", "location", "summary",
    "work", "education", "skills", "languages", "certificates",
    "disability", "disability_grade", "accommodations", "interview_channels",
)
# Private by default: disability details are shared only when the person says so.
DEFAULT_DISCLOSED = (
    "email", "phone", "summary", "work", "education", "skills", "languages", "certificates", "interview_channels",
)
RESUME_SECTIONS = ("work", "education", "skills", "languages", "certificates")
GRADES = (1, 2, 3, 4)


@dataclass(frozen=True)
class Profile:
    """What an applicant tells about themselves. `resume` is a JSON Resume document."""

    resume: dict[str, Any] = field(default_factory=dict)
    disability: str | None = None
    disability_grade: int | None = None
    accommodations: tuple[str, ...] = ()
    interview_channels: tuple[str, ...] = ()
    disclosed: tuple[str, ...] = DEFAULT_DISCLOSED

    @property
    def name(self) -> str:
        """The applicant's name from the résumé basics ("" when not given)."""
        basics = self.resume.get("basics")
        return str(basics.get("name", "")) if isinstance(basics, dict) else ""

    def validate(self) -> None:
        """Raise InvalidProfile for a value outside its vocabulary or range."""
        if self.disability is not None and self.disability not in v.codes(v.DISABILITIES):
            raise InvalidProfile("disability", "unknown_value", self.disability)
        if self.disability_grade is not None and self.disability_grade not in GRADES:
            raise InvalidProfile("disability_grade", "out_of_range", self.disability_grade)
        for name, vocabulary in (("accommodations", v.ACCOMMODATIONS), ("interview_channels", v.INTERVIEW_CHANNELS)):
            for code in getattr(self, name):
                if code not in v.codes(vocabulary):
                    raise InvalidProfile(name, "unknown_value", code)
        for item in self.disclosed:
            if item not in DISCLOSABLE:
                raise InvalidProfile("disclosed", "unknown_value", item)
        if not isinstance(self.resume, dict):
            raise InvalidProfile("resume", "not_an_object")

    def normalised(self) -> "Profile":
        """The same profile with lists in vocabulary order and no duplicates (how it is stored)."""
        resume = self.resume
        if resume.get("meta") == {}:  # an empty meta says nothing; dropping it keeps round trips exact
            resume = {key: value for key, value in resume.items() if key != "meta"}
        return Profile(
            resume=resume,
            disability=self.disability,
            disability_grade=self.disability_grade,
            accommodations=_ordered(self.accommodations, v.codes(v.ACCOMMODATIONS)),
            interview_channels=_ordered(self.interview_channels, v.codes(v.INTERVIEW_CHANNELS)),
            disclosed=_ordered(self.disclosed, DISCLOSABLE),
        )


@dataclass(frozen=True)
class Applicant:
    """One row of the applicants list (no profile contents)."""

    id: int
    display_name: str
    is_guest: bool
    has_pin: bool
    updated_at: str


def _ordered(values: tuple[str, ...] | list[str], order: tuple[str, ...]) -> tuple[str, ...]:
    chosen = set(values)
    return tuple(code for code in order if code in chosen) + tuple(sorted(chosen - set(order)))


def create_applicant(conn: sqlite3.Connection, *, now: datetime, profile: Profile | None = None,
                     display_name: str = "", guest: bool = False) -> int:
    """A new applicant (or guest) with `profile`; returns its id."""
    profile = (profile or Profile()).normalised()
    profile.validate()
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO applicants (display_name, is_guest, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (display_name or profile.name, int(guest), to_text(now), to_text(now)),
        )
        applicant_id = int(cursor.lastrowid or 0)
        _write_profile(conn, applicant_id, profile, now)
    return applicant_id


def create_guest(conn: sqlite3.Connection, *, now: datetime) -> int:
    """A guest applicant whose data `discard_guests` removes at the end of the session."""
    return create_applicant(conn, now=now, guest=True)


def get_profile(conn: sqlite3.Connection, applicant_id: int) -> Profile:
    """The stored profile of an applicant (NotFound if there is none)."""
    row = conn.execute("SELECT * FROM applicants WHERE id = ?", (applicant_id,)).fetchone()
    if row is None:
        raise NotFound("applicant", applicant_id)
    return Profile(
        resume=json.loads(row["resume"]),
        disability=row["disability"],
        disability_grade=row["disability_grade"],
        accommodations=tuple(json.loads(row["accommodations"])),
        interview_channels=tuple(json.loads(row["interview_channels"])),
        disclosed=tuple(json.loads(row["disclosed"])),
    )


def save_profile(conn: sqlite3.Connection, applicant_id: int, profile: Profile, *, now: datetime) -> Profile:
    """Replace an applicant's profile; returns it as stored (normalised)."""
    profile = profile.normalised()
    profile.validate()
    with transaction(conn):
        if conn.execute("SELECT 1 FROM applicants WHERE id = ?", (applicant_id,)).fetchone() is None:
            raise NotFound("applicant", applicant_id)
        _write_profile(conn, applicant_id, profile, now)
    return profile


def _write_profile(conn: sqlite3.Connection, applicant_id: int, profile: Profile, now: datetime) -> None:
    dumps = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731 - local shorthand
    conn.execute(
        "UPDATE applicants SET resume = ?, disability = ?, disability_grade = ?, accommodations = ?, "
        "interview_channels = ?, disclosed = ?, updated_at = ?, "
        "display_name = CASE WHEN ? <> '' THEN ? ELSE display_name END WHERE id = ?",
        (dumps(profile.resume), profile.disability, profile.disability_grade, dumps(list(profile.accommodations)),
         dumps(list(profile.interview_channels)), dumps(list(profile.disclosed)), to_text(now),
         profile.name, profile.name, applicant_id),
    )


def list_applicants(conn: sqlite3.Connection, *, include_guests: bool = False) -> list[Applicant]:
    """Applicants by name (guests only when asked)."""
    rows = conn.execute(
        "SELECT a.id, a.display_name, a.is_guest, a.updated_at, p.applicant_id IS NOT NULL AS has_pin "
        "FROM applicants a LEFT JOIN applicant_pins p ON p.applicant_id = a.id "
        "WHERE ? OR a.is_guest = 0 ORDER BY a.display_name, a.id",
        (int(include_guests),),
    )
    return [Applicant(r["id"], r["display_name"], bool(r["is_guest"]), bool(r["has_pin"]), r["updated_at"]) for r in rows]


def erase_applicant(conn: sqlite3.Connection, applicant_id: int) -> None:
    """Erase an applicant and everything of theirs (PIN, drafts, history, revisions, favourites).

    This is also the staff path for a forgotten PIN when the applicant is not
    present (see db.pin). The freed pages are zeroed (secure_delete) so the
    data does not linger in the file.
    """
    conn.execute("PRAGMA secure_delete = ON")
    with transaction(conn):
        if conn.execute("DELETE FROM applicants WHERE id = ?", (applicant_id,)).rowcount == 0:
            raise NotFound("applicant", applicant_id)


def discard_guests(conn: sqlite3.Connection) -> int:
    """Erase every guest and their data (end of a kiosk session); returns how many."""
    conn.execute("PRAGMA secure_delete = ON")
    with transaction(conn):
        return conn.execute("DELETE FROM applicants WHERE is_guest = 1").rowcount


def keep_guest(conn: sqlite3.Connection, applicant_id: int, *, now: datetime) -> None:
    """Turn a guest into a kept applicant (they chose to save their work, usually with a PIN)."""
    with transaction(conn):
        if conn.execute("UPDATE applicants SET is_guest = 0, updated_at = ? WHERE id = ?",
                        (to_text(now), applicant_id)).rowcount == 0:
            raise NotFound("applicant", applicant_id)


def disclosed_resume(profile: Profile) -> dict[str, Any]:
    """The JSON Resume document with only what the applicant allows an application to show.

    Used by printed applications; the name is always shown.
    """
    shown = set(profile.disclosed)
    resume = copy.deepcopy(profile.resume)
    basics = resume.get("basics")
    if isinstance(basics, dict):
        for item in ("email", "phone", "location", "summary"):
            if item not in shown:
                basics.pop(item, None)
    for section in RESUME_SECTIONS:
        if section not in shown:
            resume.pop(section, None)
    return resume


def add_favourite(conn: sqlite3.Connection, applicant_id: int, external_id: str, *, now: datetime) -> None:
    """Mark a position (by its external id) as a favourite; adding twice changes nothing."""
    with transaction(conn):
        conn.execute("INSERT OR IGNORE INTO favourites (applicant_id, external_id, added_at) VALUES (?, ?, ?)",
                     (applicant_id, external_id, to_text(now)))


def remove_favourite(conn: sqlite3.Connection, applicant_id: int, external_id: str) -> None:
    """Unmark a favourite (no error if it was not one)."""
    with transaction(conn):
        conn.execute("DELETE FROM favourites WHERE applicant_id = ? AND external_id = ?", (applicant_id, external_id))


def favourites(conn: sqlite3.Connection, applicant_id: int) -> list[str]:
    """External ids of an applicant's favourite positions, newest first."""
    rows = conn.execute("SELECT external_id FROM favourites WHERE applicant_id = ? ORDER BY added_at DESC, external_id",
                        (applicant_id,))
    return [r[0] for r in rows]


def preferences(conn: sqlite3.Connection, applicant_id: int) -> dict[str, Any]:
    """An applicant's own preferences (text size, voice...), kept with their data on shared computers."""
    row = conn.execute("SELECT preferences FROM applicants WHERE id = ?", (applicant_id,)).fetchone()
    if row is None:
        raise NotFound("applicant", applicant_id)
    return dict(json.loads(row[0]))


def set_preferences(conn: sqlite3.Connection, applicant_id: int, values: dict[str, Any], *, now: datetime) -> None:
    """Merge `values` into an applicant's preferences (a None value removes that key)."""
    with transaction(conn):
        current = preferences(conn, applicant_id)
        for key, value in values.items():
            if value is None:
                current.pop(key, None)
            else:
                current[key] = value
        conn.execute("UPDATE applicants SET preferences = ?, updated_at = ? WHERE id = ?",
                     (json.dumps(current, ensure_ascii=False), to_text(now), applicant_id))
