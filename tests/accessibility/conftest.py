"""`interface_language`: run a test with the app's translators for en or zh_CN (review P5-2)."""
from __future__ import annotations

import pytest

from tests.accessibility import windows


@pytest.fixture(params=["en", "zh_CN"])
def interface_language(request, qapp):
    """The interface language for this run: translators installed, and windows open in it."""
    from desktop.i18n import LanguageManager

    languages = LanguageManager(qapp)
    languages.install(request.param)
    previous = windows.LANGUAGE["current"]
    windows.LANGUAGE["current"] = request.param
    yield request.param
    windows.LANGUAGE["current"] = previous
    languages.uninstall()
