"""Colour themes and text size, applied to the whole application in one place.

A theme is data: `resources/themes/<name>.json` maps colour tokens (window,
text, focus ring, error...) to colours. `apply_appearance` turns a theme into
the application palette plus one application stylesheet (a thick focus ring,
visible control borders, colours for status text), and sets the application
font at the chosen scale. Widgets never name a colour or a pixel font size:
they use palette roles, or set a `tone` property ("error", "warning",
"success", "overdue", "muted") that the stylesheet colours, and they inherit
the application font (use `QFont.setPointSizeF(app_font * factor)` for
headings, never pixels).

`AppearanceController` follows the `theme` and `font_scale` preferences so a
change from a menu, a shortcut or a settings page takes effect at once.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QObject, QTemporaryDir
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from db.paths import RESOURCES_DIR
from desktop.settings import THEMES, Settings

THEMES_DIR = RESOURCES_DIR / "themes"
TOKENS = (
    "window", "window_text", "base", "alternate_base", "text", "button", "button_text",
    "highlight", "highlighted_text", "link", "link_visited", "focus_ring", "border",
    "error", "warning", "success", "disabled_text", "placeholder_text", "overdue",
    "tooltip_base", "tooltip_text",
)
TONES = ("error", "warning", "success", "overdue")
# Reading areas (position details, help) use at least 1.3x line spacing (ACCESSIBILITY.md 6).
READING_LINE_HEIGHT_PERCENT = 150
# Fonts with clear Simplified Chinese glyphs, best first; Qt falls back along the list.
FONT_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei UI",
                 "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei")
_BASE_SIZE_PROPERTY = "zhumeng_base_point_size"


@dataclass(frozen=True)
class Theme:
    """A named set of colour tokens."""

    name: str
    high_contrast: bool
    colors: dict[str, str]

    def color(self, token: str) -> QColor:
        """The colour of `token` (KeyError for an unknown token)."""
        return QColor(self.colors[token])


class ThemeError(ValueError):
    """A theme file is missing a token or holds something that is not a colour."""


@lru_cache(maxsize=None)
def load_theme(name: str, directory: Path = THEMES_DIR) -> Theme:
    """Read and check `<directory>/<name>.json`."""
    path = directory / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    colors = data.get("colors", {})
    missing = [token for token in TOKENS if token not in colors]
    if missing:
        raise ThemeError(f"{path.name}: missing tokens {missing}")
    bad = [token for token, value in colors.items() if not QColor.isValidColorName(str(value))]
    if bad:
        raise ThemeError(f"{path.name}: not colours: {bad}")
    return Theme(name=str(data.get("name", name)), high_contrast=bool(data.get("high_contrast", False)),
                 colors={token: str(value) for token, value in colors.items()})


def relative_luminance(color: QColor) -> float:
    """WCAG 2.2 relative luminance of an opaque colour (0 black .. 1 white)."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def palette_for(theme: Theme) -> QPalette:
    """A QPalette with every role set from the theme's tokens (disabled roles too)."""
    palette = QPalette()
    role = QPalette.ColorRole
    roles = {
        role.Window: "window", role.WindowText: "window_text", role.Base: "base",
        role.AlternateBase: "alternate_base", role.Text: "text", role.Button: "button",
        role.ButtonText: "button_text", role.Highlight: "highlight", role.HighlightedText: "highlighted_text",
        role.Link: "link", role.LinkVisited: "link_visited", role.ToolTipBase: "tooltip_base",
        role.ToolTipText: "tooltip_text", role.PlaceholderText: "placeholder_text", role.BrightText: "base",
        role.Accent: "highlight",
    }
    for palette_role, token in roles.items():
        palette.setColor(palette_role, theme.color(token))
    disabled = QPalette.ColorGroup.Disabled
    for palette_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(disabled, palette_role, theme.color("disabled_text"))
    # Lines and 3D edges drawn by the style follow the border token.
    for palette_role in (role.Mid, role.Dark, role.Shadow):
        palette.setColor(palette_role, theme.color("border"))
    palette.setColor(role.Light, theme.color("base"))
    palette.setColor(role.Midlight, theme.color("button"))
    return palette


