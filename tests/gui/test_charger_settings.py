"""Per-charger settings from the Chargers panel: a real window, broker and storage, and chargers
speaking raw OCPP frames over real sockets (so the effect is seen at the wire)."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from arthexis_desktop.core.model import AdmissionState, AuthorizationPolicy
from arthexis_desktop.gui.panels.charger_settings import ChargerSettingsDialog
from arthexis_desktop.gui.panels.chargers import ChargersPanel
from tests.gui.conftest import wait_until
from tests.gui.helpers import charger_row, menu_action, open_context_menu

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]

QUIRKY_STATUS = {"connectorId": 1, "errorCode": "Error", "status": "Faulted"}  # not a 1.6 errorCode


def chargers_panel(app) -> ChargersPanel:
    panel = app.window.panels["chargers"]
    assert isinstance(panel, ChargersPanel)
    return panel


async def booted(app, connect_raw, charger_id: str):
    client = await connect_raw(app.runtime.local_url(charger_id))
    assert (await client.boot())[2]["status"] == "Accepted"
    return client


async def settings_from_menu(panel: ChargersPanel, charger_id: str) -> ChargerSettingsDialog:
    """Select the charger and choose Configuration > Charger settings… in the toolbar."""
    assert panel.select_charger(charger_id)
    menu_action(panel.command_buttons["menu_config"].menu(), "Charger settings…").trigger()
    return await shown_dialog(panel)


async def shown_dialog(panel: ChargersPanel) -> ChargerSettingsDialog:
    editor = panel.settings_editor
    await wait_until(
        lambda: editor.active_dialog is not None and editor.active_dialog.isVisible(), what="settings dialog"
    )
    assert isinstance(editor.active_dialog, ChargerSettingsDialog)
    return editor.active_dialog


def tick(qtbot, button) -> None:
    """Click a radio button or check box where a person does: on its indicator."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


async def save(panel: ChargersPanel, dialog: ChargerSettingsDialog, qtbot) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: panel.settings_editor.active_dialog is None, what="the dialog closing")


async def test_open_policy_accepts_unknown_tags_at_that_charger_only(
    make_desktop, connect_raw, qtbot
) -> None:
    app = await make_desktop(authorization_policy=AuthorizationPolicy.ALLOWLIST)
    panel = chargers_panel(app)
    open_cp = await booted(app, connect_raw, "CP-OPEN")
    listed_cp = await booted(app, connect_raw, "CP-LIST")
    await wait_until(lambda: charger_row(panel, "CP-OPEN") and charger_row(panel, "CP-LIST"), what="rows")
    assert charger_row(panel, "CP-OPEN")["Settings"] == ""  # broker defaults: no marker
    assert (await open_cp.call("Authorize", {"idTag": "CAFE0001"}))[2]["idTagInfo"]["status"] == "Invalid"

    # Right-click the row: the context menu offers the dialog (double-click is not it).
    assert panel.select_charger("CP-OPEN")
    row = panel.table.selectionModel().selectedRows()[0].row()
    menu = open_context_menu(panel.table, row, "chargers_context_menu")
    menu_action(menu, "Charger settings…").trigger()
    menu.close()
    dialog = await shown_dialog(panel)
    assert dialog.windowTitle() == "Charger settings — CP-OPEN"
    default = dialog.policy_buttons[None]
    assert default.isChecked() and default.text() == "Broker default (Allow-list)"
    hints = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Accept only tags in the register that are allowed." in hints
    assert dialog.admission_combo.currentText() == "Accepted"

    tick(qtbot, dialog.policy_buttons[AuthorizationPolicy.OPEN])
    await save(panel, dialog, qtbot)

    assert "Settings of CP-OPEN saved" in panel.result_label.text()
    await wait_until(lambda: charger_row(panel, "CP-OPEN")["Settings"] == "Auth: Open", what="marker")
    assert charger_row(panel, "CP-LIST")["Settings"] == ""
    reply = await open_cp.call("Authorize", {"idTag": "CAFE0002"})
    assert reply[2]["idTagInfo"]["status"] == "Accepted"
    reply = await listed_cp.call("Authorize", {"idTag": "CAFE0002"})
    assert reply[2]["idTagInfo"]["status"] == "Invalid"
    stored = await app.runtime.fleet.charger("CP-OPEN")
    assert stored.settings.authorization_policy is AuthorizationPolicy.OPEN

    # Reopened, the dialog shows what is stored.
    dialog = await settings_from_menu(panel, "CP-OPEN")
    assert dialog.policy_buttons[AuthorizationPolicy.OPEN].isChecked()
    dialog.reject()


