"""Install the application's and Qt's own translators for one language.

The language comes from ``ARTHEXIS_LANG`` (e.g. ``es``, ``de_DE``) or the system locale; the
settings dialog will store a choice later. Compiled catalogues (``arthexis_<lang>.qm``) are looked
up in the bundle's / checkout's ``translations/`` folder; a source checkout that was never built
compiles its ``.ts`` into a cache folder on first use (when lrelease is available).
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from arthexis_desktop.gui.paths import find_dir
from arthexis_desktop.gui.translations_build import (
    CATALOGUE_PREFIX,
    TranslationToolError,
    compile_translations,
)

log = logging.getLogger(__name__)

LANG_ENV = "ARTHEXIS_LANG"
SOURCE_LANGUAGE = "en"


def pick_language(env: Mapping[str, str] | None = None) -> str:
    """Two-letter language code: ``ARTHEXIS_LANG`` if set, else the system locale's."""
    environ = os.environ if env is None else env
    chosen = environ.get(LANG_ENV, "").strip()
    name = chosen or QLocale.system().name()  # "es_MX", "C", "de_DE"
    code = name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return code if code and code != "c" else SOURCE_LANGUAGE


def use_language_for_numbers(language: str, env: Mapping[str, str] | None = None) -> None:
    """When ``ARTHEXIS_LANG`` overrides the system language, numbers follow it too (7,40 kW)."""
    environ = os.environ if env is None else env
    if environ.get(LANG_ENV, "").strip() and language != SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale(language))


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
