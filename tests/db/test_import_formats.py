"""Reading each catalogue format: CSV encodings and headers, JSON Lines, JSON-LD shapes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.catalogue_export import iter_positions
from db.catalogue_import import import_files
from db.catalogue_schema import open_catalogue

CSV_HEADER = "external_id,title,employer,category,province,city,district,work_mode,openings,salary_min,salary_max,meals,disabilities\r\n"
CSV_ROW = "lw-1,网店客服,鲁王钓具官方店铺,客服,山东省,淄博市,博山区,居家办公,4,3000,4500,是,听力残疾|肢体残疾\r\n"


@pytest.fixture
def catalogue(tmp_path: Path):
    conn = open_catalogue(tmp_path / "catalogue.sqlite")
    yield conn
    conn.close()


def _only(conn):
    positions = list(iter_positions(conn))
    assert len(positions) == 1
    return positions[0]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_in_utf8_with_or_without_bom_and_in_gb18030_reads_the_same(catalogue, tmp_path, encoding) -> None:
    path = tmp_path / "positions.csv"
    path.write_bytes((CSV_HEADER + CSV_ROW).encode(encoding))
    report = import_files(catalogue, [path])
    assert (report.added, report.rejected, report.applied) == (1, (), True)
    position = _only(catalogue)
    assert position.title == "网店客服" and position.employer == "鲁王钓具官方店铺"
    assert (position.category, position.work_mode) == ("customer_service", "home_based")
    assert (position.province, position.city, position.district) == ("山东省", "淄博市", "博山区")
    assert (position.openings, position.salary_min, position.salary_max, position.meals) == (4, 3000, 4500, True)
    assert position.disabilities == ("hearing", "physical")


def test_csv_with_chinese_headers_as_a_spreadsheet_has_them(catalogue, tmp_path) -> None:
    path = tmp_path / "表格.csv"
    path.write_bytes("编号,职位名称,用人单位,岗位类别,城市,招聘人数,包吃\r\nz-1,景观平面设计,山东智源景观设计有限公司,设计师,济南市,5,是\r\n"
                     .encode("gb18030"))
    report = import_files(catalogue, [path])
    assert report.added == 1
    position = _only(catalogue)
    assert (position.external_id, position.category, position.openings, position.meals) == ("z-1", "designer", 5, True)


def test_jsonl_accepts_english_names_and_codes_for_vocabulary_fields(catalogue, tmp_path) -> None:
    path = tmp_path / "positions.jsonl"
    record = {"external_id": "j-1", "title": "Livestream host", "employer": "Shop", "category": "Livestream host",
              "work_mode": "Centralised + home-based", "employment_types": ["Part-time", "full_time"],
              "interview_channels": "text|video", "date_posted": "2022-12-01"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert import_files(catalogue, [path]).added == 1
    position = _only(catalogue)
    assert (position.category, position.work_mode) == ("livestream_host", "hybrid")
    assert position.employment_types == ("full_time", "part_time")
    assert position.interview_channels == ("text", "video")


JOB_POSTING = {
    "@context": "https://schema.org/",
    "@type": "JobPosting",
    "identifier": {"@type": "PropertyValue", "name": "shop", "value": "feed-1"},
    "title": "淘宝客服专员",
    "description": "负责在线回复顾客咨询。",
    "hiringOrganization": {"@type": "Organization", "name": "赵云超的秋月梨淘宝店"},
    "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressRegion": "山东省",
                                                  "addressLocality": "青岛市", "streetAddress": "莱西市马连庄镇"}},
    "jobLocationType": "TELECOMMUTE",
    "employmentType": "PART_TIME",
    "baseSalary": {"@type": "MonetaryAmount", "currency": "CNY",
                   "value": {"@type": "QuantitativeValue", "minValue": 20, "maxValue": 25, "unitText": "HOUR"}},
    "datePosted": "2022-12-01T09:00:00+08:00",
    "validThrough": "2023-01-31T23:59",
    "totalJobOpenings": 3,
}


def _check_feed_posting(position) -> None:
    assert position.external_id == "feed-1" and position.title == "淘宝客服专员"
    assert position.employer == "赵云超的秋月梨淘宝店"
    assert (position.province, position.city, position.district) == ("山东省", "青岛市", "莱西市马连庄镇")
    assert position.work_mode == "home_based"
    assert position.employment_types == ("part_time",)
    assert (position.salary_min, position.salary_max, position.salary_unit) == (20, 25, "hour")
    assert (position.date_posted, position.valid_through, position.openings) == ("2022-12-01", "2023-01-31", 3)
    assert position.category == "customer_service"  # from the title: foreign feeds have no zhumeng:category


@pytest.mark.parametrize("shape", ["object", "array", "graph"])
def test_jsonld_job_posting_as_one_object_an_array_or_a_graph(catalogue, tmp_path, shape) -> None:
    document = {"object": JOB_POSTING, "array": [JOB_POSTING],
                "graph": {"@context": "https://schema.org/", "@graph": [JOB_POSTING]}}[shape]
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    report = import_files(catalogue, [path])
    assert (report.added, report.rejected) == (1, ())
    _check_feed_posting(_only(catalogue))


def test_jsonld_graph_resolves_an_organization_by_id_and_plain_string_identifier(catalogue, tmp_path) -> None:
    posting = {**JOB_POSTING, "identifier": "feed-1", "hiringOrganization": {"@id": "#shop"}}
    document = {"@graph": [{"@id": "#shop", "@type": "Organization", "name": "赵云超的秋月梨淘宝店"}, posting]}
    path = tmp_path / "feed.jsonld"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert import_files(catalogue, [path]).added == 1
    _check_feed_posting(_only(catalogue))


def test_jsonld_employment_type_list_and_single_salary_value(catalogue, tmp_path) -> None:
    posting = {**JOB_POSTING, "employmentType": ["FULL_TIME", "CONTRACTOR"],
               "baseSalary": {"@type": "MonetaryAmount", "currency": "CNY",
                              "value": {"@type": "QuantitativeValue", "value": 5000, "unitText": "MONTH"}}}
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(posting, ensure_ascii=False), encoding="utf-8")
    assert import_files(catalogue, [path]).added == 1
    position = _only(catalogue)
    assert position.employment_types == ("full_time", "contractor")
    assert (position.salary_min, position.salary_max, position.salary_unit) == (5000, 5000, "month")


def test_jsonld_in_another_currency_is_rejected_with_its_index(catalogue, tmp_path) -> None:
    dollars = {**JOB_POSTING, "identifier": "feed-2",
               "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": 10}}
    path = tmp_path / "feed.json"
    path.write_text(json.dumps([JOB_POSTING, dollars], ensure_ascii=False), encoding="utf-8")
    report = import_files(catalogue, [path])
    assert not report.applied
    assert [(r.where, r.where_kind, r.field, r.reason) for r in report.rejected] == [
        (1, "index", "baseSalary", "unsupported_currency")]


def test_jsonl_line_holding_a_job_posting_imports_like_jsonld(catalogue, tmp_path) -> None:
    path = tmp_path / "feed.ndjson"
    path.write_text(json.dumps(JOB_POSTING, ensure_ascii=False) + "\n", encoding="utf-8")
    assert import_files(catalogue, [path]).added == 1
    _check_feed_posting(_only(catalogue))
