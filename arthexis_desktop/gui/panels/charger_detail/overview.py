"""The overview of one charger: identity, the running session(s) and the connectors, live.

Live values come from ``FleetState`` (on the panel's clock); what only storage knows (serial,
meter, remote address of an offline charger) from the stored ``ChargerRecord``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.model import ChargerRecord
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.panels.charger_detail.reloader import is_language_change
from arthexis_desktop.services.fleet_state import ChargerLive, ConnectorLive

TWO_COLUMNS_PX = 560  # narrower: one label/value pair per row
IDENTITY_KEYS = (
    "vendor",
    "model",
    "serial",
    "firmware",
    "protocol",
    "remote",
    "connected",
    "admission",
    "heartbeat",
    "meter",
)


def _text(value: object) -> str:
    return str(value) if value not in (None, "") else fmt.DASH


class IdentityBox(QGroupBox):
    """Who the charger says it is (BootNotification) and how it is connected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("identity_box")
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(3)
        self.values: dict[str, QLabel] = {}
        self._pairs: list[tuple[QLabel, QLabel]] = []
        self.captions: dict[str, QLabel] = {}
        for key in IDENTITY_KEYS:
            caption = QLabel()
            self.captions[key] = caption
            caption.setObjectName(f"identity_{key}_caption")
            caption.setStyleSheet("color: #6b7280;")
            value = QLabel(fmt.DASH)
            value.setObjectName(f"identity_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self._pairs.append((caption, value))
        self.columns = 0
        self._arrange(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Identity"))
        titles = {
            "vendor": self.tr("Vendor"),
            "model": self.tr("Model"),
            "serial": self.tr("Serial number"),
            "firmware": self.tr("Firmware"),
            "protocol": self.tr("Protocol"),
            "remote": self.tr("Remote address"),
            "connected": self.tr("Connected since"),
            "admission": self.tr("Admission"),
            "heartbeat": self.tr("Last heartbeat"),
            "meter": self.tr("Meter"),
        }
        for key, caption in self.captions.items():
            caption.setText(titles[key])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    def _arrange(self, columns: int) -> None:
        """Two label/value pairs per row when there is room, else one (a narrow or floating dock)."""
        if columns == self.columns:
            return
        self.columns = columns
        for caption, value in self._pairs:
            self.grid.removeWidget(caption)
            self.grid.removeWidget(value)
        for n, (caption, value) in enumerate(self._pairs):
            row, col = divmod(n, columns)
            self.grid.addWidget(caption, row, col * 2)
            self.grid.addWidget(value, row, col * 2 + 1)
        for col in range(4):
            self.grid.setColumnStretch(col, 1 if col % 2 and col < columns * 2 else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(2 if event.size().width() >= TWO_COLUMNS_PX else 1)

    def show_charger(self, live: ChargerLive | None, record: ChargerRecord | None, now: datetime) -> None:
        vendor = (live.vendor if live else "") or (record.vendor if record else "")
        model = (live.model if live else "") or (record.model if record else "")
        firmware = (live.firmware if live else None) or (record.firmware if record else None)
        protocol = (live.protocol if live else None) or (record.protocol if record else None)
        remote = (live.remote if live else None) or (record.remote_address if record else None)
        meter = " ".join(p for p in (record.meter_type, record.meter_serial) if p) if record else ""
        admission = live.admission if live and live.admission else (record.admission if record else None)
        self.values["vendor"].setText(_text(vendor))
        self.values["model"].setText(_text(model))
        self.values["serial"].setText(_text(record.serial if record else None))
        self.values["firmware"].setText(_text(firmware))
        self.values["protocol"].setText(_text(fmt.protocol_label(protocol)))
        self.values["remote"].setText(_text(remote))
        self.values["connected"].setText(self._connection_text(live, record, now))
        self.values["admission"].setText(fmt.admission_label(admission))
        color = fmt.admission_color(admission)
        self.values["admission"].setStyleSheet(f"color: {color.name()};" if color else "")
        heartbeat = live.last_heartbeat_at if live else None
        self.values["heartbeat"].setText(fmt.format_ago(heartbeat, now))
        self.values["meter"].setText(_text(meter))

    def _connection_text(self, live: ChargerLive | None, record: ChargerRecord | None, now: datetime) -> str:
        if live is not None and live.connected:
            return self.tr("{time} ({ago})").format(
                time=fmt.format_local_time(live.connected_at, now), ago=fmt.format_ago(live.connected_at, now)
            )
        seen = (live.last_seen_at if live else None) or (record.last_seen_at if record else None)
        if seen is None:
            return self.tr("Offline, never seen")
        return self.tr("Offline, last seen {ago}").format(ago=fmt.format_ago(seen, now))


class ConnectorsTable(QTableWidget):
    """One row per connector: status (coloured), error code, since when, power, energy, session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setObjectName("detail_connectors")
        self.retranslate()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a handful of rows
        header.setStretchLastSection(True)
        self._fit_height()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Connector"),
                self.tr("Status"),
                self.tr("Error code"),
                self.tr("Since"),
                self.tr("Power"),
                self.tr("Energy"),
                self.tr("Transaction"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()  # the cells are written in the new language at the next tick

    def show_connectors(self, connectors: list[ConnectorLive], now: datetime) -> None:
        if self.rowCount() != len(connectors):
            self.setRowCount(len(connectors))
            self._fit_height()
        for row, conn in enumerate(connectors):
            tx = conn.transaction
            cells = [
                str(conn.connector_id) if conn.connector_id else self.tr("0 (charger)"),
                fmt.status_label(conn.status),
                "" if conn.error_code in ("", "NoError") else conn.error_code,
                fmt.format_ago(conn.status_at, now),
                fmt.format_kw(conn.power_w) if conn.connector_id else "",
                fmt.format_kwh(conn.session_energy_wh) if tx else "",
                f"#{tx.id}" if tx else "",
            ]
            items = []
            for col, text in enumerate(cells):
                item = self.item(row, col)
                if item is None:
                    item = QTableWidgetItem()
                    self.setItem(row, col, item)
                if item.text() != text:
                    item.setText(text)
                items.append(item)
            items[1].setForeground(QBrush(fmt.status_color(conn.status)))
            items[1].setToolTip(conn.info or "")
            if conn.error_code not in ("", "NoError"):
                items[2].setForeground(QBrush(fmt.RED))

    def _fit_height(self) -> None:
        """As tall as its rows (a handful): the notes below stay in view without scrolling."""
        rows = max(1, self.rowCount())
        height = (
            self.horizontalHeader().sizeHint().height() + rows * self.verticalHeader().defaultSectionSize()
        )
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)


class OverviewTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.identity = IdentityBox(self)
        self.session_label = QLabel()
        self.session_label.setObjectName("detail_session")
        self.session_label.setWordWrap(True)
        self.session_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.connectors = ConnectorsTable(self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(4, 4, 4, 4)
        self.layout_.addWidget(self.identity)
        self.layout_.addWidget(self.session_label)
        self.layout_.addWidget(self.connectors)

    def show_charger(self, live: ChargerLive | None, record: ChargerRecord | None, now: datetime) -> None:
        self.identity.show_charger(live, record, now)
        connectors = sorted(live.connectors.values(), key=lambda c: c.connector_id) if live else []
        if not connectors and record is not None:  # offline and not in the live state yet
            connectors = [
                ConnectorLive(s.connector_id, s.status, s.error_code, s.info, s.timestamp)
                for s in record.connectors
            ]
        self.connectors.show_connectors(connectors, now)
        self.session_label.setText(self._session_text(connectors, now))

    def _session_text(self, connectors: list[ConnectorLive], now: datetime) -> str:
        lines = []
        for conn in connectors:
            tx = conn.transaction
            if tx is None:
                continue
            start = tx.start_time
            if start is not None and start.tzinfo is None:
                start = start.replace(tzinfo=UTC)
            seconds = (now - start).total_seconds() if start else None
            lines.append(
                self.tr(
                    "Charging on connector {connector}: {power}, {energy} in {duration} — tag {tag}, "
                    "transaction #{id}"
                ).format(
                    connector=tx.connector_id,
                    power=fmt.format_kw(conn.power_w),
                    energy=fmt.format_kwh(conn.session_energy_wh),
                    duration=fmt.format_duration(seconds),
                    tag=tx.id_tag or fmt.DASH,
                    id=tx.id,
                )
            )
        if not lines:
            return self.tr("No transaction running.")
        return "\n".join(lines)
