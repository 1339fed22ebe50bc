"""Everything about one position, in reading order, for eyes and for screen readers.

A read-only text field whose caret can be moved by keyboard, so Orca and
NVDA read it line by line; each fact is one paragraph "Label: value" in the
order the issue fixes (title, employer, place, work mode, openings, pay,
training, subsidy, meals, suits, accommodations, interview channels, how to
apply, dates, description). Below it, the two things a person does with a
position: keep it as a favourite and start an application draft.
"""
from __future__ import annotations

import html
from typing import Protocol

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QTextEdit, QVBoxLayout, QWidget

from db.position import Position
from desktop.labels import plain_text
from desktop.page_scroll import show_on_page
from desktop.results_model import format_number, format_salary, term_name, term_names
from desktop.themes import apply_reading_spacing


class FavouriteStore(Protocol):
    """Where favourites are kept (the applicant's user data once it is open)."""

    def is_favourite(self, external_id: str) -> bool:
        """True if the position is one of the person's favourites."""

    def set_favourite(self, external_id: str, favourite: bool) -> None:
        """Keep or forget a favourite."""


class SessionFavourites:
    """Favourites kept for this session only, used until an applicant's user data is open."""

    def __init__(self) -> None:
        self._ids: set[str] = set()

    def is_favourite(self, external_id: str) -> bool:
        """True if the position is one of the person's favourites."""
        return external_id in self._ids

    def set_favourite(self, external_id: str, favourite: bool) -> None:
        """Keep or forget a favourite."""
        if favourite:
            self._ids.add(external_id)
        else:
            self._ids.discard(external_id)


