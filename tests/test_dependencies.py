"""Every third-party module the app imports is a run-time dependency, not only a test extra
(a plain `make run` installs no extras, so a module only in [test] crashes a person's session).
The one exception: a module imported only inside `try: ... except ImportError` (the app works
without it, e.g. openpyxl for .xlsx) may instead come from an optional extra other than [test]."""
from __future__ import annotations

import ast
import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OWN = {"db", "desktop", "tests"}


def _imported(node: ast.AST) -> set[str]:
    if isinstance(node, ast.Import):
        return {alias.name.split(".")[0] for alias in node.names}
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        return {node.module.split(".")[0]}
    return set()


def _catches_import_error(node: ast.Try) -> bool:
    names = {h.type.id for h in node.handlers if isinstance(h.type, ast.Name)}
    return bool(names & {"ImportError", "ModuleNotFoundError"})


def imported_top_level_modules() -> tuple[set[str], set[str]]:
    """(third-party modules imported, those of them imported only where an ImportError is caught)."""
    guarded: set[str] = set()
    unguarded: set[str] = set()
    for package in ("db", "desktop"):
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            guarded_nodes = {id(inner) for node in ast.walk(tree) if isinstance(node, ast.Try)
                             and _catches_import_error(node) for statement in node.body for inner in ast.walk(statement)}
            for node in ast.walk(tree):
                if id(node) in guarded_nodes:
                    guarded |= _imported(node)
                else:
                    unguarded |= _imported(node)
    third_party = {n for n in guarded | unguarded if n not in OWN and n not in sys.stdlib_module_names}
    return third_party, third_party - unguarded


def optional_requirements() -> set[str]:
    """Requirements of our optional extras other than [test] (what `pip install zhumeng[xlsx]` adds)."""
    names = set()
    for requirement in metadata.requires("zhumeng") or []:
        extra = re.search(r"extra\s*==\s*['\"]([^'\"]+)", requirement)
        if extra and extra.group(1) != "test":
            names.add(re.split(r"[ ;<>=!~\[]", requirement, maxsplit=1)[0].lower().replace("_", "-"))
    return names


def _requirement_names(distribution: str) -> set[str]:
    names = set()
    for requirement in metadata.requires(distribution) or []:
        if "extra ==" in requirement:
            continue
        names.add(re.split(r"[ ;<>=!~\[]", requirement, maxsplit=1)[0].lower().replace("_", "-"))
    return names


def runtime_requirements() -> set[str]:
    """Our run-time dependencies and, one level down, theirs (shiboken6 comes with PySide6)."""
    direct = _requirement_names("zhumeng")
    required = set(direct)
    for name in direct:
        try:
            required |= _requirement_names(name)
        except metadata.PackageNotFoundError:
            pass  # an environment marker excluded it on this Python
    return required


def test_every_imported_third_party_module_is_a_runtime_dependency() -> None:
    distributions = metadata.packages_distributions()
    required = runtime_requirements()
    optional = optional_requirements()
    undeclared = {}
    modules, guarded = imported_top_level_modules()
    for module in sorted(modules):
        owners = {d.lower().replace("_", "-") for d in distributions.get(module, [])}
        assert owners, f"{module} is imported but no installed distribution provides it"
        if not owners & required and not (module in guarded and owners & optional):
            undeclared[module] = sorted(owners)
    assert undeclared == {}, f"imported but not in [project] dependencies: {undeclared}"
