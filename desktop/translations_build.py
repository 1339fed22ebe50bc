"""Build and update Zhumeng's translations (Qt Linguist .ts sources -> .qm).

    python -m desktop.translations_build            # compile every .ts to .qm (what `make translations` runs)
    python -m desktop.translations_build --update   # re-scan desktop/ for strings into the .ts files first

The .ts files in resources/translations/ are the sources and are committed;
the .qm files are build output (ignored by git). Compiling uses
pyside6-lrelease and scanning uses pyside6-lupdate, both from the same venv
as this Python. `zhumeng_en.ts` holds plural forms only (English is the
source language). See /work/notes/i18n.md for the translator's workflow.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from db.paths import RESOURCES_DIR

ROOT = RESOURCES_DIR.parent
SOURCE_DIR = ROOT / "desktop"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
TS_FILES = {"zh_CN": "zhumeng_zh_CN.ts", "en": "zhumeng_en.ts"}


class ToolMissing(RuntimeError):
    """pyside6-lupdate or pyside6-lrelease is not installed next to this Python."""


def tool(name: str) -> str:
    """The path of a PySide6 tool (pyside6-lrelease...), preferring this venv's."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise ToolMissing(f"{name} not found; install PySide6 in this environment")
    return found


def source_files(source_dir: Path = SOURCE_DIR) -> list[Path]:
    """Every Python file whose strings are translated (all of desktop/)."""
    return sorted(path for path in source_dir.rglob("*.py") if "__pycache__" not in path.parts)


def update(ts_dir: Path = TRANSLATIONS_DIR, source_dir: Path = SOURCE_DIR) -> None:
    """Merge the current source strings into the .ts files (new ones arrive unfinished).

    Locations are left out so the .ts changes only when strings change, which
    keeps merges between people small.
    """
    ts_dir.mkdir(parents=True, exist_ok=True)
    files = [str(path) for path in source_files(source_dir)]
    for language, name in TS_FILES.items():
        options = ["-no-obsolete", "-locations", "none", "-source-language", "en", "-target-language", language]
        if language == "en":
            options.append("-pluralonly")
        subprocess.run([tool("pyside6-lupdate"), *options, *files, "-ts", str(ts_dir / name)],
                       check=True, capture_output=True, text=True)


def build(ts_dir: Path = TRANSLATIONS_DIR, out_dir: Path | None = None, *, only_if_stale: bool = False) -> list[Path]:
    """Compile every .ts in `ts_dir` to a .qm beside it (or in `out_dir`); returns the .qm paths.

    With `only_if_stale`, a .qm newer than its .ts is left alone.
    """
    out_dir = out_dir or ts_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        if only_if_stale and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            built.append(qm)
            continue
        # Written beside, then renamed: several test runs may build at once, and none may read half a file.
        partial = qm.with_name(f".{os.getpid()}.{qm.name}")  # still *.qm, so git ignores a leftover
        result = subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(partial)],
                                capture_output=True, text=True)
        if result.returncode != 0 or not partial.exists():
            partial.unlink(missing_ok=True)
            raise RuntimeError(f"lrelease failed for {ts.name}: {result.stderr.strip() or result.stdout.strip()}")
        os.replace(partial, qm)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    """Command line: compile translations, optionally re-scanning sources first."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="re-scan desktop/ into the .ts files before compiling")
    parser.add_argument("--if-stale", action="store_true", help="skip .qm files newer than their .ts")
    args = parser.parse_args(argv)
    if args.update:
        update()
    for qm in build(only_if_stale=args.if_stale):
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
