"""Where Zhumeng keeps its files: --data-dir, then $ZHUMENG_DATA_DIR, then the platform's data dir."""
from __future__ import annotations

import os
import sys
from pathlib import Path

CATALOGUE_FILE = "catalogue.sqlite"
USERDATA_FILE = "userdata.sqlite"
RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    """The platform's per-user data directory for Zhumeng (not created)."""
    env = os.environ.get("ZHUMENG_DATA_DIR")
    if env:
        return Path(env)
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "zhumeng"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory to use, created if missing."""
    path = Path(override) if override else default_data_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path
