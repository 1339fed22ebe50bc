"""Suite-wide setup: compiled translations exist before any test runs (so tests never depend on `make`)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """Build resources/translations/*.qm from the .ts sources when missing or older (lrelease, ~0.1 s)."""
    # Imported here: desktop.translations_build needs no Qt, but db-only runs should not even import desktop.
    from desktop.translations_build import build

    build(only_if_stale=True)
