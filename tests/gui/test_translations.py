"""Translation catalogues: complete, placeholders intact, up to date with the sources, and a German
window whose command buttons are not clipped."""

from __future__ import annotations

import asyncio
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPushButton, QToolButton

from arthexis_desktop.gui.i18n import install_translators, pick_language, remove_translators
from arthexis_desktop.gui.translations_build import (
    LANGUAGES,
    PLURAL_ONLY,
    TranslationToolError,
    catalogues,
    compile_translations,
    find_tool,
    update_catalogues,
)

pytestmark = pytest.mark.gui
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def _problems(ts: Path, *, plural_only: bool) -> list[str]:
    problems = []
    for context, message in _messages(ts):
        source = message.findtext("source") or ""
        where = f"{ts.name} [{context}] {source!r}"
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            if plural_only and message.get("numerus") != "yes":
                continue
            problems.append(f"{where}: {translation.get('type')}")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if not forms or any(not f.strip() for f in forms):
                problems.append(f"{where}: empty plural form")
            if any("%n" not in f for f in forms):
                problems.append(f"{where}: a plural form lost %n")
        else:
            forms = [translation.text or ""]
            if not forms[0].strip():
                problems.append(f"{where}: empty translation")
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders {PLACEHOLDER.findall(form)} in {form!r}")
            if form.count("\n") != source.count("\n"):
                problems.append(f"{where}: line breaks differ in {form!r}")
    return problems


@pytest.mark.timeout(10)
@pytest.mark.parametrize("language", LANGUAGES + PLURAL_ONLY)
def test_catalogue_is_complete_and_keeps_placeholders(language: str) -> None:
    [ts] = [p for p in catalogues() if p.stem == f"arthexis_{language}"]
    assert sum(1 for _ in _messages(ts)) > (3 if language in PLURAL_ONLY else 100)
    assert _problems(ts, plural_only=language in PLURAL_ONLY) == []


@pytest.mark.timeout(30)
def test_catalogues_cover_every_string_in_the_sources(tmp_path: Path) -> None:
    """Re-running lupdate must not find new (untranslated) strings: someone added a tr() and
    forgot ``python -m arthexis_desktop.gui.translations_build --update`` and the translations."""
    try:
        find_tool("lupdate")
    except TranslationToolError:
        pytest.skip("pyside6-lupdate not installed")
    for ts in catalogues():
        shutil.copy(ts, tmp_path / ts.name)
    update_catalogues(tmp_path)
    problems = [
        p for ts in sorted(tmp_path.glob("*.ts")) for p in _problems(ts, plural_only=ts.stem.endswith("en"))
    ]
    assert problems == [], "run translations_build --update and translate:\n" + "\n".join(problems)


@pytest.mark.timeout(30)
def test_compiled_catalogues_translate(tmp_path: Path, qapp: QApplication) -> None:
    produced = compile_translations(tmp_path)
    assert sorted(p.name for p in produced) == [
        f"arthexis_{lang}.qm" for lang in sorted(LANGUAGES + PLURAL_ONLY)
    ]
    translator = QTranslator()
    assert translator.load(str(tmp_path / "arthexis_es.qm"))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Panels", "Chargers") == "Cargadores"
        assert (
            QCoreApplication.translate("BrokerStatus", "%n charger(s) connected", "", 3)
            == "3 cargadores conectados"
        )
    finally:
        qapp.removeTranslator(translator)


def test_language_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    assert pick_language({"ARTHEXIS_LANG": "de_DE.UTF-8"}) == "de"
    assert pick_language({"ARTHEXIS_LANG": "es-MX"}) == "es"
    assert pick_language({"ARTHEXIS_LANG": "C"}) == "en"


