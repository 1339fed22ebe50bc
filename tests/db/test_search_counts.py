"""Fast exact counts (db/short_counts.py) always equal the slow ones they replace.

Two fast paths: whole-result MATCH expressions without needless column
filters, and one-character counts stored at import. Each is checked against
the plain query and against the brute force of test_search_property, over
catalogues changed afterwards by imports that add, update and renumber
positions, by code that does not store counts, and by hand.
"""
from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import catalogue_import, search_index, short_counts, text_index
from db.catalogue_import import import_files
from db.catalogue_schema import open_catalogue
from db.catalogue_search import CatalogueSearch, Filters, SearchRequest
from db.errors import SearchCancelled
from db.position import Position
from tests.db.test_import_rules import record, write_jsonl
from tests.db.test_search_index import insert
from tests.db.test_search_property import HANZI, brute_force, positions, query_term

LETTERS = string.digits + string.ascii_lowercase
# The one-character queries checked: letters and digits, and characters of the test catalogues (and one in none).
SHORT = LETTERS + HANZI + "岗位电商标注设计公司无"


def fts_ids(conn, match: str) -> set[int]:
    return {r[0] for r in conn.execute("SELECT rowid FROM positions_fts WHERE positions_fts MATCH ?", (match,))}


def slow_count(conn, text: str) -> int:
    """The count by the plain expression, as CatalogueSearch did before any fast path."""
    match = text_index.match_expression(text)
    return conn.execute("SELECT count(*) FROM positions_fts WHERE positions_fts MATCH ?", (match,)).fetchone()[0]


def assert_letters_exact(conn) -> None:
    """Every one-character query: count, first page and ids agree with the plain query."""
    search = CatalogueSearch(conn)
    for letter in SHORT:
        request = SearchRequest(letter)
        expected = slow_count(conn, letter)
        assert search.count(request) == expected, letter
        assert len(search.ids(request)) == expected, letter
        assert search.first_page(request, 3) == search.ids(request)[:3], letter


# -- where each kind of token is indexed (what whole_result_match relies on) --

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(positions, min_size=1, max_size=6))
def test_each_kind_of_token_lives_only_in_the_columns_the_count_expressions_assume(catalogue: list[Position]) -> None:
    conn = open_catalogue(":memory:")
    insert(conn, [p.replace(external_id=f"p{i}") for i, p in enumerate(catalogue)])
    conn.execute("CREATE VIRTUAL TABLE temp.cols USING fts5vocab(main, 'positions_fts', 'col')")
    for term, column in conn.execute("SELECT term, col FROM temp.cols"):
        if len(term) == 1 and text_index.is_cjk(term):
            assert column in ("title", "body"), (term, column)
        elif len(term) == 2 and all(text_index.is_cjk(c) for c in term):
            assert column in ("title_pairs", "body_pairs"), (term, column)
        elif term.isascii():
            assert column in ("title", "body", "pinyin", "initials"), (term, column)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(positions, max_size=10), st.lists(query_term, min_size=1, max_size=2).map(" ".join))
def test_whole_result_expression_finds_the_same_rows_as_the_ranked_one(catalogue: list[Position], query: str) -> None:
    conn = open_catalogue(":memory:")
    insert(conn, [p.replace(external_id=f"p{i}") for i, p in enumerate(catalogue)])
    plain, whole = text_index.match_expression(query), short_counts.whole_result_match(query)
    assert (plain is None) == (whole is None)
    if plain is not None:
        assert fts_ids(conn, whole) == fts_ids(conn, plain)


@pytest.mark.parametrize(("text", "expected"), [
    ("主", '"主"'), ("客服", '"客服"'), ("客服专员", '"客服 服专 专员"'), ("sh", '"sh"*'), ("kefu 主", '"kefu"* AND "主"'),
    # Kept: one letter reaches title and body only; a word with digits, or a mixed term, has no pinyin.
    ("s", '{title body} : "s"*'), ("s3", '{title body} : "s3"*'), ("客a", '{title body} : "客 a"*'),
])
def test_column_filters_are_dropped_only_where_they_change_nothing(text: str, expected: str) -> None:
    assert short_counts.whole_result_match(text) == expected


