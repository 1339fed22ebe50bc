"""A small real catalogue for the browser and accessibility tests, built through the importer.

Positions are varied on purpose (categories, cities, work modes, training,
meals) so that filters and facets have something to count; expected answers
in tests always come from db.catalogue_search, never from this file.
"""
from __future__ import annotations

import json
from pathlib import Path

from db import paths
from db import vocabulary as v
from db.catalogue_import import import_files
from db.catalogue_schema import open_catalogue

_CITIES = (("山东省", "淄博"), ("浙江省", "衢州"), ("山东省", "青岛"), ("北京市", "北京"), ("广东省", "深圳"))
_TITLES = {"customer_service": "客服专员", "packer": "包装工", "designer": "景观设计师", "livestream_host": "带货主播",
           "content_reviewer": "内容审核员", "operations": "网店运营"}
_EMPLOYERS = ("鲁王钓具官方店铺", "山东智源景观设计有限公司", "秋月梨网店", "天使之翼客服基地", "萤火虫公益直播")


def records(count: int) -> list[dict]:
    """`count` deterministic, varied position records (source "sample")."""
    categories = list(_TITLES)
    modes = v.codes(v.WORK_MODES)
    out = []
    for i in range(count):
        category = categories[i % len(categories)]
        province, city = _CITIES[i % len(_CITIES)]
        out.append({
            "external_id": f"test-{i:05d}",
            "title": _TITLES[category],
            "employer": _EMPLOYERS[(i // 3) % len(_EMPLOYERS)],
            "category": category,
            "province": province,
            "city": city,
            "work_mode": modes[i % len(modes)],
            "openings": 1 + i % 5,
            "salary_min": 3000 + 100 * (i % 20),
            "salary_max": 5000 + 100 * (i % 20),
            "training_days": 90 if i % 4 == 0 else 0,
            "training_subsidy": 1500 if i % 8 == 0 else None,
            "meals": i % 3 == 0,
            "disabilities": [v.DISABILITIES[i % 7].code, v.DISABILITIES[(i + 3) % 7].code],
            "accommodations": [v.ACCOMMODATIONS[i % 12].code],
            "interview_channels": ["text", "video"],
            "apply_channels": ["cdpf_platform"],
            "date_posted": f"2022-11-{1 + i % 28:02d}",
            "valid_through": "2030-12-31" if i % 2 else "2022-12-31",
            "description": f"示例职位 {i}。工作内容：在线解答顾客问题。",
            "source": "sample",
        })
    return out


def build_catalogue(data_dir: Path, count: int = 300) -> Path:
    """Write a catalogue of `count` sample positions into `data_dir`; returns its path."""
    data_dir.mkdir(parents=True, exist_ok=True)
    source = data_dir / "positions.jsonl"
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records(count)) + "\n", encoding="utf-8")
    path = data_dir / paths.CATALOGUE_FILE
    conn = open_catalogue(path)
    try:
        report = import_files(conn, [source])
        assert report.applied, report.rejected[:3]
    finally:
        conn.close()
    source.unlink()
    return path