@pytest.mark.asyncio
@pytest.mark.timeout(30)
@pytest.mark.parametrize(
    ("language", "approve", "chargers_title"),
    [("de", "Freigeben", "Ladestationen"), ("es", "Aprobar", "Cargadores"), ("it", "Approva", "Colonnine")],
)
async def test_translated_window_does_not_clip_command_buttons(
    make_desktop, qapp: QApplication, language: str, approve: str, chargers_title: str
) -> None:
    """German first: the longest words. Every button keeps its full text at 1280x800."""
    translators = install_translators(qapp, language)
    try:
        app = await make_desktop()
        window = app.window
        window.resize(1280, 800)  # the smallest screen we design for (the offscreen screen is smaller)
        await asyncio.sleep(0.2)  # layout and first redraw
        chargers = window.panels["chargers"]
        assert chargers.approve_button.text() == approve
        assert window.docks["chargers"].windowTitle() == chargers_title
        assert (window.width(), window.height()) == (1280, 800)  # the layout did not force it larger
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 800, f"the {language} window needs {hint}"
        buttons = [
            b
            for panel in window.panels.values()
            for b in panel.findChildren(QPushButton)
            + panel.findChildren(QCheckBox)
            + panel.findChildren(QToolButton)
            if b.isVisible()
        ]
        assert len(buttons) >= 12
        clipped = [
            (b.text(), b.width(), b.sizeHint().width()) for b in buttons if b.width() < b.sizeHint().width()
        ]
        assert clipped == []
        edits = [
            e for panel in window.panels.values() for e in panel.findChildren(QLineEdit) if e.isVisible()
        ]
        cut = [
            e.placeholderText()
            for e in edits
            if e.fontMetrics().horizontalAdvance(e.placeholderText()) > e.width()
        ]
        assert cut == [], "placeholder texts cut off"
        # The command forms size themselves to their (German) labels too.
        chargers.controller.request("reset", "nobody")  # unknown charger: explained, no form
        assert "nobody" in chargers.result_label.text() and chargers.controller.message_box is not None
        chargers.controller.message_box.close()
    finally:
        remove_translators(qapp, translators)


def _clipped(widgets: list) -> list[tuple[str, int, int]]:
    return [(w.text(), w.width(), w.sizeHint().width()) for w in widgets if w.width() < w.sizeHint().width()]


@pytest.mark.asyncio
@pytest.mark.timeout(30)
@pytest.mark.parametrize("language", ["de", "es", "it"])
async def test_translated_tags_panel_and_settings_dialog_do_not_clip(
    make_desktop, qapp: QApplication, language: str
) -> None:
    """The tabbed "RFID tags seen" panel and the charger settings dialog keep their full texts."""
    from arthexis_desktop.core.model import AdmissionState, AuthorizationPolicy, ChargerRecord
    from arthexis_desktop.gui.panels.charger_settings import ChargerSettingsDialog

    translators = install_translators(qapp, language)
    try:
        app = await make_desktop()
        window = app.window
        window.resize(1280, 800)
        window.docks["tags_seen"].raise_()
        panel = window.panels["tags_seen"]
        await asyncio.sleep(0.3)  # layout and first redraw of the raised tab
        assert panel.is_on_screen() and not window.panels["message_log"].is_on_screen()
        buttons = [
            b for b in panel.findChildren(QPushButton) + panel.findChildren(QToolButton) if b.isVisible()
        ]
        assert len(buttons) >= 3 and _clipped(buttons) == []
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 800, f"the {language} window needs {hint}"

        record = ChargerRecord("CHARGER-0001", AdmissionState.PENDING)
        dialog = ChargerSettingsDialog(record, broker_policy=AuthorizationPolicy.ALLOWLIST, parent=window)
        dialog.open()
        await asyncio.sleep(0.1)
        assert dialog.height() <= 800 and dialog.width() <= 1280
        checks = [*dialog.findChildren(QCheckBox), *dialog.policy_buttons.values()]
        assert _clipped(checks + [b for b in dialog.findChildren(QPushButton) if b.isVisible()]) == []
        combos = [dialog.unit_combo, dialog.admission_combo]
        assert all(c.width() >= c.sizeHint().width() for c in combos)
        wrapped = [label for label in dialog.findChildren(QLabel) if label.wordWrap() and label.isVisible()]
        assert len(wrapped) >= 6
        cut_lines = [lb.text() for lb in wrapped if lb.height() < lb.heightForWidth(lb.width())]
        assert cut_lines == [], "explanations lose their last line"
        dialog.reject()
    finally:
        remove_translators(qapp, translators)
