"""Translations: every string in desktop/ has Chinese, the language switches while the app runs,
and Qt's own strings follow."""
from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow

from desktop.actions import ActionId, ActionRegistry, Mode
from desktop.i18n import LanguageController, LanguageManager
from desktop.settings import Settings
from desktop.translations_build import SOURCE_DIR, TRANSLATIONS_DIR, TS_FILES, build, source_files, tool

HOW_TO_FIX = ("run `.venv/bin/python -m desktop.translations_build --update`, then translate these in "
              "resources/translations/zhumeng_zh_CN.ts (see /work/notes/i18n.md)")
PLACEHOLDER = re.compile(r"%\d+|%n|\{\d*\}")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m)
            for ctx in root.iter("context") for m in ctx.iter("message")]


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _unfinished(ts: Path) -> list[str]:
    missing = []
    for context, source, message in _messages(ts):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("vanished", "obsolete"):
            continue
        if kind == "unfinished" or not all(t.strip() for t in _translations(message)):
            missing.append(f"{context or '<no context>'}: {source!r}")
    return missing


@pytest.fixture(scope="module")
def scanned(tmp_path_factory) -> dict[str, Path]:
    """The committed .ts files merged with the strings now in desktop/ (as --update would)."""
    out = tmp_path_factory.mktemp("ts")
    files = [str(p) for p in source_files(SOURCE_DIR)]
    result = {}
    for language, name in TS_FILES.items():
        target = out / name
        shutil.copy(TRANSLATIONS_DIR / name, target)
        extra = ["-pluralonly"] if language == "en" else []
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en",
                        "-target-language", language, *extra, *files, "-ts", str(target)],
                       check=True, capture_output=True, text=True)
        result[language] = target
    return result


def test_every_source_string_has_a_finished_chinese_translation(scanned) -> None:
    missing = _unfinished(scanned["zh_CN"])
    assert not missing, f"{len(missing)} strings lack Chinese; {HOW_TO_FIX}:\n" + "\n".join(missing)


def test_every_english_plural_has_its_forms(scanned) -> None:
    missing = _unfinished(scanned["en"])
    assert not missing, f"English plural forms missing in zhumeng_en.ts:\n" + "\n".join(missing)


def test_translations_keep_placeholders_and_mnemonics() -> None:
    problems = []
    for context, source, message in _messages(TRANSLATIONS_DIR / TS_FILES["zh_CN"]):
        for text in _translations(message):
            if not text:
                continue
            if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
                problems.append(f"placeholders differ: {context}: {source!r} -> {text!r}")
            if re.search(r"&[^&\s]", source) and not re.search(r"&[^&\s]", text):
                problems.append(f"mnemonic lost: {context}: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


@pytest.fixture
def manager(qapp):
    languages = LanguageManager(qapp)
    yield languages
    languages.uninstall()
    QLocale.setDefault(QLocale("en"))


def test_chinese_translates_app_strings_and_qt_strings(qtbot, manager) -> None:
    assert manager.install("zh_CN")
    assert QCoreApplication.translate("Menus", "&File") == "文件(&F)"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"  # qtbase's own translation
    assert QLocale().name() == "zh_CN"


HELPER_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context><name></name>
<message><source>Saved by a helper</source><translation>由辅助函数保存</translation></message>
</context>
<context><name>Help</name>
<message><source>Keyboard shortcuts</source><translation>键盘快捷键</translation></message>
</context>
</TS>
"""


def test_strings_from_module_level_helpers_are_found(qapp, tmp_path: Path) -> None:
    # lupdate files `tr("...")` helper calls under the empty context; the app translator falls back to it.
    (tmp_path / "zhumeng_zh_CN.ts").write_text(HELPER_TS, encoding="utf-8")
    build(tmp_path)
    languages = LanguageManager(qapp, tmp_path)
    try:
        assert languages.install("zh_CN")
        assert QCoreApplication.translate("Help", "Keyboard shortcuts") == "键盘快捷键"
        assert QCoreApplication.translate("DraftMessages", "Saved by a helper") == "由辅助函数保存"
        assert QCoreApplication.translate("Help", "Not translated anywhere") == "Not translated anywhere"
    finally:
        languages.uninstall()


def test_english_plural_forms_apply(manager) -> None:
    manager.install("en")
    assert QCoreApplication.translate("DetailPane", "%n day(s)", None, 1) == "1 day"
    assert QCoreApplication.translate("DetailPane", "%n day(s)", None, 3) == "3 days"


def test_switching_language_at_runtime_retranslates_menus(qtbot, qapp, tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    settings.set_value("language", "en")
    window = QMainWindow()
    qtbot.addWidget(window)
    registry = ActionRegistry(window, settings=settings, mode=Mode.DESKTOP)
    registry.populate_menu_bar(window.menuBar())
    controller = LanguageController(qapp, settings)
    try:
        assert window.menuBar().actions()[0].text() == "&File"
        registry.action(ActionId.LANGUAGE_ZH).trigger()  # what Ctrl+Alt+C or the View menu does
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "文件(&F)")
        assert registry.action(ActionId.SHORTCUT_HELP).text() == "键盘快捷键(&K)"
        assert registry.action(ActionId.LANGUAGE_ZH).isChecked()
        settings.set_value("language", "en")
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&File")
    finally:
        controller.manager.uninstall()


def test_unknown_language_is_refused(manager) -> None:
    with pytest.raises(ValueError):
        manager.install("fr")


def test_uninstall_returns_to_the_english_source(manager) -> None:
    manager.install("zh_CN")
    manager.uninstall()
    assert QCoreApplication.translate("Menus", "&File") == "&File"
