"""The catalogue commands of `zhumeng`: import, export, search, generate, with --data-dir."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from db import cli
from desktop.main import main

ROOT = Path(__file__).resolve().parents[2]
RECORD = {"external_id": "cli-1", "title": "直播带货主播", "employer": "鲁王钓具官方店铺", "category": "主播",
          "city": "淄博市", "date_posted": "2022-12-01"}


def write_jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_import_reports_counts_and_reimport_changes_nothing(tmp_path, capsys) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", RECORD)
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(source)]) == 0
    assert "added 1, updated 0, unchanged 0" in capsys.readouterr().out
    # --data-dir is also accepted after the subcommand.
    assert main(["import", str(source), "--data-dir", str(tmp_path / "data")]) == 0
    assert "added 0, updated 0, unchanged 1" in capsys.readouterr().out


def test_import_with_rejects_fails_and_lists_them_unless_skip_invalid(tmp_path, capsys) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", RECORD, {**RECORD, "external_id": "cli-2", "category": "厨师"})
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "import", str(source)]) == 1
    out = capsys.readouterr().out
    assert "not applied" in out and "line 2: category: unknown_value: '厨师'" in out
    assert main(["--data-dir", data, "import", "--skip-invalid", str(source)]) == 0
    assert "added 1" in capsys.readouterr().out


def test_unreadable_file_exits_non_zero_with_the_reason(tmp_path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "import", str(tmp_path / "missing.jsonl")]) == 1
    assert "cannot_open" in capsys.readouterr().err


def test_search_finds_the_demo_catalogue_with_filters_and_json(tmp_path, capsys) -> None:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "search", "鲁王", "--filter", "source=campaign", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["count"] == 2
    assert {p["category"] for p in result["positions"]} == {"customer_service", "packer"}
    assert main(["search", "kefu", "--data-dir", data, "--filter", "city=淄博市", "--filter", "category=客服",
                 "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert "positions found" in out and "淄博市" in out


def test_search_with_an_unknown_filter_is_a_usage_error(tmp_path, capsys) -> None:
    assert main(["--data-dir", str(tmp_path), "search", "客服", "--filter", "colour=red"]) == 2
    assert "unknown filter" in capsys.readouterr().err


@pytest.mark.parametrize("format_name", ["csv", "jsonl", "jsonld", "xlsx"])
def test_export_writes_a_file_that_imports_back_unchanged(tmp_path, capsys, format_name) -> None:
    data = str(tmp_path / "data")
    out = tmp_path / f"export.{'json' if format_name == 'jsonld' else format_name}"
    assert main(["--data-dir", data, "export", "--format", format_name, "--out", str(out)]) == 0
    assert "exported 3600 positions" in capsys.readouterr().out
    assert main(["--data-dir", data, "import", str(out), "--format", format_name]) == 0
    assert "added 0, updated 0, unchanged 3600" in capsys.readouterr().out


def test_generate_is_deterministic(tmp_path, capsys) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    for out in (first, second):
        assert main(["generate", "--positions", "200", "--employers", "30", "--seed", "5", "--out", str(out)]) == 0
    assert "wrote 200 positions" in capsys.readouterr().out
    assert first.read_bytes() == second.read_bytes()
    assert len(first.read_text(encoding="utf-8").splitlines()) == 200


@pytest.mark.slow
def test_installed_zhumeng_command_runs_in_a_real_process(tmp_path) -> None:
    command = ROOT / ".venv" / "bin" / "zhumeng"
    if not command.exists():
        command = Path(sys.executable).with_name("zhumeng")
    source = write_jsonl(tmp_path / "in.jsonl", RECORD)
    env = {**os.environ, "ZHUMENG_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([str(command), "import", str(source)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "added 1" in done.stdout
    done = subprocess.run([str(command), "search", "zhubo", "--json"], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert [p["external_id"] for p in json.loads(done.stdout)["positions"]] == ["cli-1"]


def test_every_catalogue_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in cli.COMMANDS if f"zhumeng {name}" not in readme]
    assert missing == [], f"README.md does not document: {missing} (text: /work/notes/cli-readme.md)"
