"""Catalogue search as a person uses it: queries, filters, sorts, facets, pages."""
from __future__ import annotations

import sqlite3

import pytest

from db import search_index
from db.catalogue_search import CatalogueSearch, Filters, SearchRequest, Sort
from db.errors import SearchCancelled, UnknownFilter
from db.position import Position
from tests.db.test_search_index import insert, make_position

POSITIONS = {
    "p1": make_position(
        1, title="客服专员", employer="淄博某某电子商务有限公司", city="淄博市", date_posted="2024-03-01",
        salary_min=3000, salary_max=4500, disabilities=("hearing", "physical"),
        accommodations=("flexible_hours", "remote_interview"), training_days=7, training_subsidy=1000, meals=True),
    "p2": make_position(
        2, title="Java开发工程师", employer="北京星河科技", category="data_labelling", province="北京市", city="北京市",
        work_mode="home_based", date_posted="2024-02-01", salary_min=8000, salary_max=12000, disabilities=("vision",),
        accommodations=("screen_reader_tools", "flexible_hours", "remote_interview"), housing=True),
    "p3": make_position(
        3, title="电商主播", employer="杭州直播基地", category="livestream_host", province="浙江省", city="杭州市",
        work_mode="hybrid", employment_types=("part_time",), date_posted="2024-01-15", salary_min=200, salary_max=300,
        salary_unit="day", disabilities=("physical", "speech"), accommodations=("wheelchair_access",),
        interview_channels=("video",)),
    "p4": make_position(
        4, title="Customer service representative", employer="Shenzhen Global Trade Ltd", province="广东省",
        city="深圳市", date_posted="2023-12-01", openings=5, description="English speaking team"),
    "p5": make_position(
        5, title="面点师", employer="淄博面食坊", category="pastry_chef", date_posted="2023-11-01",
        salary_min=4000, salary_max=4000, openings=3, valid_through="2023-12-31"),
    "p6": make_position(
        6, title="网站编辑", employer="济南文化传媒", category="web_editor", city="济南市", date_posted="2024-03-01",
        source="campaign"),
    "p7": make_position(7, title="KF team kefu", employer="Demo Ltd", date_posted="2023-10-01"),
}


@pytest.fixture(params=["date_ordered", "shuffled"])
def search(request: pytest.FixtureRequest) -> CatalogueSearch:
    """A search over POSITIONS, once with rowids in date order (FTS fast path) and once without."""
    from db.catalogue_schema import open_catalogue

    conn = open_catalogue(":memory:")
    positions = list(POSITIONS.values())
    if request.param == "date_ordered":
        positions.sort(key=lambda p: p.date_posted)
    insert(conn, positions)
    assert search_index.order_flag(conn) is (request.param == "date_ordered")
    return CatalogueSearch(conn)


def found(search: CatalogueSearch, text: str = "", sort: Sort = Sort.DATE, **filters: object) -> list[str]:
    """External ids of every result, in order."""
    request = SearchRequest(text, Filters(**filters), sort)  # type: ignore[arg-type]
    ids = search.ids(request)
    assert search.count(request) == len(ids)
    assert search.first_page(request, limit=3) == ids[:3]
    return [p.external_id for p in search.positions(ids)]


@pytest.mark.parametrize(("text", "expected"), [
    ("客", {"p1", "p4", "p7"}),                 # one character: in a title, or the category 客服
    ("客服", {"p1", "p4", "p7"}),
    ("客服专员", {"p1"}),
    ("主播", {"p3"}),
    ("播", {"p3"}),
    ("开发", {"p2"}),
    ("商主", {"p3"}),                            # a substring across a word boundary within the title
    ("custom", {"p1", "p4", "p7"}),              # English prefix, also the category's English name
    ("Customer service", {"p1", "p4", "p7"}),
    ("CUSTOMER", {"p1", "p4", "p7"}),
    ("java", {"p2"}),
    ("Java开发", {"p2"}),
    ("kefu", {"p1", "p4", "p7"}),                # full pinyin
    ("kef", {"p1", "p4", "p7"}),                 # pinyin with a partial last syllable
    ("kf", {"p1", "p2", "p4", "p7"}),            # initials: 客服 and 开发 alike
    ("zhubo", {"p3"}),
    ("zb", {"p1", "p3", "p5", "p6", "p7"}),      # 淄博 zi bo, 主播 zhu bo, 直播 zhi bo, 网站编辑 zhan bian
    ("mianshi", {"p5"}),                         # the employer 面食坊
    ("zibo", {"p1", "p5", "p7"}),
    ("客服 zibo", {"p1", "p7"}),
    ("淄博 kefu", {"p1", "p7"}),
    ("客服 beijing", set()),
    ("ｋｅｆｕ", {"p1", "p4", "p7"}),              # full-width letters, as some input methods type them
    ("English speaking", {"p4"}),
    ("xyzzy", set()),
    ("司客", set()),                             # employer's last and category's first character: two fields
])
def test_query_finds(search: CatalogueSearch, text: str, expected: set[str]) -> None:
    assert set(found(search, text)) == expected


