"""What goes on a printed application or 应聘信息登记表, apart from how it is drawn.

A printout is a small layout model: a body font size and a list of blocks
(style, label, text) built from the profile and the draft. pdf_export draws
it; tests read it to check that the cover letter and the disclosed items are
there and that nothing the applicant chose not to share is. Only what the
applicant chose to disclose is taken from the profile (db.applicants.disclosed_resume
and the disclosure flags). Labels arrive translated (desktop/ owns the wording).
"""
from __future__ import annotations

from dataclasses import dataclass

from db import vocabulary as v
from db.applicants import Profile, disclosed_resume
from db.drafts import Draft

NORMAL_PT = 12
LARGE_PT = 24

# Block styles. Application: TITLE, FIELD, HEADING, TEXT, GAP. Form: FORM_TITLE, ROW (a labelled box in the
# two-column grid), BOX (a titled box with running text), SIGNATURE (a line to sign on).
TITLE, FIELD, HEADING, TEXT, GAP = "title", "field", "heading", "text", "gap"
FORM_TITLE, ROW, BOX, SIGNATURE = "form_title", "row", "box", "signature"


@dataclass(frozen=True)
class Labels:
    """Translated words the printout needs (keys are stable names, values the caller's words)."""

    words: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.words.get(key, key)


@dataclass(frozen=True)
class Block:
    """One piece of a printout: its style, an optional label ("Email") and its text."""

    style: str
    text: str = ""
    label: str = ""


@dataclass(frozen=True)
class Layout:
    """A whole printout: body font size in points, the blocks in page order, and the page-number wording."""

    size: float
    blocks: tuple[Block, ...]
    page_label: str = "%1 / %2"

    def plain_text(self) -> str:
        """Everything printed, one block a line ("label: text"), as a reader would see it."""
        return "\n".join(f"{b.label}: {b.text}" if b.label and b.text else b.label or b.text
                         for b in self.blocks if b.style != GAP)

    def rows(self) -> dict[str, str]:
        """The form's labelled boxes, label -> what is written in it ("" for staff to fill in)."""
        return {b.label: b.text for b in self.blocks if b.style == ROW}


def profile_lines(profile: Profile, language: str, labels: Labels) -> list[tuple[str, str]]:
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
        lines.append((labels["accommodations"], _terms(v.ACCOMMODATIONS, profile.accommodations, language)))
    if "interview_channels" in shown and profile.interview_channels:
        lines.append((labels["interview_channels"], _terms(v.INTERVIEW_CHANNELS, profile.interview_channels, language)))
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


def _terms(vocabulary: tuple[v.Term, ...], codes: tuple[str, ...], language: str) -> str:
    names = v.by_code(vocabulary)
    return "; ".join(names[code].name(language) for code in codes)


def _answers(draft: Draft) -> list[tuple[str, str]]:
    """(numbered question, answer) for each of the posting's questions."""
    return [(f"{n + 1}. {question}", draft.answers[n] if n < len(draft.answers) else "")
            for n, question in enumerate(draft.position.questions)]


def application_layout(profile: Profile, draft: Draft, labels: Labels, *, language: str,
                       large_print: bool = False) -> Layout:
    """A printable application: position, disclosed profile, requested accommodations, letter, answers."""
    blocks = [Block(TITLE, f"{labels['application_for']} {draft.position.title}"),
              Block(FIELD, draft.position.employer, labels["employer"]), Block(GAP)]
    blocks += [Block(FIELD, value, label) for label, value in profile_lines(profile, language, labels)]
    if draft.accommodations:
        blocks.append(Block(FIELD, _terms(v.ACCOMMODATIONS, draft.accommodations, language), labels["requested"]))
    blocks += [Block(GAP), Block(HEADING, labels["cover_letter"]), Block(TEXT, draft.cover_letter)]
    for question, answer in _answers(draft):
        blocks += [Block(GAP), Block(HEADING, question), Block(TEXT, answer)]
    return Layout(LARGE_PT if large_print else NORMAL_PT, tuple(blocks), labels["page"])


def registration_form_layout(profile: Profile, draft: Draft, labels: Labels, *, language: str) -> Layout:
    """The 应聘信息登记表 staff fill in: a titled grid of labelled boxes, the letter, answers, signatures.

    Items the applicant did not disclose are left blank for staff to fill only if the applicant agrees.
    """
    rows = [(labels["position"], draft.position.title), (labels["employer"], draft.position.employer)]
    profile_rows = profile_lines(profile, language, labels)
    rows += profile_rows[:1]
    # The paper form asks for these; Zhumeng does not keep them, so staff write them in with the applicant.
    rows += [(labels["gender"], ""), (labels["birth_date"], ""), (labels["certificate_number"], "")]
    rows += profile_rows[1:]
    if draft.accommodations:
        rows.append((labels["requested"], _terms(v.ACCOMMODATIONS, draft.accommodations, language)))
    blocks = [Block(FORM_TITLE, labels["form_title"])]
    blocks += [Block(ROW, value, label) for label, value in rows]
    blocks += [Block(GAP), Block(BOX, draft.cover_letter, labels["cover_letter"])]
    blocks += [Block(BOX, answer, question) for question, answer in _answers(draft)]
    blocks += [Block(GAP), Block(SIGNATURE, "", labels["staff_signature"]), Block(SIGNATURE, "", labels["date"])]
    return Layout(NORMAL_PT, tuple(blocks), labels["page"])
