"""Every command a person can give, declared once.

`ActionId` names each command; `ACTIONS` holds one `ActionSpec` per id with
its translatable text (with mnemonic), accessible description, shortcuts,
menu and place in it, and, for commands that only change a preference, what
they do to it. `desktop.action_registry.ActionRegistry` turns these
declarations into QActions, menus and the shortcut help page; whoever owns a
behaviour connects its handler by id (`registry.connect(ActionId.X, fn)`).

Keyboard rules (ACCESSIBILITY.md 8): every action has a shortcut, no two
actions share one, and every action sits in a menu, so a chord is never the
only way to reach it. Speech and navigation commands sit on single function
keys for one-handed and sticky-keys users. Standard keys are used where Qt
has one, so platform conventions (and Qt's translations of key names) apply.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QGuiApplication, QKeySequence

Std = QKeySequence.StandardKey
Shortcut = Std | str


class ActionId(enum.Enum):
    """Every command; the value is the stable key used in settings (shortcut overrides)."""

    START_DRAFT = "start_draft"
    OPEN_DRAFTS = "open_drafts"
    EDIT_PROFILE = "edit_profile"
    SWITCH_PROFILE = "switch_profile"
    CHANGE_PIN = "change_pin"
    KEEP_WORK = "keep_work"
    END_SESSION = "end_session"
    STAFF_MENU = "staff_menu"
    QUIT = "quit"
    FOCUS_SEARCH = "focus_search"
    FOCUS_RESULTS = "focus_results"
    FOCUS_FILTERS = "focus_filters"
    CLEAR_FILTERS = "clear_filters"
    NEXT_SORT = "next_sort"
    NEXT_RESULT = "next_result"
    PREVIOUS_RESULT = "previous_result"
    OPEN_RESULT = "open_result"
    TOGGLE_FAVOURITE = "toggle_favourite"
    TEXT_LARGER = "text_larger"
    TEXT_SMALLER = "text_smaller"
    TEXT_RESET = "text_reset"
    CYCLE_THEME = "cycle_theme"
    THEME_DEFAULT = "theme_default"
    THEME_HIGH_CONTRAST_DARK = "theme_high_contrast_dark"
    THEME_HIGH_CONTRAST_LIGHT = "theme_high_contrast_light"
    LANGUAGE_ZH = "language_zh"
    LANGUAGE_EN = "language_en"
    TOGGLE_SCANNING = "toggle_scanning"
    PREFERENCES = "preferences"
    READ_POSITION = "read_position"
    READ_FIELD = "read_field"
    REPEAT_ANNOUNCEMENT = "repeat_announcement"
    STOP_SPEECH = "stop_speech"
    TOGGLE_SPEECH = "toggle_speech"
    TOGGLE_SELF_VOICING = "toggle_self_voicing"
    SPEECH_FASTER = "speech_faster"
    SPEECH_SLOWER = "speech_slower"
    SPEECH_LOUDER = "speech_louder"
    SPEECH_QUIETER = "speech_quieter"
    SHORTCUT_HELP = "shortcut_help"
    ABOUT = "about"


class Menu(enum.Enum):
    """The menu bar's menus, in order, each with a translatable title with mnemonic."""

    FILE = QT_TRANSLATE_NOOP("Menus", "&File")
    SEARCH = QT_TRANSLATE_NOOP("Menus", "&Search")
    VIEW = QT_TRANSLATE_NOOP("Menus", "&View")
    SPEECH = QT_TRANSLATE_NOOP("Menus", "Sp&eech")
    HELP = QT_TRANSLATE_NOOP("Menus", "&Help")


class SettingOp(enum.Enum):
    """What an action does to its preference when it only changes one."""

    TOGGLE = "toggle"      # bool preference; the action is checkable
    SET = "set"            # set to `ActionSpec.setting_value`; checkable, exclusive with its siblings
    STEP_UP = "step_up"    # next of the preference's choices, stopping at the end
    STEP_DOWN = "step_down"
    RESET = "reset"        # back to the default
    CYCLE = "cycle"        # next choice, wrapping round


class Mode(enum.Flag):
    """Where an action is offered: on a personal/shared desktop, at a kiosk, or both."""

    DESKTOP = enum.auto()
    KIOSK = enum.auto()
    BOTH = DESKTOP | KIOSK


