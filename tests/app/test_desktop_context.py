"""``--data-dir`` reaches the window's tools: the panels' per-user files go into the data folder."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
from PySide6.QtWidgets import QApplication

from arthexis_desktop.app.desktop import build_context
from arthexis_desktop.app.options import AppOptions, data_dir
from arthexis_desktop.cli import build_parser, options_from
from arthexis_desktop.core.awg import AwgRequest
from arthexis_desktop.core.events import EventBus
from arthexis_desktop.gui.panels.calculators import CalculatorsPanel
from arthexis_desktop.gui.panels.calculators.preset_store import FILE_NAME as PRESETS_FILE
from arthexis_desktop.gui.panels.clipboard import ClipboardPanel
from arthexis_desktop.gui.panels.clipboard.samples import FILE_NAME as SAMPLES_FILE

pytestmark = [pytest.mark.gui, pytest.mark.timeout(30)]


def runtime_for(options: AppOptions) -> Any:
    """What ``build_context`` reads of a Runtime (the services are not used by these panels)."""
    return SimpleNamespace(
        options=options,
        fleet_state=None,
        commands=None,
        fleet=None,
        history=None,
        csms=None,
        bus=EventBus(),
    )


@pytest.fixture
def qt_app() -> QApplication:
    return cast(QApplication, QApplication.instance() or QApplication([]))


def test_data_dir_option_is_the_panels_data_folder(tmp_path: Path, qt_app: QApplication) -> None:
    folder = tmp_path / "site-laptop"
    options = options_from(build_parser().parse_args(["--data-dir", str(folder)]))
    context = build_context(runtime_for(options))
    try:
        assert context.data_dir == folder == data_dir(options)

        calculators = CalculatorsPanel(context)
        calculators.presets.save(AwgRequest(length_m=30, current_a=40), "Garage")
        assert (folder / PRESETS_FILE).is_file()

        clipboard = ClipboardPanel(context)
        clipboard.samples.add("ws://10.0.0.5:9000/ocpp/CP-042")
        assert (folder / SAMPLES_FILE).is_file()
        calculators.deleteLater()
        clipboard.deleteLater()
    finally:
        context.clock.stop()
        context.bridge.detach()


def test_without_data_dir_the_per_user_folder_is_used(
    tmp_path: Path, qt_app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *_args, **_kw: str(tmp_path / "per-user"))
    context = build_context(runtime_for(AppOptions()))
    try:
        assert context.data_dir == tmp_path / "per-user"
    finally:
        context.clock.stop()
        context.bridge.detach()
