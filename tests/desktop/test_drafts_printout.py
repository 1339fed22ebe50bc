"""Printouts: what goes on the page (the layout model) and the PDF drawn from it (text read back by pdftotext)."""
from __future__ import annotations

import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db import applicants, drafts
from db.userdata_schema import utc_now
from desktop import announce
from desktop.drafts import print_layout as pl
from desktop.drafts.export_dialog import ExportDialog, print_labels, write_application
from tests.desktop.drafts_helpers import in_modal, session_with_draft

LETTER = ("尊敬的招聘负责人：\n\n我想应聘网店客服岗位。" + "我工作认真，能按时完成任务，也愿意学习新的软件和工作方法。" * 8
          + "\n\n此致\n敬礼\n林小雨")
PROFILE = applicants.Profile(
    resume={"basics": {"name": "林小雨", "phone": "139 0000 1111", "email": "lin@example.cn",
                       "summary": "我做过两年网店客服，打字快，细心。", "location": {"region": "浙江", "city": "杭州"}},
            "work": [{"position": "网店客服", "name": "某电商", "startDate": "2022-05"}],
            "skills": [{"name": "中文打字"}]},
    disability="vision", disability_grade=2, accommodations=("screen_reader_tools",),
    disclosed=("email", "summary", "work", "skills", "disability", "accommodations"))  # not the phone, not where I live


@pytest.fixture()
def chinese(qapp):
    from PySide6.QtCore import QLocale

    from desktop.i18n import LanguageManager

    languages = LanguageManager(qapp)
    languages.install("zh_CN")
    yield
    languages.uninstall()
    QLocale.setDefault(QLocale("en"))


@pytest.fixture()
def printable(tmp_path: Path, qapp):
    """A session whose applicant shares some items (not the phone) and whose draft has a letter and an answer."""
    (tmp_path / "data").mkdir()
    session, draft = session_with_draft(tmp_path / "data")
    conn = session.require()
    applicants.save_profile(conn, session.current_applicant(), PROFILE, now=utc_now())
    drafts.save_draft_text(conn, draft.id, cover_letter=LETTER, answers=("每天可以在线八个小时。",), now=utc_now())
    drafts.set_requested_accommodations(conn, draft.id, ("screen_reader_tools",), now=utc_now())
    yield session, drafts.get_draft(conn, draft.id)
    session.close()


def pdf_text(path: Path) -> str:
    """The text of a PDF as pdftotext (poppler-utils, system-packages.txt) reads it."""
    assert shutil.which("pdftotext"), "install poppler-utils (system-packages.txt: tests: PDF text extraction)"
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    """Text without page numbers, line breaks and spaces, so a wrapped paragraph running over pages compares
    with the one typed."""
    return re.sub(r"\s+", "", re.sub(r"^\s*(Page \d+ of \d+|第 \d+ 页，共 \d+ 页)\s*$", "", text, flags=re.M))


def pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def font_sizes(path: Path) -> set[float]:
    """Every font size set in the page content streams (the Tf operator)."""
    sizes: set[float] = set()
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", path.read_bytes(), re.S):
        try:
            content = zlib.decompress(stream)
        except zlib.error:
            content = stream
        sizes.update(float(size) for size in re.findall(rb"/F\d+\s+([\d.]+)\s+Tf", content))
    return sizes


# --- the layout model -------------------------------------------------------------------------------------------

def test_application_carries_the_letter_the_shared_items_and_not_the_phone(printable) -> None:
    session, draft = printable
    layout = pl.application_layout(PROFILE, draft, print_labels(), language="zh")
    fields = {b.label: b.text for b in layout.blocks if b.style == pl.FIELD}
    assert layout.blocks[0] == pl.Block(pl.TITLE, "Application for 网店客服")
    assert fields == {"Employer": "杭州好物电商", "Name": "林小雨", "Email": "lin@example.cn",
                      "About me": "我做过两年网店客服，打字快，细心。", "Disability": "视力残疾",
                      "Accommodations I need": "读屏兼容的工作软件", "Work": "网店客服 某电商 2022-05",
                      "Skills": "中文打字", "Accommodations requested for this job": "读屏兼容的工作软件"}
    assert pl.Block(pl.TEXT, LETTER) in layout.blocks
    assert pl.Block(pl.HEADING, "1. 你每天能在线几个小时？") in layout.blocks
    assert pl.Block(pl.TEXT, "每天可以在线八个小时。") in layout.blocks
    text = layout.plain_text()
    assert "139" not in text and "杭州" not in text.replace("杭州好物电商", "")  # phone and home town not shared
    assert "grade" not in text  # the grade is not shared either
    assert layout.size == pl.NORMAL_PT


