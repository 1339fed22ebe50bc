"""Start-up on a full or read-only disk (review P3-1): a translated message naming the folder and the cause, exit 1, no traceback.

The app runs in a subprocess on a real small tmpfs (tests/db/userdata_helpers.mounted_tmpfs; root mounts
it, otherwise the full-disk case is skipped and read-only falls back to a folder without write permission).
`ZHUMENG_DIALOG_PROBE=1` makes the app print its message instead of waiting for a key.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.db.userdata_helpers import mounted_tmpfs

ROOT = Path(__file__).resolve().parents[2]


def start(data_dir: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZHUMENG_DIALOG_PROBE="1", ZHUMENG_EXIT_WHEN_FOCUSED="1",
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("ZHUMENG_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "desktop.main", "--data-dir", str(data_dir)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def message(run: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in run.stdout.splitlines() if line.startswith("ZHUMENG_DIALOG ")]
    assert lines, (run.stdout, run.stderr)
    return lines[0]


def assert_no_traceback(run: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in run.stderr + run.stdout, run.stderr


def test_full_disk_at_first_start_is_said_in_words_and_leaves_nothing_half_built(tmp_path: Path) -> None:
    with mounted_tmpfs(tmp_path / "disk", "size=512k") as disk:
        if disk is None:
            pytest.skip("needs root to mount a small tmpfs")
        run = start(disk, tmp_path)
        assert_no_traceback(run)
        assert run.returncode == 1
        said = message(run)  # in the default language, Chinese
        assert "逐梦无法启动" in said and "磁盘已满" in said and str(disk) in said
        assert "zhumeng:" in run.stderr and "磁盘已满" in run.stderr  # the log line says the same
        assert not list(disk.iterdir())  # no half-built catalogue left behind to fill the disk


@pytest.mark.parametrize("inside", [False, True], ids=["the folder itself", "a folder still to be made"])
def test_read_only_disk_at_start_is_said_in_words(tmp_path: Path, inside: bool) -> None:
    with mounted_tmpfs(tmp_path / "disk", "ro,size=512k") as disk:
        if disk is None:
            pytest.skip("cannot make a read-only folder here")
        folder = disk / "zhumeng" if inside else disk
        run = start(folder, tmp_path)
        assert_no_traceback(run)
        assert run.returncode == 1
        said = message(run)
        assert "逐梦无法启动" in said and "此文件夹不能写入" in said and str(folder) in said
