"""The `zhumeng` entry point: the app starts without loading command modules; every command is known."""
from __future__ import annotations

import subprocess
import sys

from db import cli as db_cli
from desktop import main


def test_command_names_match_the_registered_commands() -> None:
    parser = main.build_parser()
    registered = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    assert registered == set(main.COMMAND_NAMES)
    assert set(db_cli.COMMANDS) <= set(main.COMMAND_NAMES)


def test_starting_the_app_does_not_import_the_command_modules() -> None:
    script = (
        "import sys\n"
        "from desktop import main\n"
        "args = main.build_parser(with_commands=main._wants_commands(['--kiosk'])).parse_args(['--kiosk'])\n"
        "print(args.kiosk, 'db.cli' in sys.modules, 'desktop.speech.say_command' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False", "False"]


def test_a_command_after_the_global_data_dir_is_recognised(tmp_path, capsys) -> None:
    code = main.main(["--data-dir", str(tmp_path), "search", "客服", "--limit", "1", "--json"])
    assert code == 0
    assert '"positions"' in capsys.readouterr().out
