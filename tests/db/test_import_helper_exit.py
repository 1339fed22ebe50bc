"""A killed import leaves nothing running: its index helper process exits when the importer dies."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Imports positions one by one, slowly, through the helper process, and says when the helper is running.
IMPORTER = textwrap.dedent("""
    import sys, time
    from db import catalogue_import
    from db.catalogue_import import import_records
    from db.catalogue_schema import open_catalogue
    from db.generator import GeneratorSpec, generate
    from db.record import record_from_position

    def records():
        for number, position in enumerate(generate(GeneratorSpec(positions=100_000, employers=50, seed=3)), start=1):
            yield number, record_from_position(position)
            if number == 40:
                print("helper running", flush=True)
            if number > 40:
                time.sleep(0.01)

    if __name__ == "__main__":
        catalogue_import.BACKGROUND_FROM = 1
        catalogue_import.BATCH = 10
        import_records(open_catalogue(sys.argv[1]), [("index", records())])
""")


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_killing_the_importer_stops_its_index_helper(tmp_path) -> None:
    script = tmp_path / "importer.py"
    script.write_text(IMPORTER)
    importer = subprocess.Popen([sys.executable, str(script), str(tmp_path / "catalogue.sqlite")], cwd=ROOT,
                                stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert importer.stdout is not None
        assert importer.stdout.readline().strip() == "helper running"
        helpers = _children(importer.pid)
        assert helpers, "the import started no helper process"
        importer.send_signal(signal.SIGKILL)
        importer.wait()
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in helpers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [pid for pid in helpers if _alive(pid)], "helper processes outlived the killed import"
    finally:
        importer.kill()
        importer.wait()
