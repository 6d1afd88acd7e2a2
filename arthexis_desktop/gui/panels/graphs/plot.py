"""The plot of the Meter graphs panel: pyqtgraph curves with a time axis, crosshair read-out and
an optional horizontal limit line.

Imported when the panel is first shown (pyqtgraph costs ~0.2 s of start-up). ``show_curves`` keeps
one PlotDataItem per curve key and calls ``setData`` only for curves whose data version changed;
every item clips to the view and downsamples (peak) to the pixels it has. Background, text and
area tints follow the widget palette (light or dark theme), also when it changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.panels.graphs.curves import Curve

# Line colours readable on light and dark backgrounds; areas use a tint of the same hue.
PALETTE = (
    "#2563eb",
    "#16a34a",
    "#d97706",
    "#9333ea",
    "#dc2626",
    "#0891b2",
    "#db2777",
    "#65a30d",
    "#7c3aed",
    "#ea580c",
    "#0d9488",
    "#4b5563",
)
LIMIT_COLOR = "#dc2626"
READOUT_MAX_CURVES = 6


def color_of(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


def area_color(index: int, *, dark: bool) -> QColor:
    base = color_of(index)
    return QColor.fromHslF(base.hslHueF(), min(1.0, base.hslSaturationF() * 0.7), 0.3 if dark else 0.78)


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    k = share_of_a
    return QColor.fromRgbF(
        a.redF() * k + b.redF() * (1 - k),
        a.greenF() * k + b.greenF() * (1 - k),
        a.blueF() * k + b.blueF() * (1 - k),
    )


class MeterPlot(QWidget):
    """Curves over time; ``user_moved`` when the person pans or zooms (the panel stops following)."""

    user_moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.widget.setObjectName("meter_plot")
        self.item = self.widget.getPlotItem()
        self.item.showGrid(x=True, y=True, alpha=0.2)
        self.item.setMenuEnabled(False)
        self.item.hideButtons()
        self.legend = self.item.addLegend(offset=(6, 6), labelTextSize="8pt")
        self.text_color = QColor("#374151")
        self.dark = False
        self.view = self.item.getViewBox()
        self.view.sigRangeChangedManually.connect(lambda *_: self.user_moved.emit())
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.shown: list[Curve] = []
        self._versions: dict[str, object] = {}
        self.set_count = 0  # setData calls (tests: nothing changed -> nothing set)

        self.limit_line = pg.InfiniteLine(
            angle=0,
            movable=False,
            pen=pg.mkPen(LIMIT_COLOR, width=2, style=Qt.PenStyle.DashLine),
            label="",
            labelOpts={"position": 0.98, "color": LIMIT_COLOR, "anchors": [(1, 1), (1, 1)]},
        )
        self.limit_line.setZValue(20)
        self.limit_kw: float | None = None
        cross = pg.mkPen("#6b7280", width=1, style=Qt.PenStyle.DotLine)
        self.v_line = pg.InfiniteLine(angle=90, movable=False, pen=cross)
        self.h_line = pg.InfiniteLine(angle=0, movable=False, pen=cross)
        for line in (self.v_line, self.h_line):
            line.setZValue(30)
            line.hide()
            self.item.addItem(line, ignoreBounds=True)
        self._mouse = pg.SignalProxy(self.widget.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse)

        self.readout = QLabel(" ")
        self.readout.setObjectName("graph_readout")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.widget, 1)
        layout.addWidget(self.readout)
        self.apply_palette()

    # -- theme -----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()

    def apply_palette(self) -> None:
        """Background, axes, legend and curve styles from the current palette."""
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        self.text_color = palette.color(QPalette.ColorRole.Text)
        self.dark = background.lightnessF() < 0.5
        self.widget.setBackground(background)
        for name in ("left", "bottom"):
            axis = self.item.getAxis(name)
            axis.setPen(pg.mkPen(_mix(self.text_color, background, 0.45)))
            axis.setTextPen(pg.mkPen(self.text_color))
        self.legend.setLabelTextColor(self.text_color)
        for _sample, label in self.legend.items:  # existing labels keep their colour until re-set
            label.setText(label.text, color=self.text_color.name())
        legend_brush = QColor(background)
        legend_brush.setAlpha(215)
        self.legend.setBrush(pg.mkBrush(legend_brush))
        for curve in self.shown:
            item = self.curves.get(curve.key)
            if item is not None:
                item.setPen(self._style(curve)["pen"])
                if curve.style == "area":
                    item.setBrush(self._style(curve)["brush"])
        label = self.item.getAxis("left").labelText
        self.item.setLabel("left", label, color=self.text_color.name())

    # -- curves ----------------------------------------------------------------------------------
    def show_curves(self, curves: Sequence[Curve], *, y_label: str) -> None:
        """Make the plot show exactly ``curves`` (added, updated or removed by key)."""
        wanted = {c.key for c in curves}
        for key in [k for k in self.curves if k not in wanted]:
            self.item.removeItem(self.curves.pop(key))
            self._versions.pop(key, None)
        for order, curve in enumerate(curves):
            item = self.curves.get(curve.key)
            if item is None or item.name() != curve.name:
                if item is not None:
                    self.item.removeItem(item)
                item = self._new_item(curve)
                self.curves[curve.key] = item
                self._versions.pop(curve.key, None)
            if curve.style == "area":
                item.setZValue(-order)  # the first area is drawn last: opaque fills stack up
            if self._versions.get(curve.key, self) != curve.version:
                item.setData(curve.t, curve.y, connect="finite")
                self._versions[curve.key] = curve.version
                self.set_count += 1
        self.shown = list(curves)
        self.item.setLabel("left", y_label, color=self.text_color.name())

    def _style(self, curve: Curve) -> dict[str, Any]:
        if curve.style == "area":
            return {
                "pen": pg.mkPen(color_of(curve.color), width=1),
                "fillLevel": 0.0,
                "brush": pg.mkBrush(area_color(curve.color, dark=self.dark)),
            }
        if curve.style == "total":
            return {"pen": pg.mkPen(self.text_color, width=2.5)}
        return {"pen": pg.mkPen(color_of(curve.color), width=1.6)}

    def _new_item(self, curve: Curve) -> pg.PlotDataItem:
        item = pg.PlotDataItem(name=curve.name, connect="finite", **self._style(curve))
        item.setDownsampling(auto=True, method="peak")
        item.setClipToView(True)
        if curve.style == "total":
            item.setZValue(10)
        self.item.addItem(item)
        return item

    def clear(self) -> None:
        self.show_curves([], y_label="")

    def set_x_range(self, x0: float, x1: float) -> None:
        self.view.setXRange(x0, x1, padding=0.0)

    def x_range(self) -> tuple[float, float]:
        x0, x1 = self.view.viewRange()[0]
        return float(x0), float(x1)

    def auto_y(self) -> None:
        self.view.setAutoVisible(y=True)
        self.view.enableAutoRange(axis=pg.ViewBox.YAxis)

    def set_y_range(self, y0: float, y1: float) -> None:
        self.view.setYRange(y0, y1, padding=0.0)

    def set_limit(self, limit_kw: float | None, text: str = "") -> None:
        """A dashed horizontal line at ``limit_kw`` (None: no line)."""
        self.limit_kw = limit_kw
        if limit_kw is None:
            if self.limit_line.scene() is not None:
                self.item.removeItem(self.limit_line)
            return
        self.limit_line.setPos(limit_kw)
        self.limit_line.label.setFormat(text)
        if self.limit_line.scene() is None:
            self.item.addItem(self.limit_line, ignoreBounds=True)

    def image(self) -> QImage:
        return self.grab().toImage()

    # -- cursor read-out -------------------------------------------------------------------------
    def leaveEvent(self, event: QEvent) -> None:
        """The crosshair goes with the mouse; the read-out text stays (it can be copied)."""
        self.v_line.hide()
        self.h_line.hide()
        super().leaveEvent(event)

    def _on_mouse(self, args: tuple[Any, ...]) -> None:
        pos = args[0]
        if not self.item.sceneBoundingRect().contains(pos):
            return
        point = self.view.mapSceneToView(pos)
        self.point_at(point.x(), point.y())

    def point_at(self, x: float, y: float) -> str:
        """Move the crosshair to (``x``, ``y``) in data coordinates and describe that time."""
        self.v_line.setPos(x)
        self.h_line.setPos(y)
        self.v_line.show()
        self.h_line.show()
        self.readout.setText(self.describe(x))
        return self.readout.text()

    def map_to_scene(self, x: float, y: float) -> QPointF:
        return self.view.mapViewToScene(QPointF(x, y))

    def describe(self, x: float) -> str:
        at = datetime.fromtimestamp(x, UTC)
        parts = [fmt.format_local_time(at, datetime.now(UTC))]
        for curve in self.shown[:READOUT_MAX_CURVES]:
            parts.append(f"{curve.name}: {_value_at(curve, x)}")
        if len(self.shown) > READOUT_MAX_CURVES:
            parts.append("…")
        return " · ".join(parts)


def _value_at(curve: Curve, x: float) -> str:
    """The value of the sample nearest to ``x``; a dash outside the data or in a gap."""
    t, values = curve.t, curve.values
    if not len(t) or x < t[0] or x > t[-1]:
        return fmt.DASH
    i = int(np.searchsorted(t, x))
    candidates = [j for j in (i - 1, i) if 0 <= j < len(t)]
    j = min(candidates, key=lambda k: abs(t[k] - x))
    value = float(values[j])
    if not np.isfinite(value):
        return fmt.DASH
    return f"{fmt.format_number(value, 2)} {curve.unit}"
