"""The results list: ordered position ids, a page cache, and whole-row summaries.

Modelled on Anki's browser table (qt/aqt/browser/table/model.py): the model
holds only the ids of the current results and fetches rows from the catalogue
on demand, a page at a time, caching them. A row that fails to load becomes a
disabled placeholder instead of an exception. The model reports the exact
number of results from the start (so a screen reader says "1 of 57,300") even
while the full id list is still being fetched in the background: rows past
the first page read "Loading…" until `set_all_ids` arrives.

Ids are kept in an array('q'): a new search replaces the list on the
keystroke's path, and freeing an array is one call where a list of 600,000
ints costs the GUI thread 5-12 ms.
"""
from __future__ import annotations

import functools
import sqlite3
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt

from db import vocabulary as v
from db.errors import ZhumengDataError
from db.position import Position

_NAMES = {
    "category": v.by_code(v.CATEGORIES),
    "work_mode": v.by_code(v.WORK_MODES),
    "disability": v.by_code(v.DISABILITIES),
    "accommodation": v.by_code(v.ACCOMMODATIONS),
    "interview": v.by_code(v.INTERVIEW_CHANNELS),
    "employment": v.by_code(v.EMPLOYMENT_TYPES),
    "salary_unit": v.by_code(v.SALARY_UNITS),
    "apply": v.by_code(v.APPLY_CHANNELS),
    "source": v.by_code(v.SOURCES),
}
# How many pages of rows to keep; 40 x 50 rows is a few hundred kB.
_CACHED_PAGES = 40

Loader = Callable[[Sequence[int]], list[Position]]
_Index = QModelIndex | QPersistentModelIndex


def _id_array(ids: Sequence[int]) -> array[int]:
    """`ids` as an array('q'); one that already is one is kept, not copied."""
    return ids if isinstance(ids, array) and ids.typecode == "q" else array("q", ids)


def term_name(kind: str, code: str, language: str) -> str:
    """The name of vocabulary term `code` of `kind` ("work_mode", ...) in `language`; the code if unknown."""
    term = _NAMES[kind].get(code)
    return term.name(language) if term else code


def term_names(kind: str, codes: Sequence[str], language: str) -> list[str]:
    """The names of several vocabulary terms, in order."""
    return [term_name(kind, code, language) for code in codes]


def format_number(value: int, language: str) -> str:
    """`value` with digit grouping, as people of `language` write it (57,300)."""
    return _locale(language).toString(int(value))


@functools.lru_cache(maxsize=4)
def _locale(language: str) -> QLocale:
    # Built once per language: every visible row formats numbers on each repaint.
    return QLocale("zh_CN" if language.startswith("zh") else "en_US")


def format_salary(position: Position, language: str) -> str:
    """The pay of `position` in words, e.g. "4,000–6,000 元/月"; "" when none is given."""
    low, high = position.salary_min, position.salary_max
    if low is None and high is None:
        return ""
    unit = term_name("salary_unit", position.salary_unit, language)
    if low is not None and high is not None and low != high:
        amount = f"{format_number(low, language)}–{format_number(high, language)}"
    else:
        amount = format_number(low if low is not None else high, language)  # type: ignore[arg-type]
    return f"{amount} {unit}"


def row_summary(position: Position, language: str) -> str:
    """The whole-row summary a screen reader reads for a result.

    "客服专员, 鲁王钓具, 淄博, 居家办公, 4 个名额, 提供培训": the facts a person
    compares while moving down the list, most distinguishing first.
    """
    parts = [position.title, position.employer]
    if position.city or position.province:
        parts.append(position.city or position.province)
    parts.append(term_name("work_mode", position.work_mode, language))
    # Two strings rather than a %n plural: pyside6-lupdate does not mark a
    # translate() plural whose count is a variable as plural.
    if position.openings == 1:
        parts.append(QCoreApplication.translate("ResultsModel", "1 opening"))
    else:
        many = QCoreApplication.translate("ResultsModel", "%1 openings")
        parts.append(many.replace("%1", format_number(position.openings, language)))
    if position.training_days > 0:
        parts.append(QCoreApplication.translate("ResultsModel", "training provided"))
    if position.meals:
        parts.append(QCoreApplication.translate("ResultsModel", "meals provided"))
    return ", ".join(part for part in parts if part)


