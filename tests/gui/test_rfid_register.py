"""The register, accounts and unknown-tags tabs of the "RFID cards" panel: search and filters,
multi-select bulk changes with a confirmation for delete, a card's history of decisions at a real
charger connection, accounts with credit, and tags seen at chargers enrolled or blocked."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from arthexis_desktop.core.model import AuthorizationPolicy, Tag, TagColour
from tests.gui.conftest import wait_until
from tests.gui.helpers import table_rows
from tests.gui.rfid_helpers import english, present, row_of, show_tab

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]


def uids(table) -> list[str]:
    return [r["UID"] for r in table_rows(table)]


def select(table, *keys: str) -> None:
    model, selection = table.model(), table.selectionModel()
    selection.clearSelection()
    for key in keys:
        row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == key)
        selection.select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def answer(panel, name: str, button: QMessageBox.StandardButton) -> None:
    [box] = [b for b in panel.findChildren(QMessageBox) if b.objectName() == name and b.isVisible()]
    box.button(button).click()


async def seed(app) -> dict[str, int]:
    tags = app.runtime.register.tags
    acme = await tags.create_account("ACME")
    other = await tags.create_account("Other")
    past = datetime.now(UTC) - timedelta(days=1)
    for tag in (
        Tag(uid="AA000001", label="Van 1", account_id=acme.id, released=True, label_number=10),
        Tag(uid="AA000002", label="Van 2", account_id=acme.id, allowed=False, label_number=20),
        Tag(uid="AA000003", label="Spare", colour=TagColour.RED, label_number=30),
        Tag(uid="AA000004", label="Old", account_id=other.id, expires_at=past, label_number=40),
    ):
        await app.runtime.storage.create_tag(tag)
    return {"ACME": acme.id, "Other": other.id}


async def test_search_filters_and_bulk_changes(desktop) -> None:
    await seed(desktop)
    panel = await show_tab(desktop, desktop.window.panels["rfid"].register_tab)
    tab = panel.register_tab
    await wait_until(lambda: len(uids(tab.table)) == 4, what="four cards listed")
    first = row_of(tab.table, "UID", "AA000001")
    assert (first["Label"], first["Name"], first["Account"], first["State"], first["Released"]) == (
        "10",
        "Van 1",
        "ACME",
        "Allowed",
        "yes",
    )
    assert row_of(tab.table, "UID", "AA000004")["State"] == "Expired"
    assert row_of(tab.table, "UID", "AA000003")["Colour"] == "Red"

    async def filtered(combo, text: str, expected: list[str]) -> None:
        combo.setCurrentIndex(combo.findText(text))
        combo.activated.emit(combo.currentIndex())
        await wait_until(lambda: uids(tab.table) == expected, what=f"{text}: {expected}")

    await filtered(tab.state_filter, "Blocked", ["AA000002"])
    await filtered(tab.state_filter, "Allowed and blocked", ["AA000001", "AA000002", "AA000003", "AA000004"])
    await filtered(tab.account_filter, "ACME", ["AA000001", "AA000002"])
    await filtered(tab.released_filter, "Released", ["AA000001"])
    await filtered(tab.released_filter, "Released or not", ["AA000001", "AA000002"])
    await filtered(tab.account_filter, "Any account", ["AA000001", "AA000002", "AA000003", "AA000004"])
    await filtered(tab.colour_filter, "Red", ["AA000003"])
    await filtered(tab.colour_filter, "Any colour", ["AA000001", "AA000002", "AA000003", "AA000004"])
    await filtered(tab.expired_filter, "Expired", ["AA000004"])
    await filtered(tab.expired_filter, "Any expiry", ["AA000001", "AA000002", "AA000003", "AA000004"])
    tab.search_edit.setText("van")
    await wait_until(lambda: uids(tab.table) == ["AA000001", "AA000002"], what="search 'van'")
    tab.search_edit.setText("")
    await wait_until(lambda: len(uids(tab.table)) == 4, what="search cleared")

    # Bulk: block two, release them, then delete one after confirming.
    assert not tab.block_button.isEnabled()
    select(tab.table, "AA000001", "AA000003")
    assert english(tab.selection_label.text()) == "4 cards listed · 2 selected"
    tab.block_button.click()
    await wait_until(lambda: english(tab.status.text()) == "2 cards blocked.", what="blocked")
    await wait_until(lambda: row_of(tab.table, "UID", "AA000003")["State"] == "Blocked", what="shown blocked")
    assert not (await desktop.runtime.storage.tag("AA000001")).allowed
    select(tab.table, "AA000003")
    tab.release_button.click()
    await wait_until(lambda: english(tab.status.text()) == "1 card released.", what="released")
    assert (await desktop.runtime.storage.tag("AA000003")).released
    select(tab.table, "AA000002", "AA000004")
    tab.delete_button.click()
    answer(tab, "confirm_delete", QMessageBox.StandardButton.Cancel)  # nothing happens
    assert len(await desktop.runtime.storage.list_tags()) == 4
    tab.delete_button.click()
    answer(tab, "confirm_delete", QMessageBox.StandardButton.Yes)
    await wait_until(lambda: uids(tab.table) == ["AA000001", "AA000003"], what="two deleted")
    assert english(tab.status.text()) == "2 cards deleted."


async def test_history_shows_where_when_and_why_not(make_desktop, connect_raw) -> None:
    app = await make_desktop(authorization_policy=AuthorizationPolicy.ALLOWLIST)
    await seed(app)
    client = await connect_raw(app.runtime.local_url("CP-HIST"))
    assert (await client.boot())[2]["status"] == "Accepted"
    panel = await show_tab(app, app.window.panels["rfid"].register_tab)
    tab = panel.register_tab
    await wait_until(lambda: len(uids(tab.table)) == 4, what="cards listed")
    select(tab.table, "AA000002")
    await wait_until(lambda: tab.detail.tag is not None and tab.detail.tag.uid == "AA000002", what="detail")
    assert tab.detail.editor.name_edit.text() == "Van 2"

    assert (await client.call("Authorize", {"idTag": "AA000002"}))[2]["idTagInfo"]["status"] == "Blocked"
    await wait_until(lambda: table_rows(tab.detail.history_table), what="the decision in the history")
    [event] = table_rows(tab.detail.history_table)
    assert (event["What"], event["Where"], event["Result"]) == ("Authorize", "CP-HIST", "Blocked")
    assert event["Why"] == "blocked in the register (policy Allow-list)"

    # Allowed from the detail side with one click: the charger's next answer follows.
    tab.detail.editor.allowed_button.click()
    await wait_until(lambda: tab.detail.editor.status.text() == "Saved", what="allowed stored")
    assert (await client.call("Authorize", {"idTag": "AA000002"}))[2]["idTagInfo"]["status"] == "Accepted"
    await wait_until(lambda: len(table_rows(tab.detail.history_table)) == 2, what="two decisions")
    assert table_rows(tab.detail.history_table)[0]["Result"] == "Accepted"
    await wait_until(lambda: row_of(tab.table, "UID", "AA000002")["State"] == "Allowed", what="row updated")


async def test_accounts_create_credit_edit_delete(desktop) -> None:
    ids = await seed(desktop)
    panel = await show_tab(desktop, desktop.window.panels["rfid"].accounts)
    tab = panel.accounts
    await wait_until(lambda: len(table_rows(tab.table)) == 2, what="two accounts")
    acme = row_of(tab.table, "Account", "ACME")
    assert (acme["Cards"], acme["Credit"], acme["Balance"]) == ("2", "not limited", "")

    dialog = tab.new_account()
    dialog.name_edit.setText("  Fleet   South ")
    dialog.contact_edit.setText("fleet@example.org")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    await wait_until(lambda: row_of(tab.table, "Account", "Fleet South"), what="the new account listed")
    assert tab.status.text() == "Account Fleet South created."
    assert row_of(tab.table, "Account", "Fleet South")["Contact"] == "fleet@example.org"

    tab.table.selectRow(tab.model.row_of(ids["ACME"]))
    await wait_until(lambda: uids(tab.tags_table) == ["AA000001", "AA000002"], what="ACME's cards")
    credit = tab.add_credit()
    credit.energy_spin.setValue(25.0)
    credit.note_edit.setText("invoice 7")
    credit.buttons.button(credit.buttons.StandardButton.Ok).click()
    await wait_until(lambda: row_of(tab.table, "Account", "ACME")["Credit"] == "25.00 kWh", what="credit")
    assert row_of(tab.table, "Account", "ACME")["Balance"] == "25.00 kWh"

    edit = tab.edit_selected()
    edit.name_edit.setText("Other")  # taken: refused, the form stays open with the reason
    edit.buttons.button(edit.buttons.StandardButton.Ok).click()
    await wait_until(lambda: edit.error_label.text(), what="the refusal")
    assert edit.isVisible() and tab.dialog is edit
    edit.name_edit.setText("ACME Corp")
    edit.service_check.setChecked(True)
    edit.buttons.button(edit.buttons.StandardButton.Ok).click()
    await wait_until(lambda: row_of(tab.table, "Account", "ACME Corp"), what="renamed")
    assert tab.dialog is None
    assert row_of(tab.table, "Account", "ACME Corp")["Service"] == "yes"

    tab.table.selectRow(tab.model.row_of(ids["ACME"]))
    tab.delete_selected()
    answer(tab, "confirm_delete_account", QMessageBox.StandardButton.Yes)
    await wait_until(lambda: row_of(tab.table, "Account", "ACME Corp") is None, what="deleted")
    tag = await desktop.runtime.storage.tag("AA000001")
    assert tag is not None and tag.account_id is None  # the card stays, without an account


async def test_unknown_tags_are_enrolled_or_blocked(make_desktop, connect_raw) -> None:
    app = await make_desktop(authorization_policy=AuthorizationPolicy.ALLOWLIST)
    await app.runtime.storage.create_tag(Tag(uid="AA000001", label_number=10))
    client = await connect_raw(app.runtime.local_url("CP-U"))
    assert (await client.boot())[2]["status"] == "Accepted"
    for uid in ("BEEF0001", "BEEF0002"):
        assert (await client.call("Authorize", {"idTag": uid}))[2]["idTagInfo"]["status"] == "Invalid"
    panel = await show_tab(app, app.window.panels["rfid"].unknown)
    tab = panel.unknown
    await wait_until(lambda: len(uids(tab.table)) == 2, what="two unknown tags")
    assert row_of(tab.table, "UID", "BEEF0001")["Last charger"] == "CP-U"
    assert english(tab.summary.text()) == "2 tags presented at chargers are not in the register."

    assert tab.select_uid("BEEF0001")
    tab.name_edit.setText("Visitor")
    tab.enroll_button.click()
    await wait_until(lambda: uids(tab.table) == ["BEEF0002"], what="enrolled one gone")
    assert tab.status.text() == "BEEF0001 enrolled as No. 20."
    tag = await app.runtime.storage.tag("BEEF0001")
    assert (tag.label, tag.allowed, tag.label_number) == ("Visitor", True, 20)
    assert (await client.call("Authorize", {"idTag": "BEEF0001"}))[2]["idTagInfo"]["status"] == "Accepted"

    assert tab.select_uid("BEEF0002")
    tab.block_button.click()
    await wait_until(lambda: uids(tab.table) == [], what="blocked one gone")
    assert (await client.call("Authorize", {"idTag": "BEEF0002"}))[2]["idTagInfo"]["status"] == "Blocked"
    assert tab.summary.text().startswith("No unknown tags.")
    assert panel.tabs.tabText(panel.tabs.indexOf(tab)) == "Unknown tags"
    assert tab.table.model().headerData(0, Qt.Orientation.Horizontal) == "UID"


async def test_edits_are_stored_at_once_and_nothing_typed_is_lost(desktop) -> None:
    await seed(desktop)
    storage = desktop.runtime.storage
    panel = await show_tab(desktop, desktop.window.panels["rfid"].register_tab)
    tab, editor = panel.register_tab, panel.register_tab.detail.editor
    await wait_until(lambda: len(uids(tab.table)) == 4, what="cards listed")
    select(tab.table, "AA000002")
    await wait_until(lambda: editor.tag is not None and editor.tag.uid == "AA000002", what="detail")

    # A label number already printed on another card is refused; the typed value stays.
    editor.label_edit.setText("10")
    editor.label_edit.textEdited.emit("10")
    editor.label_edit.editingFinished.emit()
    await wait_until(lambda: editor.status.kind == "error", what="the refusal")
    assert editor.status.text() == "The command cannot be sent: label 10 is already on tag AA000001"
    assert editor.label_edit.text() == "10" and (await storage.tag("AA000002")).label_number == 20
    editor.label_edit.setText("25")
    editor.label_edit.textEdited.emit("25")
    editor.label_edit.editingFinished.emit()
    await wait_until(lambda: editor.status.text() == "Saved", what="the fixed number stored")
    assert (await storage.tag("AA000002")).label_number == 25

    # Typing pauses are saved after a moment, without leaving the field.
    editor.owner_edit.setText("Luis")
    editor.owner_edit.textEdited.emit("Luis")
    await wait_until(lambda: editor.tag.owner == "Luis", timeout_s=4, what="the owner stored after a pause")

    # Text typed and the card switched at once: stored for the card it was typed for.
    editor.notes_edit.setPlainText("dented corner")
    select(tab.table, "AA000003")
    await wait_until(lambda: editor.tag.uid == "AA000003", what="the other card shown")
    for _ in range(40):
        if (await storage.tag("AA000002")).notes == "dented corner":
            break
        await asyncio.sleep(0.05)
    assert (await storage.tag("AA000002")).notes == "dented corner"
    assert editor.notes_edit.toPlainText() == ""  # the shown card's own notes
    await wait_until(lambda: row_of(tab.table, "UID", "AA000002")["Label"] == "25", what="the row follows")


async def test_a_tag_asked_for_elsewhere_is_found_in_the_register(desktop) -> None:
    await seed(desktop)
    panel = await show_tab(desktop, desktop.window.panels["rfid"].enroll)
    panel.focus("rfid", "AA000003")  # what the window's focus router calls
    assert panel.tabs.currentWidget() is panel.register_tab
    assert panel.register_tab.search_edit.text() == "AA000003"
    await wait_until(lambda: uids(panel.register_tab.table) == ["AA000003"], what="the tag found")


async def test_hidden_tabs_neither_load_nor_enrol(desktop) -> None:
    await seed(desktop)
    panel = desktop.window.panels["rfid"]
    assert not desktop.window.docks["rfid"].isVisible()  # shown from the View menu
    tabs = (panel.enroll, panel.register_tab, panel.accounts, panel.unknown, panel.lists, panel.reservations)
    loads = [tab.load_count for tab in tabs]
    for n in range(20):  # a burst of register changes while nobody looks
        await desktop.runtime.register.tags.update("AA000003", notes=f"edit {n}")
    present(desktop, "0F0F0F0F")  # a scan while the panel is hidden: remembered, not enrolled
    await asyncio.sleep(0.6)
    assert [tab.load_count for tab in tabs] == loads
    assert await desktop.runtime.storage.tag("0F0F0F0F") is None

    await show_tab(desktop, panel.register_tab)
    await wait_until(lambda: len(uids(panel.register_tab.table)) == 4, what="loaded when shown")
    assert panel.accounts.load_count == loads[2]  # still behind its tab
    assert panel.enroll.last_scan is not None and panel.enroll.last_scan.uid == "0F0F0F0F"
