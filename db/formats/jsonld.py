"""schema.org JobPosting JSON-LD: one object, an array, or a document with "@graph".

Standard properties carry what schema.org can say (title, description,
identifier, hiringOrganization, jobLocation as Place/PostalAddress,
jobLocationType TELECOMMUTE, employmentType, baseSalary as MonetaryAmount
with a QuantitativeValue, datePosted, validThrough, totalJobOpenings).
Everything else a Position holds travels under "zhumeng:<field>" keys, with
"zhumeng" declared in @context, so that our export imports back exactly and
other consumers may ignore those keys. Feeds from elsewhere lack them: the
category then comes from occupationalCategory or from the title.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from db import vocabulary as v
from db.errors import InvalidRecord, UnreadableFile
from db.position import FIELD_NAMES, Position
from db.record import record_from_position

WHERE_KIND = "index"
PREFIX = "zhumeng:"
CONTEXT = {"@vocab": "https://schema.org/", "zhumeng": "urn:zhumeng:position:"}

# Fields schema.org expresses itself; the rest go under PREFIX.
_STANDARD = frozenset((
    "external_id", "title", "employer", "description", "province", "city", "district",
    "employment_types", "openings", "salary_min", "salary_max", "date_posted", "valid_through",
))
_EXTENSION_FIELDS = tuple(name for name in FIELD_NAMES if name not in _STANDARD)


def _is_job_posting(node: dict[str, Any]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == "JobPosting" for k in kinds)


def _resolve(value: Any, nodes: dict[str, dict[str, Any]]) -> Any:
    # A reference {"@id": ...} to another node of the @graph (one level only:
    # JobPosting's properties never need more, and it keeps input bounded).
    if isinstance(value, dict) and set(value) == {"@id"} and value["@id"] in nodes:
        return nodes[value["@id"]]
    return value


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _identifier(value: Any) -> Any:
    value = _first(value)
    if isinstance(value, dict):
        value = value.get("value", value.get("@value"))
    return value


def _name(value: Any) -> Any:
    value = _first(value)
    return value.get("name") if isinstance(value, dict) else value


def _category_from(node: dict[str, Any]) -> Any:
    occupational = _first(node.get("occupationalCategory"))
    if isinstance(occupational, str) and v.lookup(v.CATEGORIES, occupational):
        return occupational
    title = node.get("title")
    if isinstance(title, str):
        # Longest name first, so 网站编辑 wins over a shorter name inside it.
        for term in sorted(v.CATEGORIES, key=lambda t: -len(t.zh)):
            if term.zh in title or term.en.casefold() in title.casefold():
                return term.code
    return None


def _salary(node: dict[str, Any], record: dict[str, Any]) -> None:
    salary = node.get("baseSalary")
    if salary is None:
        return
    if isinstance(salary, (int, float, str)):
        record["salary_min"] = record["salary_max"] = salary
        return
    if not isinstance(salary, dict):
        raise InvalidRecord("baseSalary", "wrong_type", salary)
    currency = salary.get("currency", "CNY")
    if currency not in ("CNY", "RMB", "", None):
        raise InvalidRecord("baseSalary", "unsupported_currency", currency)
    value = salary.get("value")
    if isinstance(value, dict):
        if "unitText" in value:
            record["salary_unit"] = value["unitText"]
        exact = value.get("value")
        record["salary_min"] = value.get("minValue", exact)
        record["salary_max"] = value.get("maxValue", exact)
    elif value is not None:
        record["salary_min"] = record["salary_max"] = value


def _location(node: dict[str, Any], nodes: dict[str, dict[str, Any]], record: dict[str, Any]) -> None:
    place = _resolve(_first(node.get("jobLocation")), nodes)
    if not isinstance(place, dict):
        return
    address = _resolve(place.get("address", place), nodes)
    if isinstance(address, dict):
        record["province"] = address.get("addressRegion")
        record["city"] = address.get("addressLocality")
        record["district"] = address.get("streetAddress")


def record_from_job_posting(node: dict[str, Any], nodes: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The flat record of one JobPosting object; `nodes` are the other @graph nodes by @id."""
    record: dict[str, Any] = {
        "external_id": _identifier(node.get("identifier", node.get("@id"))),
        "title": node.get("title"),
        "employer": _name(_resolve(node.get("hiringOrganization"), nodes)),
        "description": node.get("description"),
        "date_posted": node.get("datePosted"),
        "valid_through": node.get("validThrough"),
    }
    if "employmentType" in node:
        kinds = node["employmentType"]
        record["employment_types"] = [kinds] if isinstance(kinds, str) else kinds
    if "totalJobOpenings" in node:
        record["openings"] = node["totalJobOpenings"]
    if node.get("jobLocationType") == "TELECOMMUTE":
        record["work_mode"] = "home_based"
    _location(node, nodes, record)
    _salary(node, record)
    for name in _EXTENSION_FIELDS:
        key = PREFIX + name
        if key in node:
            record[name] = node[key]
    if "category" not in record:
        record["category"] = _category_from(node)
    return record


