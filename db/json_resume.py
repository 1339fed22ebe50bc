"""Import and export an applicant's profile as a JSON Resume document.

The document is valid against the official schema
(resources/schemas/json-resume.schema.json). The schema allows no extra
top-level keys, but `meta` accepts any, so Zhumeng's own fields travel under
``meta["x-zhumeng"]``; everything else in the document (including résumé
sections and fields Zhumeng does not edit) is kept as it was, so
import(export(profile)) == profile exactly.
"""
from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from db.applicants import Profile
from db.atomic_file import replacing
from db.paths import RESOURCES_DIR
from db.userdata_errors import InvalidProfile

SCHEMA_PATH = RESOURCES_DIR / "schemas" / "json-resume.schema.json"
EXTENSION_KEY = "x-zhumeng"
EXTENSION_VERSION = 1


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The official JSON Resume schema."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate_resume(document: object) -> None:
    """Raise InvalidProfile(field=<JSON path>, reason="schema") unless `document` is valid JSON Resume."""
    # jsonschema is imported here so that db/ loads without it where only
    # export is used; it is a declared dependency for import.
    import jsonschema

    validator = jsonschema.Draft4Validator(schema(), format_checker=jsonschema.FormatChecker())
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "$"
        raise InvalidProfile(where, "schema", error.message)


def export_resume(profile: Profile) -> dict[str, Any]:
    """The profile as a JSON Resume document (with Zhumeng's fields under meta["x-zhumeng"])."""
    document = copy.deepcopy(profile.resume)
    meta = document.setdefault("meta", {})
    meta[EXTENSION_KEY] = {
        "version": EXTENSION_VERSION,
        "disability": profile.disability,
        "disabilityGrade": profile.disability_grade,
        "accommodations": list(profile.accommodations),
        "interviewChannels": list(profile.interview_channels),
        "disclosed": list(profile.disclosed),
    }
    return document


def import_resume(document: object) -> Profile:
    """A profile from a JSON Resume document (ours or any other tool's).

    Raises InvalidProfile for a document that is not valid JSON Resume or
    whose Zhumeng fields are outside their vocabularies. A document from
    another tool gets the default disclosure choices.
    """
    validate_resume(document)
    assert isinstance(document, dict)
    resume = copy.deepcopy(document)
    meta = resume.get("meta")
    extension = meta.pop(EXTENSION_KEY, None) if isinstance(meta, dict) else None
    if isinstance(meta, dict) and not meta:
        del resume["meta"]  # it only carried our extension
    if extension is None:
        profile = Profile(resume=resume)
    elif not isinstance(extension, dict):
        raise InvalidProfile(f"meta/{EXTENSION_KEY}", "not_an_object")
    else:
        profile = Profile(
            resume=resume,
            disability=extension.get("disability"),
            disability_grade=extension.get("disabilityGrade"),
            accommodations=tuple(_strings(extension, "accommodations")),
            interview_channels=tuple(_strings(extension, "interviewChannels")),
            disclosed=tuple(_strings(extension, "disclosed", default=list(Profile().disclosed))),
        )
    profile = profile.normalised()
    profile.validate()
    return profile


def _strings(extension: dict[str, Any], key: str, default: list[str] | None = None) -> list[str]:
    value = extension.get(key, [] if default is None else default)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise InvalidProfile(f"meta/{EXTENSION_KEY}/{key}", "not_a_list_of_codes", value)
    return value


def write_resume(profile: Profile, path: Path) -> None:
    """Write the profile's JSON Resume document to `path` (UTF-8, readable indentation), atomically."""
    text = json.dumps(export_resume(profile), ensure_ascii=False, indent=2)
    write_text_atomically(Path(path), text + "\n")


def write_text_atomically(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write `text` to `path` whole or not at all (see db.atomic_file.replacing)."""
    with replacing(path) as stream:
        stream.write(text.encode(encoding))


def read_resume(path: Path) -> Profile:
    """Read a profile from a JSON Resume file; InvalidProfile if it is not valid JSON or JSON Resume
    (also when nested too deeply to read)."""
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InvalidProfile("$", "not_json", str(error)) from error
    except RecursionError as error:
        raise InvalidProfile("$", "too_deep") from error
    return import_resume(document)

