"""Search speed at scale: CatalogueSearch against raw FTS5 and against a LIKE scan, same run.

For each query kind (1-, 2-, 3-character Chinese, pinyin full and initials,
English, mixed; with and without filters) it times the first page (50 ids)
and the exact count three ways:
- ours: CatalogueSearch.first_page / count, everything included (parsing,
  planning, the join for filters);
- raw: the same FTS5 MATCH expression run directly through sqlite3
  (`ORDER BY rowid DESC LIMIT 50`, `count(*)`), joined to positions the same
  way when filtered: the floor that our layer adds overhead to;
- scan: `LIKE '%q%'` over title, employer and description (what a search
  without an index costs), for the Chinese and English kinds it can answer.
Medians and p95 over the queries of a kind, each repeated.
"""
from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path
from typing import Callable

from db import text_index
from db.catalogue_schema import open_catalogue
from db.catalogue_search import CatalogueSearch, Filters, SearchRequest, Sort
from db.search_filters import plan_filters
from tests.bench.common import Context, Row, median, ms, p95, ratio, timings

REPEAT = 10
LIMIT = 50

# Several queries per kind so that one lucky posting list does not decide.
QUERIES: dict[str, tuple[str, ...]] = {
    "1 char": ("客", "播", "运", "包", "师"),
    "2 chars": ("客服", "主播", "运营", "设计", "美工"),
    "3+ chars": ("客服专", "电商主播", "网站编辑", "数据标注员", "面点师"),
    "pinyin": ("kefu", "zhubo", "yunying", "sheji", "baozhuang"),
    "initials": ("kf", "zb", "yy", "sj", "bzg"),
    "English": ("custom", "service", "design", "logistics", "pastry"),
    "mixed": ("客服 hangzhou", "淄博 kefu", "主播 home", "设计 sj", "客服 online"),
}
FILTERS = Filters(disabilities=("hearing", "physical"), work_modes=("home_based", "hybrid"))
SCAN_KINDS = ("1 char", "2 chars", "3+ chars", "English")


def ensure_catalogue(context: Context) -> Path:
    """The cached large catalogue, built by bench_import's own generator-and-import path if missing."""
    from tests.bench.bench_import import ensure_bench_catalogue

    return ensure_bench_catalogue(context)


def _raw_sql(request: SearchRequest) -> tuple[str, str, tuple[object, ...]]:
    """The FTS5 expression for `request`, written out as a person would with sqlite3: (match, join+where, params).

    Uses the same expression our layer builds (text terms ANDed with filter
    tokens), so the ratio is exactly our layer's overhead.
    """
    facets, where, params = plan_filters(request.filters)
    text = text_index.match_expression(request.text)
    match = " AND ".join(x for x in (text, facets) if x)
    if where:
        return match, " CROSS JOIN positions p ON p.id = f.rowid WHERE f.positions_fts MATCH ? AND " + " AND ".join(where), tuple(params)
    return match, " WHERE f.positions_fts MATCH ?", ()


def _raw_page(conn: sqlite3.Connection, request: SearchRequest) -> Callable[[], object]:
    match, rest, params = _raw_sql(request)
    sql = f"SELECT f.rowid FROM positions_fts f{rest} ORDER BY f.rowid DESC LIMIT {LIMIT}"
    return lambda: conn.execute(sql, (match, *params)).fetchall()


def _raw_count(conn: sqlite3.Connection, request: SearchRequest) -> Callable[[], object]:
    match, rest, params = _raw_sql(request)
    sql = f"SELECT count(*) FROM positions_fts f{rest}"
    return lambda: conn.execute(sql, (match, *params)).fetchone()


def _scan(conn: sqlite3.Connection, text: str, count: bool) -> Callable[[], object]:
    pattern = f"%{text}%"
    where = "title LIKE ? OR employer LIKE ? OR description LIKE ?"
    sql = (f"SELECT count(*) FROM positions WHERE {where}" if count
           else f"SELECT id FROM positions WHERE {where} ORDER BY date_posted DESC, id DESC LIMIT {LIMIT}")
    return lambda: conn.execute(sql, (pattern, pattern, pattern)).fetchall()


def _times(fns: list[Callable[[], object]], repeat: int = REPEAT) -> list[float]:
    out: list[float] = []
    for fn in fns:
        out.extend(timings(fn, repeat))
    return out


