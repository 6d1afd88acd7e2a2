"""Enroll mode of the "RFID cards" panel: a scan creates the card with the next label and
highlights it, a known card shows its owner, keyboard-wedge bursts (real key timing) are scans and
slow typing is not, the reader status says what is wrong and how to fix it, and a card assigned
to a new account and blocked here is answered Blocked to a real OCPP charge point."""

from __future__ import annotations

import asyncio

import pytest
from ocpp.v16 import call
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from arthexis_desktop.core.model import AuthorizationPolicy, Tag
from arthexis_desktop.gui.panels.rfid.enroll_tab import KNOWN_STYLE, NEW_STYLE
from arthexis_desktop.gui.panels.rfid.records import HIGHLIGHT
from arthexis_desktop.integrations.rfid import FakeReaderService, ReaderInfo, ReaderState, ServiceState
from tests.gui.conftest import wait_until
from tests.gui.helpers import table_rows
from tests.gui.rfid_helpers import present, row_of, show_tab

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]


async def test_scan_creates_the_card_with_the_next_label_and_highlights_it(desktop) -> None:
    storage = desktop.runtime.storage
    await storage.create_tag(Tag(uid="0A0B0C0D", label="Spare", label_number=40))
    panel = await show_tab(desktop, desktop.window.panels["rfid"].enroll)
    enroll = panel.enroll
    assert enroll.banner.text().startswith("Hold a card to a reader")

    present(desktop, "04A1B2C3D4E5F6")
    await wait_until(lambda: enroll.editor.tag is not None, what="the scanned card shown")
    tag = enroll.editor.tag
    assert (tag.uid, tag.label_number, tag.allowed, tag.released) == ("04A1B2C3D4E5F6", 50, True, False)
    assert enroll.banner.text() == "New card enrolled as No. 50. Name it and assign an account."
    assert enroll.card_frame.styleSheet() == NEW_STYLE
    assert enroll.editor.title.text() == "No. 50 · 04A1B2C3D4E5F6"
    assert enroll.editor.state_chip.text() == "Allowed"
    stored = await storage.tag("04A1B2C3D4E5F6")
    assert stored is not None and stored.label_number == 50
    await wait_until(lambda: table_rows(enroll.recent_table), what="the scan listed")
    assert table_rows(enroll.recent_table)[0]["Result"] == "enrolled"
    last_scan = enroll.status_view.last_scan_label
    await wait_until(lambda: "Last scan: 04A1B2C3D4E5F6 on Test reader 00" in last_scan.text())

    # The register shows the new card highlighted and selected.
    register = (await show_tab(desktop, panel.register_tab)).register_tab
    await wait_until(lambda: row_of(register.table, "UID", "04A1B2C3D4E5F6"), what="the card in the register")
    row = register.model.row_of("04A1B2C3D4E5F6")
    assert register.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).color() == HIGHLIGHT
    assert row_of(register.table, "UID", "04A1B2C3D4E5F6")["Label"] == "50"


async def test_scanning_a_known_card_shows_its_owner_and_state(desktop) -> None:
    storage = desktop.runtime.storage
    account = await desktop.runtime.register.tags.create_account("ACME FLEET")
    await storage.create_tag(
        Tag(
            uid="11223344", label="Van 3", owner="Dana", label_number=70, account_id=account.id, allowed=False
        )
    )
    panel = await show_tab(desktop, desktop.window.panels["rfid"].enroll)
    enroll = panel.enroll
    present(desktop, "11 22 33 44")
    await wait_until(lambda: enroll.editor.tag is not None, what="the known card shown")
    text = enroll.banner.text()
    assert text.startswith("Known card No. 70: Van 3 — ACME FLEET, owner Dana; last seen ")
    assert enroll.editor.name_edit.text() == "Van 3"
    assert enroll.editor.account_combo.currentText() == "ACME FLEET"
    assert enroll.editor.blocked_button.isChecked() and enroll.editor.state_chip.text() == "Blocked"
    assert enroll.created_uid is None and enroll.highlighted_uid == "11223344"
    assert enroll.card_frame.styleSheet() != KNOWN_STYLE  # blocked cards are framed in red
    assert len(await storage.list_tags()) == 1  # nothing created