# -- stored one-character counts ------------------------------------------------

def demo_positions() -> list[Position]:
    words = ("service 客服", "sales 主播", "java 开发", "data 标注", "kefu", "3D 设计", "office", "zebra")
    return [Position(f"p{i}", f"{words[i % len(words)]} 岗位{i}", "淄博电商", "customer_service",
                     date_posted=f"2024-01-{i % 28 + 1:02d}", description=words[(i * 3) % len(words)])
            for i in range(40)]


@pytest.fixture
def catalogue(tmp_path: Path):
    conn = open_catalogue(tmp_path / "catalogue.sqlite")
    yield conn
    conn.close()


def test_a_catalogue_without_stored_counts_counts_the_slow_way(catalogue) -> None:
    insert(catalogue, sorted(demo_positions(), key=lambda p: p.date_posted))
    catalogue.commit()
    assert short_counts.ShortCounts(catalogue).read() is None
    assert_letters_exact(catalogue)


def test_stored_counts_are_used_and_exact(catalogue) -> None:
    insert(catalogue, sorted(demo_positions(), key=lambda p: p.date_posted))
    stored = short_counts.refresh(catalogue)
    catalogue.commit()
    read = short_counts.ShortCounts(catalogue).read()
    frequent = short_counts.frequent_characters(catalogue)
    assert read == stored and len(stored) == len(LETTERS) + len(frequent)
    assert "岗" in frequent and "客" in frequent  # in every position: title, category name
    assert {text: stored[text_index.match_expression(text)] for text in ("s", "j", "z", *frequent)} == {
        text: slow_count(catalogue, text) for text in ("s", "j", "z", *frequent)}
    assert stored[text_index.match_expression("s")] > 0 and stored[text_index.match_expression("y")] == 0
    assert_letters_exact(catalogue)


def test_a_read_only_connection_reads_the_stored_counts(catalogue, tmp_path: Path) -> None:
    insert(catalogue, sorted(demo_positions(), key=lambda p: p.date_posted))
    short_counts.refresh(catalogue)
    catalogue.commit()
    reader = open_catalogue(tmp_path / "catalogue.sqlite", read_only=True)
    try:
        assert short_counts.ShortCounts(reader).read() is not None
        assert_letters_exact(reader)
    finally:
        reader.close()


def test_any_later_write_to_the_index_makes_stored_counts_unused(catalogue) -> None:
    """Code that does not store counts (an older importer, a rebuild) changes the index: the counts are ignored."""
    positions = sorted(demo_positions(), key=lambda p: p.date_posted)
    ids = insert(catalogue, positions)
    short_counts.refresh(catalogue)
    catalogue.commit()
    reader = short_counts.ShortCounts(catalogue)
    assert reader.read() is not None
    # A position changes its words (same number of tokens): remove then add, as the importer does.
    changed = positions[0].replace(title="zebra 岗位", description="yak")
    search_index.remove(catalogue, ids[0], positions[0])
    search_index.add(catalogue, ids[0], changed)
    catalogue.commit()
    assert reader.read() is None
    assert_letters_exact(catalogue)
    short_counts.refresh(catalogue)
    catalogue.commit()
    assert reader.read() is not None
    assert_letters_exact(catalogue)
    search_index.rebuild(catalogue)  # rebuild stores the counts again, for the index it wrote
    catalogue.commit()
    assert reader.read() is not None
    assert_letters_exact(catalogue)


def test_counts_stored_before_the_last_index_write_of_a_transaction_are_unused(catalogue) -> None:
    positions = sorted(demo_positions(), key=lambda p: p.date_posted)
    insert(catalogue, positions[:-1])
    short_counts.refresh(catalogue)
    insert(catalogue, positions[-1:], first_id=len(positions))  # after the refresh: the counts must not be trusted
    catalogue.commit()
    assert short_counts.ShortCounts(catalogue).read() is None
    assert_letters_exact(catalogue)


@pytest.mark.parametrize("value", ["not json", "[]", '{"index": "x", "counts": {}}', '{"counts": {"a": "b"}}'])
def test_an_unreadable_stored_value_is_ignored(catalogue, value: str) -> None:
    insert(catalogue, demo_positions())
    catalogue.execute("INSERT OR REPLACE INTO catalogue_meta(key, value) VALUES (?, ?)", (short_counts.KEY, value))
    catalogue.commit()
    assert short_counts.ShortCounts(catalogue).read() is None
    assert_letters_exact(catalogue)


