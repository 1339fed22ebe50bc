"""Application drafts: one per applicant and position, a status pipeline, autosaved revisions.

A draft points at its position by the catalogue's stable external id and
keeps a snapshot of the title, employer, how to apply and the posting's
questions, so it stays readable after the position leaves the catalogue.

Autosave is built to be called on every pause in typing: `save_draft_text`
is one small UPDATE in one transaction, and writes a revision row only when
the last revision is REVISION_INTERVAL old (or on an explicit save), so the
history holds a snapshot about every 30 seconds of work without growing per
keystroke. Old automatic revisions are thinned to one per day.
"""
from __future__ import annotations

import enum
import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from db import vocabulary as v
from db.position import Position
from db.userdata_errors import InvalidProfile, InvalidTransition, NotFound
from db.userdata_schema import from_text, to_text, transaction

REVISION_INTERVAL = timedelta(seconds=30)
KEEP_RECENT_REVISIONS = 50


class Status(str, enum.Enum):
    """Where an application stands. Values are the stored codes."""

    DRAFT = "draft"
    READY = "ready"
    SUBMITTED = "submitted"
    INTERVIEW = "interview"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


# The pipeline. A person may step back from "ready" to keep writing, may
# withdraw at any point before an outcome they cannot change, and may reopen
# a withdrawn draft; a rejection is final.
TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.READY, Status.SUBMITTED, Status.WITHDRAWN}),
    Status.READY: frozenset({Status.DRAFT, Status.SUBMITTED, Status.WITHDRAWN}),
    Status.SUBMITTED: frozenset({Status.INTERVIEW, Status.OFFER, Status.REJECTED, Status.WITHDRAWN}),
    Status.INTERVIEW: frozenset({Status.OFFER, Status.REJECTED, Status.WITHDRAWN}),
    Status.OFFER: frozenset({Status.WITHDRAWN}),
    Status.REJECTED: frozenset(),
    Status.WITHDRAWN: frozenset({Status.DRAFT}),
}
# Statuses in which a follow-up date still asks for action.
ACTIVE = frozenset({Status.DRAFT, Status.READY, Status.SUBMITTED, Status.INTERVIEW, Status.OFFER})


def allowed_transitions(status: Status | str) -> frozenset[Status]:
    """The statuses a draft in `status` may move to."""
    return TRANSITIONS[Status(status)]


@dataclass(frozen=True)
class PositionSnapshot:
    """What a draft keeps of its position."""

    external_id: str
    title: str
    employer: str
    apply_channels: tuple[str, ...] = ()
    apply_contact: str = ""
    questions: tuple[str, ...] = ()

    @classmethod
    def of(cls, position: Position) -> "PositionSnapshot":
        """The snapshot of a catalogue position."""
        return cls(position.external_id, position.title, position.employer, tuple(position.apply_channels),
                   position.apply_contact, tuple(position.questions))


@dataclass(frozen=True)
class Draft:
    """A whole draft."""

    id: int
    applicant_id: int
    position: PositionSnapshot
    cover_letter: str
    answers: tuple[str, ...]
    accommodations: tuple[str, ...]  # accommodations to request for this application
    notes: str
    follow_up: str | None  # ISO date
    status: Status
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class DraftSummary:
    """One line of the drafts view."""

    id: int
    external_id: str
    title: str
    employer: str
    status: Status
    updated_at: str
    follow_up: str | None

    def overdue(self, today: date) -> bool:
        """Whether the follow-up date has passed while the application is still open."""
        return self.follow_up is not None and self.follow_up < today.isoformat() and self.status in ACTIVE


@dataclass(frozen=True)
class StatusChange:
    """One dated entry of a draft's status history (from_status None: the draft was created)."""

    id: int
    draft_id: int
    at: str
    from_status: Status | None
    to_status: Status
    note: str


@dataclass(frozen=True)
class Revision:
    """A saved state of a draft's text."""

    id: int
    draft_id: int
    at: str
    kind: str  # "auto" | "explicit" | "before_restore"
    cover_letter: str
    answers: tuple[str, ...]
    notes: str


_DRAFT_COLUMNS = ("id, applicant_id, external_id, position_title, employer, apply_channels, apply_contact, questions, "
                  "cover_letter, answers, accommodations, notes, follow_up, status, created_at, updated_at")


