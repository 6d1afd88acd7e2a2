"""Local lists and reservations in the "RFID cards" panel, against a real ``ocpp`` 1.6 charge point
that keeps a local list and reservations (``tests.e2e.auth_charger``): Sync now shows the version
the charger accepted, Check version asks it, Clear cache is answered, a charger without
SendLocalList is reported, and a reservation is made and cancelled."""

from __future__ import annotations

import pytest
from ocpp.v16 import call

from arthexis_desktop.core.model import Tag
from tests.e2e.auth_charger import connect_auth_cp  # noqa: F401 - fixture
from tests.gui.conftest import wait_until
from tests.gui.rfid_helpers import row_of, show_tab

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]


async def booted(connect_auth_cp, app, charger_id: str):  # noqa: F811 - the fixture's factory
    charger = await connect_auth_cp(app.runtime.local_url(charger_id))
    reply = await charger.call(call.BootNotification(charge_point_model="M", charge_point_vendor="V"))
    assert reply.status == "Accepted"
    return charger


async def test_sync_now_check_version_and_clear_cache(desktop, connect_auth_cp) -> None:  # noqa: F811
    storage = desktop.runtime.storage
    for n in range(3):
        await storage.create_tag(Tag(uid=f"AA00000{n}", label_number=10 * (n + 1), released=n < 2))
    charger = await booted(connect_auth_cp, desktop, "CP-LIST")
    panel = await show_tab(desktop, desktop.window.panels["rfid"].lists)
    tab = panel.lists
    await wait_until(lambda: row_of(tab.table, "Charger", "CP-LIST"), what="the charger listed")
    row = row_of(tab.table, "Charger", "CP-LIST")
    assert (row["Connected"], row["Local list"], row["Version"], row["Last result"]) == (
        "yes",
        "off",
        "—",
        "—",
    )

    assert tab.select_charger("CP-LIST") and not tab.enabled_check.isChecked()
    tab.enabled_check.setChecked(True)
    await wait_until(lambda: row_of(tab.table, "Charger", "CP-LIST")["Local list"] == "on", what="list on")
    assert tab.status.text() == "CP-LIST: local list on; it is sent in a few seconds."
    assert (await storage.charger("CP-LIST")).settings.local_list

    tab.sync_button.click()
    await wait_until(lambda: "Accepted" in tab.status.text(), what="the sync answered")
    assert tab.status.text() == "CP-LIST: list version 1 (2 entries): Accepted"
    await wait_until(lambda: row_of(tab.table, "Charger", "CP-LIST")["Version"] == "1", what="version shown")
    assert row_of(tab.table, "Charger", "CP-LIST")["Last result"] == "Accepted"
    [sent] = charger.sent("SendLocalList")
    assert (sent["list_version"], sent["update_type"], len(sent["entries"])) == (1, "Full", 2)
    assert sorted(charger.local_list) == ["AA000000", "AA000001"]

    tab.check_button.click()
    await wait_until(lambda: "holds" in tab.status.text(), what="the version checked")
    assert tab.status.text() == "CP-LIST holds list version 1."
    await wait_until(
        lambda: row_of(tab.table, "Charger", "CP-LIST")["Charger says"].startswith("version 1, ")
    )

    tab.clear_button.click()
    await wait_until(lambda: "ClearCache" in tab.status.text(), what="ClearCache answered")
    assert tab.status.text() == "CP-LIST: ClearCache Accepted" and charger.sent("ClearCache") == [{}]

    # A charger that refuses is shown in red, with its answer; nothing is swallowed.
    charger.send_local_list_answer = "NotSupported"
    tab.sync_button.click()
    await wait_until(lambda: "Not supported" in tab.status.text(), what="the refusal shown")
    assert tab.status.kind == "error"
    await wait_until(lambda: row_of(tab.table, "Charger", "CP-LIST")["Last result"] == "Not supported")
    assert row_of(tab.table, "Charger", "CP-LIST")["Version"] == "1"  # still what it accepted


