"""Every third-party module the app imports is a run-time dependency, not only a test extra
(a plain `make run` installs no extras, so a module only in [test] crashes a person's session)."""
from __future__ import annotations

import ast
import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OWN = {"db", "desktop", "tests"}


def imported_top_level_modules() -> set[str]:
    names: set[str] = set()
    for package in ("db", "desktop"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    names.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names.add(node.module.split(".")[0])
    return {n for n in names if n not in OWN and n not in sys.stdlib_module_names}


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
    undeclared = {}
    for module in sorted(imported_top_level_modules()):
        owners = {d.lower().replace("_", "-") for d in distributions.get(module, [])}
        assert owners, f"{module} is imported but no installed distribution provides it"
        if not owners & required:
            undeclared[module] = sorted(owners)
    assert undeclared == {}, f"imported but not in [project] dependencies: {undeclared}"
