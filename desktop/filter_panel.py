"""The filters beside the results: standard widgets, each labelled, each with its facet count.

Standard Qt widgets (QComboBox, QCheckBox, QSpinBox, QListView of checkable
items) because screen readers already know them: a combo box reads "类别,
客服 (1,234), 组合框", a checkable row reads its name, count and checked state.
Every widget has a QLabel buddy with a mnemonic, so Alt+letter reaches it and
its accessible name is its visible label.
"""
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QLabel, QListView,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from db import vocabulary as v
from desktop.labels import plain_text
from desktop.results_model import format_number

Facets = Mapping[str, Mapping[str, int]]
_CODE_ROLE = Qt.ItemDataRole.UserRole + 1
_SALARY_STEP = 500
_SALARY_MAX = 200_000


class CheckList(QListView):
    """A list of checkable terms that is as tall as its rows, so the panel scrolls, not the list."""

    def __init__(self, terms: tuple[v.Term, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terms = terms
        self.setModel(QStandardItemModel(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabKeyNavigation(False)
        model: QStandardItemModel = self.model()  # type: ignore[assignment]
        for term in terms:
            item = QStandardItem(term.code)
            item.setData(term.code, _CODE_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            model.appendRow(item)
        model.itemChanged.connect(lambda _item: self.updateGeometry())
        if terms:
            self.setCurrentIndex(model.index(0, 0))

    def item_model(self) -> QStandardItemModel:
        return self.model()  # type: ignore[return-value]

    def checked_codes(self) -> tuple[str, ...]:
        """The codes of the checked rows, in vocabulary order."""
        model = self.item_model()
        return tuple(model.item(r).data(_CODE_ROLE) for r in range(model.rowCount())
                     if model.item(r).checkState() == Qt.CheckState.Checked)

    def clear_checks(self) -> None:
        model = self.item_model()
        for r in range(model.rowCount()):
            model.item(r).setCheckState(Qt.CheckState.Unchecked)

    def set_texts(self, language: str, counts: Mapping[str, int] | None) -> None:
        """Name each row in `language` with its facet count."""
        model = self.item_model()
        model.blockSignals(True)
        try:
            for r, term in enumerate(self.terms):
                model.item(r).setText(_with_count(term.name(language), counts, term.code, language))
        finally:
            model.blockSignals(False)
        if self.isVisible():  # hidden, it paints when shown; viewport() costs ~10 ms the first time (cold start)
            self.viewport().update()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        rows = self.model().rowCount()
        row_height = self.sizeHintForRow(0) if rows else self.fontMetrics().height()
        # A few characters to spare: the theme's item padding is not always in the item's size hint.
        width = self.sizeHintForColumn(0) + 2 * self.frameWidth() + 4 * self.fontMetrics().averageCharWidth()
        return QSize(width, rows * row_height + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def _with_count(name: str, counts: Mapping[str, int] | None, code: str, language: str) -> str:
    if counts is None:
        return name
    return f"{name} ({format_number(counts.get(code, 0), language)})"


class FilterPanel(QWidget):
    """All filters of the catalogue search; `changed` fires on every change.

    `filters()` turns the widgets' state into a db.catalogue_search.Filters;
    `set_facets()` writes each value's count next to its name.
    """

    changed = Signal()

    def __init__(self, language: str = "zh_CN", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterPanel")
        self.language = language
        self._facets: Facets = {}
        self._quiet = False

        self.category = self._combo("categoryFilter")
        self.city = self._combo("cityFilter")
        self.work_mode = self._combo("workModeFilter")
        self.disabilities = CheckList(v.DISABILITIES, self)
        self.disabilities.setObjectName("disabilityFilter")
        self.accommodations = CheckList(v.ACCOMMODATIONS, self)
        self.accommodations.setObjectName("accommodationFilter")
        for checklist in (self.disabilities, self.accommodations):
            checklist.item_model().itemChanged.connect(self._emit)
        self.training = self._check("trainingFilter")
        self.subsidy = self._check("subsidyFilter")
        self.meals = self._check("mealsFilter")
        self.salary_min = self._spin("salaryMinFilter")
        self.salary_max = self._spin("salaryMaxFilter")
        self.still_open = self._check("openFilter")
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)

        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        # Labels above fields: at 400% text a label beside a field would leave
        # the field no width; above, both get the whole panel.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for key, widget in (("category", self.category), ("city", self.city), ("work_mode", self.work_mode),
                            ("disability", self.disabilities), ("accommodation", self.accommodations),
                            ("salary_min", self.salary_min), ("salary_max", self.salary_max)):
            label = QLabel(self)
            label.setBuddy(widget)
            label.setWordWrap(True)
            self.labels[key] = label
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for box in (self.training, self.subsidy, self.meals, self.still_open):
            layout.addWidget(box)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        # Visual order top to bottom is the Tab order.
        order = [self.category, self.city, self.work_mode, self.disabilities, self.accommodations,
                 self.salary_min, self.salary_max, self.training, self.subsidy, self.meals, self.still_open,
                 self.clear_button]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    # -- building -------------------------------------------------------------
    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def _check(self, name: str) -> QCheckBox:
        box = QCheckBox(self)
        box.setObjectName(name)
        box.toggled.connect(self._emit)
        return box

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(0, _SALARY_MAX)
        spin.setSingleStep(_SALARY_STEP)
        spin.setGroupSeparatorShown(True)
        spin.valueChanged.connect(self._emit)
        return spin

    def _emit(self, *_args: Any) -> None:
        if not self._quiet:
            self.changed.emit()

    # -- language and counts ----------------------------------------------------
    def set_language(self, language: str) -> None:
        """Name every value in `language`."""
        self.language = language
        self.retranslate()

    def retranslate(self) -> None:
        """Set every visible string again in the current language."""
        texts = {
            "category": self.tr("Cate&gory"), "city": self.tr("C&ity"), "work_mode": self.tr("&Work mode"),
            "disability": self.tr("Suits disa&bility (any checked)"),
            "accommodation": self.tr("&Accommodations (all checked)"),
            "salary_min": self.tr("Pay at &least (yuan per month)"),
            "salary_max": self.tr("&Pay at most (yuan per month)"),
        }
        for key, text in texts.items():
            label = self.labels[key]
            label.setText(text)
            label.setAccessibleName(plain_text(text))  # Orca reads a label as is: no "(G)"
            # Combo boxes and item views would otherwise be named by their
            # current value, not by their label: name each by its label.
            label.buddy().setAccessibleName(plain_text(text))
            if isinstance(label.buddy(), QComboBox):  # its drop-down list, too
                label.buddy().view().setAccessibleName(plain_text(text))
        for spin in (self.salary_min, self.salary_max):
            spin.setSpecialValueText(self.tr("Any"))
        # No mnemonic: Alt+R is "Sort by"; Ctrl+Shift+L (Search menu) clears from anywhere.
        self.clear_button.setText(self.tr("Clear all filters"))
        self.clear_button.setAccessibleDescription(self.tr("Removes every filter and shows all positions"))
        self.set_facets(self._facets)

    def set_facets(self, facets: Facets) -> None:
        """Show each value's number of matching positions (counts of the current search)."""
        self._facets = facets
        self._quiet = True
        try:
            lang = self.language
            self._fill_combo(self.category, self.tr("All categories"),
                             [(t.code, t.name(lang)) for t in v.CATEGORIES], facets.get("category"))
            cities = facets.get("city") or {}
            current_city = self.city.currentData(_CODE_ROLE)
            names = sorted(cities, key=lambda c: (-cities[c], c))
            if current_city and current_city not in names:
                names.insert(0, current_city)
            self._fill_combo(self.city, self.tr("All cities"), [(c, c) for c in names], cities)
            self._fill_combo(self.work_mode, self.tr("All work modes"),
                             [(t.code, t.name(lang)) for t in v.WORK_MODES], facets.get("work_mode"))
            self.disabilities.set_texts(lang, facets.get("disability"))
            self.accommodations.set_texts(lang, facets.get("accommodation"))
            self.training.setText(self._flag_text(self.tr("&Training provided"), "training"))
            self.subsidy.setText(self._flag_text(self.tr("Training subsid&y"), "subsidy"))
            self.meals.setText(self._flag_text(self.tr("&Meals provided"), "meals"))
            self.still_open.setText(self._flag_text(self.tr("Still open t&oday"), "open"))
            for box in (self.training, self.subsidy, self.meals, self.still_open, self.clear_button):
                box.setAccessibleName(plain_text(box.text()))  # read without "(T)"
        finally:
            self._quiet = False

    def _flag_text(self, text: str, key: str) -> str:
        counts = self._facets.get(key)
        if not counts or "yes" not in counts:
            return text
        return f"{text} ({format_number(counts['yes'], self.language)})"

    def _fill_combo(self, combo: QComboBox, all_text: str, entries: list[tuple[str, str]],
                    counts: Mapping[str, int] | None) -> None:
        current = combo.currentData(_CODE_ROLE)
        wanted = [("", all_text)] + [(code, _with_count(name, counts, code, self.language)) for code, name in entries]
        if [combo.itemData(i, _CODE_ROLE) for i in range(combo.count())] == [c for c, _ in wanted]:
            for i, (_code, text) in enumerate(wanted):  # same values: rename in place, focus undisturbed
                combo.setItemText(i, text)
            return
        combo.clear()
        for code, text in wanted:
            combo.addItem(text)
            combo.setItemData(combo.count() - 1, code, _CODE_ROLE)
        found = combo.findData(current or "", _CODE_ROLE)
        combo.setCurrentIndex(max(0, found))

    # -- reading and clearing ----------------------------------------------------
    def filter_values(self) -> dict[str, Any]:
        """The chosen filters as Filters keyword arguments (only those that are set)."""
        values: dict[str, Any] = {}
        for key, combo in (("categories", self.category), ("cities", self.city), ("work_modes", self.work_mode)):
            code = combo.currentData(_CODE_ROLE)
            if code:
                values[key] = (code,)
        if codes := self.disabilities.checked_codes():
            values["disabilities"] = codes
        if codes := self.accommodations.checked_codes():
            values["accommodations"] = codes
        for key, box in (("training", self.training), ("subsidy", self.subsidy), ("meals", self.meals)):
            if box.isChecked():
                values[key] = True
        if self.salary_min.value() > 0:
            values["salary_min"] = self.salary_min.value()
        if self.salary_max.value() > 0:
            values["salary_max"] = self.salary_max.value()
        if self.still_open.isChecked():
            values["open_on"] = datetime.date.today().isoformat()
        return values

    def filters(self) -> Any:
        """The chosen filters as a db.catalogue_search.Filters."""
        from db.catalogue_search import Filters

        return Filters(**self.filter_values())

    def active_count(self) -> int:
        """How many filters are set (shown and announced by the window)."""
        return len(self.filter_values())

    def clear(self) -> None:
        """Remove every filter at once; `changed` fires once."""
        self._quiet = True
        try:
            for combo in (self.category, self.city, self.work_mode):
                combo.setCurrentIndex(0)
            self.disabilities.clear_checks()
            self.accommodations.clear_checks()
            for box in (self.training, self.subsidy, self.meals, self.still_open):
                box.setChecked(False)
            self.salary_min.setValue(0)
            self.salary_max.setValue(0)
        finally:
            self._quiet = False
        self.changed.emit()
