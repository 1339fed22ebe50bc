"""The status pipeline: allowed moves only, every change dated in the history."""
from __future__ import annotations

from collections import deque
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import drafts
from db.drafts import Status
from db.userdata_errors import InvalidTransition, NotFound
from tests.db.userdata_helpers import T0, applicant_with_draft, at, fresh, snapshot


def test_new_draft_starts_as_draft_with_a_dated_creation_entry(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    _, draft = applicant_with_draft(conn)
    assert draft.status is Status.DRAFT
    [created] = drafts.status_history(conn, draft.id)
    assert (created.from_status, created.to_status, created.at) == (None, Status.DRAFT, "2026-03-02T09:00:00.000+00:00")


def test_one_draft_per_applicant_and_position(tmp_path: Path) -> None:
    conn = fresh(tmp_path)
    applicant, draft = applicant_with_draft(conn)
    again = drafts.open_draft(conn, applicant, snapshot(1), now=at(60))
    assert again.id == draft.id
    other = drafts.open_draft(conn, applicant, snapshot(2), now=at(60))
    assert other.id != draft.id


@pytest.mark.parametrize(("path", "final"), [
    (["ready", "submitted", "interview", "offer"], Status.OFFER),
    (["submitted", "rejected"], Status.REJECTED),
    (["ready", "draft", "ready"], Status.READY),
    (["withdrawn", "draft"], Status.DRAFT),
])
def test_allowed_paths(tmp_path: Path, path: list[str], final: Status) -> None:
    conn = fresh(tmp_path)
    _, draft = applicant_with_draft(conn)
    for step, status in enumerate(path):
        drafts.change_status(conn, draft.id, status, now=at(step))
    assert drafts.get_draft(conn, draft.id).status is final


@pytest.mark.parametrize(("before", "after"), [("draft", "offer"), ("draft", "interview"), ("draft", "draft")])
def test_refused_moves_change_nothing(tmp_path: Path, before: str, after: str) -> None:
    conn = fresh(tmp_path)
    _, draft = applicant_with_draft(conn)
    with pytest.raises(InvalidTransition) as refused:
        drafts.change_status(conn, draft.id, after, now=at(1))
    assert (refused.value.current, refused.value.requested) == (before, after)
    assert len(drafts.status_history(conn, draft.id)) == 1


def test_rejection_is_final() -> None:
    assert drafts.allowed_transitions("rejected") == frozenset()


def test_every_status_is_reachable_from_draft() -> None:
    seen, queue = {Status.DRAFT}, deque([Status.DRAFT])
    while queue:
        for nxt in drafts.TRANSITIONS[queue.popleft()]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    assert seen == set(Status)


def test_no_status_moves_to_itself() -> None:
    assert all(status not in targets for status, targets in drafts.TRANSITIONS.items())


def test_unknown_draft(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        drafts.change_status(fresh(tmp_path), 42, "ready", now=T0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(attempts=st.lists(st.sampled_from(list(Status)), max_size=25))
def test_history_replays_to_the_current_status(tmp_path_factory, attempts: list[Status]) -> None:
    conn = fresh(tmp_path_factory.mktemp("pipeline"))
    _, draft = applicant_with_draft(conn)
    expected = Status.DRAFT
    accepted = 0
    for step, wanted in enumerate(attempts, start=1):
        if wanted in drafts.TRANSITIONS[expected]:
            change = drafts.change_status(conn, draft.id, wanted, now=at(step))
            assert (change.from_status, change.to_status) == (expected, wanted)
            expected = wanted
            accepted += 1
        else:
            with pytest.raises(InvalidTransition):
                drafts.change_status(conn, draft.id, wanted, now=at(step))
    history = drafts.status_history(conn, draft.id)
    assert len(history) == accepted + 1
    assert drafts.get_draft(conn, draft.id).status is expected is history[-1].to_status
    for earlier, later in zip(history, history[1:]):
        assert later.from_status is earlier.to_status
        assert later.to_status in drafts.TRANSITIONS[earlier.to_status]
        assert later.at >= earlier.at
