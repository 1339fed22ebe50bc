"""The search index: what is indexed for a position, and adding/removing it exactly."""
from __future__ import annotations

import sqlite3
from typing import Iterable

import pytest

from db import search_index, text_index
from db.catalogue_schema import open_catalogue
from db.position import Position, to_row


def make_position(n: int, **fields: object) -> Position:
    """A valid position numbered `n`; `fields` override the defaults."""
    values: dict[str, object] = {
        "external_id": f"p{n}", "title": "客服专员", "employer": "淄博某某科技有限公司",
        "category": "customer_service", "province": "山东省", "city": "淄博市",
        "date_posted": f"2024-01-{n % 28 + 1:02d}",
    }
    values.update(fields)
    return Position(**values)  # type: ignore[arg-type]


def insert(conn: sqlite3.Connection, positions: Iterable[Position], *, first_id: int = 1) -> list[int]:
    """Insert `positions` into positions and the index, ids from `first_id`; refreshes the order flag."""
    ids = []
    for rowid, position in enumerate(positions, start=first_id):
        row = to_row(position)
        names = ", ".join(["id", *row])
        marks = ", ".join("?" * (len(row) + 1))
        conn.execute(f"INSERT INTO positions({names}) VALUES ({marks})", (rowid, *row.values()))
        search_index.add(conn, rowid, position)
        ids.append(rowid)
    search_index.refresh_order_flag(conn)
    return ids


def catalogue_with(positions: Iterable[Position]) -> sqlite3.Connection:
    """An in-memory catalogue holding `positions` (ids 1, 2, ...)."""
    conn = open_catalogue(":memory:")
    insert(conn, positions)
    return conn


def fts_hits(conn: sqlite3.Connection, expression: str) -> list[int]:
    return [r[0] for r in conn.execute("SELECT rowid FROM positions_fts WHERE positions_fts MATCH ?", (expression,))]


def test_index_values_are_deterministic_and_keep_fields_apart() -> None:
    position = make_position(1, title="Java客服专员，在线", description="在线")
    title, body, pinyin, initials, title_pairs, body_pairs = search_index.index_values(position)
    assert search_index.index_values(position) == (title, body, pinyin, initials, title_pairs, body_pairs)
    assert title == "java 客 服 专 员 在 线"
    # Pairs of adjacent characters; punctuation does not separate them (as in the phrase "员 在").
    assert title_pairs == text_index.SEPARATOR + " 客服 服专 专员 员在 在线"  # java, then the pairs
    assert body_pairs.split(text_index.SEPARATOR)[-1].split() == ["在线"]
    assert text_index.SEPARATOR in body and "customer service" in body
    # One token per syllable position: the syllables from there on, run together.
    assert pinyin.split()[:3] == ["kefuzhuanyuanzaixian", "fuzhuanyuanzaixian", "zhuanyuanzaixian"]
    assert initials.split()[:3] == ["kfzyzx", "fzyzx", "zyzx"]


def test_phrase_never_spans_two_fields() -> None:
    # employer ends in 司, the category begins with 客: "司客" must not match.
    conn = catalogue_with([make_position(1, title="专员", employer="某公司")])
    assert fts_hits(conn, text_index.match_expression("司客") or "") == []
    assert fts_hits(conn, text_index.match_expression("公司") or "") == [1]


def test_private_use_text_in_data_cannot_fake_a_separator() -> None:
    position = make_position(1, title="客\ue000服")
    assert text_index.SEPARATOR not in search_index.index_values(position)[0]


def test_removing_every_position_leaves_the_index_empty() -> None:
    positions = [
        make_position(1),
        make_position(2, title="Java 开发 engineer", employer="北京数据有限公司", city="北京市", category="data_labelling"),
        make_position(3, title="面点师（早班）", work_mode="home_based", description="需要 C++，会 SQL；行长"),
        make_position(4, title="", employer="", category="unknown_code", work_mode="odd", city=""),
    ]
    conn = catalogue_with(positions)
    tokens = set()
    for position in positions:
        for column in search_index.index_values(position):
            # Whitespace-split pieces such as "(java" or "on-site" hold one or
            # more FTS tokens; pieces of punctuation alone hold none.
            tokens.update(t for t in column.split() if any(c.isalnum() for c in t))
    tokens.add(text_index.SEPARATOR)
    assert all(fts_hits(conn, f'"{t}"') for t in tokens)
    for rowid, position in enumerate(positions, start=1):
        search_index.remove(conn, rowid, position)
    for token in tokens:
        assert fts_hits(conn, f'"{token}"') == [], token
    assert conn.execute("SELECT count(*) FROM positions_fts_docsize").fetchone()[0] == 0


def test_update_is_remove_then_add() -> None:
    old = make_position(1, title="客服")
    conn = catalogue_with([old])
    new = old.replace(title="主播")
    search_index.remove(conn, 1, old)
    search_index.add(conn, 1, new)
    assert fts_hits(conn, '"客"') == [1]  # still in body via category 客服
    assert fts_hits(conn, 'title : "客"') == []
    assert fts_hits(conn, 'title : "主 播"') == [1]


@pytest.mark.parametrize(("dates", "expected"), [
    (["2024-01-01", "2024-01-01", "2024-02-01"], True),
    (["2024-03-01", "2024-01-01"], False),
    ([], True),
])
def test_order_flag_says_whether_rowids_follow_dates(dates: list[str], expected: bool) -> None:
    conn = catalogue_with([make_position(i, date_posted=d) for i, d in enumerate(dates)])
    assert search_index.refresh_order_flag(conn) is expected
    assert search_index.order_flag(conn) is expected


def test_rebuild_reindexes_every_position() -> None:
    conn = catalogue_with([make_position(1), make_position(2, title="主播")])
    conn.execute("INSERT INTO positions_fts(positions_fts) VALUES ('delete-all')")
    assert fts_hits(conn, '"主"') == []
    assert search_index.rebuild(conn) == 2
    assert fts_hits(conn, '"主 播"') == [2]