def job_posting(position: Position) -> dict[str, Any]:
    """The JobPosting object for `position` (without @context)."""
    record = record_from_position(position)
    node: dict[str, Any] = {
        "@type": "JobPosting",
        "identifier": {"@type": "PropertyValue", "propertyID": "zhumeng", "value": position.external_id},
        "title": position.title,
        "description": position.description,
        "hiringOrganization": {"@type": "Organization", "name": position.employer},
        "employmentType": [code.upper() for code in position.employment_types],
        "totalJobOpenings": position.openings,
    }
    if position.date_posted:  # unknown dates are left out: schema.org has no empty date
        node["datePosted"] = position.date_posted
    if position.valid_through:
        node["validThrough"] = position.valid_through
    address = {"@type": "PostalAddress", "addressCountry": "CN"}
    for key, value in (("addressRegion", position.province), ("addressLocality", position.city),
                       ("streetAddress", position.district)):
        if value:
            address[key] = value
    node["jobLocation"] = {"@type": "Place", "address": address}
    if position.work_mode == "home_based":
        node["jobLocationType"] = "TELECOMMUTE"
    if position.salary_min is not None or position.salary_max is not None:
        amount: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": position.salary_unit.upper()}
        if position.salary_min is not None:
            amount["minValue"] = position.salary_min
        if position.salary_max is not None:
            amount["maxValue"] = position.salary_max
        node["baseSalary"] = {"@type": "MonetaryAmount", "currency": "CNY", "value": amount}
    for name in _EXTENSION_FIELDS:
        node[PREFIX + name] = record[name]
    return node


def _load(path: str | Path) -> Any:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise UnreadableFile(str(path), "cannot_open") from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableFile(str(path), "encoding", data.count(b"\n", 0, error.start) + 1) from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise UnreadableFile(str(path), "bad_json", error.lineno) from error
    except RecursionError as error:
        raise UnreadableFile(str(path), "too_deep") from error


def read(path: str | Path) -> Iterator[tuple[int, dict[str, Any] | InvalidRecord]]:
    """(index, record) for each JobPosting in the JSON-LD file at `path` (see db.formats).

    Other nodes of a @graph (an Organization referred to by @id) are used to
    resolve references and are not records themselves.
    """
    document = _load(path)
    if isinstance(document, dict) and "@graph" in document:
        items = document["@graph"]
    elif isinstance(document, list):
        items = document
    else:
        items = [document]
    if not isinstance(items, list):
        raise UnreadableFile(str(path), "wrong_type")
    nodes = {item["@id"]: item for item in items
             if isinstance(item, dict) and isinstance(item.get("@id"), str) and not _is_job_posting(item)}
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            yield index, InvalidRecord("", "wrong_type", str(item)[:50])
        elif _is_job_posting(item):
            try:
                yield index, record_from_job_posting(item, nodes)
            except InvalidRecord as problem:
                yield index, problem
        elif "@id" not in item:
            yield index, InvalidRecord("@type", "not_a_job_posting", item.get("@type"))


def write(stream: IO[bytes], positions: Iterable[Position]) -> int:
    """Write `positions` as one JSON-LD document with an @graph of JobPostings; returns the count."""
    stream.write(b'{"@context": ' + json.dumps(CONTEXT).encode() + b',\n "@graph": [')
    count = 0
    for position in positions:
        stream.write((",\n  " if count else "\n  ").encode())
        stream.write(json.dumps(job_posting(position), ensure_ascii=False).encode("utf-8"))
        count += 1
    stream.write(b"\n]}\n")
    return count
