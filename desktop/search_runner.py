"""Searching off the GUI thread, newest request first, stale ones cancelled.

Each keystroke in the search field asks for a new search. The runner keeps
one worker thread over the catalogue's search connection and runs, for the
newest request only: count + first page (shown at once), then the whole
ordered id list (so the list can be scrolled to its end), then facet counts.
A newer request interrupts the query that is running (sqlite3 interrupt)
and every answer carries its request number, so an old answer never reaches
the screen. The window only ever sees signals on the GUI thread.
"""
from __future__ import annotations

import dataclasses
import datetime
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from db.catalogue_schema import open_catalogue
from db.catalogue_search import CatalogueSearch, SearchRequest
from db.errors import SearchCancelled, ZhumengDataError

# Boolean filters whose counts are shown beside their check boxes.
FLAG_FACETS = ("training", "subsidy", "meals")


@dataclass
class Catalogue:
    """The open catalogue: one connection for the worker's searches, one for the GUI's row loads.

    Two connections because a long id-list query on one would make the
    GUI thread wait for it when loading a page of rows.
    """

    path: Path
    search: CatalogueSearch
    rows: CatalogueSearch

    @classmethod
    def open(cls, path: Path) -> "Catalogue":
        """Open `path` read-only; raises CatalogueUnavailable if it is not a usable catalogue."""
        search = CatalogueSearch(open_catalogue(path, read_only=True))
        rows = CatalogueSearch(open_catalogue(path, read_only=True))
        # Probe the index too, so a damaged search table is found at start, not on the first keystroke.
        try:
            search.count(SearchRequest("zhumeng"))
        except (sqlite3.DatabaseError, ZhumengDataError) as error:
            from db.errors import CatalogueUnavailable

            search.conn.close()
            rows.conn.close()
            raise CatalogueUnavailable(str(path), str(error)) from error
        return cls(Path(path), search, rows)

    def close(self) -> None:
        """Close both connections."""
        self.search.conn.close()
        self.rows.conn.close()


class SearchRunner(QObject):
    """Runs searches on a worker thread and reports on the GUI thread.

    Signals: `first_page_ready(ids, total)`, `all_ids_ready(ids)`,
    `facets_ready(facets)`, `failed(reason)` where reason is "damaged"
    (the catalogue file cannot be read) or "error".
    """

    first_page_ready = Signal(list, int)
    all_ids_ready = Signal(list)
    facets_ready = Signal(dict)
    failed = Signal(str)
    # Internal: answers from the worker, tagged with their request number.
    _answer = Signal(int, str, object)

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = catalogue.search
        self._wake = threading.Condition()
        self._pending: tuple[int, SearchRequest, int] | None = None
        self._generation = 0
        self._stopping = False
        self._answer.connect(self._deliver)
        self._thread = threading.Thread(target=self._work, name="catalogue-search", daemon=True)
        self._thread.start()

    def search(self, request: SearchRequest, page_size: int) -> None:
        """Start `request`, cancelling whatever search is still running."""
        with self._wake:
            self._generation += 1
            self._pending = (self._generation, request, page_size)
            self._wake.notify()
        if not self._stopping:
            self._search.interrupt()

    @property
    def generation(self) -> int:
        """The number of the newest request."""
        return self._generation

    def shutdown(self) -> None:
        """Stop the worker (on window close); safe to call more than once."""
        if self._stopping:
            return
        with self._wake:
            self._stopping = True
            self._pending = None
            self._wake.notify()
        self._search.interrupt()
        self._thread.join(timeout=2)

    # -- worker thread ----------------------------------------------------------
    def _work(self) -> None:
        while True:
            with self._wake:
                while self._pending is None and not self._stopping:
                    self._wake.wait()
                if self._stopping:
                    return
                generation, request, page_size = self._pending  # type: ignore[misc]
                self._pending = None
            try:
                self._run(generation, request, page_size)
            except SearchCancelled:
                continue
            except sqlite3.DatabaseError as error:
                if "interrupt" in str(error):
                    continue
                self._answer.emit(generation, "failed", "damaged")
            except ZhumengDataError:
                self._answer.emit(generation, "failed", "error")

    def _stale(self, generation: int) -> bool:
        return generation != self._generation or self._stopping

    def _run(self, generation: int, request: SearchRequest, page_size: int) -> None:
        search = self._search
        first = search.first_page(request, limit=page_size)
        total = len(first) if len(first) < page_size else search.count(request)
        if self._stale(generation):
            return
        self._answer.emit(generation, "first", (first, total))
        if total > len(first):
            ids = search.ids(request)
            if self._stale(generation):
                return
            self._answer.emit(generation, "ids", ids)
        facets = search.facets(request)
        for key in FLAG_FACETS:
            flagged = dataclasses.replace(request.filters, **{key: True})
            facets[key] = {"yes": search.count(dataclasses.replace(request, filters=flagged))}
        still_open = dataclasses.replace(request.filters, open_on=datetime.date.today().isoformat())
        facets["open"] = {"yes": search.count(dataclasses.replace(request, filters=still_open))}
        if not self._stale(generation):
            self._answer.emit(generation, "facets", facets)

    # -- GUI thread -----------------------------------------------------------------
    @Slot(int, str, object)
    def _deliver(self, generation: int, kind: str, payload: object) -> None:
        if generation != self._generation:
            return  # an answer to a question nobody is asking any more
        if kind == "first":
            ids, total = payload  # type: ignore[misc]
            self.first_page_ready.emit(ids, total)
        elif kind == "ids":
            self.all_ids_ready.emit(payload)
        elif kind == "facets":
            self.facets_ready.emit(payload)
        else:
            self.failed.emit(payload)
