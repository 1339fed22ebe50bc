"""Catalogue commands of `zhumeng` (import, export, search, generate); no Qt.

desktop/main.py registers them with add_commands and calls args.run(args).
This is a staff tool, so its reports are plain English text; exit status is
0 on success, 1 when the work failed (nothing imported, a file unreadable),
2 for a usage error (an unknown filter).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable

from db import formats, paths
from db import vocabulary as v
from db.catalogue_export import export_catalogue, write_atomically
from db.catalogue_import import ImportReport, import_files
from db.catalogue_schema import open_catalogue
from db.catalogue_search import CatalogueSearch, Filters, SearchRequest, Sort
from db.demo_catalogue import ensure_catalogue
from db.errors import UnknownFilter, ZhumengDataError
from db.generator import GeneratorSpec, generate
from db.record import record_from_position

# --filter keys: singular or plural, each to its Filters field and how to read its value.
_LIST_FILTERS: dict[str, tuple[str, tuple[v.Term, ...] | None]] = {
    "category": ("categories", v.CATEGORIES), "province": ("provinces", None), "city": ("cities", None),
    "work_mode": ("work_modes", v.WORK_MODES), "employment_type": ("employment_types", v.EMPLOYMENT_TYPES),
    "disability": ("disabilities", v.DISABILITIES), "accommodation": ("accommodations", v.ACCOMMODATIONS),
    "interview_channel": ("interview_channels", v.INTERVIEW_CHANNELS), "source": ("sources", v.SOURCES),
}
_BOOL_FILTERS = ("training", "subsidy", "meals", "housing")
_INT_FILTERS = ("salary_min", "salary_max")


def _data_dir_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: when absent after the subcommand, keep the global --data-dir value.
    parser.add_argument("--data-dir", default=argparse.SUPPRESS, help="where the catalogue and user data live")


def add_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Register the catalogue subcommands on `commands`."""
    add = commands.add_parser("import", help="import catalogue files (CSV, JSON Lines, JSON-LD, Excel .xlsx) in one transaction")
    add.add_argument("files", nargs="+", metavar="FILE")
    add.add_argument("--skip-invalid", action="store_true", help="import the valid records even if some are rejected")
    add.add_argument("--format", choices=formats.FORMATS, help="read every file as this format (default: by suffix)")
    _data_dir_option(add)
    add.set_defaults(run=run_import)

    export = commands.add_parser("export", help="export the whole catalogue")
    export.add_argument("--format", choices=formats.FORMATS, help="default: from the --out suffix")
    export.add_argument("--out", required=True, metavar="FILE")
    _data_dir_option(export)
    export.set_defaults(run=run_export)

    search = commands.add_parser("search", help="search the catalogue (Chinese, English, pinyin)")
    search.add_argument("query", nargs="?", default="", metavar="QUERY")
    search.add_argument("--filter", action="append", default=[], metavar="KEY=VALUE",
                        help="repeatable; keys: " + ", ".join([*_LIST_FILTERS, *_BOOL_FILTERS, *_INT_FILTERS, "open_on"]))
    search.add_argument("--sort", choices=[s.value for s in Sort], default=Sort.DATE.value)
    search.add_argument("--limit", type=int, default=20, help="how many results to print (default 20)")
    search.add_argument("--json", action="store_true", help="print the count and the positions as JSON")
    _data_dir_option(search)
    search.set_defaults(run=run_search)

    gen = commands.add_parser("generate", help="write a synthetic catalogue (deterministic for a seed)")
    gen.add_argument("--positions", type=int, required=True)
    gen.add_argument("--employers", type=int, default=1000)
    gen.add_argument("--seed", type=int, default=1)
    gen.add_argument("--out", required=True, metavar="FILE")
    gen.add_argument("--format", choices=formats.FORMATS, help="default: from the --out suffix")
    _data_dir_option(gen)
    gen.set_defaults(run=run_generate)


def _catalogue_path(args: argparse.Namespace) -> Path:
    return paths.data_dir(getattr(args, "data_dir", None)) / paths.CATALOGUE_FILE


def _fail(message: str, status: int = 1) -> int:
    print(f"error: {message}", file=sys.stderr)
    return status


def describe_error(error: ZhumengDataError) -> str:
    """A one-line English description of a data-layer error, for the CLI."""
    data = {k: val for k, val in vars(error).items() if val not in (None, "")}
    return f"{type(error).__name__}: " + ", ".join(f"{k}={val}" for k, val in data.items())


def format_report(report: ImportReport) -> str:
    """The import report as plain text: counts, then one line per rejected record."""
    lines = [f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}, "
             f"skipped {report.skipped}, rejected {len(report.rejected)}"]
    if not report.applied:
        lines.append("not applied: nothing changed (fix the rejected records, or use --skip-invalid)")
    for r in report.rejected:
        where = f"line {r.where}" if r.where_kind == "line" else f"record {r.where}"
        lines.append(f"  {where}: {r.field or '(record)'}: {r.reason}" + (f": {r.value!r}" if r.value else ""))
    return "\n".join(lines)


