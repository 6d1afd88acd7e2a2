"""The Charger panel with a real broker: a focus request (or a double-click in Chargers) shows one
charger — identity from its BootNotification, connectors, the running session live, the error
history from storage, notes and location stored at once."""

from __future__ import annotations

import asyncio

import pytest

from arthexis_desktop.gui.panels.charger_detail.panel import TAB_ERRORS, TAB_OVERVIEW
from arthexis_desktop.gui.panels.charger_detail.reloader import table_texts
from arthexis_desktop.gui.panels.chargers import ChargersPanel
from arthexis_desktop.gui.panels.chargers_model import CHARGER_ID_ROLE, COL_ID
from tests.gui.charger_detail_helpers import detail_panel, english, focus_router, open_detail, show_tab
from tests.gui.conftest import wait_until
from tests.gui.helpers import charger_row

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]


async def test_focus_request_shows_the_charger_with_its_boot_identity(desktop, start_charger) -> None:
    await start_charger(
        desktop, "CP-DET", vendor="Acme", model="Fast 22", serial="SN-42", firmware="fw-1.2.3", connectors=2
    )
    state = desktop.runtime.fleet_state
    await wait_until(lambda: (c := state.charger("CP-DET")) and c.vendor == "Acme", what="CP-DET booted")
    dock = desktop.window.docks["charger_detail"]
    assert not dock.isVisible() and dock.windowTitle() == "Charger"  # hidden until asked for

    panel = await open_detail(desktop, "CP-DET")
    assert dock.isVisible() and panel.tabs.currentIndex() == TAB_OVERVIEW
    values = panel.overview.identity.values
    await wait_until(lambda: values["serial"].text() == "SN-42", what="the serial from storage")
    assert {key: label.text() for key, label in values.items() if key not in ("connected", "heartbeat")} == {
        "vendor": "Acme",
        "model": "Fast 22",
        "serial": "SN-42",
        "firmware": "fw-1.2.3",
        "protocol": "OCPP 1.6",
        "remote": values["remote"].text(),
        "admission": "Accepted",
        "meter": "SimMeter M-SN-42",
    }
    assert values["remote"].text().startswith("127.0.0.1:")
    assert values["connected"].text().endswith("s ago)")
    assert panel.state.text() == "Online (OCPP 1.6)"
    assert panel.picker.currentText() == "CP-DET"
    await wait_until(lambda: panel.overview.connectors.rowCount() >= 2, what="both connectors")
    rows = _connector_rows(panel)
    assert [(r["Connector"], r["Status"]) for r in rows if r["Connector"] in ("1", "2")] == [
        ("1", "Available"),
        ("2", "Available"),
    ]
    assert panel.overview.session_label.text() == "No transaction running."

    # A session started elsewhere shows live: power and energy follow the meter values.
    await desktop.runtime.commands.remote_start("CP-DET", id_tag="DEC0DE01", connector_id=1)
    label = panel.overview.session_label
    await wait_until(
        lambda: (
            label.text().startswith("Charging on connector 1: ")
            and " kW, " in label.text()
            and "0.00 kW" not in label.text()
        ),
        what="the running session with live power",
    )
    assert "tag DEC0DE01, transaction #" in label.text()
    first = label.text()
    await wait_until(lambda: label.text() != first, what="the live numbers moving")
    row = next(r for r in _connector_rows(panel) if r["Connector"] == "1")
    assert row["Status"] == "Charging" and row["Power"].endswith(" kW") and row["Transaction"].startswith("#")


def _connector_rows(panel) -> list[dict[str, str]]:
    return table_texts(panel.overview.connectors)


async def test_double_click_in_chargers_opens_the_detail(desktop, start_charger) -> None:
    focus_router(desktop)
    chargers = desktop.window.panels["chargers"]
    assert isinstance(chargers, ChargersPanel)
    await start_charger(desktop, "CP-A")
    await start_charger(desktop, "CP-B")
    await wait_until(lambda: charger_row(chargers, "CP-B") is not None, what="CP-B listed")
    requests: list[tuple[str, str]] = []
    desktop.context.focus.requested.connect(lambda kind, value: requests.append((kind, value)))

    proxy = chargers.table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, COL_ID).data(CHARGER_ID_ROLE) == "CP-B")
    chargers.table.doubleClicked.emit(proxy.index(row, 2))
    assert requests == [("charger", "CP-B")]
    panel = detail_panel(desktop)
    await wait_until(lambda: panel.is_on_screen() and panel.title.text() == "CP-B", what="the detail of CP-B")
    assert "requested" not in desktop.window.statusBar().currentMessage()  # a panel answered it

    # Its own list switches to another charger.
    index = panel.picker.findData("CP-A")
    panel.picker.setCurrentIndex(index)
    panel.picker.activated.emit(index)
    await wait_until(lambda: panel.title.text() == "CP-A", what="CP-A picked")
    assert panel.charger_id == "CP-A"


