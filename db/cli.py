"""Catalogue commands of `zhumeng` (import, export, search, generate); no Qt."""
from __future__ import annotations

import argparse


def add_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the catalogue subcommands on `commands`."""
