"""The profile and PIN dialogs, built for the accessibility suites (tests/accessibility/windows.py appends them)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from db import applicants, pin
from db.userdata_schema import open_userdata, utc_now


def _conn(qtbot, data_dir: Path):
    conn = open_userdata(data_dir / "userdata.sqlite")
    for name, secret in (("Li Na", "2468"), ("Chen Jie", "1357")):
        pin.set_pin(conn, applicants.create_applicant(conn, now=utc_now(), display_name=name), secret)
    return conn


def _shown(qtbot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog, before_close_func=lambda d: d.conn.close())
    dialog.resize(1152, 720)  # what resize_for_text gives at most over a 1280x800 main window
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def create_profile(qtbot, data_dir: Path) -> QWidget:
    """Create a profile, with an error showing under the repeated PIN."""
    from desktop.applicant_access import CreateProfileDialog

    dialog = _shown(qtbot, CreateProfileDialog(open_userdata(data_dir / "userdata.sqlite")))
    dialog.show_error(dialog.repeat_pin, "The two PINs are not the same.")
    return dialog


def sign_in(qtbot, data_dir: Path) -> QWidget:
    """Sign in: names, PIN, create and forgotten-PIN buttons."""
    from desktop.applicant_access import SignInDialog

    return _shown(qtbot, SignInDialog(_conn(qtbot, data_dir), reset=lambda _parent, _person: None))


def change_pin(qtbot, data_dir: Path) -> QWidget:
    """Change my PIN: current, new and repeated."""
    from desktop.applicant_access import ChangePinDialog

    conn = _conn(qtbot, data_dir)
    return _shown(qtbot, ChangePinDialog(conn, applicants.list_applicants(conn)[0].id))


def reset_pin(qtbot, data_dir: Path) -> QWidget:
    """Staff help with a forgotten PIN on a computer with a staff PIN."""
    from desktop.applicant_reset import ResetPinDialog
    from desktop.kiosk.config import KioskConfig

    KioskConfig(data_dir).set_staff_pin("8080")
    conn = _conn(qtbot, data_dir)
    return _shown(qtbot, ResetPinDialog(conn, applicants.list_applicants(conn)[0], data_dir))


APPLICANT_WINDOWS = [
    ("create profile", create_profile),
    ("sign in", sign_in),
    ("change PIN", change_pin),
    ("reset PIN", reset_pin),
]
