"""Exports a person asks for: the application as PDF (normal or large print), the registration
form, the CSV activity log and the JSON drafts file. The wording of every printout is here, translated."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QRadioButton, QWidget

from db import applicants, draft_exports, drafts, json_resume
from db.drafts import Status
from db.userdata_errors import ZhumengDataError
from desktop.announce import announce
from desktop.drafts import messages
from desktop.drafts.dialog_layout import Std, column_with_buttons
from desktop.drafts.pdf_export import FontMissing, Labels, application_pdf, registration_form_pdf
from desktop.drafts.session import UserdataSession


def print_labels() -> Labels:
    """The translated words printed on applications and forms."""
    return Labels({
        "application_for": QCoreApplication.translate("Drafts", "Application for"), "employer": QCoreApplication.translate("Drafts", "Employer"), "position": QCoreApplication.translate("Drafts", "Position applied for"),
        "name": QCoreApplication.translate("Drafts", "Name"), "email": QCoreApplication.translate("Drafts", "Email"), "phone": QCoreApplication.translate("Drafts", "Phone"), "summary": QCoreApplication.translate("Drafts", "About me"),
        "location": QCoreApplication.translate("Drafts", "Where I live"), "disability": QCoreApplication.translate("Drafts", "Disability"), "grade": QCoreApplication.translate("Drafts", "grade"),
        "accommodations": QCoreApplication.translate("Drafts", "Accommodations I need"), "interview_channels": QCoreApplication.translate("Drafts", "Interview by"),
        "work": QCoreApplication.translate("Drafts", "Work"), "education": QCoreApplication.translate("Drafts", "Education"), "skills": QCoreApplication.translate("Drafts", "Skills"), "languages": QCoreApplication.translate("Drafts", "Languages"),
        "certificates": QCoreApplication.translate("Drafts", "Certificates"), "requested": QCoreApplication.translate("Drafts", "Accommodations requested for this job"),
        "cover_letter": QCoreApplication.translate("Drafts", "Cover letter"), "form_title": QCoreApplication.translate("Drafts", "Job application registration form"),
        "gender": QCoreApplication.translate("Drafts", "Gender"), "birth_date": QCoreApplication.translate("Drafts", "Date of birth"), "certificate_number": QCoreApplication.translate("Drafts", "Disability certificate number"),
        "staff_signature": QCoreApplication.translate("Drafts", "Staff signature"), "date": QCoreApplication.translate("Drafts", "Date"),
        "page": QCoreApplication.translate("Drafts", "Page %1 of %2"),
    })


def activity_headers() -> dict[str, str]:
    """Translated column titles of the activity log."""
    return {"date": QCoreApplication.translate("Drafts", "Date"), "time": QCoreApplication.translate("Drafts", "Time"), "position": QCoreApplication.translate("Drafts", "Position"), "employer": QCoreApplication.translate("Drafts", "Employer"),
            "external_id": QCoreApplication.translate("Drafts", "Position number"), "from_status": QCoreApplication.translate("Drafts", "From"), "to_status": QCoreApplication.translate("Drafts", "To"), "note": QCoreApplication.translate("Drafts", "Note")}


def write_application(session: UserdataSession, draft_id: int, path: Path, kind: str, language: str) -> Path:
    """Write one printout: kind is "normal", "large" or "form"."""
    conn = session.require()
    draft = drafts.get_draft(conn, draft_id)
    profile = applicants.get_profile(conn, draft.applicant_id)
    code = "zh" if language.startswith("zh") else "en"
    if kind == "form":
        return registration_form_pdf(path, profile, draft, print_labels(), language=code)
    return application_pdf(path, profile, draft, print_labels(), language=code, large_print=kind == "large")


def write_activity_log(session: UserdataSession, applicant_id: int, path: Path) -> int:
    """The CSV activity log of every status change, titles and statuses in words."""
    names = {status.value: messages.status_name(status) for status in Status}
    return draft_exports.save_activity_csv(session.require(), applicant_id, path, headers=activity_headers(),
                                           status_names=names)


def write_drafts_json(session: UserdataSession, applicant_id: int, path: Path) -> int:
    """All drafts with their histories as JSON; returns how many drafts."""
    document = draft_exports.export_drafts(session.require(), applicant_id)
    json_resume.write_text_atomically(path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return len(document["drafts"])


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    """A save-file dialog (Qt's own, which screen readers read fully); None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), file_filter,
                                          options=QFileDialog.Option.DontUseNativeDialog)
    return Path(name) if name else None


class ExportDialog(QDialog):
    """Choose which printout of a draft to make, then where to save it."""

    def __init__(self, session: UserdataSession, draft_id: int, parent: QWidget | None = None, *,
                 language: str = "zh_CN") -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Print to PDF"))
        self.session, self.draft_id, self.language = session, draft_id, language
        self.intro = QLabel(self.tr("Only the profile items you chose to share are printed."), self)
        self.intro.setWordWrap(True)
        self.normal = QRadioButton(self.tr("&Application, normal print"), self)
        self.large = QRadioButton(self.tr("Application, &large print"), self)
        self.form = QRadioButton(self.tr("&Registration form (应聘信息登记表)"), self)
        for name, button in (("exportNormal", self.normal), ("exportLarge", self.large), ("exportForm", self.form)):
            button.setObjectName(name)
        self.normal.setChecked(True)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        column_with_buttons(self, (self.intro, self.normal, self.large, self.form, self.result_label),
                            accept=(self.tr("&Save PDF…"), self.save), reject_text=self.tr("Close"),
                            accept_button=Std.Save, reject_button=Std.Close)

    def kind(self) -> str:
        """The chosen printout: "normal", "large" or "form"."""
        return "large" if self.large.isChecked() else "form" if self.form.isChecked() else "normal"

    def save(self, path: Path | None = None) -> Path | None:
        """Ask where (unless `path` is given), write the PDF and say where it went."""
        if path is None:
            path = ask_save_path(self, self.tr("Save PDF"), f"application-{self.kind()}.pdf", self.tr("PDF files (*.pdf)"))
        if path is None:
            return None
        try:
            write_application(self.session, self.draft_id, path, self.kind(), self.language)
        except FontMissing:
            text = self.tr("Nothing was saved: the font for printing Chinese is not installed. Ask staff to install "
                           "the package fonts-noto-cjk.")
            self.result_label.setText(text)
            announce(text, "assertive")
            return None
        except (OSError, ZhumengDataError) as error:
            text = messages.describe_save_error(error, path)
            self.result_label.setText(text)
            announce(text, "assertive")
            return None
        text = self.tr("Saved to %1").replace("%1", str(path))
        self.result_label.setText(text)
        announce(text)
        return path