class ResultsModel(QAbstractListModel):
    """The ordered results of one search, loaded a page at a time by id.

    `load` fetches positions for a list of ids (CatalogueSearch.positions on a
    connection of the GUI thread: a primary-key lookup of one page takes a
    millisecond or two, so it is done synchronously, as Anki does).
    """

    PositionRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, load: Loader, *, page_size: int = 50, language: str = "zh_CN", parent: Any = None) -> None:
        super().__init__(parent)
        self._load = load
        self._page_size = max(1, page_size)
        self.language = language
        self._ids = _id_array(())
        self._total = 0
        self._complete = True
        self._pages: OrderedDict[int, list[Position | None]] = OrderedDict()
        self.failed_loads = 0

    # -- what the view asks -------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._total

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._total:
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row)
        if role == self.PositionRole:
            return self.position_at(row)
        if role == self.IdRole:
            return self.id_at(row)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Rows not loaded yet stay selectable so that the cursor can rest on
        # them (End before the id list arrives); failed rows are disabled.
        if index.row() < len(self._ids) and self.position_at(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # -- what the window tells it -------------------------------------------
    def begin_results(self, first_ids: Sequence[int], total: int) -> None:
        """Show a new search: its first page of ids and its exact total.

        When `first_ids` already holds every id, the list is complete at once.
        """
        self.beginResetModel()
        try:
            self._ids = _id_array(first_ids)
            self._total = max(int(total), len(self._ids))
            self._complete = len(self._ids) >= self._total
            self._pages.clear()
        finally:
            self.endResetModel()

    def set_all_ids(self, ids: Sequence[int]) -> None:
        """Receive the whole ordered id list fetched in the background (best as an array('q'): not copied)."""
        ids = _id_array(ids)
        if len(ids) != self._total or ids[: len(self._ids)] != self._ids:
            # The catalogue changed between the two queries: start again from
            # the full list rather than show a mix of two searches.
            self.begin_results(ids, len(ids))
            return
        known = len(self._ids)
        self._ids = ids
        self._complete = True
        if known < self._total:
            self.dataChanged.emit(self.index(known), self.index(self._total - 1))

    def clear(self) -> None:
        """No results (no catalogue, or a failed search)."""
        self.begin_results([], 0)

    def refresh_texts(self) -> None:
        """Re-read every row's text (after a language change)."""
        if self._total:
            self.dataChanged.emit(self.index(0), self.index(self._total - 1))

    # -- reading ---------------------------------------------------------------
    @property
    def total(self) -> int:
        """The exact number of results."""
        return self._total

    @property
    def page_size(self) -> int:
        """Rows per page (the settings' page_size)."""
        return self._page_size

    @page_size.setter
    def page_size(self, rows: int) -> None:
        # The cache is kept by page: a new size starts it afresh.
        self._page_size = max(1, int(rows))
        self._pages.clear()

    @property
    def complete(self) -> bool:
        """True once every result's id is known."""
        return self._complete

    def id_at(self, row: int) -> int | None:
        """The position id at `row`, or None while it is not yet known."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, position_id: int) -> int | None:
        """The row showing `position_id`, if it is among the known ids."""
        try:
            return self._ids.index(position_id)
        except ValueError:
            return None

    def position_at(self, row: int) -> Position | None:
        """The position at `row`, loading its page if needed; None if unknown or failed."""
        if not 0 <= row < len(self._ids):
            return None
        page = row // self._page_size
        rows = self._pages.get(page)
        if rows is None:
            rows = self._load_page(page)
        else:
            self._pages.move_to_end(page)
        return rows[row - page * self._page_size]

    def _load_page(self, page: int) -> list[Position | None]:
        start = page * self._page_size
        ids = self._ids[start:start + self._page_size].tolist()
        try:
            by_id = {p.id: p for p in self._load(ids)}
        except (sqlite3.Error, ZhumengDataError, ValueError, KeyError):
            # A damaged row or file must not take the list down; show
            # placeholders and let the window report the problem.
            by_id = {}
            self.failed_loads += 1
        rows: list[Position | None] = [by_id.get(i) for i in ids]
        self._pages[page] = rows
        while len(self._pages) > _CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows

    def _text(self, row: int) -> str:
        if row >= len(self._ids):
            loading = QCoreApplication.translate("ResultsModel", "Loading result %1…")
            return loading.replace("%1", format_number(row + 1, self.language))
        position = self.position_at(row)
        if position is None:
            return QCoreApplication.translate("ResultsModel", "This position could not be loaded")
        return row_summary(position, self.language)

    # -- paging in words ----------------------------------------------------------
    def page_of(self, row: int) -> int:
        """The 1-based page number of `row`."""
        return max(0, row) // self._page_size + 1

    @property
    def page_count(self) -> int:
        """How many pages the results fill (at least 1)."""
        return max(1, -(-self._total // self._page_size))

    def range_text(self, row: int) -> str:
        """The always-visible status: "Results 1–50 of 57,300"."""
        if self._total == 0:
            return QCoreApplication.translate("ResultsModel", "No positions found")
        first = (self.page_of(row) - 1) * self._page_size + 1
        last = min(self._total, first + self._page_size - 1)
        return (QCoreApplication.translate("ResultsModel", "Results %1–%2 of %3")
                .replace("%1", format_number(first, self.language))
                .replace("%2", format_number(last, self.language))
                .replace("%3", format_number(self._total, self.language)))

    def found_text(self, row: int = 0) -> str:
        """What is announced after a search: "找到 57,300 个职位, 第 1 页, 共 1,146 页"."""
        if self._total == 0:
            return QCoreApplication.translate("ResultsModel", "No positions found")
        # A %n plural ("Found 1 position"); Qt writes %n without digit grouping, so
        # the count (the only number in the sentence at that point) is regrouped.
        found = self.tr("Found %n position(s), page %1 of %2", "", self._total)
        return (found.replace(str(self._total), format_number(self._total, self.language), 1)
                .replace("%1", format_number(self.page_of(row), self.language))
                .replace("%2", format_number(self.page_count, self.language)))

    def page_text(self, row: int) -> str:
        """What is announced when the cursor enters another page: "第 2 页, 共 1,146 页"."""
        return (QCoreApplication.translate("ResultsModel", "Page %1 of %2")
                .replace("%1", format_number(self.page_of(row), self.language))
                .replace("%2", format_number(self.page_count, self.language)))
