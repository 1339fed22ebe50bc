"""The catalogue's migrations: an old catalogue migrated forward equals a fresh one, and keeps its positions findable."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from db.catalogue_schema import migrations, open_catalogue
from db.catalogue_search import CatalogueSearch, SearchRequest
from db.position import Position, to_row


def _schema(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name").fetchall()
    return [(name, " ".join(sql.split())) for name, sql in rows]


def test_an_old_catalogue_migrated_forward_equals_a_fresh_one_and_finds_its_positions(tmp_path: Path) -> None:
    old = sqlite3.connect(tmp_path / "old.sqlite")
    migrations().apply(sqlite_utils.Database(old), stop_before="m002_search_prefix_index")
    position = Position(external_id="old-1", title="客服专员", employer="鲁王钓具官方店铺", category="customer_service",
                        province="山东省", city="淄博市", date_posted="2022-11-30")
    row = to_row(position)
    old.execute(f"INSERT INTO positions ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    old.commit()
    old.close()

    migrated = open_catalogue(tmp_path / "old.sqlite")
    fresh = open_catalogue(tmp_path / "fresh.sqlite")
    assert _schema(migrated) == _schema(fresh)
    search = CatalogueSearch(migrated)
    assert [p.external_id for p in search.positions(search.ids(SearchRequest("客服")))] == ["old-1"]
    assert search.count(SearchRequest("kf")) == 1
