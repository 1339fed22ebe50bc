"""The main window: search field, filters, results and the detail of one position.

Reading and Tab order follow the screen from top left: search field, filters,
results, detail, buttons. Every visible string comes through tr() and is set
again in `retranslate()` when the language changes. Searching runs off the
GUI thread (desktop/search_runner.py); this window only shows what comes back.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QLineEdit, QMainWindow, QScrollArea, QSplitter,
                               QToolButton, QVBoxLayout, QWidget)

from db.catalogue_search import Filters, SearchRequest
from desktop.actions import ActionId, Mode
from desktop.announce import announce, announcer
from desktop.detail_pane import DetailPane, FavouriteStore
from desktop.filter_panel import FilterPanel
from desktop.labels import plain_text
from desktop.results_model import ResultsModel, format_number
from desktop.results_view import ResultsView
from desktop.search_runner import Catalogue, SearchRunner
from desktop.settings import Settings
from desktop.sort_choice import SortChoice

if TYPE_CHECKING:
    from desktop.dialogs import MessageDialog

# At this text size and above, the three panes stack instead of sitting side by side.
STACK_AT_SCALE = 175
STACK_BUTTONS_AT_SCALE = 150
FOUND_ANNOUNCE_DELAY_MS = 600


def _version() -> str:
    import importlib.metadata  # here, not at start-up: it costs tens of milliseconds to import

    try:
        return importlib.metadata.version("zhumeng")
    except importlib.metadata.PackageNotFoundError:
        return ""


class MainWindow(QMainWindow):
    """Find, filter and read positions. `draft_requested(position)` goes to the drafts editor."""

    draft_requested = Signal(object)

    def __init__(self, catalogue: Catalogue, settings: Settings, *, favourites: FavouriteStore | None = None,
                 mode: Mode = Mode.DESKTOP) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.catalogue = catalogue
        language = settings.value("language")
        self.model = ResultsModel(catalogue.rows.positions, page_size=settings.value("page_size"),
                                  language=language, parent=self)
        self.runner = SearchRunner(catalogue, self)
        self._last_page = 1
        # The result count is announced once typing pauses, not on every keystroke.
        self._found_timer = QTimer(self)
        self._found_timer.setSingleShot(True)
        self._found_timer.setInterval(FOUND_ANNOUNCE_DELAY_MS)
        self._found_timer.timeout.connect(lambda: announce(self.model.found_text(max(0, self.results.currentIndex().row()))))

        # Built from the outside in, each widget in its final parent: with the
        # application stylesheet, moving a built pane to another parent re-styles
        # every widget in it (building the panes first and then moving them into
        # the splitter, the scroll areas and the central widget cost ~15 ms of a
        # cold start, issue #3).
        central = QWidget(self)
        self.setCentralWidget(central)
        layout = QVBoxLayout(central)
        self.search_label = QLabel(central)
        self.search_field = QLineEdit(central)
        self.search_field.setObjectName("searchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_field)
        self.status_label = QLabel(central)
        self.status_label.setObjectName("resultsStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Selectable text makes a label take the focus on a click, so AT-SPI called it
        # focusable while no key reaches it. Not a Tab stop: the count is announced and
        # repeated in the status bar.
        self.status_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        # The panes scroll as one page when large text makes them taller than
        # the window (WCAG reflow): nothing is ever out of reach. The search
        # field and the result count stay in view above them.
        self.page_scroll = QScrollArea(central)
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.page_scroll.setWidget(self.splitter)  # while it is still empty
        layout.addWidget(self.search_label)
        layout.addWidget(self.search_field)
        layout.addWidget(self.status_label)
        layout.addWidget(self.page_scroll, 1)

        self.filter_scroll = QScrollArea(self.splitter)
        self.filter_scroll.setObjectName("filterScroll")
        self.filter_scroll.setWidgetResizable(True)
        self.filter_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The pane is not a stop of its own; it scrolls to whichever filter has the focus.
        self.filter_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.filters = FilterPanel(language)
        self.filter_scroll.setWidget(self.filters)  # not yet styled: moved in once

        results_box = QWidget(self.splitter)
        results_layout = QVBoxLayout(results_box)
        results_layout.setContentsMargins(0, 0, 0, 0)
        self.sort_choice = SortChoice(settings, results_box)  # above the list it orders
        self.results_label = QLabel(results_box)
        self.results = ResultsView(results_box)
        self.results.page_size = self.model.page_size
        self.results.setModel(self.model)
        self.results_label.setBuddy(self.results)
        results_layout.addWidget(self.sort_choice)
        results_layout.addWidget(self.results_label)
        results_layout.addWidget(self.results, 1)

        self.detail = DetailPane(favourites, language, self.splitter)
        for pane, stretch in ((self.filter_scroll, 0), (results_box, 3), (self.detail, 2)):
            self.splitter.addWidget(pane)  # already its child: this keeps the order explicit
            self.splitter.setStretchFactor(self.splitter.indexOf(pane), stretch)
        for first, second in ((self.search_field, self.filters.category), (self.filters.clear_button, self.sort_choice.combo),
                              (self.sort_choice.combo, self.results),
                              (self.results, self.detail.text), (self.detail.text, self.detail.favourite_button),
                              (self.detail.favourite_button, self.detail.draft_button)):
            QWidget.setTabOrder(first, second)

        from desktop.actions import ActionRegistry
        self.registry = ActionRegistry(self, settings=settings, mode=mode)
        self.registry.populate_menu_bar(self.menuBar())
        self._connect()
        announcer().attach(target=self, settings=settings)
        announcer().announced.connect(self._show_announcement)
        self.apply_scale(settings.value("font_scale"))
        self._set_texts()  # the panes have set theirs, in the same language, as they were built
        self.search_now()

    # -- wiring -------------------------------------------------------------
    def _connect(self) -> None:
        self.search_field.textChanged.connect(lambda _text: self.search_now())
        self.search_field.returnPressed.connect(self.focus_results)
        self.filters.changed.connect(self.search_now)
        self.sort_choice.changed.connect(self._sort_changed)
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.results.open_requested.connect(self.open_current)
        self.detail.back_requested.connect(self.results.setFocus)
        self.detail.draft_requested.connect(self.draft_requested)
        self.detail.favourite_changed.connect(self._favourite_changed)
        self.runner.first_page_ready.connect(self._show_first_page)
        self.runner.all_ids_ready.connect(self.model.set_all_ids)
        self.runner.facets_ready.connect(self.filters.set_facets)
        self.runner.facets_ready.connect(lambda _facets: self._size_panes())
        self.runner.failed.connect(self._search_failed)
        self.settings.changed.connect(self._setting_changed)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        reg = self.registry
        reg.connect(ActionId.FOCUS_SEARCH, self.focus_search)
        reg.connect(ActionId.FOCUS_RESULTS, self.focus_results)
        reg.connect(ActionId.FOCUS_FILTERS, self.filters.category.setFocus)
        reg.connect(ActionId.CLEAR_FILTERS, self.clear_filters)
        reg.connect(ActionId.NEXT_SORT, self.sort_choice.step)
        reg.connect(ActionId.NEXT_RESULT, lambda: self._step_result(+1))
        reg.connect(ActionId.PREVIOUS_RESULT, lambda: self._step_result(-1))
        reg.connect(ActionId.OPEN_RESULT, self.open_current)
        reg.connect(ActionId.TOGGLE_FAVOURITE, self.detail.favourite_button.click)
        reg.connect(ActionId.START_DRAFT, self.detail.draft_button.click)
        reg.connect(ActionId.REPEAT_ANNOUNCEMENT, announcer().repeat_last)
        # Esc stops speech (the speech layer's handler) and also steps back out of the detail.
        reg.connect(ActionId.STOP_SPEECH, self._escape)
        reg.connect(ActionId.SHORTCUT_HELP, self.show_shortcuts)
        reg.connect(ActionId.ABOUT, self.show_about)
        if ActionId.QUIT in reg.ids():
            reg.connect(ActionId.QUIT, self.close)

    # -- searching ------------------------------------------------------------
    def request(self) -> SearchRequest:
        """What the person is asking for now."""
        text = self.search_field.text()
        filters: Filters = self.filters.filters()
        return SearchRequest(text, filters, self.sort_choice.sort_for(text))

    def search_now(self) -> None:
        """Start the search for the current field and filters (stale searches are cancelled)."""
        self.runner.search(self.request(), self.model.page_size)

    def _sort_changed(self) -> None:
        self.search_now()
        announce(self.sort_choice.describe())

    def _show_first_page(self, first_ids: list[int], total: int) -> None:
        self.model.begin_results(first_ids, total)
        self._last_page = 1
        self._update_status(0)
        self._found_timer.start()

    def _search_failed(self, reason: str) -> None:
        self.model.clear()
        message = (self.tr("The job catalogue cannot be read: the file may be damaged. Restart Zhumeng to "
                           "rebuild the demo catalogue.") if reason == "damaged"
                   else self.tr("The search could not be completed. Please change the search and try again."))
        self.status_label.setText(message)
        announce(message, "assertive")

    def _update_status(self, row: int) -> None:
        self.status_label.setText(self.model.range_text(row))
        self.status_label.setAccessibleName(self.status_label.text())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row() if current.isValid() else 0
        self._update_status(row)
        page = self.model.page_of(row)
        if page != self._last_page:
            self._last_page = page
            announce(self.model.page_text(row))
        self.detail.show_position(self.model.position_at(row) if current.isValid() else None)

    # -- moving about -----------------------------------------------------------
    def focus_search(self) -> None:
        """Put the cursor in the search field, text selected so typing replaces it."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def focus_results(self) -> None:
        """Move to the results, onto the first one if none is current."""
        if self.model.rowCount() and not self.results.currentIndex().isValid():
            self.results.move_to(0)
        # Tab as the reason: Orca 43 announces a focus change with that reason
        # reliably, but stays silent for some shortcut-reason changes.
        self.results.setFocus(Qt.FocusReason.TabFocusReason)

    def open_current(self) -> None:
        """Show the current result in the detail pane and move there to read it."""
        index = self.results.currentIndex()
        if not index.isValid():
            return
        position = self.model.position_at(index.row())
        if position != self.detail.position:  # re-rendering would make Orca drop the focus report
            self.detail.show_position(position)
        # After this key event has finished, and with Tab as the reason: Orca 43
        # says nothing for a text field focused inside the key press by shortcut.
        QTimer.singleShot(0, lambda: self.detail.text.setFocus(Qt.FocusReason.TabFocusReason))

    def _step_result(self, step: int) -> None:
        if self.model.rowCount():
            current = self.results.currentIndex().row()
            self.results.move_to(max(0, min(self.model.rowCount() - 1, current + step)))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Keep the focused control in view however it got the focus (mnemonic, shortcut, Tab).
        if new is None or not self.splitter.isAncestorOf(new):
            return
        viewport = self.page_scroll.viewport().height()
        if new.height() + self.fontMetrics().lineSpacing() * 2 > viewport:
            # Taller than the view (a list at large text): show its top, with its label above it.
            top = new.mapTo(self.splitter, new.rect().topLeft()).y() - self.fontMetrics().lineSpacing() * 2
            self.page_scroll.verticalScrollBar().setValue(max(0, top))
        else:
            self.page_scroll.ensureWidgetVisible(new, 0, self.fontMetrics().lineSpacing())

    def _escape(self) -> None:
        # Esc also reaches here from any dialog (speech stops there too): only step out of the detail
        # when this window is the active one, or the dialog would close onto the results instead.
        if self.isActiveWindow() and self.detail.isAncestorOf(self.focusWidget() or self):
            self.results.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def clear_filters(self) -> None:
        """Remove every filter and say so."""
        self.filters.clear()
        announce(self.tr("All filters cleared"))

    def _show_announcement(self, text: str, _priority: str) -> None:
        # Deaf users see every spoken message in the status line.
        self.statusBar().showMessage(text)

    def _favourite_changed(self, _external_id: str, favourite: bool) -> None:
        announce(self.tr("Added to favourites") if favourite else self.tr("Removed from favourites"))

    # -- language, theme, text size ------------------------------------------------
    def _setting_changed(self, key: str) -> None:
        if key == "font_scale":
            self.apply_scale(self.settings.value("font_scale"))
        elif key == "language":
            self.retranslate()  # vocabulary names are data, not Qt translations: refresh them too
        elif key == "page_size":
            self.model.page_size = self.results.page_size = self.settings.value("page_size")
            self.search_now()

    def apply_scale(self, scale: int) -> None:
        """Lay the panes out for text at `scale` percent: side by side, or one column when large.

        Runs once the application font has changed (after the appearance
        controller, hence the zero timer).
        """
        self._stacked = scale >= STACK_AT_SCALE
        self._buttons_stacked = scale >= STACK_BUTTONS_AT_SCALE
        QTimer.singleShot(0, self._size_panes)

    def _size_panes(self) -> None:
        stacked = getattr(self, "_stacked", False)
        self.splitter.setOrientation(Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal)
        # Buttons one above the other from 150%: side by side they would make the detail pane too wide.
        self.detail.set_stacked(getattr(self, "_buttons_stacked", False))
        line = self.fontMetrics().lineSpacing()
        if stacked:
            # One column: the filters at full height, then enough results and
            # detail to read; the page scrolls, each pane keeps its own size.
            self.filter_scroll.setMinimumWidth(0)
            self.filters.adjustSize()
            self.filter_scroll.setMinimumHeight(self.filters.sizeHint().height())
            # Up to six rows and eight lines, but never taller than the view,
            # so that scrolling to a pane shows all of it.
            room = max(line * 3, self.page_scroll.viewport().height() * 3 // 4)
            row = max(self.results.sizeHintForRow(0), line)
            self.results.setMinimumHeight(min(room, row * 6 + 2 * self.results.frameWidth()))
            self.detail.text.setMinimumHeight(min(room, line * 8))
        else:
            for widget in (self.filter_scroll, self.results, self.detail.text):
                widget.setMinimumHeight(0)
            wanted = self._fit_filter_pane()
            rest = max(1, self.splitter.width() - wanted)
            self.splitter.setSizes([wanted, rest * 3 // 5, rest - rest * 3 // 5])  # results get the most room

    def _fit_filter_pane(self) -> int:
        """Make the filter pane at least as wide as its widest control (up to 40% of the window)."""
        if self.splitter.orientation() != Qt.Orientation.Horizontal:
            return 0
        self.filters.adjustSize()
        scrollbar = self.filter_scroll.verticalScrollBar().sizeHint().width()
        wanted = self.filters.sizeHint().width() + scrollbar + 2 * self.filter_scroll.frameWidth()
        wanted = min(wanted, max(1, self.width() * 2 // 5))
        self.filter_scroll.setMinimumWidth(wanted)
        return wanted

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible string again in the current language."""
        language = self.settings.value("language")
        self.model.language = self.filters.language = self.detail.language = language
        self.filters.retranslate()
        self.sort_choice.retranslate()
        self.detail.retranslate()
        self.model.refresh_texts()
        self._set_texts()

    def _set_texts(self) -> None:
        # The window's own strings; the panes set theirs when built and in retranslate().
        self.setWindowTitle(self.tr("Zhumeng job catalogue"))
        self.search_label.setText(self.tr("Sear&ch positions (title, employer, city; pinyin works too)"))
        self.search_field.setAccessibleName(self.tr("Search positions"))
        self.search_field.setPlaceholderText(self.tr("for example 客服, kefu, 淄博"))
        for button in self.search_field.findChildren(QToolButton):  # the field's own clear button
            button.setAccessibleName(self.tr("Clear the search"))
        self.results_label.setText(self.tr("Res&ults"))
        for label in (self.search_label, self.results_label):  # read without "(C)", "(U)"
            label.setAccessibleName(plain_text(label.text()))
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setAccessibleDescription(self.tr("Enter opens a position; Page Up and Page Down move one page"))
        self.filter_scroll.setAccessibleName(self.tr("Filters"))
        self._update_status(max(0, self.results.currentIndex().row()))

    def show_shortcuts(self) -> QWidget:
        """The page of every command and its keys (F1), generated from the action registry."""
        from desktop.help_dialog import show_help

        return show_help(self.registry, self)

    def show_about(self) -> MessageDialog:
        """What Zhumeng is, its version, and what the catalogue holds (text scrolls at 400%)."""
        from PySide6.QtWidgets import QDialogButtonBox

        from desktop.dialogs import MessageDialog  # a dialog: loaded when first asked for, not at start

        box = MessageDialog(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About Zhumeng"))
        box.setText(self.tr("Zhumeng (逐梦) %1: a job catalogue for job seekers with disabilities.")
                    .replace("%1", _version()))
        held = self.catalogue.rows.count(SearchRequest())
        box.setInformativeText(self.tr("The catalogue holds %n position(s). Positions whose source is \"Sample data\" are examples; the others come from employers of the 助残逐梦 campaign or from files your service centre imported.", "", held)  # noqa: E501
                               .replace(str(held), format_number(held, self.settings.value("language")), 1))
        box.add_button(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole, default=True)
        box.fit()
        box.open_window_modal()
        return box

    def reset_for_next_person(self) -> None:
        """Forget this person's search, filters and the position they read (kiosk session end)."""
        self.filters.clear()
        self.search_field.clear()
        self.results.clearSelection()
        self.results.setCurrentIndex(QModelIndex())
        self.detail.show_position(None)
        self.statusBar().clearMessage()

    def set_favourite_store(self, store: FavouriteStore) -> None:
        """Keep favourites in `store` from now on (the signed-in applicant's user data)."""
        self.detail.favourites = store
        self.detail.show_position(self.detail.position)

    def shutdown(self) -> None:
        """Stop the search worker and close the catalogue."""
        self.runner.shutdown()
        self.catalogue.close()

    def closeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.runner.shutdown()
        super().closeEvent(event)  # type: ignore[arg-type]
