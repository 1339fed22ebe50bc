"""Preferences, declared once each, and the Settings object that stores them.

Every preference is one `Pref` in `PREFERENCES` with its key, type, default,
translatable title and allowed values; a settings dialog, the kiosk staff
menu and validation all read that declaration (as Picard's options.py and
qutebrowser's configdata do). Values live in an INI file in the data
directory; UI state such as window geometry lives in a second file so that
"reset my preferences" never loses a window layout and vice versa.

A value read from disk is validated: anything of the wrong type or out of
range falls back to the default, because a hand-edited or old settings file
must never stop a person from starting the app.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Signal

PREFERENCES_FILE = "settings.ini"
UI_STATE_FILE = "ui-state.ini"
_PREF_GROUP = "preferences"
_SHORTCUT_GROUP = "shortcuts"
_CONTEXT = "Preferences"
_UNSET: Any = object()

# Groups on the preferences page, in order; "kiosk" preferences are for staff only.
SECTIONS = {
    "appearance": QT_TRANSLATE_NOOP("Preferences", "Text, colours and language"),
    "speech": QT_TRANSLATE_NOOP("Preferences", "Speech"),
    "switch": QT_TRANSLATE_NOOP("Preferences", "Switch access"),
    "results": QT_TRANSLATE_NOOP("Preferences", "Results"),
    "kiosk": QT_TRANSLATE_NOOP("Preferences", "Kiosk"),
}
FONT_SCALE_STEPS = (100, 125, 150, 175, 200, 250, 300, 350, 400)
THEMES = ("default", "high_contrast_dark", "high_contrast_light")
LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True)
class Pref:
    """One preference: what it is called, what it may hold, what it starts as.

    `choices` restricts the value to a fixed set (with `choice_titles`, the
    translatable names a settings page shows); `minimum`/`maximum` bound an
    int; `off_value` is an int outside that range that still counts as valid
    (for example 0 = "never" for a timeout); `increment` is the step for
    "faster"/"louder" commands on an int; `section` groups it on the
    preferences page (a key of SECTIONS). `kiosk_default` replaces the
    default when the app runs as a kiosk.
    """

    key: str
    type: type
    default: Any
    title: str
    choices: tuple[Any, ...] | None = None
    choice_titles: tuple[str, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None
    off_value: int | None = None
    increment: int | None = None
    section: str = "appearance"
    kiosk_default: Any = _UNSET

    def translated_title(self) -> str:
        """The title in the current interface language."""
        return QCoreApplication.translate(_CONTEXT, self.title)

    def default_for(self, kiosk: bool) -> Any:
        """The default, or the kiosk default when running as a kiosk."""
        if kiosk and self.kiosk_default is not _UNSET:
            return self.kiosk_default
        return self.default

    def coerce(self, raw: Any) -> Any:
        """Convert `raw` (as QSettings returns it from INI: often a str) to this type.

        Raises ValueError when it cannot be converted or is not allowed.
        """
        if self.type is bool:
            value: Any = _to_bool(raw)
        elif self.type is int:
            if isinstance(raw, bool):
                raise ValueError(f"{self.key}: boolean is not an int")
            value = int(str(raw).strip())
        else:
            if not isinstance(raw, str):
                raise ValueError(f"{self.key}: expected text, got {type(raw).__name__}")
            value = raw
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} not one of {self.choices}")
        if self.type is int and value != self.off_value:
            if self.minimum is not None and value < self.minimum:
                raise ValueError(f"{self.key}: {value} below {self.minimum}")
            if self.maximum is not None and value > self.maximum:
                raise ValueError(f"{self.key}: {value} above {self.maximum}")
        return value


def _to_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off"):
        return False
    raise ValueError(f"not a boolean: {raw!r}")


def _declare(*prefs: Pref) -> dict[str, Pref]:
    return {pref.key: pref for pref in prefs}


PREFERENCES: dict[str, Pref] = _declare(
    Pref("font_scale", int, 100, QT_TRANSLATE_NOOP("Preferences", "Text size (%)"), choices=FONT_SCALE_STEPS),
    Pref("theme", str, "default", QT_TRANSLATE_NOOP("Preferences", "Colour theme"), choices=THEMES,
         choice_titles=(QT_TRANSLATE_NOOP("Preferences", "Default"),
                        QT_TRANSLATE_NOOP("Preferences", "High contrast dark"),
                        QT_TRANSLATE_NOOP("Preferences", "High contrast light"))),
    # Language names are written in their own language so a person can find theirs.
    Pref("language", str, "zh_CN", QT_TRANSLATE_NOOP("Preferences", "Interface language"), choices=LANGUAGES,
         choice_titles=("简体中文", "English")),
    Pref("speech_enabled", bool, True, QT_TRANSLATE_NOOP("Preferences", "Allow the app's own speech"),
         section="speech"),
    Pref("self_voicing", bool, False, QT_TRANSLATE_NOOP("Preferences", "Speak focus and announcements (self-voicing)"),
         kiosk_default=True, section="speech"),
    # Turned on by the person themselves: speak even while a screen reader runs.
    Pref("self_voicing_explicit", bool, False,
         QT_TRANSLATE_NOOP("Preferences", "Speak even when a screen reader is running"), section="speech"),
    Pref("voice_zh", str, "", QT_TRANSLATE_NOOP("Preferences", "Chinese voice"), section="speech"),
    Pref("voice_en", str, "", QT_TRANSLATE_NOOP("Preferences", "English voice"), section="speech"),
    Pref("rate", int, 175, QT_TRANSLATE_NOOP("Preferences", "Speech rate (words per minute)"), minimum=80, maximum=450,
         increment=25, section="speech"),
    Pref("volume", int, 80, QT_TRANSLATE_NOOP("Preferences", "Speech volume (%)"), minimum=0, maximum=100,
         increment=10, section="speech"),
    Pref("echo_characters", bool, False, QT_TRANSLATE_NOOP("Preferences", "Speak typed characters"), section="speech"),
    Pref("echo_words", bool, False, QT_TRANSLATE_NOOP("Preferences", "Speak typed words"), section="speech"),
    Pref("scanning", bool, False, QT_TRANSLATE_NOOP("Preferences", "Switch scanning"), section="switch"),
    Pref("scan_interval_ms", int, 1500, QT_TRANSLATE_NOOP("Preferences", "Scan interval (milliseconds)"),
         minimum=300, maximum=10000, section="switch"),
    Pref("scan_mode", str, "auto", QT_TRANSLATE_NOOP("Preferences", "Scanning mode"), choices=("auto", "step"),
         choice_titles=(QT_TRANSLATE_NOOP("Preferences", "Automatic: focus moves by itself"),
                        QT_TRANSLATE_NOOP("Preferences", "Step: one switch press moves focus")), section="switch"),
    # Single-switch users pick by holding "next"; how long a hold must be depends on the person's movement.
    Pref("scan_long_press_ms", int, 1000,
         QT_TRANSLATE_NOOP("Preferences", "Hold the next switch this long to select (milliseconds)"),
         minimum=500, maximum=3000, increment=250, section="switch"),
    Pref("switch_next_key", str, "Space", QT_TRANSLATE_NOOP("Preferences", "Switch key: next"), section="switch"),
    Pref("switch_select_key", str, "Return", QT_TRANSLATE_NOOP("Preferences", "Switch key: select"), section="switch"),
    # ACCESSIBILITY.md 11: staff may lengthen the idle reset up to ten-fold or turn it off (0).
    Pref("kiosk_idle_timeout_s", int, 120,
         QT_TRANSLATE_NOOP("Preferences", "Kiosk idle reset after (seconds, 0 = never)"),
         minimum=60, maximum=1200, off_value=0, section="kiosk"),
    Pref("kiosk_warning_s", int, 30, QT_TRANSLATE_NOOP("Preferences", "Warn before the idle reset (seconds)"),
         minimum=20, maximum=300, section="kiosk"),
    Pref("page_size", int, 50, QT_TRANSLATE_NOOP("Preferences", "Results per page"), minimum=10, maximum=500,
         section="results"),
)


class Settings(QObject):
    """Preferences over QSettings (INI) in the data directory, validated on read.

    `changed(key)` is emitted after a preference or a shortcut override
    (key ``"shortcuts/<action>"``) changes. UI state (geometry, splitter
    sizes) goes through `state_value`/`set_state_value`, in its own file.
    """

    changed = Signal(str)

    def __init__(self, data_dir: Path | str, *, kiosk: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kiosk = kiosk
        data_dir = Path(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        self._prefs = QSettings(str(data_dir / PREFERENCES_FILE), QSettings.Format.IniFormat, self)
        self._state = QSettings(str(data_dir / UI_STATE_FILE), QSettings.Format.IniFormat, self)

    @property
    def path(self) -> Path:
        """The preferences INI file."""
        return Path(self._prefs.fileName())

    def value(self, key: str) -> Any:
        """The stored value of preference `key`, or its default if missing or invalid."""
        pref = _pref(key)
        raw = self._prefs.value(f"{_PREF_GROUP}/{key}")
        if raw is None:
            return pref.default_for(self.kiosk)
        try:
            return pref.coerce(raw)
        except (ValueError, TypeError):
            return pref.default_for(self.kiosk)

    def set_value(self, key: str, value: Any) -> None:
        """Store `value`; raises ValueError if the declaration does not allow it."""
        pref = _pref(key)
        value = pref.coerce(value)
        if value == self.value(key) and self._prefs.contains(f"{_PREF_GROUP}/{key}"):
            return
        self._prefs.setValue(f"{_PREF_GROUP}/{key}", value)
        self._prefs.sync()
        self.changed.emit(key)

    def reset(self, key: str) -> None:
        """Forget the stored value so the default applies again."""
        _pref(key)
        before = self.value(key)
        self._prefs.remove(f"{_PREF_GROUP}/{key}")
        self._prefs.sync()
        if self.value(key) != before:
            self.changed.emit(key)

    def reset_all(self) -> None:
        """Forget every preference and shortcut override (UI state is kept)."""
        for key in PREFERENCES:
            self.reset(key)
        for action in list(self.shortcut_overrides()):
            self.set_shortcut_override(action, None)

    def step(self, key: str, direction: int) -> Any:
        """Move a preference one step (+1/-1), clamped at its ends; returns the new value.

        A choice preference moves to the neighbouring choice; an int with an
        `increment` moves by that much within its minimum and maximum.
        """
        pref = _pref(key)
        current = self.value(key)
        if pref.choices is not None:
            index = pref.choices.index(current)
            new = pref.choices[max(0, min(len(pref.choices) - 1, index + direction))]
        elif pref.increment is not None and pref.minimum is not None and pref.maximum is not None:
            new = max(pref.minimum, min(pref.maximum, current + direction * pref.increment))
        else:
            raise ValueError(f"{key} has no choices or increment to step through")
        self.set_value(key, new)
        return new

    def cycle(self, key: str) -> Any:
        """Move a choice preference to the next choice, wrapping round; returns the new value."""
        pref = _pref(key)
        if pref.choices is None:
            raise ValueError(f"{key} has no choices to cycle through")
        index = pref.choices.index(self.value(key))
        new = pref.choices[(index + 1) % len(pref.choices)]
        self.set_value(key, new)
        return new

    # Shortcut overrides: action key (ActionId value) -> portable key sequence text.
    def shortcut_overrides(self) -> dict[str, str]:
        """Every stored shortcut override, by action key."""
        self._prefs.beginGroup(_SHORTCUT_GROUP)
        try:
            return {key: str(self._prefs.value(key) or "") for key in self._prefs.childKeys()}
        finally:
            self._prefs.endGroup()

    def set_shortcut_override(self, action: str, sequence: str | None) -> None:
        """Bind `action` to `sequence` (portable text such as "Ctrl+K"), or remove the override with None."""
        path = f"{_SHORTCUT_GROUP}/{action}"
        if sequence is None:
            if not self._prefs.contains(path):
                return
            self._prefs.remove(path)
        else:
            self._prefs.setValue(path, sequence)
        self._prefs.sync()
        self.changed.emit(path)

    # UI state, kept in its own file.
    def state_value(self, key: str, default: Any = None) -> Any:
        """A stored piece of UI state (geometry, splitter sizes...), or `default`."""
        return self._state.value(key, default)

    def set_state_value(self, key: str, value: Any) -> None:
        """Remember a piece of UI state."""
        self._state.setValue(key, value)
        self._state.sync()


def _pref(key: str) -> Pref:
    try:
        return PREFERENCES[key]
    except KeyError:
        raise KeyError(f"unknown preference {key!r}") from None
