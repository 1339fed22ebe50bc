"""Export then import gives back exactly the same positions, in every format (hypothesis)."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db import vocabulary as v
from db.catalogue_export import export_catalogue, iter_positions, write_atomically
from db.catalogue_import import import_files
from db.catalogue_schema import open_catalogue
from db.formats import FORMATS
from db.generator import GeneratorSpec, generate
from db.position import Position

# Chinese, Latin, digits, punctuation (full- and half-width), spreadsheet-hostile
# characters (quotes, commas, "|", "[", "="), and an astral ideograph.
ALPHABET = st.sampled_from(list("客服主播包装工鲁王钓具店铺淄博山东省秋月梨𠀀abcXYZ019 ,，\"'|;、[]{}=+-#%（）“”：\\/"))
# Text a spreadsheet reads as something else: an .xlsx escape (_xHHHH_), a formula, a number, a date.
TOKENS = st.sampled_from(["_x000D_", "_x005F_", "_x4e2d_", "=SUM(A1)", "3000.0", "1e3", "2022-12-01", "007"])


def single_line(min_size: int = 0, max_size: int = 30) -> st.SearchStrategy[str]:
    # Cut to max_size (a token may be cut too) rather than filter: fewer draws are thrown away.
    pieces = st.lists(st.one_of(ALPHABET, TOKENS), max_size=max_size)
    return pieces.map(lambda parts: "".join(parts)[:max_size].strip()).filter(lambda s: len(s) >= min_size)


def codes(vocabulary: tuple[v.Term, ...]) -> st.SearchStrategy[tuple[str, ...]]:
    return st.sets(st.sampled_from(v.codes(vocabulary))).map(
        lambda chosen: tuple(c for c in v.codes(vocabulary) if c in chosen))


DATES = st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31))
AMOUNTS = st.one_of(st.none(), st.integers(0, 1_000_000))


@st.composite
def positions(draw: st.DrawFn, external_id: str) -> Position:
    low, high = sorted([draw(st.integers(0, 1_000_000)), draw(st.integers(0, 1_000_000))])
    low = draw(st.sampled_from([low, None]))
    high = draw(st.sampled_from([high, None]))
    posted = draw(st.one_of(st.just(""), DATES.map(dt.date.isoformat)))
    through = draw(st.one_of(st.none(), DATES.map(dt.date.isoformat)))
    if posted and through and through < posted:
        posted, through = through, posted
    return Position(
        external_id=external_id, title=draw(single_line(1)), employer=draw(single_line(1)),
        category=draw(st.sampled_from(v.codes(v.CATEGORIES))), province=draw(single_line()),
        city=draw(single_line()), district=draw(single_line()), work_mode=draw(st.sampled_from(v.codes(v.WORK_MODES))),
        employment_types=draw(codes(v.EMPLOYMENT_TYPES)), openings=draw(st.integers(0, 10_000)),
        salary_min=low, salary_max=high, salary_unit=draw(st.sampled_from(v.codes(v.SALARY_UNITS))),
        training_days=draw(st.integers(0, 365)), training_subsidy=draw(AMOUNTS), meals=draw(st.booleans()),
        housing=draw(st.booleans()), disabilities=draw(codes(v.DISABILITIES)),
        accommodations=draw(codes(v.ACCOMMODATIONS)), interview_channels=draw(codes(v.INTERVIEW_CHANNELS)),
        apply_channels=draw(codes(v.APPLY_CHANNELS)), apply_contact=draw(single_line()), date_posted=posted,
        valid_through=through,
        description=draw(st.lists(st.one_of(ALPHABET, TOKENS, st.just("\n"), st.just("\r\n"), st.just("\r")),
                                  max_size=60).map("".join).map(str.strip)),
        questions=tuple(draw(st.lists(single_line(1), max_size=3))), source=draw(st.sampled_from(v.codes(v.SOURCES))),
    )


@st.composite
def catalogues(draw: st.DrawFn) -> list[Position]:
    count = draw(st.integers(1, 6))
    ids = draw(st.lists(single_line(1, 12), min_size=count, max_size=count, unique=True))
    return [draw(positions(external_id)) for external_id in ids]


def stored(conn) -> list[Position]:
    return sorted(iter_positions(conn), key=lambda p: p.external_id)


@pytest.mark.parametrize("format_name", FORMATS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(originals=catalogues())
def test_export_then_import_round_trips_exactly(format_name: str, originals: list[Position]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source_file = Path(folder) / f"source.{format_name}"
        write_atomically(source_file, format_name, originals)
        first = open_catalogue(Path(folder) / "first.sqlite")
        assert import_files(first, [source_file]).added == len(originals)
        assert stored(first) == sorted(originals, key=lambda p: p.external_id)
        exported = Path(folder) / f"export.{format_name}"
        assert export_catalogue(first, exported) == len(originals)
        second = open_catalogue(Path(folder) / "second.sqlite")
        assert import_files(second, [exported]).added == len(originals)
        assert stored(second) == stored(first)
        again = import_files(second, [exported])
        assert (again.added, again.updated, again.unchanged) == (0, 0, len(originals))


@pytest.mark.parametrize("format_name", FORMATS)
def test_generated_catalogue_round_trips_through_every_format(tmp_path: Path, format_name: str) -> None:
    originals = list(generate(GeneratorSpec(positions=300, employers=40, seed=7)))
    path = tmp_path / f"generated.{format_name}"
    write_atomically(path, format_name, originals)
    conn = open_catalogue(tmp_path / "catalogue.sqlite")
    import_files(conn, [path])
    assert list(iter_positions(conn)) == originals
