"""The synthetic catalogue generator: deterministic, valid, varied, realistic."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter

import pytest

from db import generator_places as places
from db import vocabulary as v
from db.generator import GeneratorSpec, generate
from db.record import position_from_record, record_from_position

SPEC = GeneratorSpec(positions=6000, employers=800, seed=1)


@pytest.fixture(scope="module")
def sample() -> list:
    return list(generate(SPEC))


def test_same_seed_gives_the_same_catalogue_and_another_seed_a_different_one(sample) -> None:
    assert list(generate(SPEC)) == sample
    other = list(generate(GeneratorSpec(positions=6000, employers=800, seed=2)))
    assert sum(a.title == b.title for a, b in zip(sample, other)) < 600


def _digest_in_a_fresh_interpreter(hash_seed: str) -> str:
    script = ("import hashlib, json; from db.generator import GeneratorSpec, generate; from db.record import "
              "record_from_position; h = hashlib.sha256(); "
              "[h.update(json.dumps(record_from_position(p), ensure_ascii=False).encode()) "
              "for p in generate(GeneratorSpec(positions=3000, employers=500, seed=1))]; print(h.hexdigest())")
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env).stdout


def test_output_depends_on_the_seed_alone_not_on_string_hashing() -> None:
    # Python salts str hashes per process: set iteration order must never steer the generator.
    assert _digest_in_a_fresh_interpreter("1") == _digest_in_a_fresh_interpreter("2")


def test_records_come_in_posting_date_order_over_about_two_years(sample) -> None:
    dates = [p.date_posted for p in sample]
    assert dates == sorted(dates)
    assert dates[0] == "2021-01-01" and dates[-1] >= "2022-12-20"
    assert len(set(dates)) > 700


def test_every_generated_position_is_valid_and_unique(sample) -> None:
    assert all(position_from_record(record_from_position(p)) == p for p in sample)
    assert len({p.external_id for p in sample}) == len(sample)
    assert all(p.source == "sample" for p in sample)


def test_vocabulary_is_large_not_a_handful_of_templates(sample) -> None:
    assert len({p.title for p in sample}) > 4000
    assert len({p.employer for p in sample}) > 700
    assert len({p.city for p in sample}) > 150
    sentences = Counter(s for p in sample for s in re.split("[。！]", p.description) if s)
    assert len(sentences) > 10_000
    assert len({p.description for p in sample}) == len(sample)


def test_every_vocabulary_value_appears(sample) -> None:
    assert {p.category for p in sample} == set(v.codes(v.CATEGORIES))
    assert {p.work_mode for p in sample} == set(v.codes(v.WORK_MODES))
    assert {d for p in sample for d in p.disabilities} == set(v.codes(v.DISABILITIES))
    assert {a for p in sample for a in p.accommodations} == set(v.codes(v.ACCOMMODATIONS))
    assert {c for p in sample for c in p.interview_channels} == set(v.codes(v.INTERVIEW_CHANNELS))


def test_places_are_real_province_city_district_triples(sample) -> None:
    known = {(province, city): set(districts) for province, city, districts, _ in places.cities()}
    assert len(known) >= 150
    for p in sample:
        assert p.district in known[(p.province, p.city)]


def test_salaries_fit_the_category_and_benefits_vary(sample) -> None:
    monthly = [p for p in sample if p.salary_unit == "month" and p.salary_min is not None]
    assert all(2000 <= p.salary_min <= p.salary_max <= 25_000 for p in monthly)
    riders = [p.salary_min for p in monthly if p.category == "delivery_rider"]
    packers = [p.salary_min for p in monthly if p.category == "packer"]
    assert sum(riders) / len(riders) > sum(packers) / len(packers)
    assert 0.2 < sum(p.training_days > 0 for p in sample) / len(sample) < 0.5
    assert any(p.training_subsidy for p in sample) and any(p.meals for p in sample) and any(p.housing for p in sample)
    assert not any(p.housing for p in sample if p.work_mode == "home_based")


def test_home_based_positions_interview_remotely(sample) -> None:
    home = [p for p in sample if p.work_mode == "home_based"]
    assert home and all("in_person" not in p.interview_channels for p in home)
    assert all("remote_interview" in p.accommodations for p in home)