def _draft(row: sqlite3.Row) -> Draft:
    snapshot = PositionSnapshot(row["external_id"], row["position_title"], row["employer"],
                                tuple(json.loads(row["apply_channels"])), row["apply_contact"],
                                tuple(json.loads(row["questions"])))
    return Draft(row["id"], row["applicant_id"], snapshot, row["cover_letter"], tuple(json.loads(row["answers"])),
                 tuple(json.loads(row["accommodations"])), row["notes"], row["follow_up"], Status(row["status"]),
                 row["created_at"], row["updated_at"])


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def open_draft(conn: sqlite3.Connection, applicant_id: int, position: PositionSnapshot | Position, *,
               now: datetime) -> Draft:
    """The applicant's draft for `position`, created (status draft, dated) if there is none.

    An existing draft keeps its snapshot: what the applicant saw when they began.
    """
    snapshot = position if isinstance(position, PositionSnapshot) else PositionSnapshot.of(position)
    existing = find_draft(conn, applicant_id, snapshot.external_id)
    if existing is not None:
        return existing
    stamp = to_text(now)
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO drafts (applicant_id, external_id, position_title, employer, apply_channels, apply_contact, "
            "questions, answers, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (applicant_id, snapshot.external_id, snapshot.title, snapshot.employer, _dumps(list(snapshot.apply_channels)),
             snapshot.apply_contact, _dumps(list(snapshot.questions)), _dumps([""] * len(snapshot.questions)), stamp, stamp),
        )
        draft_id = int(cursor.lastrowid or 0)
        conn.execute("INSERT INTO draft_status_history (draft_id, at, from_status, to_status) VALUES (?, ?, NULL, 'draft')",
                     (draft_id, stamp))
    return get_draft(conn, draft_id)


def get_draft(conn: sqlite3.Connection, draft_id: int) -> Draft:
    """A draft by id (NotFound if it does not exist)."""
    row = conn.execute(f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE id = ?", (draft_id,)).fetchone()
    if row is None:
        raise NotFound("draft", draft_id)
    return _draft(row)


def find_draft(conn: sqlite3.Connection, applicant_id: int, external_id: str) -> Draft | None:
    """The applicant's draft for a position's external id, or None."""
    row = conn.execute(f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE applicant_id = ? AND external_id = ?",
                       (applicant_id, external_id)).fetchone()
    return None if row is None else _draft(row)


def list_drafts(conn: sqlite3.Connection, applicant_id: int, *,
                statuses: tuple[Status, ...] | None = None) -> list[DraftSummary]:
    """An applicant's drafts, most recently changed first, optionally only some statuses."""
    sql = ("SELECT id, external_id, position_title, employer, status, updated_at, follow_up FROM drafts "
           "WHERE applicant_id = ?")
    args: list[object] = [applicant_id]
    if statuses is not None:
        sql += f" AND status IN ({', '.join('?' for _ in statuses)})"
        args.extend(Status(s).value for s in statuses)
    sql += " ORDER BY updated_at DESC, id DESC"
    return [DraftSummary(r[0], r[1], r[2], r[3], Status(r[4]), r[5], r[6]) for r in conn.execute(sql, args)]


def save_draft_text(conn: sqlite3.Connection, draft_id: int, *, now: datetime, cover_letter: str | None = None,
                    answers: tuple[str, ...] | list[str] | None = None, notes: str | None = None,
                    explicit: bool = False) -> bool:
    """Autosave the text of a draft; returns whether a revision row was written.

    Cheap enough to call on every pause in typing: one UPDATE, plus a
    revision when the newest one is REVISION_INTERVAL old or `explicit` is
    set. An explicit save within the interval of an automatic revision
    replaces that revision (coalescing) instead of adding another.
    """
    sets, args = ["updated_at = ?"], [to_text(now)]
    for column, value in (("cover_letter", cover_letter), ("notes", notes)):
        if value is not None:
            sets.append(f"{column} = ?")
            args.append(value)
    if answers is not None:
        sets.append("answers = ?")
        args.append(_dumps(list(answers)))
    with transaction(conn):
        if conn.execute(f"UPDATE drafts SET {', '.join(sets)} WHERE id = ?", (*args, draft_id)).rowcount == 0:
            raise NotFound("draft", draft_id)
        last = conn.execute("SELECT id, at, kind, cover_letter, answers, notes FROM draft_revisions "
                            "WHERE draft_id = ? ORDER BY id DESC LIMIT 1", (draft_id,)).fetchone()
        fresh = last is not None and now - from_text(last["at"]) < REVISION_INTERVAL
        if fresh and not explicit:
            return False
        current = conn.execute("SELECT cover_letter, answers, notes FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if last is not None and tuple(current) == (last["cover_letter"], last["answers"], last["notes"]):
            if explicit and last["kind"] == "auto":
                conn.execute("UPDATE draft_revisions SET kind = 'explicit' WHERE id = ?", (last["id"],))
            return explicit
        if fresh and last["kind"] == "auto":
            conn.execute("UPDATE draft_revisions SET at = ?, kind = 'explicit', cover_letter = ?, answers = ?, notes = ? "
                         "WHERE id = ?", (to_text(now), *current, last["id"]))
            return True
        _insert_revision(conn, draft_id, now, "explicit" if explicit else "auto", tuple(current))
        _prune(conn, draft_id)
    return True


def _insert_revision(conn: sqlite3.Connection, draft_id: int, now: datetime, kind: str, text: tuple[str, str, str]) -> None:
    conn.execute("INSERT INTO draft_revisions (draft_id, at, kind, cover_letter, answers, notes) VALUES (?, ?, ?, ?, ?, ?)",
                 (draft_id, to_text(now), kind, *text))


def _prune(conn: sqlite3.Connection, draft_id: int) -> int:
    # Keep the newest KEEP_RECENT_REVISIONS of any kind, every explicit and
    # before-restore one, and of older automatic ones the last of each day.
    return conn.execute(
        "DELETE FROM draft_revisions WHERE draft_id = :d AND kind = 'auto' "
        "AND id NOT IN (SELECT id FROM draft_revisions WHERE draft_id = :d ORDER BY id DESC LIMIT :keep) "
        "AND id NOT IN (SELECT max(id) FROM draft_revisions WHERE draft_id = :d AND kind = 'auto' GROUP BY substr(at, 1, 10))",
        {"d": draft_id, "keep": KEEP_RECENT_REVISIONS},
    ).rowcount


def revisions(conn: sqlite3.Connection, draft_id: int) -> list[Revision]:
    """A draft's revisions, newest first."""
    rows = conn.execute("SELECT id, draft_id, at, kind, cover_letter, answers, notes FROM draft_revisions "
                        "WHERE draft_id = ? ORDER BY id DESC", (draft_id,))
    return [Revision(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])), r[6]) for r in rows]