@pytest.mark.parametrize("text", [
    '"', '""', "AND", "OR", "NOT", "NEAR(", "NEAR(客 服)", "*", "**", '"客服', '客服"', "title:x", "pinyin:kefu",
    "-", "-客服", "+", "^客", "(", ")", "()", "{title}", ":", "a AND b", "客 OR 服", "\x00", "\ue000", "\ue000客",
    "🙂", "e\u0301", "ǅ", "ß", "İ", "٣", "\u200b", "客\u200d服", "\\", "'", "%", "_", "a" * 300, "客" * 200,
])
def test_fts_syntax_and_odd_text_never_raise(search: CatalogueSearch, text: str) -> None:
    request = SearchRequest(text)
    results = search.ids(request)
    assert search.count(request) == len(results) <= len(POSITIONS)
    search.facets(request)
    for sort in Sort:
        search.first_page(SearchRequest(text, sort=sort))


@pytest.mark.parametrize(("text", "like"), [('"客服', "客服"), ('客服"', "客服"), ("NEAR(客服)", "near 客服"), ("*", "")])
def test_syntax_characters_are_ignored(search: CatalogueSearch, text: str, like: str) -> None:
    assert found(search, text) == found(search, like)


def test_empty_query_means_everything(search: CatalogueSearch) -> None:
    assert set(found(search, "  \t ")) == set(POSITIONS)


@pytest.mark.parametrize(("filters", "expected"), [
    ({"categories": ("customer_service",)}, {"p1", "p4", "p7"}),
    ({"categories": ("pastry_chef", "web_editor")}, {"p5", "p6"}),
    ({"cities": ("淄博市",)}, {"p1", "p5", "p7"}),
    ({"provinces": ("广东省",)}, {"p4"}),
    ({"work_modes": ("home_based", "hybrid")}, {"p2", "p3"}),
    ({"employment_types": ("part_time",)}, {"p3"}),
    ({"disabilities": ("physical",)}, {"p1", "p3"}),
    ({"disabilities": ("vision", "speech")}, {"p2", "p3"}),                       # suits any of them
    ({"accommodations": ("flexible_hours", "remote_interview")}, {"p1", "p2"}),   # offers all of them
    ({"accommodations": ("flexible_hours", "screen_reader_tools")}, {"p2"}),
    ({"interview_channels": ("video",)}, {"p3"}),
    ({"sources": ("campaign",)}, {"p6"}),
    ({"training": True}, {"p1"}),
    ({"training": False}, {"p2", "p3", "p4", "p5", "p6", "p7"}),
    ({"subsidy": True}, {"p1"}),
    ({"meals": True}, {"p1"}),
    ({"housing": True}, {"p2"}),
    ({"housing": False, "cities": ("北京市",)}, set()),
    ({"salary_min": 5000}, {"p2", "p3"}),          # 300 yuan a day is about 6,500 a month
    ({"salary_max": 4000}, {"p1", "p5"}),
    ({"salary_min": 4000, "salary_max": 4000}, {"p1", "p5"}),
    ({"open_on": "2024-01-01"}, {"p4", "p7"}),     # p5 closed on 2023-12-31; later ones not yet posted
])
def test_filters(search: CatalogueSearch, filters: dict[str, object], expected: set[str]) -> None:
    assert set(found(search, **filters)) == expected
    # The same filters under a text query keep only what both select.
    assert set(found(search, "kf", **filters)) == expected & {"p1", "p2", "p4", "p7"}


@pytest.mark.parametrize(("city", "expected"), [
    ("Hong Kong", {"a"}), ("hong kong", {"b"}), ("淄博市", {"c"}), ("xian", {"d"}), ("Xian", set()),
])
def test_place_filters_match_names_exactly(city: str, expected: set[str]) -> None:
    # Names the tokenizer would split or fold are compared in SQL; the rest as filter tokens.
    from db.catalogue_schema import open_catalogue

    conn = open_catalogue(":memory:")
    insert(conn, [make_position(1, external_id="a", city="Hong Kong"), make_position(2, external_id="b", city="hong kong"),
                  make_position(3, external_id="c", city="淄博市"), make_position(4, external_id="d", city="xian")])
    search = CatalogueSearch(conn)
    assert set(found(search, cities=(city,))) == expected
    assert set(found(search, "客服", cities=(city,))) == expected


