"""Search results equal a brute-force match computed straight from the positions' fields.

The brute force below is written from the query language's definition, not
from the index code: it cuts text into characters and words with its own
regular expression and reads pinyin per run of characters with pypinyin.
"""
from __future__ import annotations

import re
from typing import Iterable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin

from db import vocabulary as v
from db.catalogue_schema import open_catalogue
from db.catalogue_search import CatalogueSearch, Filters, SearchRequest, Sort
from db.position import Position, monthly_salary
from tests.db.test_search_index import insert

# Characters chosen so that readings collide: 客 ke / 开 kai / 科 ke share k,
# 服 fu / 发 fa share f, 博 bo / 播 bo sound alike; none is read differently in context.
HANZI = "客服开发科淄博主播面点师专员"
WORDS = ("java", "jam", "service", "serve", "kefu", "zb", "data", "9")
CITIES = ("淄博市", "北京市", "开封市", "")
CATEGORIES = ("customer_service", "livestream_host", "pastry_chef", "data_labelling")
DISABILITIES = v.codes(v.DISABILITIES)[:3]
ACCOMMODATIONS = v.codes(v.ACCOMMODATIONS)[:3]

# Mostly whole words, so that initials and pinyin have something to find.
HANZI_WORDS = ("客服", "开发", "科技", "淄博", "主播", "面点师", "专员", "服务")
piece = st.one_of(st.sampled_from(HANZI_WORDS), st.sampled_from(HANZI), st.sampled_from(WORDS).map(lambda w: f" {w} "),
                  st.sampled_from(" ,·"))
WORK_MODES = v.codes(v.WORK_MODES)
text = st.lists(piece, max_size=8).map("".join)

positions = st.builds(
    Position,
    external_id=st.just("x"),
    title=text, employer=text, description=text,
    category=st.sampled_from(CATEGORIES), city=st.sampled_from(CITIES),
    date_posted=st.sampled_from(("2024-01-01", "2024-01-02", "2024-02-01")),
    salary_max=st.one_of(st.none(), st.integers(1000, 9000)),
    disabilities=st.lists(st.sampled_from(DISABILITIES), unique=True).map(lambda x: tuple(sorted(x, key=DISABILITIES.index))),
    accommodations=st.lists(st.sampled_from(ACCOMMODATIONS), unique=True).map(lambda x: tuple(sorted(x, key=ACCOMMODATIONS.index))),
    meals=st.booleans(), housing=st.booleans(), work_mode=st.sampled_from(WORK_MODES),
)

# Queries: runs of characters, words and their prefixes, pinyin (full,
# partial, initials) of the alphabet, and a little punctuation.
hanzi_run = st.text(HANZI, min_size=1, max_size=3)
query_term = st.one_of(
    hanzi_run,
    hanzi_run.map(lambda s: "".join(lazy_pinyin(s))).flatmap(lambda p: st.integers(1, len(p)).map(lambda n: p[:n])),
    hanzi_run.map(lambda s: "".join(x[0] for x in lazy_pinyin(s))),
    st.sampled_from(WORDS).flatmap(lambda w: st.integers(1, len(w)).map(lambda n: w[:n])),
    st.sampled_from(("kefu", "kef", "ke", "kf", "zibo", "zb", "zhubo", "kaifa", "kai", "mian", "mdian", "zhuanyuan",
                     "shi", "fuzhuan", "boz", "k", "f", "bo", "kfz", "kefuzhuan", "xyz")),
    st.tuples(st.text(HANZI, min_size=1, max_size=2), st.sampled_from(WORDS)).map("".join),
    st.sampled_from(('"', "AND", "*", "(客", "服)")),
)
queries = st.lists(query_term, max_size=3).map(" ".join)

filters = st.just(Filters()) | st.just(Filters()) | st.builds(
    Filters,
    categories=st.lists(st.sampled_from(CATEGORIES), max_size=2, unique=True).map(tuple),
    cities=st.lists(st.sampled_from(CITIES[:3]), max_size=2, unique=True).map(tuple),
    disabilities=st.lists(st.sampled_from(DISABILITIES), max_size=2, unique=True).map(tuple),
    accommodations=st.lists(st.sampled_from(ACCOMMODATIONS), max_size=2, unique=True).map(tuple),
    work_modes=st.lists(st.sampled_from(WORK_MODES), max_size=2, unique=True).map(tuple),
    meals=st.sampled_from((None, True, False)),
    housing=st.sampled_from((None, True, False)),
    salary_min=st.one_of(st.none(), st.integers(1000, 9000)),
)

UNIT = re.compile(r"[a-z0-9]+|[\u4e00-\u9fff]")


def units(s: str) -> list[str]:
    """Characters and words of `s`, lower case; everything else separates."""
    return UNIT.findall(s.lower())


def contains_run(haystack: list[str], needle: list[str]) -> bool:
    """`needle` appears contiguously in `haystack`; its last piece, if a word, may be a prefix."""
    n = len(needle)
    for i in range(len(haystack) - n + 1):
        window = haystack[i:i + n]
        last, wanted = window[-1], needle[-1]
        if window[:-1] == needle[:-1] and (
                last == wanted or (wanted.isascii() and last.isascii() and last.startswith(wanted))):
            return True
    return False


