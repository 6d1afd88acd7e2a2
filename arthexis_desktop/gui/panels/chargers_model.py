"""Table model of the chargers: one row per charger, refreshed from FleetState on the clock.

``refresh()`` builds a small immutable ``ChargerRow`` per charger and compares it with the last
one; only rows that changed get ``dataChanged`` (one signal per run of adjacent rows). New
chargers are appended (the proxy above sorts), so a refresh is O(n) with no resets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.widgets.chips import CHIPS_ROLE

if TYPE_CHECKING:
    from arthexis_desktop.core.model import ChargerSettings
    from arthexis_desktop.services.fleet_state import ChargerLive

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

CHARGER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ADMISSION_ROLE = Qt.ItemDataRole.UserRole + 3

(
    COL_ID,
    COL_MODEL,
    COL_ADMISSION,
    COL_SETTINGS,
    COL_CONNECTION,
    COL_CONNECTORS,
    COL_HEARTBEAT,
    COL_POWER,
    COL_ENERGY,
) = range(9)
COLUMN_COUNT = 9

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ChargerRow:
    charger_id: str
    vendor_model: str
    admission: str | None
    connected: bool
    protocol: str
    connectors: tuple[tuple[int, str, str], ...]  # (connector id, status, error code)
    heartbeat_text: str
    booted_text: str  # shown until the first heartbeat: how long ago it connected/booted
    heartbeat_at: datetime | None
    power_w: float | None
    energy_wh: float | None
    settings: ChargerSettings | None = None  # None = not loaded yet, shown like the defaults


def row_of(charger: ChargerLive, now: datetime, settings: ChargerSettings | None = None) -> ChargerRow:
    connectors = tuple(
        (c.connector_id, c.status, c.error_code)
        for c in sorted(charger.connectors.values(), key=lambda c: c.connector_id)
        if c.connector_id > 0
    )
    if not connectors and 0 in charger.connectors:
        c0 = charger.connectors[0]
        connectors = ((0, c0.status, c0.error_code),)
    vendor_model = " ".join(part for part in (charger.vendor, charger.model) if part)
    return ChargerRow(
        charger_id=charger.charger_id,
        vendor_model=vendor_model,
        admission=str(charger.admission) if charger.admission is not None else None,
        connected=charger.connected,
        protocol=fmt.protocol_label(charger.protocol),
        connectors=connectors,
        heartbeat_text=fmt.format_ago(charger.last_heartbeat_at, now) if charger.last_heartbeat_at else "",
        booted_text=fmt.format_ago(charger.last_seen_at, now)
        if charger.connected and charger.last_seen_at
        else "",
        heartbeat_at=charger.last_heartbeat_at,
        power_w=charger.power_w if charger.connected else None,
        energy_wh=charger.session_energy_wh,
        settings=settings,
    )


def booted_text(ago: str) -> str:
    """Shown in the heartbeat column until the first heartbeat arrives."""
    return translate("ChargersModel", "booted {ago}").format(ago=ago)


def settings_text(settings: ChargerSettings | None) -> str:
    """The markers of per-charger settings that differ from the defaults: ``Auth: Open · Lenient``."""
    if settings is None:
        return ""
    parts = []
    if settings.authorization_policy is not None:
        policy = fmt.policy_label(settings.authorization_policy.value)
        parts.append(translate("ChargersModel", "Auth: {policy}").format(policy=policy))
    if settings.lenient_validation:
        parts.append(translate("ChargersModel", "Lenient"))
    if settings.default_energy_unit and settings.default_energy_unit != "Wh":
        parts.append(
            translate("ChargersModel", "Unit-less: {unit}").format(unit=settings.default_energy_unit)
        )
    return " · ".join(parts)


def connection_text(connected: bool, protocol: str) -> str:
    if not connected:
        return translate("ChargersModel", "Offline")
    return (
        translate("ChargersModel", "Online ({protocol})").format(protocol=protocol)
        if protocol
        else translate("ChargersModel", "Online")
    )


class ChargersModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ChargerRow] = []
        self._row_of_id: dict[str, int] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- updating ----------------------------------------------------------------------------------
    def refresh(
        self,
        chargers: Sequence[ChargerLive],
        now: datetime,
        settings: Mapping[str, ChargerSettings] | None = None,
    ) -> int:
        """Bring the rows up to date; returns how many rows changed (for tests and profiling)."""
        known = settings or {}
        fresh = {c.charger_id: row_of(c, now, known.get(c.charger_id)) for c in chargers}
        if any(cid not in fresh for cid in self._row_of_id):  # a charger vanished: rare, rebuild
            self.beginResetModel()
            self._rows = list(fresh.values())
            self._row_of_id = {row.charger_id: i for i, row in enumerate(self._rows)}
            self.endResetModel()
            return len(self._rows)
        changed: list[int] = []
        for i, old in enumerate(self._rows):
            new = fresh[old.charger_id]
            if new != old:
                self._rows[i] = new
                changed.append(i)
        added = [row for cid, row in fresh.items() if cid not in self._row_of_id]
        self._emit_changed(changed)
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            for row in added:
                self._row_of_id[row.charger_id] = len(self._rows)
                self._rows.append(row)
            self.endInsertRows()
        return len(changed) + len(added)

    def _emit_changed(self, rows: list[int]) -> None:
        """One ``dataChanged`` per run of adjacent rows (rows are ascending)."""
        if not rows:
            return
        last_col = self.columnCount() - 1
        start = prev = rows[0]
        for row in rows[1:]:
            if row != prev + 1:
                self.dataChanged.emit(self.index(start, 0), self.index(prev, last_col))
                start = row
            prev = row
        self.dataChanged.emit(self.index(start, 0), self.index(prev, last_col))

    # -- reading -----------------------------------------------------------------------------------
    def row(self, charger_id: str) -> ChargerRow | None:
        i = self._row_of_id.get(charger_id)
        return None if i is None else self._rows[i]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("ChargersModel", "Charger"),
            translate("ChargersModel", "Vendor / model"),
            translate("ChargersModel", "Admission"),
            translate("ChargersModel", "Settings"),
            translate("ChargersModel", "Connection"),
            translate("ChargersModel", "Connectors"),
            translate("ChargersModel", "Last heartbeat"),
            translate("ChargersModel", "Power"),
            translate("ChargersModel", "Session energy"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == CHARGER_ID_ROLE:
            return row.charger_id
        if role == ADMISSION_ROLE:
            return row.admission
        if role == SORT_ROLE:
            return self._sort_key(row, col)
        if role == CHIPS_ROLE and col == COL_CONNECTORS:
            return self._chips(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, col)
        if role == Qt.ItemDataRole.FontRole and row.admission == "pending" and col in (COL_ID, COL_ADMISSION):
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_POWER, COL_ENERGY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_CONNECTORS:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_SETTINGS:
            return translate(
                "ChargersModel",
                "Per-charger settings that differ from the broker defaults (right-click: Charger settings…).",
            )
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_HEARTBEAT and not row.heartbeat_text:
            return translate(
                "ChargersModel",
                "No heartbeat received yet; the time shown is since the charger connected or booted.",
            )
        return None

    def _display(self, row: ChargerRow, col: int) -> str:
        if col == COL_ID:
            return row.charger_id
        if col == COL_MODEL:
            return row.vendor_model or fmt.DASH
        if col == COL_ADMISSION:
            return fmt.admission_label(row.admission)
        if col == COL_SETTINGS:
            return settings_text(row.settings)
        if col == COL_CONNECTION:
            return connection_text(row.connected, row.protocol)
        if col == COL_CONNECTORS:
            return ", ".join(text for text, _ in self._chips(row)) or fmt.DASH
        if col == COL_HEARTBEAT:
            if row.heartbeat_text:
                return row.heartbeat_text
            return booted_text(row.booted_text) if row.booted_text else fmt.DASH
        if col == COL_POWER:
            return fmt.format_kw(row.power_w)
        return fmt.format_kwh(row.energy_wh)

    def _chips(self, row: ChargerRow) -> list[tuple[str, QColor]]:
        chips = []
        for connector_id, status, error_code in row.connectors:
            shown = status if row.connected else "Offline"
            text = f"{connector_id} {fmt.status_label(shown)}"
            if shown == "Faulted" and error_code and error_code != "NoError":
                text += f": {error_code}"
            chips.append((text, fmt.status_color(shown)))
        return chips

    def _foreground(self, row: ChargerRow, col: int) -> QBrush | None:
        if col == COL_ADMISSION:
            color = fmt.admission_color(row.admission)
            return QBrush(color) if color is not None else None
        if col == COL_CONNECTION:
            return QBrush(fmt.GREEN if row.connected else fmt.GREY)
        if col == COL_SETTINGS:
            return QBrush(fmt.PURPLE)
        if col == COL_HEARTBEAT and not row.heartbeat_text:
            return QBrush(fmt.LIGHT_GREY)
        return None

    @staticmethod
    def _sort_key(row: ChargerRow, col: int) -> Any:
        if col == COL_ADMISSION:
            return {"pending": 0, "rejected": 1, "accepted": 2}.get(row.admission or "", 3)
        if col == COL_CONNECTION:
            return ("0" if row.connected else "1") + row.charger_id
        if col == COL_HEARTBEAT:
            return row.heartbeat_at.timestamp() if row.heartbeat_at else 0.0
        if col == COL_POWER:
            return row.power_w or 0.0
        if col == COL_ENERGY:
            return row.energy_wh or 0.0
        if col == COL_MODEL:
            return row.vendor_model
        if col == COL_CONNECTORS:
            return ",".join(status for _, status, _ in row.connectors)
        if col == COL_SETTINGS:
            return settings_text(row.settings)
        return row.charger_id