def test_imports_that_add_update_and_renumber_keep_counts_exact(catalogue, tmp_path: Path, monkeypatch) -> None:
    """Every import stores the counts of the index it leaves, and they stay exact."""
    first = [record(f"a{i}", title=f"{w} 客服", date_posted=f"2024-02-{i + 1:02d}")
             for i, w in enumerate(("sales", "service", "java", "kefu", "zebra"))]
    assert import_files(catalogue, [write_jsonl(tmp_path / "first.jsonl", first)]).applied
    assert short_counts.ShortCounts(catalogue).read() is not None
    assert_letters_exact(catalogue)

    # Updates (a0 loses "sales", a4 gains "yak"), new positions out of date order (renumbered at the end).
    second = [record("a0", title="office 客服", date_posted="2024-02-01"),
              record("a4", title="yak 主播", date_posted="2024-02-05"),
              *(record(f"b{i}", title=f"{w} 专员", date_posted=f"2023-0{9 - i}-01")
                for i, w in enumerate(("xerox", "sales", "3d", "tea")))]
    report = import_files(catalogue, [write_jsonl(tmp_path / "second.jsonl", second)])
    assert (report.added, report.updated) == (4, 2)
    assert short_counts.ShortCounts(catalogue).read() is not None
    assert_letters_exact(catalogue)
    assert CatalogueSearch(catalogue).count(SearchRequest("x")) == 1

    # A large import (helper process, optimize at the end).
    monkeypatch.setattr(catalogue_import, "BACKGROUND_FROM", 3)
    third = [record(f"c{i}", title=f"{w} 客服", date_posted=f"2023-01-0{i + 1}")
             for i, w in enumerate(("ant", "bee", "cat", "sales"))]
    assert import_files(catalogue, [write_jsonl(tmp_path / "third.jsonl", third)]).added == 4
    assert short_counts.ShortCounts(catalogue).read() is not None
    assert_letters_exact(catalogue)

    # Then an import by code that does not store counts: they are ignored, not stale.
    monkeypatch.setattr(catalogue_import.short_counts, "refresh", lambda conn: None)
    fourth = [record("a1", title="wombat 客服", date_posted="2024-02-02")]
    assert import_files(catalogue, [write_jsonl(tmp_path / "fourth.jsonl", fourth)]).updated == 1
    assert short_counts.ShortCounts(catalogue).read() is None
    assert_letters_exact(catalogue)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(positions, min_size=1, max_size=8), st.lists(positions, max_size=4), st.data())
def test_one_letter_counts_equal_brute_force_across_changes(first: list[Position], later: list[Position],
                                                            data: st.DataObject) -> None:
    conn = open_catalogue(":memory:")
    first = [p.replace(external_id=f"p{i}") for i, p in enumerate(first)]
    ids = insert(conn, first)
    short_counts.refresh(conn)
    conn.commit()
    stored = [p.replace(id=i) for p, i in zip(first, ids)]
    # Change some positions in place, add others; refresh the counts or not.
    for n, new in enumerate(later):
        if n < len(stored) and data.draw(st.booleans(), label="update"):
            old = stored[n]
            changed = old.replace(title=new.title, description=new.description, employer=new.employer)
            search_index.remove(conn, old.id, old)
            search_index.add(conn, old.id, changed)
            conn.execute("UPDATE positions SET title = ?, description = ?, employer = ? WHERE id = ?",
                         (new.title, new.description, new.employer, old.id))
            stored[n] = changed
        else:
            rowid = insert(conn, [new.replace(external_id=f"q{n}")], first_id=len(stored) + n + 100)[0]
            stored.append(new.replace(external_id=f"q{n}", id=rowid))
    if data.draw(st.booleans(), label="refresh again"):
        short_counts.refresh(conn)
    if data.draw(st.booleans(), label="commit"):
        conn.commit()  # else the counts are read inside the writing transaction, where they are never trusted
    search = CatalogueSearch(conn)
    for letter in data.draw(st.lists(st.sampled_from(SHORT), min_size=1, max_size=6), label="letters"):
        expected = brute_force(stored, letter, Filters())
        assert search.count(SearchRequest(letter)) == len(expected), letter
        assert search.first_page(SearchRequest(letter), 3) == expected[:3], letter


