"""Deterministic synthetic catalogues at any scale (benchmarks, and the demo's sample positions).

`generate(GeneratorSpec(positions=600_000, employers=80_000, seed=1))` streams
Positions in date_posted order, the same ones for the same spec on every
machine (only random.Random with a seed, never hash order or the clock).
Employers are drawn once (name, city, product line); positions pick an
employer with a skew (a few big shops, a long tail), a category, a title
assembled from the category's stems and modifiers, and a description
assembled from fragments (db/generator_words.py), with salaries, benefits,
disabilities and accommodations that fit the category.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from db import generator_places as places
from db import generator_words as w
from db import vocabulary as v
from db.position import Position

# Monthly salary ranges (yuan) by category, before the city factor.
SALARY_RANGES: dict[str, tuple[int, int]] = {
    "livestream_host": (4000, 12000), "operations": (5000, 12000), "customer_service": (3000, 6500),
    "promotion": (4000, 9000), "web_editor": (3500, 7000), "logistics": (4000, 8000), "designer": (5000, 12000),
    "pastry_chef": (4000, 8000), "packer": (3000, 5000), "content_reviewer": (3500, 6500),
    "graphic_artist": (4000, 9000), "data_labelling": (3000, 5500), "warehouse": (3500, 6000),
    "assembler": (3500, 6000), "quality_inspector": (3500, 6000), "delivery_rider": (5000, 10000),
    "product_photographer": (4500, 9000), "copywriter": (4000, 8000),
}
# Categories that can be done from home, and how often they are.
HOME_SHARE = {"customer_service": 0.45, "content_reviewer": 0.5, "data_labelling": 0.6, "web_editor": 0.45,
              "copywriter": 0.45, "designer": 0.35, "graphic_artist": 0.4, "operations": 0.3, "promotion": 0.3,
              "livestream_host": 0.15}
# Disabilities a category commonly suits (the generator picks a subset).
SUITS = {
    "customer_service": ("hearing", "speech", "physical", "vision", "multiple"),
    "content_reviewer": ("hearing", "speech", "physical", "psychosocial"),
    "data_labelling": ("hearing", "speech", "physical", "intellectual", "psychosocial"),
    "livestream_host": ("physical", "vision", "multiple"),
    "delivery_rider": ("hearing", "speech"),
    "packer": ("hearing", "speech", "intellectual", "physical"),
    "assembler": ("hearing", "speech", "intellectual", "physical"),
    "warehouse": ("hearing", "speech", "intellectual"),
}
DEFAULT_SUITS = ("hearing", "speech", "physical", "psychosocial", "multiple")
FITTING_ACCOMMODATIONS = {
    "vision": ("screen_reader_tools", "large_print"), "hearing": ("sign_language", "text_communication"),
    "speech": ("text_communication",), "physical": ("wheelchair_access", "accessible_toilet", "adjusted_workstation"),
    "intellectual": ("job_coach",), "psychosocial": ("quiet_workspace", "flexible_hours"), "multiple": ("job_coach", "flexible_hours"),
}
# Bump when the output for a given spec changes: benchmark caches are keyed on it.
VERSION = 2
CATEGORY_CODES = v.codes(v.CATEGORIES)
CATEGORY_WEIGHTS = (8, 8, 14, 6, 4, 4, 5, 2, 6, 4, 5, 4, 4, 3, 3, 3, 2, 4)  # customer service most common, as on Taobao


@dataclass(frozen=True)
class GeneratorSpec:
    """What to generate. The same spec always yields the same positions."""

    positions: int
    employers: int = 1000
    seed: int = 1
    id_prefix: str = "gen"
    source: str = "sample"
    first_day: str = "2021-01-01"
    days: int = 730


@dataclass(frozen=True)
class _Employer:
    name: str
    province: str
    city: str
    districts: tuple[str, ...]
    product: str
    founded: int
    staff: int
    contact: str


def _employer(rng: random.Random, index: int, cities: list, cumulative: list[int], taken: set[str]) -> _Employer:
    province, city, districts, _ = cities[bisect.bisect(cumulative, rng.random() * cumulative[-1])]
    product = rng.choice(w.PRODUCTS)
    brand = rng.choice(w.BRAND_CHARS) + rng.choice(w.BRAND_CHARS)
    form = rng.random()
    if form < 0.45:
        name = f"{brand}{product}{rng.choice(w.SHOP_TYPES)}"
    elif form < 0.8:
        name = f"{places.short_city(city)}{brand}{rng.choice(w.COMPANY_TYPES)}"
    else:
        name = f"{rng.choice(w.SURNAMES)}记{product}{rng.choice(w.SHOP_TYPES)}"
    if name in taken:  # two shops may not share a name: add the city, then a branch number
        name = f"{name}（{places.short_city(city)}{index}号店）"
    taken.add(name)
    founded = rng.randint(2003, 2020)
    return _Employer(name, province, city, districts, product, founded, rng.choice((5, 8, 12, 20, 30, 50, 80, 120)),
                     f"hr{index}@example.com")


def _days(spec: GeneratorSpec) -> Iterator[str]:
    """spec.positions dates, ascending: weekdays and the autumn shopping season get more postings."""
    first = _dt.date.fromisoformat(spec.first_day)
    dates = [first + _dt.timedelta(days=i) for i in range(spec.days)]
    weights = [(1.0 if d.weekday() < 5 else 0.45) * (1.6 if d.month in (10, 11, 12) else 1.0) for d in dates]
    total = sum(weights)
    emitted, running = 0, 0.0
    for day, weight in zip(dates, weights):
        running += weight
        until = round(spec.positions * running / total)
        text = day.isoformat()
        for _ in range(until - emitted):
            yield text
        emitted = until


def _title(rng: random.Random, category: str, product: str, city: str) -> str:
    stem = rng.choice(w.TITLE_STEMS[category].split())
    form = rng.random()
    if form < 0.3:
        title = f"{rng.choice(w.PLATFORMS)}{product}{stem}"
    elif form < 0.5:
        title = f"{product}{stem}"
    elif form < 0.7:
        title = f"{rng.choice(w.LEVELS)}{stem}"
    elif form < 0.8:
        title = f"{places.short_city(city)}{product}{stem}"
    elif form < 0.9:
        title = f"{rng.choice(w.PLATFORMS)}{rng.choice(w.LEVELS)}{stem}"
    else:
        title = stem
    if rng.random() < 0.25:
        title += rng.choice(w.NOTES)
    return title


def _salary(rng: random.Random, category: str, city: str, part_time: bool) -> tuple[int | None, int | None, str]:
    if rng.random() < 0.08:
        return None, None, "month"  # 面议: negotiable
    low, high = SALARY_RANGES[category]
    factor = 1.3 if city in places.HIGH_WAGE_CITIES else 1.0
    if part_time and rng.random() < 0.6:
        base = rng.randint(16, 30) * factor
        return round(base), round(base) + rng.choice((0, 2, 5, 10)), "hour"
    if category in ("packer", "assembler") and rng.random() < 0.15:
        return rng.randint(1, 2), rng.randint(2, 4), "piece"
    start = round(rng.uniform(low, (low + high) / 2) * factor / 100) * 100
    return start, start + rng.choice((500, 1000, 1500, 2000, 3000)), "month"


def _pick(rng: random.Random, pool: tuple[str, ...], most: int) -> list[str]:
    return rng.sample(pool, rng.randint(1, min(most, len(pool))))


def _ordered(vocabulary: tuple[v.Term, ...], chosen: set[str]) -> tuple[str, ...]:
    return tuple(t.code for t in vocabulary if t.code in chosen)


def _position(rng: random.Random, spec: GeneratorSpec, number: int, day: str, employer: _Employer) -> Position:
    category = rng.choices(CATEGORY_CODES, CATEGORY_WEIGHTS)[0]
    product = rng.choice(w.CATEGORY_PRODUCTS.get(category, ())) if category in w.CATEGORY_PRODUCTS and rng.random() < 0.6 \
        else employer.product
    home = HOME_SHARE.get(category, 0.0)
    mode_roll = rng.random()
    work_mode = "home_based" if mode_roll < home else "hybrid" if mode_roll < home * 1.35 else "on_site"
    kinds = rng.choices(("full_time", "part_time", "intern", "contractor", "temporary"), (70, 20, 4, 3, 3))[0]
    employment = ("full_time", "part_time") if kinds == "part_time" and rng.random() < 0.3 else (kinds,)
    salary_min, salary_max, unit = _salary(rng, category, employer.city, kinds == "part_time")
    suits = set(_pick(rng, SUITS.get(category, DEFAULT_SUITS), 3))
    # sorted: iterating a set of strings follows PYTHONHASHSEED, and the seed must decide alone.
    accommodations = {a for d in sorted(suits) for a in FITTING_ACCOMMODATIONS[d] if rng.random() < 0.6}
    interviews = {"text"} if "hearing" in suits or "speech" in suits else set()
    interviews.update(rng.sample(("video", "in_person", "phone"), rng.randint(1, 2)))
    if work_mode != "on_site":
        interviews.discard("in_person")
        interviews.add("video")
        accommodations.add("remote_interview")
    if "hearing" in suits and rng.random() < 0.4:
        interviews.add("sign_language_interpreter")
    if rng.random() < 0.25:
        accommodations.add("flexible_hours")
    on_site = work_mode == "on_site"
    if on_site and rng.random() < 0.1:
        accommodations.add("transport")
    training = rng.choice((3, 5, 7, 10, 14, 30, 60, 90)) if rng.random() < 0.35 else 0
    subsidy = rng.randrange(500, 2100, 100) if training and rng.random() < 0.4 else None
    meals = on_site and rng.random() < 0.45
    housing = on_site and rng.random() < 0.2
    district = rng.choice(employer.districts)
    openings = rng.choices((1, 2, 3, 4, 5, 6, 8, 10, 20), (40, 20, 12, 8, 7, 4, 4, 3, 2))[0]
    title = _title(rng, category, product, employer.city)
    values = {"employer": employer.name, "city": employer.city, "city_short": places.short_city(employer.city),
              "district": district, "product": product, "years": 2022 - employer.founded, "staff": employer.staff,
              "founded": employer.founded, "founded_next": employer.founded + rng.randint(1, 3), "title": title,
              "openings": openings, "wpm": rng.choice((30, 40, 50, 60)), "days": training, "subsidy": subsidy,
              "contact": employer.contact}
    parts = [rng.choice(w.INTROS), rng.choice(w.HIRING)]
    parts.append("主要工作：" + "；".join(_pick(rng, w.DUTIES[category], 3)) + "。")
    parts.append("要求：" + "；".join(rng.sample(w.REQUIREMENTS, rng.randint(1, 3))) + "。")
    parts.append(rng.choice(w.WORK_MODE_NOTES[work_mode]))
    parts.extend(w.DISABILITY_NOTES[d] for d in sorted(suits) if rng.random() < 0.7)
    parts.extend(w.ACCOMMODATION_NOTES[a] for a in sorted(accommodations) if rng.random() < 0.5)
    if training:
        parts.append(rng.choice(w.TRAINING_NOTES))
    if subsidy:
        parts.append(rng.choice(w.SUBSIDY_NOTES))
    if meals:
        parts.append(rng.choice(w.MEALS_NOTES))
    if housing:
        parts.append(rng.choice(w.HOUSING_NOTES))
    parts.extend(rng.sample(w.BENEFITS, rng.randint(1, 3)))
    parts.append(rng.choice(w.CLOSINGS))
    description = "".join(parts).format(**values)
    apply = {"cdpf_platform", "taobao", "alipay"} if rng.random() < 0.5 else set(rng.sample(
        ("cdpf_platform", "taobao", "alipay", "email", "in_person", "service_centre"), rng.randint(1, 3)))
    through = None
    if rng.random() < 0.7:
        through = (_dt.date.fromisoformat(day) + _dt.timedelta(days=rng.choice((30, 60, 90, 180, 365)))).isoformat()
    questions = tuple(rng.sample(w.QUESTIONS, rng.randint(1, 2))) if rng.random() < 0.2 else ()
    return Position(
        external_id=f"{spec.id_prefix}-{spec.seed}-{number:07d}", title=title, employer=employer.name,
        category=category, province=employer.province, city=employer.city, district=district, work_mode=work_mode,
        employment_types=_ordered(v.EMPLOYMENT_TYPES, set(employment)), openings=openings, salary_min=salary_min,
        salary_max=salary_max, salary_unit=unit, training_days=training, training_subsidy=subsidy, meals=meals,
        housing=housing, disabilities=_ordered(v.DISABILITIES, suits),
        accommodations=_ordered(v.ACCOMMODATIONS, accommodations),
        interview_channels=_ordered(v.INTERVIEW_CHANNELS, interviews), apply_channels=_ordered(v.APPLY_CHANNELS, apply),
        apply_contact=employer.contact if "email" in apply else "", date_posted=day, valid_through=through,
        description=description, questions=questions, source=spec.source,
    )


def generate(spec: GeneratorSpec) -> Iterator[Position]:
    """The positions of `spec`, streamed in date_posted order."""
    rng = random.Random(spec.seed)
    cities = places.cities()
    cumulative, total = [], 0
    for *_, weight in cities:
        total += weight
        cumulative.append(total)
    taken: set[str] = set()
    employers = [_employer(rng, i + 1, cities, cumulative, taken) for i in range(max(1, spec.employers))]
    count = len(employers)
    for number, day in enumerate(_days(spec), start=1):
        # Skewed choice: a few large shops post many positions, most post one or two.
        employer = employers[int(count * rng.random() ** 2.2)]
        yield _position(rng, spec, number, day, employer)


def write_jsonl(spec: GeneratorSpec, path: str | Path) -> int:
    """Write the positions of `spec` to a JSON Lines file at `path` (atomically); returns how many."""
    from db.catalogue_export import write_atomically

    return write_atomically(path, "jsonl", generate(spec))
