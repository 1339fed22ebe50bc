"""Search filters, and how each becomes part of a query: an FTS term where it can, SQL where it must.

Every categorical filter (category, place, work mode, employment type,
disability, accommodation, interview channel, source, and the yes/no
benefits) is also indexed as a filter token in positions_fts (see
db/search_index.facet_token). FTS5 intersects those posting lists with the
text query's far faster than SQLite can look up each matching row in
`positions` to test a column: an exact count with filters at 600k positions
costs what the text query alone costs. Salary and date ranges are not
tokens; they are tested on the joined `positions` row.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from db import vocabulary as v
from db.errors import UnknownFilter
from db.search_index import facet_token


@dataclass(frozen=True)
class Filters:
    """Restrictions on the result set. Empty tuples and None restrict nothing.

    disabilities, employment_types and interview_channels match a position
    that has any of the given codes; accommodations match only a position
    that offers all of them. Salaries are yuan per month and match a
    position whose range reaches into [salary_min, salary_max]. open_on (ISO
    date) keeps positions posted by that day and valid through it.
    """

    categories: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    work_modes: tuple[str, ...] = ()
    employment_types: tuple[str, ...] = ()
    disabilities: tuple[str, ...] = ()
    accommodations: tuple[str, ...] = ()
    interview_channels: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    training: bool | None = None
    subsidy: bool | None = None
    meals: bool | None = None
    housing: bool | None = None
    salary_min: int | None = None
    salary_max: int | None = None
    open_on: str | None = None


# Filter -> (Position field its tokens come from, vocabulary, must have all).
# A code outside its vocabulary raises, so that a typo does not silently
# match nothing.
_CODED = {
    "categories": ("category", v.CATEGORIES, False),
    "work_modes": ("work_mode", v.WORK_MODES, False),
    "sources": ("source", v.SOURCES, False),
    "employment_types": ("employment_types", v.EMPLOYMENT_TYPES, False),
    "disabilities": ("disabilities", v.DISABILITIES, False),
    "interview_channels": ("interview_channels", v.INTERVIEW_CHANNELS, False),
    "accommodations": ("accommodations", v.ACCOMMODATIONS, True),
}
_PLACES = {"provinces": "province", "cities": "city"}
_FLAGS = ("training", "subsidy", "meals", "housing")


def _any_of(tokens: list[str]) -> str:
    # Tokens hold a private-use character, letters, digits and CJK only: no
    # quoting problems inside double quotes.
    return "body : (" + " OR ".join(f'"{t}"' for t in tokens) + ")"


def plan_filters(filters: Filters) -> tuple[str | None, list[str], list[Any]]:
    """`filters` as (FTS5 expression or None, SQL conditions on `positions AS p`, their parameters).

    A position passes when it matches the expression and every condition.
    Raises UnknownFilter for a code that is not in its vocabulary.
    """
    terms: list[str] = []
    where: list[str] = []
    params: list[Any] = []
    for name, (field, vocabulary, every) in _CODED.items():
        values = getattr(filters, name)
        known = v.codes(vocabulary)
        for value in values:
            if value not in known:
                raise UnknownFilter(name, value)
        tokens = [facet_token(field, value) or "" for value in values]
        if every:
            terms.extend(_any_of([t]) for t in tokens)
        elif tokens:
            terms.append(_any_of(tokens))
    for name, column in _PLACES.items():
        values = getattr(filters, name)
        if not values:
            continue
        place_tokens = [facet_token(column, value) for value in values]
        if all(place_tokens):
            terms.append(_any_of([t for t in place_tokens if t]))
        else:  # a name the tokenizer might split or fold: compare in SQL
            where.append(f"p.{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)
    for name in _FLAGS:
        wanted = getattr(filters, name)
        if wanted is not None:
            terms.append(_any_of([facet_token(name, bool(wanted)) or ""]))
    # A range that only one end is known of is taken as that one amount.
    if filters.salary_min is not None:
        where.append("coalesce(p.salary_month_max, p.salary_month_min) >= ?")
        params.append(filters.salary_min)
    if filters.salary_max is not None:
        where.append("coalesce(p.salary_month_min, p.salary_month_max) <= ?")
        params.append(filters.salary_max)
    if filters.open_on is not None:
        where.append("p.date_posted <= ? AND (p.valid_through IS NULL OR p.valid_through = '' OR p.valid_through >= ?)")
        params.extend((filters.open_on, filters.open_on))
    return (" AND ".join(terms) or None), where, params
