"""Autosave and revisions: cheap saves, a revision about every 30 s, restore of any revision."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import drafts
from db.userdata_errors import InvalidProfile, NotFound
from tests.db.userdata_helpers import applicant_with_draft, at, fresh


def test_every_save_reaches_the_draft_but_revisions_are_spaced(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    _, draft = applicant_with_draft(conn)
    written = [drafts.save_draft_text(conn, draft.id, cover_letter="您好" + "。" * i, now=at(i)) for i in range(100)]
    assert drafts.get_draft(conn, draft.id).cover_letter == "您好" + "。" * 99
    assert [i for i, w in enumerate(written) if w] == [0, 30, 60, 90]


def test_explicit_save_within_the_interval_replaces_the_automatic_revision(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    _, draft = applicant_with_draft(conn)
    drafts.save_draft_text(conn, draft.id, cover_letter="a", now=at(0))
    assert drafts.save_draft_text(conn, draft.id, cover_letter="ab", now=at(5), explicit=True)
    [only] = drafts.revisions(conn, draft.id)
    assert (only.kind, only.cover_letter) == ("explicit", "ab")
    assert drafts.save_draft_text(conn, draft.id, cover_letter="abc", now=at(6), explicit=True)
    assert [r.cover_letter for r in drafts.revisions(conn, draft.id)] == ["abc", "ab"]


def test_unchanged_text_makes_no_new_revision(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    _, draft = applicant_with_draft(conn)
    drafts.save_draft_text(conn, draft.id, cover_letter="same", now=at(0))
    assert not drafts.save_draft_text(conn, draft.id, cover_letter="same", now=at(100))
    assert len(drafts.revisions(conn, draft.id)) == 1


def test_answers_follow_the_postings_questions(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    _, draft = applicant_with_draft(conn, questions=("能否居家办公？", "期望薪资？"))
    assert draft.answers == ("", "")
    drafts.save_draft_text(conn, draft.id, answers=["能", "3000"], notes="周五打电话", now=at(1))
    saved = drafts.get_draft(conn, draft.id)
    assert (saved.answers, saved.notes, saved.position.questions) == (("能", "3000"), "周五打电话", ("能否居家办公？", "期望薪资？"))


def test_restore_keeps_the_replaced_text_so_it_can_be_undone(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    _, draft = applicant_with_draft(conn)
    drafts.save_draft_text(conn, draft.id, cover_letter="first", now=at(0))
    drafts.save_draft_text(conn, draft.id, cover_letter="second", now=at(40))
    drafts.save_draft_text(conn, draft.id, cover_letter="third, not yet a revision", now=at(45))
    first = drafts.revisions(conn, draft.id)[-1]
    restored = drafts.restore_revision(conn, draft.id, first.id, now=at(50))
    assert restored.cover_letter == "first"
    before = drafts.revisions(conn, draft.id)[0]
    assert (before.kind, before.cover_letter) == ("before_restore", "third, not yet a revision")
    assert drafts.restore_revision(conn, draft.id, before.id, now=at(51)).cover_letter == "third, not yet a revision"


def test_restore_of_another_drafts_revision_is_refused(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    applicant, draft = applicant_with_draft(conn)
    from tests.db.userdata_helpers import snapshot

    other = drafts.open_draft(conn, applicant, snapshot(2), now=at(0))
    drafts.save_draft_text(conn, other.id, cover_letter="other", now=at(0))
    with pytest.raises(NotFound):
        drafts.restore_revision(conn, draft.id, drafts.revisions(conn, other.id)[0].id, now=at(1))


def test_old_automatic_revisions_thin_to_one_per_day(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    _, draft = applicant_with_draft(conn)
    hour = 3600
    for i in range(150):  # three days of saves an hour apart, each a revision
        drafts.save_draft_text(conn, draft.id, cover_letter=str(i), now=at(i * hour))
    drafts.save_draft_text(conn, draft.id, cover_letter="kept", now=at(150 * hour), explicit=True)
    kept = drafts.revisions(conn, draft.id)
    assert len(kept) < 60
    assert kept[0].cover_letter == "kept"
    recent = [r.cover_letter for r in kept[:drafts.KEEP_RECENT_REVISIONS]]
    assert recent[1:] == [str(i) for i in range(149, 149 - drafts.KEEP_RECENT_REVISIONS + 1, -1)]
    old_days = {r.at[:10] for r in kept[drafts.KEEP_RECENT_REVISIONS:]}
    assert len(old_days) == len(kept[drafts.KEEP_RECENT_REVISIONS:])  # one per day


def test_follow_up_and_requested_accommodations(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    _, draft = applicant_with_draft(conn)
    updated = drafts.set_follow_up(conn, draft.id, "2026-03-09", now=at(1))
    updated = drafts.set_requested_accommodations(conn, updated.id, ["large_print", "wheelchair_access"], now=at(2))
    assert (updated.follow_up, updated.accommodations) == ("2026-03-09", ("wheelchair_access", "large_print"))
    with pytest.raises(InvalidProfile):
        drafts.set_follow_up(conn, draft.id, "next week", now=at(3))
    with pytest.raises(InvalidProfile):
        drafts.set_requested_accommodations(conn, draft.id, ["teleport"], now=at(3))
    assert drafts.set_follow_up(conn, draft.id, None, now=at(4)).follow_up is None


texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.integers(0, 90), texts, st.booleans()), min_size=1, max_size=30),
       pick=st.integers(0, 10_000))
def test_any_revision_restores_exactly_what_was_saved(tmp_path_factory, edits, pick: int) -> None:
    conn = fresh(tmp_path_factory.mktemp("revisions"))
    _, draft = applicant_with_draft(conn)
    moment = 0
    for gap, text, explicit in edits:
        moment += gap
        drafts.save_draft_text(conn, draft.id, cover_letter=text, notes=text[::-1], now=at(moment), explicit=explicit)
    assert drafts.get_draft(conn, draft.id).cover_letter == edits[-1][1]
    saved = drafts.revisions(conn, draft.id)
    assert saved, "the first save always makes a revision"
    assert {r.cover_letter for r in saved} <= {text for _, text, _ in edits}
    assert [r.id for r in saved] == sorted((r.id for r in saved), reverse=True)
    chosen = saved[pick % len(saved)]
    current = drafts.get_draft(conn, draft.id).cover_letter
    restored = drafts.restore_revision(conn, draft.id, chosen.id, now=at(moment + 1))
    assert (restored.cover_letter, restored.notes) == (chosen.cover_letter, chosen.notes)
    assert drafts.revisions(conn, draft.id)[0].cover_letter == current
