"""One table model for the panel's lists (tags, accounts, history, chargers, reservations).

A ``RecordModel`` holds records and their cells rendered once when the records are set (the view
asks ``data()`` far more often than the records change). ``KEY_ROLE`` gives a record's key (a tag's
uid, an account id...); the highlighted key paints its row, e.g. the card just scanned.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
HIGHLIGHT = QColor("#fef3c7")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Cell:
    """A rendered cell: its text, and optionally a text colour and a tooltip."""

    text: str
    colour: QColor | None = None
    tooltip: str | None = None
    align_right: bool = False


def cell(value: Cell | str) -> Cell:
    return value if isinstance(value, Cell) else Cell(value)


class RecordModel(QAbstractTableModel, Generic[T]):
    def __init__(
        self,
        columns: Sequence[str],
        render: Callable[[T], Sequence[Cell | str]],
        key: Callable[[T], Any],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._render = render
        self._key = key
        self._records: list[T] = []
        self._cells: list[list[Cell]] = []
        self._keys: list[Any] = []
        self._highlighted: Any = None

    # -- content ---------------------------------------------------------------------------------
    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._cells = [[cell(c) for c in self._render(r)] for r in self._records]
        self._keys = [self._key(r) for r in self._records]
        self.endResetModel()

    def rerender(self) -> None:
        """Render the same records again (e.g. the account names they show changed)."""
        self.set_records(self._records)

    def records(self) -> list[T]:
        return list(self._records)

    def record(self, row: int) -> T:
        return self._records[row]

    def keys(self) -> list[Any]:
        return list(self._keys)

    def row_of(self, key: Any) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    def highlight(self, key: Any) -> None:
        """Paint the row of ``key`` (``None``: no row)."""
        if key == self._highlighted:
            return
        self._highlighted = key
        if self._records:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._records) - 1, len(self._columns) - 1)
            )

    @property
    def highlighted(self) -> Any:
        return self._highlighted

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section] if 0 <= section < len(self._columns) else None
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        row, col = index.row(), index.column()
        value = self._cells[row][col] if col < len(self._cells[row]) else Cell("")
        if role == Qt.ItemDataRole.DisplayRole:
            return value.text
        if role == KEY_ROLE:
            return self._keys[row]
        if role == Qt.ItemDataRole.ForegroundRole and value.colour is not None:
            return QBrush(value.colour)
        if role == Qt.ItemDataRole.BackgroundRole and self._highlighted is not None:
            return QBrush(HIGHLIGHT) if self._keys[row] == self._highlighted else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return value.tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole and value.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