class DetailPane(QWidget):
    """The detail of the current position, and its favourite and draft buttons.

    Signals: `favourite_changed(external_id, favourite)` after the person
    marks or unmarks a favourite; `draft_requested(position)` when they ask to
    start an application draft (the drafts editor connects to it);
    `back_requested()` when they press Escape to return to the results.
    """

    favourite_changed = Signal(str, bool)
    draft_requested = Signal(object)
    back_requested = Signal()

    def __init__(self, favourites: FavouriteStore | None = None, language: str = "zh_CN",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.favourites: FavouriteStore = favourites or SessionFavourites()
        self.language = language
        self.position: Position | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("detailHeading")
        # A read-only QTextEdit, not a QTextBrowser: Qt exposes a browser as a
        # static label, which Orca does not announce on focus; a read-only text
        # field it announces by name and reads line by line.
        self.text = QTextEdit(self)
        self.text.setObjectName("detailText")
        self.text.setReadOnly(True)
        self.text.document().setDefaultStyleSheet("p { margin-top: 0; margin-bottom: 0.2em; }")
        # A movable caret lets screen readers read line by line; still read-only.
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.text.setTabChangesFocus(True)
        self.text.installEventFilter(self)
        self.text.cursorPositionChanged.connect(self._show_caret_on_page_later)
        self.heading.setBuddy(self.text)
        self.favourite_button = QPushButton(self)
        self.favourite_button.setObjectName("favouriteButton")
        self.favourite_button.setCheckable(True)
        self.favourite_button.clicked.connect(self._toggle_favourite)
        self.draft_button = QPushButton(self)
        self.draft_button.setObjectName("draftButton")
        self.draft_button.clicked.connect(self._request_draft)

        buttons = self.buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        buttons.addWidget(self.favourite_button)
        buttons.addWidget(self.draft_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.retranslate()

    # -- public -------------------------------------------------------------
    def show_position(self, position: Position | None) -> None:
        """Show `position` (or the empty hint when None)."""
        self.position = position
        self._render()

    def set_language(self, language: str) -> None:
        """Show vocabulary names in `language` ("zh_CN" or "en")."""
        self.language = language
        self.retranslate()

    def set_stacked(self, stacked: bool) -> None:
        """Put the buttons one above the other (large text) or side by side."""
        self.buttons.setDirection(QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight)

    def plain_text(self) -> str:
        """What the pane says, as plain text (what a screen reader reads)."""
        return self.text.toPlainText()

    def retranslate(self) -> None:
        """Set every visible string again in the current language."""
        self.heading.setText(self.tr("Position &details"))
        self.heading.setAccessibleName(plain_text(self.heading.text()))  # read without "(D)"
        self.text.setAccessibleName(self.tr("Position details"))
        self.text.setAccessibleDescription(self.tr("Read-only. Use the arrow keys to read line by line; "
                                                   "Escape returns to the results."))
        self.draft_button.setText(self.tr("Start a&n application draft"))
        self.draft_button.setAccessibleDescription(self.tr("Opens a new application draft for this position"))
        self._render()

    # -- events -------------------------------------------------------------
    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if (watched is self.text and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape):  # type: ignore[attr-defined]
            self.back_requested.emit()
            return True
        if watched is self.text and event.type() == QEvent.Type.FocusIn:
            self._show_caret_on_page_later()
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _show_caret_on_page_later(self) -> None:
        # After the text field has scrolled the caret into its own view, and
        # after the window has scrolled the page to a newly focused pane.
        QTimer.singleShot(0, self, self._show_caret_on_page)  # dropped if the pane is gone by then

    def _show_caret_on_page(self) -> None:
        # At large text the page scrolls, not only this field (desktop/page_scroll.py):
        # the line being read, and one line either side, stay on screen.
        if self.text.hasFocus():
            caret = self.text.cursorRect()
            show_on_page(self.text.viewport(), caret, caret.height())

    def _toggle_favourite(self) -> None:
        if self.position is None:
            return
        favourite = not self.favourites.is_favourite(self.position.external_id)
        self.favourites.set_favourite(self.position.external_id, favourite)
        self._update_buttons()
        self.favourite_changed.emit(self.position.external_id, favourite)

    def _request_draft(self) -> None:
        if self.position is not None:
            self.draft_requested.emit(self.position)

    # -- rendering ------------------------------------------------------------
    def _update_buttons(self) -> None:
        has = self.position is not None
        favourite = has and self.favourites.is_favourite(self.position.external_id)  # type: ignore[union-attr]
        # The state is in the words as well as in the pressed look (never by colour alone).
        self.favourite_button.setText(self.tr("Unmar&k favourite") if favourite else self.tr("Mar&k as favourite"))
        for button in (self.favourite_button, self.draft_button):  # read without "(K)"
            button.setAccessibleName(plain_text(button.text()))
        self.favourite_button.setChecked(bool(favourite))
        self.favourite_button.setEnabled(has)
        self.draft_button.setEnabled(has)

    def _render(self) -> None:
        self._update_buttons()
        if self.position is None:
            hint = self.tr("Choose a position in the results to read about it here.")
            self.text.setHtml(f"<p>{html.escape(hint)}</p>")
        else:
            self.text.setHtml(self._html(self.position))
        apply_reading_spacing(self.text.document())
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def _facts(self, p: Position) -> list[tuple[str, str]]:
        """(label, value) pairs in reading order; facts a posting lacks are left out."""
        lang = self.language
        yes, no = self.tr("Yes"), self.tr("No")
        place = " ".join(part for part in (p.province, p.city, p.district) if part)
        sep = "、" if lang.startswith("zh") else ", "
        employment = sep.join(term_names("employment", p.employment_types, lang))
        facts = [
            (self.tr("Employer"), p.employer),
            (self.tr("Place"), place),
            (self.tr("Work mode"), term_name("work_mode", p.work_mode, lang)),
            (self.tr("Category"), term_name("category", p.category, lang)),
            (self.tr("Employment"), employment),
            (self.tr("Openings"), format_number(p.openings, lang)),
            (self.tr("Pay"), format_salary(p, lang) or self.tr("Not stated")),
            (self.tr("Training"), self.tr("%n day(s)", "", p.training_days) if p.training_days else no),
            (self.tr("Training subsidy"),
             self.tr("%1 yuan per person").replace("%1", format_number(p.training_subsidy, lang))
             if p.training_subsidy else no),
            (self.tr("Meals provided"), yes if p.meals else no),
            (self.tr("Housing provided"), yes if p.housing else no),
            (self.tr("Suits"), sep.join(term_names("disability", p.disabilities, lang)) or self.tr("Not stated")),
            (self.tr("Accommodations"), sep.join(term_names("accommodation", p.accommodations, lang))
             or self.tr("None stated")),
            (self.tr("Interview"), sep.join(term_names("interview", p.interview_channels, lang)) or self.tr("Not stated")),
            (self.tr("How to apply"), sep.join(term_names("apply", p.apply_channels, lang)
                                               + ([p.apply_contact] if p.apply_contact else []))),
            (self.tr("Posted"), p.date_posted),
            (self.tr("Open until"), p.valid_through or self.tr("No closing date")),
            (self.tr("Source"), term_name("source", p.source, lang)),
        ]
        return [(label, value) for label, value in facts if value]

    def _html(self, p: Position) -> str:
        parts = [f"<h2>{html.escape(p.title)}</h2>"]
        for label, value in self._facts(p):
            parts.append(f"<p><b>{html.escape(label)}:</b> {html.escape(value)}</p>")
        description, questions = self.tr("Description"), self.tr("Questions for applicants")
        if p.description:
            parts.append(f"<h3>{html.escape(description)}</h3>")
            parts.extend(f"<p>{html.escape(line)}</p>" for line in p.description.splitlines() if line.strip())
        if p.questions:
            parts.append(f"<h3>{html.escape(questions)}</h3>")
            parts.extend(f"<p>{html.escape(q)}</p>" for q in p.questions)
        return "\n".join(parts)
