"""Suite-wide setup: compiled translations exist before any test runs (so tests never depend on `make`)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """Build resources/translations/*.qm from the .ts sources when missing or older (lrelease, ~0.1 s)."""
    # Imported here: desktop.translations_build needs no Qt, but db-only runs should not even import desktop.
    from desktop.translations_build import build

    build(only_if_stale=True)


@pytest.fixture(autouse=True)
def private_qt_user_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Point Qt's user-scope settings (QtProject.conf: file-dialog history the kiosk wipes) at a temporary folder.

    Tests that clear or write QSettings(UserScope) must never touch the developer's ~/.config.
    """
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("qt-user-settings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
