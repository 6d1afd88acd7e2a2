"""The map's canvas: a ``QGraphicsView`` whose scene is the world in pixels of the current zoom.

Tiles and the graticule are painted as the background (no item per tile), markers are pooled
items (``markers.py``), and the scale bar, attribution, cursor coordinates and status lines are
painted in viewport coordinates over everything (hence full-viewport updates: a scroll must not
blit them along). Zoom is in whole levels, so tiles are drawn 1:1 and stay sharp.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from arthexis_desktop.core import geo
from arthexis_desktop.gui.panels.map import overlay
from arthexis_desktop.gui.panels.map import tiles as t
from arthexis_desktop.gui.panels.map.markers import MarkerLayer
from arthexis_desktop.gui.panels.map.tiles import TileLoader

# Not self.tr(): PySide looks strings up under the instance's class (MapView), lupdate files them
# under the class that contains the call (MapCanvas).
translate = QCoreApplication.translate

MIN_ZOOM, MAX_ZOOM = 2, 19
DEFAULT_CENTER = (25.6866, -100.3161)  # Monterrey, as the original's map
DEFAULT_ZOOM = 13
FALLBACK_LEVELS = 4  # a missing tile is drawn from an ancestor up to this many levels up


class MapCanvas(QGraphicsView):
    view_changed = Signal()

    def __init__(self, loader: TileLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.loader = loader
        self.layer = MarkerLayer(self.scene())
        self.edit_mode = False
        self.placing: str | None = None  # a charger to place with the next click
        self.paint_stats = {"graticule_lines": 0, "tiles_drawn": 0, "tiles_missing": 0, "frames": 0}
        self._zoom = DEFAULT_ZOOM
        self._center = geo.lat_lon_to_world(*DEFAULT_CENTER)  # normalised world x, y
        self._cursor: tuple[float, float] | None = None  # lat, lon under the mouse
        self._asked: list[t.TileKey] = []
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        loader.tiles_changed.connect(self._on_tiles_changed)
        loader.status_changed.connect(self.viewport().update)
        self._apply_zoom()

    # -- where the map looks ---------------------------------------------------------------------
    @property
    def zoom(self) -> int:
        return self._zoom

    @property
    def pointer_position(self) -> tuple[float, float] | None:
        """Latitude and longitude under the mouse (shown over the scale bar), None when outside."""
        return self._cursor

    @property
    def center(self) -> tuple[float, float]:
        return geo.world_to_lat_lon(*self._center)

    def set_view(self, latitude: float, longitude: float, zoom: int) -> None:
        self._center = geo.lat_lon_to_world(latitude, longitude)
        if zoom != self._zoom:
            self._zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
            self._apply_zoom()
        self._apply_center()

    def fit(self, bounds: geo.Bounds, *, padding_px: float = 30.0) -> None:
        lat, lon, zoom = geo.fit_bounds(
            bounds,
            self.viewport().width(),
            self.viewport().height(),
            padding_px=padding_px,
            min_zoom=MIN_ZOOM,
            max_zoom=min(17, MAX_ZOOM),
        )
        self.set_view(lat, lon, zoom)

    def zoom_by(self, steps: int, anchor: QPoint | None = None) -> None:
        """Zoom ``steps`` whole levels, keeping the place under ``anchor`` (default: the centre)."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, self._zoom + steps))
        if zoom == self._zoom:
            return
        size = geo.world_size_px(self._zoom)
        if anchor is None:  # the exact centre
            world, offset = self._center, (0.0, 0.0)
        else:
            scene = self.mapToScene(anchor)
            world = (scene.x() / size, scene.y() / size)
            offset = (anchor.x() - self.viewport().width() / 2.0, anchor.y() - self.viewport().height() / 2.0)
        self._zoom = zoom
        self._apply_zoom()
        new = geo.world_size_px(zoom)
        self._center = ((world[0] * new - offset[0]) / new, (world[1] * new - offset[1]) / new)
        self._apply_center()

    def pan_by(self, dx: int, dy: int) -> None:
        """Move the view ``dx``, ``dy`` pixels (the map moves the other way)."""
        size = geo.world_size_px(self._zoom)
        self._center = (self._center[0] + dx / size, self._center[1] + dy / size)
        self._apply_center()

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def _apply_zoom(self) -> None:
        size = geo.world_size_px(self._zoom)
        self.scene().setSceneRect(0, 0, size, size)
        self.setSceneRect(0, 0, size, size)
        self.layer.rebuild(self._zoom)

    def _apply_center(self) -> None:
        """Scroll so that the (exact) centre is in the middle of the viewport, to the nearest
        pixel (tiles stay crisp); the centre is kept where the view can actually go."""
        size = geo.world_size_px(self._zoom)
        width, height = self.viewport().width(), self.viewport().height()
        cx, cy = self._center[0] * size, self._center[1] * size
        cx = min(max(cx, width / 2.0), size - width / 2.0) if size > width else size / 2.0
        cy = min(max(cy, height / 2.0), size - height / 2.0) if size > height else size / 2.0
        self._center = (cx / size, cy / size)
        self.horizontalScrollBar().setValue(round(cx - width / 2.0))
        self.verticalScrollBar().setValue(round(cy - height / 2.0))
        self.viewport().update()
        self.view_changed.emit()

    def refresh_markers(self) -> None:
        """Re-cluster after positions changed."""
        self.layer.rebuild(self._zoom)

    def lat_lon_at(self, point: QPoint) -> tuple[float, float]:
        scene = self.mapToScene(point)
        return geo.pixel_to_lat_lon(scene.x(), scene.y(), self._zoom)

    def view_pos_of(self, latitude: float, longitude: float) -> QPoint:
        return self.mapFromScene(QPointF(*geo.lat_lon_to_pixel(latitude, longitude, self._zoom)))

    # -- painting --------------------------------------------------------------------------------
    def _on_tiles_changed(self) -> None:
        self._asked = []  # the next paint tells the loader again what it still lacks
        self.viewport().update()

    def tile_zoom(self) -> int | None:
        """The zoom of the tiles drawn now (sources stop at a maximum and are then stretched)."""
        if not self.loader.has_source or self._zoom < self.loader.min_zoom:
            return None
        return min(self._zoom, self.loader.max_zoom)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        rect = QRectF(rect)
        painter.fillRect(rect, overlay.BACKGROUND)
        visible = self.visible_scene_rect()
        lines = overlay.draw_graticule(painter, rect, visible, self._zoom)
        drawn, missing = self._draw_tiles(painter, rect, visible)
        if rect.contains(visible.intersected(self.sceneRect()).adjusted(1, 1, -1, -1)):
            # A whole frame (not a repaint under a button): what tests and probes read.
            self.paint_stats["frames"] += 1
            self.paint_stats.update(graticule_lines=lines, tiles_drawn=drawn, tiles_missing=missing)

    def _draw_tiles(self, painter: QPainter, rect: QRectF, visible: QRectF) -> tuple[int, int]:
        """Tiles under ``rect`` (missing ones from a scaled-up ancestor when one is in memory);
        tells the loader which tiles the whole view needs. Returns (drawn, missing)."""
        tz = self.tile_zoom()
        if tz is None:
            return 0, 0
        tile_px = geo.TILE_SIZE * 2 ** (self._zoom - tz)
        scale = geo.TILE_SIZE / tile_px
        drawn = missing = 0
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, tile_px != geo.TILE_SIZE)
        area = rect.intersected(visible.adjusted(-1, -1, 1, 1))
        left, top, right, bottom = (v * scale for v in (area.left(), area.top(), area.right(), area.bottom()))
        for x, y in geo.tiles_in_rect(left, top, right, bottom, tz):
            target = QRectF(x * tile_px, y * tile_px, tile_px, tile_px)
            if self._draw_tile(painter, target, tz, x, y):
                drawn += 1
            else:
                missing += 1
        left, top, right, bottom = (
            v * scale for v in (visible.left(), visible.top(), visible.right(), visible.bottom())
        )
        wanted = [(tz, x, y) for x, y in geo.tiles_in_rect(left, top, right, bottom, tz)]
        if wanted != self._asked:
            self._asked = wanted
            QTimer.singleShot(0, self, partial(self.loader.want, wanted))  # not from inside a paint
        return drawn, missing

    def _draw_tile(self, painter: QPainter, target: QRectF, z: int, x: int, y: int) -> bool:
        pixmap = self.loader.pixmap((z, x, y))
        if pixmap is not None:
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
            return True
        for up in range(1, min(FALLBACK_LEVELS, z) + 1):  # a blurry parent beats a hole
            parent = self.loader.pixmap((z - up, x >> up, y >> up))
            if parent is not None:
                part = parent.width() / (1 << up)
                source = QRectF((x % (1 << up)) * part, (y % (1 << up)) * part, part, part)
                painter.drawPixmap(target, parent, source)
                return False
        return False

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.save()
        painter.resetTransform()
        width, height = self.viewport().width(), self.viewport().height()
        overlay.draw_attribution(painter, width, height, self.loader.attribution)
        bar = overlay.draw_scale_bar(painter, height, self.center[0], self._zoom)
        if self._cursor is not None:
            overlay.draw_coordinates(painter, bar, overlay.coordinates_text(*self._cursor))
        overlay.draw_status(painter, width, self.status_lines())
        painter.restore()

    def status_lines(self) -> list[str]:
        lines = [self.tile_status_text()] if self.tile_status_text() else []
        if self.placing is not None:
            lines.append(
                translate("MapCanvas", "Click on the map to place {charger} (Esc cancels)").format(
                    charger=self.placing
                )
            )
        elif self.edit_mode:
            lines.append(translate("MapCanvas", "Editing locations: drag a marker to move its charger"))
        return lines

    def tile_status_text(self) -> str:
        status, detail = self.loader.status, self.loader.status_detail
        if status == t.STATUS_NO_SOURCE:
            return translate("MapCanvas", "No tile source: showing the graticule only")
        if status == t.STATUS_UNREACHABLE:
            return translate("MapCanvas", "Tile server unreachable: {error}").format(error=detail)
        if status == t.STATUS_TIMEOUT:
            return translate("MapCanvas", "Tile server unreachable: no answer within {seconds} s").format(
                seconds=detail
            )
        if status == t.STATUS_OFFLINE_CACHED:
            return translate("MapCanvas", "Offline: showing cached tiles")
        if status == t.STATUS_SERVER_ERROR:
            return translate("MapCanvas", "Tile server error: {error}").format(error=detail)
        if status == t.STATUS_MBTILES_ERROR:
            return translate("MapCanvas", "MBTiles file cannot be used: {error}").format(error=detail)
        if status == t.STATUS_NOT_AN_IMAGE:
            return translate(
                "MapCanvas", "Tile server sent something that is not an image; check the URL template"
            )
        if self.tile_zoom() is None and self.loader.has_source:
            return translate("MapCanvas", "No tiles below zoom {zoom} in this source").format(
                zoom=self.loader.min_zoom
            )
        return ""
