"""The `zhumeng` command: the app with no subcommand, tools with one.

Catalogue commands (import, export, search, generate) come from db.cli and
never load Qt; `say` and the app itself do. Starting the app imports none of
the command modules (about 0.2 s of a cold start), so the full parser is
built only when a command or --help is asked for.
"""
from __future__ import annotations

import argparse
import gc
import sys

# Kept in step with db.cli.COMMANDS and desktop.speech.say_command by tests/desktop/test_main.py.
COMMAND_NAMES = ("import", "export", "search", "generate", "say")


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zhumeng", description="逐梦 Zhumeng job catalogue for job seekers with disabilities")
    parser.add_argument("--data-dir", help="where the catalogue and user data live")
    parser.add_argument("--kiosk", action="store_true", help="run as a locked-down kiosk")
    if with_commands:
        from db import cli as db_cli
        from desktop.speech import say_command

        commands = parser.add_subparsers(dest="command")
        db_cli.add_commands(commands)
        say_command.add_command(commands)
    return parser


def _wants_commands(argv: list[str]) -> bool:
    return any(arg in COMMAND_NAMES or arg in ("-h", "--help") for arg in argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(with_commands=_wants_commands(argv)).parse_args(argv)
    if getattr(args, "command", None):
        return int(args.run(args) or 0)
    # The cyclic garbage collector waits while the app loads and builds its
    # window: it would walk the tens of thousands of objects the imports make
    # again and again (~9 ms of a cold start, issue #3). desktop.app resumes it
    # once the search field has the focus.
    gc.disable()
    try:
        from desktop.app import run_app

        return run_app(args)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
