"""A minimal main window with a search field and the action registry, shown and active (platform tests)."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QMainWindow

from desktop.actions import ActionRegistry, Mode
from desktop.settings import Settings


def registry_window(qtbot, settings: Settings, mode: Mode = Mode.DESKTOP) -> QMainWindow:
    """A shown, active window whose `field` has the focus; `registry` and `settings` are attributes."""
    win = QMainWindow()
    field = QLineEdit(win)
    field.setAccessibleName("Search")
    win.setCentralWidget(field)
    qtbot.addWidget(win)
    win.settings = settings
    win.registry = ActionRegistry(win, settings=settings, mode=mode)
    win.registry.populate_menu_bar(win.menuBar())
    win.field = field
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    field.setFocus()
    return win


def help_window(qtbot, settings: Settings) -> QMainWindow:
    """`registry_window` whose F1 opens the shortcut page, kept as its `help` attribute."""
    from desktop.actions import ActionId
    from desktop.help_dialog import show_help

    win = registry_window(qtbot, settings)
    win.registry.connect(ActionId.SHORTCUT_HELP, lambda: setattr(win, "help", show_help(win.registry, win)))
    return win
