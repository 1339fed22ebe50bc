"""Every reason code db/ reports for an import problem is declared once in db.errors.REASON_CODES.

The app puts each declared code into words (tests/desktop/test_kiosk_staff.py); a code used in db/ but not
declared would reach staff as a raw code.
"""
from __future__ import annotations

import ast
from pathlib import Path

import db
from db.errors import REASON_CODES

# Call name -> position of the reason argument.
REASON_ARGUMENT = {"InvalidRecord": 1, "UnreadableFile": 1, "Rejected": 3}


def _results(expression: ast.expr) -> set[str]:
    """The string constants an expression can evaluate to (not those it only compares with)."""
    if isinstance(expression, ast.Constant) and isinstance(expression.value, str):
        return {expression.value}
    if isinstance(expression, ast.IfExp):
        return _results(expression.body) | _results(expression.orelse)
    if isinstance(expression, ast.BoolOp):
        return set().union(*(_results(value) for value in expression.values))
    return set()


def _strings_assigned(function: ast.AST, name: str) -> set[str]:
    """String constants a local variable `name` can hold (e.g. reason = "a" if ... else "b")."""
    found: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            found |= _results(node.value)
    return found


def reason_codes_used() -> dict[str, str]:
    """Every reason code passed to InvalidRecord/UnreadableFile/Rejected anywhere in db/, with where it is."""
    used: dict[str, str] = {}
    for path in sorted(Path(db.__file__).parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
            index = REASON_ARGUMENT.get(name)
            if index is None or len(call.args) <= index:
                continue
            argument = call.args[index]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                codes = {argument.value}
            elif isinstance(argument, ast.Name):
                scope = [f for f in functions if f.lineno <= call.lineno <= (f.end_lineno or f.lineno)]
                codes = set().union(*(_strings_assigned(f, argument.id) for f in scope))
            else:
                codes = set()  # passed through from another problem (problem.reason): declared where it was made
            for code in codes:
                used.setdefault(code, f"{path.relative_to(Path(db.__file__).parent.parent)}:{call.lineno}")
    return used


def test_every_reason_code_db_uses_is_declared() -> None:
    used = reason_codes_used()
    assert {"too_deep", "column_count", "bad_csv", "unsupported_currency", "not_a_job_posting", "duplicate",
            "required", "encoding"} <= set(used)  # the walk finds them (variables and literals)
    undeclared = {code: where for code, where in used.items() if code not in REASON_CODES}
    assert undeclared == {}


def test_declared_reason_codes_are_unique() -> None:
    assert len(REASON_CODES) == len(set(REASON_CODES))
