"""Searching the catalogue: query text, filters, sorting, counts, facets, pages by id.

The query language and the index layout live in db/text_index.py; this
module turns a SearchRequest into SQL over `positions` and `positions_fts`
and chooses the cheapest plan that gives exact answers (DESIGN.md, Search):

- "Newest first" with text reads rowids straight from FTS5 in descending
  order when the importer found rowid order equal to date order
  (db/search_index.refresh_order_flag); FTS5 then needs no sort at all and
  the first page costs little more than the raw MATCH.
- Categorical filters are FTS terms too (db/search_filters.py), so a
  filtered count is a posting-list intersection; only salary and date
  ranges join `positions` by rowid (FTS drives, CROSS JOIN keeps SQLite
  from reordering the loops).
- bm25 relevance only for small result sets (RANK_LIMIT); above that, date.
- For a first page, a one-letter term is spelt out as two-character
  prefixes (text_index.word_prefix) so FTS5 returns rows without merging
  every word under the letter; the non-ASCII second letters it needs are
  read once per letter from the index's vocabulary (`_continuations`).
- Only bm25 needs the full expression: everything else drops column
  filters that change nothing (short_counts.whole_result_match, 1.5-3x
  faster for 主, sh). One-character counts: db/short_counts.py.
"""
from __future__ import annotations

import enum
import sqlite3
from array import array
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, Callable, Sequence, TypeVar

from db import search_index, short_counts, text_index
from db import vocabulary as v
from db.errors import SearchCancelled
from db.position import Position, from_row
from db.search_filters import Filters, plan_filters
from db.search_plan import Plan, both

__all__ = ["CatalogueSearch", "Filters", "SearchRequest", "Sort"]

# Above this many matches, bm25 costs more than a frame; order by date instead.
RANK_LIMIT = 1000
# Column weights for bm25: title, body, pinyin, initials, title_pairs, body_pairs.
WEIGHTS = (10.0, 3.0, 1.0, 0.5, 10.0, 3.0)
# Upper bound of the memory map of the catalogue file (address space, not memory).
MMAP_BYTES = 4 << 30
# How many recent plans and statements a CatalogueSearch keeps.
MEMO = 64
_T = TypeVar("_T")
# Ids per `WHERE id IN (...)` when loading rows (under SQLite's 32766 variables).
CHUNK = 500
# Ids read per step of id_array (~10 ms at 600k), between its stop() checks.
ID_CHUNK = 50_000


class Sort(enum.Enum):
    """Result orders. Ties always go to the newer id."""

    RELEVANCE = "relevance"
    DATE = "date"
    SALARY = "salary"
    OPENINGS = "openings"


@dataclass(frozen=True)
class SearchRequest:
    """What a person asked for: query text, filters and order."""

    text: str = ""
    filters: Filters = field(default_factory=Filters)
    sort: Sort = Sort.DATE


# Multi-valued facets: result key, bitmask column, vocabulary.
_BIT_FACETS = (("disability", "disability_mask", v.DISABILITIES),
               ("accommodation", "accommodation_mask", v.ACCOMMODATIONS))
# The index that lists positions in each order (catalogue_schema), and the
# result size above which walking it beats sorting the result.
_SORT_INDEXES = {Sort.DATE: "positions_date_posted", Sort.SALARY: "positions_salary_month_max",
                 Sort.OPENINGS: "positions_openings"}
WALK_FROM = 5000
_SORT_KEYS = {
    Sort.DATE: "p.date_posted DESC, p.id DESC",
    Sort.SALARY: "p.salary_month_max DESC, p.id DESC",
    Sort.OPENINGS: "p.openings DESC, p.id DESC",
}


