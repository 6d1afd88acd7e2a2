"""Dock layouts: the arrangement a person left comes back after a restart, a saved state from another
version (or naming panels that no longer exist) is ignored gracefully, named layouts and reset."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QLabel

from arthexis_desktop.gui.panels.registry import PanelSpec, default_registry
from arthexis_desktop.gui.shell.layouts import INSTALLER, KIOSK, LAYOUT_FORMAT, OPERATIONS
from tests.gui.helpers import menu_action
from tests.gui.shell_helpers import Shells, shells_fixture  # noqa: F401 - the fixture

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]

Area = Qt.DockWidgetArea


def _shown(window) -> set[str]:
    return {panel_id for panel_id, dock in window.docks.items() if not dock.isHidden()}


async def test_arrangement_geometry_and_columns_survive_a_restart(shells: Shells) -> None:
    app = await shells.start()
    window = app.window
    window.resize(window.width() - 40, window.height() - 30)
    window.addDockWidget(Area.LeftDockWidgetArea, window.docks["message_log"])  # moved by drag
    menu_action(window.view_menu, "Transactions").trigger()  # hidden from the View menu
    chargers_table = window.panels["chargers"].table
    chargers_table.horizontalHeader().resizeSection(0, 222)  # a column made wider
    await asyncio.sleep(0.1)
    size, shown = window.size(), _shown(window)
    assert "transactions" not in shown and "message_log" in shown
    await shells.stop(app)  # closing saves the arrangement

    again = (await shells.start()).window
    await asyncio.sleep(0.1)
    assert again.dockWidgetArea(again.docks["message_log"]) == Area.LeftDockWidgetArea
    assert _shown(again) == shown
    assert not menu_action(again.view_menu, "Transactions").isChecked()
    assert again.panels["chargers"].table.horizontalHeader().sectionSize(0) == 222
    assert again.size() == size


async def test_saved_state_of_another_format_or_with_unknown_panels_is_ignored_gracefully(
    shells: Shells,
) -> None:
    # 1. A layout saved with an extra panel this version does not have.
    registry = default_registry()
    registry.register(
        PanelSpec(
            "ghost", "Ghost", lambda _ctx: QLabel("ghost"), Area.LeftDockWidgetArea, visible_by_default=True
        )
    )
    app = await shells.start(registry=registry)
    app.window.addDockWidget(Area.RightDockWidgetArea, app.window.docks["tags_seen"])
    await shells.stop(app)
    state_file = shells.data_dir / "window.ini"
    assert "ghost" in QSettings(str(state_file), QSettings.Format.IniFormat).value("panels")

    window = (await shells.start()).window  # the normal panel set: ghost skipped, the rest restored
    assert "ghost" not in window.docks
    assert window.dockWidgetArea(window.docks["tags_seen"]) == Area.RightDockWidgetArea
    assert not window.docks["chargers"].isHidden()
    await shells.stop(shells.apps[0])

    # 2. A layout of another format (an older or newer version), with a state Qt cannot read.
    settings = QSettings(str(state_file), QSettings.Format.IniFormat)
    settings.setValue("format", LAYOUT_FORMAT + 1)
    settings.setValue("state", b"not a dock state")
    settings.setValue("visible", "chargers")
    settings.sync()
    window = (await shells.start()).window
    assert window.layout_id == OPERATIONS
    assert window.dockWidgetArea(window.docks["tags_seen"]) == Area.BottomDockWidgetArea  # the default
    assert {"chargers", "transactions", "message_log"} <= _shown(window)
    await shells.stop(shells.apps[0])

    # 3. Right format, unreadable state: the default arrangement, no error.
    settings.setValue("format", LAYOUT_FORMAT)
    settings.sync()
    window = (await shells.start()).window
    assert window.dockWidgetArea(window.docks["tags_seen"]) == Area.BottomDockWidgetArea
    assert {"chargers", "transactions", "message_log"} <= _shown(window)


async def test_named_layouts_switch_docks_and_reset_returns_to_the_start(shells: Shells) -> None:
    window = (await shells.start()).window
    layouts_menu = window.layouts_menu
    assert [a.text() for a in layouts_menu.actions()] == ["Operations", "Installer", "Kiosk preview"]
    default_shown = _shown(window)
    widths = [window.panels["chargers"].table.horizontalHeader().sectionSize(c) for c in range(3)]

    menu_action(layouts_menu, "Installer").trigger()
    assert window.layout_id == INSTALLER
    shown = _shown(window)
    assert {"chargers", "message_log", "calculators"} <= shown and "transactions" not in shown
    assert window.dockWidgetArea(window.docks["calculators"]) == Area.BottomDockWidgetArea
    assert window.docks["chargers"].features() != QDockWidget.DockWidgetFeature.NoDockWidgetFeatures

    menu_action(layouts_menu, "Kiosk preview").trigger()
    assert window.layout_id == KIOSK and _shown(window) == {"chargers", "transactions"}
    assert window.dockWidgetArea(window.docks["transactions"]) == Area.BottomDockWidgetArea
    locked = QDockWidget.DockWidgetFeature.NoDockWidgetFeatures
    assert all(dock.features() == locked for dock in window.docks.values())  # the kiosk is locked
    assert layouts_menu.actions()[2].isChecked()

    # Reset: the registry's arrangement, unlocked, default column widths.
    window.addDockWidget(Area.LeftDockWidgetArea, window.docks["chargers"])
    window.panels["chargers"].table.horizontalHeader().resizeSection(0, 300)
    menu_action(window.view_menu, "&Reset layout").trigger()
    assert window.layout_id == OPERATIONS and layouts_menu.actions()[0].isChecked()
    assert _shown(window) == default_shown
    assert window.dockWidgetArea(window.docks["chargers"]) == Area.TopDockWidgetArea
    assert window.docks["chargers"].features() & QDockWidget.DockWidgetFeature.DockWidgetMovable
    assert [window.panels["chargers"].table.horizontalHeader().sectionSize(c) for c in range(3)] == widths


async def test_the_chosen_named_layout_is_remembered(shells: Shells) -> None:
    app = await shells.start()
    app.window.apply_layout(KIOSK)
    await shells.stop(app)
    window = (await shells.start()).window
    assert window.layout_id == KIOSK and window.layout_actions[KIOSK].isChecked()
    assert _shown(window) == {"chargers", "transactions"}
    assert window.docks["chargers"].features() == QDockWidget.DockWidgetFeature.NoDockWidgetFeatures
