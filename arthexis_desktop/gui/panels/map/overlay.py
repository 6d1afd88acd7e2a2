"""What the map paints besides tiles and markers: the graticule under the tiles, and over them
the scale bar, the attribution, the cursor's coordinates and the one-line status."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from arthexis_desktop.core import geo
from arthexis_desktop.gui import formatting as fmt

BACKGROUND = QColor("#eef1f4")
GRATICULE = QColor("#b6bec8")
GRATICULE_TEXT = QColor("#6b7280")
PANEL_BG = QColor(255, 255, 255, 215)
TEXT = QColor("#1f2937")
STATUS_BG = QColor(31, 41, 55, 215)
STATUS_TEXT = QColor("white")
MARGIN = 8.0


def degrees_text(value: float, step: float) -> str:
    decimals = max(0, -math.floor(math.log10(step) + 1e-9)) if step < 1 else 0
    return f"{value:.{decimals}f}°"


def coordinates_text(latitude: float, longitude: float) -> str:
    """``25.686600, -100.316100``: the 6 decimals the coordinate form takes (no locale, so a
    copied value pastes back into any field)."""
    return f"{latitude:.{geo.COORDINATE_DECIMALS}f}, {longitude:.{geo.COORDINATE_DECIMALS}f}"


def distance_text(length_m: float) -> str:
    """Scale lengths are 1/2/5 x 10^n m, so kilometres are whole."""
    if length_m >= 1000:
        return f"{fmt.format_number(length_m / 1000.0, 0)} km"
    return f"{fmt.format_number(length_m, 0)} m"


def draw_graticule(painter: QPainter, exposed: QRectF, visible: QRectF, zoom: int) -> int:
    """Meridians and parallels (scene = pixels at ``zoom``) with their degrees along the top and
    left edges of the visible area. Returns the number of lines drawn."""
    size = geo.world_size_px(zoom)
    area = exposed.intersected(QRectF(0, 0, size, size))
    if area.isEmpty():
        return 0
    step = geo.graticule_step(zoom)
    north, west = geo.pixel_to_lat_lon(area.left(), area.top(), zoom)
    south, east = geo.pixel_to_lat_lon(area.right(), area.bottom(), zoom)
    lons = geo.graticule_values(west, east, step)
    lats = geo.graticule_values(south, north, step)
    painter.setPen(QPen(GRATICULE, 1.0, Qt.PenStyle.DashLine))
    for lon in lons:
        x = (lon + 180.0) / 360.0 * size
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
    for lat in lats:
        y = geo.lat_lon_to_world(lat, 0.0)[1] * size
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
    painter.setPen(QPen(GRATICULE_TEXT))
    metrics = QFontMetricsF(painter.font())
    row = metrics.height() + 4.0  # the longitude labels' row along the top edge
    for lon in lons:
        x = (lon + 180.0) / 360.0 * size
        painter.drawText(QPointF(x + 3, visible.top() + metrics.ascent() + 2), degrees_text(lon, step))
    for lat in lats:  # along the right edge, clear of the zoom buttons, below the longitudes
        y = geo.lat_lon_to_world(lat, 0.0)[1] * size
        if visible.top() + row + metrics.ascent() < y - 3 < visible.bottom() - 2 * row:
            text = degrees_text(lat, step)
            painter.drawText(QPointF(visible.right() - metrics.horizontalAdvance(text) - 4, y - 3), text)
    return len(lons) + len(lats)


def _boxed_text(painter: QPainter, rect: QRectF, text: str, *, bg: QColor, fg: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(bg)
    painter.drawRoundedRect(rect, 3.0, 3.0)
    painter.setPen(QPen(fg))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def draw_attribution(painter: QPainter, width: float, height: float, text: str) -> None:
    if not text:
        return
    metrics = QFontMetricsF(painter.font())
    w, h = metrics.horizontalAdvance(text) + 10.0, metrics.height() + 4.0
    _boxed_text(painter, QRectF(width - w, height - h, w, h), text, bg=PANEL_BG, fg=TEXT)


def draw_scale_bar(painter: QPainter, height: float, latitude: float, zoom: int) -> QRectF:
    """Bottom-left; returns the rectangle it took (the coordinates go above it)."""
    length_m, length_px = geo.nice_scale(geo.meters_per_pixel(latitude, zoom), 120.0)
    metrics = QFontMetricsF(painter.font())
    label = distance_text(length_m)
    box = QRectF(
        MARGIN,
        height - MARGIN - metrics.height() - 12.0,
        max(length_px, 40.0) + 12.0,
        metrics.height() + 10.0,
    )
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PANEL_BG)
    painter.drawRoundedRect(box, 3.0, 3.0)
    x0, y = box.left() + 6.0, box.bottom() - 4.0
    painter.setPen(QPen(TEXT, 2.0))
    painter.drawPolyline(
        [QPointF(x0, y - 5), QPointF(x0, y), QPointF(x0 + length_px, y), QPointF(x0 + length_px, y - 5)]
    )
    painter.drawText(
        QRectF(x0, box.top() + 1, box.width() - 12.0, metrics.height()), Qt.AlignmentFlag.AlignLeft, label
    )
    return box


def draw_coordinates(painter: QPainter, above: QRectF, text: str) -> None:
    if not text:
        return
    metrics = QFontMetricsF(painter.font())
    w, h = metrics.horizontalAdvance(text) + 10.0, metrics.height() + 4.0
    _boxed_text(painter, QRectF(above.left(), above.top() - h - 4.0, w, h), text, bg=PANEL_BG, fg=TEXT)


def draw_status(painter: QPainter, width: float, lines: list[str]) -> None:
    """One line per message, centred near the top (below the graticule's labels), white on dark."""
    metrics = QFontMetricsF(painter.font())
    y = MARGIN + metrics.height() + 4.0
    for text in lines:
        w = min(width - 2 * MARGIN - 44.0, metrics.horizontalAdvance(text) + 16.0)
        h = metrics.height() + 8.0
        rect = QRectF((width - w) / 2.0 + 20.0, y, w, h)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, w - 12.0)
        _boxed_text(painter, rect, shown, bg=STATUS_BG, fg=STATUS_TEXT)
        y += h + 4.0
