"""Broken files produce a report or a typed error and leave the catalogue exactly as it was."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.catalogue_import import import_files
from db.catalogue_schema import open_catalogue
from db.errors import UnreadableFile

GOOD = {"external_id": "a", "title": "网店客服", "employer": "鲁王钓具官方店铺", "category": "customer_service",
        "date_posted": "2022-12-01"}


@pytest.fixture
def catalogue(tmp_path: Path):
    conn = open_catalogue(tmp_path / "catalogue.sqlite")
    existing = tmp_path / "existing.jsonl"
    existing.write_text(json.dumps({**GOOD, "external_id": "kept"}, ensure_ascii=False) + "\n", encoding="utf-8")
    import_files(conn, [existing])
    yield conn
    conn.close()


def snapshot(conn) -> tuple:
    rows = [tuple(r) for r in conn.execute("SELECT * FROM positions ORDER BY id")]
    # The contentless FTS table can still be counted and queried through its index.
    index = conn.execute("SELECT count(*) FROM positions_fts WHERE positions_fts MATCH '\"客 服\"'").fetchone()[0]
    return rows, index


def good_line() -> str:
    return json.dumps(GOOD, ensure_ascii=False)


def import_expecting_rejects(conn, path: Path) -> list[tuple[int, str, str]]:
    before = snapshot(conn)
    report = import_files(conn, [path])
    assert not report.applied
    assert snapshot(conn) == before
    return [(r.where, r.field, r.reason) for r in report.rejected]


def import_expecting_error(conn, path: Path) -> UnreadableFile:
    before = snapshot(conn)
    with pytest.raises(UnreadableFile) as caught:
        import_files(conn, [path])
    assert snapshot(conn) == before
    return caught.value


def test_truncated_jsonl_reports_its_last_line(catalogue, tmp_path) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_text(good_line() + "\n" + good_line().replace('"a"', '"b"')[:40], encoding="utf-8")
    assert import_expecting_rejects(catalogue, path) == [(2, "", "bad_json")]


def test_truncated_jsonld_is_unreadable_at_its_line(catalogue, tmp_path) -> None:
    path = tmp_path / "cut.json"
    path.write_text('{"@graph": [\n' + json.dumps({**GOOD, "@type": "JobPosting"})[:30], encoding="utf-8")
    assert import_expecting_error(catalogue, path).reason == "bad_json"


def test_jsonl_in_a_legacy_encoding_is_reported_per_line(catalogue, tmp_path) -> None:
    path = tmp_path / "gbk.jsonl"
    path.write_bytes(good_line().encode("gb18030") + b"\n")
    assert import_expecting_rejects(catalogue, path) == [(1, "", "encoding")]


def test_csv_that_is_neither_utf8_nor_gb18030_is_unreadable(catalogue, tmp_path) -> None:
    path = tmp_path / "binary.csv"
    path.write_bytes(b"external_id,title\r\n" + bytes([0x81, 0x30, 0xFF, 0xFE]) * 10)
    error = import_expecting_error(catalogue, path)
    assert error.reason == "encoding"


def test_wrong_types_are_rejected_by_field(catalogue, tmp_path) -> None:
    path = tmp_path / "types.jsonl"
    lines = [json.dumps({**GOOD, "external_id": "b", "title": ["not", "text"]}),
             json.dumps({**GOOD, "external_id": "c", "openings": True}),
             json.dumps({**GOOD, "external_id": "d", "disabilities": {"vision": 1}}),
             json.dumps(["an", "array"])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert import_expecting_rejects(catalogue, path) == [
        (1, "title", "wrong_type"), (2, "openings", "wrong_type"), (3, "disabilities", "wrong_type"), (4, "", "wrong_type")]


def test_missing_required_fields_are_rejected(catalogue, tmp_path) -> None:
    path = tmp_path / "missing.csv"
    path.write_text("external_id,title,employer\r\nx,网店客服,鲁王钓具官方店铺\r\n", encoding="utf-8")
    assert import_expecting_rejects(catalogue, path) == [(2, "category", "required")]


def test_ten_megabyte_single_line_jsonl_is_one_rejected_line(catalogue, tmp_path) -> None:
    path = tmp_path / "huge.jsonl"
    huge = json.dumps({**GOOD, "external_id": "huge", "description": "客" * (10 * 1024 * 1024 // 3)}, ensure_ascii=False)
    path.write_text(good_line() + "\n" + huge + "\n" + good_line().replace('"a"', '"z"') + "\n", encoding="utf-8")
    assert import_expecting_rejects(catalogue, path) == [(2, "", "too_long")]


def test_long_description_under_the_line_cap_is_rejected_as_too_long(catalogue, tmp_path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({**GOOD, "description": "客" * 100_000}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert import_expecting_rejects(catalogue, path) == [(1, "description", "too_long")]


def test_ten_megabyte_csv_cell_is_unreadable(catalogue, tmp_path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("external_id,title,employer,category,description\r\nh,t,e,客服,\"" + "x" * (10 * 1024 * 1024) + "\"\r\n",
                    encoding="utf-8")
    error = import_expecting_error(catalogue, path)
    assert (error.reason, error.where) == ("too_long", 2)


@pytest.mark.parametrize("suffix", ["jsonl", "json"])
def test_deeply_nested_json_is_reported_not_a_recursion_error(catalogue, tmp_path, suffix) -> None:
    path = tmp_path / f"deep.{suffix}"
    path.write_text("[" * 200_000 + "]" * 200_000 + "\n", encoding="utf-8")
    if suffix == "jsonl":
        assert import_expecting_rejects(catalogue, path) == [(1, "", "too_deep")]
    else:
        assert import_expecting_error(catalogue, path).reason == "too_deep"


def test_deeply_nested_value_inside_a_record_is_a_wrong_type(catalogue, tmp_path) -> None:
    path = tmp_path / "deep-field.jsonl"
    path.write_text('{"external_id": "d", "title": "t", "employer": "e", "category": "客服", "questions": '
                    + "[" * 500 + "]" * 500 + "}\n", encoding="utf-8")
    assert import_expecting_rejects(catalogue, path) == [(1, "questions", "wrong_type")]


def test_missing_file_and_unknown_suffix_are_typed_errors(catalogue, tmp_path) -> None:
    assert import_expecting_error(catalogue, tmp_path / "absent.jsonl").reason == "cannot_open"
    odd = tmp_path / "positions.xml"
    odd.write_text("<x/>", encoding="utf-8")
    assert import_expecting_error(catalogue, odd).reason == "unknown_format"


def test_empty_files_import_nothing_and_succeed(catalogue, tmp_path) -> None:
    for name in ("empty.csv", "empty.jsonl"):
        (tmp_path / name).write_bytes(b"")
    report = import_files(catalogue, [tmp_path / "empty.csv", tmp_path / "empty.jsonl"])
    assert (report.applied, report.added, report.rejected) == (True, 0, ())