async def test_lenient_mode_answers_a_schema_invalid_message_normally(desktop, connect_raw, qtbot) -> None:
    panel = chargers_panel(desktop)
    client = await booted(desktop, connect_raw, "CP-QUIRKY")
    await wait_until(lambda: charger_row(panel, "CP-QUIRKY"), what="row")
    frame = await client.call("StatusNotification", QUIRKY_STATUS, "s1")
    assert frame[:3] == [4, "s1", "PropertyConstraintViolation"]

    dialog = await settings_from_menu(panel, "CP-QUIRKY")
    assert not dialog.lenient_box.isChecked()
    tick(qtbot, dialog.lenient_box)
    assert dialog.lenient_box.isChecked()
    await save(panel, dialog, qtbot)
    await wait_until(lambda: charger_row(panel, "CP-QUIRKY")["Settings"] == "Lenient", what="marker")

    assert await client.call("StatusNotification", QUIRKY_STATUS, "s2") == [3, "s2", {}]
    await wait_until(
        lambda: [text for text, _ in charger_row(panel, "CP-QUIRKY")["chips"]] == ["1 Faulted: Error"],
        what="the quirky status shown",
    )


async def test_kwh_unit_setting_scales_unitless_energy(desktop, connect_raw, qtbot) -> None:
    panel = chargers_panel(desktop)
    client = await booted(desktop, connect_raw, "CP-KWH")
    await wait_until(lambda: charger_row(panel, "CP-KWH"), what="row")
    start = {"connectorId": 1, "idTag": "DEC0DE01", "meterStart": 0, "timestamp": "2026-01-05T10:00:00Z"}
    tx_id = (await client.call("StartTransaction", start))[2]["transactionId"]

    def sample(value: str, second: int) -> dict:
        stamp = f"2026-01-05T10:00:{second:02d}Z"
        return {
            "connectorId": 1,
            "transactionId": tx_id,
            "meterValue": [{"timestamp": stamp, "sampledValue": [{"value": value}]}],  # no unit
        }

    assert (await client.call("MeterValues", sample("1", 1)))[2] == {}  # OCPP default: 1 Wh

    dialog = await settings_from_menu(panel, "CP-KWH")
    assert dialog.unit_combo.currentText() == "Wh — OCPP default"
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findText("kWh"))
    await save(panel, dialog, qtbot)
    await wait_until(lambda: charger_row(panel, "CP-KWH")["Settings"] == "Unit-less: kWh", what="marker")

    assert (await client.call("MeterValues", sample("2.5", 2)))[2] == {}
    await wait_until(
        lambda: charger_row(panel, "CP-KWH")["Session energy"] == "2.50 kWh", what="2.5 kWh in the table"
    )
    readings = []
    for _ in range(40):  # samples are written in batches on the storage thread
        readings = await desktop.runtime.history.meter_readings(tx_id)
        if len(readings) == 2:
            break
        await asyncio.sleep(0.05)
    assert [(r.values[0].value, r.values[0].unit, r.values[0].raw_unit) for r in readings] == [
        (1.0, "Wh", None),
        (2500.0, "Wh", None),
    ]


async def test_admission_from_the_dialog_and_a_clear_error(desktop, connect_raw, qtbot) -> None:
    panel = chargers_panel(desktop)
    client = await booted(desktop, connect_raw, "CP-ADM")
    await wait_until(lambda: charger_row(panel, "CP-ADM"), what="row")

    dialog = await settings_from_menu(panel, "CP-ADM")
    dialog.admission_combo.setCurrentIndex(dialog.admission_combo.findData(AdmissionState.REJECTED))
    await save(panel, dialog, qtbot)
    await wait_until(lambda: charger_row(panel, "CP-ADM")["Admission"] == "Rejected", what="rejected")
    assert "CP-ADM is now Rejected" in panel.result_label.text()
    assert panel.approve_button.isEnabled() and not panel.reject_button.isEnabled()  # consistent
    assert (await client.boot())[2]["status"] == "Rejected"

    # The charger vanishes from the database while the dialog is open: Save explains, stays open.
    await client.ws.close()
    await wait_until(lambda: charger_row(panel, "CP-ADM")["Connection"] == "Offline", what="offline")
    dialog = await settings_from_menu(panel, "CP-ADM")
    assert dialog.admission_combo.currentText() == "Rejected"
    await desktop.runtime.storage.delete_charger("CP-ADM", purge=True)
    dialog.lenient_box.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: dialog.error_label.isVisible(), what="the error in the dialog")
    assert dialog.error_label.text() == "Not found: charger 'CP-ADM' is not known"
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert desktop.window.statusBar().currentMessage() == dialog.error_label.text()
    dialog.reject()
