"""A PDF sheet of QR stickers: several chargers' codes with their ids, in a grid (QPdfWriter).

The layout comes from ``core.qr.sticker_grid`` (millimetres); the codes are drawn as vector
rectangles, so they stay sharp at any printer resolution. Each label has a light cut line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from arthexis_desktop.core.qr import StickerCell, StickerGrid, sticker_grid
from arthexis_desktop.gui.qr import Matrix, paint_matrix, qr_matrix

PDF_DPI = 600
_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


@dataclass(frozen=True, slots=True)
class Sticker:
    charger_id: str
    text: str  # what the code encodes
    caption: str = ""  # a second line under the id (e.g. the charger's model); may be empty


class StickerSheet:
    """Writes ``stickers`` to a PDF; ``write()`` returns the number of pages."""

    def __init__(self, stickers: Sequence[Sticker], *, paper: str = "A4", columns: int = 3) -> None:
        self.stickers = list(stickers)
        self.grid: StickerGrid = sticker_grid(paper, columns=columns)

    @property
    def page_count(self) -> int:
        return self.grid.pages_for(len(self.stickers))

    def write(self, path: Path, *, title: str = "") -> int:
        writer = QPdfWriter(str(path))
        writer.setResolution(PDF_DPI)
        writer.setTitle(title)
        writer.setCreator("Arthexis Desktop")
        layout = QPageLayout(
            QPageSize(_PAGE_SIZES[self.grid.paper]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
        writer.setPageLayout(layout)
        painter = QPainter(writer)
        try:
            self.paint(painter, px_per_mm=writer.resolution() / 25.4, new_page=writer.newPage)
        finally:
            painter.end()
        return self.page_count

    def paint(
        self,
        painter: QPainter,
        *,
        px_per_mm: float,
        new_page: Callable[[], object] | None = None,
        page: int | None = None,
    ) -> None:
        """Draw every page (``new_page()`` between them), or only ``page`` (a preview image)."""
        page_now = 0
        for sticker, cell in zip(self.stickers, self.grid.cells(len(self.stickers)), strict=True):
            if page is not None and cell.page != page:
                continue
            if page is None and cell.page != page_now:
                page_now = cell.page
                if new_page is not None:
                    new_page()
            self._paint_label(painter, sticker, cell, qr_matrix(sticker.text), px_per_mm)

    @staticmethod
    def _paint_label(
        painter: QPainter, sticker: Sticker, cell: StickerCell, matrix: Matrix, k: float
    ) -> None:
        box = QRectF(cell.x_mm * k, cell.y_mm * k, cell.width_mm * k, cell.height_mm * k)
        painter.save()
        pen = QPen(QColor("#b0b0b0"))
        pen.setWidthF(0.2 * k)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)  # cut line
        padding = (cell.width_mm - cell.qr_mm) / 2 * k
        qr_rect = QRectF(box.x() + padding, box.y() + padding, cell.qr_mm * k, cell.qr_mm * k)
        paint_matrix(painter, qr_rect, matrix)
        caption_top = qr_rect.bottom()
        caption_height = box.bottom() - caption_top
        painter.setPen(QColor("black"))
        id_font = QFont()
        id_font.setBold(True)
        id_font.setPixelSize(max(1, int(caption_height * (0.42 if sticker.caption else 0.55))))
        _fit_font(id_font, sticker.charger_id, box.width() - 2 * padding)
        painter.setFont(id_font)
        id_height = QFontMetricsF(id_font).height()
        painter.drawText(
            QRectF(box.x(), caption_top, box.width(), id_height),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
            sticker.charger_id,
        )
        if sticker.caption:
            small = QFont()
            small.setPixelSize(max(1, int(caption_height * 0.26)))
            _fit_font(small, sticker.caption, box.width() - 2 * padding)
            painter.setFont(small)
            painter.drawText(
                QRectF(box.x(), caption_top + id_height, box.width(), caption_height - id_height),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                sticker.caption,
            )
        painter.restore()


def _fit_font(font: QFont, text: str, width_px: float) -> None:
    """Shrink ``font`` until ``text`` fits in ``width_px`` (long ids on narrow labels)."""
    size = font.pixelSize()
    while size > 4 and QFontMetricsF(font).horizontalAdvance(text) > width_px:
        size = int(size * 0.9)
        font.setPixelSize(size)


def render_page(sheet: StickerSheet, page: int, *, px_per_mm: float = 4.0) -> QImage:
    """One page of the sheet as an image (a preview; the PDF is drawn the same way)."""
    size = QSizeF(sheet.grid.page_width_mm * px_per_mm, sheet.grid.page_height_mm * px_per_mm).toSize()
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        sheet.paint(painter, px_per_mm=px_per_mm, page=page)
    finally:
        painter.end()
    return image