class CatalogueSearch:
    """Answers search requests over one open catalogue connection.

    Calls may come from a worker thread; `interrupt()` from any thread
    cancels the one running, which then raises SearchCancelled.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # Memory-mapped reads: result rows are looked up by rowid all over a
        # large file (filters on salary or dates, facets, sorts); mapping it
        # spares a read() call per page (facets of 100k results ~1.8x faster).
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        # Read once: a catalogue changes only by import, after which the
        # application opens a new connection and a new search.
        self._ordered = search_index.order_flag(conn)
        self._plans: dict[tuple[Any, ...], Any] = {}
        self._seconds: dict[str, tuple[str, ...]] = {}
        self._short_counts = short_counts.ShortCounts(conn)

    # -- planning ---------------------------------------------------------

    def _rowid_is_date_order(self) -> bool:
        return self._ordered

    def _plan(self, request: SearchRequest, *, sorting: bool = False, paging: bool = False,
              ranking: bool = False) -> Plan:
        """SQL pieces for `request`; with `sorting`, joined to positions when the order needs its columns.

        Kept for the last few requests: the application asks for the first
        page, the count, the ids and the facets of the same request in turn.
        """
        return self._memo(("plan", request, sorting, paging, ranking),
                          lambda: self._make_plan(request, sorting, paging, ranking))

    def _memo(self, key: tuple[Any, ...], make: Callable[[], _T]) -> _T:
        """`make()`, remembered under `key` for the last MEMO entries."""
        try:
            return self._plans[key]  # type: ignore[no-any-return]
        except KeyError:
            value = self._plans[key] = make()
            while len(self._plans) > MEMO:
                del self._plans[next(iter(self._plans))]
            return value

    def _continuations(self, letter: str) -> tuple[str, ...]:
        """The non-ASCII characters that follow `letter` (ASCII) at the start of some word of the index.

        Hops through FTS5's vocabulary from one second character to the
        next (usually one lookup that finds none, under 6 ms at 600k);
        remembered for this connection, whose catalogue does not change.
        """
        if letter not in self._seconds:
            self.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.positions_fts_words "
                              "USING fts5vocab(main, 'positions_fts', 'row')")
            seconds: list[str] = []
            low, high = letter + "\x80", chr(ord(letter) + 1)
            while row := self._run("SELECT term FROM temp.positions_fts_words WHERE term >= ? AND term < ? LIMIT 1",
                                   (low, high)):
                second = row[0][0][1]
                seconds.append(second)
                low = letter + chr(ord(second) + 1)  # past every word starting with letter + second
            self._seconds[letter] = tuple(seconds)
        return self._seconds[letter]

    def _match(self, text: str, reach: int = text_index.INITIALS) -> str | None:
        """The full MATCH expression of `text` (as bm25 ranks it), reaching up to `reach`.

        Pages spell one-letter terms out (text_index.word_prefix): the first rows
        at once, though the whole result through 37 ORed lists is 1.5-3x slower.
        """
        return text_index.match_expression(text, reach)

    def _make_plan(self, request: SearchRequest, sorting: bool, paging: bool, ranking: bool) -> Plan:
        facets, conditions, params = plan_filters(request.filters)
        if ranking:
            # bm25 weighs hits by column, and the relevance tiers compare expressions: the full one.
            text = self._match(request.text)
        else:
            text = short_counts.whole_result_match(request.text, self._continuations if paging else None)
        match = both(text, facets)
        if match is None:
            source = "positions p"
        else:
            fts_order = request.sort in (Sort.DATE, Sort.RELEVANCE) and self._rowid_is_date_order()
            joined = bool(conditions) or (sorting and not fts_order)
            source = "positions_fts f CROSS JOIN positions p ON p.id = f.rowid" if joined else "positions_fts f"
            conditions.insert(0, "f.positions_fts MATCH ?")
            params.insert(0, match)
        where = " WHERE " + " AND ".join(conditions) if conditions else ""
        return Plan(source, where, tuple(params), match, facets, " p " in f" {source} ", text is not None)

    def _order(self, plan: Plan, sort: Sort) -> str:
        if plan.match is not None and sort in (Sort.DATE, Sort.RELEVANCE) and self._rowid_is_date_order():
            return "f.rowid DESC"  # FTS5 delivers this order without sorting
        return _SORT_KEYS.get(sort, _SORT_KEYS[Sort.DATE])

    def _ranked(self, probe: Plan, request: SearchRequest) -> tuple[str, tuple[Any, ...]] | None:
        """The relevance ordering when the result is small enough to rank, else None.

        The size is probed with `probe` (spelt out for a page: fast); the
        ranking itself always uses the plain expression, since bm25 scores
        an OR of prefixes differently and a page must equal the start of ids().
        """
        if not probe.has_text:
            return None
        probe_sql, probe_params = probe.select("f.rowid", limit=RANK_LIMIT + 1)
        if len(self._run(probe_sql, probe_params)) > RANK_LIMIT:
            return None
        plan, text = self._plan(request, sorting=True, ranking=True), request.text
        rank = f"bm25(f.positions_fts, {', '.join(map(str, WEIGHTS))})"
        params: tuple[Any, ...] = ()
        tiers = []
        for reach in (text_index.TEXT, text_index.PINYIN):
            narrower = both(self._match(text, reach), plan.facets)
            if narrower != plan.match:
                # Within the (small) result, those the narrower query finds come first.
                tiers.append("f.rowid IN (SELECT rowid FROM positions_fts WHERE positions_fts MATCH ?) DESC")
                params += (narrower,)
        order = ", ".join([*tiers, rank, "f.rowid DESC"])
        sql, select_params = plan.select("f.rowid")
        return f"{sql} ORDER BY {order}", select_params + params

    def _ordered_sql(self, request: SearchRequest, limit: int | None) -> tuple[str, tuple[Any, ...]]:
        if request.sort is not Sort.RELEVANCE:  # relevance depends on a probe of the result size
            return self._memo(("ordered", request, limit), lambda: self._make_ordered_sql(request, limit))
        return self._make_ordered_sql(request, limit)

    def _make_ordered_sql(self, request: SearchRequest, limit: int | None) -> tuple[str, tuple[Any, ...]]:
        plan = self._plan(request, sorting=True, paging=limit is not None)
        if request.sort is Sort.RELEVANCE:
            ranked = self._ranked(plan, request)
            if ranked is not None:
                sql, params = ranked
                return (sql + " LIMIT ?", params + (limit,)) if limit is not None else (sql, params)
        order = self._order(plan, request.sort)
        if plan.joined and plan.match is not None and limit is not None and not order.startswith("f."):
            walk = self._walk_sort_index(plan, request, order, limit)
            if walk is not None:
                return walk
        column = "p.id" if plan.joined else "f.rowid"
        return plan.select(column, order, limit)

    def _walk_sort_index(self, plan: Plan, request: SearchRequest, order: str,
                         limit: int) -> tuple[str, tuple[Any, ...]] | None:
        """For a large result in an order FTS cannot give: walk the sort column's index, keep members.

        Sorting 100k matches by salary means looking up 100k rows (~200 ms at
        600k); the index lists ids already in order, so the first page is
        the first `limit` ids that are in the (materialised) match set.
        """
        sort = request.sort
        index = _SORT_INDEXES.get(sort if sort in _SORT_INDEXES else Sort.DATE)
        probe_sql, probe_params = plan.select("f.rowid", limit=WALK_FROM + 1)
        if index is None or len(self._run(probe_sql, probe_params)) <= WALK_FROM:
            return None
        plan = self._plan(request, sorting=True)  # the match set is read whole: FTS5's merge is faster
        conditions = plan.where.removeprefix(" WHERE ").split(" AND ", 1)
        rest = f" AND {conditions[1]}" if len(conditions) > 1 else ""
        sql = (f"SELECT p.id FROM positions p INDEXED BY {index} "
               f"WHERE p.id IN (SELECT rowid FROM positions_fts WHERE positions_fts MATCH ?){rest} "
               f"ORDER BY {order} LIMIT ?")
        return sql, (*plan.params, limit)

    # -- running ----------------------------------------------------------

    def _run(self, sql: str, params: tuple[Any, ...], *, rows: bool = False,
             stop: Callable[[], bool] | None = None) -> Any:
        """All result rows of `sql` (as sqlite3.Row with `rows`); an interrupt becomes SearchCancelled.

        With `stop`: the first column as an array('q'), read a chunk at a time
        and abandoned (SearchCancelled) as soon as `stop()` says so.
        """
        cursor = self.conn.cursor()
        # Plain tuples unless asked: the catalogue connection's sqlite3.Row
        # costs 2-4x more per row (600k ids: ~570 ms against ~140 ms).
        cursor.row_factory = sqlite3.Row if rows else None  # type: ignore[assignment]
        try:
            if stop is None:
                return cursor.execute(sql, params).fetchall()
            out = array("q")
            cursor.execute(sql, params)
            while not stop() and (chunk := cursor.fetchmany(ID_CHUNK)):
                out.extend(map(itemgetter(0), chunk))  # at C speed, unlike a comprehension
            if stop():
                raise SearchCancelled()
            return out
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error):
                raise SearchCancelled() from None
            raise
        finally:
            # An unfinished statement keeps SQLite's interrupt flag raised and
            # would cancel the next query too.
            cursor.close()

    # -- public API -------------------------------------------------------

    def prepare(self, stop: Callable[[], bool] = lambda: False) -> None:
        """Look up now, off the keystroke, what one-letter pages and counts need; SearchCancelled once `stop()`.

        Each letter's second letters (`_continuations`, 10-80 ms for all 36 at
        600k), then the counts the import did not store (ShortCounts.prepare)."""
        for letter in short_counts.TEXTS:
            if stop():
                raise SearchCancelled()
            self._continuations(letter)
        self._short_counts.prepare(stop)

    def first_page(self, request: SearchRequest, limit: int = 50) -> list[int]:
        """The ids of the first `limit` results, in order; fast enough for every keystroke."""
        if self._spelt_out(request) and self._stored_count(request) == 0:
            # A letter found only in pinyin (x, z) would read every pinyin word under it
            # to find nothing (40-190 ms at 600k); for a CJK character the check costs more.
            return []
        return [row[0] for row in self._run(*self._ordered_sql(request, limit))]

    def ids(self, request: SearchRequest) -> list[int]:
        """Every result id in order (hundreds of ms at 600k: call off the GUI thread)."""
        return self.id_array(request).tolist()

    def id_array(self, request: SearchRequest, stop: Callable[[], bool] = lambda: False) -> array[int]:
        """ids() as an array('q') (freed at once, where 600k ints take 5-12 ms); SearchCancelled once `stop()`."""
        return self._run(*self._ordered_sql(request, None), stop=stop)  # type: ignore[no-any-return]

    @staticmethod
    def _spelt_out(request: SearchRequest) -> bool:
        """Whether `request` is one letter or digit, which a first page spells out (text_index.word_prefix)."""
        return text_index.expands(text_index.normalise(request.text).strip())

    def _stored_count(self, request: SearchRequest) -> int | None:
        """The count of an unfiltered one-character query as stored by the import or counted before, or None."""
        key = short_counts.key(request.text) if request.filters == Filters() else None
        return None if key is None else self._short_counts.get(key)

    def count(self, request: SearchRequest) -> int:
        """The exact number of results."""
        key = short_counts.key(request.text) if request.filters == Filters() else None
        if key is not None:  # one character: stored, or counted and remembered
            stored = self._short_counts.get(key)
            return self._short_counts.count(request.text) if stored is None else stored
        sql = self._memo(("count", request), lambda: self._plan(request).select("count(*)"))
        return int(self._run(*sql)[0][0])

    def facets(self, request: SearchRequest) -> dict[str, dict[str, int]]:
        """Result counts by category, city, work mode, and by each disability and accommodation code.

        Only values with at least one result appear.
        """
        plan = self._plan(request)
        if plan.match is None and not plan.where:
            return self._facets_of_everything()
        if not plan.joined:
            # Facet columns live in positions: join it.
            plan = Plan("positions_fts f CROSS JOIN positions p ON p.id = f.rowid",
                         plan.where, plan.params, plan.match, plan.facets, True, plan.has_text)
        # One pass over the result: each row is looked up once, grouped by the
        # three single-valued facets with the bit counts summed per group.
        bits = [(key, column, term.code, i) for key, column, vocab in _BIT_FACETS for i, term in enumerate(vocab)]
        sums = ", ".join(f"sum(p.{column} >> {i} & 1)" for _, column, _, i in bits)
        sql, params = plan.select(f"p.category, p.city, p.work_mode, count(*), {sums}")
        keys = ("category", "city", "work_mode", *(key for key, _, _ in _BIT_FACETS))
        out: dict[str, dict[str, int]] = {key: {} for key in keys}
        for category, city, work_mode, n, *bit_counts in self._run(f"{sql} GROUP BY 1, 2, 3", params):
            for key, value in (("category", category), ("city", city), ("work_mode", work_mode)):
                out[key][value] = out[key].get(value, 0) + n
            for (key, _, code, _), count in zip(bits, bit_counts):
                if count:
                    out[key][code] = out[key].get(code, 0) + count
        return out

    def _facets_of_everything(self) -> dict[str, dict[str, int]]:
        """Facets of the whole catalogue without reading its rows (a full scan takes seconds at 600k).

        Single-valued facets come from their column indexes; each disability
        and accommodation count is the length of its filter token's posting list.
        """
        out: dict[str, dict[str, int]] = {}
        for key in ("category", "city", "work_mode"):
            rows = self._run(f"SELECT {key}, count(*) FROM positions GROUP BY {key}", ())
            out[key] = {value: n for value, n in rows}
        field_of = {"disability": "disabilities", "accommodation": "accommodations"}
        for key, _, vocabulary in _BIT_FACETS:
            counts = {}
            for term in vocabulary:
                token = search_index.facet_token(field_of[key], term.code)
                n = self._run("SELECT count(*) FROM positions_fts WHERE positions_fts MATCH ?", (f'"{token}"',))[0][0]
                if n:
                    counts[term.code] = n
            out[key] = counts
        return out

    def positions(self, ids: Sequence[int]) -> list[Position]:
        """The positions with `ids`, in that order; ids no longer in the catalogue are skipped."""
        found: dict[int, Position] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = tuple(ids[start:start + CHUNK])
            marks = ", ".join("?" * len(chunk))
            for row in self._run(f"SELECT * FROM positions WHERE id IN ({marks})", chunk, rows=True):
                found[row["id"]] = from_row(row)
        return [found[i] for i in ids if i in found]

    def position_by_external_id(self, external_id: str) -> Position | None:
        """The position with this stable external id, or None."""
        rows = self._run("SELECT * FROM positions WHERE external_id = ?", (external_id,), rows=True)
        return from_row(rows[0]) if rows else None

    def interrupt(self) -> None:
        """Cancel the query running on this connection (safe to call from any thread)."""
        self.conn.interrupt()
