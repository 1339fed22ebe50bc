"""One mnemonic stripper for every label that becomes spoken or accessible text, in both languages."""
from __future__ import annotations

import pytest

from desktop.labels import plain_text


@pytest.mark.parametrize(("label", "heard"), [
    ("&Search", "Search"),
    ("Cate&gory", "Category"),
    ("类别(&G)", "类别"),
    ("开始申请草稿(&D)", "开始申请草稿"),
    ("简体中文 (&Z)", "简体中文"),
    ("插入模板(&M)…", "插入模板"),
    ("&Preferences…", "Preferences"),
    ("A && B", "A & B"),
    ("R&&D (&R)", "R&D"),
    ("&Open\tCtrl+O", "Open"),
    ("No mnemonic", "No mnemonic"),
])
def test_plain_text_reads_a_label_as_a_person_would(label: str, heard: str) -> None:
    assert plain_text(label) == heard
