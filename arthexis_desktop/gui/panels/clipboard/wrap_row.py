"""A row of two groups: side by side when they fit, else the second one on its own line.

The clipboard panel's top line (watch switch and chip on the left, buttons on the right) is
longer than a narrow dock in German; a plain QHBoxLayout would then force the whole window wider
than the screen. ``WrapRow`` keeps one line when there is room and otherwise puts the right group
on a second line, still right-aligned. Hidden widgets take no room.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget

DEFAULT_SPACING = 6


class WrapRow(QLayout):
    """Lay out two widgets (left, right); add them with ``addWidget`` in that order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []

    def __del__(self) -> None:
        while self.takeAt(0) is not None:
            pass

    # -- QLayout -------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        items = self._shown()
        width = sum(item.sizeHint().width() for item in items) + self._gap() * max(len(items) - 1, 0)
        height = max((item.sizeHint().height() for item in items), default=0)
        return self._with_margins(width, height)

    def minimumSize(self) -> QSize:
        """As narrow as the widest group (the groups then sit on two lines)."""
        items = self._shown()
        width = max((item.minimumSize().width() for item in items), default=0)
        height = max((item.minimumSize().height() for item in items), default=0)
        return self._with_margins(width, height)

    # -- placing -------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        if parent is not None:
            return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return DEFAULT_SPACING

    def _with_margins(self, width: int, height: int) -> QSize:
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the groups in ``rect`` (when ``move``); the height they need at its width."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        items = self._shown()
        gap = self._gap()
        hints = [item.sizeHint() for item in items]
        one_line = sum(h.width() for h in hints) + gap * max(len(items) - 1, 0) <= area.width()
        y = area.y()
        height = 0
        if one_line:
            height = max((h.height() for h in hints), default=0)
            x_left, x_right = area.x(), area.x() + area.width()
            for index, (item, hint) in enumerate(zip(items, hints, strict=True)):
                if move:
                    if index == 0 or len(items) == 1:
                        item.setGeometry(QRect(x_left, y, hint.width(), height))
                    else:
                        item.setGeometry(QRect(x_right - hint.width(), y, hint.width(), height))
        else:
            for index, (item, hint) in enumerate(zip(items, hints, strict=True)):
                width = min(hint.width(), area.width())
                x = area.x() if index == 0 else area.x() + area.width() - width
                if move:
                    item.setGeometry(QRect(x, y, width, hint.height()))
                y += hint.height() + (gap if index < len(items) - 1 else 0)
            height = y - area.y()
        return height + margins.top() + margins.bottom()
