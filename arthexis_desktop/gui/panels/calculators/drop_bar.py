"""A small bar: the voltage drop against its limit (green well within, orange close, red over)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from arthexis_desktop.gui.panels.calculators.fields import number_text

GREEN = QColor("#16a34a")
ORANGE = QColor("#ea580c")
RED = QColor("#dc2626")
TRACK = QColor("#e5e7eb")
MARK = QColor("#111827")

CLOSE_FRACTION = 0.8  # orange from 80 % of the limit on
SCALE = 1.5  # the bar spans 1.5 × the limit, so the limit mark sits at two thirds


class DropBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drop_bar")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.drop_pct: float | None = None
        self.limit_pct = 3.0

    def sizeHint(self) -> QSize:
        return QSize(200, 14)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, 14)

    def set_drop(self, drop_pct: float | None, limit_pct: float) -> None:
        self.drop_pct = drop_pct
        self.limit_pct = limit_pct
        self.setToolTip(
            ""
            if drop_pct is None
            else self.tr("Voltage drop {drop} % of the {limit} % limit").format(
                drop=number_text(drop_pct), limit=number_text(limit_pct)
            )
        )
        self.update()

    @property
    def color(self) -> QColor | None:
        """The colour a person sees (None when there is no drop to show)."""
        if self.drop_pct is None or self.limit_pct <= 0:
            return None
        if self.drop_pct > self.limit_pct + 1e-9:
            return RED
        if self.drop_pct >= CLOSE_FRACTION * self.limit_pct:
            return ORANGE
        return GREEN

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QRectF(self.rect()).adjusted(0.5, 2.5, -0.5, -2.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(track, 3, 3)
        color = self.color
        if color is not None and self.drop_pct is not None:
            span = self.limit_pct * SCALE
            fraction = max(0.0, min(1.0, self.drop_pct / span))
            filled = QRectF(track.left(), track.top(), track.width() * fraction, track.height())
            painter.setBrush(color)
            painter.drawRoundedRect(filled, 3, 3)
        if self.limit_pct > 0:
            x = track.left() + track.width() / SCALE
            painter.setPen(QPen(MARK, 2))
            painter.drawLine(int(x), 0, int(x), self.height())
        painter.end()
