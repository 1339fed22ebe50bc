"""Staff settings for a kiosk, shown only after the staff PIN.

Settings are the ordinary preferences (desktop/settings.py declares them
once, with titles and allowed values); this panel offers the ones a centre
sets for everybody: idle timeout (up to ten-fold the default, or never),
warning length, default language, theme, text size, speech, scanning. It
also imports a new catalogue from removable media (with the report shown
and spoken; a failed import keeps the old catalogue), shows the daily usage
counts, ends the current session, changes the staff PIN, and leaves kiosk
mode.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QFrame, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from db.formats import readable_suffixes
from desktop.kiosk.catalogue_update import CatalogueUpdater, removable_media_roots
from desktop.kiosk.speaking import default_speak
from desktop.kiosk.start_screen import fit_width, large
from desktop.kiosk.usage import UsageLog
from desktop.settings import PREFERENCES, Settings

IDLE_CHOICES_S = (60, 120, 180, 300, 600, 900, 1200, 0)  # default 120; ten-fold is 1200; 0 = never
WARNING_CHOICES_S = (20, 30, 45, 60, 90)
SCAN_INTERVALS_MS = (500, 800, 1000, 1500, 2000, 3000, 5000)
LONG_PRESS_CHOICES_MS = (500, 750, 1000, 1500, 2000, 2500, 3000)  # within the preference's declared range
CHOICE_KEYS = ("language", "theme", "font_scale", "scan_mode")
BOOL_KEYS = ("speech_enabled", "self_voicing", "scanning")
LARGE_TEXT_PX = 40  # a line height from which the panel goes to one column (about 300 % text)


class CheckLabel(QLabel):
    """A check box's word-wrapped text (a check box's own text cannot wrap: at 400 % it was wider than the
    screen); clicking it toggles the box as clicking a check box's text does."""

    def __init__(self, text: str, check: QCheckBox) -> None:
        super().__init__(text, check.parentWidget())
        self._check = check
        self.setWordWrap(True)
        self.setBuddy(check)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self._check.toggle()
        super().mouseReleaseEvent(event)


