"""A position in the catalogue, and its conversion to and from database rows."""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

from db import vocabulary as v


@dataclass(frozen=True)
class Position:
    """One job position. Multi-valued fields are tuples of vocabulary codes."""

    external_id: str
    title: str
    employer: str
    category: str
    province: str = ""
    city: str = ""
    district: str = ""
    work_mode: str = "on_site"
    employment_types: tuple[str, ...] = ("full_time",)
    openings: int = 1
    salary_min: int | None = None
    salary_max: int | None = None
    salary_unit: str = "month"
    training_days: int = 0
    training_subsidy: int | None = None  # yuan per person during training
    meals: bool = False
    housing: bool = False
    disabilities: tuple[str, ...] = ()
    accommodations: tuple[str, ...] = ()
    interview_channels: tuple[str, ...] = ()
    apply_channels: tuple[str, ...] = ()
    apply_contact: str = ""
    date_posted: str = ""  # ISO date, YYYY-MM-DD
    valid_through: str | None = None  # ISO date
    description: str = ""
    questions: tuple[str, ...] = ()
    source: str = "import"
    id: int | None = field(default=None, compare=False)  # rowid; not part of identity

    def replace(self, **changes: Any) -> "Position":
        """A copy with `changes` applied."""
        return dataclasses.replace(self, **changes)


FIELD_NAMES = tuple(f.name for f in dataclasses.fields(Position) if f.name != "id")

# Multi-valued fields stored as bitmasks, with their vocabularies.
MASK_FIELDS: dict[str, tuple[str, tuple[v.Term, ...]]] = {
    "employment_types": ("employment_mask", v.EMPLOYMENT_TYPES),
    "disabilities": ("disability_mask", v.DISABILITIES),
    "accommodations": ("accommodation_mask", v.ACCOMMODATIONS),
    "interview_channels": ("interview_mask", v.INTERVIEW_CHANNELS),
    "apply_channels": ("apply_mask", v.APPLY_CHANNELS),
}


def monthly_salary(amount: int | None, unit: str) -> int | None:
    """`amount` in `unit` as yuan per month, or None where it cannot be compared."""
    factor = v.MONTHLY_FACTOR.get(unit)
    if amount is None or factor is None:
        return None
    return round(amount * factor)


def to_row(position: Position) -> dict[str, Any]:
    """The `positions` table row for `position` (without id)."""
    row: dict[str, Any] = {}
    for name in FIELD_NAMES:
        value = getattr(position, name)
        if name in MASK_FIELDS:
            column, vocabulary = MASK_FIELDS[name]
            row[column] = v.to_mask(vocabulary, value)
        elif name == "questions":
            row[name] = json.dumps(list(value), ensure_ascii=False) if value else ""
        elif isinstance(value, bool):
            row[name] = int(value)
        else:
            row[name] = value
    row["salary_month_min"] = monthly_salary(position.salary_min, position.salary_unit)
    row["salary_month_max"] = monthly_salary(position.salary_max, position.salary_unit)
    return row


def from_row(row: Any) -> Position:
    """A Position from a `positions` row (a sqlite3.Row or a mapping)."""
    get = row.__getitem__
    values: dict[str, Any] = {"id": get("id")}
    for name in FIELD_NAMES:
        if name in MASK_FIELDS:
            column, vocabulary = MASK_FIELDS[name]
            values[name] = v.from_mask(vocabulary, get(column) or 0)
        elif name == "questions":
            raw = get(name)
            values[name] = tuple(json.loads(raw)) if raw else ()
        elif name in ("meals", "housing"):
            values[name] = bool(get(name))
        else:
            values[name] = get(name)
    return Position(**values)
