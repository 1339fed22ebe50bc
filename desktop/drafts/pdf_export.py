"""Printable applications as PDF (normal and large print) and the 应聘信息登记表 form.

Only what the applicant chose to disclose is printed (db.applicants.disclosed_resume
and the disclosure flags). The text uses Noto Sans CJK SC (package
fonts-noto-cjk) so Chinese and English print alike. Labels are passed in
already translated by the caller (desktop/ owns all wording).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

from db import vocabulary as v
from db.applicants import Profile, disclosed_resume
from db.drafts import Draft

FONT_CANDIDATES = (Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
                   Path("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc"))
SC_INDEX = 2  # "Noto Sans CJK SC" in the collection
NORMAL_PT = 12
LARGE_PT = 24


class FontMissing(RuntimeError):
    """No CJK font to print with (install fonts-noto-cjk)."""


@dataclass(frozen=True)
class Labels:
    """Translated words the printout needs (keys are stable names, values the caller's words)."""

    words: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.words.get(key, key)


def _pdf(size: float) -> FPDF:
    font = next((path for path in FONT_CANDIDATES if path.exists()), None)
    if font is None:
        raise FontMissing(str(FONT_CANDIDATES[0]))
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("cjk", "", str(font), collection_font_number=SC_INDEX)
    pdf.set_font("cjk", size=size)
    pdf.add_page()
    return pdf


def _para(pdf: FPDF, height: float, text: str, **options: str) -> None:
    """A paragraph across the page, the next one starting below it at the left margin."""
    pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT", **options)


def _profile_lines(profile: Profile, language: str, labels: Labels) -> list[tuple[str, str]]:
    """(label, value) pairs of the disclosed profile items, in form order."""
    shown = set(profile.disclosed)
    resume = disclosed_resume(profile)
    basics = resume.get("basics", {}) if isinstance(resume.get("basics"), dict) else {}
    lines = [(labels["name"], str(basics.get("name", "")))]
    for key in ("email", "phone", "summary"):
        if basics.get(key):
            lines.append((labels[key], str(basics[key])))
    location = basics.get("location")
    if isinstance(location, dict) and "location" in shown:
        lines.append((labels["location"], " ".join(str(location.get(k, "")) for k in ("region", "city", "address") if location.get(k))))
    if "disability" in shown and profile.disability:
        grade = f" {labels['grade']} {profile.disability_grade}" if "disability_grade" in shown and profile.disability_grade else ""
        lines.append((labels["disability"], v.by_code(v.DISABILITIES)[profile.disability].name(language) + grade))
    if "accommodations" in shown and profile.accommodations:
        lines.append((labels["accommodations"], "; ".join(v.by_code(v.ACCOMMODATIONS)[c].name(language) for c in profile.accommodations)))
    if "interview_channels" in shown and profile.interview_channels:
        lines.append((labels["interview_channels"],
                      "; ".join(v.by_code(v.INTERVIEW_CHANNELS)[c].name(language) for c in profile.interview_channels)))
    for entry in resume.get("work", []) or []:
        period = "–".join(str(entry.get(k, "")) for k in ("startDate", "endDate") if entry.get(k))
        lines.append((labels["work"], " ".join(str(p) for p in (entry.get("position", ""), entry.get("name", ""), period) if p)))
    for entry in resume.get("education", []) or []:
        lines.append((labels["education"], " ".join(str(entry.get(k, "")) for k in ("institution", "studyType", "area") if entry.get(k))))
    skills = [str(s.get("name", "")) for s in resume.get("skills", []) or [] if s.get("name")]
    if skills:
        lines.append((labels["skills"], "; ".join(skills)))
    spoken = [" ".join(str(s.get(k, "")) for k in ("language", "fluency") if s.get(k)) for s in resume.get("languages", []) or []]
    if any(spoken):
        lines.append((labels["languages"], "; ".join(s for s in spoken if s)))
    certificates = [str(c.get("name", "")) for c in resume.get("certificates", []) or [] if c.get("name")]
    if certificates:
        lines.append((labels["certificates"], "; ".join(certificates)))
    return lines


def application_pdf(path: Path, profile: Profile, draft: Draft, labels: Labels, *, language: str,
                    large_print: bool = False) -> Path:
    """Write a printable application: position, disclosed profile, requested accommodations, letter, answers."""
    size = LARGE_PT if large_print else NORMAL_PT
    pdf = _pdf(size)
    line = size * 0.55  # mm per line at 1.5 line spacing
    pdf.set_font_size(size * 1.4)
    _para(pdf, line * 1.4, f"{labels['application_for']} {draft.position.title}")
    pdf.set_font_size(size)
    _para(pdf, line, f"{labels['employer']}: {draft.position.employer}")
    pdf.ln(line / 2)
    for label, value in _profile_lines(profile, language, labels):
        _para(pdf, line, f"{label}: {value}")
    if draft.accommodations:
        names = "; ".join(v.by_code(v.ACCOMMODATIONS)[c].name(language) for c in draft.accommodations)
        _para(pdf, line, f"{labels['requested']}: {names}")
    pdf.ln(line / 2)
    pdf.set_font_size(size * 1.2)
    _para(pdf, line * 1.2, labels["cover_letter"])
    pdf.set_font_size(size)
    _para(pdf, line, draft.cover_letter or " ")
    for number, question in enumerate(draft.position.questions):
        pdf.ln(line / 2)
        _para(pdf, line, f"{number + 1}. {question}")
        _para(pdf, line, draft.answers[number] if number < len(draft.answers) and draft.answers[number] else " ")
    pdf.output(str(path))
    return path


def registration_form_pdf(path: Path, profile: Profile, draft: Draft, labels: Labels, *, language: str) -> Path:
    """The 应聘信息登记表 layout staff fill in: a titled two-column grid of labelled boxes.

    Items the applicant did not disclose are left blank for staff to fill only if the applicant agrees.
    """
    pdf = _pdf(NORMAL_PT)
    pdf.set_font_size(18)
    pdf.cell(0, 12, labels["form_title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font_size(NORMAL_PT)
    width = pdf.epw
    label_w = width * 0.28
    rows = [(labels["position"], draft.position.title), (labels["employer"], draft.position.employer)]
    profile_rows = _profile_lines(profile, language, labels)
    rows += profile_rows[:1]
    # The paper form asks for these; Zhumeng does not keep them, so staff write them in with the applicant.
    rows += [(labels["gender"], ""), (labels["birth_date"], ""), (labels["certificate_number"], "")]
    rows += profile_rows[1:]
    if draft.accommodations:
        rows.append((labels["requested"], "; ".join(v.by_code(v.ACCOMMODATIONS)[c].name(language) for c in draft.accommodations)))
    with pdf.table(col_widths=(label_w, width - label_w), first_row_as_headings=False, line_height=8) as table:
        for label, value in rows:
            table.row((label, value or " "))
    pdf.ln(4)
    _para(pdf, 8, labels["cover_letter"], border="LTR")
    _para(pdf, 7, draft.cover_letter or " ", border="LRB")
    pdf.ln(6)
    for key in ("staff_signature", "date"):
        pdf.cell(width / 2, 10, f"{labels[key]}: ____________________")
    pdf.output(str(path))
    return path
