"""Transactions panel → "Export CSV…": sessions recorded over real OCPP connections are written to
CSV, filtered by charger, start-date range and tag."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from arthexis_desktop.core.model import Tag
from arthexis_desktop.gui.panels.transactions import TransactionsPanel
from arthexis_desktop.gui.transactions_export import TransactionsExportDialog
from tests.gui.charger_detail_helpers import english
from tests.gui.conftest import wait_until

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]


def ocpp_time(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


async def session(client, *, id_tag: str, start: datetime, meter_start: int, meter_stop: int) -> int:
    reply = await client.call(
        "StartTransaction",
        {"connectorId": 1, "idTag": id_tag, "meterStart": meter_start, "timestamp": ocpp_time(start)},
    )
    tx_id = reply[2]["transactionId"]
    stop = start + timedelta(minutes=30)
    await client.call(
        "StopTransaction", {"transactionId": tx_id, "meterStop": meter_stop, "timestamp": ocpp_time(stop)}
    )
    return tx_id


def read_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))


async def test_export_csv_with_charger_date_and_tag_filters(desktop, connect_raw, tmp_path: Path) -> None:
    await desktop.runtime.storage.create_tag(Tag(uid="AA000001", label="Van 1", label_number=10))
    now = datetime.now(UTC)
    old = now - timedelta(days=40)
    clients = {}
    for charger_id in ("CP-E1", "CP-E2"):
        clients[charger_id] = await connect_raw(desktop.runtime.local_url(charger_id))
        assert (await clients[charger_id].boot())[2]["status"] == "Accepted"
    await session(clients["CP-E1"], id_tag="AA000001", start=old, meter_start=0, meter_stop=5000)
    recent = await session(
        clients["CP-E1"],
        id_tag="aa000001",
        start=now - timedelta(hours=2),
        meter_start=5000,
        meter_stop=12500,
    )
    await session(
        clients["CP-E1"],
        id_tag="BB000002",
        start=now - timedelta(hours=1),
        meter_start=12500,
        meter_stop=13000,
    )
    await session(
        clients["CP-E2"], id_tag="AA000001", start=now - timedelta(hours=3), meter_start=0, meter_stop=2000
    )

    panel = desktop.window.panels["transactions"]
    assert isinstance(panel, TransactionsPanel)
    assert panel.export_button.text() == "Export CSV…" and panel.export_button.isEnabled()
    panel.export_button.click()
    dialog = panel.export_dialog
    assert isinstance(dialog, TransactionsExportDialog) and dialog.isVisible()
    assert [dialog.charger.itemText(i) for i in range(dialog.charger.count())] == [
        "All chargers",
        "CP-E1",
        "CP-E2",
    ]
    out = tmp_path / "all.csv"

    # No filter: every session, oldest first, with the register's label.
    assert await dialog.export_to(out) == 4
    assert english(dialog.state_label.text()) == f"4 transactions written to {out}"
    rows = read_rows(out)
    assert [(r["charger_id"], r["id_tag"]) for r in rows] == [
        ("CP-E1", "AA000001"),
        ("CP-E2", "AA000001"),
        ("CP-E1", "aa000001"),
        ("CP-E1", "BB000002"),
    ]
    assert rows[0]["tag_label"] == "10" and rows[0]["energy_wh"] == "5000"

    # Charger + the last week + the tag (case and form as the register has it).
    dialog.charger.setCurrentIndex(dialog.charger.findData("CP-E1"))
    dialog.from_box.setChecked(True)
    dialog.from_date.setDate(QDate.currentDate().addDays(-7))
    dialog.to_box.setChecked(True)
    dialog.to_date.setDate(QDate.currentDate())
    dialog.tag.setText("aa000001")
    assert await dialog.export_to(out) == 1
    [row] = read_rows(out)
    assert (row["id"], row["charger_id"], row["tag_uid"], row["energy_wh"]) == (
        str(recent),
        "CP-E1",
        "AA000001",
        "7500",
    )
    assert english(dialog.state_label.text()) == f"1 transaction written to {out}"

    # Only the old session falls in a range that ends before the last week.
    dialog.tag.clear()
    dialog.from_date.setDate(QDate.currentDate().addDays(-60))
    dialog.to_date.setDate(QDate.currentDate().addDays(-30))
    assert await dialog.export_to(out) == 1
    assert read_rows(out)[0]["energy_wh"] == "5000"

    # An impossible range is explained and writes nothing.
    dialog.from_date.setDate(QDate.currentDate())
    dialog.to_date.setDate(QDate.currentDate().addDays(-1))
    assert await dialog.export_to(tmp_path / "none.csv") is None
    assert "before the start date" in dialog.state_label.text()
    assert not (tmp_path / "none.csv").exists()

    # A folder that does not exist: explained too.
    dialog.from_box.setChecked(False)
    dialog.to_box.setChecked(False)
    assert await dialog.export_to(tmp_path / "missing" / "x.csv") is None
    assert dialog.state_label.text().startswith("Cannot export: ")
    dialog.reject()
    await wait_until(lambda: panel.export_dialog is None, what="the dialog closed")


async def test_filter_and_a_tag_asked_for_elsewhere(desktop, connect_raw) -> None:
    """The filter narrows the table by charger or tag; ``request_focus("transactions", tag)`` (a
    clipboard pattern's action) fills it and brings the panel forward through the focus router."""
    client = await connect_raw(desktop.runtime.local_url("CP-F1"))
    assert (await client.boot())[2]["status"] == "Accepted"
    now = datetime.now(UTC)
    await session(client, id_tag="CAFE0001", start=now - timedelta(hours=2), meter_start=0, meter_stop=1000)
    await session(
        client, id_tag="BEEF0002", start=now - timedelta(hours=1), meter_start=1000, meter_stop=1500
    )
    panel = desktop.window.panels["transactions"]
    assert isinstance(panel, TransactionsPanel)
    desktop.window.show_dock("transactions")
    panel.request_fetch()
    await wait_until(lambda: panel.model.rowCount() == 2)

    panel.filter_edit.setText("cafe")
    await wait_until(lambda: panel.model.rowCount() == 1)
    assert english(panel.summary.text()).endswith("filtered from 2")
    panel.filter_edit.setText("cp-f1")
    await wait_until(lambda: panel.model.rowCount() == 2)

    desktop.window.show_dock("charger_detail")  # the Transactions tab is behind it now
    messages: list[str] = []
    desktop.context.notifier.message.connect(lambda text, _ms: messages.append(text))
    desktop.context.request_focus("transactions", "BEEF0002")
    assert panel.filter_edit.text() == "BEEF0002"
    await wait_until(lambda: panel.model.rowCount() == 1 and not panel.visibleRegion().isEmpty())
    assert messages == []  # answered by a panel: no "requested" line in the status bar
