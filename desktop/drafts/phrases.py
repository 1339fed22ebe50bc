"""Cover-letter templates and a phrase bank (resources/phrases), and a keyboard picker for them.

People who type slowly or with effort write less: Ctrl+T in the draft
editor inserts a whole letter, Ctrl+I one phrase. The picker is a filter
field over a list; arrows choose, Enter inserts, Esc cancels. Phrases come
in the letter's language (Chinese or English), independent of the interface
language.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from db.paths import RESOURCES_DIR
from desktop.labels import plain_text
from desktop.drafts.dialog_layout import column_with_buttons

PHRASES_FILE = RESOURCES_DIR / "phrases" / "cover_letters.json"
LETTER_LANGUAGES = ("zh", "en")


@dataclass(frozen=True)
class Snippet:
    """A template or phrase: its titles and its text in each letter language."""

    title: dict[str, str]
    text: dict[str, str]

    def fill(self, language: str, **values: str) -> str:
        """The text in `language` with {position}, {employer}, {name} filled in (blank when unknown)."""
        text = self.text[language]
        for key in ("position", "employer", "name"):
            text = text.replace("{" + key + "}", values.get(key, ""))
        return text


@lru_cache(maxsize=1)
def _load() -> dict[str, tuple[Snippet, ...]]:
    data = json.loads(PHRASES_FILE.read_text(encoding="utf-8"))
    return {kind: tuple(Snippet(item["title"], {lang: item[lang] for lang in LETTER_LANGUAGES}) for item in data[kind])
            for kind in ("templates", "phrases")}


def templates() -> tuple[Snippet, ...]:
    """Whole cover letters."""
    return _load()["templates"]


def phrases() -> tuple[Snippet, ...]:
    """Single sentences."""
    return _load()["phrases"]


def guess_language(text: str, interface_language: str) -> str:
    """The letter language: Chinese if the letter has Chinese characters, else English if it has any
    Latin text, else the interface language."""
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return "zh"
    if any(ch.isascii() and ch.isalpha() for ch in text):
        return "en"
    return "zh" if interface_language.startswith("zh") else "en"


class SnippetPicker(QDialog):
    """Choose a template or phrase by keyboard: type to filter, arrows to move, Enter to insert."""

    def __init__(self, snippets: tuple[Snippet, ...], language: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snippetPicker")
        self.setWindowTitle(title)
        self._snippets = snippets
        self.filter_label = QLabel(self.tr("&Filter"), self)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("snippetFilter")
        self.filter.setAccessibleName(self.tr("Filter"))
        self.filter_label.setBuddy(self.filter)
        self.language_label = QLabel(self.tr("Letter &language"), self)
        self.language = QComboBox(self)
        self.language.setObjectName("snippetLanguage")
        self.language.setAccessibleName(self.tr("Letter language"))
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(LETTER_LANGUAGES.index(language))
        self.language_label.setBuddy(self.language)
        self.language_label.setAccessibleName(plain_text(self.language_label.text()))  # on Linux it names the combo box
        self.list_label = QLabel(self.tr("&Choices"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("snippetList")
        self.list.setAccessibleName(self.tr("Choices"))
        self.list.setAccessibleDescription(title)
        self.list_label.setBuddy(self.list)
        self.preview = QLabel(self)
        self.preview.setObjectName("snippetPreview")
        self.preview.setWordWrap(True)
        column_with_buttons(self, (self.filter_label, self.filter, self.language_label, self.language, self.list_label,
                                   self.list, self.preview),
                            accept=(self.tr("&Insert"), self.accept), reject_text=self.tr("Cancel"))
        self.filter.textChanged.connect(self._refill)
        self.language.currentIndexChanged.connect(self._refill)
        self.list.currentRowChanged.connect(self._show_preview)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.filter.installEventFilter(self)
        self._refill()

    @property
    def letter_language(self) -> str:
        """The chosen letter language code."""
        return str(self.language.currentData())

    def _refill(self) -> None:
        needle = self.filter.text().strip().casefold()
        lang = self.letter_language
        self.list.clear()
        for snippet in self._snippets:
            haystack = " ".join([*snippet.title.values(), snippet.text[lang]]).casefold()
            if needle and needle not in haystack:
                continue
            item = QListWidgetItem(f"{snippet.title[lang]}: {snippet.text[lang].splitlines()[0]}")
            item.setData(Qt.ItemDataRole.UserRole, snippet)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._show_preview()

    def _show_preview(self, *_args: object) -> None:
        snippet = self.chosen()
        self.preview.setText(snippet.text[self.letter_language] if snippet else self.tr("Nothing matches the filter."))

    def chosen(self) -> Snippet | None:
        """The highlighted template or phrase."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def eventFilter(self, watched: object, event: object) -> bool:
        # Arrows in the filter field move through the list, so typing and choosing need no Tab.
        if watched is self.filter and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + step)))
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