def readings(field: str) -> list[list[str]]:
    """Pinyin of each run of characters in `field` not interrupted by a word."""
    runs: list[list[str]] = [[]]
    for unit in units(field):
        if unit.isascii():
            runs.append([])
        else:
            runs[-1].append(unit)
    return [lazy_pinyin("".join(r), style=Style.NORMAL) for r in runs if r]


def matches_term(position: Position, term: str) -> bool:
    category = v.by_code(v.CATEGORIES)[position.category]
    mode = v.by_code(v.WORK_MODES)[position.work_mode]
    fields = (position.title, position.employer, category.zh, category.en, mode.zh, mode.en,
              position.province, position.city, position.district, position.description)
    needle = units(term)
    if any(contains_run(units(f), needle) for f in fields):
        return True
    # Two letters or more are also pinyin or initials (one letter is only a word prefix).
    if len(needle) != 1 or not re.fullmatch(r"[a-z]{2,}", needle[0]):
        return False
    word = needle[0]
    for field in (position.title, position.employer, category.zh, position.city):
        for syllables in readings(field):
            if any("".join(syllables[i:]).startswith(word) for i in range(len(syllables))):
                return True
            if len(word) <= 8 and word in "".join(s[0] for s in syllables):
                return True
    return False


def passes(position: Position, f: Filters) -> bool:
    salary = monthly_salary(position.salary_max, position.salary_unit)
    return ((not f.categories or position.category in f.categories)
            and (not f.cities or position.city in f.cities)
            and (not f.disabilities or bool(set(f.disabilities) & set(position.disabilities)))
            and set(f.accommodations) <= set(position.accommodations)
            and (not f.work_modes or position.work_mode in f.work_modes)
            and (f.meals is None or position.meals == f.meals)
            and (f.housing is None or position.housing == f.housing)
            and (f.salary_min is None or (salary is not None and salary >= f.salary_min)))


def brute_force(catalogue: Iterable[Position], query: str, f: Filters) -> list[int]:
    """Ids of matching positions, newest first (ties: higher id first)."""
    terms = [t for t in query.split() if units(t)]
    hits = [p for p in catalogue if passes(p, f) and all(matches_term(p, t) for t in terms)]
    return [p.id for p in sorted(hits, key=lambda p: (p.date_posted, p.id), reverse=True)]  # type: ignore[misc]


def derived_term(catalogue: list[Position]) -> st.SearchStrategy[str]:
    """A term taken from the catalogue itself (a run of its characters as written, as pinyin cut anywhere,
    or as initials), so that most queries find something."""
    texts = [t for p in catalogue for t in (p.title, p.employer, p.city) if re.search("[\u4e00-\u9fff]", t)]
    if not texts:
        return query_term

    def cut(text: str) -> st.SearchStrategy[str]:
        chars = "".join(re.findall("[\u4e00-\u9fff]", text))
        return st.tuples(st.integers(0, len(chars) - 1), st.integers(1, 3)).map(lambda a: chars[a[0]:a[0] + a[1]])

    def edge(text: str) -> st.SearchStrategy[str]:
        # The first or last characters of a field: where runs and pairs start and end.
        chars = "".join(re.findall("[\u4e00-\u9fff]", text))
        return st.integers(1, 3).flatmap(lambda n: st.sampled_from((chars[:n], chars[-n:])))

    run = st.sampled_from(texts).flatmap(lambda t: st.one_of(cut(t), edge(t)))
    pinyin = run.map(lambda r: "".join(lazy_pinyin(r))).flatmap(lambda p: st.integers(1, len(p)).map(lambda n: p[:n]))
    initials = run.map(lambda r: "".join(x[0] for x in lazy_pinyin(r)))
    return st.one_of(run, pinyin, initials)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(positions, max_size=10), st.data(), filters, st.booleans())
def test_search_equals_brute_force(catalogue: list[Position], data: st.DataObject, f: Filters,
                                   date_ordered: bool) -> None:
    derived = derived_term(catalogue)
    terms = data.draw(st.lists(st.one_of(query_term, derived, derived), max_size=2), label="terms")
    query = " ".join(terms)
    if date_ordered:
        catalogue.sort(key=lambda p: p.date_posted)
    catalogue = [p.replace(external_id=f"p{i}") for i, p in enumerate(catalogue)]
    conn = open_catalogue(":memory:")
    ids = insert(conn, catalogue)
    stored = [p.replace(id=i) for p, i in zip(catalogue, ids)]
    search = CatalogueSearch(conn)
    expected = brute_force(stored, query, f)
    request = SearchRequest(query, f, Sort.DATE)
    assert search.ids(request) == expected
    assert search.count(request) == len(expected)
    assert search.first_page(request, limit=3) == expected[:3]
    assert sorted(search.ids(SearchRequest(query, f, Sort.RELEVANCE))) == sorted(expected)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_any_text_is_a_valid_query(query: str) -> None:
    conn = open_catalogue(":memory:")
    insert(conn, [Position("p1", "客服 java", "淄博", "customer_service", city="淄博市", date_posted="2024-01-01")])
    search = CatalogueSearch(conn)
    for sort in Sort:
        request = SearchRequest(query, sort=sort)
        assert search.count(request) == len(search.ids(request)) <= 1
