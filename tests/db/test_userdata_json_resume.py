"""JSON Resume import/export: valid against the official schema, exact round trip."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import json_resume
from db import vocabulary as v
from db.applicants import DISCLOSABLE, GRADES, Profile
from db.userdata_errors import InvalidProfile


def test_schema_is_the_official_one_and_allows_our_extension_only_under_meta() -> None:
    schema = json_resume.schema()
    assert schema["title"] == "Resume Schema"
    assert schema["additionalProperties"] is False
    assert schema["properties"]["meta"]["additionalProperties"] is True
    assert {"basics", "work", "education", "skills", "languages", "certificates"} <= set(schema["properties"])


def test_export_is_valid_and_carries_our_fields_under_meta() -> None:
    profile = Profile(resume={"basics": {"name": "Li Hua", "email": "li@example.com"}}, disability="hearing",
                      disability_grade=3, accommodations=("sign_language",), interview_channels=("text",))
    document = json_resume.export_resume(profile)
    json_resume.validate_resume(document)
    assert document["meta"]["x-zhumeng"]["disability"] == "hearing"
    assert json_resume.import_resume(document) == profile


def test_another_tools_resume_imports_with_default_disclosure() -> None:
    document = {"basics": {"name": "Ana"}, "interests": [{"name": "chess"}], "meta": {"version": "v1.0.0"}}
    profile = json_resume.import_resume(document)
    assert profile.resume == document and profile.disability is None
    assert json_resume.export_resume(profile)["interests"] == [{"name": "chess"}]


@pytest.mark.parametrize("document", [
    {"basics": {"name": 5}},
    {"work": [{"startDate": "March 2020"}]},
    {"unknownTopLevel": True},
    {"basics": {"email": "not-an-email"}},
    {"meta": {"x-zhumeng": {"disability": "flying"}}},
    {"meta": {"x-zhumeng": {"accommodations": "wheelchair_access"}}},
    [],
])
def test_invalid_documents_are_refused_with_where(document: object) -> None:
    with pytest.raises(InvalidProfile) as refused:
        json_resume.import_resume(document)
    assert refused.value.field


def test_file_round_trip_keeps_chinese_readable(tmp_path: Path) -> None:
    profile = Profile(resume={"basics": {"name": "陈静"}}, disability="physical")
    path = tmp_path / "resume.json"
    json_resume.write_resume(profile, path)
    assert "陈静" in path.read_text(encoding="utf-8")
    assert json_resume.read_resume(path) == profile


def test_unreadable_file_is_a_typed_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidProfile):
        json_resume.read_resume(path)


text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
dates = st.from_regex(r"\A(19[5-9][0-9]|20[0-2][0-9])(-0[1-9](-[0-2][1-9])?)?\Z")
emails = st.from_regex(r"\A[a-z]{1,8}@[a-z]{1,8}\.(cn|com)\Z")


def sparse(**fields: st.SearchStrategy) -> st.SearchStrategy:
    return st.fixed_dictionaries({}, optional=fields)


resumes = sparse(
    basics=sparse(name=text, label=text, email=emails, phone=text, summary=text,
                  location=sparse(city=text, region=text, countryCode=st.just("CN"))),
    work=st.lists(sparse(name=text, position=text, startDate=dates, endDate=dates, summary=text,
                         highlights=st.lists(text, max_size=3)), max_size=3),
    education=st.lists(sparse(institution=text, area=text, studyType=text, startDate=dates), max_size=2),
    skills=st.lists(sparse(name=text, level=text, keywords=st.lists(text, max_size=3)), max_size=3),
    languages=st.lists(sparse(language=text, fluency=text), max_size=2),
    certificates=st.lists(sparse(name=text, date=dates, issuer=text), max_size=2),
    interests=st.lists(sparse(name=text), max_size=2),
    meta=sparse(version=text),
)
profiles = st.builds(
    Profile,
    resume=resumes,
    disability=st.none() | st.sampled_from(v.codes(v.DISABILITIES)),
    disability_grade=st.none() | st.sampled_from(GRADES),
    accommodations=st.lists(st.sampled_from(v.codes(v.ACCOMMODATIONS)), unique=True).map(tuple),
    interview_channels=st.lists(st.sampled_from(v.codes(v.INTERVIEW_CHANNELS)), unique=True).map(tuple),
    disclosed=st.lists(st.sampled_from(DISCLOSABLE), unique=True).map(tuple),
)


@settings(max_examples=150, deadline=None)
@given(profiles)
def test_round_trip_is_exact(profile: Profile) -> None:
    document = json_resume.export_resume(profile)
    json_resume.validate_resume(json.loads(json.dumps(document)))
    back = json_resume.import_resume(json.loads(json.dumps(document, ensure_ascii=False)))
    assert back == profile.normalised()
    assert json_resume.export_resume(back) == json_resume.export_resume(profile.normalised())


def test_deeply_nested_json_is_an_invalid_profile_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"basics": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(InvalidProfile) as refused:
        json_resume.read_resume(path)
    assert (refused.value.field, refused.value.reason) == ("$", "too_deep")


def test_a_full_disk_leaves_the_old_file_whole_and_no_temporary_file(tmp_path: Path) -> None:
    from tests.db.userdata_helpers import mounted_tmpfs

    with mounted_tmpfs(tmp_path / "disk", "size=64k") as disk:
        if disk is None:
            pytest.skip("needs root to mount a small tmpfs")
        path = disk / "resume.json"
        json_resume.write_resume(Profile(resume={"basics": {"name": "周明"}}), path)
        before = path.read_bytes()
        huge = Profile(resume={"basics": {"name": "周明", "summary": "我会打字。" * 40_000}})
        with pytest.raises(OSError):
            json_resume.write_resume(huge, path)
        assert path.read_bytes() == before
        assert [p.name for p in disk.iterdir()] == ["resume.json"]
        assert (path.stat().st_mode & 0o777) == 0o644
