"""Keeping the catalogue's full-text index (positions_fts) in step with positions.

`positions_fts` is a contentless FTS5 table (it stores no text, only the
index), and SQLite 3.40 has no `contentless_delete`: a row is removed with
FTS5's 'delete' command given exactly the column values it was added with.
So `index_values` is a pure function of the Position, and the importer calls
`remove(conn, rowid, old_position)` before `add(conn, rowid, new_position)`
when a position changes.

The importer also calls `refresh_order_flag(conn)` at the end of each import:
when rowids ascend with the posting date, date order is rowid order and the
search can read the first page straight from the index (db/catalogue_search.py).
"""
from __future__ import annotations

import functools
import sqlite3
from typing import Iterable

from db import text_index
from db import vocabulary as v
from db.position import Position

ORDER_FLAG = "rowid_date_ordered"

_CATEGORIES = v.by_code(v.CATEGORIES)
_WORK_MODES = v.by_code(v.WORK_MODES)

COLUMNS = ("title", "body", "pinyin", "initials", "title_pairs", "body_pairs")
_INSERT = f"INSERT INTO positions_fts(rowid, {', '.join(COLUMNS)}) VALUES (?{', ?' * len(COLUMNS)})"
_DELETE = (f"INSERT INTO positions_fts(positions_fts, rowid, {', '.join(COLUMNS)}) "
           f"VALUES ('delete', ?{', ?' * len(COLUMNS)})")


def _names(vocabulary: dict[str, v.Term], code: str) -> tuple[str, str]:
    # An unknown code (an old catalogue, a newer vocabulary) is indexed as
    # itself rather than failing: the index must accept what positions holds.
    term = vocabulary.get(code)
    return (term.zh, term.en) if term else (code, "")


# Filter tokens are private-use characters: user text can never produce one
# (the query parser strips private-use characters), so they never match a
# search, and the filters of a search become FTS terms (db/search_filters.py).
# A vocabulary code or yes/no value is ONE character, U+E100 + 64 * kind +
# its index in the vocabulary (append-only, so stable): one-character tokens
# get no entries in the FTS prefix indexes, which would triple their size.
# Place names are FACET + the name.
FACET = "\ue001"
_VOCABULARIES = {  # Position field -> its vocabulary, in the order of their token blocks
    "category": v.CATEGORIES, "work_mode": v.WORK_MODES, "source": v.SOURCES,
    "employment_types": v.EMPLOYMENT_TYPES, "disabilities": v.DISABILITIES,
    "accommodations": v.ACCOMMODATIONS, "interview_channels": v.INTERVIEW_CHANNELS,
}
_CODE_TOKENS = {
    field: {term.code: chr(0xE100 + 64 * block + i) for i, term in enumerate(vocabulary)}
    for block, (field, vocabulary) in enumerate(_VOCABULARIES.items())
}
_FLAG_BLOCK = 0xE100 + 64 * len(_VOCABULARIES)
_FLAG_FIELDS = ("meals", "housing", "training", "subsidy")
_PLACE_KINDS = {"province": "p", "city": "q"}


def facet_token(field: str, value: str | bool) -> str | None:
    """The filter token for `value` of `field` (a Position field, or "training"/"subsidy"), or None.

    Known vocabulary codes and booleans always have one. Place names have one
    only when FTS5's tokenizer is certain to keep them whole and distinct
    (lower case ASCII letters and digits, or CJK characters); other names
    are filtered in SQL instead.
    """
    if field in _FLAG_FIELDS:
        return chr(_FLAG_BLOCK + 2 * _FLAG_FIELDS.index(field) + int(bool(value)))
    if field in _PLACE_KINDS:
        assert isinstance(value, str)
        if not value or not all((c.isascii() and c.isalnum() and not c.isupper()) or text_index.is_cjk(c)
                                for c in value):
            return None
        return f"{FACET}{_PLACE_KINDS[field]}{value}"
    assert isinstance(value, str)
    return _CODE_TOKENS[field].get(value)


_facet_token_cached = functools.lru_cache(maxsize=4096)(facet_token)


def facet_tokens(position: Position) -> list[str]:
    """Every filter token of `position`."""
    token = _facet_token_cached  # the same few hundred values recur in every import
    tokens = [token("category", position.category), token("work_mode", position.work_mode),
              token("source", position.source), token("province", position.province), token("city", position.city),
              token("meals", bool(position.meals)), token("housing", bool(position.housing)),
              token("training", position.training_days > 0),
              token("subsidy", (position.training_subsidy or 0) > 0)]
    for field in ("employment_types", "disabilities", "accommodations", "interview_channels"):
        tokens.extend(token(field, code) for code in getattr(position, field))
    return [t for t in tokens if t]


