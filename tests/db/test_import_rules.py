"""Import semantics: rejects report, all-or-nothing, skip-invalid, upsert, idempotence, date order."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from db import search_index
from db.catalogue_export import iter_positions
from db.catalogue_import import import_files
from db.catalogue_schema import open_catalogue
from db.catalogue_search import CatalogueSearch, SearchRequest


@pytest.fixture
def catalogue(tmp_path: Path):
    conn = open_catalogue(tmp_path / "catalogue.sqlite")
    yield conn
    conn.close()


def record(external_id: str, **fields) -> dict:
    base = {"external_id": external_id, "title": "网店客服", "employer": "鲁王钓具官方店铺", "category": "customer_service",
            "date_posted": "2022-12-01"}
    return {**base, **fields}


def write_jsonl(path: Path, records: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records),
                    encoding="utf-8")
    return path


def titles_found(conn, text: str) -> list[str]:
    search = CatalogueSearch(conn)
    return [p.title for p in search.positions(search.ids(SearchRequest(text=text)))]


def test_every_rejected_record_is_reported_with_line_field_and_reason(catalogue, tmp_path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [
        record("a"),
        record("b", category="厨师"),
        record("c", title=""),
        "{not json",
        record("d", openings="many"),
        record("e", salary_min=5000, salary_max=3000),
        record("f", date_posted="2022-13-01"),
        record("a"),
    ])
    report = import_files(catalogue, [path])
    assert not report.applied
    assert [(r.where, r.where_kind, r.field, r.reason) for r in report.rejected] == [
        (2, "line", "category", "unknown_value"),
        (3, "line", "title", "required"),
        (4, "line", "", "bad_json"),
        (5, "line", "openings", "not_a_number"),
        (6, "line", "salary_max", "salary_order"),
        (7, "line", "date_posted", "bad_date"),
        (8, "line", "external_id", "duplicate"),
    ]
    assert report.rejected[0].value == "厨师"


def test_one_bad_record_changes_nothing(catalogue, tmp_path) -> None:
    import_files(catalogue, [write_jsonl(tmp_path / "old.jsonl", [record("a", title="包装工")])])
    update = write_jsonl(tmp_path / "new.jsonl", [record("a", title="网店客服"), record("b"), record("c", category="?")])
    report = import_files(catalogue, [update])
    assert (report.applied, report.added, report.updated) == (False, 0, 0)
    assert [p.title for p in iter_positions(catalogue)] == ["包装工"]
    assert titles_found(catalogue, "包装") == ["包装工"] and titles_found(catalogue, "网店") == []


def test_several_files_are_one_transaction(catalogue, tmp_path) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", [record("a")])
    bad = write_jsonl(tmp_path / "bad.jsonl", [record("b", work_mode="flying")])
    report = import_files(catalogue, [good, bad])
    assert not report.applied and report.rejected[0].reason == "unknown_value"
    assert list(iter_positions(catalogue)) == []


def test_skip_invalid_imports_the_rest_and_counts_the_skipped(catalogue, tmp_path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [record("a"), record("b", category="?"), record("c")])
    report = import_files(catalogue, [path], skip_invalid=True)
    assert (report.applied, report.added, report.skipped, len(report.rejected)) == (True, 2, 1, 1)
    assert [p.external_id for p in iter_positions(catalogue)] == ["a", "c"]


def test_importing_the_same_file_twice_changes_nothing(catalogue, tmp_path) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [record("a"), record("b", title="包装工", category="packer")])
    first = import_files(catalogue, [path])
    before = list(catalogue.execute("SELECT * FROM positions"))
    second = import_files(catalogue, [path])
    assert (first.added, second.added, second.updated, second.unchanged) == (2, 0, 0, 2)
    assert [tuple(r) for r in catalogue.execute("SELECT * FROM positions")] == [tuple(r) for r in before]


def test_changed_record_updates_the_position_and_its_search_index(catalogue, tmp_path) -> None:
    import_files(catalogue, [write_jsonl(tmp_path / "v1.jsonl", [record("a", title="包装工", category="packer")])])
    report = import_files(catalogue, [write_jsonl(tmp_path / "v2.jsonl", [record("a", title="直播带货主播",
                                                                                  category="主播")])])
    assert (report.added, report.updated) == (0, 1)
    assert titles_found(catalogue, "主播") == ["直播带货主播"]
    assert titles_found(catalogue, "包装") == []
    assert titles_found(catalogue, "zhubo") == ["直播带货主播"]


def test_new_positions_get_ids_in_posting_date_order(catalogue, tmp_path) -> None:
    dates = ["2022-03-01", "2022-01-01", "2022-02-01", "2021-12-31"]
    path = write_jsonl(tmp_path / "in.jsonl", [record(f"p{i}", date_posted=d, title=f"客服{i}") for i, d in enumerate(dates)])
    import_files(catalogue, [path])
    rows = [tuple(r) for r in catalogue.execute("SELECT date_posted, external_id FROM positions ORDER BY id")]
    assert rows == sorted(rows)
    assert search_index.order_flag(catalogue)
    # The renumbered rows are findable under their new ids (the index moved with them).
    assert sorted(titles_found(catalogue, "客服")) == ["客服0", "客服1", "客服2", "客服3"]


def test_out_of_order_rows_after_an_ordered_batch_are_still_indexed_once(catalogue, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("db.catalogue_import.BATCH", 2)  # the first batch is indexed before disorder shows
    dates = ["2022-01-01", "2022-01-02", "2022-01-03", "2021-06-01", "2022-01-04"]
    path = write_jsonl(tmp_path / "in.jsonl", [record(f"p{i}", date_posted=d, title=f"客服{i}") for i, d in enumerate(dates)])
    import_files(catalogue, [path])
    assert [r[0] for r in catalogue.execute("SELECT external_id FROM positions ORDER BY id")] == ["p3", "p0", "p1", "p2", "p4"]
    assert sorted(titles_found(catalogue, "客服")) == [f"客服{i}" for i in range(5)]
    # Rebuilding from scratch gives the same index: nothing stale was left behind.
    assert CatalogueSearch(catalogue).count(SearchRequest(text="客服")) == 5
    search_index.rebuild(catalogue)
    assert CatalogueSearch(catalogue).count(SearchRequest(text="客服")) == 5


def test_older_positions_imported_later_clear_the_order_flag(catalogue, tmp_path) -> None:
    import_files(catalogue, [write_jsonl(tmp_path / "a.jsonl", [record("new", date_posted="2022-12-01")])])
    assert search_index.order_flag(catalogue)
    import_files(catalogue, [write_jsonl(tmp_path / "b.jsonl", [record("old", date_posted="2020-01-01")])])
    assert not search_index.order_flag(catalogue)


@pytest.mark.parametrize("dates", [
    ["2022-01-01", "2022-01-02", "2022-01-03", "2022-01-04", "2022-01-05", "2022-01-06", "2022-01-07"],
    ["2022-01-01", "2022-01-02", "2022-01-03", "2022-01-04", "2021-01-01", "2022-01-06", "2022-01-07"],
])
def test_large_imports_index_in_a_helper_process_with_the_same_result(catalogue, tmp_path, monkeypatch, dates) -> None:
    monkeypatch.setattr("db.catalogue_import.BATCH", 2)
    monkeypatch.setattr("db.catalogue_import.BACKGROUND_FROM", 2)  # helper from the first full batch on
    path = write_jsonl(tmp_path / "in.jsonl", [record(f"p{i}", date_posted=d, title=f"客服{i}", category="主播")
                                               for i, d in enumerate(dates)])
    assert import_files(catalogue, [path]).added == len(dates)
    rows = [tuple(r) for r in catalogue.execute("SELECT date_posted, external_id FROM positions ORDER BY id")]
    assert [d for d, _ in rows] == sorted(dates)
    assert sorted(titles_found(catalogue, "客服")) == sorted(f"客服{i}" for i in range(len(dates)))
    assert sorted(titles_found(catalogue, "kefu")) == sorted(titles_found(catalogue, "客服"))
    # What was indexed equals a fresh index of what is stored (no stale or missing entries).
    search = CatalogueSearch(catalogue)
    before = {q: search.count(SearchRequest(text=q)) for q in ("客服", "主播", "zb", "鲁王")}
    search_index.rebuild(catalogue)
    assert {q: search.count(SearchRequest(text=q)) for q in before} == before


def test_import_carries_on_when_the_helper_process_cannot_start(catalogue, tmp_path, monkeypatch) -> None:
    from concurrent.futures.process import BrokenProcessPool

    class BrokenPool:
        def __init__(self, *args, **kwargs) -> None:
            pass

        def submit(self, *args, **kwargs):
            raise BrokenProcessPool("no __main__ to spawn from")

        def shutdown(self, *args, **kwargs) -> None:
            pass

    monkeypatch.setattr("db.import_indexer.ProcessPoolExecutor", BrokenPool)
    monkeypatch.setattr("db.catalogue_import.BATCH", 2)
    monkeypatch.setattr("db.catalogue_import.BACKGROUND_FROM", 2)
    path = write_jsonl(tmp_path / "in.jsonl", [record(f"p{i}", title=f"客服{i}") for i in range(5)])
    assert import_files(catalogue, [path]).added == 5
    assert sorted(titles_found(catalogue, "客服")) == [f"客服{i}" for i in range(5)]
