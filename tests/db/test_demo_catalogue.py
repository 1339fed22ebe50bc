"""The bundled demo catalogue: FACTS.md's employers with their real details, sample data marked, built atomically."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db import demo_catalogue
from db.catalogue_export import iter_positions
from db.catalogue_schema import open_catalogue
from db.catalogue_search import CatalogueSearch, Filters, SearchRequest
from db.demo_catalogue import ensure_catalogue


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> list:
    path = ensure_catalogue(tmp_path_factory.mktemp("data"))
    conn = open_catalogue(path, read_only=True)
    positions = list(iter_positions(conn))
    conn.close()
    return positions


def campaign(demo: list, employer: str) -> list:
    return [p for p in demo if p.employer == employer and p.source == "campaign"]


def test_luwang_offers_four_customer_service_and_three_packer_positions_in_boshan(demo) -> None:
    positions = campaign(demo, "鲁王钓具官方店铺")
    openings = {p.category: p.openings for p in positions}
    assert openings == {"customer_service": 4, "packer": 3}
    assert {(p.province, p.city, p.district) for p in positions} == {("山东省", "淄博市", "博山区")}
    assert all("李成" in p.description for p in positions)


def test_zhiyuan_offers_five_landscape_design_positions_with_training_subsidy_and_meals(demo) -> None:
    [position] = campaign(demo, "山东智源景观设计有限公司")
    assert (position.category, position.openings, position.title) == ("designer", 5, "景观平面设计")
    assert (position.training_days, position.training_subsidy, position.meals) == (90, 1500, True)
    assert "3个月" in position.description and "王伟" in position.description
    assert position.salary_min is None and position.salary_max is None  # not in FACTS, so not invented


def test_zhao_yunchao_pear_shop_hires_online_customer_service_in_malianzhuang(demo) -> None:
    [position] = [p for p in demo if "秋月梨" in p.employer]
    assert position.category == "customer_service" and position.source == "campaign"
    assert (position.province, position.city, position.district) == ("山东省", "青岛市", "莱西市马连庄镇")


def test_quzhou_angel_wings_base_offers_centralised_plus_home_based_work(demo) -> None:
    positions = [p for p in demo if "天使之翼" in p.employer]
    assert {p.category for p in positions} == {"customer_service", "livestream_host"}
    assert {p.work_mode for p in positions} == {"hybrid"}
    assert all(p.city == "衢州市" for p in positions)
    reviewer = [p for p in demo if p.title == "互联网信息审核员" and p.source == "campaign"]
    assert reviewer and reviewer[0].city == "衢州市" and "郑芬芳" in reviewer[0].description


def test_other_named_campaign_roles_are_present(demo) -> None:
    by_employer = {p.employer: p for p in demo if p.source == "campaign"}
    assert by_employer["淘宝直播"].district == "东城区" and by_employer["淘宝直播"].category == "livestream_host"
    assert by_employer["饿了么"].disabilities == ("hearing",)
    assert by_employer["阿里巴巴"].title == "云客服" and by_employer["阿里巴巴"].work_mode == "home_based"
    assert "盒马" in by_employer


def test_campaign_positions_apply_through_the_campaign_channels(demo) -> None:
    for position in (p for p in demo if p.source == "campaign"):
        assert position.apply_channels == ("cdpf_platform", "taobao", "alipay")
        assert position.salary_min is None  # no campaign salary is published in FACTS.md


def test_demo_has_about_3600_positions_and_the_rest_are_marked_sample(demo) -> None:
    assert len(demo) == 3600
    sources = {p.source for p in demo}
    assert sources == {"campaign", "sample"}
    samples = [p for p in demo if p.source == "sample"]
    assert len({p.category for p in samples}) == 18 and len({p.city for p in samples}) > 100


def test_demo_is_searchable_at_once(tmp_path) -> None:
    conn = open_catalogue(ensure_catalogue(tmp_path), read_only=True)
    search = CatalogueSearch(conn)
    luwang = search.positions(search.ids(SearchRequest(text="鲁王", filters=Filters(sources=("campaign",)))))
    assert {p.category for p in luwang} == {"customer_service", "packer"}
    conn.close()


def test_existing_catalogue_is_left_alone(tmp_path) -> None:
    path = ensure_catalogue(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM positions WHERE source = 'sample'")
    conn.commit()
    conn.close()
    assert ensure_catalogue(tmp_path) == path
    conn = open_catalogue(path, read_only=True)
    assert conn.execute("SELECT count(*) FROM positions").fetchone()[0] == 11
    conn.close()


def test_a_first_start_killed_mid_build_leaves_no_catalogue(tmp_path, monkeypatch) -> None:
    def crash(path: Path) -> None:
        open_catalogue(path).close()  # a half-built file exists...
        raise KeyboardInterrupt  # ...when the process is stopped

    monkeypatch.setattr(demo_catalogue, "PREBUILT_FILE", tmp_path / "missing" / "prebuilt.sqlite")
    monkeypatch.setattr(demo_catalogue, "build_demo", crash)
    with pytest.raises(KeyboardInterrupt):
        ensure_catalogue(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    monkeypatch.undo()
    assert ensure_catalogue(tmp_path).exists()


def test_campaign_positions_invent_no_employment_type_or_dates(demo) -> None:
    for position in (p for p in demo if p.source == "campaign"):
        assert position.employment_types == ()
        assert position.date_posted == "" and position.valid_through is None


def test_a_first_start_killed_while_copying_the_prebuilt_catalogue_leaves_no_catalogue(tmp_path, monkeypatch) -> None:
    prebuilt = tmp_path / "resources" / "prebuilt.sqlite"
    prebuilt.parent.mkdir()
    demo_catalogue.prebuild(prebuilt)
    data = tmp_path / "data"

    def crash(source, destination) -> None:
        Path(destination).write_bytes(Path(source).read_bytes()[:4096])  # half a file...
        raise KeyboardInterrupt  # ...when the process is stopped

    monkeypatch.setattr(demo_catalogue, "PREBUILT_FILE", prebuilt)
    monkeypatch.setattr(demo_catalogue.shutil, "copyfile", crash)
    with pytest.raises(KeyboardInterrupt):
        ensure_catalogue(data)
    assert sorted(p.name for p in data.iterdir()) == []


def _contents(path: Path) -> tuple[list, list[int]]:
    conn = open_catalogue(path, read_only=True)
    try:
        search = CatalogueSearch(conn)
        return list(iter_positions(conn)), search.ids(SearchRequest(text="客服 kf"))
    finally:
        conn.close()


@pytest.fixture(scope="module")
def built_from_sources(tmp_path_factory) -> tuple[list, list[int]]:
    folder = tmp_path_factory.mktemp("sources")
    demo_catalogue.build_demo(folder / "catalogue.sqlite")
    return _contents(folder / "catalogue.sqlite")


def test_a_first_start_copies_the_prebuilt_catalogue_which_equals_one_built_from_sources(
        tmp_path, monkeypatch, built_from_sources) -> None:
    prebuilt = tmp_path / "prebuilt.sqlite"
    assert demo_catalogue.prebuild(prebuilt) is True
    assert demo_catalogue.prebuild(prebuilt) is False  # up to date: the build does not redo it
    monkeypatch.setattr(demo_catalogue, "PREBUILT_FILE", prebuilt)
    monkeypatch.setattr(demo_catalogue, "build_demo", lambda path: pytest.fail("built instead of copied"))
    path = ensure_catalogue(tmp_path / "data")
    assert _contents(path) == built_from_sources
    assert prebuilt.exists()  # copied, not moved: the next person's first start needs it too


@pytest.mark.parametrize("damage", ["stale", "garbage", "empty", "missing"])
def test_a_stale_or_damaged_prebuilt_catalogue_is_not_used_and_the_demo_is_built_from_sources(
        tmp_path, monkeypatch, built_from_sources, damage) -> None:
    prebuilt = tmp_path / "prebuilt.sqlite"
    if damage == "stale":
        demo_catalogue.prebuild(prebuilt)
        conn = sqlite3.connect(prebuilt)
        with conn:  # as if built before a change to the indexer or the campaign file
            conn.execute("UPDATE catalogue_meta SET value = 'older' WHERE key = 'demo_fingerprint'")
            conn.execute("DELETE FROM positions WHERE source = 'campaign'")
        conn.close()
    elif damage == "garbage":
        prebuilt.write_bytes(b"not a database" * 1000)
    elif damage == "empty":
        prebuilt.write_bytes(b"")
    monkeypatch.setattr(demo_catalogue, "PREBUILT_FILE", prebuilt)
    assert _contents(ensure_catalogue(tmp_path / "data")) == built_from_sources


def test_a_change_to_the_campaign_file_or_the_indexer_changes_the_fingerprint(tmp_path, monkeypatch) -> None:
    before = demo_catalogue.fingerprint()
    campaign = tmp_path / "campaign.jsonl"
    campaign.write_bytes(demo_catalogue.CAMPAIGN_FILE.read_bytes() + b"\n")
    monkeypatch.setattr(demo_catalogue, "CAMPAIGN_FILE", campaign)
    assert demo_catalogue.fingerprint() != before
    monkeypatch.undo()
    monkeypatch.setattr(demo_catalogue, "DEMO_VERSION", "changed")
    assert demo_catalogue.fingerprint() != before
    assert "db.search_index" in demo_catalogue._BUILT_FROM and "db.text_index" in demo_catalogue._BUILT_FROM
