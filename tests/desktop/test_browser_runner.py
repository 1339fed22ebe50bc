"""The search runner: answers arrive on the GUI thread, newest request only, full id list after the first page."""
from __future__ import annotations

import pytest

from db.catalogue_search import SearchRequest
from desktop.search_runner import Catalogue, SearchRunner
from tests.accessibility.catalogue import build_catalogue


@pytest.fixture
def catalogue(tmp_path):
    opened = Catalogue.open(build_catalogue(tmp_path, 300))
    yield opened
    opened.close()


def test_first_page_then_all_ids_then_facets(qtbot, catalogue):
    runner = SearchRunner(catalogue)
    request = SearchRequest()
    seen = []
    runner.first_page_ready.connect(lambda ids, total: seen.append(("first", ids, total)))
    runner.all_ids_ready.connect(lambda ids: seen.append(("ids", ids)))
    runner.facets_ready.connect(lambda facets: seen.append(("facets", facets)))
    with qtbot.waitSignal(runner.facets_ready, timeout=5000):
        runner.search(request, 50)
    assert [entry[0] for entry in seen] == ["first", "ids", "facets"]
    assert seen[0][1:] == (catalogue.rows.first_page(request, 50), catalogue.rows.count(request))
    assert list(seen[1][1]) == catalogue.rows.ids(request)
    facets = seen[2][1]
    assert facets["category"] == catalogue.rows.facets(request)["category"]
    assert facets["training"]["yes"] == sum(1 for p in catalogue.rows.positions(catalogue.rows.ids(request))
                                            if p.training_days > 0)
    runner.shutdown()


def test_only_the_newest_of_quick_requests_is_shown(qtbot, catalogue):
    runner = SearchRunner(catalogue)
    shown = []
    runner.first_page_ready.connect(lambda ids, total: shown.append(total))
    for text in ("包", "包装", "客", "客服"):
        runner.search(SearchRequest(text), 50)
    with qtbot.waitSignal(runner.facets_ready, timeout=5000):
        pass
    assert shown[-1] == catalogue.rows.count(SearchRequest("客服"))
    assert len(shown) <= 4
    runner.shutdown()


def test_one_letter_searches_after_the_first_pause_report_exact_totals(qtbot, catalogue):
    """The first pause prepares the worker for one-letter searches; what they report stays exact."""
    runner = SearchRunner(catalogue)
    failures, totals = [], []
    runner.failed.connect(failures.append)
    runner.first_page_ready.connect(lambda ids, total: totals.append((ids, total)))
    with qtbot.waitSignal(runner.facets_ready, timeout=5000):
        runner.search(SearchRequest(), 50)
    assert runner._prepared
    for letter in "aeiosx19":
        request = SearchRequest(letter)
        with qtbot.waitSignal(runner.first_page_ready, timeout=5000):
            runner.search(request, 50)
        assert totals[-1] == (catalogue.rows.first_page(request, 50), catalogue.rows.count(request))
    assert failures == []
    runner.shutdown()