async def test_keyboard_wedge_burst_is_a_scan_and_slow_typing_is_not(desktop) -> None:
    panel = await show_tab(desktop, desktop.window.panels["rfid"].enroll)
    enroll = panel.enroll
    field = enroll.scan_field
    field.setFocus()

    # Slow typing (a person, 120 ms between keys) and Enter: a look-up, not a scan.
    for char in "DEADBEEF":
        QTest.keyClick(field, char)
        await asyncio.sleep(0.12)
    QTest.keyClick(field, Qt.Key.Key_Return)
    await wait_until(lambda: enroll.status.text(), what="the look-up answer")
    assert enroll.status.text() == "No card matches “DEADBEEF”."
    assert field.text() == "DEADBEEF" and field.bursts == 0
    assert await desktop.runtime.storage.list_tags() == []

    # A reader's burst (keys within milliseconds) ending in Enter: a scan; its digits leave the field.
    field.clear()
    QTest.keyClicks(field, "note ")  # text typed before the card is kept
    await asyncio.sleep(0.1)
    QTest.keyClicks(field, "04a1b2c3")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert field.bursts == 1 and field.text() == "note "
    await wait_until(lambda: enroll.editor.tag is not None, what="the wedge scan enrolled")
    assert enroll.editor.tag.uid == "04A1B2C3" and enroll.editor.tag.label_number == 10
    last_scan = enroll.status_view.last_scan_label
    await wait_until(lambda: "on Keyboard reader" in last_scan.text(), what="the last scan shown")

    # The same card again within a second is the same scan.
    QTest.keyClicks(field, "04A1B2C3")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert field.bursts == 2
    await wait_until(lambda: "scanned once" in enroll.status.text(), what="the repeat noted")
    assert len(await desktop.runtime.storage.list_tags()) == 1

    # A 10-digit decimal burst (readers set to decimal output) becomes 8 hex digits.
    QTest.keyClicks(field, "0012345678")
    QTest.keyClick(field, Qt.Key.Key_Return)
    await wait_until(lambda: enroll.editor.tag.uid == "00BC614E", what="the decimal scan enrolled")

    # The operator was typing the card's name and scans the next card: the name keeps what was
    # typed by hand, the reader's digits and Enter do not land in it, and the new card comes up.
    name = enroll.editor.name_edit
    name.setFocus()
    for char in "Van":
        QTest.keyClick(name, char)
        await asyncio.sleep(0.08)
    QTest.keyClicks(name, "0A0B0C0E")
    QTest.keyClick(name, Qt.Key.Key_Return)
    assert name.text() == "Van"
    await wait_until(lambda: enroll.editor.tag.uid == "0A0B0C0E", what="the scan from the name field")
    for _ in range(40):  # what was typed by hand is stored for the card it was typed for
        named = await desktop.runtime.storage.tag("00BC614E")
        if named.label == "Van":
            break
        await asyncio.sleep(0.05)
    assert named.label == "Van" and (await desktop.runtime.storage.tag("0A0B0C0E")).label == ""


async def test_reader_status_says_what_is_wrong_and_how_to_fix_it(desktop) -> None:
    panel = await show_tab(desktop, desktop.window.panels["rfid"].enroll)
    view = panel.enroll.status_view
    await wait_until(lambda: "not watched" in view.readers_label.text(), what="readers off (--no-readers)")

    readers = FakeReaderService(desktop.runtime.bus, readers=("ACS ACR122U 00",))
    desktop.context.readers = readers
    readers.set_state(ServiceState.NO_SERVICE, detail="the PC/SC service is not running")
    await wait_until(lambda: "PC/SC service not running" in view.readers_label.text(), what="no service")
    assert "sudo apt install pcscd" in view.fix_label.text() and view.fix_label.isVisibleTo(panel)

    readers.start()
    await wait_until(lambda: "ACS ACR122U 00 (waiting for a card)" in view.readers_label.text(), what="ready")
    assert view.fix_label.isHidden()
    readers.set_state(
        ServiceState.READY, readers=(ReaderInfo("ACS ACR122U 00", ReaderState.CARD, "CAFE0001"),)
    )
    readers.present("CAFE0001")
    await wait_until(lambda: panel.enroll.editor.tag is not None, what="the fake reader's card enrolled")
    await wait_until(
        lambda: "ACS ACR122U 00 (card present)" in view.readers_label.text(), what="card present"
    )
    await wait_until(lambda: "Last scan: CAFE0001 on ACS ACR122U 00" in view.last_scan_label.text())


async def test_assigned_to_a_new_account_and_blocked_the_card_is_refused_at_a_charger(
    make_desktop, connect_cp, qtbot
) -> None:
    app = await make_desktop(authorization_policy=AuthorizationPolicy.ALLOWLIST)
    cp = await connect_cp(app.runtime.local_url("CP-AUTH"))
    boot = await cp.call(call.BootNotification(charge_point_model="M", charge_point_vendor="V"))
    assert boot.status == "Accepted"
    panel = await show_tab(app, app.window.panels["rfid"].enroll)
    enroll, editor = panel.enroll, panel.enroll.editor

    present(app, "C0FFEE01")
    await wait_until(lambda: editor.tag is not None, what="the card enrolled")
    assert (await cp.call(call.Authorize(id_tag="C0FFEE01"))).id_tag_info["status"] == "Accepted"

    # Name it (typed, stored when the field is left), then one click for a new account.
    editor.name_edit.setFocus()
    QTest.keyClicks(editor.name_edit, "Van 7")
    editor.name_edit.editingFinished.emit()
    await wait_until(lambda: editor.status.text() == "Saved", what="the name stored")
    qtbot.mouseClick(editor.new_account_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in editor.findChildren(QInputDialog) if d.objectName() == "new_account_dialog"]
    assert dialog.textValue() == "VAN 7"
    dialog.setTextValue("Fleet North")
    dialog.accept()
    await wait_until(lambda: editor.tag.account_id is not None, what="the account assigned")
    account = await app.runtime.register.tags.account(editor.tag.account_id)
    assert account.name == "Fleet North" and editor.account_combo.currentText() == "Fleet North"

    qtbot.mouseClick(editor.blocked_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: editor.tag.allowed is False, what="the card blocked")
    assert editor.state_chip.text() == "Blocked"
    stored = await app.runtime.storage.tag("C0FFEE01")
    assert (stored.label, stored.account_id, stored.allowed) == ("Van 7", account.id, False)

    reply = await cp.call(call.Authorize(id_tag="C0FFEE01"))
    assert reply.id_tag_info["status"] == "Blocked"
    assert enroll.highlighted_uid == "C0FFEE01"