class StaffPanel(QDialog):
    """The staff panel. Signals: end_session_requested, change_pin_requested, leave_kiosk_requested,
    catalogue_updated (after a successful import, so the window searches again)."""

    end_session_requested = Signal()
    change_pin_requested = Signal()
    leave_kiosk_requested = Signal()
    catalogue_updated = Signal()
    import_folders_needed = Signal(list)  # the kiosk lock lets file dialogs into these while staff work

    def __init__(self, settings: Settings, usage: UsageLog, catalogue_path: Path, *, parent: QWidget | None = None,
                 speak=None, defaults: Mapping[str, Any] | None = None,
                 set_default: Callable[[str, Any], None] | None = None) -> None:
        """`defaults`/`set_default`: staff's stored defaults for everybody (kiosk.json); the controls for those
        keys show and write them (and apply them now), never the current person's values."""
        super().__init__(parent)
        self._defaults = dict(defaults or {})
        self._set_default = set_default
        self.setObjectName("staffPanel")
        self.setWindowTitle(self.tr("Staff settings"))
        self.setAccessibleName(self.windowTitle())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._settings = settings
        self._usage = usage
        self._speak = speak or default_speak
        self._updater = CatalogueUpdater(catalogue_path, self)
        self._updater.finished.connect(self._import_finished)
        layout = QVBoxLayout(self)
        # The settings scroll at large text; the four actions below them stay in sight.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page = QWidget(scroll)
        sections = QVBoxLayout(page)
        sections.addWidget(self._catalogue_box())
        sections.addWidget(self._session_box())
        sections.addWidget(self._usage_box())
        scroll.setWidget(page)
        layout.addWidget(scroll, 1)
        actions = QGridLayout()
        very_large = self.fontMetrics().height() >= LARGE_TEXT_PX
        columns = 1 if very_large else 2  # one below the other at very large text
        buttons = (("staffEndSession", self.tr("&End the current session"), self.end_session_requested),
                   ("staffChangePin", self.tr("Change the staff &PIN"), self.change_pin_requested),
                   ("staffLeaveKiosk", self.tr("&Leave kiosk mode"), self.leave_kiosk_requested),
                   ("staffClose", self.tr("&Close"), None))
        for number, (name, text, signal) in enumerate(buttons):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAutoDefault(False)
            large(button)
            fit_width(button)
            button.clicked.connect(signal if signal is not None else self.accept)
            actions.addWidget(button, number // columns, number % columns)
        # At very large text four rows of actions leave the settings no room (the dialog grew past the screen):
        # they scroll with the settings, after them.
        (sections if very_large else layout).addLayout(actions)
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        if screen is not None:  # the scroll area would otherwise let the dialog open small
            area = screen.availableGeometry()
            width = area.width() if very_large else area.width() * 4 // 5
            self.resize(width, area.height() * 5 // 6)

    # ---- sections ------------------------------------------------------------------------------------------
    def _section(self, title: str) -> tuple[QGroupBox, QVBoxLayout]:
        # The title is a word-wrapped heading inside the box: a group box title cannot wrap and at 300-400 %
        # text it made the page wider than the view, pushing every control out of sight.
        box = QGroupBox(self)
        box.setAccessibleName(title)
        column = QVBoxLayout(box)
        heading = QLabel(title, box)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        column.addWidget(heading)
        return box, column

    def _catalogue_box(self) -> QGroupBox:
        box, column = self._section(self.tr("Job catalogue"))
        self.import_button = QPushButton(self.tr("&Import a catalogue file…"), box)
        self.import_button.setAccessibleDescription(self.tr("From a USB stick or memory card; the old catalogue is "
                                                            "kept if the file has problems"))
        self.import_button.setObjectName("staffImport")
        self.import_button.setAutoDefault(False)
        large(self.import_button)
        fit_width(self.import_button)
        self.import_button.clicked.connect(self.choose_import_file)
        self.import_report = QPlainTextEdit(box)
        self.import_report.setObjectName("staffImportReport")
        self.import_report.setReadOnly(True)
        self.import_report.setAccessibleName(self.tr("Import report"))
        self.import_report.setProperty("kiosk_keep", True)  # staff's report, nothing personal in it
        column.addWidget(self.import_button)
        column.addWidget(self.import_report)
        return box

    def _session_box(self) -> QGroupBox:
        # Labels above their controls, word-wrapped: beside them they pushed the controls out of a narrow view.
        box, form = self._section(self.tr("Sessions and defaults for everyone"))
        self.idle_combo = self._combo(form, "kiosk_idle_timeout_s", [
            (seconds, self.tr("Never") if seconds == 0 else self.tr("%n minute(s)", "", seconds // 60))
            for seconds in IDLE_CHOICES_S])
        self.warning_combo = self._combo(form, "kiosk_warning_s", [
            (seconds, self.tr("%n second(s)", "", seconds)) for seconds in WARNING_CHOICES_S])
        for key in CHOICE_KEYS:
            pref = PREFERENCES[key]
            values = pref.choices or ()
            # Theme titles are translatable declarations; language names are written in their own language.
            titles = ([QCoreApplication.translate("Preferences", title) for title in pref.choice_titles]
                      if pref.choice_titles else [f"{value}%" for value in values])
            self._combo(form, key, list(zip(values, titles)))
        self._combo(form, "scan_interval_ms", [
            (ms, self.tr("%1 seconds").replace("%1", f"{ms / 1000:g}")) for ms in SCAN_INTERVALS_MS])
        self._combo(form, "scan_long_press_ms", [
            (ms, self.tr("%1 seconds").replace("%1", f"{ms / 1000:g}")) for ms in LONG_PRESS_CHOICES_MS])
        for key in BOOL_KEYS:
            title = PREFERENCES[key].translated_title()
            check = QCheckBox(box)
            check.setObjectName(f"staff_{key}")
            check.setAccessibleName(title)
            check.setChecked(bool(self._current(key)))
            large(check)
            check.toggled.connect(lambda on, k=key: self._choose(k, on))
            row = QHBoxLayout()
            row.addWidget(check)
            row.addWidget(CheckLabel(title, check), 1)
            form.addLayout(row)
        return box

    def _combo(self, form: QVBoxLayout, key: str, choices: list[tuple[object, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"staff_{key}")
        for value, title in choices:
            combo.addItem(title, value)
        current = combo.findData(self._current(key))
        combo.setCurrentIndex(max(0, current))
        large(combo)
        combo.activated.connect(lambda index, k=key, c=combo: self._choose(k, c.itemData(index)))
        label = QLabel(PREFERENCES[key].translated_title(), self)
        label.setWordWrap(True)
        label.setBuddy(combo)
        combo.setAccessibleName(label.text())
        form.addWidget(label)
        form.addWidget(combo)
        return combo

    def _current(self, key: str) -> Any:
        return self._defaults[key] if key in self._defaults else self._settings.value(key)

    def _choose(self, key: str, value: Any) -> None:
        if key in self._defaults and self._set_default is not None:
            self._defaults[key] = value
            self._set_default(key, value)
        self._settings.set_value(key, value)

    def _usage_box(self) -> QGroupBox:
        box, column = self._section(self.tr("Use of this kiosk (counts only, no personal data)"))
        rows = self._usage.recent(7)
        lines = [self.tr("{day}: {sessions} sessions, {searches} searches, {drafts} drafts").format(
            day=day, **counts) for day, counts in rows] or [self.tr("No use recorded yet.")]
        self.usage_label = QLabel("\n".join(lines), box)
        self.usage_label.setObjectName("staffUsage")
        self.usage_label.setWordWrap(True)
        self.usage_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        column.addWidget(self.usage_label)
        return box

    # ---- importing -----------------------------------------------------------------------------------------
    def choose_import_file(self) -> None:
        """Let staff pick a catalogue file on removable media, then import it."""
        roots = removable_media_roots()
        self.import_folders_needed.emit(roots)
        start = str(roots[0]) if roots else ""
        # .xlsx is offered only where openpyxl is installed (db.formats knows which suffixes it can read).
        patterns = " ".join(f"*{suffix}" for suffix in readable_suffixes())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a catalogue file"), start,
            self.tr("Catalogue files (%1)").replace("%1", patterns),
            options=QFileDialog.Option.DontUseNativeDialog)
        self.import_folders_needed.emit([])
        if path:
            self.import_paths([Path(path)])

    def import_paths(self, paths: list[Path]) -> None:
        """Import `paths` in the background; the report appears here and is spoken."""
        self.import_button.setEnabled(False)
        text = self.tr("Importing… the old catalogue stays in use until the import has finished.")
        self.import_report.setPlainText(text)
        self._speak(text)
        self._updater.start(paths)

    def _import_finished(self, text: str, applied: bool) -> None:
        self.import_button.setEnabled(True)
        self.import_report.setPlainText(text)
        self._speak(text.splitlines()[0] if text else "")
        if applied:
            self.catalogue_updated.emit()

    def done(self, result: int) -> None:  # noqa: D102 (Qt override)
        self._updater.shutdown()
        super().done(result)
