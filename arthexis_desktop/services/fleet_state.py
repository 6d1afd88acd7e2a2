"""Live view of the fleet, folded from events in memory (no database reads per update).

The window reads it on a clock; ``version`` changes whenever anything changed, so a view that saw
the same version can skip its redraw.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from arthexis_desktop.core.events import (
    AdmissionChanged,
    BootNotified,
    ChargerConnected,
    ChargerDisconnected,
    ConnectorStatusChanged,
    EventBus,
    HeartbeatReceived,
    MeterSampled,
    TransactionStarted,
    TransactionStopped,
)
from arthexis_desktop.core.model import AdmissionState, ChargerRecord, MeterReading, Transaction
from arthexis_desktop.core.units import ENERGY_REGISTER, POWER_IMPORT

_PHASES = ("L1", "L2", "L3", "L1-N", "L2-N", "L3-N")


@dataclass
class ConnectorLive:
    connector_id: int
    status: str = ""
    error_code: str = "NoError"
    info: str | None = None
    status_at: datetime | None = None
    power_w: float | None = None
    register_wh: float | None = None
    transaction: Transaction | None = None

    @property
    def session_energy_wh(self) -> float | None:
        tx = self.transaction
        if tx is None or tx.meter_start_wh is None or self.register_wh is None:
            return None
        return max(0.0, self.register_wh - tx.meter_start_wh)


@dataclass
class ChargerLive:
    charger_id: str
    admission: AdmissionState | None = None
    connected: bool = False
    protocol: str | None = None
    remote: str | None = None
    connected_at: datetime | None = None
    vendor: str = ""
    model: str = ""
    firmware: str | None = None
    last_seen_at: datetime | None = None
    last_heartbeat_at: datetime | None = None
    connectors: dict[int, ConnectorLive] = field(default_factory=dict)

    def connector(self, connector_id: int) -> ConnectorLive:
        if connector_id not in self.connectors:
            self.connectors[connector_id] = ConnectorLive(connector_id)
        return self.connectors[connector_id]

    @property
    def power_w(self) -> float | None:
        values = [c.power_w for c in self.connectors.values() if c.connector_id > 0 and c.power_w is not None]
        return sum(values) if values else None

    @property
    def session_energy_wh(self) -> float | None:
        values = [c.session_energy_wh for c in self.connectors.values()]
        known = [v for v in values if v is not None]
        return sum(known) if known else None

    @property
    def active_transactions(self) -> list[Transaction]:
        return [c.transaction for c in self.connectors.values() if c.transaction is not None]


def reading_power_w(reading: MeterReading) -> float | None:
    """Active import power of one reading: the un-phased value, else the sum of the phases."""
    total: float | None = None
    phased = 0.0
    has_phase = False
    for sv in reading.values:
        if sv.measurand != POWER_IMPORT or sv.unit != "W":
            continue
        if sv.phase is None:
            total = sv.value
        elif sv.phase in _PHASES:
            phased += sv.value
            has_phase = True
    if total is not None:
        return total
    return phased if has_phase else None


def reading_register_wh(reading: MeterReading) -> float | None:
    for sv in reading.values:
        if sv.measurand == ENERGY_REGISTER and sv.phase is None and sv.unit == "Wh":
            return sv.value
    return None


class FleetState:
    def __init__(self, bus: EventBus) -> None:
        self._chargers: dict[str, ChargerLive] = {}
        self.version = 0
        bus.subscribe(ChargerConnected, self._on_connected)
        bus.subscribe(ChargerDisconnected, self._on_disconnected)
        bus.subscribe(BootNotified, self._on_boot)
        bus.subscribe(AdmissionChanged, self._on_admission)
        bus.subscribe(HeartbeatReceived, self._on_heartbeat)
        bus.subscribe(ConnectorStatusChanged, self._on_status)
        bus.subscribe(TransactionStarted, self._on_started)
        bus.subscribe(TransactionStopped, self._on_stopped)
        bus.subscribe(MeterSampled, self._on_sampled)

    # -- reading -----------------------------------------------------------------------------
    def chargers(self) -> list[ChargerLive]:
        return sorted(self._chargers.values(), key=lambda c: c.charger_id)

    def charger(self, charger_id: str) -> ChargerLive | None:
        return self._chargers.get(charger_id)

    @property
    def connected_count(self) -> int:
        return sum(1 for c in self._chargers.values() if c.connected)

    @property
    def pending(self) -> list[ChargerLive]:
        return [c for c in self.chargers() if c.admission is AdmissionState.PENDING]

    # -- seeding from storage ----------------------------------------------------------------
    def load(self, records: Iterable[ChargerRecord], active: Iterable[Transaction]) -> None:
        for record in records:
            live = self._get(record.charger_id)
            live.admission = record.admission
            live.vendor, live.model, live.firmware = record.vendor, record.model, record.firmware
            live.protocol = record.protocol
            live.last_seen_at = record.last_seen_at
            for status in record.connectors:
                conn = live.connector(status.connector_id)
                conn.status, conn.error_code, conn.info = status.status, status.error_code, status.info
                conn.status_at = status.timestamp
        for tx in active:
            self._get(tx.charger_id).connector(tx.connector_id).transaction = tx
        self.version += 1

    # -- folding events ----------------------------------------------------------------------
    def _get(self, charger_id: str) -> ChargerLive:
        if charger_id not in self._chargers:
            self._chargers[charger_id] = ChargerLive(charger_id)
        return self._chargers[charger_id]

    def _changed(self) -> None:
        self.version += 1

    def _on_connected(self, event: ChargerConnected) -> None:
        live = self._get(event.charger_id)
        live.connected, live.protocol, live.remote = True, event.protocol, event.remote
        live.connected_at = live.last_seen_at = event.at
        self._changed()

    def _on_disconnected(self, event: ChargerDisconnected) -> None:
        live = self._get(event.charger_id)
        live.connected = False
        for conn in live.connectors.values():
            conn.power_w = None
        self._changed()

    def _on_boot(self, event: BootNotified) -> None:
        live = self._get(event.charger_id)
        live.vendor, live.model, live.firmware = event.info.vendor, event.info.model, event.info.firmware
        live.admission = {
            "Accepted": AdmissionState.ACCEPTED,
            "Pending": AdmissionState.PENDING,
            "Rejected": AdmissionState.REJECTED,
        }.get(event.status, live.admission)
        live.last_seen_at = event.at
        self._changed()

    def _on_admission(self, event: AdmissionChanged) -> None:
        self._get(event.charger_id).admission = event.state
        self._changed()

    def _on_heartbeat(self, event: HeartbeatReceived) -> None:
        live = self._get(event.charger_id)
        live.last_heartbeat_at = live.last_seen_at = event.at
        self._changed()

    def _on_status(self, event: ConnectorStatusChanged) -> None:
        status = event.status
        conn = self._get(status.charger_id).connector(status.connector_id)
        conn.status, conn.error_code, conn.info = status.status, status.error_code, status.info
        conn.status_at = status.timestamp
        if status.status in ("Available", "Unavailable", "Faulted") and conn.transaction is None:
            conn.power_w = None
        self._changed()

    def _on_started(self, event: TransactionStarted) -> None:
        tx = event.transaction
        self._get(tx.charger_id).connector(tx.connector_id).transaction = tx
        self._changed()

    def _on_stopped(self, event: TransactionStopped) -> None:
        tx = event.transaction
        live = self._get(tx.charger_id)
        for conn in live.connectors.values():
            if conn.transaction is not None and conn.transaction.id == tx.id:
                conn.transaction = None
                conn.power_w = None
        self._changed()

    def _on_sampled(self, event: MeterSampled) -> None:
        if not event.readings:
            return
        conn = self._get(event.charger_id).connector(event.connector_id)
        latest = max(event.readings, key=lambda r: r.timestamp)
        power = reading_power_w(latest)
        if power is not None:
            conn.power_w = power
        register = reading_register_wh(latest)
        if register is not None:
            conn.register_wh = register
        self._changed()