def test_large_print_is_the_same_content_twice_the_size(printable) -> None:
    _, draft = printable
    normal = pl.application_layout(PROFILE, draft, print_labels(), language="zh")
    large = pl.application_layout(PROFILE, draft, print_labels(), language="zh", large_print=True)
    assert large.blocks == normal.blocks
    assert large.size == pl.LARGE_PT == 2 * normal.size


def test_registration_form_has_its_title_labelled_boxes_and_blanks_for_staff(printable) -> None:
    _, draft = printable
    layout = pl.registration_form_layout(PROFILE, draft, print_labels(), language="zh")
    assert layout.blocks[0] == pl.Block(pl.FORM_TITLE, "Job application registration form")
    rows = layout.rows()
    assert list(rows)[:6] == ["Position applied for", "Employer", "Name", "Gender", "Date of birth",
                              "Disability certificate number"]
    assert rows["Position applied for"] == "网店客服" and rows["Name"] == "林小雨" and rows["Email"] == "lin@example.cn"
    assert rows["Gender"] == rows["Date of birth"] == rows["Disability certificate number"] == ""
    assert "Phone" not in rows and "Where I live" not in rows
    assert pl.Block(pl.BOX, LETTER, "Cover letter") in layout.blocks
    assert pl.Block(pl.BOX, "每天可以在线八个小时。", "1. 你每天能在线几个小时？") in layout.blocks
    assert [b.label for b in layout.blocks if b.style == pl.SIGNATURE] == ["Staff signature", "Date"]


def test_printouts_show_only_what_the_applicant_shares() -> None:
    profile = applicants.Profile(resume={"basics": {"name": "周明", "phone": "139", "email": "z@example.cn"}},
                                 disability="vision", disability_grade=2, accommodations=("large_print",),
                                 disclosed=("phone",))
    assert dict(pl.profile_lines(profile, "zh", print_labels())) == {"Name": "周明", "Phone": "139"}
    shared = applicants.Profile(resume=profile.resume, disability="vision", disability_grade=2,
                                accommodations=("large_print",), disclosed=("disability", "disability_grade", "accommodations"))
    lines = dict(pl.profile_lines(shared, "zh", print_labels()))
    assert lines["Disability"] == "视力残疾 grade 2" and lines["Accommodations I need"] == "大字材料"


def test_the_form_in_chinese_is_titled_应聘信息登记表(printable, chinese) -> None:
    _, draft = printable
    layout = pl.registration_form_layout(PROFILE, draft, print_labels(), language="zh")
    assert layout.blocks[0].text == "应聘信息登记表"
    assert {"性别", "求职信"} <= {b.label for b in layout.blocks}


# --- the PDF drawn from it --------------------------------------------------------------------------------------

def test_application_pdf_reads_back_with_letter_and_shared_items_only(tmp_path: Path, printable) -> None:
    session, draft = printable
    text = pdf_text(write_application(session, draft.id, tmp_path / "a.pdf", "normal", "zh_CN"))
    for line in ("Application for 网店客服", "Employer: 杭州好物电商", "Email: lin@example.cn", "Disability: 视力残疾",
                 "Cover letter", "1. 你每天能在线几个小时？", "Page 1 of 1"):
        assert line in text
    assert flat(LETTER) in flat(text)
    assert "139" not in text and "Phone" not in text
    assert not re.search(r"^\s*[，。、；：？！）]", text, re.M), "a line starts with a closing mark"
    assert pages(tmp_path / "a.pdf") == 1
    assert max(font_sizes(tmp_path / "a.pdf")) == pytest.approx(pl.NORMAL_PT * 1.4)