@pytest.mark.parametrize("filters", [
    {"categories": ("chef",)}, {"work_modes": ("remote",)}, {"disabilities": ("blind",)},
    {"accommodations": ("x",)}, {"sources": ("web",)}, {"interview_channels": ("fax",)},
])
def test_unknown_filter_codes_raise_with_the_code(search: CatalogueSearch, filters: dict[str, tuple[str]]) -> None:
    with pytest.raises(UnknownFilter) as raised:
        search.count(SearchRequest("", Filters(**filters)))  # type: ignore[arg-type]
    assert raised.value.key == next(iter(filters)) and raised.value.value == next(iter(filters.values()))[0]


def _by(search: CatalogueSearch, key: str) -> list[str]:
    """All positions sorted by `key` descending, ties by newer id, nulls last: what a sort must give."""
    everything = search.positions(search.ids(SearchRequest()))
    ordered = sorted(everything, key=lambda p: (getattr(p, key) is not None, getattr(p, key) or 0, p.id), reverse=True)
    return [p.external_id for p in ordered]


def test_sort_by_date_is_newest_first_ties_by_id(search: CatalogueSearch) -> None:
    assert found(search) == _by(search, "date_posted")
    assert found(search, "kf") == [x for x in _by(search, "date_posted") if x in {"p1", "p2", "p4", "p7"}]


def test_sort_by_salary_puts_unknown_salaries_last(search: CatalogueSearch) -> None:
    expected = ["p2", "p3", "p1", "p5"]
    assert found(search, sort=Sort.SALARY)[:4] == expected
    assert set(found(search, sort=Sort.SALARY)[4:]) == {"p4", "p6", "p7"}
    assert found(search, "kf", sort=Sort.SALARY)[:2] == ["p2", "p1"]


def test_sort_by_openings(search: CatalogueSearch) -> None:
    assert found(search, sort=Sort.OPENINGS)[:2] == ["p4", "p5"]
    assert found(search, "客", sort=Sort.OPENINGS)[0] == "p4"


def test_relevance_puts_exact_characters_before_pinyin_and_initials(search: CatalogueSearch) -> None:
    assert found(search, "kf", sort=Sort.RELEVANCE)[0] == "p7"        # the letters KF themselves
    assert found(search, "kefu", sort=Sort.RELEVANCE)[0] == "p7"
    assert found(search, "客服", sort=Sort.RELEVANCE)[0] == "p1"       # in the title beats the category


def test_facets_count_the_current_results(search: CatalogueSearch) -> None:
    facets = search.facets(SearchRequest("kf"))
    assert facets["category"] == {"customer_service": 3, "data_labelling": 1}
    assert facets["city"] == {"淄博市": 2, "北京市": 1, "深圳市": 1}
    assert facets["work_mode"] == {"on_site": 3, "home_based": 1}
    assert facets["disability"] == {"hearing": 1, "physical": 1, "vision": 1}
    assert facets["accommodation"] == {"flexible_hours": 2, "remote_interview": 2, "screen_reader_tools": 1}
    everything = search.facets(SearchRequest())
    assert sum(everything["category"].values()) == len(POSITIONS)
    assert everything["disability"]["physical"] == 2
    for key, field in (("city", "city"), ("work_mode", "work_mode"), ("disability", "disabilities"),
                       ("accommodation", "accommodations")):
        counted: dict[str, int] = {}
        for position in POSITIONS.values():
            values = getattr(position, field)
            for value in values if isinstance(values, tuple) else (values,):
                counted[value] = counted.get(value, 0) + 1
        assert everything[key] == counted, key
    assert search.facets(SearchRequest("xyzzy"))["category"] == {}


def test_pages_load_by_id_in_the_given_order(search: CatalogueSearch) -> None:
    ids = search.ids(SearchRequest())
    page = search.positions(ids[2:5])
    assert [p.id for p in page] == ids[2:5]
    assert search.positions(list(reversed(ids))) == list(reversed(search.positions(ids)))
    assert search.positions([]) == []
    by_external = search.position_by_external_id("p3")
    assert by_external is not None and by_external.title == "电商主播"
    assert search.position_by_external_id("nope") is None


def test_deleted_positions_are_gone_from_search_and_pages(search: CatalogueSearch) -> None:
    target = search.position_by_external_id("p1")
    assert target is not None and target.id is not None
    search.conn.execute("DELETE FROM positions WHERE id = ?", (target.id,))
    search_index.remove(search.conn, target.id, target.replace(id=None))
    assert "p1" not in found(search, "客服")
    assert "p1" not in found(search)
    assert search.positions([target.id]) == []


def test_interrupt_cancels_a_running_query(search: CatalogueSearch) -> None:
    # Interrupt from inside SQLite's progress callback: the same as another
    # thread calling it mid-query. Committed first, as the application's
    # catalogue is (it opens it read-only).
    search.conn.commit()
    search.conn.set_progress_handler(lambda: search.interrupt() or 0, 1)
    try:
        with pytest.raises(SearchCancelled):
            search.count(SearchRequest("kf"))
    finally:
        search.conn.set_progress_handler(None, 1)
    assert search.count(SearchRequest("kf")) == 4


