"""A card label (credit-card size) and a handover form (A4) for a tag, as PDF or on a printer.

Both show the printed label number, the name, the account and a QR code of the UID. The QR
matrix comes from ``qrcode`` and is drawn as vector squares, so it stays sharp at any size.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import qrcode
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from arthexis_desktop.core.model import Tag, TagColour

translate = QCoreApplication.translate
LABEL = "label"  # credit-card size sticker / insert
FORM = "form"  # A4 handover form with signatures
CARD_MM = QSizeF(85.6, 54.0)  # ISO/IEC 7810 ID-1
PDF_DPI = 300


@dataclass(frozen=True)
class LabelInfo:
    uid: str
    label_number: int | None
    name: str
    account: str
    owner: str = ""
    colour: TagColour = TagColour.BLACK
    expires_at: datetime | None = None

    @classmethod
    def of(cls, tag: Tag, account: str) -> LabelInfo:
        return cls(tag.uid, tag.label_number, tag.label, account, tag.owner, tag.colour, tag.expires_at)


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of ``text`` (medium error correction, no quiet zone) as rows of modules."""
    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(v) for v in row] for row in code.get_matrix()]


def paint_qr(painter: QPainter, rect: QRectF, text: str) -> None:
    """The QR of ``text`` in the largest square inside ``rect`` (with a white quiet zone)."""
    matrix = qr_matrix(text)
    modules = len(matrix) + 4  # 2 modules of quiet zone on each side
    side = min(rect.width(), rect.height())
    step = side / modules
    left, top = rect.left() + (rect.width() - side) / 2, rect.top() + (rect.height() - side) / 2
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    painter.drawRect(QRectF(left, top, side, side))
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:  # a hair larger than a module, so that neighbours leave no seams
                painter.drawRect(
                    QRectF(left + (x + 2) * step, top + (y + 2) * step, step * 1.02, step * 1.02)
                )
    painter.restore()


def _mm(painter: QPainter) -> float:
    return painter.device().logicalDpiX() / 25.4


def _font(points: float, *, bold: bool = False, mono: bool = False) -> QFont:
    font = QFont("monospace" if mono else "sans-serif")
    if mono:
        font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _text(painter: QPainter, rect: QRectF, text: str, font: QFont, *, align: Qt.AlignmentFlag) -> None:
    painter.setFont(font)
    elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)


def number_text(info: LabelInfo) -> str:
    if info.label_number is None:
        return translate("RfidLabel", "No number")
    return translate("RfidLabel", "No. {number}").format(number=info.label_number)


def paint_label(painter: QPainter, page: QRectF, info: LabelInfo) -> None:
    """Card size: number and name left, QR right, the UID along the bottom."""
    mm = _mm(painter)
    inner = page.adjusted(4 * mm, 4 * mm, -4 * mm, -4 * mm)
    qr_side = min(inner.height() - 8 * mm, inner.width() * 0.42)
    qr_rect = QRectF(inner.right() - qr_side, inner.top(), qr_side, qr_side)
    paint_qr(painter, qr_rect, info.uid)
    left = QRectF(inner.left(), inner.top(), inner.width() - qr_side - 3 * mm, inner.height())
    painter.setPen(QColor("#111827"))
    align = Qt.AlignmentFlag.AlignLeft
    _text(
        painter,
        QRectF(left.left(), left.top(), left.width(), 11 * mm),
        number_text(info),
        _font(20, bold=True),
        align=align,
    )
    _text(
        painter,
        QRectF(left.left(), left.top() + 12 * mm, left.width(), 7 * mm),
        info.name or "—",
        _font(11, bold=True),
        align=align,
    )
    account = info.account or translate("RfidLabel", "no account")
    _text(
        painter,
        QRectF(left.left(), left.top() + 19 * mm, left.width(), 6 * mm),
        account,
        _font(9),
        align=align,
    )
    uid_rect = QRectF(inner.left(), inner.bottom() - 6 * mm, inner.width(), 6 * mm)
    _text(painter, uid_rect, info.uid, _font(9, mono=True), align=align)