def run_import(args: argparse.Namespace) -> int:
    """`zhumeng import FILE... [--skip-invalid]`."""
    try:
        conn = open_catalogue(_catalogue_path(args))
        try:
            report = import_files(conn, args.files, skip_invalid=args.skip_invalid, format=args.format)
        finally:
            conn.close()
    except ZhumengDataError as error:
        return _fail(describe_error(error))
    print(format_report(report))
    return 0 if report.applied else 1


def run_export(args: argparse.Namespace) -> int:
    """`zhumeng export --format csv|jsonl|jsonld|xlsx --out FILE`."""
    try:
        path = ensure_catalogue(paths.data_dir(getattr(args, "data_dir", None)))
        conn = open_catalogue(path, read_only=True)
        try:
            count = export_catalogue(conn, args.out, args.format)
        finally:
            conn.close()
    except ZhumengDataError as error:
        return _fail(describe_error(error))
    print(f"exported {count} positions to {args.out}")
    return 0


def _filter_value(key: str, value: str) -> Any:
    if key in _BOOL_FILTERS:
        if value.casefold() not in ("yes", "no", "true", "false", "1", "0"):
            raise UnknownFilter(key, value)
        return value.casefold() in ("yes", "true", "1")
    if key in _INT_FILTERS:
        if not value.isdigit():
            raise UnknownFilter(key, value)
        return int(value)
    return value


def parse_filters(items: list[str]) -> Filters:
    """Filters from KEY=VALUE strings; list keys repeat or take comma-separated values, names or codes."""
    fields: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip().casefold().replace("-", "_")
        if not sep:
            raise UnknownFilter(key, "")
        singular = next((k for k, (plural, _) in _LIST_FILTERS.items() if key in (k, plural)), None)
        if singular is not None:
            plural, vocabulary = _LIST_FILTERS[singular]
            for part in (p.strip() for p in value.split(",") if p.strip()):
                code = v.lookup(vocabulary, part) if vocabulary else part
                if code is None:
                    raise UnknownFilter(singular, part)
                fields[plural] = (*fields.get(plural, ()), code)
        elif key in (*_BOOL_FILTERS, *_INT_FILTERS, "open_on"):
            fields[key] = _filter_value(key, value.strip())
        else:
            raise UnknownFilter(key, value)
    return Filters(**fields)


def _line(position: Any) -> str:
    salary = ""
    if position.salary_min is not None or position.salary_max is not None:
        unit = v.by_code(v.SALARY_UNITS)[position.salary_unit].zh
        low, high = position.salary_min, position.salary_max
        salary = f"  {low if low is not None else ''}-{high if high is not None else ''} {unit}"
    place = " ".join(p for p in (position.province, position.city, position.district) if p)
    return f"{position.id:>7}  {position.title} — {position.employer} ({place}){salary}  [{position.external_id}]"


def run_search(args: argparse.Namespace) -> int:
    """`zhumeng search QUERY [--filter KEY=VALUE ...] [--sort ...] [--limit N] [--json]`."""
    try:
        request = SearchRequest(text=args.query, filters=parse_filters(args.filter), sort=Sort(args.sort))
    except UnknownFilter as error:
        return _fail(f"unknown filter {error.key}={error.value!r}", 2)
    try:
        conn = open_catalogue(ensure_catalogue(paths.data_dir(getattr(args, "data_dir", None))), read_only=True)
        try:
            search = CatalogueSearch(conn)
            count = search.count(request)
            found = search.positions(search.first_page(request, limit=max(0, args.limit)))
        finally:
            conn.close()
    except ZhumengDataError as error:
        return _fail(describe_error(error))
    if args.json:
        json.dump({"count": count, "positions": [{"id": p.id, **record_from_position(p)} for p in found]},
                  sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(f"{count} positions found" + (f", showing {len(found)}" if len(found) < count else ""))
        for position in found:
            print(_line(position))
    return 0


def run_generate(args: argparse.Namespace) -> int:
    """`zhumeng generate --positions N [--employers N] [--seed N] --out FILE [--format ...]`."""
    if args.positions < 0 or args.employers < 1:
        return _fail("--positions must be >= 0 and --employers >= 1", 2)
    spec = GeneratorSpec(positions=args.positions, employers=args.employers, seed=args.seed)
    started = time.perf_counter()
    try:
        count = write_atomically(args.out, args.format or formats.detect(args.out), generate(spec))
    except ZhumengDataError as error:
        return _fail(describe_error(error))
    print(f"wrote {count} positions to {args.out} in {time.perf_counter() - started:.1f} s")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": run_import, "export": run_export, "search": run_search, "generate": run_generate,
}