_SHAPES = {
    # Marks drawn as shapes, so a state never rests on colour alone.
    "check": '<polyline points="3,13 9,19 21,5" fill="none" stroke="{text}" stroke-width="3.5"/>',
    "dot": '<circle cx="12" cy="12" r="6" fill="{text}"/>',
    "down": '<polygon points="4,8 20,8 12,18" fill="{text}"/>',
    "up": '<polygon points="4,16 20,16 12,6" fill="{text}"/>',
}
_image_dir: QTemporaryDir | None = None


def _mark_images(theme: Theme) -> dict[str, str]:
    """SVG files for check marks and arrows in the theme's text colour (stylesheets need files)."""
    global _image_dir
    if _image_dir is None:
        _image_dir = QTemporaryDir()
    paths = {}
    for shape, body in _SHAPES.items():
        path = Path(_image_dir.path()) / f"{theme.name}-{shape}.svg"
        if not path.exists():
            svg = body.format(text=theme.colors["text"])
            path.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">'
                            f"{svg}</svg>", encoding="utf-8")
        paths[shape] = path.as_posix()
    return paths


def stylesheet_for(theme: Theme, indicator_px: int = 16) -> str:
    """The application stylesheet: borders, a 3px focus ring, status tones.

    It sets no min-width/min-height: a stylesheet minimum would override the
    minimum sizes widgets set themselves (44 px kiosk targets). Sizes in em
    follow the font; check and radio indicators are
    `indicator_px` square (derived from the font by `apply_appearance`)
    because Qt does not take em for a border radius.
    """
    c = theme.colors
    img = _mark_images(theme)
    # Every bordered control keeps the same outer size focused or not: 1px + 3px padding vs 3px + 1px.
    framed = "QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit, QTextEdit, QTextBrowser, " \
             "QListView, QTreeView, QTableView, QPushButton, QToolButton"
    framed_focus = ", ".join(f"{w.strip()}:focus" for w in framed.split(","))
    tones = "\n".join(f'QLabel[tone="{tone}"] {{ color: {c[tone]}; }}' for tone in TONES)
    return f"""
QToolTip {{ color: {c['tooltip_text']}; background: {c['tooltip_base']}; border: 1px solid {c['border']}; }}
{framed} {{ border: 1px solid {c['border']}; padding: 3px; }}
QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit, QTextEdit, QTextBrowser, QListView, QTreeView, QTableView {{
    background: {c['base']}; color: {c['text']}; selection-background-color: {c['highlight']};
    selection-color: {c['highlighted_text']}; placeholder-text-color: {c['placeholder_text']}; }}
QListView, QTreeView, QTableView {{ alternate-background-color: {c['alternate_base']}; }}
QPushButton, QToolButton {{ background: {c['button']}; color: {c['button_text']}; padding: 3px 0.8em; }}
QPushButton:default {{ border-width: 2px; padding: 2px 0.8em; }}
{framed_focus} {{ border: 3px solid {c['focus_ring']}; padding: 1px; }}
QPushButton:focus, QToolButton:focus {{ padding: 1px 0.8em; }}
QCheckBox, QRadioButton, QGroupBox::title {{ border: 3px solid {c['window']}; padding: 1px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {c['focus_ring']}; }}
QCheckBox::indicator, QRadioButton::indicator, QListView::indicator {{ width: {indicator_px}px;
    height: {indicator_px}px; border: 2px solid {c['border']}; background: {c['base']}; }}
QRadioButton::indicator {{ border-radius: {indicator_px // 2 + 2}px; }}
QCheckBox::indicator:checked, QListView::indicator:checked {{ image: url({img['check']}); }}
QRadioButton::indicator:checked {{ image: url({img['dot']}); }}
QComboBox::drop-down {{ border-left: 1px solid {c['border']}; width: 1.2em; }}
QComboBox::down-arrow, QSpinBox::down-arrow, QDateEdit::down-arrow {{ image: url({img['down']}); width: 0.7em;
    height: 0.7em; }}
QSpinBox::up-arrow, QDateEdit::up-arrow {{ image: url({img['up']}); width: 0.7em; height: 0.7em; }}
QSpinBox::up-button, QSpinBox::down-button, QDateEdit::up-button, QDateEdit::down-button {{ width: 1.2em;
    border-left: 1px solid {c['border']}; background: {c['button']}; }}
QScrollBar:vertical {{ background: {c['window']}; width: 1em; border: 1px solid {c['border']}; }}
QScrollBar:horizontal {{ background: {c['window']}; height: 1em; border: 1px solid {c['border']}; }}
QScrollBar::handle {{ background: {c['border']}; border: 2px solid {c['window']}; }}
QScrollBar::handle:vertical {{ min-height: 2em; }}
QScrollBar::handle:horizontal {{ min-width: 2em; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QGroupBox {{ border: 1px solid {c['border']}; margin-top: 1.4em; padding-top: 0.4em; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 0.5em; }}
QTabBar::tab {{ background: {c['button']}; color: {c['button_text']}; border: 1px solid {c['border']};
    padding: 0.3em 0.8em; }}
QTabBar::tab:selected {{ background: {c['base']}; border-bottom: 3px solid {c['highlight']}; }}
QTabBar::tab:focus {{ border: 3px solid {c['focus_ring']}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {c['highlight']}; color: {c['highlighted_text']}; }}
QMenu {{ border: 1px solid {c['border']}; }}
QLabel[tone="muted"] {{ color: {c['disabled_text']}; }}
{tones}
"""