async def test_reserve_and_cancel_round_trip(desktop, connect_auth_cp) -> None:  # noqa: F811
    await desktop.runtime.storage.create_tag(Tag(uid="AA000001", label="Van 1", label_number=10))
    charger = await booted(connect_auth_cp, desktop, "CP-RES")
    panel = await show_tab(desktop, desktop.window.panels["rfid"].reservations)
    tab = panel.reservations
    assert not tab.cancel_button.isEnabled()

    await tab.open_reserve()
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.tag_combo.currentText() == "AA000001 — No. 10 · Van 1"
    dialog.charger_combo.setCurrentText("CP-RES")
    dialog.connector_spin.setValue(2)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    await wait_until(lambda: tab.dialog is None, what="the reservation answered, the form closed")
    assert tab.status.text() == "Reservation 1 on CP-RES connector 2: Reserved (Accepted)"
    await wait_until(lambda: row_of(tab.table, "Card", "AA000001"), what="the reservation listed")
    row = row_of(tab.table, "Card", "AA000001")
    assert (row["No."], row["State"], row["Charger"], row["Connector"], row["Charger's answer"]) == (
        "1",
        "Reserved",
        "CP-RES",
        "2",
        "Accepted",
    )
    [sent] = charger.sent("ReserveNow")
    assert (sent["connector_id"], sent["id_tag"], sent["reservation_id"]) == (2, "AA000001", 1)

    assert tab.select_reservation(1) and tab.cancel_button.isEnabled()
    tab.cancel_button.click()
    await wait_until(lambda: row_of(tab.table, "Card", "AA000001")["State"] == "Cancelled", what="cancelled")
    assert tab.status.text() == "Reservation 1 on CP-RES connector 2: Cancelled (Accepted)"
    assert charger.sent("CancelReservation") == [{"reservation_id": 1}] and charger.reservations == {}
    assert not tab.cancel_button.isEnabled()

    # A charger that is not connected: the form stays open and says so.
    await tab.open_reserve()
    dialog = tab.dialog
    dialog.charger_combo.setCurrentText("CP-GONE")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    await wait_until(lambda: dialog.error_label.text(), what="the failure shown in the form")
    assert dialog.error_label.text() == "Charger CP-GONE is not connected." and dialog.isVisible()
    dialog.reject()


async def test_the_charger_detail_lists_and_cancels_its_reservations(desktop, connect_auth_cp) -> None:  # noqa: F811
    """A reservation made in the register shows on the charger's Overview (with its state and the
    charger's answer) and can be cancelled from there."""
    from datetime import UTC, datetime, timedelta

    from tests.gui.charger_detail_helpers import open_detail

    await desktop.runtime.storage.create_tag(Tag(uid="AA000002", label="Van 2", label_number=20))
    charger = await booted(connect_auth_cp, desktop, "CP-DRES")
    panel = await open_detail(desktop, "CP-DRES")
    box = panel.reservations
    await wait_until(lambda: box.summary.text().startswith("No reservations"), what="none yet")
    reservations = desktop.context.register.reservations
    made = await reservations.reserve(
        "CP-DRES", connector_id=1, id_tag="AA000002", expires_at=datetime.now(UTC) + timedelta(hours=1)
    )
    assert made.active
    await wait_until(lambda: len(box.rows()) == 1, what="the reservation on the Overview")
    [row] = box.rows()
    assert (row["No."], row["Connector"], row["Card"], row["State"], row["Charger's answer"]) == (
        str(made.id),
        "1",
        "AA000002",
        "Reserved",
        "Accepted",
    )
    assert box.summary.text() == "1 active reservation"
    box.table.selectRow(0)
    assert box.cancel_button.isEnabled()
    box.cancel_button.click()
    await wait_until(lambda: box.rows()[0]["State"] == "Cancelled", what="cancelled from the detail")
    assert charger.sent("CancelReservation") == [{"reservation_id": made.id}]
    assert not box.cancel_button.isEnabled() and box.summary.text() == "0 active reservations"
