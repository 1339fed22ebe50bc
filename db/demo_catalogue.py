"""The bundled demo catalogue: the campaign's real employers plus sample positions, built on first start.

resources/demo/campaign.jsonl holds every employer and position FACTS.md
names, with only the details FACTS.md gives (source "campaign"); what it does
not give (salary, most posting dates) is left empty and the description says
so. Sample positions (source "sample") come from db/generator.py with a fixed
seed, to about 3,600 positions in all like the campaign. Generating them
in-process costs about as much as reading them from a shipped file
(measured: tests/bench/bench_import.py), so nothing generated is shipped.

The catalogue is built into a temporary file and renamed into place, so a
first start that is killed half-way leaves no half catalogue behind.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from db import formats
from db.catalogue_import import ImportReport, import_records
from db.catalogue_schema import open_catalogue
from db.errors import ZhumengDataError
from db.generator import GeneratorSpec, generate
from db.paths import CATALOGUE_FILE, RESOURCES_DIR
from db.record import record_from_position

CAMPAIGN_FILE = RESOURCES_DIR / "demo" / "campaign.jsonl"
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


def build_demo(path: Path) -> ImportReport:
    """Build the demo catalogue into a new database file at `path` (which must not exist)."""
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
    building = target.with_name(f".{CATALOGUE_FILE}.{os.getpid()}.building")
    try:
        for leftover in target.parent.glob(f".{CATALOGUE_FILE}.*.building*"):
            # From an earlier first start that was killed; a young one may be
            # another instance building right now, so leave that alone.
            if time.time() - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink(missing_ok=True)
        build_demo(building)
        os.replace(building, target)
    finally:
        for name in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
            name.unlink(missing_ok=True)
    return target