def _row(section: str, name: str, ours: list[float], base: list[float], target_ms: float, max_ratio: float | None,
         base_name: str) -> Row:
    value, baseline = p95(ours), p95(base)
    met = value * 1000 < target_ms and (max_ratio is None or value <= max_ratio * baseline)
    target = f"p95 < {target_ms:.0f} ms" + (f", <= {max_ratio}x {base_name}" if max_ratio else "")
    return Row(section, name, f"{ms(median(ours))} / {ms(value)}", f"{base_name} {ms(median(base))} / {ms(baseline)}",
               ratio(value, baseline), target, "yes" if met else "NO")


def _other_rows(conn: sqlite3.Connection, search: CatalogueSearch) -> list[Row]:
    """Figures the application depends on beyond the targets: whole id lists, facets, filters alone, other sorts."""
    rows = []
    largest = SearchRequest("客")
    ours = timings(lambda: search.ids(largest), 3)
    raw = timings(lambda: conn.execute("SELECT rowid FROM positions_fts WHERE positions_fts MATCH ? ORDER BY rowid DESC",
                                       (text_index.match_expression("客"),)).fetchall(), 3)
    rows.append(Row("search", f"whole id list, 客 ({search.count(largest):,} ids)", ms(median(ours)),
                    f"raw FTS5 {ms(median(raw))}", ratio(median(ours), median(raw)), "off the GUI thread"))
    everything = SearchRequest()
    for name, request in (("no text, no filters", everything), ("no text, filters", SearchRequest("", FILTERS)),
                          ("2 chars, sorted by salary", SearchRequest("客服", sort=Sort.SALARY)),
                          ("2 chars, by relevance", SearchRequest("客服", sort=Sort.RELEVANCE)),
                          ("3+ chars, by relevance", SearchRequest("数据标注员", sort=Sort.RELEVANCE))):
        page = timings(lambda: search.first_page(request, LIMIT), REPEAT)
        count = timings(lambda: search.count(request), REPEAT)
        rows.append(Row("search", f"first page / count, {name}", f"{ms(median(page))} / {ms(median(count))}",
                        "", "", "info (median)"))
    for request in (SearchRequest("客服"), everything):
        took = timings(lambda: search.facets(request), 2)
        rows.append(Row("search", f"facets, {request.text or 'everything'}", ms(median(took)), "", "",
                        "off the GUI thread"))
    return rows


def run(context: Context) -> list[Row]:
    """Measure search on the large catalogue; see the module docstring."""
    path = ensure_catalogue(context)
    conn = open_catalogue(path, read_only=True)
    search = CatalogueSearch(conn)
    total = conn.execute("SELECT count(*) FROM positions").fetchone()[0]
    rows = [Row("search", "catalogue", f"{total:,} positions",
                f"{path.stat().st_size / total * 100_000 / 2**20:.1f} MB per 100k positions")]
    scans: dict[str, tuple[list[float], list[float], list[float], list[float]]] = {}
    for kind, queries in QUERIES.items():
        for filtered in (False, True):
            filters = FILTERS if filtered else Filters()
            requests = [SearchRequest(q, filters) for q in queries]
            label = f"{kind}{' + filters' if filtered else ''}"
            hits = [search.count(r) for r in requests]
            page_ours = _times([lambda r=r: search.first_page(r, LIMIT) for r in requests])
            page_raw = _times([_raw_page(conn, r) for r in requests])
            count_ours = _times([lambda r=r: search.count(r) for r in requests])
            count_raw = _times([_raw_count(conn, r) for r in requests])
            note = f" ({min(hits):,}-{max(hits):,} hits)"
            rows.append(_row("search", f"first page, {label}{note}", page_ours, page_raw, 20, 1.5, "raw FTS5"))
            rows.append(_row("search", f"exact count, {label}", count_ours, count_raw, 50, 1.5, "raw FTS5"))
            if kind in SCAN_KINDS and not filtered:
                scans[kind] = (page_ours, count_ours, _times([_scan(conn, q, False) for q in queries], 1),
                               _times([_scan(conn, q, True) for q in queries], 1))
    rows.extend(_other_rows(conn, search))
    for kind, (page, count, scan_page, scan_count) in scans.items():
        for what, ours, scan in (("first page", page, scan_page), ("exact count", count, scan_count)):
            speedup = median(scan) / median(ours)
            rows.append(Row("search", f"{what}, {kind} vs LIKE scan", ms(median(ours)), f"LIKE {ms(median(scan))}",
                            f"{speedup:.0f}x faster", ">= 20x faster", "yes" if speedup >= 20 else "NO"))
    conn.close()
    return rows


if __name__ == "__main__":
    from tests.bench.common import format_table

    started = time.perf_counter()
    print(format_table(run(Context(positions=int(sys.argv[1]) if len(sys.argv) > 1 else 600_000))))
    print(f"{time.perf_counter() - started:.0f} s", file=sys.stderr)
