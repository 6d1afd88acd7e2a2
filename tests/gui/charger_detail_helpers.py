"""Open the Charger panel the way a person does: a focus request routed to its dock."""

from __future__ import annotations

import asyncio
import re

from arthexis_desktop.app.desktop import DesktopApp
from arthexis_desktop.gui.focus_router import FocusRouter
from arthexis_desktop.gui.panels.charger_detail import ChargerDetailPanel
from tests.gui.conftest import wait_until


def focus_router(app: DesktopApp) -> FocusRouter:
    """The window's router (the one line the main window gets), made here while it has none."""
    router = getattr(app.window, "focus_router", None)
    if not isinstance(router, FocusRouter):
        assert app.context is not None
        router = FocusRouter(
            app.window.registry, focus=app.context.focus, panels=app.window.panels, parent=app.window
        )
        app.window.focus_router = router  # type: ignore[attr-defined]
    return router


def detail_panel(app: DesktopApp) -> ChargerDetailPanel:
    panel = app.window.panels["charger_detail"]
    assert isinstance(panel, ChargerDetailPanel)
    return panel


async def open_detail(app: DesktopApp, charger_id: str) -> ChargerDetailPanel:
    """Ask for ``charger_id`` like a double-click does; wait until its dock shows it."""
    focus_router(app)
    assert app.context is not None
    app.context.request_focus("charger", charger_id)
    panel = detail_panel(app)
    await wait_until(
        lambda: panel.is_on_screen() and panel.title.text() == charger_id, what=f"the detail of {charger_id}"
    )
    return panel


async def show_tab(panel: ChargerDetailPanel, index: int) -> None:
    panel.tabs.setCurrentIndex(index)
    await asyncio.sleep(0.05)


_PLURAL = re.compile(r"(\d+)([^()\d]*?)\(s\)")


def english(text: str) -> str:
    """``"2 error(s)"`` read as ``"2 errors"``, ``"1 error(s)"`` as ``"1 error"``: the English plural
    forms of new strings come with the translation pass (translations/arthexis_en.ts)."""
    return _PLURAL.sub(lambda m: m.group(1) + m.group(2) + ("" if m.group(1) == "1" else "s"), text)