def test_id_array_is_the_id_list_and_stops_when_told(search: CatalogueSearch, monkeypatch: pytest.MonkeyPatch) -> None:
    from db import catalogue_search

    monkeypatch.setattr(catalogue_search, "ID_CHUNK", 2)  # several chunks, several stop() checks
    for text in ("", "客服", "kf", "s"):
        request = SearchRequest(text)
        assert list(search.id_array(request)) == search.ids(request) == found_ids(search, request)
    asked = []
    with pytest.raises(SearchCancelled):
        search.id_array(SearchRequest(), lambda: asked.append(1) or len(asked) > 2)
    assert search.count(SearchRequest()) == len(POSITIONS)  # the connection is usable afterwards


def found_ids(search: CatalogueSearch, request: SearchRequest) -> list[int]:
    """The ids of the first page as long as the whole result: the same order by another path."""
    return search.first_page(request, limit=len(POSITIONS) + 1)


def test_search_works_on_a_read_only_catalogue(tmp_path: object) -> None:
    from pathlib import Path

    from db.catalogue_schema import open_catalogue

    path = Path(str(tmp_path)) / "catalogue.sqlite"
    conn = open_catalogue(path)
    insert(conn, POSITIONS.values())
    conn.commit()
    conn.close()
    search = CatalogueSearch(open_catalogue(path, read_only=True))
    assert search.count(SearchRequest("客服")) == 3
    with pytest.raises(sqlite3.OperationalError):
        search.conn.execute("DELETE FROM positions")


def test_positions_round_trip_through_pages() -> None:
    position: Position = POSITIONS["p2"]
    from db.catalogue_schema import open_catalogue

    conn = open_catalogue(":memory:")
    insert(conn, [position])
    assert CatalogueSearch(conn).positions([1]) == [position]


@pytest.mark.parametrize("sort", [Sort.SALARY, Sort.OPENINGS, Sort.DATE, Sort.RELEVANCE])
@pytest.mark.parametrize(("text", "filters"), [("kf", {}), ("客", {"salary_min": 4000}), ("zb", {"meals": False})])
def test_first_page_by_walking_the_sort_index_equals_sorting(search: CatalogueSearch, monkeypatch: pytest.MonkeyPatch,
                                                             sort: Sort, text: str, filters: dict[str, object]) -> None:
    # Large results are paged by walking the sort column's index; make every result "large".
    import db.catalogue_search

    request = SearchRequest(text, Filters(**filters), sort)  # type: ignore[arg-type]
    sorted_ids = search.ids(request)
    monkeypatch.setattr(db.catalogue_search, "WALK_FROM", 0)
    for limit in (1, 2, 50):
        assert CatalogueSearch(search.conn).first_page(request, limit) == sorted_ids[:limit]


@pytest.mark.parametrize("letter", ["s", "q", "x", "3", "z", "j", "k"])
def test_one_letter_finds_every_word_starting_with_it(letter: str) -> None:
    # A lone letter is spelt out as two-character prefixes (text_index.word_prefix):
    # the words after a non-ASCII second letter (jæger, kпорт: no other j or k
    # words), a digit (s3),
    # and the letter alone must all still be found, and nothing else.
    from db.catalogue_schema import open_catalogue

    titles = ["Sæter 仓库", "s 级司机", "S3 driver", "Sales", "Tom", "q", "QQ客服", "x光技师", "3D建模", "kпорт", "Jæger", "Zoë",
              "z", "ZZ top", "面点师"]
    positions = [make_position(n, title=t, employer="某某公司", description=f"{t} desc")
                 for n, t in enumerate(titles, start=1)]
    conn = open_catalogue(":memory:")
    insert(conn, positions)
    search = CatalogueSearch(conn)
    expected = sorted(n for n, p in enumerate(positions, start=1)
                      if any(word.startswith(letter) for column in search_index.index_values(p)[:2]
                             for word in column.split()))
    request = SearchRequest(letter)
    assert expected  # the catalogue has words for every letter tried
    assert sorted(search.ids(request)) == expected
    assert search.count(request) == len(expected)
    assert search.first_page(request, limit=2) == search.ids(request)[:2]


def test_one_letter_first_page_equals_the_start_of_every_order(search: CatalogueSearch) -> None:
    # Pages spell a lone letter out (text_index.word_prefix), ids() does not:
    # bm25 would score the two differently, so relevance must rank the plain one.
    for sort in Sort:
        for text in ("s", "k", "c 客"):
            request = SearchRequest(text, sort=sort)
            ids = search.ids(request)
            assert ids, text
            for limit in (1, 2, 50):
                assert search.first_page(request, limit) == ids[:limit], (sort, text, limit)
