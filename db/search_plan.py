"""A search request as SQL pieces (db/catalogue_search.py builds and runs them).

A Plan holds what every statement of one request shares: the FROM clause
(positions_fts alone, or joined to positions when filters or the order need
its columns), the WHERE conditions with their parameters, and the FTS5 match
expression, so that a count, a page, the ids and the facets of the same
request are the same query with different SELECT lists.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Plan:
    """A request as SQL pieces: FROM, WHERE, parameters, and the match expressions."""

    source: str
    where: str
    params: tuple[Any, ...]
    match: str | None
    facets: str | None  # the filters' part of `match`
    joined: bool  # whether positions is in `source` as p
    has_text: bool  # whether the person typed a query (else only filters)

    def select(self, columns: str, order: str = "", limit: int | None = None) -> tuple[str, tuple[Any, ...]]:
        """SELECT `columns` of this plan, in `order`, at most `limit` rows: the SQL and its parameters."""
        sql = f"SELECT {columns} FROM {self.source}{self.where}"
        params = self.params
        if order:
            sql += f" ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params += (limit,)
        return sql, params


def both(first: str | None, second: str | None) -> str | None:
    """Two optional FTS5 expressions ANDed."""
    return f"{first} AND {second}" if first and second else first or second
