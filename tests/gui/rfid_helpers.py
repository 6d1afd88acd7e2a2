"""Driving the "RFID cards" panel in tests: bring a tab on screen, present a card, read a table."""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime

from PySide6.QtWidgets import QWidget

from arthexis_desktop.app.desktop import DesktopApp
from arthexis_desktop.core.events import TagScanned
from arthexis_desktop.gui.panels.rfid import RfidPanel
from tests.gui.conftest import wait_until
from tests.gui.helpers import table_rows


def rfid_panel(app: DesktopApp) -> RfidPanel:
    panel = app.window.panels["rfid"]
    assert isinstance(panel, RfidPanel)
    return panel


async def show_tab(app: DesktopApp, tab: QWidget) -> RfidPanel:
    """The RFID dock in front with ``tab`` current, on screen and loaded once."""
    panel = rfid_panel(app)
    app.window.docks["rfid"].show()
    app.window.docks["rfid"].raise_()
    panel.tabs.setCurrentWidget(tab)
    await wait_until(tab.is_on_screen, what=f"{type(tab).__name__} on screen")  # type: ignore[attr-defined]
    loads = tab.load_count  # type: ignore[attr-defined]
    tab.refresh_now()  # type: ignore[attr-defined]
    await wait_until(lambda: tab.load_count > loads, what=f"{type(tab).__name__} loaded")  # type: ignore[attr-defined]
    await asyncio.sleep(0.3)  # the clock applies what was loaded
    return panel


def present(app: DesktopApp, uid: str, *, reader: str = "Test reader 00") -> TagScanned:
    """A card held to a reader on this computer: the event every reader backend publishes."""
    assert app.runtime is not None
    scan = TagScanned(reader=reader, uid=uid, raw=uid, at=datetime.now(UTC), source="pcsc")
    app.runtime.bus.publish(scan)
    return scan


def row_of(table, column: str, value: str) -> dict[str, str] | None:
    return next((r for r in table_rows(table) if r[column] == value), None)


_PLURAL = re.compile(r"(\d+)([^()\d]*?)\(s\)")


def english(text: str) -> str:
    """``"2 card(s)"`` read as ``"2 cards"`` and ``"1 card(s)"`` as ``"1 card"``: the English plural
    forms come with the translation pass (translations/arthexis_en.ts); both read the same here."""
    return _PLURAL.sub(lambda m: m.group(1) + m.group(2) + ("" if m.group(1) == "1" else "s"), text)
