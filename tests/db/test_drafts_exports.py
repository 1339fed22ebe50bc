"""The CSV activity log and the JSON export of drafts."""
from __future__ import annotations

import csv
import io
import json
from datetime import timezone
from pathlib import Path

from db import draft_exports, drafts
from tests.db.userdata_helpers import applicant_with_draft, at, fresh, snapshot


def test_activity_log_lists_every_status_change_with_its_date(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    applicant, draft = applicant_with_draft(conn)
    other = drafts.open_draft(conn, applicant, snapshot(2), now=at(10))
    drafts.change_status(conn, draft.id, "submitted", now=at(86_400), note="网上投递")
    drafts.change_status(conn, draft.id, "interview", now=at(2 * 86_400))
    drafts.change_status(conn, other.id, "withdrawn", now=at(3 * 86_400))
    out = io.StringIO()
    count = draft_exports.write_activity_csv(conn, applicant, out, tz=timezone.utc,
                                             headers={"date": "日期"}, status_names={"submitted": "已投递"})
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert count == 5 and len(rows) == 6
    assert rows[0][0] == "日期" and rows[0][1] == "time"
    assert rows[3] == ["2026-03-03", "09:00", "客服专员 1", "杭州某电商 1", "pos-1", "draft", "已投递", "网上投递"]
    assert rows[-1][-2] == "withdrawn"


def test_activity_file_opens_in_spreadsheets(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    applicant, _ = applicant_with_draft(conn)
    target = tmp_path / "activity.csv"
    draft_exports.save_activity_csv(conn, applicant, target)
    assert target.read_bytes().startswith("\ufeff".encode())


def test_json_export_holds_drafts_with_history(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    applicant, draft = applicant_with_draft(conn, questions=("为什么？",))
    drafts.save_draft_text(conn, draft.id, cover_letter="您好", answers=["喜欢"], now=at(1))
    drafts.change_status(conn, draft.id, "ready", now=at(2))
    document = json.loads(json.dumps(draft_exports.export_drafts(conn, applicant, with_revisions=True)))
    [entry] = document["drafts"]
    assert document["format"] == "zhumeng-drafts"
    assert (entry["coverLetter"], entry["answers"], entry["status"]) == ("您好", ["喜欢"], "ready")
    assert [h["to"] for h in entry["history"]] == ["draft", "ready"]
    assert entry["revisions"][0]["coverLetter"] == "您好"
    assert entry["position"]["questions"] == ["为什么？"]
