"""The settings dialog with the real window and broker: refused values, a port change that moves the
listener (a real OCPP client connects there), the database check off the GUI thread, start with
the system, and a language switch that retranslates the open window."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from itertools import pairwise
from pathlib import Path

import pytest
import websockets
from ocpp.v16 import ChargePoint, call
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from arthexis_desktop.core.model import AdmissionState, AuthorizationPolicy, ChargerRecord
from arthexis_desktop.gui.clock import ClockedPanel
from arthexis_desktop.gui.panels.charger_settings import ChargerSettingsDialog
from arthexis_desktop.gui.settings.dialog import SettingsDialog
from tests.gui.conftest import wait_until
from tests.gui.helpers import column_of, menu_action
from tests.gui.shell_helpers import Shells, free_port, shells_fixture  # noqa: F401 - the fixture

pytestmark = [pytest.mark.gui, pytest.mark.timeout(30)]


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """Every text a person reads in ``root``: labels, buttons, group titles, choices, tabs, headers."""
    found: list[tuple[str, str]] = []
    for widget in root.findChildren(QWidget):
        kind = type(widget).__name__
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((kind, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((kind, widget.title()))
        elif isinstance(widget, QComboBox):
            found += [(kind, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            found.append((kind, widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            found += [(kind, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTableView):
            model = widget.model()
            found += [
                (kind, str(model.headerData(c, Qt.Orientation.Horizontal)))
                for c in range(model.columnCount())
            ]
    return sorted(found)  # the same texts, whatever order Qt lists the widgets in


def open_dialog(app) -> SettingsDialog:
    menu_action(app.window.file_menu, "&Settings…").trigger()
    dialog = app.settings_controller.dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    return dialog


def edit(dialog: SettingsDialog, path: str) -> QLineEdit:
    widget = dialog.field(path)
    assert isinstance(widget, QLineEdit)
    return widget


def choose(dialog: SettingsDialog, path: str, data: object) -> None:
    combo = dialog.field(path)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(data))


@pytest.mark.asyncio
async def test_refused_values_show_next_to_their_field_and_nothing_is_saved(shells: Shells) -> None:
    app = await shells.start()
    port_before = app.runtime.csms.port
    settings_file = shells.data_dir / "settings.json"
    dialog = open_dialog(app)
    assert edit(dialog, "broker.port").text() == "0"  # what this run uses

    edit(dialog, "broker.port").setText("70000")
    pings = dialog.field("broker.pings")
    assert isinstance(pings, QCheckBox) and not pings.isChecked()  # this run has pings off
    pings.setChecked(True)
    edit(dialog, "broker.ping_interval_s").setText("0")
    edit(dialog, "map.tile_url_template").setText("https://tiles.example/{z}/{x}.png")
    choose(dialog, "appearance.theme", "dark")  # a fine value: still not saved with the others
    dialog.ok_button.click()
    await asyncio.sleep(0.05)

    assert dialog.isVisible()
    assert dialog.error_text("broker.port") == (
        "The port must be a whole number from 0 to 65535 (0 picks a free port)."
    )
    assert dialog.error_text("broker.ping_interval_s").startswith("Enter a number of seconds greater than 0")
    assert dialog.error_text("map.tile_url_template") == "The URL template needs {z}, {x} and {y}."
    assert dialog.error_text("broker.host") == ""
    assert dialog.section_list.currentRow() == 0  # the first section with a problem is in front
    assert "nothing was saved" in dialog.status.text()
    assert not settings_file.exists()
    assert app.runtime.csms.port == port_before and app.hub.current.broker.port == 0
    assert edit(dialog, "broker.port").text() == "70000"  # what was typed stays, to be corrected

    edit(dialog, "broker.port").setText("nine thousand")
    dialog.apply_button.click()
    assert dialog.error_text("broker.port") == "Enter a whole number."
    assert not settings_file.exists()
    dialog.reject()


@pytest.mark.asyncio
async def test_port_change_moves_the_listener_and_a_real_charger_connects_there(shells: Shells) -> None:
    app = await shells.start()
    window = app.window
    old_port = app.runtime.csms.port
    new_port = free_port()
    dialog = open_dialog(app)
    edit(dialog, "broker.port").setText(str(new_port))
    dialog.ok_button.click()
    await wait_until(lambda: app.runtime.csms.port == new_port, what="the listener on the new port")
    await wait_until(lambda: app.settings_controller.dialog is None, what="the dialog closed after saving")

    class Client(ChargePoint):
        pass

    async with websockets.connect(f"ws://127.0.0.1:{new_port}/CP-NEWPORT", subprotocols=["ocpp1.6"]) as ws:
        client = Client("CP-NEWPORT", ws)
        listening = asyncio.create_task(client.start())
        try:
            reply = await asyncio.wait_for(
                client.call(call.BootNotification(charge_point_model="M1", charge_point_vendor="Arthexis")),
                10,
            )
        finally:
            listening.cancel()
    assert reply.status == "Accepted"
    await wait_until(lambda: "CP-NEWPORT" in {c.charger_id for c in app.runtime.fleet_state.chargers()})
    with pytest.raises(OSError):  # the old port is free again
        await websockets.connect(
            f"ws://127.0.0.1:{old_port}/CP-OLD", subprotocols=["ocpp1.6"], open_timeout=2
        )

    assert window.isVisible() and app.runtime.csms.running
    await wait_until(
        lambda: f":{new_port}/" in window.broker_status.urls_label.text(), what="the new URL shown"
    )
    stored = json.loads((shells.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert stored["broker"]["port"] == new_port and stored["version"] == 1
    assert stored["broker"]["admission_policy"] == "accept_known"  # untouched fields keep the stored value
    assert app.hub.current.broker.port == new_port
    assert "Settings saved." in window.statusBar().currentMessage()


@pytest.mark.asyncio
async def test_a_port_in_use_is_refused_and_the_old_listener_keeps_serving(shells: Shells) -> None:
    app = await shells.start()
    old_port = app.runtime.csms.port
    blocker = await asyncio.start_server(lambda *_: None, "127.0.0.1", 0)
    busy = blocker.sockets[0].getsockname()[1]
    try:
        dialog = open_dialog(app)
        edit(dialog, "broker.port").setText(str(busy))
        dialog.ok_button.click()
        await wait_until(lambda: dialog.error_text("broker.port"), what="the bind error under the port")
        assert dialog.error_text("broker.port").startswith("The broker cannot listen there:")
        assert str(busy) in dialog.error_text("broker.port") and dialog.isVisible()
        assert app.runtime.csms.port == old_port and app.runtime.csms.running
        assert not (shells.data_dir / "settings.json").exists()
        dialog.reject()
    finally:
        blocker.close()


@pytest.mark.asyncio
async def test_a_broker_that_could_not_bind_at_start_starts_on_a_port_chosen_in_the_settings(
    shells: Shells,
) -> None:
    blocker = await asyncio.start_server(lambda *_: None, "127.0.0.1", 0)
    busy = blocker.sockets[0].getsockname()[1]
    try:
        app = await shells.start(port=busy)
        window = app.window
        assert app.broker_error and not app.runtime.csms.running
        assert "File → Settings → Broker" in app._dialogs[0].text()
        new_port = free_port()
        dialog = open_dialog(app)
        assert edit(dialog, "broker.port").text() == str(busy)
        edit(dialog, "broker.port").setText(str(new_port))
        dialog.ok_button.click()
        await wait_until(lambda: app.runtime.csms.running, what="the broker started")
        assert app.runtime.csms.port == new_port and app.broker_error is None
        await wait_until(lambda: window.broker_status.state_label.text() == "● Broker running")
    finally:
        blocker.close()


@pytest.mark.asyncio
async def test_test_connection_reports_a_bad_database_without_freezing_the_window(shells: Shells) -> None:
    app = await shells.start()
    dialog = open_dialog(app)
    dialog.select_section("storage")
    storage = dialog.storage
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    # A "server" that accepts the connection and never answers: the check waits for its timeout.
    silent = await asyncio.start_server(lambda *_: None, "127.0.0.1", 0)
    silent_port = silent.sockets[0].getsockname()[1]
    try:
        edit(dialog, "storage.db_url").setText(f"postgresql://arthexis:s3cret@127.0.0.1:{silent_port}/fleet")
        started = time.monotonic()
        storage.test_button.click()
        assert storage.test_result.text() == "Connecting…" and not storage.test_button.isEnabled()
        await wait_until(lambda: storage.test_button.isEnabled(), timeout_s=15, what="the check to finish")
        took = time.monotonic() - started
        text = storage.test_result.text()
        assert text.startswith(
            f"Cannot connect to postgresql+psycopg://arthexis:***@127.0.0.1:{silent_port}/fleet"
        )
        assert "s3cret" not in text and "timeout" in text.lower()
        gaps = [b - a for a, b in pairwise(ticks)]
        assert took > 2 and len(ticks) > took / 0.1, "the window stopped while the database was checked"
        assert max(gaps) < 0.5

        edit(dialog, "storage.db_url").setText("postgresql://arthexis:s3cret@127.0.0.1:1/fleet")  # refused
        storage.test_button.click()
        await wait_until(lambda: storage.test_button.isEnabled(), timeout_s=15, what="the refused check")
        assert storage.test_result.text().startswith("Cannot connect to postgresql+psycopg://arthexis:***@")
        assert "refused" in storage.test_result.text().lower()

        edit(dialog, "storage.db_url").setText("nonsense")
        storage.test_button.click()
        await wait_until(lambda: storage.test_button.isEnabled(), what="the second check")
        assert storage.test_result.text() == "Cannot connect to nonsense: not a database URL: 'nonsense'"

        edit(dialog, "storage.db_url").setText("")  # empty: the SQLite file in the data folder
        storage.test_button.click()
        await wait_until(lambda: storage.test_button.isEnabled(), what="the third check")
        assert storage.test_result.text().startswith("Connected to sqlite")
    finally:
        timer.stop()
        silent.close()
    dialog.reject()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart is the Linux mechanism")
@pytest.mark.asyncio
async def test_start_with_the_system_writes_and_removes_the_xdg_autostart_entry(
    shells: Shells, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "arthexis-desktop.desktop"
    app = await shells.start()
    dialog = open_dialog(app)
    box = dialog.field("startup.start_with_os")
    assert isinstance(box, QCheckBox) and box.isEnabled() and not box.isChecked()
    box.setChecked(True)
    dialog.ok_button.click()
    await wait_until(lambda: app.settings_controller.dialog is None, what="saved")
    text = entry.read_text(encoding="utf-8")
    assert "[Desktop Entry]" in text and "Type=Application" in text
    assert f"Exec={sys.executable} -m arthexis_desktop" in text

    dialog = open_dialog(app)
    box = dialog.field("startup.start_with_os")
    assert isinstance(box, QCheckBox) and box.isChecked()  # read back from the system
    box.setChecked(False)
    dialog.ok_button.click()
    await wait_until(lambda: app.settings_controller.dialog is None, what="saved")
    assert not entry.exists()
    stored = json.loads((shells.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert stored["startup"]["start_with_os"] is False


@pytest.mark.asyncio
async def test_switching_to_german_retranslates_the_running_window(
    shells: Shells, qapp: QApplication
) -> None:
    app = await shells.start()
    window = app.window
    chargers = window.panels["chargers"]
    log = window.panels["message_log"]
    assert window.docks["chargers"].windowTitle() == "Chargers"
    record = ChargerRecord("CHARGER-0001", AdmissionState.PENDING)
    charger_dialog = ChargerSettingsDialog(record, broker_policy=AuthorizationPolicy.ALLOWLIST, parent=window)
    charger_dialog.open()  # open while the language changes
    dialog = open_dialog(app)
    dialog.select_section("appearance")
    choose(dialog, "appearance.language", "de")
    dialog.apply_button.click()  # stays open: it retranslates too

    await wait_until(lambda: window.docks["chargers"].windowTitle() == "Ladestationen", what="German titles")
    assert window.view_menu.title() == "&Ansicht" and window.file_menu.title() == "&Datei"
    assert menu_action(window.view_menu, "Ladevorgänge").isCheckable()  # the View menu follows the docks
    assert chargers.approve_button.text() == "Freigeben"
    model = chargers.table.model()
    assert column_of(model, "Ladestation") == 0  # column headers
    assert log.charger_combo.itemText(0) != "All chargers"
    assert window.panels["calculators"].tabs.tabText(1) != "Power"
    assert (
        dialog.isVisible()
        and dialog.buttons.button(dialog.buttons.StandardButton.Cancel).text() == "Abbrechen"
    )
    assert app.hub.current.appearance.language == "de"

    # Longer words must not clip: every button and check box of the visible panels keeps its text.
    window.resize(1280, 800)
    await asyncio.sleep(0.2)
    widgets = [
        w
        for panel_id in ("chargers", "transactions", "message_log")
        for w in window.panels[panel_id].findChildren(QPushButton)
        + window.panels[panel_id].findChildren(QCheckBox)
        if w.isVisible()
    ]
    assert widgets and [w.text() for w in widgets if w.width() < w.sizeHint().width()] == []
    labels = [lb for lb in dialog.findChildren(QLabel) if lb.isVisible() and not lb.wordWrap()]
    assert [lb.text() for lb in labels if lb.width() < lb.sizeHint().width()] == []

    # Each panel retranslated in place reads exactly like one built in German from scratch.
    from arthexis_desktop.gui.panels.calculators import CalculatorsPanel
    from arthexis_desktop.gui.panels.clipboard import ClipboardPanel

    builders = {"calculators": CalculatorsPanel, "clipboard": ClipboardPanel}
    for panel_id in ("chargers", "transactions", "message_log", "tags_seen", "calculators", "clipboard"):
        fresh = builders.get(panel_id, window.registry.get(panel_id).factory)(app.context)
        for panel in (fresh, window.panels[panel_id]):
            if isinstance(panel, ClockedPanel):
                panel.redraw()  # the live lines of both, now
        try:
            assert widget_texts(window.panels[panel_id]) == widget_texts(fresh), panel_id
        finally:
            fresh.deleteLater()

    fresh_charger = ChargerSettingsDialog(record, broker_policy=AuthorizationPolicy.ALLOWLIST, parent=window)
    assert widget_texts(charger_dialog) == widget_texts(fresh_charger)
    assert charger_dialog.windowTitle() == fresh_charger.windowTitle() != "Charger settings — CHARGER-0001"
    dialog.set_status("")  # the result line of the save, not a fixed text
    fresh_settings = SettingsDialog(dialog.settings, parent=window)
    assert widget_texts(dialog) == widget_texts(fresh_settings)
    for extra in (fresh_charger, fresh_settings, charger_dialog):
        extra.close()
        extra.deleteLater()

    choose(dialog, "appearance.language", "en")
    dialog.ok_button.click()
    await wait_until(lambda: window.docks["chargers"].windowTitle() == "Chargers", what="English again")
    assert chargers.approve_button.text() == "Approve" and column_of(model, "Charger") == 0
    stored = json.loads((shells.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert stored["appearance"]["language"] == "en"


@pytest.mark.asyncio
async def test_theme_from_the_settings_applies_at_once(shells: Shells, qapp: QApplication) -> None:
    app = await shells.start()
    dialog = open_dialog(app)
    choose(dialog, "appearance.theme", "dark")
    dialog.ok_button.click()
    await wait_until(lambda: shells.theme is not None and shells.theme.effective == "dark", what="dark theme")
    assert qapp.palette().color(qapp.palette().ColorRole.Window).lightness() < 80


@pytest.mark.timeout(10)
def test_a_command_line_run_takes_the_stored_values_it_was_not_given(tmp_path: Path) -> None:
    from arthexis_desktop.app.shell_setup import load_settings
    from arthexis_desktop.cli import build_parser, explicit_options, options_from
    from arthexis_desktop.core.app_settings import AppSettings
    from arthexis_desktop.services.app_settings import SettingsStore

    stored = AppSettings().with_value("broker.port", 9100).with_value("broker.host", "127.0.0.1")
    SettingsStore.in_folder(tmp_path).save(stored)
    argv = ["--data-dir", str(tmp_path), "--host", "0.0.0.0"]
    options, store, loaded = load_settings(
        options_from(build_parser().parse_args(argv)), explicit_options(argv)
    )
    assert options.broker.port == 9100 and options.broker.host == "0.0.0.0"
    assert store.path == tmp_path / "settings.json" and loaded.settings == stored
    as_given, _store, _loaded = load_settings(options_from(build_parser().parse_args(argv)), None)
    assert as_given.broker.port == 9000  # options built by code (tests, benchmarks) are used as they are