def test_large_print_pdf_uses_the_large_size_and_more_pages(tmp_path: Path, printable) -> None:
    session, draft = printable
    normal = write_application(session, draft.id, tmp_path / "normal.pdf", "normal", "zh_CN")
    large = write_application(session, draft.id, tmp_path / "large.pdf", "large", "zh_CN")
    assert pl.LARGE_PT in font_sizes(large) and pl.LARGE_PT not in font_sizes(normal)
    assert pl.NORMAL_PT in font_sizes(normal)
    assert pages(large) > pages(normal) == 1
    text = pdf_text(large)
    assert flat(LETTER) in flat(text) and "139" not in text
    assert f"Page 2 of {pages(large)}" in text


def test_registration_form_pdf_has_the_title_and_field_labels(tmp_path: Path, printable, chinese) -> None:
    session, draft = printable
    path = write_application(session, draft.id, tmp_path / "form.pdf", "form", "zh_CN")
    text = pdf_text(path)
    assert "应聘信息登记表" in text
    for label in ("性别", "求职信"):
        assert label in text
    assert "lin@example.cn" in text and "139" not in text
    assert flat(LETTER) in flat(text)
    assert pages(path) == 1


def test_a_long_letter_runs_on_over_pages_whole(tmp_path: Path, printable) -> None:
    session, draft = printable
    long_letter = "\n".join(f"第{n}段。" + "我会认真对待每一位顾客的问题，耐心解答。" * 5 for n in range(40))
    drafts.save_draft_text(session.require(), draft.id, cover_letter=long_letter, now=utc_now())
    for kind in ("normal", "form"):
        path = write_application(session, draft.id, tmp_path / f"{kind}.pdf", kind, "zh_CN")
        assert pages(path) >= 3
        assert flat(long_letter) in flat(pdf_text(path))


def test_print_to_pdf_by_keys(qtbot, tmp_path: Path, printable) -> None:
    session, draft = printable
    dialog = ExportDialog(session, draft.id, language="en")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.normal.setFocus()
    qtbot.keyClick(dialog.normal, Qt.Key.Key_Down)  # the next printout: Application, large print
    assert dialog.large.isChecked() and dialog.focusWidget() is dialog.large
    target = tmp_path / "mine.pdf"

    def choose(file_dialog) -> None:  # the save dialog: type the file name, Enter
        qtbot.keyClicks(file_dialog.focusWidget(), str(target))
        qtbot.keyClick(file_dialog.focusWidget(), Qt.Key.Key_Return)
    in_modal(choose)
    qtbot.keyClick(dialog.large, Qt.Key.Key_Return)  # Enter: Save PDF…
    assert announce.announcer().last.text == dialog.result_label.text() == f"Saved to {target}"
    assert pl.LARGE_PT in font_sizes(target) and flat(LETTER) in flat(pdf_text(target))


def test_saving_a_printout_where_it_cannot_be_written_says_so(qtbot, tmp_path: Path, printable) -> None:
    session, draft = printable
    dialog = ExportDialog(session, draft.id, language="en")
    qtbot.addWidget(dialog)
    gone = tmp_path / "usb-stick" / "a.pdf"
    assert dialog.save(gone) is None
    assert dialog.result_label.text() == announce.announcer().last.text
    assert dialog.result_label.text().startswith(f"Nothing was saved to {gone}: the folder or drive is not there")
    assert dialog.save(tmp_path / "a.pdf") == tmp_path / "a.pdf"  # still works


def test_a_missing_print_font_is_said_in_words(qtbot, tmp_path: Path, printable, monkeypatch) -> None:
    from desktop.drafts import pdf_export

    monkeypatch.setattr(pdf_export, "FONT_CANDIDATES", (tmp_path / "no-such-font.ttc",))  # a machine without it
    session, draft = printable
    dialog = ExportDialog(session, draft.id, language="en")
    qtbot.addWidget(dialog)
    assert dialog.save(tmp_path / "a.pdf") is None
    assert "fonts-noto-cjk" in dialog.result_label.text() and not (tmp_path / "a.pdf").exists()
