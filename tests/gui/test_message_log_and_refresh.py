"""Message log (frames, filters, copy) and the redraw clock (hidden docks stay idle)."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtGui import QGuiApplication

from arthexis_desktop.gui.panels.message_log import MessageLogPanel
from arthexis_desktop.simulator import SessionPlan
from tests.gui.conftest import wait_until
from tests.gui.helpers import table_rows

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]


async def test_message_log_shows_frames_and_filters_by_charger(desktop, start_charger) -> None:
    log = desktop.window.panels["message_log"]
    assert isinstance(log, MessageLogPanel)
    await start_charger(desktop, "CP-E1")
    await start_charger(desktop, "CP-E2")

    def chargers_in_log() -> set[str]:
        return {row["Charger"] for row in table_rows(log.table)}

    await wait_until(lambda: chargers_in_log() == {"CP-E1", "CP-E2"}, what="frames of both chargers")
    rows = table_rows(log.table)
    boot = next(r for r in rows if r["Charger"] == "CP-E1" and r["Action"] == "BootNotification")
    assert boot["⇄"] == "→"  # received from the charger
    assert '"chargePointVendor"' in boot["Message"]
    answer = next(r for r in rows if r["Charger"] == "CP-E1" and r["Action"] == "✓ BootNotification")
    assert answer["⇄"] == "←" and '"status":"Accepted"' in answer["Message"].replace(" ", "")
    assert all(len(r["Time"]) == len("12:34:56.789") for r in rows)

    # Filter by charger with the combo, then by text.
    await wait_until(lambda: log.charger_combo.findText("CP-E2") >= 0, what="CP-E2 in the charger filter")
    log.charger_combo.setCurrentIndex(log.charger_combo.findText("CP-E2"))
    assert chargers_in_log() == {"CP-E2"}
    log.text_filter.setText("statusnotification")
    rows = table_rows(log.table)
    assert rows and all("StatusNotification" in r["Action"] for r in rows)
    log.text_filter.clear()
    log.charger_combo.setCurrentIndex(0)  # all chargers
    assert chargers_in_log() == {"CP-E1", "CP-E2"}

    # Copy selected rows to the clipboard.
    log.table.selectRow(0)
    log.copy_selection()
    copied = QGuiApplication.clipboard().text()
    assert copied.count("\n") == 0 and copied.split("\t")[1] in ("CP-E1", "CP-E2")
    assert copied.split("\t")[2] in ("→", "←")


async def test_hidden_docks_do_not_redraw(desktop, start_charger) -> None:
    window = desktop.window
    log, chargers = window.panels["message_log"], window.panels["chargers"]
    # A charging session streams MeterValues every 0.2 s.
    await start_charger(desktop, "CP-H", plan=SessionPlan(idle_s=0.0, duration_s=None, max_sessions=1))
    await wait_until(lambda: log.model.rowCount() > 10, what="frames flowing")

    window.docks["message_log"].toggleViewAction().trigger()  # View menu: hide the message log
    window.docks["chargers"].hide()
    assert not log.isVisible() and not chargers.isVisible()
    await asyncio.sleep(0.05)
    log_redraws, charger_redraws, rows = log.redraw_count, chargers.redraw_count, log.model.rowCount()
    received = log.buffer.received
    await asyncio.sleep(1.0)  # four clock ticks with traffic
    assert log.buffer.received > received  # frames kept arriving into the ring buffer...
    assert log.redraw_count == log_redraws  # ...but the hidden panels did not redraw
    assert chargers.redraw_count == charger_redraws
    assert log.model.rowCount() == rows

    window.docks["message_log"].toggleViewAction().trigger()
    window.docks["chargers"].show()
    await wait_until(lambda: log.model.rowCount() > rows, what="the log catching up when shown")
    assert log.redraw_count > log_redraws and chargers.redraw_count > charger_redraws
    # Visible, they redraw on the clock (<= 4 Hz), not once per frame.
    redraws, frames = log.redraw_count, log.buffer.received
    await asyncio.sleep(1.0)
    assert log.redraw_count - redraws <= 5
    assert log.buffer.received - frames >= 8