@dataclass(frozen=True)
class ActionSpec:
    """The declaration of one action.

    `text` and `description` are untranslated source strings (context
    "Actions"); `group` separates runs of related items within a menu.
    `passthrough` means the shortcut also works inside dialogs without
    taking the key from them (Esc both stops speech and closes the dialog).
    `feedback` (with %1 for the new value) is announced after a preference
    action, so a change of text size or speech rate is heard and seen.
    """

    id: ActionId
    text: str
    description: str
    shortcuts: tuple[Shortcut, ...]
    menu: Menu
    group: int = 0
    setting: str | None = None
    setting_op: SettingOp | None = None
    setting_value: Any = None
    mode: Mode = Mode.BOTH
    passthrough: bool = False
    feedback: str | None = None

    @property
    def checkable(self) -> bool:
        """Whether the menu item shows a check mark (on/off and choose-one actions)."""
        return self.setting_op in (SettingOp.TOGGLE, SettingOp.SET)

    def key_sequences(self) -> list[QKeySequence]:
        """The default shortcuts as key sequences, standard keys expanded for this platform, without repeats."""
        return unique_sequences(self.shortcuts)


def unique_sequences(shortcuts: tuple[Shortcut, ...] | list[Shortcut]) -> list[QKeySequence]:
    """Expand standard keys to this platform's bindings and drop empty or repeated sequences."""
    if QGuiApplication.instance() is None:
        # keyBindings() asks the platform theme and crashes without one.
        raise RuntimeError("create the QApplication before asking for key sequences")
    result: list[QKeySequence] = []
    seen: set[str] = set()
    for shortcut in shortcuts:
        if isinstance(shortcut, Std):
            expanded = QKeySequence.keyBindings(shortcut)
        else:
            expanded = [QKeySequence(shortcut)]
        for sequence in expanded:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text and text not in seen:
                seen.add(text)
                result.append(sequence)
    return result


# Keep the QT_TRANSLATE_NOOP calls literal: lupdate reads this file as text.
TEXT_SIZE_FEEDBACK = QT_TRANSLATE_NOOP("Actions", "Text size %1%")
THEME_FEEDBACK = QT_TRANSLATE_NOOP("Actions", "Colour theme: %1")
RATE_FEEDBACK = QT_TRANSLATE_NOOP("Actions", "Speech rate %1 words per minute")
VOLUME_FEEDBACK = QT_TRANSLATE_NOOP("Actions", "Speech volume %1%")