def restore_revision(conn: sqlite3.Connection, draft_id: int, revision_id: int, *, now: datetime) -> Draft:
    """Put an earlier revision's text back; the text it replaces is kept as a revision first.

    So a restore can itself be undone by restoring the "before_restore" revision.
    """
    with transaction(conn):
        revision = conn.execute("SELECT cover_letter, answers, notes FROM draft_revisions WHERE id = ? AND draft_id = ?",
                                (revision_id, draft_id)).fetchone()
        if revision is None:
            raise NotFound("revision", revision_id)
        current = conn.execute("SELECT cover_letter, answers, notes FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        _insert_revision(conn, draft_id, now, "before_restore", tuple(current))
        conn.execute("UPDATE drafts SET cover_letter = ?, answers = ?, notes = ?, updated_at = ? WHERE id = ?",
                     (*revision, to_text(now), draft_id))
    return get_draft(conn, draft_id)


def set_requested_accommodations(conn: sqlite3.Connection, draft_id: int, accommodations: tuple[str, ...] | list[str],
                                 *, now: datetime) -> Draft:
    """Choose which accommodations this application asks for (vocabulary codes)."""
    unknown = [a for a in accommodations if a not in v.codes(v.ACCOMMODATIONS)]
    if unknown:
        raise InvalidProfile("accommodations", "unknown_value", unknown[0])
    ordered = [a for a in v.codes(v.ACCOMMODATIONS) if a in accommodations]
    return _update(conn, draft_id, now, accommodations=_dumps(ordered))


def set_follow_up(conn: sqlite3.Connection, draft_id: int, follow_up: str | None, *, now: datetime) -> Draft:
    """Set the follow-up date (ISO date) or clear it with None."""
    if follow_up is not None:
        try:
            follow_up = date.fromisoformat(str(follow_up)).isoformat()
        except ValueError as error:
            raise InvalidProfile("follow_up", "not_a_date", follow_up) from error
    return _update(conn, draft_id, now, follow_up=follow_up)


def _update(conn: sqlite3.Connection, draft_id: int, now: datetime, **columns: object) -> Draft:
    assignments = ", ".join(f"{name} = ?" for name in columns)
    with transaction(conn):
        if conn.execute(f"UPDATE drafts SET {assignments}, updated_at = ? WHERE id = ?",
                        (*columns.values(), to_text(now), draft_id)).rowcount == 0:
            raise NotFound("draft", draft_id)
    return get_draft(conn, draft_id)


def change_status(conn: sqlite3.Connection, draft_id: int, new_status: Status | str, *, now: datetime,
                  note: str = "") -> StatusChange:
    """Move a draft along the pipeline and record the dated change; InvalidTransition if not allowed."""
    new_status = Status(new_status)
    with transaction(conn):
        row = conn.execute("SELECT status FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise NotFound("draft", draft_id)
        current = Status(row[0])
        if new_status not in TRANSITIONS[current]:
            raise InvalidTransition(current.value, new_status.value)
        stamp = to_text(now)
        conn.execute("UPDATE drafts SET status = ?, updated_at = ? WHERE id = ?", (new_status.value, stamp, draft_id))
        cursor = conn.execute("INSERT INTO draft_status_history (draft_id, at, from_status, to_status, note) "
                              "VALUES (?, ?, ?, ?, ?)", (draft_id, stamp, current.value, new_status.value, note))
    return StatusChange(int(cursor.lastrowid or 0), draft_id, stamp, current, new_status, note)


def status_history(conn: sqlite3.Connection, draft_id: int) -> list[StatusChange]:
    """A draft's status changes, oldest first (the first is its creation)."""
    rows = conn.execute("SELECT id, draft_id, at, from_status, to_status, note FROM draft_status_history "
                        "WHERE draft_id = ? ORDER BY id", (draft_id,))
    return [StatusChange(r[0], r[1], r[2], Status(r[3]) if r[3] else None, Status(r[4]), r[5]) for r in rows]


def delete_draft(conn: sqlite3.Connection, draft_id: int) -> None:
    """Delete a draft with its history and revisions."""
    with transaction(conn):
        if conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,)).rowcount == 0:
            raise NotFound("draft", draft_id)

