"""Install the application's and Qt's own translators for one language.

The language comes from ``ARTHEXIS_LANG`` (e.g. ``es``, ``de_DE``), else the settings' choice,
else the system locale. ``LanguageManager.switch()`` changes it while the app runs: Qt then sends
every widget a ``LanguageChange`` event, and each window part re-sets its texts in
``retranslate()`` (see ``is_language_change`` and ``refresh_table_texts``). Compiled catalogues
(``arthexis_<lang>.qm``) are looked up in the bundle's / checkout's ``translations/`` folder; a
source checkout that was never built compiles its ``.ts`` into a cache folder on first use (when
lrelease is available).
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

from arthexis_desktop.gui.paths import find_dir
from arthexis_desktop.gui.translations_build import (
    CATALOGUE_PREFIX,
    TranslationToolError,
    compile_translations,
)

log = logging.getLogger(__name__)

LANG_ENV = "ARTHEXIS_LANG"
SOURCE_LANGUAGE = "en"
HEADER_PADDING_PX = 30  # margins and the sort indicator


def pick_language(env: Mapping[str, str] | None = None, *, setting: str = "") -> str:
    """Two-letter language code: ``ARTHEXIS_LANG`` if set, else ``setting`` (the settings' choice,
    "" = the system's), else the system locale's."""
    environ = os.environ if env is None else env
    chosen = environ.get(LANG_ENV, "").strip() or setting.strip()
    name = chosen or QLocale.system().name()  # "es_MX", "C", "de_DE"
    code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code and code != "c" else SOURCE_LANGUAGE


def find_catalogue(language: str) -> Path | None:
    """The compiled ``arthexis_<language>.qm``, compiling the .ts into a cache if needed."""
    name = f"{CATALOGUE_PREFIX}{language}"
    folder = find_dir("translations")
    if folder is None:
        return None
    qm = folder / f"{name}.qm"
    if qm.is_file():
        return qm
    ts = folder / f"{name}.ts"
    if not ts.is_file():
        return None
    cache = Path(tempfile.gettempdir()) / "arthexis_desktop_qm"
    cached = cache / f"{name}.qm"
    if cached.is_file() and cached.stat().st_mtime >= ts.stat().st_mtime:
        return cached
    try:
        compiled = compile_translations(cache, folder)
    except (TranslationToolError, OSError) as exc:
        log.warning("cannot compile translations: %s", exc)
        return None
    return next((p for p in compiled if p.stem == name), None)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's ``qtbase_<lang>`` and our catalogue; keep the returned list alive.

    English loads a catalogue too: it carries the plural forms of ``%n`` messages.
    """
    installed: list[QTranslator] = []
    if language != SOURCE_LANGUAGE:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = QTranslator(app)
        if qt_translator.load(QLocale(language), "qtbase", "_", qt_dir):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
    catalogue = find_catalogue(language)
    ours = QTranslator(app)
    if catalogue is not None and ours.load(str(catalogue)):
        app.installTranslator(ours)
        installed.append(ours)
        log.info("language %s: %s", language, catalogue)
    else:
        log.info("language %s: no catalogue, using English", language)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


class LanguageManager:
    """The translators of the running app; ``switch()`` replaces them (panels retranslate)."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self._default_locale = QLocale()
        self.language = ""  # the installed language code ("" before the first switch)

    def switch(self, setting: str, env: Mapping[str, str] | None = None) -> str:
        """Install the language ``setting`` asks for ("" = the system's; ``ARTHEXIS_LANG`` wins).
        Numbers follow a chosen language; with the system's, the system's locale."""
        language = pick_language(env, setting=setting)
        environ = os.environ if env is None else env
        chosen = bool(environ.get(LANG_ENV, "").strip() or setting.strip())
        if language == self.language and self._translators:
            return language
        old = self._translators
        self._translators = install_translators(self._app, language)
        remove_translators(self._app, old)  # after: one LanguageChange with the new texts last
        QLocale.setDefault(QLocale(language) if chosen else self._default_locale)
        self.language = language
        return language

    def clear(self) -> None:
        """Remove what ``switch`` installed and restore the default locale (tests, shutdown)."""
        remove_translators(self._app, self._translators)
        self._translators = []
        self.language = ""
        QLocale.setDefault(self._default_locale)


def is_language_change(event: QEvent) -> bool:
    """For ``changeEvent``: the application's language changed (call ``retranslate()``)."""
    return event.type() == QEvent.Type.LanguageChange


def refresh_table_texts(table: QTableView) -> None:
    """After a language change: repaint header and cells with the new texts, and widen a column
    whose new title no longer fits (never narrows a width the person chose)."""
    model = table.model()
    if model is None:
        return
    columns = model.columnCount()
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    header = table.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for col in range(columns):
        if header.sectionResizeMode(col) != QHeaderView.ResizeMode.Interactive or header.isSectionHidden(col):
            continue
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        needed = metrics.horizontalAdvance(title) + HEADER_PADDING_PX
        if header.sectionSize(col) < needed and not (header.stretchLastSection() and col == columns - 1):
            header.resizeSection(col, needed)
    table.viewport().update()