def paint_form(painter: QPainter, page: QRectF, info: LabelInfo, *, today: datetime) -> None:
    """A4: a title, the card's details, its QR, and lines to sign for handing over and receiving."""
    mm = _mm(painter)
    inner = page.adjusted(20 * mm, 20 * mm, -20 * mm, -20 * mm)
    painter.setPen(QColor("#111827"))
    align = Qt.AlignmentFlag.AlignLeft
    title = translate("RfidLabel", "RFID card handover")
    _text(
        painter,
        QRectF(inner.left(), inner.top(), inner.width(), 14 * mm),
        title,
        _font(20, bold=True),
        align=align,
    )
    qr_side = 45 * mm
    paint_qr(painter, QRectF(inner.right() - qr_side, inner.top() + 20 * mm, qr_side, qr_side), info.uid)
    rows = [
        (translate("RfidLabel", "Label number"), number_text(info)),
        (translate("RfidLabel", "Card UID"), info.uid),
        (translate("RfidLabel", "Name"), info.name or "—"),
        (translate("RfidLabel", "Account"), info.account or "—"),
        (translate("RfidLabel", "Owner"), info.owner or "—"),
        (
            translate("RfidLabel", "Expires"),
            info.expires_at.astimezone().strftime("%Y-%m-%d") if info.expires_at else "—",
        ),
        (translate("RfidLabel", "Handed over on"), today.astimezone().strftime("%Y-%m-%d")),
    ]
    y = inner.top() + 20 * mm
    width = inner.width() - qr_side - 8 * mm
    for caption, value in rows:
        _text(painter, QRectF(inner.left(), y, 45 * mm, 9 * mm), caption, _font(10), align=align)
        _text(
            painter,
            QRectF(inner.left() + 45 * mm, y, width - 45 * mm, 9 * mm),
            value,
            _font(11, bold=True),
            align=align,
        )
        y += 10 * mm
    y += 15 * mm
    for caption in (
        translate("RfidLabel", "Received by (name, signature)"),
        translate("RfidLabel", "Handed over by"),
    ):
        painter.drawLine(int(inner.left()), int(y + 12 * mm), int(inner.left() + 110 * mm), int(y + 12 * mm))
        _text(painter, QRectF(inner.left(), y + 13 * mm, 110 * mm, 7 * mm), caption, _font(9), align=align)
        y += 28 * mm


def _page(device: QPagedPaintDevice, kind: str) -> None:
    if kind == LABEL:
        size = QPageSize(CARD_MM, QPageSize.Unit.Millimeter, "CR80")
        device.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    else:
        device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def _paint(device: QPagedPaintDevice, info: LabelInfo, kind: str, today: datetime) -> None:
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = QRectF(painter.viewport())
        if kind == LABEL:
            paint_label(painter, page, info)
        else:
            paint_form(painter, page, info, today=today)
    finally:
        painter.end()


def write_pdf(path: Path, info: LabelInfo, *, kind: str = LABEL, today: datetime | None = None) -> int:
    """Write the label or form to ``path``; returns the file size in bytes (``OSError`` if none)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setCreator("Arthexis Desktop")
    writer.setTitle(number_text(info) + " · " + info.uid)
    _page(writer, kind)
    _paint(writer, info, kind, today or datetime.now().astimezone())
    del writer  # flushes and closes the file
    size = path.stat().st_size if path.exists() else 0
    if size == 0:
        raise OSError(f"nothing was written to {path}")
    return size


def has_printer() -> bool:
    return bool(QPrinterInfo.availablePrinterNames())


def print_on(printer: QPrinter, info: LabelInfo, *, kind: str = LABEL) -> None:
    _page(printer, kind)
    _paint(printer, info, kind, datetime.now().astimezone())
