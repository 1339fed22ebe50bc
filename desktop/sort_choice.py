"""The "Sort by" choice above the results: best match, newest, highest pay, most openings.

Best match only means something when there is search text; with an empty
search field the results are listed newest first whatever is chosen, and
the choice says so. The choice is remembered in the UI state (ui-state.ini),
so the next start lists results the same way.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from db.catalogue_search import Sort
from desktop.labels import plain_text
from desktop.settings import Settings

STATE_KEY = "results/sort"
ORDER = (Sort.RELEVANCE, Sort.DATE, Sort.SALARY, Sort.OPENINGS)


class SortChoice(QWidget):
    """A labelled combo box choosing the order of the results; `changed` when the person picks another."""

    changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.label = QLabel(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("sortChoice")
        self.label.setBuddy(self.combo)
        for sort in ORDER:
            self.combo.addItem("", sort.value)
        remembered = str(settings.state_value(STATE_KEY, Sort.RELEVANCE.value))
        self.combo.setCurrentIndex(max(0, self.combo.findData(remembered)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo, 1)
        self.combo.currentIndexChanged.connect(self._picked)
        self.retranslate()

    @property
    def chosen(self) -> Sort:
        """The order the person chose (may be best match with no text to match)."""
        return Sort(self.combo.currentData())

    def sort_for(self, text: str) -> Sort:
        """The order to search in: best match needs text, otherwise newest first."""
        chosen = self.chosen
        return Sort.DATE if chosen is Sort.RELEVANCE and not text.strip() else chosen

    def step(self) -> None:
        """Choose the next order, wrapping round (the Search menu's "Next sort order")."""
        self.combo.setCurrentIndex((self.combo.currentIndex() + 1) % self.combo.count())

    def describe(self) -> str:
        """What is announced after a change: "Sorted by highest pay"."""
        return self.tr("Sorted by %1").replace("%1", self.combo.currentText())

    def _picked(self, _index: int) -> None:
        self.settings.set_state_value(STATE_KEY, self.chosen.value)
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible string again in the current language."""
        texts = {Sort.RELEVANCE: self.tr("Best match (when searching for text)"),
                 Sort.DATE: self.tr("Newest first"),
                 Sort.SALARY: self.tr("Highest pay first"),
                 Sort.OPENINGS: self.tr("Most openings first")}
        for index, sort in enumerate(ORDER):
            self.combo.setItemText(index, texts[sort])
        self.label.setText(self.tr("So&rt by"))
        name = plain_text(self.label.text())
        self.label.setAccessibleName(name)
        # A combo box is otherwise named by its current value: name it, and its list, by the label.
        self.combo.setAccessibleName(name)
        self.combo.view().setAccessibleName(name)
        self.combo.setAccessibleDescription(self.tr("Best match applies only when there is search text; "
                                                    "without text the newest positions come first"))
        self.combo.setToolTip(self.combo.accessibleDescription())
        self.label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
