"""Tests never write the real user's Qt settings (~/.config/QtProject.conf)."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings


def test_qt_user_settings_go_to_a_temporary_folder() -> None:
    settings = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject")
    settings.setValue("zhumeng-test/probe", "x")
    settings.sync()
    written = Path(settings.fileName()).resolve()
    home_config = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")).resolve()
    assert home_config not in written.parents
    assert written.exists()
