"""Charger markers: one item per cluster at the current zoom, taken from a pool and reused.

Scene coordinates are pixels at the current whole zoom level. Clustering depends only on the
zoom (not on panning), so panning moves no item; a zoom step re-clusters the fleet (2,000
chargers: a few milliseconds) and re-assigns the pooled items. A status change repaints only the
items whose colours changed.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from arthexis_desktop.core import geo
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.panels.map.status import status_counts

CLUSTER_RADIUS_PX = 40.0  # markers closer than this merge into one cluster
SINGLE_R = 8.0
LABEL_GAP = 3.0
OUTLINE = QColor("#1f2937")
SELECTED = QColor("#111827")
LABEL_BG = QColor(255, 255, 255, 225)
Z_SINGLE, Z_CLUSTER, Z_SELECTED, Z_DRAGGED = 10.0, 20.0, 30.0, 40.0
SPRITES_MAX = 6000  # ~10 KB each: every charger in three states, plus clusters


class _Text:
    """Fonts and label widths shared by every marker (measuring text is the costly part)."""

    label: QFont
    bold: QFont
    metrics: QFontMetricsF
    widths: dict[str, float]
    ready = False

    @classmethod
    def get(cls) -> type[_Text]:
        if not cls.ready:
            cls.label = QFont()
            cls.label.setPointSizeF(max(7.0, cls.label.pointSizeF() * 0.9))
            cls.bold = QFont(cls.label)
            cls.bold.setBold(True)
            cls.metrics = QFontMetricsF(cls.label)
            cls.widths = {}
            cls.ready = True
        return cls

    @classmethod
    def width(cls, text: str) -> float:
        width = cls.widths.get(text)
        if width is None:
            width = cls.widths[text] = cls.metrics.horizontalAdvance(text)
        return width


class _Sprites:
    """Markers drawn once into pixmaps, keyed by what they show: a charger keeps its sprite
    across zoom steps and equal clusters share one, so re-clustering paints almost nothing."""

    cache: ClassVar[OrderedDict[tuple[object, ...], QPixmap]] = OrderedDict()

    @classmethod
    def get(
        cls, key: tuple[object, ...], rect: QRectF, dpr: float, draw: Callable[[QPainter], None]
    ) -> QPixmap:
        full = (*key, rect.width(), rect.height(), dpr)
        sprite = cls.cache.get(full)
        if sprite is not None:
            cls.cache.move_to_end(full)
            return sprite
        sprite = QPixmap(math.ceil(rect.width() * dpr), math.ceil(rect.height() * dpr))
        sprite.setDevicePixelRatio(dpr)
        sprite.fill(Qt.GlobalColor.transparent)
        painter = QPainter(sprite)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-rect.left(), -rect.top())
        draw(painter)
        painter.end()
        cls.cache[full] = sprite
        while len(cls.cache) > SPRITES_MAX:
            cls.cache.popitem(last=False)
        return sprite


class MarkerItem(QGraphicsItem):
    """A single charger (coloured dot + id label) or a cluster (count in a ring of colours).

    ``show_single`` / ``show_cluster`` touch the item only when what it shows changes; painting
    is one blit of a shared sprite.
    """

    def __init__(self) -> None:
        super().__init__()
        self.members: tuple[str, ...] = ()
        self.status = ""
        self.selected = False
        self._colors: list[tuple[str, int]] = []
        self._rect = QRectF()
        self._label_rect = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view handles the mouse

    @property
    def is_cluster(self) -> bool:
        return len(self.members) > 1

    @property
    def charger_id(self) -> str | None:
        return self.members[0] if len(self.members) == 1 else None

    def show_single(self, charger_id: str, status: str, selected: bool) -> None:
        if self.members != (charger_id,):
            self.prepareGeometryChange()
            text = _Text.get()
            width, height = text.width(charger_id) + 8.0, text.metrics.height() + 2.0
            self._label_rect = QRectF(-width / 2.0, SINGLE_R + LABEL_GAP, width, height)
            ring = SINGLE_R + 4.0
            self._rect = (
                QRectF(-ring, -ring, 2 * ring, 2 * ring).united(self._label_rect).adjusted(-1, -1, 1, 1)
            )
            self.members = (charger_id,)
        elif (status, selected) == (self.status, self.selected):
            return
        self.status, self.selected = status, selected
        self.setZValue(Z_SELECTED if selected else Z_SINGLE)
        self.update()

    def show_cluster(self, members: tuple[str, ...], statuses: list[str]) -> None:
        colors = status_counts(statuses)
        if len(members) != len(self.members) or len(members) < 2:
            self.prepareGeometryChange()
            r = 13.0 + min(9.0, 3.0 * math.log10(len(members)))
            self._rect = QRectF(-r - 2, -r - 2, 2 * r + 4, 2 * r + 4)
        elif colors == self._colors:
            self.members = members
            return
        self.members, self._colors, self.status, self.selected = members, colors, "", False
        self.setZValue(Z_CLUSTER)
        self.update()

    @property
    def cluster_radius(self) -> float:
        return self._rect.width() / 2.0 - 2.0

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        if self.is_cluster:
            key: tuple[object, ...] = ("cluster", len(self.members), tuple(self._colors))
            sprite = _Sprites.get(key, self._rect, dpr, self._paint_cluster)
        else:
            key = ("single", self.members[0], self.status, self.selected)
            sprite = _Sprites.get(key, self._rect, dpr, self._paint_single)
        painter.drawPixmap(self._rect.topLeft(), sprite)

    def _paint_single(self, painter: QPainter) -> None:
        if self.selected:
            painter.setPen(QPen(SELECTED, 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), SINGLE_R + 3.5, SINGLE_R + 3.5)
        painter.setPen(QPen(OUTLINE, 1.0))
        painter.setBrush(QBrush(QColor("white")))
        painter.drawEllipse(QPointF(0, 0), SINGLE_R + 1.0, SINGLE_R + 1.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(fmt.status_color(self.status)))
        painter.drawEllipse(QPointF(0, 0), SINGLE_R - 1.0, SINGLE_R - 1.0)
        painter.setBrush(QBrush(LABEL_BG))
        painter.drawRoundedRect(self._label_rect, 3.0, 3.0)
        painter.setFont(_Text.get().label)
        painter.setPen(QPen(OUTLINE))
        painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self.members[0])

    def _paint_cluster(self, painter: QPainter) -> None:
        r = self.cluster_radius
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(255, 255, 255, 235)))
        painter.drawEllipse(QPointF(0, 0), r, r)
        ring = QRectF(-r + 3.0, -r + 3.0, 2 * r - 6.0, 2 * r - 6.0)
        total = sum(n for _s, n in self._colors) or 1
        start = 90 * 16  # from 12 o'clock, clockwise
        for status, count in self._colors:
            span = -round(360 * 16 * count / total)
            pen = QPen(fmt.status_color(status), 5.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawArc(ring, start, span)
            start += span
        painter.setPen(QPen(OUTLINE, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setFont(_Text.get().bold)
        painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, str(len(self.members)))


class MarkerLayer:
    """The chargers with a position, clustered at one zoom into pooled ``MarkerItem``s."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self._pool: list[MarkerItem] = []
        self._world: dict[str, tuple[float, float]] = {}  # charger -> normalised world x, y
        self.positions: dict[str, tuple[float, float]] = {}  # charger -> lat, lon
        self.statuses: dict[str, str] = {}
        self.selected: str | None = None
        self.zoom = 13
        self.clusters: list[geo.Cluster[str]] = []
        self._item_of: dict[str, MarkerItem] = {}
        self.rebuilds = 0

    # -- data ------------------------------------------------------------------------------------
    def set_positions(self, positions: dict[str, tuple[float, float]]) -> None:
        self.positions = dict(positions)
        self._world = {cid: geo.lat_lon_to_world(lat, lon) for cid, (lat, lon) in self.positions.items()}

    def set_position(self, charger_id: str, latitude: float, longitude: float) -> None:
        self.positions[charger_id] = (latitude, longitude)
        self._world[charger_id] = geo.lat_lon_to_world(latitude, longitude)

    def remove(self, charger_id: str) -> None:
        self.positions.pop(charger_id, None)
        self._world.pop(charger_id, None)

    def bounds(self) -> geo.Bounds | None:
        return geo.bounds_of(self.positions.values())

    def set_statuses(self, statuses: dict[str, str]) -> int:
        """New statuses; repaints the items whose colours change. Returns how many changed."""
        changed = [cid for cid in self._world if statuses.get(cid, "") != self.statuses.get(cid, "")]
        self.statuses = statuses
        for item in {self._item_of[cid] for cid in changed if cid in self._item_of}:
            self._paint_item(item)
        return len(changed)

    def set_selected(self, charger_id: str | None) -> None:
        previous, self.selected = self.selected, charger_id
        for cid in (previous, charger_id):
            item = self._item_of.get(cid) if cid else None
            if item is not None:
                self._paint_item(item)

    # -- items -----------------------------------------------------------------------------------
    def item_of(self, charger_id: str) -> MarkerItem | None:
        """The item that shows the charger (its own marker or the cluster it is in)."""
        return self._item_of.get(charger_id)

    @property
    def visible_items(self) -> list[MarkerItem]:
        return [item for item in self._pool if item.isVisible()]

    def rebuild(self, zoom: int) -> None:
        """Cluster at ``zoom`` and lay the clusters out on pooled items."""
        self.zoom = zoom
        self.rebuilds += 1
        size = geo.world_size_px(zoom)
        points = [(cid, x * size, y * size) for cid, (x, y) in self._world.items()]
        self.clusters = geo.cluster_points(points, CLUSTER_RADIUS_PX)
        # The same charger (or the same group) keeps its item, and so its cached pixels.
        previous = {item.members: item for item in self._pool if item.isVisible()}
        items: list[MarkerItem | None] = [previous.pop(c.members, None) for c in self.clusters]
        reused = {id(item) for item in items if item is not None}
        free = [item for item in self._pool if id(item) not in reused]
        free.reverse()
        self._item_of = {}
        for index, cluster in enumerate(self.clusters):
            item = items[index]
            if item is None:
                if free:
                    item = free.pop()
                else:
                    item = MarkerItem()
                    self._scene.addItem(item)
                    self._pool.append(item)
                item.setVisible(True)
            item.setPos(cluster.x, cluster.y)
            self._paint_item(item, cluster.members)
            for cid in cluster.members:
                self._item_of[cid] = item
        for item in free:
            if item.isVisible():
                item.setVisible(False)

    def _paint_item(self, item: MarkerItem, members: tuple[str, ...] | None = None) -> None:
        members = item.members if members is None else members
        if len(members) > 1:
            item.show_cluster(members, [self.statuses.get(cid, "") for cid in members])
        else:
            cid = members[0]
            item.show_single(cid, self.statuses.get(cid, ""), cid == self.selected)

    def place_item(self, item: MarkerItem, x_px: float, y_px: float) -> None:
        """Move one charger's item while it is dragged (no re-clustering until it is dropped)."""
        item.setZValue(Z_DRAGGED)
        item.setPos(x_px, y_px)
