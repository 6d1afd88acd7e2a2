"""The "RFID tags seen" panel: unknown tags presented at a real charger connection (raw OCPP over a
real socket) show up, are enrolled or blocked in one click, and the next Authorize says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from arthexis_desktop.core.model import AuthorizationPolicy
from arthexis_desktop.gui.panels.tags_seen import TagsSeenPanel
from tests.gui.conftest import wait_until
from tests.gui.helpers import menu_action, open_context_menu, table_rows

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]


def tags_panel(app) -> TagsSeenPanel:
    panel = app.window.panels["tags_seen"]
    assert isinstance(panel, TagsSeenPanel)
    return panel


def unknown_row(panel: TagsSeenPanel, uid: str) -> dict[str, str] | None:
    return next((r for r in table_rows(panel.table) if r["Tag"] == uid), None)


async def authorize(client, id_tag: str) -> str:
    return (await client.call("Authorize", {"idTag": id_tag}))[2]["idTagInfo"]["status"]


async def test_unknown_tag_is_listed_then_enrolled_or_blocked(make_desktop, connect_raw, qtbot) -> None:
    app = await make_desktop(authorization_policy=AuthorizationPolicy.ALLOWLIST)
    window, panel = app.window, tags_panel(app)
    assert window.docks["tags_seen"].windowTitle() == "RFID tags seen"
    client = await connect_raw(app.runtime.local_url("CP-T"))
    assert (await client.boot())[2]["status"] == "Accepted"

    # Tabbed behind the message log, the panel keeps the presentations but does not query.
    assert not panel.is_on_screen() and app.window.panels["message_log"].is_on_screen()
    assert await authorize(client, "ab12 cd34") == "Invalid"
    await wait_until(lambda: panel.presentations.received == 1, what="the presentation kept")
    assert panel.fetch_count == 0

    window.docks["tags_seen"].raise_()
    await wait_until(lambda: unknown_row(panel, "AB12CD34"), what="the unknown tag listed")
    row = unknown_row(panel, "AB12CD34")
    assert (row["Times seen"], row["Last charger"]) == ("1", "CP-T")
    assert row["Last seen"].endswith("s ago") and row["First seen"].endswith("s ago")
    assert panel.summary.text() == "1 unknown tag: select one to enrol or block it."
    [presented] = table_rows(panel.presentations_table)
    assert (presented["Charger"], presented["Tag"], presented["Message"]) == ("CP-T", "AB12CD34", "Authorize")
    assert (presented["Decision"], presented["Why"]) == ("Invalid", "not in the register")

    # A burst of presentations is one query per clock tick, not one per event.
    fetches = panel.fetch_count
    for n in range(10):
        await authorize(client, f"F00D{n:04d}")
    await wait_until(lambda: len(table_rows(panel.table)) == 11, what="eleven unknown tags")
    assert panel.fetch_count - fetches < 10
    assert await authorize(client, "AB12CD34") == "Invalid"
    await wait_until(lambda: unknown_row(panel, "AB12CD34")["Times seen"] == "2", what="seen twice")

    # Enrol with a label typed inline: the row goes and the tag is accepted.
    assert not panel.enrol_button.isEnabled()  # nothing selected
    assert panel.select_uid("AB12CD34")
    qtbot.mouseClick(panel.enrol_button, Qt.MouseButton.LeftButton)
    assert panel.enrol_bar.isVisible() and "AB12CD34" in panel.enrol_prompt.text()
    QTest.keyClicks(panel.label_edit, "Van 3")
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    await wait_until(lambda: unknown_row(panel, "AB12CD34") is None, what="the enrolled row gone")
    assert panel.status_label.text() == "AB12CD34 enrolled as “Van 3”: it is in the register as allowed."
    assert not panel.enrol_bar.isVisible()
    assert await authorize(client, "AB12CD34") == "Accepted"
    tag = await app.runtime.storage.tag("AB12CD34")
    assert tag is not None and (tag.label, tag.allowed) == ("Van 3", True)
    await wait_until(lambda: table_rows(panel.presentations_table)[0]["Decision"] == "Accepted")
    assert table_rows(panel.presentations_table)[0]["Why"] == "allowed in the register"

    # Block from the context menu: the row goes and the tag is refused as Blocked.
    assert await authorize(client, "DEADBEEF") == "Invalid"
    await wait_until(lambda: unknown_row(panel, "DEADBEEF"), what="DEADBEEF listed")
    row_index = next(i for i, r in enumerate(table_rows(panel.table)) if r["Tag"] == "DEADBEEF")
    menu = open_context_menu(panel.table, row_index, "tags_context_menu")
    assert panel.selected_uid() == "DEADBEEF"
    menu_action(menu, "Block").trigger()
    menu.close()
    await wait_until(lambda: unknown_row(panel, "DEADBEEF") is None, what="the blocked row gone")
    assert panel.status_label.text() == "DEADBEEF blocked: every charger refuses it."
    assert await authorize(client, "DEADBEEF") == "Blocked"
    await wait_until(lambda: table_rows(panel.presentations_table)[0]["Decision"] == "Blocked")
    assert table_rows(panel.presentations_table)[0]["Why"] == "blocked in the register"
    await wait_until(lambda: len(table_rows(panel.table)) == 10, what="the other tags still listed")
