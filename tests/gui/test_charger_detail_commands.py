"""The Charger panel's configuration table and commands, against a real simulated charger: keys
read with GetConfiguration, a value edited in the table goes out as ChangeConfiguration with the
answer per key (and the charger really samples at the new interval), Reset Hard and its result,
the charger's frames."""

from __future__ import annotations

import asyncio
import itertools
import time

import pytest
from PySide6.QtWidgets import QComboBox

from arthexis_desktop.core.events import MeterSampled
from arthexis_desktop.gui.commands.catalog import COMMANDS
from arthexis_desktop.gui.panels.charger_detail.configuration import COL_KEY, COL_VALUE
from arthexis_desktop.gui.panels.charger_detail.panel import TAB_COMMANDS, TAB_CONFIGURATION, TAB_FRAMES
from arthexis_desktop.simulator.configuration import METER_VALUE_SAMPLE_INTERVAL
from tests.gui.charger_detail_helpers import english, open_detail, show_tab
from tests.gui.conftest import wait_until
from tests.gui.helpers import press_ok

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]


async def booted(app, start_charger, charger_id: str, **config):
    charger = await start_charger(app, charger_id, **config)
    state = app.runtime.fleet_state
    await wait_until(
        lambda: (c := state.charger(charger_id)) is not None and c.connected and c.vendor, what="booted"
    )
    return charger


def row_of(table, key: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, COL_KEY).text() == key)


async def test_configuration_keys_are_read_and_a_change_is_answered_per_key(desktop, start_charger) -> None:
    charger = await booted(desktop, start_charger, "CP-CFG", meter_interval_s=0.25)
    periodic: list[float] = []

    def on_sampled(event: MeterSampled) -> None:
        if event.charger_id == "CP-CFG" and any(
            v.context == "Sample.Periodic" for r in event.readings for v in r.values
        ):
            periodic.append(time.monotonic())

    desktop.runtime.bus.subscribe(MeterSampled, on_sampled)
    await desktop.runtime.commands.remote_start("CP-CFG", id_tag="DEC0DE01", connector_id=1)
    await wait_until(lambda: len(periodic) >= 4, what="samples every 0.25 s")

    panel = await open_detail(desktop, "CP-CFG")
    config = panel.configuration
    await show_tab(panel, TAB_CONFIGURATION)  # brought to the front: the keys are read once
    await wait_until(lambda: config.table.rowCount() > 20, what="the simulator's keys")
    keys = {config.table.item(r, COL_KEY).text() for r in range(config.table.rowCount())}
    assert {
        "HeartbeatInterval",
        "MeterValueSampleInterval",
        "NumberOfConnectors",
        "ChargePointVendor",
    } <= keys
    assert config.value_text(METER_VALUE_SAMPLE_INTERVAL) == "0.25"
    assert english(config.state_label.text()).startswith(f"{len(keys)} keys reported")
    vendor_row = row_of(config.table, "ChargePointVendor")  # read-only keys cannot be edited
    assert not (
        config.table.item(vendor_row, COL_VALUE).flags()
        & config.table.item(vendor_row, COL_VALUE).flags().ItemIsEditable
    )

    # Edit the value in the table: ChangeConfiguration, the answer in the key's row.
    config.table.item(row_of(config.table, METER_VALUE_SAMPLE_INTERVAL), COL_VALUE).setText("1")
    assert config.result_text(METER_VALUE_SAMPLE_INTERVAL) == "Sending…"
    await wait_until(lambda: config.result_text(METER_VALUE_SAMPLE_INTERVAL) == "Accepted", what="Accepted")
    assert charger.configuration.text(METER_VALUE_SAMPLE_INTERVAL) == "1"
    assert config.value_text(METER_VALUE_SAMPLE_INTERVAL) == "1"

    # ... and the charger now samples once a second.
    changed_at = time.monotonic()
    await wait_until(
        lambda: len([t for t in periodic if t > changed_at + 0.3]) >= 3, timeout_s=6, what="3 slow samples"
    )
    slow = [t for t in periodic if t > changed_at + 0.3]
    gaps = [b - a for a, b in itertools.pairwise(slow)]
    assert all(0.8 < gap < 1.4 for gap in gaps), gaps

    # A value the charger refuses: Rejected, and the cell goes back to what the charger has.
    config.change_value("HeartbeatInterval", "soon")
    await wait_until(lambda: config.result_text("HeartbeatInterval") == "Rejected", what="Rejected")
    assert config.value_text("HeartbeatInterval") == charger.configuration.text("HeartbeatInterval")
    assert config.result_text(METER_VALUE_SAMPLE_INTERVAL) == "Accepted"  # per key

    # The filter narrows the table.
    config.filter_edit.setText("meterval")
    shown = [
        config.table.item(r, COL_KEY).text()
        for r in range(config.table.rowCount())
        if not config.table.isRowHidden(r)
    ]
    assert shown and all("metervalue" in key.lower() for key in shown)


