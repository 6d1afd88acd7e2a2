"""The Chargers panel with a real broker and real simulated chargers over loopback sockets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from arthexis_desktop.core.events import BootNotified
from arthexis_desktop.core.model import AdmissionPolicy, AdmissionState
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.commands.results import ConfigurationDialog
from arthexis_desktop.gui.panels.chargers import ChargersPanel
from arthexis_desktop.simulator import SessionPlan
from tests.gui.conftest import wait_until
from tests.gui.helpers import charger_row, press_ok, table_rows

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]


def chargers_panel(app) -> ChargersPanel:
    panel = app.window.panels["chargers"]
    assert isinstance(panel, ChargersPanel)
    return panel


async def test_connecting_charger_appears_with_status_colour(desktop, start_charger, qtbot) -> None:
    panel = chargers_panel(desktop)
    await start_charger(desktop, "CP-A")

    def shown_available():
        row = charger_row(panel, "CP-A")
        return row if row and row["chips"] and "Available" in row["chips"][0][0] else None

    await wait_until(shown_available, what="CP-A listed as Available")
    row = shown_available()
    assert row["Vendor / model"] == "Arthexis Simulator"
    assert row["Admission"] == "Accepted"
    assert row["Connection"] == "Online (OCPP 1.6)"
    assert row["chips"] == [("1 Available", fmt.BLUE)]
    assert "connected" in desktop.window.broker_status.connected_label.text()

    # Remote start from the button and its form: the connector turns green and power shows.
    assert panel.select_charger("CP-A")
    qtbot.mouseClick(panel.command_buttons["remote_start"], Qt.MouseButton.LeftButton)
    form = panel.controller.active_dialog
    assert form is not None and form.isVisible()
    press_ok(form)  # without an idTag the form explains and stays open
    assert (
        form.isVisible() and form.findChild(QLabel, "form_error").text() == "Enter the idTag to start with."
    )
    form.field("id_tag").setText("04e91c2a")
    press_ok(form)
    await wait_until(lambda: "Accepted" in panel.result_label.text(), what="remote start accepted")
    await wait_until(
        lambda: (
            charger_row(panel, "CP-A")["chips"] == [("1 Charging", fmt.GREEN)]
            and charger_row(panel, "CP-A")["Power"].endswith(" kW")
            and charger_row(panel, "CP-A")["Power"] != "0.00 kW"
        ),
        what="CP-A charging in green with live power",
    )

    # Get configuration (the Configuration menu) shows the charger's key table.
    panel.request_command("get_configuration")
    press_ok(panel.controller.active_dialog)
    await wait_until(
        lambda: isinstance(panel.controller.active_dialog, ConfigurationDialog), what="key table"
    )
    keys = panel.controller.active_dialog.table
    assert keys.rowCount() > 5
    assert "HeartbeatInterval" in {keys.item(r, 0).text() for r in range(keys.rowCount())}
    panel.controller.active_dialog.reject()


async def test_pending_charger_is_approved_and_accepted_at_next_boot(
    make_desktop, start_charger, qtbot
) -> None:
    app = await make_desktop(admission_policy=AdmissionPolicy.ACCEPT_KNOWN)
    panel = chargers_panel(app)
    boots: list[BootNotified] = []
    app.runtime.bus.subscribe(BootNotified, boots.append)
    await start_charger(app, "CP-NEW")

    await wait_until(
        lambda: (charger_row(panel, "CP-NEW") or {}).get("Admission") == "Pending approval",
        what="CP-NEW pending",
    )
    assert panel.banner.isVisible() and "CP-NEW" in panel.banner.text()
    assert "1 charger waiting for approval" in panel.banner.text()
    assert not panel.approve_button.isEnabled()  # nothing selected yet
    assert panel.select_charger("CP-NEW")
    assert panel.approve_button.isEnabled()
    pending_boots = len(boots)
    assert all(b.status == "Pending" for b in boots)

    qtbot.mouseClick(panel.approve_button, Qt.MouseButton.LeftButton)

    await wait_until(
        lambda: any(b.status == "Accepted" for b in boots[pending_boots:]),
        what="the next BootNotification answered Accepted",
    )
    await wait_until(lambda: charger_row(panel, "CP-NEW")["Admission"] == "Accepted", what="row Accepted")
    assert app.runtime.fleet_state.charger("CP-NEW").admission is AdmissionState.ACCEPTED
    await wait_until(lambda: not panel.banner.isVisible(), what="banner gone")
    assert "approved" in panel.result_label.text()
    assert not panel.approve_button.isEnabled()


async def test_remote_stop_button_ends_the_running_transaction(desktop, start_charger, qtbot) -> None:
    panel = chargers_panel(desktop)
    transactions = desktop.window.panels["transactions"]
    plan = SessionPlan(idle_s=0.0, duration_s=None, max_sessions=1)  # plugs in and charges at once
    await start_charger(desktop, "CP-S", plan=plan)

    def tx_row(status: str):
        rows = [r for r in table_rows(transactions.table) if r["Charger"] == "CP-S" and r["Status"] == status]
        return rows[0] if rows else None

    await wait_until(
        lambda: tx_row("active") and tx_row("active")["Energy"] not in ("—", "0.00 kWh"),
        what="an active transaction with energy",
    )
    assert panel.select_charger("CP-S")
    qtbot.mouseClick(panel.command_buttons["remote_stop"], Qt.MouseButton.LeftButton)
    form = panel.controller.active_dialog
    assert form is not None
    choice = form.field("transaction_id")
    assert choice.count() == 1 and f"#{tx_row('active')['ID']}" in choice.currentText()
    press_ok(form)

    await wait_until(lambda: tx_row("finished") is not None, what="the transaction finished")
    finished = tx_row("finished")
    assert finished["Energy"].endswith(" kWh") and float(finished["Energy"].split()[0]) > 0
    assert finished["Stop reason"] == "Remote"
    assert finished["Stop"] != "—"
    assert "RemoteStopTransaction to CP-S: Accepted" in panel.result_label.text()


async def test_command_to_disconnected_charger_shows_a_clear_error(desktop, start_charger, qtbot) -> None:
    panel = chargers_panel(desktop)
    charger = await start_charger(desktop, "CP-D")
    await wait_until(lambda: (charger_row(panel, "CP-D") or {}).get("Connection", "").startswith("Online"))
    await charger.stop()
    await wait_until(lambda: charger_row(panel, "CP-D")["Connection"] == "Offline", what="CP-D offline")
    assert charger_row(panel, "CP-D")["chips"] == [("1 Offline", fmt.LIGHT_GREY)]

    assert panel.select_charger("CP-D")
    qtbot.mouseClick(panel.command_buttons["reset"], Qt.MouseButton.LeftButton)
    press_ok(panel.controller.active_dialog)

    await wait_until(
        lambda: "not connected" in panel.result_label.text(), what="the error in the result line"
    )
    assert "Charger CP-D is not connected." in panel.result_label.text()
    box = panel.controller.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Charger CP-D is not connected."
    assert desktop.window.statusBar().currentMessage() == "Charger CP-D is not connected."
    box.close()