def test_prepared_search_gives_the_same_pages(catalogue) -> None:
    insert(catalogue, sorted(demo_positions(), key=lambda p: p.date_posted))
    catalogue.commit()
    plain, prepared = CatalogueSearch(catalogue), CatalogueSearch(catalogue)
    prepared.prepare()
    for letter in LETTERS:
        request = SearchRequest(letter)
        assert prepared.first_page(request, 5) == plain.first_page(request, 5) == plain.ids(request)[:5], letter


def test_counts_made_by_a_reader_are_remembered_only_for_the_index_they_counted(catalogue, tmp_path: Path) -> None:
    """A catalogue without stored counts: the app's reader counts once, and again after any import."""
    insert(catalogue, sorted(demo_positions(), key=lambda p: p.date_posted))
    catalogue.commit()
    reader = open_catalogue(tmp_path / "catalogue.sqlite", read_only=True)
    try:
        search = CatalogueSearch(reader)
        key = text_index.match_expression("s")
        assert search._short_counts.get(key) is None
        before = search.count(SearchRequest("s"))
        assert before == slow_count(reader, "s") and search._short_counts.get(key) == before
        # Another connection imports a position with two more s-words.
        insert(catalogue, [Position("new", "sales 岗位", "sun 公司", "customer_service", date_posted="2025-01-01")],
               first_id=1000)
        catalogue.commit()
        assert search._short_counts.get(key) is None
        assert search.count(SearchRequest("s")) == before + 1 == slow_count(reader, "s")
    finally:
        reader.close()


def test_prepare_counts_what_the_import_did_not_store(catalogue) -> None:
    insert(catalogue, sorted(demo_positions(), key=lambda p: p.date_posted))
    catalogue.commit()
    search = CatalogueSearch(catalogue)
    search.prepare()
    for text in (*LETTERS, *short_counts.frequent_characters(catalogue)):
        assert search._short_counts.get(text_index.match_expression(text)) == slow_count(catalogue, text), text
    assert_letters_exact(catalogue)


def test_a_writer_inside_its_transaction_never_remembers_or_trusts_counts(catalogue) -> None:
    insert(catalogue, sorted(demo_positions(), key=lambda p: p.date_posted))
    short_counts.refresh(catalogue)  # stored, but the transaction is still open
    search = CatalogueSearch(catalogue)
    key = text_index.match_expression("s")
    assert search.count(SearchRequest("s")) == slow_count(catalogue, "s")
    assert search._short_counts.get(key) is None
    insert(catalogue, [Position("new", "sales", "sun", "customer_service", date_posted="2025-01-01")], first_id=1000)
    assert search.count(SearchRequest("s")) == slow_count(catalogue, "s")


def test_prepare_stops_when_told_and_answers_stay_exact(catalogue) -> None:
    insert(catalogue, sorted(demo_positions(), key=lambda p: p.date_posted))
    catalogue.commit()
    search = CatalogueSearch(catalogue)
    asked = []

    def stop_after_letters() -> bool:
        asked.append(1)
        return len(asked) > 40  # every continuation, then a few counts

    with pytest.raises(SearchCancelled):
        search.prepare(stop_after_letters)
    made = [letter for letter in LETTERS if search._short_counts.get(text_index.match_expression(letter)) is not None]
    assert 0 < len(made) < len(LETTERS)
    assert_letters_exact(catalogue)


def test_the_characters_most_positions_hold_are_the_ones_counted(catalogue, monkeypatch) -> None:
    insert(catalogue, sorted(demo_positions(), key=lambda p: p.date_posted))
    monkeypatch.setattr(short_counts, "FREQUENT", 6)
    frequent = short_counts.frequent_characters(catalogue)
    assert len(frequent) == 6 and "岗" in frequent  # in all 40 titles
    assert "主" not in frequent and "开" not in frequent  # in a quarter and an eighth of them
