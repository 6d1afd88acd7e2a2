"""Drive the map the way a person does: open it from the View menu, click, drag, read markers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from arthexis_desktop.app.desktop import DesktopApp
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.panels.map import MapPanel
from arthexis_desktop.gui.panels.map.markers import MarkerItem
from arthexis_desktop.gui.panels.map.settings import SOURCE_NONE, MapSettings
from arthexis_desktop.gui.panels.map.view import MapView


def open_map(app: DesktopApp, settings: MapSettings | None = None) -> MapPanel:
    """Point the map at a test tile source (never OSM) and show it with View → Map."""
    panel = app.window.panels["map"]
    assert isinstance(panel, MapPanel)
    panel.apply_settings(settings or MapSettings(source=SOURCE_NONE), save=False)
    dock = app.window.docks["map"]
    assert not dock.isVisible(), "the map is hidden until asked for"
    dock.toggleViewAction().trigger()
    return panel


def local_settings(template: str, cache_dir: Path, **changes: object) -> MapSettings:
    return MapSettings(tile_url=template, cache_dir=str(cache_dir), **changes)  # type: ignore[arg-type]


def _mouse(widget: QWidget, kind: QEvent.Type, pos: QPoint, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def hover(view: MapView, pos: QPoint) -> None:
    """A mouse move without buttons (QTest.mouseMove would process events inside the test)."""
    _mouse(view.viewport(), QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton)


def click(view: MapView, pos: QPoint) -> None:
    viewport = view.viewport()
    _mouse(viewport, QEvent.Type.MouseButtonPress, pos, Qt.MouseButton.LeftButton)
    _mouse(viewport, QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.NoButton)


def drag(view: MapView, start: QPoint, end: QPoint, steps: int = 8) -> None:
    viewport = view.viewport()
    _mouse(viewport, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        _mouse(viewport, QEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
    _mouse(viewport, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def marker(panel: MapPanel, charger_id: str) -> MarkerItem | None:
    """The item that shows the charger now (its own marker, or the cluster it is part of)."""
    item = panel.view.layer.item_of(charger_id)
    return item if item is not None and item.isVisible() else None


def marker_color(panel: MapPanel, charger_id: str) -> QColor | None:
    item = marker(panel, charger_id)
    return fmt.status_color(item.status) if item is not None and not item.is_cluster else None


def marker_point(panel: MapPanel, charger_id: str) -> QPoint:
    """Where the charger's marker is drawn, in viewport pixels."""
    item = marker(panel, charger_id)
    assert item is not None, f"no marker for {charger_id}"
    return panel.view.mapFromScene(item.pos())