async def test_faulted_status_notification_is_in_the_error_history(desktop, connect_raw) -> None:
    client = await connect_raw(desktop.runtime.local_url("CP-F"))
    assert (await client.boot())[2]["status"] == "Accepted"
    await client.call("StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available"})
    panel = await open_detail(desktop, "CP-F")
    await show_tab(panel, TAB_ERRORS)
    await wait_until(lambda: panel.history.summary.text() == "No errors reported.", what="no errors yet")
    assert panel.tabs.tabText(TAB_ERRORS) == "Errors"

    fault = {
        "connectorId": 1,
        "errorCode": "GroundFailure",
        "status": "Faulted",
        "info": "RCD tripped",
        "vendorId": "Acme",
        "vendorErrorCode": "E42",
    }
    assert (await client.call("StatusNotification", fault))[0] == 3
    await wait_until(lambda: panel.history.rows(), what="the fault in the error history")
    [row] = panel.history.rows()
    assert (row["Connector"], row["Status"], row["Error code"], row["Info"], row["Vendor error"]) == (
        "1",
        "Faulted",
        "GroundFailure",
        "RCD tripped",
        "Acme E42",
    )
    assert english(panel.history.summary.text()) == "1 error reported, newest first"
    assert panel.tabs.tabText(TAB_ERRORS) == "Errors (1)"

    # Back to normal: still one error; every status change on request.
    await client.call("StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available"})
    panel.history.all_box.setChecked(True)
    await wait_until(lambda: len(panel.history.rows()) == 3, what="every status change")
    assert [r["Status"] for r in panel.history.rows()] == ["Available", "Faulted", "Available"]
    assert english(panel.history.summary.text()) == "3 status changes, newest first · 1 error"

    # The overview shows the connector as it is now.
    await show_tab(panel, TAB_OVERVIEW)
    await wait_until(lambda: _connector_rows(panel), what="the connector row")
    assert [(r["Connector"], r["Status"], r["Error code"]) for r in _connector_rows(panel)] == [
        ("1", "Available", "")
    ]


async def test_notes_and_location_are_stored_at_once(desktop, connect_raw) -> None:
    client = await connect_raw(desktop.runtime.local_url("CP-N"))
    assert (await client.boot())[2]["status"] == "Accepted"
    storage = desktop.runtime.storage
    panel = await open_detail(desktop, "CP-N")
    notes = panel.notes
    await wait_until(notes.isEnabled, what="the stored record loaded")

    notes.notes.setPlainText("Behind the gate; call Ana 555-0101.")
    await wait_until(lambda: notes.state_label.text() == "Notes saved.", what="the notes stored")
    assert (await storage.charger("CP-N")).notes == "Behind the gate; call Ana 555-0101."

    notes.latitude.setText("25.6866")
    notes.longitude.setText("-100.3161")
    notes.longitude.editingFinished.emit()
    await wait_until(lambda: notes.state_label.text() == "Location saved.", what="the location stored")
    record = await storage.charger("CP-N")
    assert (record.latitude, record.longitude) == (25.6866, -100.3161)

    # An impossible latitude is explained and changes nothing; the typed text stays.
    notes.latitude.setText("95")
    notes.latitude.editingFinished.emit()
    await wait_until(lambda: "outside -90..90" in notes.state_label.text(), what="the refusal")
    assert notes.latitude.text() == "95"
    record = await storage.charger("CP-N")
    assert (record.latitude, record.longitude) == (25.6866, -100.3161)

    # Both empty: off the map.
    notes.latitude.clear()
    notes.longitude.clear()
    notes.latitude.editingFinished.emit()
    await wait_until(lambda: notes.state_label.text() == "Location removed.", what="the location removed")
    record = await storage.charger("CP-N")
    assert (record.latitude, record.longitude, record.notes) == (
        None,
        None,
        "Behind the gate; call Ana 555-0101.",
    )

    # Another charger and back: what was stored is shown again.
    client2 = await connect_raw(desktop.runtime.local_url("CP-M"))
    assert (await client2.boot())[2]["status"] == "Accepted"
    await open_detail(desktop, "CP-M")
    await wait_until(lambda: notes.charger_id == "CP-M" and notes.isEnabled(), what="CP-M loaded")
    assert notes.notes.toPlainText() == ""
    await open_detail(desktop, "CP-N")
    await wait_until(
        lambda: notes.notes.toPlainText() == "Behind the gate; call Ana 555-0101.", what="CP-N's notes again"
    )
    await asyncio.sleep(0)


async def test_language_change_writes_the_texts_again(desktop, connect_raw) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    client = await connect_raw(desktop.runtime.local_url("CP-L"))
    assert (await client.boot())[2]["status"] == "Accepted"
    panel = await open_detail(desktop, "CP-L")
    for index in range(panel.tabs.count()):
        panel.tabs.setTabText(index, "?")
    panel.configuration.read_button.setText("?")
    panel.commands.buttons["reset"].setText("?")
    panel.overview.identity.captions["serial"].setText("?")
    for widget in (panel, panel.configuration, panel.commands, panel.overview.identity):
        QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == [
        "Overview",
        "Errors",
        "Configuration",
        "Commands",
        "Frames",
        "QR code",
    ]
    assert panel.configuration.read_button.text() == "Read configuration"
    assert panel.commands.buttons["reset"].text() == "Reset…"
    assert panel.overview.identity.captions["serial"].text() == "Serial number"
