"""Exact counts, cheaply: MATCH expressions without needless column filters, and stored one-character counts.

Whole results (a count, an id list, facets) need no ranking, so their MATCH
expression can drop every column filter that cannot change which rows
match (whole_result_match): FTS5 then reads only the rowids of each hit, not
its positions, 1.5-3x faster at 600k positions (主 30 -> 19 ms, sh 57 -> 20 ms).

A person's first keystroke is a one-character query, and the result list
must report its exact size at once (ACCESSIBILITY.md: no provisional
counts). For a letter or digit that count is FTS5's slowest query: `"s"*`
merges the posting lists of every word under s (~141,000 words, 70-80 ms at
600k positions), in one step that SQLite cannot interrupt. Yet the catalogue
only changes by import, so the 36 answers (0-9, a-z, no filters), and those
of the 32 CJK characters most positions hold (the longest posting lists,
~20 ms each), are counted once at the end of each import (~2 s at 600k) and
stored in catalogue_meta, next to search_index's order flag.

A stored count is trusted only while the search index is exactly as it
was when counted. With the counts goes a fingerprint of the index: FTS5's
structure record (its list of segments and a counter that grows with every
segment written, so every write to the index changes it) and its averages
record (the row count and the token count per column). An import by code
that does not refresh the counts, a rebuild or a migration therefore
leaves a fingerprint that no longer matches, and `read` returns None: the
search counts the slow way and is still exact. Each count is stored under
the MATCH expression it counted, so a change to the query language or the
index columns makes the old entries miss instead of answering a different
question.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import string
from collections import Counter
from typing import Any, Callable, Sequence

from db import text_index
from db.errors import SearchCancelled

KEY = "short_counts"
# The one-character queries always counted: those FTS5 answers by a prefix merge.
TEXTS = string.digits + string.ascii_lowercase
# Also counted: this many of the CJK characters most positions hold, found in a sample of this many.
FREQUENT, SAMPLE = 32, 2000
# FTS5's own records in positions_fts_data (fts5_index.c): the averages
# record (rows and tokens per column) and the structure record (segments).
_AVERAGES_ID, _STRUCTURE_ID = 1, 10
_COUNT_SQL = "SELECT count(*) FROM positions_fts WHERE positions_fts MATCH ?"
_FINGERPRINT = (f"(SELECT block FROM positions_fts_data WHERE id = {_STRUCTURE_ID}), "
                f"(SELECT block FROM positions_fts_data WHERE id = {_AVERAGES_ID})")
_READ_SQL = f"SELECT (SELECT value FROM catalogue_meta WHERE key = ?), {_FINGERPRINT}"
_COUNT_NOW_SQL = f"SELECT ({_COUNT_SQL}), {_FINGERPRINT}"


def _phrase(tokens: Sequence[str]) -> str:
    # Tokens hold only letters, digits and CJK characters: nothing to escape inside quotes.
    return '"' + " ".join(tokens) + '"'


def _unfiltered_term(term: text_index.Term, continuations: text_index.Continuations | None) -> str:
    """text_index.term_expression(term) without the column filters that cannot change which rows match.

    Exact because of where search_index.index_values puts each kind of
    token (tests/db/test_search_index.py checks it): a single CJK character
    is a token only in title and body (the pair columns hold two-character
    tokens, pinyin and initials ASCII letters); a pair only in title_pairs
    and body_pairs; ASCII letters in title, body, pinyin and initials, never
    in the pair columns, so a word that term_expression looks up in all
    four needs no column filter at all.
    """
    tokens = term.tokens
    if all(text_index.is_cjk(t) for t in tokens):
        return _phrase(tokens if len(tokens) == 1 else [a + b for a, b in zip(tokens, tokens[1:])])
    word = tokens[0]
    if len(tokens) == 1 and word.isascii() and word.isalpha() and 2 <= len(word) <= text_index.PINYIN_SPAN:
        return _phrase([word]) + "*"
    return text_index.term_expression(term, continuations=continuations)


def whole_result_match(text: str, continuations: text_index.Continuations | None = None) -> str | None:
    """The MATCH expression for the results of `text` when no ranking is needed (see _unfiltered_term).

    With `continuations` (for a first page), a one-letter term is spelt out
    as text_index.word_prefix does.
    """
    terms = text_index.parse_terms(text)
    return " AND ".join(_unfiltered_term(t, continuations) for t in terms) if terms else None


def key(text: str) -> str | None:
    """The MATCH expression a count of unfiltered `text` is kept under, if it is one term of one character."""
    terms = text_index.parse_terms(text)
    if len(terms) == 1 and len(terms[0].tokens) == 1 and len(terms[0].tokens[0]) == 1:
        return text_index.match_expression(text)
    return None


def _digest(structure: bytes | None, averages: bytes | None) -> str:
    """A fingerprint of the index from its structure and averages records."""
    out = hashlib.sha256()
    for block in (structure, averages):
        data = bytes(block or b"")
        out.update(len(data).to_bytes(8, "big"))
        out.update(data)
    return out.hexdigest()


def frequent_characters(conn: sqlite3.Connection) -> list[str]:
    """The FREQUENT CJK characters in most positions of an evenly spaced SAMPLE of them.

    A character in most positions (主 of 主要工作 is in all 600,000 generated
    ones) has the longest posting list, so the slowest exact count (~20 ms).
    The sample only chooses which characters to count (from the free-text
    fields, ~0.1 s at 600k); the counts themselves are exact.
    """
    top = conn.execute("SELECT max(id) FROM positions").fetchone()[0] or 0
    step = max(1, top // SAMPLE)
    cursor = conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute("WITH RECURSIVE s(i) AS (SELECT ? UNION ALL SELECT i + ? FROM s WHERE i + ? <= ?) "
                          "SELECT p.title, p.employer, p.description, p.province, p.city, p.district "
                          "FROM s JOIN positions p ON p.id = s.i", (step, step, step, top)).fetchall()
    found: Counter[str] = Counter()
    for row in rows:
        found.update(set(text_index.tokens(" ".join(row))))  # tokens(): string work at C speed
    return [t for t, _ in found.most_common() if len(t) == 1 and text_index.is_cjk(t)][:FREQUENT]


def refresh(conn: sqlite3.Connection) -> dict[str, int]:
    """Count every query of TEXTS and the frequent characters, and store the counts with the index's fingerprint; returns them by expression.

    Call at the end of every import or rebuild, inside its transaction and
    after its last write to the index (optimize included): a later write
    changes the fingerprint, and the counts are then ignored, not wrong.
    """
    # FTS5 keeps an open transaction's newest index entries in memory and
    # writes them out when a savepoint opens (or at commit): the fingerprint
    # taken below is then the one the committed catalogue will have.
    conn.execute("SAVEPOINT short_counts_flush")
    conn.execute("RELEASE short_counts_flush")
    counts: dict[str, int] = {}
    for text in (*TEXTS, *frequent_characters(conn)):
        match, counted = key(text), whole_result_match(text)
        if match is not None and counted is not None and match not in counts:
            counts[match] = int(conn.execute(_COUNT_SQL, (counted,)).fetchone()[0])
    _, structure, averages = conn.execute(_READ_SQL, (KEY,)).fetchone()
    value = json.dumps({"index": _digest(structure, averages), "counts": counts}, ensure_ascii=False, sort_keys=True)
    conn.execute("INSERT INTO catalogue_meta(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (KEY, value))
    return counts


class ShortCounts:
    """The one-character counts of one connection: stored by the import, else counted here and remembered.

    Every answer is checked against the index's fingerprint, read in the
    same statement as the stored counts (a few µs): counts and fingerprint
    come from one snapshot of the file. Counts this connection makes itself
    (`count`) are kept under the fingerprint they were made with, so they
    serve a catalogue imported by older code too, and lapse with any change.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._seen: tuple[str, str, dict[str, int] | None] | None = None
        self._made: tuple[str, dict[str, int]] = ("", {})

    def _state(self) -> tuple[str | None, str] | None:
        """The stored value and the index's fingerprint; None while this connection may be writing."""
        if self.conn.in_transaction:
            # FTS5 holds a writer's newest entries in memory, where the fingerprint cannot see them.
            return None
        try:
            value, structure, averages = self._one(_READ_SQL, (KEY,))
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):  # not a catalogue with this index
                return None
            raise
        return value, _digest(structure, averages)

    def _one(self, sql: str, params: tuple[str, ...]) -> tuple[Any, ...]:
        """The one row of `sql`; an interrupt becomes SearchCancelled, as in CatalogueSearch."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        try:
            return tuple(cursor.execute(sql, params).fetchall()[0])
        except sqlite3.OperationalError as error:
            if "interrupt" in str(error):
                raise SearchCancelled() from None
            raise
        finally:
            cursor.close()  # an unfinished statement would keep the interrupt flag raised

    def read(self) -> dict[str, int] | None:
        """The stored counts by MATCH expression, or None when absent or not of this index."""
        state = self._state()
        if state is None or state[0] is None:
            return None  # built by code that did not count (or not yet refreshed)
        value, index = state
        if self._seen is None or self._seen[:2] != (value, index):
            self._seen = (value, index, _parse(value, index))
        return self._seen[2]

    def get(self, match: str) -> int | None:
        """The count of the unfiltered search whose MATCH expression is `match`, stored or made here; or None."""
        counts = self.read()
        if counts is not None and match in counts:
            return counts[match]
        state = self._state()
        made_for, made = self._made
        return made.get(match) if state is not None and state[1] == made_for else None

    def prepare(self, stop: Callable[[], bool]) -> None:
        """Count now what refresh would have stored and is missing; raises SearchCancelled as soon as `stop()`.

        Each count is one FTS5 merge that no interrupt stops (at most 40-100 ms
        at 600k, ~1 s for all): `stop` is asked before each, so a keystroke
        waits for one at most.
        """
        if self.read() is not None:
            return  # stored by the import for this very index
        for text in (*TEXTS, *frequent_characters(self.conn)):
            match = key(text)
            if match is not None and self.get(match) is None:
                if stop():
                    raise SearchCancelled()
                self.count(text)

    def count(self, text: str) -> int:
        """Count the unfiltered one-character search `text`, and remember it.

        One statement reads the count and the fingerprint, so the count is
        remembered under the index it was taken of.
        """
        match, counted = key(text), whole_result_match(text)
        if match is None or counted is None:
            raise ValueError(f"not a one-character query: {text!r}")
        count, structure, averages = self._one(_COUNT_NOW_SQL, (counted,))
        if not self.conn.in_transaction:
            index = _digest(structure, averages)
            if self._made[0] != index:
                self._made = (index, {})
            self._made[1][match] = int(count)
        return int(count)


def _parse(value: str, index: str) -> dict[str, int] | None:
    """The counts in a stored value if they were taken of the index with fingerprint `index`."""
    try:
        stored = json.loads(value)
        if stored.get("index") != index:
            return None  # the index was written since: counts may be stale
        return {str(match): int(n) for match, n in stored["counts"].items()}
    except (ValueError, TypeError, KeyError, AttributeError):
        return None  # unreadable: count the slow way
