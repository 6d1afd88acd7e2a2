"""Table model of transactions: stored ones (HistoryService) merged with live data (FleetState)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from arthexis_desktop.gui import formatting as fmt

if TYPE_CHECKING:
    from arthexis_desktop.core.model import Transaction
    from arthexis_desktop.services.fleet_state import ChargerLive

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

Index = QModelIndex | QPersistentModelIndex
TRANSACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

(
    COL_ID,
    COL_STATUS,
    COL_CHARGER,
    COL_CONNECTOR,
    COL_TAG,
    COL_START,
    COL_STOP,
    COL_DURATION,
    COL_ENERGY,
    COL_POWER,
    COL_REASON,
) = range(11)
_RIGHT = (COL_ID, COL_CONNECTOR, COL_DURATION, COL_ENERGY, COL_POWER)


@dataclass(frozen=True, slots=True)
class TransactionRow:
    id: int
    charger_id: str
    connector_id: int
    id_tag: str
    start: datetime | None
    stop: datetime | None
    duration_s: float | None
    energy_wh: float | None
    power_w: float | None
    stop_reason: str
    status: str  # active | finished | orphan | rejected


def _aware(at: datetime | None) -> datetime | None:
    if at is None:
        return None
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def status_of(tx: Transaction) -> str:
    if tx.orphan:
        return "orphan"
    if tx.auth_status not in ("Accepted", ""):
        return "rejected"
    return "active" if tx.stop_time is None else "finished"


def build_rows(
    stored: Iterable[Transaction], chargers: Iterable[ChargerLive], now: datetime
) -> list[TransactionRow]:
    """Newest first; live transactions not yet stored are included, live numbers win."""
    by_id: dict[int, Transaction] = {tx.id: tx for tx in stored}
    live: dict[int, tuple[float | None, float | None]] = {}  # id -> (energy, power)
    for charger in chargers:
        for connector in charger.connectors.values():
            tx = connector.transaction
            if tx is not None:
                by_id.setdefault(tx.id, tx)
                live[tx.id] = (connector.session_energy_wh, connector.power_w)
    rows = []
    for tx in by_id.values():
        start, stop = _aware(tx.start_time), _aware(tx.stop_time)
        status = status_of(tx)
        energy, power = live.get(tx.id, (None, None)) if status == "active" else (None, None)
        if energy is None:
            energy = tx.energy_wh
            if energy is None and tx.meter_stop_wh is not None and tx.meter_start_wh is not None:
                energy = max(0.0, tx.meter_stop_wh - tx.meter_start_wh)
        end = stop if stop is not None else (now if status == "active" else None)
        duration = (end - start).total_seconds() if start is not None and end is not None else None
        rows.append(
            TransactionRow(
                tx.id,
                tx.charger_id,
                tx.connector_id,
                tx.id_tag or "",
                start,
                stop,
                duration,
                energy,
                power if status == "active" else None,
                tx.stop_reason or "",
                status,
            )
        )
    rows.sort(key=lambda r: (r.start or datetime.min.replace(tzinfo=UTC), r.id), reverse=True)
    return rows


_STATUS_COLORS = {"active": fmt.GREEN, "orphan": fmt.ORANGE, "rejected": fmt.RED}


class TransactionsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TransactionRow] = []
        self.now: datetime | None = None  # "today" for the short time format

    def set_rows(self, rows: list[TransactionRow]) -> int:
        """Replace the rows; same order -> ``dataChanged`` for changed rows only. Returns changes."""
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return len(rows)
        changed = 0
        for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
            if old != new:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                changed += 1
        return changed

    def rows(self) -> list[TransactionRow]:
        return list(self._rows)

    @property
    def has_active(self) -> bool:
        return any(r.status == "active" for r in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 11

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_CONNECTOR:
            return translate("TransactionsModel", "Connector")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("TransactionsModel", "ID"),
            translate("TransactionsModel", "Status"),
            translate("TransactionsModel", "Charger"),
            translate("TransactionsModel", "Conn."),
            translate("TransactionsModel", "Tag"),
            translate("TransactionsModel", "Start"),
            translate("TransactionsModel", "Stop"),
            translate("TransactionsModel", "Duration"),
            translate("TransactionsModel", "Energy"),
            translate("TransactionsModel", "Power"),
            translate("TransactionsModel", "Stop reason"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == TRANSACTION_ID_ROLE:
            return row.id
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_STATUS and row.status in _STATUS_COLORS:
            return QBrush(_STATUS_COLORS[row.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def status_label(status: str) -> str:
        return {
            "active": translate("TransactionsModel", "active"),
            "finished": translate("TransactionsModel", "finished"),
            "orphan": translate("TransactionsModel", "orphan"),
            "rejected": translate("TransactionsModel", "rejected"),
        }.get(status, status)

    def _display(self, row: TransactionRow, col: int) -> str:
        if col == COL_ID:
            return str(row.id)
        if col == COL_CHARGER:
            return row.charger_id
        if col == COL_CONNECTOR:
            return str(row.connector_id)
        if col == COL_TAG:
            return row.id_tag or fmt.DASH
        if col in (COL_START, COL_STOP):
            return fmt.format_local_time(row.start if col == COL_START else row.stop, self.now)
        if col == COL_DURATION:
            return fmt.format_duration(row.duration_s)
        if col == COL_ENERGY:
            return fmt.format_kwh(row.energy_wh)
        if col == COL_POWER:
            return fmt.format_kw(row.power_w)
        if col == COL_STATUS:
            return self.status_label(row.status)
        return row.stop_reason or fmt.DASH
