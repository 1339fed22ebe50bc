"""Searching off the GUI thread, newest request first, stale ones cancelled.

Each keystroke in the search field asks for a new search. The runner is a
desktop.tasks TaskRunner over its own read-only catalogue connection and
runs, for the newest request only: count + first page (shown at once), then
the whole ordered id list (so the list can be scrolled to its end), then
facet counts. A newer request makes the older jobs stale: queued ones are
skipped, a running query is interrupted, and a stale answer never reaches
the screen. The window only ever sees signals on the GUI thread.

What the keystroke waits for is kept small: the follow-up jobs wait for a
pause in typing and stop within milliseconds when a key arrives; the first
pause also prepares the connection for one-letter queries
(CatalogueSearch.prepare); and the id list arrives as an array('q')
(CatalogueSearch.id_array), read in chunks that a key cuts short, so that
the GUI thread never frees 600,000 int objects when the next search
replaces it (~5-12 ms).
"""
from __future__ import annotations

import dataclasses
import datetime
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from db.catalogue_schema import open_catalogue
from db.catalogue_search import CatalogueSearch, SearchRequest
from db.errors import CatalogueUnavailable, SearchCancelled, ZhumengDataError
from desktop.tasks import sqlite_runner

# Boolean filters whose counts are shown beside their check boxes.
FLAG_FACETS = ("training", "subsidy", "meals")
# The full id list and the facet counts wait until typing pauses this long:
# SQLite cannot interrupt an FTS5 query inside its virtual-table step, so a
# facet pass started after every keystroke would hold up the next first page.
FOLLOW_UP_DELAY_MS = 300


@dataclass
class Catalogue:
    """The open catalogue as the GUI thread uses it: its path and a connection for loading rows.

    Searches run on the search runner's own connection, so a long id-list
    query never makes the GUI thread wait when it loads a page of rows.
    """

    path: Path
    rows: CatalogueSearch

    @classmethod
    def open(cls, path: Path) -> "Catalogue":
        """Open `path` read-only; raises CatalogueUnavailable if it is not a usable catalogue."""
        rows = CatalogueSearch(open_catalogue(path, read_only=True))
        # Probe the index too, so a damaged search table is found at start, not on the first keystroke.
        try:
            rows.count(SearchRequest("zhumeng"))
            rows.first_page(SearchRequest(), 1)
        except (sqlite3.DatabaseError, ZhumengDataError) as error:
            rows.conn.close()
            raise CatalogueUnavailable(str(path), str(error)) from error
        return cls(Path(path), rows)

    def close(self) -> None:
        """Close the GUI thread's connection."""
        self.rows.conn.close()


class SearchRunner(QObject):
    """Runs the search pipeline on a worker thread and reports on the GUI thread.

    Signals: `first_page_ready(ids, total)`, `all_ids_ready(ids)` (an array('q')),
    `facets_ready(facets)`, `failed(reason)` where reason is "damaged"
    (the catalogue file cannot be read) or "error".
    """

    first_page_ready = Signal(list, int)
    all_ids_ready = Signal(object)
    facets_ready = Signal(dict)
    failed = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        path = catalogue.path
        self._tasks = sqlite_runner(lambda: open_catalogue(path, read_only=True), name="catalogue-search", parent=self)
        self._searches: dict[int, CatalogueSearch] = {}
        self._stopped = False
        self._follow_up = QTimer(self)
        self._follow_up.setSingleShot(True)
        self._follow_up.setInterval(FOLLOW_UP_DELAY_MS)
        self._follow_up.timeout.connect(self._start_follow_up)
        self._pending: tuple[SearchRequest, int, int] | None = None
        self._prepared = False

    def _search(self, conn: sqlite3.Connection) -> CatalogueSearch:
        # One CatalogueSearch per connection: it remembers the catalogue's order flag.
        return self._searches.setdefault(id(conn), CatalogueSearch(conn))

    def search(self, request: SearchRequest, page_size: int) -> None:
        """Start `request`, cancelling whatever search is still queued or running."""
        if self._stopped:
            return
        self._follow_up.stop()
        self._pending = None
        for key in ("prepare", "ids", "facets"):
            self._tasks.cancel(key)

        def first(conn: sqlite3.Connection) -> tuple[list[int], int]:
            search = self._search(conn)
            ids = search.first_page(request, limit=page_size)
            return ids, len(ids) if len(ids) < page_size else search.count(request)

        self._tasks.submit(first, key="search", on_success=lambda answer: self._first_done(request, *answer),
                           on_failure=self._fail)

    def _first_done(self, request: SearchRequest, ids: list[int], total: int) -> None:
        self.first_page_ready.emit(ids, total)
        self._pending = (request, len(ids), total)
        self._follow_up.start()

    def _start_follow_up(self) -> None:
        if self._pending is None or self._stopped:
            return
        request, shown, total = self._pending
        self._pending = None
        stale = self._tasks.current_job_stale
        if not self._prepared:
            # Once per connection, in the first pause (a keystroke cancels it; the next pause goes on).
            self._tasks.submit(lambda conn: self._search(conn).prepare(stale), key="prepare",
                               on_success=self._set_prepared, on_failure=self._fail)
        if total > shown:
            self._tasks.submit(lambda conn: self._search(conn).id_array(request, stale), key="ids",
                               on_success=self.all_ids_ready.emit, on_failure=self._fail)
        self._tasks.submit(lambda conn: self._facets(self._search(conn), request), key="facets",
                           on_success=self.facets_ready.emit, on_failure=self._fail)

    def _set_prepared(self, _result: object) -> None:
        self._prepared = True

    @staticmethod
    def _facets(search: CatalogueSearch, request: SearchRequest) -> dict[str, dict[str, int]]:
        facets = search.facets(request)
        # A check box's count is what the results would be with it ticked.
        for key in FLAG_FACETS:
            flagged = dataclasses.replace(request.filters, **{key: True})
            facets[key] = {"yes": search.count(dataclasses.replace(request, filters=flagged))}
        still_open = dataclasses.replace(request.filters, open_on=datetime.date.today().isoformat())
        facets["open"] = {"yes": search.count(dataclasses.replace(request, filters=still_open))}
        return facets

    def _fail(self, error: BaseException) -> None:
        if isinstance(error, SearchCancelled) or (isinstance(error, sqlite3.OperationalError)
                                                  and "interrupt" in str(error)):
            return
        self.failed.emit("damaged" if isinstance(error, (sqlite3.DatabaseError, CatalogueUnavailable)) else "error")

    def shutdown(self) -> None:
        """Stop the worker and close its connection (on window close); safe to call twice."""
        if not self._stopped:
            self._stopped = True
            self._follow_up.stop()
            self._tasks.shutdown()
