"""Read the window the way a person does: cell texts, chip colours, buttons, dialogs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMenu, QTableView, QWidget

from arthexis_desktop.gui.commands.forms import FormDialog
from arthexis_desktop.gui.panels.chargers import ChargersPanel
from arthexis_desktop.gui.panels.chargers_model import CHARGER_ID_ROLE
from arthexis_desktop.gui.widgets.chips import CHIPS_ROLE


def column_of(model: QAbstractItemModel, title: str) -> int:
    for col in range(model.columnCount()):
        if model.headerData(col, Qt.Orientation.Horizontal) == title:
            return col
    raise AssertionError(f"no column {title!r}")


def table_rows(table: QTableView) -> list[dict[str, str]]:
    """Every visible row as {header title: displayed text}."""
    model = table.model()
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]
    return [
        {titles[c]: str(model.index(r, c).data() or "") for c in range(model.columnCount())}
        for r in range(model.rowCount())
    ]


def charger_row(panel: ChargersPanel, charger_id: str) -> dict[str, Any] | None:
    """The displayed row of ``charger_id`` plus its connector chips, or None if not shown."""
    model = panel.table.model()
    for r in range(model.rowCount()):
        if model.index(r, 0).data(CHARGER_ID_ROLE) == charger_id:
            row: dict[str, Any] = {
                str(model.headerData(c, Qt.Orientation.Horizontal)): str(model.index(r, c).data() or "")
                for c in range(model.columnCount())
            }
            row["chips"] = model.index(r, column_of(model, "Connectors")).data(CHIPS_ROLE) or []
            return row
    return None


def press_ok(dialog: QWidget) -> None:
    assert isinstance(dialog, FormDialog), f"expected a command form, got {dialog!r}"
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.isVisible() and button.isEnabled()
    button.click()


def menu_action(menu: QMenu, text: str) -> QAction:
    """The action of ``menu`` a person reads as ``text``."""
    for action in menu.actions():
        if action.text() == text:
            return action
    raise AssertionError(f"no {text!r} in the menu: {[a.text() for a in menu.actions()]}")


def open_context_menu(table: QTableView, row: int, name: str) -> QMenu:
    """Right-click ``row`` of ``table`` and return the menu that pops up (object name ``name``)."""
    before = set(table.window().findChildren(QMenu, name))
    pos = table.visualRect(table.model().index(row, 0)).center()
    table.customContextMenuRequested.emit(pos)
    menus = [m for m in table.window().findChildren(QMenu, name) if m not in before]
    assert menus, f"no context menu {name!r} opened"
    return menus[-1]
