"""Applicant profiles, disclosure, guests and favourites."""
from __future__ import annotations

from pathlib import Path

import pytest

from db import applicants as a
from db import drafts
from db.userdata_errors import InvalidProfile, NotFound
from tests.db.userdata_helpers import T0, at, fresh, snapshot

RESUME = {
    "basics": {"name": "陈静", "email": "chen@example.cn", "phone": "138 0000 0000", "summary": "三年客服经验",
               "location": {"city": "杭州", "region": "浙江"}},
    "work": [{"name": "某电商", "position": "客服", "startDate": "2021-03"}],
    "education": [{"institution": "杭州职业技术学院", "studyType": "大专"}],
    "skills": [{"name": "打字", "keywords": ["五笔", "拼音"]}],
    "languages": [{"language": "普通话", "fluency": "流利"}],
    "certificates": [{"name": "计算机一级"}],
}


def test_profile_round_trips_through_the_database(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    profile = a.Profile(resume=RESUME, disability="vision", disability_grade=2,
                        accommodations=("screen_reader_tools", "flexible_hours"), interview_channels=("text", "phone"),
                        disclosed=("email", "disability"))
    applicant = a.create_applicant(conn, now=T0, profile=profile)
    stored = a.get_profile(conn, applicant)
    assert stored == profile.normalised()
    assert stored.accommodations == ("screen_reader_tools", "flexible_hours")  # vocabulary order
    assert a.list_applicants(conn)[0].display_name == "陈静"


@pytest.mark.parametrize("bad", [
    {"disability": "flying"}, {"disability_grade": 5}, {"disability_grade": 0},
    {"accommodations": ("teleport",)}, {"interview_channels": ("telepathy",)}, {"disclosed": ("password",)},
])
def test_values_outside_the_vocabularies_are_refused(tmp_path: Path, bad: dict) -> None:
    conn = fresh(tmp_path)
    with pytest.raises(InvalidProfile):
        a.create_applicant(conn, now=T0, profile=a.Profile(**bad))
    assert a.list_applicants(conn, include_guests=True) == []


def test_disability_details_are_private_by_default() -> None:
    assert {"disability", "disability_grade", "accommodations", "location"}.isdisjoint(a.DEFAULT_DISCLOSED)


def test_disclosed_resume_shows_only_chosen_items() -> None:
    profile = a.Profile(resume=RESUME, disclosed=("phone", "work"))
    shown = a.disclosed_resume(profile)
    assert shown["basics"] == {"name": "陈静", "phone": "138 0000 0000"}
    assert set(shown) == {"basics", "work"}
    assert RESUME["basics"]["email"] == "chen@example.cn"  # the original is untouched


def test_save_profile_replaces_and_renames(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    applicant = a.create_applicant(conn, now=T0, display_name="临时")
    a.save_profile(conn, applicant, a.Profile(resume={"basics": {"name": "赵敏"}}), now=at(1))
    assert a.list_applicants(conn)[0].display_name == "赵敏"
    with pytest.raises(NotFound):
        a.save_profile(conn, 99, a.Profile(), now=at(1))


def test_guests_are_discarded_with_all_their_drafts(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    kept = a.create_applicant(conn, now=T0, display_name="留下")
    guest = a.create_guest(conn, now=T0)
    drafts.open_draft(conn, guest, snapshot(1), now=T0)
    drafts.open_draft(conn, kept, snapshot(1), now=T0)
    assert [x.id for x in a.list_applicants(conn)] == [kept]
    assert a.discard_guests(conn) == 1
    assert [x.id for x in a.list_applicants(conn, include_guests=True)] == [kept]
    assert conn.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1


def test_a_guest_can_choose_to_keep_their_work(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    guest = a.create_guest(conn, now=T0)
    a.keep_guest(conn, guest, now=at(1))
    assert a.discard_guests(conn) == 0


def test_erase_removes_everything_of_the_applicant(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    applicant = a.create_applicant(conn, now=T0)
    draft = drafts.open_draft(conn, applicant, snapshot(1), now=T0)
    drafts.save_draft_text(conn, draft.id, cover_letter="秘密", now=T0)
    a.add_favourite(conn, applicant, "pos-9", now=T0)
    a.erase_applicant(conn, applicant)
    for table in ("drafts", "draft_revisions", "draft_status_history", "favourites", "applicants"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    with pytest.raises(NotFound):
        a.erase_applicant(conn, applicant)


def test_favourites(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    applicant = a.create_applicant(conn, now=T0)
    a.add_favourite(conn, applicant, "pos-1", now=at(1))
    a.add_favourite(conn, applicant, "pos-2", now=at(2))
    a.add_favourite(conn, applicant, "pos-1", now=at(3))
    assert a.favourites(conn, applicant) == ["pos-2", "pos-1"]
    a.remove_favourite(conn, applicant, "pos-2")
    assert a.favourites(conn, applicant) == ["pos-1"]


def test_per_applicant_preferences_merge_and_remove(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    applicant = a.create_applicant(conn, now=T0)
    assert a.preferences(conn, applicant) == {}
    a.set_preferences(conn, applicant, {"font_scale": 200, "theme": "high_contrast_dark"}, now=at(1))
    a.set_preferences(conn, applicant, {"theme": None, "rate": 150}, now=at(2))
    assert a.preferences(conn, applicant) == {"font_scale": 200, "rate": 150}
    with pytest.raises(NotFound):
        a.preferences(conn, 99)