def scaled_font(base_point_size: float, scale_percent: int) -> QFont:
    """The application font: a clear CJK family at `base_point_size` x scale."""
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES) + [QFont().defaultFamily()])
    font.setPointSizeF(base_point_size * scale_percent / 100)
    return font


def apply_appearance(app: QApplication, theme_name: str, scale_percent: int) -> Theme:
    """Apply theme and text scale to the whole application; returns the theme.

    The 100% size is the system font size when first called (so the system
    text scale is followed) and is remembered on the application object.
    """
    base = app.property(_BASE_SIZE_PROPERTY)
    if base is None:
        base = app.font().pointSizeF()
        if base <= 0:  # a pixel-sized platform font: fall back to a readable size
            base = 10.0
        app.setProperty(_BASE_SIZE_PROPERTY, base)
    theme = load_theme(theme_name if theme_name in THEMES else "default")
    font = scaled_font(float(base), scale_percent)
    app.setPalette(palette_for(theme))
    app.setStyleSheet(stylesheet_for(theme, max(12, QFontMetrics(font).ascent())))
    app.setFont(font)
    return theme


def apply_reading_spacing(document: QTextDocument, percent: int = READING_LINE_HEIGHT_PERCENT) -> None:
    """Give every paragraph of a reading area proportional line spacing (call after setting its text)."""
    block_format = QTextBlockFormat()
    block_format.setLineHeight(float(percent), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.mergeBlockFormat(block_format)


class AppearanceController(QObject):
    """Keeps the application's theme and text size in step with the settings."""

    def __init__(self, app: QApplication, settings: Settings) -> None:
        super().__init__(app)
        self._app = app
        self._settings = settings
        self.theme = self.apply()
        settings.changed.connect(self._on_changed)

    def apply(self) -> Theme:
        """Apply the current `theme` and `font_scale` preferences now."""
        self.theme = apply_appearance(self._app, self._settings.value("theme"), self._settings.value("font_scale"))
        return self.theme

    def _on_changed(self, key: str) -> None:
        if key in ("theme", "font_scale"):
            self.apply()
