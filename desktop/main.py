"""The `zhumeng` command: the app with no subcommand, tools with one.

Catalogue commands (import, export, search, generate) come from db.cli and
never load Qt; `say` and the app itself do.
"""
from __future__ import annotations

import argparse
import sys

from db import cli as db_cli
from desktop.speech import say_command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zhumeng", description="逐梦 Zhumeng job catalogue for job seekers with disabilities")
    parser.add_argument("--data-dir", help="where the catalogue and user data live")
    parser.add_argument("--kiosk", action="store_true", help="run as a locked-down kiosk")
    commands = parser.add_subparsers(dest="command")
    db_cli.add_commands(commands)
    say_command.add_command(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command:
        return int(args.run(args) or 0)
    from desktop.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
