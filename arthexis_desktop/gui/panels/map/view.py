"""The interactive map: drag or arrow keys pan; wheel, pinch, double-click, the ± buttons and
+/- zoom around the cursor; Home fits the fleet; clicking a marker selects its charger, clicking a
cluster zooms into it; in edit mode markers can be dragged; in placing mode a click places."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QNativeGestureEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QGestureEvent,
    QMenu,
    QPinchGesture,
    QToolButton,
    QToolTip,
    QWidget,
)

from arthexis_desktop.core import geo
from arthexis_desktop.gui.panels.map.canvas import MAX_ZOOM, MIN_ZOOM, MapCanvas
from arthexis_desktop.gui.panels.map.markers import MarkerItem
from arthexis_desktop.gui.panels.map.tiles import TileLoader

KEY_PAN_PX = 120


class MapView(MapCanvas):
    charger_clicked = Signal(str)
    marker_dropped = Signal(str, float, float)  # edit mode: a marker was dragged here
    map_clicked = Signal(float, float)  # a click on the map itself (no marker, no drag)
    fit_requested = Signal()  # Home / the fit button
    escape_pressed = Signal()

    def __init__(self, loader: TileLoader, parent: QWidget | None = None) -> None:
        super().__init__(loader, parent)
        self.setObjectName("map_view")
        self.tooltip_for: Callable[[MarkerItem], str] | None = None
        self._press: QPoint | None = None
        self._last: QPoint = QPoint()
        self._moved = False
        self._press_item: MarkerItem | None = None
        self._drag_item: MarkerItem | None = None
        self._drag_offset = QPointF()
        self._wheel = 0
        self._pinch = 1.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setAccessibleName(self.tr("Charger map"))
        self.zoom_in_button = self._button("zoom_in", "+", self.tr("Zoom in (+)"), lambda: self.zoom_by(1))
        self.zoom_out_button = self._button(
            "zoom_out", "−", self.tr("Zoom out (-)"), lambda: self.zoom_by(-1)
        )
        self.fit_button = self._button(
            "fit", "⌂", self.tr("Show all chargers (Home)"), self.fit_requested.emit
        )

    def _button(self, name: str, text: str, tip: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"map_{name}")
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFixedSize(30, 30)
        button.clicked.connect(slot)
        return button

    # -- mouse, wheel, gestures, keys ------------------------------------------------------------
    def marker_at(self, point: QPoint) -> MarkerItem | None:
        for item in self.items(point):
            if isinstance(item, MarkerItem) and item.isVisible():
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._press = self._last = event.position().toPoint()
        self._moved = False
        self._press_item = self.marker_at(self._press) if self.placing is None else None
        item = self._press_item
        if item is not None and self.edit_mode and not item.is_cluster:
            self._drag_item = item
            self._drag_offset = item.pos() - self.mapToScene(self._press)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        self._cursor = self.lat_lon_at(point)
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            distance = (point - self._press).manhattanLength()
            if self._moved or distance >= QApplication.startDragDistance():
                self._moved = True
                if self._drag_item is not None:
                    target = self.mapToScene(point) + self._drag_offset
                    self.layer.place_item(self._drag_item, target.x(), target.y())
                    self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                else:
                    delta = point - self._last
                    self.pan_by(-delta.x(), -delta.y())
                    self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            self._last = point
        else:
            self._set_hover_cursor(point)
        self.viewport().update()
        event.accept()

    def _set_hover_cursor(self, point: QPoint) -> None:
        if self.placing is not None:
            shape = Qt.CursorShape.CrossCursor
        elif (item := self.marker_at(point)) is not None:
            draggable = self.edit_mode and not item.is_cluster
            shape = Qt.CursorShape.OpenHandCursor if draggable else Qt.CursorShape.PointingHandCursor
        else:
            shape = Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(shape)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            super().mouseReleaseEvent(event)
            return
        point = event.position().toPoint()
        item, dragged = self._press_item, self._drag_item
        self._press, self._press_item, self._drag_item = None, None, None
        if dragged is not None and self._moved and dragged.charger_id is not None:
            size = geo.world_size_px(self._zoom)
            lat, lon = geo.world_to_lat_lon(dragged.pos().x() / size, dragged.pos().y() / size)
            self.marker_dropped.emit(dragged.charger_id, lat, lon)
        elif not self._moved:
            if item is None:
                self.map_clicked.emit(*self.lat_lon_at(point))
            elif item.is_cluster:
                self.open_cluster(item, point)
            elif item.charger_id is not None:
                self.charger_clicked.emit(item.charger_id)
        self._set_hover_cursor(point)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.marker_at(event.position().toPoint()) is None:
            self.zoom_by(1, event.position().toPoint())
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def open_cluster(self, item: MarkerItem, point: QPoint) -> None:
        """Zoom in until the cluster splits; where it cannot (same spot), list its chargers."""
        bounds = geo.bounds_of(
            self.layer.positions[cid] for cid in item.members if cid in self.layer.positions
        )
        if bounds is not None and self._zoom < MAX_ZOOM:
            lat, lon, zoom = geo.fit_bounds(
                bounds,
                self.viewport().width(),
                self.viewport().height(),
                padding_px=60.0,
                min_zoom=MIN_ZOOM,
                max_zoom=MAX_ZOOM,
            )
            self.set_view(lat, lon, max(zoom, self._zoom + 1))
            return
        menu = QMenu(self)
        menu.setObjectName("cluster_menu")
        for cid in sorted(item.members):
            action = menu.addAction(cid)
            action.triggered.connect(partial(self.charger_clicked.emit, cid))
        menu.popup(self.viewport().mapToGlobal(point))

    def leaveEvent(self, event: QEvent) -> None:
        self._cursor = None
        self.viewport().update()
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._wheel += event.angleDelta().y()
        steps = int(self._wheel / 120)  # a notch is 120; touchpads send many small deltas
        if steps:
            self._wheel -= steps * 120
            self.zoom_by(steps, event.position().toPoint())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            item = self.marker_at(event.pos())  # type: ignore[attr-defined]
            if item is not None and self.tooltip_for is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_for(item), self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self._on_pinch(pinch.scaleFactor(), pinch.centerPoint().toPoint(), pinch.state())
                event.accept()
                return True
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            center = self.viewport().mapToGlobal(event.position().toPoint())
            self._on_pinch(1.0 + event.value(), center, Qt.GestureState.GestureUpdated)
            return True
        return super().viewportEvent(event)

    def _on_pinch(self, factor: float, global_center: QPoint, state: Qt.GestureState) -> None:
        self._pinch *= factor
        steps = round(math.log2(self._pinch)) if self._pinch > 0 else 0
        if steps:
            self._pinch /= 2.0**steps
            self.zoom_by(steps, self.viewport().mapFromGlobal(global_center))
        if state in (Qt.GestureState.GestureFinished, Qt.GestureState.GestureCanceled):
            self._pinch = 1.0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in moves:
            dx, dy = moves[Qt.Key(key)]
            self.pan_by(dx * KEY_PAN_PX, dy * KEY_PAN_PX)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(-1)
        elif key == Qt.Key.Key_Home:
            self.fit_requested.emit()
        elif key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for row, button in enumerate((self.zoom_in_button, self.zoom_out_button, self.fit_button)):
            button.move(8, 8 + row * 34)
        self._apply_center()