def index_values(position: Position) -> tuple[str, ...]:
    """The texts indexed for `position`, one per column of COLUMNS; deterministic.

    body holds employer, category and work mode (Chinese and English),
    province, city, district and description, then the filter tokens;
    pinyin and initials cover title, employer, category and city.
    Sub-fields are kept apart by the separator token so that no phrase
    spans two of them. title_pairs and body_pairs hold the same text as
    pairs of adjacent CJK characters (text_index.bigrams).
    """
    category_zh, category_en = _names(_CATEGORIES, position.category)
    mode_zh, mode_en = _names(_WORK_MODES, position.work_mode)
    separator = f" {text_index.SEPARATOR} "
    title = text_index.tokens(position.title)
    body = [text_index.tokens(f) for f in (position.employer, category_zh, category_en, mode_zh, mode_en,
                                           position.province, position.city, position.district,
                                           position.description)]
    pinyin, initials = text_index.pinyin_columns((position.title, position.employer, category_zh, position.city))
    return (
        " ".join(title),
        separator.join(" ".join(words) for words in body) + separator + " ".join(facet_tokens(position)),
        pinyin,
        initials,
        text_index.pairs(title),
        separator.join(text_index.pairs(words) for words in body),
    )


def add(conn: sqlite3.Connection, rowid: int, position: Position) -> None:
    """Index `position` under `rowid` (its id in positions)."""
    conn.execute(_INSERT, (rowid, *index_values(position)))


def remove(conn: sqlite3.Connection, rowid: int, position: Position) -> None:
    """Take `position`, as it was indexed under `rowid`, out of the index.

    `position` must be the version that was added (the old one, before an
    update); FTS5 cannot check this and a mismatch corrupts the index.
    """
    conn.execute(_DELETE, (rowid, *index_values(position)))


def add_many(conn: sqlite3.Connection, items: Iterable[tuple[int, Position]]) -> None:
    """Index many (rowid, position) pairs in one executemany (faster for bulk import)."""
    conn.executemany(_INSERT, ((rowid, *index_values(p)) for rowid, p in items))


def remove_many(conn: sqlite3.Connection, items: Iterable[tuple[int, Position]]) -> None:
    """Remove many (rowid, position) pairs, each as it was added."""
    conn.executemany(_DELETE, ((rowid, *index_values(p)) for rowid, p in items))


def rebuild(conn: sqlite3.Connection) -> int:
    """Empty the index and index every row of positions again; returns how many were indexed.

    For repairs and for changes to index_values: a contentless table cannot
    be rebuilt by FTS5 itself.
    """
    from db.position import from_row

    conn.execute("INSERT INTO positions_fts(positions_fts) VALUES ('delete-all')")
    count = 0
    cursor = conn.execute("SELECT * FROM positions ORDER BY id")
    cursor.row_factory = sqlite3.Row  # type: ignore[assignment]
    while batch := cursor.fetchmany(2000):
        add_many(conn, ((row["id"], from_row(row)) for row in batch))
        count += len(batch)
    refresh_order_flag(conn)
    optimize(conn)
    from db import short_counts  # local: the index module stays free of the query side

    short_counts.refresh(conn)  # last: it fingerprints the index as written
    return count


def optimize(conn: sqlite3.Connection) -> None:
    """Merge the index's segments into one b-tree (FTS5 'optimize').

    Worth it after a large import or a rebuild: each query term is then
    looked up once instead of once per segment (counts up to 2-3x faster
    at 60k positions). It rewrites the whole index (a few seconds per 100k
    positions), so not after every small import.
    """
    conn.execute("INSERT INTO positions_fts(positions_fts) VALUES ('optimize')")


def rowid_date_ordered(conn: sqlite3.Connection) -> bool:
    """Whether posting dates never decrease as rowids increase (computed, not read from the flag)."""
    row = conn.execute(
        """
        SELECT EXISTS (
            SELECT 1 FROM (
                SELECT date_posted, lag(date_posted) OVER (ORDER BY id) AS before FROM positions
            ) WHERE date_posted < before
        )
        """
    ).fetchone()
    return not row[0]


def refresh_order_flag(conn: sqlite3.Connection) -> bool:
    """Store in catalogue_meta whether date order equals rowid order; returns the flag.

    Call at the end of every import, inside its transaction. When set,
    "newest first" (date_posted DESC, id DESC) is exactly rowid DESC.
    """
    ordered = rowid_date_ordered(conn)
    conn.execute(
        "INSERT INTO catalogue_meta(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (ORDER_FLAG, "1" if ordered else "0"),
    )
    return ordered


def order_flag(conn: sqlite3.Connection) -> bool:
    """The stored flag: True only when the last import found date order equal to rowid order."""
    row = conn.execute("SELECT value FROM catalogue_meta WHERE key = ?", (ORDER_FLAG,)).fetchone()
    return bool(row) and row[0] == "1"
