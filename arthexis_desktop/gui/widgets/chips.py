"""Paint a cell as a row of coloured chips (connector statuses): ``[1 Charging] [2 Available]``."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

CHIPS_ROLE = Qt.ItemDataRole.UserRole + 10  # list[tuple[str, QColor]]

_PAD_X = 6
_GAP = 4
_MARGIN_Y = 3

Index = QModelIndex | QPersistentModelIndex


def _chips(index: Index) -> list[tuple[str, QColor]]:
    value = index.data(CHIPS_ROLE)
    return list(value) if value else []


class ChipsDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        chips = _chips(index)
        if not chips:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget is not None else QApplication.style()
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)
        rect = option.rect
        x = rect.left() + _GAP
        height = min(rect.height() - 2 * _MARGIN_Y, metrics.height() + 4)
        top = rect.top() + (rect.height() - height) // 2
        for text, color in chips:
            width = metrics.horizontalAdvance(text) + 2 * _PAD_X
            if x + width > rect.right():
                width = max(0, rect.right() - x)
                if width < 2 * _PAD_X:
                    break
            chip = QRect(x, top, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(QColor("white"))
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 2 * _PAD_X)
            painter.drawText(chip.adjusted(_PAD_X, 0, -_PAD_X, 0), Qt.AlignmentFlag.AlignVCenter, elided)
            x += width + _GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        chips = _chips(index)
        base = super().sizeHint(option, index)
        if not chips:
            return base
        metrics = QFontMetrics(option.font)
        width = _GAP + sum(metrics.horizontalAdvance(text) + 2 * _PAD_X + _GAP for text, _ in chips)
        return QSize(width, max(base.height(), metrics.height() + 4 + 2 * _MARGIN_Y))