async def test_every_command_is_offered_and_reset_hard_shows_its_result(desktop, start_charger) -> None:
    charger = await booted(desktop, start_charger, "CP-RST")
    panel = await open_detail(desktop, "CP-RST")
    commands = panel.commands
    await show_tab(panel, TAB_COMMANDS)
    assert set(commands.buttons) == {spec.id for spec in COMMANDS}
    assert all(b.isEnabled() for b in commands.buttons.values())
    assert {b.text() for b in commands.buttons.values()} >= {
        "Reset…",
        "Change availability…",
        "Trigger message…",
        "Data transfer…",
        "Remote start…",
        "Unlock connector…",
        "Clear cache…",
    }

    # The shared forms: TriggerMessage kinds and DataTransfer fields are offered.
    commands.buttons["trigger"].click()
    form = commands.controller.active_dialog
    message = form.field("message")
    assert isinstance(message, QComboBox)
    assert [message.itemText(i) for i in range(message.count())] == [
        "BootNotification",
        "DiagnosticsStatusNotification",
        "FirmwareStatusNotification",
        "Heartbeat",
        "MeterValues",
        "StatusNotification",
    ]
    message.setCurrentIndex(message.findText("Heartbeat"))
    press_ok(form)
    await wait_until(
        lambda: "TriggerMessage to CP-RST: Accepted" in commands.result_label.text(), what="trigger"
    )

    boots = charger.stats().boots
    commands.buttons["reset"].click()
    form = commands.controller.active_dialog
    kind = form.field("kind")
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("Hard"))
    press_ok(form)
    await wait_until(
        lambda: commands.result_label.text() == "Last command result: Reset to CP-RST: Accepted",
        what="Reset result",
    )
    await wait_until(  # from the CommandCompleted event, not a query
        lambda: any(r["Command"] == "Reset" and r["Outcome"] == "ok" for r in commands.rows()),
        what="Reset answered in recent commands",
    )
    reset = next(r for r in commands.rows() if r["Command"] == "Reset")
    assert (reset["Request"], reset["Outcome"], reset["Answer"]) == ('{"type":"Hard"}', "ok", "Accepted")
    trigger = next(r for r in commands.rows() if r["Command"] == "TriggerMessage")
    assert trigger["Request"] == '{"requestedMessage":"Heartbeat","connectorId":1}'
    await wait_until(lambda: charger.stats().boots > boots, timeout_s=10, what="the simulator reboots")

    # "Get configuration…" here reads the keys into the Configuration tab.
    commands.buttons["get_configuration"].click()
    assert panel.tabs.currentIndex() == TAB_CONFIGURATION
    await wait_until(lambda: panel.configuration.table.rowCount() > 20, timeout_s=10, what="keys read")


async def test_last_frames_of_the_charger(desktop, start_charger) -> None:
    await booted(desktop, start_charger, "CP-FR")
    await booted(desktop, start_charger, "CP-OTHER")
    panel = await open_detail(desktop, "CP-FR")
    await show_tab(panel, TAB_FRAMES)
    frames = panel.frames

    def column(col: int) -> list[str]:
        return [frames.table.item(r, col).text() for r in range(frames.table.rowCount())]

    await wait_until(lambda: "BootNotification" in column(2), what="the stored boot frames")
    assert frames.reloader.loads == 1
    assert "✓ BootNotification" in column(2)  # the answer, matched to its call
    boot = column(3)[column(2).index("BootNotification")]
    assert boot.startswith("{") and '"chargePointSerialNumber":"CP-FR"' in boot  # payload, no message id
    count = frames.table.rowCount()

    # New frames of this charger arrive without a query; other chargers' do not show.
    await desktop.runtime.commands.trigger_message("CP-FR", message="Heartbeat")

    def new_rows() -> list[str]:  # newest first
        return column(2)[: frames.table.rowCount() - count]

    await wait_until(
        lambda: {"TriggerMessage", "✓ TriggerMessage", "Heartbeat"} <= set(new_rows()),
        what="the trigger and the heartbeat",
    )
    top = new_rows()
    assert column(1)[top.index("TriggerMessage")] == "←"  # central system -> charger
    assert not any("CP-OTHER" in text for text in column(3))
    assert frames.reloader.loads == 1
    assert english(frames.summary.text()) == f"{frames.table.rowCount()} frames, newest first"
    await asyncio.sleep(0)
