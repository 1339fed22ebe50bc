"""The results model: Qt's model tester, exact counts from the start, pages on demand, placeholders."""
from __future__ import annotations

import sqlite3
from array import array

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from db.catalogue_schema import open_catalogue
from db.catalogue_search import CatalogueSearch, Filters, SearchRequest
from desktop.results_model import ResultsModel, row_summary
from tests.accessibility.catalogue import build_catalogue


@pytest.fixture(scope="module")
def search(tmp_path_factory):
    path = build_catalogue(tmp_path_factory.mktemp("catalogue"), 300)
    conn = open_catalogue(path, read_only=True)
    yield CatalogueSearch(conn)
    conn.close()


class CountingLoader:
    """The real CatalogueSearch.positions, remembering which ids the model asked for."""

    def __init__(self, search: CatalogueSearch) -> None:
        self.search = search
        self.asked: list[int] = []

    def __call__(self, ids):
        self.asked.extend(ids)
        return self.search.positions(ids)


def test_model_passes_qt_model_tester_through_a_search_and_its_id_list(qtbot, search):
    model = ResultsModel(search.positions, page_size=50)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    request = SearchRequest("客服")
    model.begin_results(search.first_page(request, 50), search.count(request))
    model.set_all_ids(search.ids(request))
    model.begin_results(search.first_page(SearchRequest(), 50), search.count(SearchRequest()))
    model.clear()
    assert model.rowCount() == 0


def test_row_count_is_exact_before_the_id_list_arrives(qtbot, search):
    request = SearchRequest()
    total = search.count(request)
    model = ResultsModel(search.positions, page_size=50)
    model.begin_results(search.first_page(request, 50), total)
    assert model.rowCount() == total == 300
    assert "Loading" in model.data(model.index(200)) or "正在" in model.data(model.index(200))
    model.set_all_ids(search.ids(request))
    expected = search.positions([search.ids(request)[200]])[0]
    assert model.data(model.index(200)) == row_summary(expected, model.language)


def test_the_id_list_as_the_runner_sends_it_reads_like_a_list(qtbot, search):
    """The runner sends ids as an array('q') (cheap to free); rows, ids and lookups are the same as from a list."""
    request = SearchRequest()
    ids = search.ids(request)
    model = ResultsModel(search.positions, page_size=50)
    model.begin_results(search.first_page(request, 50), len(ids))
    model.set_all_ids(array("q", ids))
    assert model.complete and model.rowCount() == len(ids) == 300
    assert [model.id_at(row) for row in (0, 123, 299)] == [ids[0], ids[123], ids[299]]
    assert all(type(model.id_at(row)) is int for row in (0, 299))
    assert model.row_of(ids[250]) == 250 and model.row_of(-1) is None
    assert model.data(model.index(250)) == row_summary(search.positions([ids[250]])[0], model.language)
    model.begin_results(search.first_page(SearchRequest("客服"), 50), search.count(SearchRequest("客服")))
    assert model.id_at(0) == search.first_page(SearchRequest("客服"), 1)[0]


def test_rows_load_one_page_at_a_time_by_id(qtbot, search):
    loader = CountingLoader(search)
    request = SearchRequest()
    model = ResultsModel(loader, page_size=50)
    model.begin_results(search.first_page(request, 50), search.count(request))
    model.set_all_ids(search.ids(request))
    model.data(model.index(120))
    assert len(loader.asked) == 50
    assert set(loader.asked) == set(search.ids(request)[100:150])


def test_summary_is_both_display_and_accessible_text(qtbot, search):
    request = SearchRequest("客服", Filters(categories=("customer_service",)))
    model = ResultsModel(search.positions, page_size=50, language="zh_CN")
    model.begin_results(search.first_page(request, 50), search.count(request))
    index = model.index(0)
    position = search.positions([model.id_at(0)])[0]
    text = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert text == model.data(index, Qt.ItemDataRole.DisplayRole)
    assert text.startswith(f"{position.title}, {position.employer}, {position.city}, ")


def test_row_that_fails_to_load_becomes_a_disabled_placeholder(qtbot, search):
    def broken(ids):
        raise sqlite3.DatabaseError("database disk image is malformed")

    model = ResultsModel(broken, page_size=50)
    model.begin_results([1, 2, 3], 3)
    index = model.index(1)
    assert model.data(index)  # says something rather than raising
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEnabled
    assert model.position_at(1) is None


@pytest.fixture
def english(qapp):
    from desktop.i18n import LanguageManager

    languages = LanguageManager(qapp)  # English plural forms come from zhumeng_en.ts
    languages.install("en")
    yield
    languages.uninstall()


def test_status_reads_range_total_and_pages(qtbot, search, english):
    model = ResultsModel(search.positions, page_size=50, language="en")
    model.begin_results(list(range(1, 51)), 57300)
    assert model.range_text(0) == "Results 1–50 of 57,300"
    assert model.range_text(73) == "Results 51–100 of 57,300"
    assert model.found_text(0) == "Found 57,300 positions, page 1 of 1,146"
    model.begin_results([7], 1)
    assert model.found_text(0) == "Found 1 position, page 1 of 1"


def test_the_list_view_asks_only_for_rows_it_shows(qtbot, tmp_path):
    from desktop.results_view import ResultsView

    path = build_catalogue(tmp_path, 3000)
    conn = open_catalogue(path, read_only=True)
    search = CatalogueSearch(conn)
    loader = CountingLoader(search)
    model = ResultsModel(loader, page_size=50)
    view = ResultsView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    request = SearchRequest()
    model.begin_results(search.first_page(request, 50), search.count(request))
    model.set_all_ids(search.ids(request))
    view.move_to(model.rowCount() - 1)  # End
    qtbot.wait(20)
    assert model.rowCount() == 3000
    assert len(set(loader.asked)) <= 150  # the first page and the last, never all 3,000
    conn.close()
