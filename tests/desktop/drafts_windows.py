"""The drafts dialogs, built for the accessibility suites (tests/accessibility/windows.py appends DRAFTS_WINDOWS)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from db import drafts
from db.userdata_schema import utc_now


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _session(qtbot, data_dir: Path):
    from tests.desktop.drafts_helpers import session_with_draft

    session, draft = session_with_draft(data_dir)
    drafts.save_draft_text(session.require(), draft.id, cover_letter="您好，我想应聘。", now=utc_now(), explicit=True)
    drafts.set_follow_up(session.require(), draft.id, "2020-01-01", now=utc_now())
    return session, draft


def draft_editor(qtbot, data_dir: Path) -> QWidget:
    """The draft editor on a draft with a posting question."""
    from desktop.drafts.draft_editor import DraftEditor

    session, draft = _session(qtbot, data_dir)
    return _shown(qtbot, DraftEditor(session, draft.id, language="en"))


def drafts_view(qtbot, data_dir: Path) -> QWidget:
    """My applications, with an overdue follow-up."""
    from desktop.drafts.drafts_view import DraftsView

    session, _draft = _session(qtbot, data_dir)
    return _shown(qtbot, DraftsView(session))


def profile_editor(qtbot, data_dir: Path) -> QWidget:
    """My profile, with one work entry."""
    from db import applicants
    from desktop.drafts.profile_editor import ProfileEditor

    session, _draft = _session(qtbot, data_dir)
    profile = applicants.get_profile(session.require(), session.current_applicant())
    resume = dict(profile.resume, work=[{"position": "客服", "name": "某电商", "startDate": "2022-05"}])
    applicants.save_profile(session.require(), session.current_applicant(), applicants.Profile(resume=resume), now=utc_now())
    return _shown(qtbot, ProfileEditor(session, language="en"))


def phrase_picker(qtbot, data_dir: Path) -> QWidget:
    """The phrase bank picker (Ctrl+I in the draft editor)."""
    from desktop.drafts import phrases

    return _shown(qtbot, phrases.SnippetPicker(phrases.phrases(), "zh", "Insert a phrase"))


def revisions_dialog(qtbot, data_dir: Path) -> QWidget:
    """Earlier versions of a draft (Ctrl+R)."""
    from desktop.drafts.revisions_dialog import RevisionsDialog

    session, draft = _session(qtbot, data_dir)
    return _shown(qtbot, RevisionsDialog(session, draft.id))


def export_dialog(qtbot, data_dir: Path) -> QWidget:
    """Print to PDF (Ctrl+E)."""
    from desktop.drafts.export_dialog import ExportDialog

    session, draft = _session(qtbot, data_dir)
    return _shown(qtbot, ExportDialog(session, draft.id, language="en"))


DRAFTS_WINDOWS = [
    ("draft editor", draft_editor),
    ("drafts view", drafts_view),
    ("profile editor", profile_editor),
    ("phrase picker", phrase_picker),
    ("revisions", revisions_dialog),
    ("export to PDF", export_dialog),
]
