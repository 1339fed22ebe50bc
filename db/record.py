"""Turning a raw record (a dict, a CSV row, a JSON object) into a validated Position.

Every import format first maps its input onto a *flat record*: a mapping
from Position field names to values. Values may be JSON types (JSON Lines,
JSON-LD) or strings (CSV), so each field accepts both spellings: "3" and 3,
"true"/"是" and True, vocabulary codes and their Chinese or English names,
multi-valued fields as a list or as one string separated by | ; , 、.
`position_from_record` validates it and raises InvalidRecord(field, reason,
value) on the first problem; `record_from_position` is its exact inverse,
used by every writer, so export-then-import round-trips.

Reason codes (stable; desktop/ translates them): required, wrong_type,
not_a_number, out_of_range, unknown_value, bad_date, date_order,
salary_order, too_long, bad_text.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from typing import Any, Callable, Mapping

from db import vocabulary as v
from db.errors import InvalidRecord
from db.position import FIELD_NAMES, MASK_FIELDS, Position

REQUIRED = ("external_id", "title", "employer", "category")

# Single-line text fields and how long each may be. A record past these is
# almost certainly a broken file (a 10 MB line), not a real posting.
TEXT_LIMITS = {
    "external_id": 200,
    "title": 200,
    "employer": 200,
    "province": 50,
    "city": 50,
    "district": 100,
    "apply_contact": 500,
}
DESCRIPTION_LIMIT = 20_000
QUESTION_LIMIT = 500
MAX_QUESTIONS = 20
MAX_INT = 10**9

VOCAB_FIELDS: dict[str, tuple[v.Term, ...]] = {
    "category": v.CATEGORIES,
    "work_mode": v.WORK_MODES,
    "salary_unit": v.SALARY_UNITS,
    "source": v.SOURCES,
}
MULTI_FIELDS: dict[str, tuple[v.Term, ...]] = {name: vocab for name, (_, vocab) in MASK_FIELDS.items()}
INT_FIELDS = ("openings", "salary_min", "salary_max", "training_days", "training_subsidy")
OPTIONAL_INT_FIELDS = ("salary_min", "salary_max", "training_subsidy")
BOOL_FIELDS = ("meals", "housing")
# Fields whose empty spreadsheet cell means "the usual" rather than "none".
DEFAULT_IF_EMPTY = frozenset(("work_mode", "salary_unit", "source", "openings", "training_days"))

# Header names people use in spreadsheets, mapped to field names.
FIELD_ALIASES: dict[str, str] = {
    "id": "external_id", "编号": "external_id", "职位编号": "external_id",
    "职位": "title", "职位名称": "title", "岗位": "title", "岗位名称": "title",
    "单位": "employer", "企业": "employer", "店铺": "employer", "用人单位": "employer", "招聘单位": "employer",
    "类别": "category", "岗位类别": "category", "职位类别": "category",
    "省": "province", "省份": "province", "市": "city", "城市": "city", "区县": "district", "区": "district",
    "工作方式": "work_mode", "用工形式": "employment_types", "招聘人数": "openings", "人数": "openings",
    "最低工资": "salary_min", "最高工资": "salary_max", "工资单位": "salary_unit",
    "培训天数": "training_days", "培训补贴": "training_subsidy", "包吃": "meals", "包住": "housing",
    "适合残疾类别": "disabilities", "残疾类别": "disabilities", "无障碍支持": "accommodations",
    "面试方式": "interview_channels", "报名渠道": "apply_channels", "联系方式": "apply_contact",
    "发布日期": "date_posted", "截止日期": "valid_through", "职位描述": "description", "描述": "description",
    "问题": "questions", "来源": "source",
}

_BAD_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_SEPARATORS = re.compile(r"\s*[|;,，、；]\s*")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TRUE = frozenset(("true", "1", "yes", "y", "是", "有", "提供", "包"))
_FALSE = frozenset(("false", "0", "no", "n", "否", "无", "不提供", "不包", ""))
_EMPTY_SALARY = frozenset(("", "面议", "negotiable"))

# Memo of vocabulary look-ups: a 600k import repeats the same few hundred values.
_lookup_memo: dict[tuple[int, str], str | None] = {}


def canonical_field(name: str) -> str:
    """The field name for a column header or key (field names, aliases, case and spaces ignored)."""
    key = name.strip().lstrip("\ufeff")
    if key in FIELD_ALIASES:
        return FIELD_ALIASES[key]
    return key.casefold().replace(" ", "_").replace("-", "_")


def lookup_code(vocabulary: tuple[v.Term, ...], field: str, value: object) -> str:
    """The vocabulary code for `value` (a code, a Chinese or English name); InvalidRecord if unknown."""
    if not isinstance(value, str):
        raise InvalidRecord(field, "wrong_type", value)
    memo_key = (id(vocabulary), value)
    try:
        code = _lookup_memo[memo_key]
    except KeyError:
        code = v.lookup(vocabulary, value)
        if len(_lookup_memo) < 10_000:
            _lookup_memo[memo_key] = code
    if code is None:
        raise InvalidRecord(field, "unknown_value", value)
    return code


def _text(field: str, value: object, limit: int) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and field == "external_id":
        value = str(value)  # numeric ids from spreadsheets and feeds
    if not isinstance(value, str):
        raise InvalidRecord(field, "wrong_type", value)
    value = value.strip()
    if len(value) > limit:
        raise InvalidRecord(field, "too_long", value[:50])
    if "\n" in value or "\r" in value or "\t" in value or _BAD_TEXT.search(value):
        raise InvalidRecord(field, "bad_text", value)
    return value


def _long_text(field: str, value: object, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidRecord(field, "wrong_type", value)
    if len(value) > limit:
        raise InvalidRecord(field, "too_long", value[:50])
    if _BAD_TEXT.search(value):
        raise InvalidRecord(field, "bad_text", value[:50])
    return value.strip()


def _int(field: str, value: object, optional: bool) -> int | None:
    if value is None or (isinstance(value, str) and value.strip().casefold() in _EMPTY_SALARY):
        if optional:
            return None
        raise InvalidRecord(field, "required", value)
    if isinstance(value, bool):
        raise InvalidRecord(field, "wrong_type", value)
    if isinstance(value, str):
        text = value.strip().replace(",", "")
        try:
            number = float(text) if "." in text or "e" in text.casefold() else int(text)
        except ValueError:
            raise InvalidRecord(field, "not_a_number", value) from None
    elif isinstance(value, (int, float)):
        number = value
    else:
        raise InvalidRecord(field, "wrong_type", value)
    if isinstance(number, float):
        if not number.is_integer():
            raise InvalidRecord(field, "not_a_number", value)
        number = int(number)
    if not 0 <= number <= MAX_INT:
        raise InvalidRecord(field, "out_of_range", value)
    return number


def _bool(field: str, value: object) -> bool:
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        key = value.strip().casefold()
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        raise InvalidRecord(field, "unknown_value", value)
    raise InvalidRecord(field, "wrong_type", value)


def _date(field: str, value: object, optional: bool) -> str | None:
    if value is None or value == "":
        return None if optional else ""
    if not isinstance(value, str):
        raise InvalidRecord(field, "wrong_type", value)
    text = value.strip()
    # Feeds often give a timestamp; the catalogue keeps the day.
    day = text[:10] if len(text) > 10 and text[10] in "T " else text
    if not _DATE.fullmatch(day):
        raise InvalidRecord(field, "bad_date", value)
    try:
        _dt.date.fromisoformat(day)
    except ValueError:
        raise InvalidRecord(field, "bad_date", value) from None
    return day


def _multi(field: str, vocabulary: tuple[v.Term, ...], value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        items: list[Any] = [item for item in _SEPARATORS.split(value.strip()) if item]
    elif isinstance(value, list):
        items = value
    else:
        raise InvalidRecord(field, "wrong_type", value)
    codes = {lookup_code(vocabulary, field, item) for item in items}
    # Vocabulary order, so that equal sets compare equal after a round trip.
    return tuple(term.code for term in vocabulary if term.code in codes)


def _questions(value: object) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        if value.lstrip().startswith("["):
            try:
                value = json.loads(value)
            except (ValueError, RecursionError):
                raise InvalidRecord("questions", "wrong_type", value) from None
        else:
            value = value.splitlines()
    if not isinstance(value, list):
        raise InvalidRecord("questions", "wrong_type", value)
    if len(value) > MAX_QUESTIONS:
        raise InvalidRecord("questions", "too_long", len(value))
    questions = tuple(_text("questions", item, QUESTION_LIMIT) for item in value)
    return tuple(q for q in questions if q)


def _build_parsers() -> dict[str, Callable[[object], Any]]:
    parsers: dict[str, Callable[[object], Any]] = {}
    for name, limit in TEXT_LIMITS.items():
        parsers[name] = lambda value, name=name, limit=limit: _text(name, value, limit)
    parsers["description"] = lambda value: _long_text("description", value, DESCRIPTION_LIMIT)
    for name, vocab in VOCAB_FIELDS.items():
        parsers[name] = lambda value, name=name, vocab=vocab: lookup_code(vocab, name, value)
    for name, vocab in MULTI_FIELDS.items():
        parsers[name] = lambda value, name=name, vocab=vocab: _multi(name, vocab, value)
    for name in INT_FIELDS:
        parsers[name] = lambda value, name=name: _int(name, value, name in OPTIONAL_INT_FIELDS)
    for name in BOOL_FIELDS:
        parsers[name] = lambda value, name=name: _bool(name, value)
    parsers["date_posted"] = lambda value: _date("date_posted", value, optional=False)
    parsers["valid_through"] = lambda value: _date("valid_through", value, optional=True)
    parsers["questions"] = _questions
    missing = set(FIELD_NAMES) - set(parsers)
    assert not missing, f"fields without a parser: {missing}"
    return parsers


_PARSERS = _build_parsers()


def position_from_record(record: Mapping[str, Any], *, default_source: str = "import") -> Position:
    """A validated Position from a flat record keyed by field name.

    Missing keys take the Position defaults (source: `default_source`); a key
    that is present but empty means "none" (no salary, no disabilities).
    Unknown keys are ignored, so spreadsheets may carry extra columns.
    Raises InvalidRecord(field, reason, value) for the first problem found.
    """
    values: dict[str, Any] = {"source": default_source}
    for name in REQUIRED:
        raw = record.get(name)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            raise InvalidRecord(name, "required", "")
    for name, raw in record.items():
        parser = _PARSERS.get(name)
        if parser is None or (name in DEFAULT_IF_EMPTY and (raw is None or raw == "")):
            continue
        values[name] = parser(raw)
    low, high = values.get("salary_min"), values.get("salary_max")
    if low is not None and high is not None and low > high:
        raise InvalidRecord("salary_max", "salary_order", high)
    posted, through = values.get("date_posted") or "", values.get("valid_through")
    if posted and through and through < posted:
        raise InvalidRecord("valid_through", "date_order", through)
    return Position(**values)


def record_from_position(position: Position) -> dict[str, Any]:
    """The flat record (JSON types, field order) of `position`; position_from_record inverts it."""
    record: dict[str, Any] = {}
    for name in FIELD_NAMES:
        value = getattr(position, name)
        record[name] = list(value) if isinstance(value, tuple) else value
    return record
