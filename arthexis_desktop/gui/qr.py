"""QR codes of chargers: the module matrix (qrcode), PNG (pillow) and SVG files, on-screen images
and vector drawing with a QPainter (the PDF sticker sheet).

Only the file writers touch the disk; callers run them off the event loop
(``asyncio.to_thread``) — a QR image is small, but a network drive may not be.
"""

from __future__ import annotations

from pathlib import Path

import qrcode
import qrcode.constants
import qrcode.image.svg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

BORDER_MODULES = 4  # the quiet zone the QR standard asks for
PNG_BOX_PX = 10  # pixels per module in a saved PNG
ERROR_CORRECTION = qrcode.constants.ERROR_CORRECT_M  # ~15 % of a scuffed sticker can be lost

Matrix = list[list[bool]]


def make_qr(text: str, *, border: int = BORDER_MODULES, box_size: int = PNG_BOX_PX) -> qrcode.QRCode:
    """A QR code for ``text`` in the smallest version that holds it."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECTION, border=border, box_size=box_size)
    code.add_data(text)
    code.make(fit=True)
    return code


def encoded_text(code: qrcode.QRCode) -> str:
    """The text a QR code holds, read back from its data segments (what a scanner returns)."""
    return b"".join(segment.data for segment in code.data_list).decode("utf-8")


def qr_matrix(text: str, *, border: int = BORDER_MODULES) -> Matrix:
    """Rows of dark (True) / light modules, quiet zone included."""
    return [list(row) for row in make_qr(text, border=border).get_matrix()]


def save_png(text: str, path: Path, *, box_px: int = PNG_BOX_PX, border: int = BORDER_MODULES) -> Path:
    """Black on white, ``box_px`` pixels per module (pillow)."""
    image = make_qr(text, border=border, box_size=box_px).make_image(fill_color="black", back_color="white")
    image.save(str(path), format="PNG")
    return path


def save_svg(text: str, path: Path, *, border: int = BORDER_MODULES) -> Path:
    """One path on a white background; 1 module = 1 mm at 100 % (scales without loss)."""
    image = make_qr(text, border=border).make_image(image_factory=qrcode.image.svg.SvgPathFillImage)
    with path.open("wb") as handle:
        image.save(handle)
    return path


def qr_image(matrix: Matrix, *, module_px: int) -> QImage:
    """An on-screen image of ``matrix`` with square modules of ``module_px`` pixels."""
    size = len(matrix) * module_px
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_matrix(painter, QRectF(0, 0, size, size), matrix)
    painter.end()
    return image


def matrix_path(matrix: Matrix, rect: QRectF) -> QPainterPath:
    """The dark modules of ``matrix`` scaled into ``rect``, one rectangle per horizontal run (so a
    PDF holds a few hundred shapes per code, not thousands)."""
    path = QPainterPath()
    count = len(matrix)
    if count == 0:
        return path
    module = min(rect.width(), rect.height()) / count
    for y, row in enumerate(matrix):
        x = 0
        while x < count:
            if not row[x]:
                x += 1
                continue
            start = x
            while x < count and row[x]:
                x += 1
            path.addRect(
                QRectF(rect.x() + start * module, rect.y() + y * module, (x - start) * module, module)
            )
    return path


def paint_matrix(painter: QPainter, rect: QRectF, matrix: Matrix) -> None:
    """Black modules on whatever ``painter`` draws into (screen, image or PDF page)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # crisp module edges
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    path = matrix_path(matrix, rect)
    path.setFillRule(Qt.FillRule.WindingFill)
    painter.drawPath(path)
    painter.restore()