_SPECS = (
    # File
    ActionSpec(ActionId.START_DRAFT, QT_TRANSLATE_NOOP("Actions", "Start an application &draft"),
               QT_TRANSLATE_NOOP("Actions", "Start a draft application for the selected position"),
               (Std.New,), Menu.FILE),
    ActionSpec(ActionId.OPEN_DRAFTS, QT_TRANSLATE_NOOP("Actions", "My &applications"),
               QT_TRANSLATE_NOOP("Actions", "Show your application drafts and where each one stands"),
               ("Ctrl+Shift+D",), Menu.FILE),
    ActionSpec(ActionId.EDIT_PROFILE, QT_TRANSLATE_NOOP("Actions", "My &profile"),
               QT_TRANSLATE_NOOP("Actions", "Edit your profile: contact details, experience and accommodation needs"),
               ("Ctrl+Shift+P",), Menu.FILE),
    # Profiles and PINs (desktop/applicant_access.py)
    ActionSpec(ActionId.SWITCH_PROFILE, QT_TRANSLATE_NOOP("Actions", "&Switch profile or sign out…"),
               QT_TRANSLATE_NOOP("Actions", "Close your profile; the next person signs in with their own PIN"),
               ("Ctrl+Shift+U",), Menu.FILE, mode=Mode.DESKTOP),
    ActionSpec(ActionId.CHANGE_PIN, QT_TRANSLATE_NOOP("Actions", "Change my P&IN…"),
               QT_TRANSLATE_NOOP("Actions", "Choose a new PIN for your profile (you type the old one first)"),
               ("Ctrl+Shift+I",), Menu.FILE),
    ActionSpec(ActionId.KEEP_WORK, QT_TRANSLATE_NOOP("Actions", "&Keep my work…"),
               QT_TRANSLATE_NOOP("Actions", "Create a profile with a PIN so a guest's drafts are kept after the session"),
               ("Ctrl+Shift+K",), Menu.FILE, mode=Mode.KIOSK),
    ActionSpec(ActionId.END_SESSION, QT_TRANSLATE_NOOP("Actions", "&End session"),
               QT_TRANSLATE_NOOP("Actions", "Finish and clear everything on screen so the next person sees none of it"),
               (Std.Close,), Menu.FILE, group=1, mode=Mode.KIOSK),
    ActionSpec(ActionId.STAFF_MENU, QT_TRANSLATE_NOOP("Actions", "S&taff…"),
               QT_TRANSLATE_NOOP("Actions", "Staff settings for this kiosk; needs the staff PIN"),
               ("Ctrl+Alt+S",), Menu.FILE, group=1, mode=Mode.KIOSK),
    ActionSpec(ActionId.QUIT, QT_TRANSLATE_NOOP("Actions", "&Quit"),
               QT_TRANSLATE_NOOP("Actions", "Close Zhumeng"),
               (Std.Quit, "Ctrl+Q"), Menu.FILE, group=1, mode=Mode.DESKTOP),
    # Search
    ActionSpec(ActionId.FOCUS_SEARCH, QT_TRANSLATE_NOOP("Actions", "&Find positions"),
               QT_TRANSLATE_NOOP("Actions", "Move to the search field"),
               (Std.Find, "F6"), Menu.SEARCH),
    ActionSpec(ActionId.FOCUS_RESULTS, QT_TRANSLATE_NOOP("Actions", "Go to &results"),
               QT_TRANSLATE_NOOP("Actions", "Move to the list of positions found"),
               ("Ctrl+Shift+R",), Menu.SEARCH),
    ActionSpec(ActionId.FOCUS_FILTERS, QT_TRANSLATE_NOOP("Actions", "Go to fi&lters"),
               QT_TRANSLATE_NOOP("Actions", "Move to the filters that narrow the results"),
               ("F7",), Menu.SEARCH),
    ActionSpec(ActionId.CLEAR_FILTERS, QT_TRANSLATE_NOOP("Actions", "&Clear all filters"),
               QT_TRANSLATE_NOOP("Actions", "Remove every filter and show all positions that match the search"),
               ("Ctrl+Shift+L",), Menu.SEARCH),
    ActionSpec(ActionId.NEXT_SORT, QT_TRANSLATE_NOOP("Actions", "Next &sort order"),
               QT_TRANSLATE_NOOP("Actions", "List the results in the next order: best match, newest, highest pay, "
                                            "most openings"),
               ("Ctrl+Shift+O",), Menu.SEARCH),
    ActionSpec(ActionId.NEXT_RESULT, QT_TRANSLATE_NOOP("Actions", "&Next result"),
               QT_TRANSLATE_NOOP("Actions", "Select the next position in the results"),
               (Std.FindNext,), Menu.SEARCH, group=1),
    ActionSpec(ActionId.PREVIOUS_RESULT, QT_TRANSLATE_NOOP("Actions", "Pre&vious result"),
               QT_TRANSLATE_NOOP("Actions", "Select the previous position in the results"),
               (Std.FindPrevious,), Menu.SEARCH, group=1),
    ActionSpec(ActionId.OPEN_RESULT, QT_TRANSLATE_NOOP("Actions", "&Open position"),
               QT_TRANSLATE_NOOP("Actions", "Show everything about the selected position"),
               (Std.Open,), Menu.SEARCH, group=1),
    ActionSpec(ActionId.TOGGLE_FAVOURITE, QT_TRANSLATE_NOOP("Actions", "F&avourite"),
               QT_TRANSLATE_NOOP("Actions", "Mark or unmark the selected position as a favourite"),
               ("Ctrl+D",), Menu.SEARCH, group=1),
    # View
    ActionSpec(ActionId.TEXT_LARGER, QT_TRANSLATE_NOOP("Actions", "&Larger text"),
               QT_TRANSLATE_NOOP("Actions", "Make all text one step larger, up to 400%"),
               (Std.ZoomIn, "Ctrl+="), Menu.VIEW, setting="font_scale", setting_op=SettingOp.STEP_UP,
               feedback=TEXT_SIZE_FEEDBACK),
    ActionSpec(ActionId.TEXT_SMALLER, QT_TRANSLATE_NOOP("Actions", "&Smaller text"),
               QT_TRANSLATE_NOOP("Actions", "Make all text one step smaller, down to 100%"),
               (Std.ZoomOut,), Menu.VIEW, setting="font_scale", setting_op=SettingOp.STEP_DOWN,
               feedback=TEXT_SIZE_FEEDBACK),
    ActionSpec(ActionId.TEXT_RESET, QT_TRANSLATE_NOOP("Actions", "&Normal text size"),
               QT_TRANSLATE_NOOP("Actions", "Set the text size back to 100%"),
               ("Ctrl+0",), Menu.VIEW, setting="font_scale", setting_op=SettingOp.RESET,
               feedback=TEXT_SIZE_FEEDBACK),
    ActionSpec(ActionId.CYCLE_THEME, QT_TRANSLATE_NOOP("Actions", "Next colour &theme"),
               QT_TRANSLATE_NOOP("Actions", "Switch to the next colour theme"),
               ("Ctrl+Shift+T",), Menu.VIEW, group=1, setting="theme", setting_op=SettingOp.CYCLE,
               feedback=THEME_FEEDBACK),
    ActionSpec(ActionId.THEME_DEFAULT, QT_TRANSLATE_NOOP("Actions", "&Default colours"),
               QT_TRANSLATE_NOOP("Actions", "Use the default colour theme"),
               ("Ctrl+Alt+1",), Menu.VIEW, group=1, setting="theme", setting_op=SettingOp.SET,
               setting_value="default", feedback=THEME_FEEDBACK),
    ActionSpec(ActionId.THEME_HIGH_CONTRAST_DARK, QT_TRANSLATE_NOOP("Actions", "&High contrast, dark"),
               QT_TRANSLATE_NOOP("Actions", "Light text on a black background, with strong contrast"),
               ("Ctrl+Alt+2",), Menu.VIEW, group=1, setting="theme", setting_op=SettingOp.SET,
               setting_value="high_contrast_dark", feedback=THEME_FEEDBACK),
    ActionSpec(ActionId.THEME_HIGH_CONTRAST_LIGHT, QT_TRANSLATE_NOOP("Actions", "High &contrast, light"),
               QT_TRANSLATE_NOOP("Actions", "Black text on a white background, with strong contrast"),
               ("Ctrl+Alt+3",), Menu.VIEW, group=1, setting="theme", setting_op=SettingOp.SET,
               setting_value="high_contrast_light", feedback=THEME_FEEDBACK),
    # Language names stay in their own language in every interface language.
    ActionSpec(ActionId.LANGUAGE_ZH, "简体中文 (&Z)",
               QT_TRANSLATE_NOOP("Actions", "Show the interface in Simplified Chinese"),
               ("Ctrl+Alt+C",), Menu.VIEW, group=2, setting="language", setting_op=SettingOp.SET,
               setting_value="zh_CN"),
    ActionSpec(ActionId.LANGUAGE_EN, "&English",
               QT_TRANSLATE_NOOP("Actions", "Show the interface in English"),
               ("Ctrl+Alt+E",), Menu.VIEW, group=2, setting="language", setting_op=SettingOp.SET,
               setting_value="en"),
    ActionSpec(ActionId.TOGGLE_SCANNING, QT_TRANSLATE_NOOP("Actions", "S&witch scanning"),
               QT_TRANSLATE_NOOP("Actions", "Turn switch scanning on or off: focus moves through the controls for one or two switches"),
               ("F8",), Menu.VIEW, group=3, setting="scanning", setting_op=SettingOp.TOGGLE),
    # Opened by the registry itself (it only edits settings); kiosks have the staff panel instead.
    ActionSpec(ActionId.PREFERENCES, QT_TRANSLATE_NOOP("Actions", "&Preferences…"),
               QT_TRANSLATE_NOOP("Actions", "Set text size, colours, language, speech and switch access in one place"),
               (Std.Preferences, "Ctrl+,"), Menu.VIEW, group=4, mode=Mode.DESKTOP),
    # Speech
    ActionSpec(ActionId.READ_POSITION, QT_TRANSLATE_NOOP("Actions", "&Read position aloud"),
               QT_TRANSLATE_NOOP("Actions", "Read everything about the selected position aloud"),
               ("F2",), Menu.SPEECH),
    ActionSpec(ActionId.READ_FIELD, QT_TRANSLATE_NOOP("Actions", "Read current &field"),
               QT_TRANSLATE_NOOP("Actions", "Read the name and content of the control that has the focus"),
               ("F4",), Menu.SPEECH),
    ActionSpec(ActionId.REPEAT_ANNOUNCEMENT, QT_TRANSLATE_NOOP("Actions", "Re&peat last message"),
               QT_TRANSLATE_NOOP("Actions", "Say and show the last message again"),
               ("F5",), Menu.SPEECH),
    ActionSpec(ActionId.STOP_SPEECH, QT_TRANSLATE_NOOP("Actions", "&Stop speaking"),
               QT_TRANSLATE_NOOP("Actions", "Stop speaking at once; in a dialog Esc also closes the dialog"),
               (Std.Cancel,), Menu.SPEECH, passthrough=True),
    ActionSpec(ActionId.TOGGLE_SPEECH, QT_TRANSLATE_NOOP("Actions", "Speech &on"),
               QT_TRANSLATE_NOOP("Actions", "Allow or silence all of the app's own speech"),
               ("F9",), Menu.SPEECH, group=1, setting="speech_enabled", setting_op=SettingOp.TOGGLE),
    ActionSpec(ActionId.TOGGLE_SELF_VOICING, QT_TRANSLATE_NOOP("Actions", "Speak &while I move"),
               QT_TRANSLATE_NOOP("Actions", "Speak each control as it gets the focus, for use without a screen reader"),
               ("Shift+F9",), Menu.SPEECH, group=1, setting="self_voicing", setting_op=SettingOp.TOGGLE),
    ActionSpec(ActionId.SPEECH_FASTER, QT_TRANSLATE_NOOP("Actions", "Speak fast&er"),
               QT_TRANSLATE_NOOP("Actions", "Make the app's own speech faster"),
               ("Ctrl+]",), Menu.SPEECH, group=2, setting="rate", setting_op=SettingOp.STEP_UP,
               feedback=RATE_FEEDBACK),
    ActionSpec(ActionId.SPEECH_SLOWER, QT_TRANSLATE_NOOP("Actions", "Speak s&lower"),
               QT_TRANSLATE_NOOP("Actions", "Make the app's own speech slower"),
               ("Ctrl+[",), Menu.SPEECH, group=2, setting="rate", setting_op=SettingOp.STEP_DOWN,
               feedback=RATE_FEEDBACK),
    ActionSpec(ActionId.SPEECH_LOUDER, QT_TRANSLATE_NOOP("Actions", "Lou&der"),
               QT_TRANSLATE_NOOP("Actions", "Make the app's own speech louder"),
               ("Ctrl+F12",), Menu.SPEECH, group=2, setting="volume", setting_op=SettingOp.STEP_UP,
               feedback=VOLUME_FEEDBACK),
    ActionSpec(ActionId.SPEECH_QUIETER, QT_TRANSLATE_NOOP("Actions", "&Quieter"),
               QT_TRANSLATE_NOOP("Actions", "Make the app's own speech quieter"),
               ("Ctrl+F11",), Menu.SPEECH, group=2, setting="volume", setting_op=SettingOp.STEP_DOWN,
               feedback=VOLUME_FEEDBACK),
    # Help
    ActionSpec(ActionId.SHORTCUT_HELP, QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
               QT_TRANSLATE_NOOP("Actions", "Show a page listing every command and its keyboard shortcut"),
               (Std.HelpContents,), Menu.HELP),
    ActionSpec(ActionId.ABOUT, QT_TRANSLATE_NOOP("Actions", "&About Zhumeng"),
               QT_TRANSLATE_NOOP("Actions", "Show the version of Zhumeng and where the catalogue comes from"),
               ("Ctrl+F1",), Menu.HELP),
)

