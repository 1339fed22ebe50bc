"""Exports of an applicant's drafts: the CSV activity log and a JSON document.

The activity log lists every status change with its date (proof of
job-search activity for a benefits office). Column titles and status names
are passed in by desktop/ (translated); db/ has only the stable codes.
"""
from __future__ import annotations

import csv
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any, TextIO

from db.drafts import Status, get_draft, list_drafts, revisions, status_history
from db.userdata_schema import from_text

ACTIVITY_COLUMNS = ("date", "time", "position", "employer", "external_id", "from_status", "to_status", "note")
DRAFTS_FORMAT = "zhumeng-drafts"
DRAFTS_FORMAT_VERSION = 1


@dataclass(frozen=True)
class ActivityEntry:
    """One status change, in the local time of the export."""

    at: datetime
    position: str
    employer: str
    external_id: str
    from_status: Status | None
    to_status: Status
    note: str


def activity_log(conn: sqlite3.Connection, applicant_id: int, *, tz: tzinfo | None = None) -> list[ActivityEntry]:
    """Every status change of the applicant's drafts, oldest first, in `tz` (default: local time)."""
    rows = conn.execute(
        "SELECT h.at, d.position_title, d.employer, d.external_id, h.from_status, h.to_status, h.note "
        "FROM draft_status_history h JOIN drafts d ON d.id = h.draft_id "
        "WHERE d.applicant_id = ? ORDER BY h.at, h.id",
        (applicant_id,),
    )
    return [
        ActivityEntry(from_text(r[0]).astimezone(tz), r[1], r[2], r[3], Status(r[4]) if r[4] else None, Status(r[5]), r[6])
        for r in rows
    ]


def write_activity_csv(conn: sqlite3.Connection, applicant_id: int, out: TextIO, *,
                       headers: Mapping[str, str] | None = None, status_names: Mapping[str, str] | None = None,
                       tz: tzinfo | None = None) -> int:
    """Write the activity log as CSV to `out`; returns the number of entries.

    `headers` maps ACTIVITY_COLUMNS to titles and `status_names` maps status
    codes to words (both default to the codes).
    """
    headers = headers or {}
    names = status_names or {}
    writer = csv.writer(out)
    writer.writerow([headers.get(column, column) for column in ACTIVITY_COLUMNS])
    entries = activity_log(conn, applicant_id, tz=tz)
    for entry in entries:
        writer.writerow([
            entry.at.date().isoformat(), entry.at.strftime("%H:%M"), entry.position, entry.employer, entry.external_id,
            names.get(entry.from_status.value, entry.from_status.value) if entry.from_status else "",
            names.get(entry.to_status.value, entry.to_status.value), entry.note,
        ])
    return len(entries)


def save_activity_csv(conn: sqlite3.Connection, applicant_id: int, path: Path, **options: Any) -> int:
    """write_activity_csv into a file, UTF-8 with a byte-order mark so spreadsheet programs read Chinese."""
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        return write_activity_csv(conn, applicant_id, out, **options)


def export_drafts(conn: sqlite3.Connection, applicant_id: int, *, with_revisions: bool = False) -> dict[str, Any]:
    """All of an applicant's drafts with their status histories as one JSON-ready document."""
    drafts = []
    for summary in list_drafts(conn, applicant_id):
        draft = get_draft(conn, summary.id)
        entry: dict[str, Any] = {
            "externalId": draft.position.external_id,
            "position": {
                "title": draft.position.title,
                "employer": draft.position.employer,
                "applyChannels": list(draft.position.apply_channels),
                "applyContact": draft.position.apply_contact,
                "questions": list(draft.position.questions),
            },
            "status": draft.status.value,
            "coverLetter": draft.cover_letter,
            "answers": list(draft.answers),
            "accommodations": list(draft.accommodations),
            "notes": draft.notes,
            "followUp": draft.follow_up,
            "createdAt": draft.created_at,
            "updatedAt": draft.updated_at,
            "history": [
                {"at": c.at, "from": c.from_status.value if c.from_status else None, "to": c.to_status.value, "note": c.note}
                for c in status_history(conn, draft.id)
            ],
        }
        if with_revisions:
            entry["revisions"] = [
                {"at": r.at, "kind": r.kind, "coverLetter": r.cover_letter, "answers": list(r.answers), "notes": r.notes}
                for r in revisions(conn, draft.id)
            ]
        drafts.append(entry)
    return {"format": DRAFTS_FORMAT, "version": DRAFTS_FORMAT_VERSION, "drafts": drafts}
