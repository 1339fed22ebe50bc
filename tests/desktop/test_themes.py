"""Themes: contrast computed from the tokens, one place applies colours and text size, focus is visible."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import (QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QPushButton,
                               QTextBrowser, QVBoxLayout, QWidget)

from desktop.settings import FONT_SCALE_STEPS, THEMES, Settings
from desktop.themes import (READING_LINE_HEIGHT_PERCENT, THEMES_DIR, TOKENS, AppearanceController, ThemeError,
                            apply_appearance, apply_reading_spacing, contrast_ratio, load_theme)


TEXT_TOKENS = ("text", "window_text", "button_text", "link", "link_visited", "error", "warning", "success",
               "overdue", "disabled_text", "placeholder_text")
SURFACES = ("window", "base", "alternate_base", "button")


@pytest.fixture(autouse=True)
def restore_appearance(qapp):
    palette, sheet, font = qapp.palette(), qapp.styleSheet(), qapp.font()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#FFFFFF"), QColor("#FFFFFF")) == pytest.approx(1.0)


@pytest.mark.parametrize("name", THEMES)
def test_every_theme_defines_every_token(name: str) -> None:
    theme = load_theme(name)
    assert set(TOKENS) <= set(theme.colors)


@pytest.mark.parametrize("name", THEMES)
def test_text_is_readable_on_every_surface(name: str) -> None:
    theme = load_theme(name)
    need = 7.0 if theme.high_contrast else 4.5
    for fg in TEXT_TOKENS:
        for bg in SURFACES:
            ratio = contrast_ratio(theme.color(fg), theme.color(bg))
            assert ratio >= need, f"{name}: {fg} on {bg} is {ratio:.2f}:1, needs {need}:1"
    selected = contrast_ratio(theme.color("highlighted_text"), theme.color("highlight"))
    assert selected >= need, f"{name}: selected text {selected:.2f}:1"
    tip = contrast_ratio(theme.color("tooltip_text"), theme.color("tooltip_base"))
    assert tip >= need


@pytest.mark.parametrize("name", THEMES)
def test_focus_ring_borders_and_selection_stand_out_at_3_to_1(name: str) -> None:
    theme = load_theme(name)
    for fg in ("focus_ring", "border", "highlight"):
        for bg in SURFACES:
            ratio = contrast_ratio(theme.color(fg), theme.color(bg))
            assert ratio >= 3.0, f"{name}: {fg} against {bg} is {ratio:.2f}:1"


def test_high_contrast_themes_are_marked_so() -> None:
    assert not load_theme("default").high_contrast
    assert load_theme("high_contrast_dark").high_contrast and load_theme("high_contrast_light").high_contrast


def test_a_theme_missing_a_token_is_refused(tmp_path: Path) -> None:
    data = json.loads((THEMES_DIR / "default.json").read_text(encoding="utf-8"))
    del data["colors"]["focus_ring"]
    (tmp_path / "broken.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ThemeError, match="focus_ring"):
        load_theme("broken", tmp_path)


def _form(qtbot) -> tuple[QWidget, dict[str, QWidget]]:
    win = QWidget()
    layout = QVBoxLayout(win)
    widgets: dict[str, QWidget] = {
        "label": QLabel("客服专员 Customer service"), "edit": QLineEdit(), "button": QPushButton("&Search"),
        "check": QCheckBox("&Training"), "combo": QComboBox(), "list": QListWidget(), "browser": QTextBrowser(),
    }
    for name, widget in widgets.items():
        widget.setAccessibleName(name)
        layout.addWidget(widget)
    widgets["error"] = QLabel("Salary must be a number")
    widgets["error"].setProperty("tone", "error")
    layout.addWidget(widgets["error"])
    qtbot.addWidget(win)
    return win, widgets


@pytest.mark.parametrize("name", THEMES)
def test_applying_a_theme_sets_the_palette_and_a_stylesheet_qt_accepts(qtbot, qapp, name: str) -> None:
    theme = apply_appearance(qapp, name, 100)
    win, widgets = _form(qtbot)
    with qtbot.waitExposed(win):
        win.show()
    assert widgets["edit"].palette().color(widgets["edit"].backgroundRole()) == theme.color("base")
    assert qapp.palette().color(qapp.palette().ColorRole.WindowText) == theme.color("window_text")
    shot = widgets["error"].grab().toImage()
    colours = {shot.pixelColor(x, y).name() for x in range(shot.width()) for y in range(shot.height())}
    assert theme.color("error").name() in colours  # the error label is drawn in the error colour
    widgets["check"].setChecked(True)
    box = widgets["check"].grab().toImage()
    box_colours = {box.pixelColor(x, y).name() for x in range(box.height()) for y in range(box.height())}
    # The box outline and the check mark are drawn, not only a change of colour.
    assert {theme.color("border").name(), theme.color("text").name()} <= box_colours


@pytest.mark.parametrize("name", THEMES)
def test_focused_field_shows_a_thick_ring_in_the_focus_colour(qtbot, qapp, name: str) -> None:
    theme = apply_appearance(qapp, name, 100)
    win, widgets = _form(qtbot)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    edit = widgets["edit"]
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A)
    qtbot.waitUntil(edit.hasFocus)
    image = edit.grab().toImage()
    ring = theme.color("focus_ring").name()
    middle = image.height() // 2
    assert [image.pixelColor(x, middle).name() for x in range(3)] == [ring] * 3
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert image != edit.grab().toImage()  # the ring goes away with the focus


@pytest.mark.parametrize("name", THEMES)
def test_placeholder_and_scroll_bar_use_their_tokens(qtbot, qapp, name: str) -> None:
    theme = apply_appearance(qapp, name, 200)
    edit = QLineEdit()
    edit.setAccessibleName("Search")
    edit.setPlaceholderText("例如 客服")
    listing = QListWidget()
    listing.setAccessibleName("Results")
    listing.addItems([f"职位 {i}" for i in range(200)])
    for widget in (edit, listing):
        qtbot.addWidget(widget)
        with qtbot.waitExposed(widget):
            widget.show()

    def colours(widget: QWidget) -> set[str]:
        image = widget.grab().toImage()
        return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}

    # Qt would otherwise draw placeholders at half opacity, below the contrast the theme promises.
    assert theme.color("placeholder_text").name() in colours(edit)
    assert theme.color("border").name() in colours(listing.verticalScrollBar())


def test_the_stylesheet_keeps_the_minimum_sizes_widgets_ask_for(qtbot, qapp) -> None:
    # Kiosk keys ask for 44x44 px; a stylesheet min-height would silently shrink them.
    apply_appearance(qapp, "high_contrast_dark", 100)
    key = QPushButton("客")
    key.setAccessibleName("Character 客")
    key.setMinimumSize(44, 44)
    qtbot.addWidget(key)
    with qtbot.waitExposed(key):
        key.show()
    assert key.width() >= 44 and key.height() >= 44


@pytest.mark.parametrize("scale", [100, 200, 400])
def test_text_scale_multiplies_the_application_font(qtbot, qapp, scale: int) -> None:
    apply_appearance(qapp, "default", 100)
    base = qapp.font().pointSizeF()
    apply_appearance(qapp, "default", scale)
    assert qapp.font().pointSizeF() == pytest.approx(base * scale / 100)
    label = QLabel("逐梦")
    qtbot.addWidget(label)
    assert label.font().pointSizeF() == pytest.approx(base * scale / 100)


def test_application_font_prefers_a_cjk_family(qapp) -> None:
    apply_appearance(qapp, "default", 100)
    assert qapp.font().families()[0] == "Noto Sans CJK SC"


def test_controller_follows_the_settings(qtbot, qapp, tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    controller = AppearanceController(qapp, settings)
    small = qapp.font().pointSizeF()
    settings.set_value("font_scale", FONT_SCALE_STEPS[-1])
    assert qapp.font().pointSizeF() == pytest.approx(small * 4)
    settings.set_value("theme", "high_contrast_dark")
    assert controller.theme.name == "high_contrast_dark"
    assert qapp.palette().color(qapp.palette().ColorRole.Window) == QColor("#000000")


def test_reading_spacing_is_at_least_one_point_three(qapp) -> None:
    assert READING_LINE_HEIGHT_PERCENT >= 130
    document = QTextDocument()
    document.setHtml("<p>第一段</p><p>Second paragraph</p><ul><li>one</li></ul>")
    apply_reading_spacing(document)
    block = document.begin()
    while block.isValid():
        assert block.blockFormat().lineHeight() >= 130
        block = block.next()