ACTIONS: dict[ActionId, ActionSpec] = {spec.id: spec for spec in _SPECS}

# Commands that also work inside dialogs (ActionRegistry.attach_to_dialog): reading, text size, speech.
# Not Esc (stop speech): in a dialog Esc must stay free to close it; the pass-through filter stops speech.
DIALOG_ACTIONS = (ActionId.READ_FIELD, ActionId.REPEAT_ANNOUNCEMENT, ActionId.TEXT_LARGER, ActionId.TEXT_SMALLER,
                  ActionId.TEXT_RESET, ActionId.TOGGLE_SPEECH, ActionId.SPEECH_FASTER, ActionId.SPEECH_SLOWER,
                  ActionId.SPEECH_LOUDER, ActionId.SPEECH_QUIETER)


def specs_in_menu(menu: Menu, mode: Mode = Mode.BOTH) -> list[ActionSpec]:
    """The actions of `menu` offered in `mode`, in menu order (declaration order)."""
    return [spec for spec in _SPECS if spec.menu is menu and spec.mode & mode]


def __getattr__(name: str) -> Any:
    # The registry lives in its own module (it is the Qt half); importing it
    # lazily lets `from desktop.actions import ActionRegistry` work without a cycle.
    if name == "ActionRegistry":
        from desktop.action_registry import ActionRegistry

        return ActionRegistry
    raise AttributeError(name)
