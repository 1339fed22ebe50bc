"""The bundled demo catalogue: the campaign's real employers plus sample positions, built on first start.

resources/demo/campaign.jsonl holds every employer and position FACTS.md
names, with only the details FACTS.md gives (source "campaign"); what it does
not give (salary, most posting dates) is left empty and the description says
so. Sample positions (source "sample") come from db/generator.py with a fixed
seed, to about 3,600 positions in all like the campaign. Generating them
in-process costs about as much as reading them from a shipped file
(measured: tests/bench/bench_import.py), so nothing generated is committed.

Building costs 1.5-2 s (pinyin and the search index of 3,600 positions),
too long for a first start. So the build (`make`, like the translations)
prebuilds the catalogue once into resources/demo/ and a first start copies
it (milliseconds). The prebuilt file records a fingerprint of everything it
was built from (the campaign file, the code that generates, validates and
indexes, pypinyin's and SQLite's versions); a first start copies it only
when that matches today's, and otherwise, or when it is missing or
unreadable, builds from the sources as before. Either way the result is the
same catalogue.

The catalogue is built (or copied) into a temporary file and renamed into
place, so a first start that is killed half-way leaves no half catalogue
behind.
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.metadata
import importlib.util
import os
import shutil
import sqlite3
import sys
import time
from pathlib import Path
from typing import Iterator

from db import formats
from db.catalogue_import import ImportReport, import_records
from db.catalogue_schema import open_catalogue
from db.errors import ZhumengDataError
from db.generator import GeneratorSpec, generate
from db.paths import CATALOGUE_FILE, RESOURCES_DIR
from db.record import record_from_position

CAMPAIGN_FILE = RESOURCES_DIR / "demo" / "campaign.jsonl"
# Build output, not committed (.gitignore): made by `python -m db.demo_catalogue`.
PREBUILT_FILE = RESOURCES_DIR / "demo" / "prebuilt-catalogue.sqlite"
# The modules whose code decides what the demo catalogue holds and how it is indexed.
_BUILT_FROM = ("db.catalogue_import", "db.catalogue_schema", "db.formats.jsonlines", "db.generator",
               "db.generator_places", "db.generator_words", "db.position", "db.record", "db.search_index",
               "db.short_counts", "db.text_index", "db.vocabulary", "db.demo_catalogue")
DEMO_TOTAL = 3600  # about 3,600 hires, as in the campaign
# ~1,000 surveyed merchants; the seed fixes the sample for every install.
SAMPLE_SPEC = GeneratorSpec(positions=0, employers=1000, seed=2022, id_prefix="sample", source="sample",
                            first_day="2021-12-01", days=365)
DEMO_VERSION = "1"
STALE_SECONDS = 3600


class DemoBuildFailed(ZhumengDataError):
    """The bundled demo catalogue did not import cleanly (a broken resource file): carries the report."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(report)
        self.report = report


def _campaign_count() -> int:
    with open(CAMPAIGN_FILE, "rb") as stream:
        return sum(1 for line in stream if line.strip())


def sample_spec() -> GeneratorSpec:
    """The generator spec of the demo's sample positions (DEMO_TOTAL minus the campaign positions)."""
    return GeneratorSpec(**{**SAMPLE_SPEC.__dict__, "positions": DEMO_TOTAL - _campaign_count()})


def fingerprint() -> str:
    """A digest of everything the demo catalogue is built from; a prebuilt copy is used only if it matches."""
    digest = hashlib.sha256(DEMO_VERSION.encode())
    digest.update(CAMPAIGN_FILE.read_bytes())
    for name in _BUILT_FROM:
        spec = importlib.util.find_spec(name)  # located, not imported: a first start imports no more than it needs
        digest.update(Path(spec.origin if spec and spec.origin else name).read_bytes())
    digest.update(f"pypinyin {importlib.metadata.version('pypinyin')} sqlite {sqlite3.sqlite_version}".encode())
    return digest.hexdigest()


def _prebuilt_fingerprint(path: Path) -> str | None:
    """The fingerprint stored in the prebuilt catalogue at `path`, or None if it is missing or unreadable."""
    if not path.is_file():
        return None
    try:
        # immutable: the resources folder may be read-only, and nothing writes this file while we read it.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
        try:
            row = conn.execute("SELECT value FROM catalogue_meta WHERE key = 'demo_fingerprint'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def prebuild(path: Path = PREBUILT_FILE) -> bool:
    """Build the demo catalogue into `path` for first starts to copy, unless it is already current.

    Returns whether it built. The file is a single self-contained database
    (rollback journal, no WAL) so that it can be read in a read-only folder.
    """
    wanted = fingerprint()
    if _prebuilt_fingerprint(path) == wanted:
        return False
    with _built_beside(path) as building:
        build_demo(building)
        conn = sqlite3.connect(building)
        try:
            with conn:
                conn.execute("INSERT OR REPLACE INTO catalogue_meta(key, value) VALUES ('demo_fingerprint', ?)",
                             (wanted,))
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
    return True


@contextlib.contextmanager
def _built_beside(target: Path) -> Iterator[Path]:
    """A temporary database path beside `target`, renamed onto it if the block succeeds.

    The temporary file and its journals are gone afterwards either way, so
    a build that fails or is stopped leaves no half catalogue behind.
    """
    building = target.with_name(f".{target.name}.{os.getpid()}.building")
    try:
        yield building
        os.replace(building, target)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{building}{suffix}").unlink(missing_ok=True)


def build_demo(path: Path) -> ImportReport:
    """Build the demo catalogue from its sources into a new database file at `path` (which must not exist)."""
    conn = open_catalogue(path)
    try:
        campaign = formats.module("jsonl")
        samples = ((number, record_from_position(p)) for number, p in enumerate(generate(sample_spec()), start=1))
        report = import_records(conn, [(campaign.WHERE_KIND, campaign.read(CAMPAIGN_FILE)), ("index", samples)])
        if report.rejected:
            raise DemoBuildFailed(report)
        with conn:
            conn.execute("INSERT OR REPLACE INTO catalogue_meta(key, value) VALUES ('demo_version', ?)", (DEMO_VERSION,))
        # Leave a single self-contained file: fold the WAL back in before the rename.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return report


def ensure_catalogue(data_dir: Path) -> Path:
    """The catalogue in `data_dir`, built from the bundled demo first if there is none; returns its path."""
    target = Path(data_dir) / CATALOGUE_FILE
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    for leftover in target.parent.glob(f".{CATALOGUE_FILE}.*.building*"):
        # From an earlier first start that was killed; a young one may be
        # another instance building right now, so leave that alone.
        if time.time() - leftover.stat().st_mtime > STALE_SECONDS:
            leftover.unlink(missing_ok=True)
    with _built_beside(target) as building:
        if _prebuilt_fingerprint(PREBUILT_FILE) == fingerprint():
            shutil.copyfile(PREBUILT_FILE, building)
        else:
            build_demo(building)
    return target


def main(argv: list[str] | None = None) -> int:
    """`python -m db.demo_catalogue`: prebuild the demo catalogue (what `make` runs)."""
    parser = argparse.ArgumentParser(description="Prebuild the demo catalogue that first starts copy.")
    parser.add_argument("--out", type=Path, default=PREBUILT_FILE, help="where to write it")
    args = parser.parse_args(argv)
    built = prebuild(args.out)
    print(f"{args.out}: {'built' if built else 'up to date'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
