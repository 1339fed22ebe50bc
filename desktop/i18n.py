"""The interface language: Simplified Chinese or English, switchable while the app runs.

`install_language(app, "zh_CN")` loads Zhumeng's own translations
(resources/translations/zhumeng_<lang>.qm, built from the .ts sources by
desktop/translations_build.py) and Qt's own `qtbase` translations (standard
dialog buttons, key names in shortcuts, context menus) from PySide6's
translations directory, replacing the previous language's. Installing a
translator makes Qt send LanguageChange to every widget; widgets retranslate
in `changeEvent` (see /work/notes/i18n.md).

Source strings are English, so English needs no translation file except for
plural forms; a missing .qm is not an error (the source text shows), but a
missing Chinese .qm is reported by `install_language` returning False.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from db.paths import RESOURCES_DIR
from desktop.settings import LANGUAGES, Settings

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
APP_CATALOGUE = "zhumeng"
QT_CATALOGUE = "qtbase"
SOURCE_LANGUAGE = "en"


def qt_translations_dir() -> Path:
    """Where PySide6 keeps Qt's own .qm files."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def app_qm_path(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    """The compiled translation of Zhumeng's strings for `language`."""
    return directory / f"{APP_CATALOGUE}_{language}.qm"


class _AppTranslator(QTranslator):
    """Zhumeng's translator: looks a string up in its own context, then in the empty context.

    lupdate files strings from module-level helpers (`def tr(text): return
    QCoreApplication.translate("Ctx", text)` called as `tr("...")`) under the
    empty context, while at run time they are looked up under "Ctx"; the
    fallback finds them, so such a string is translated whenever lupdate
    found it (tests/desktop/test_i18n.py checks that all of them are).
    """

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        # None becomes a null QString, which tells Qt to ask the next translator;
        # an empty string would be taken as the translation.
        return found or None  # type: ignore[return-value]


class LanguageManager(QObject):
    """Owns the installed translators; one per application."""

    def __init__(self, app: QCoreApplication, directory: Path = TRANSLATIONS_DIR) -> None:
        super().__init__(app)
        self._app = app
        self._directory = directory
        self._translators: list[QTranslator] = []
        self.language: str | None = None

    def install(self, language: str) -> bool:
        """Switch the interface to `language` ("zh_CN" or "en"); False if its app translation is missing.

        Qt's own strings are translated too when PySide6 ships them. Widgets
        receive LanguageChange and retranslate themselves.
        """
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}; expected one of {LANGUAGES}")
        if language == self.language:
            return True
        self.uninstall()
        complete = True
        app_translator = _AppTranslator(self)
        if app_translator.load(str(app_qm_path(language, self._directory))):
            self._translators.append(app_translator)
        elif language != SOURCE_LANGUAGE:
            complete = False
        qt_translator = QTranslator(self)
        if qt_translator.load(f"{QT_CATALOGUE}_{language}", str(qt_translations_dir())):
            self._translators.append(qt_translator)
        locale = QLocale(language)
        QLocale.setDefault(locale)  # numbers and dates ("57,300") follow the interface language
        # Installing (and removing, above) a translator sends LanguageChange to every widget.
        for translator in self._translators:
            QCoreApplication.installTranslator(translator)
        self.language = language
        return complete

    def uninstall(self) -> None:
        """Remove this manager's translators (the interface falls back to the English source)."""
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators.clear()
        self.language = None


class LanguageController(QObject):
    """Keeps the interface language in step with the `language` preference."""

    def __init__(self, app: QCoreApplication, settings: Settings, directory: Path = TRANSLATIONS_DIR) -> None:
        super().__init__(app)
        self.manager = LanguageManager(app, directory)
        self._settings = settings
        self.manager.install(settings.value("language"))
        settings.changed.connect(self._on_changed)

    def _on_changed(self, key: str) -> None:
        if key == "language":
            self.manager.install(self._settings.value("language"))
