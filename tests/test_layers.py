"""The data layer stands alone: importing all of db/ never loads Qt."""
from __future__ import annotations

import pkgutil
import subprocess
import sys

import db


def test_db_modules_import_without_pyside6() -> None:
    names = [m.name for m in pkgutil.walk_packages(db.__path__, prefix="db.")]
    # Subpackages are walked too (walk_packages imports them only with the prefix).
    assert "db.formats.jsonld" in names, names
    script = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"db/ loaded Qt: {out.stdout}"
