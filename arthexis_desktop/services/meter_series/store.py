"""The store the graphs panel reads: series per (charger, connector, measurand, phase) + site."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import NamedTuple

import numpy as np

from arthexis_desktop.core.events import (
    ChargerDisconnected,
    ConnectorStatusChanged,
    EventBus,
    MeterSampled,
    TransactionStopped,
)
from arthexis_desktop.core.model import MeterReading
from arthexis_desktop.services.fleet_state import reading_power_w
from arthexis_desktop.services.meter_series.series import (
    IDLE_STATUSES,
    Limits,
    Series,
    SeriesKey,
    epoch_s,
    graphed_values,
)
from arthexis_desktop.services.meter_series.site import SiteTotals


class MeterSeriesStore:
    """All live series plus the site totals; fold events with the ``on_*`` methods or ``attach``."""

    def __init__(
        self,
        *,
        recent_s: float = 300.0,
        history_s: float = 3600.0,
        bucket_s: float = 10.0,
        grid_s: float = 1.0,
        max_recent_points: int = 2048,
        gap_factor: float = 3.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.limits = Limits(recent_s, history_s, bucket_s, max_recent_points)
        self.history_s, self.gap_factor = history_s, gap_factor
        self._clock = clock
        self._series: dict[SeriesKey, Series] = {}
        self._connectors: dict[str, set[int]] = {}
        self.site = SiteTotals(grid_s=grid_s, history_s=history_s)
        self.version = 0
        self.dropped = 0  # out-of-order samples and samples in another unit than their series

    # -- feeding ---------------------------------------------------------------------------------
    def attach(self, bus: EventBus) -> Callable[[], None]:
        """Subscribe to the bus; returns a function that unsubscribes."""
        undo = [
            bus.subscribe(MeterSampled, self.on_sampled),
            bus.subscribe(ChargerDisconnected, self.on_disconnected),
            bus.subscribe(TransactionStopped, self.on_transaction_stopped),
            bus.subscribe(ConnectorStatusChanged, self.on_status),
        ]

        def detach() -> None:
            for unsubscribe in undo:
                unsubscribe()

        return detach

    def on_sampled(self, event: MeterSampled) -> None:
        if not event.readings:
            return
        self.site.advance(self._clock())
        readings = event.readings
        if len(readings) > 1:
            readings = tuple(sorted(readings, key=lambda r: r.timestamp))
        for reading in readings:
            self._add_reading(event.charger_id, event.connector_id, reading)
        if event.connector_id > 0:
            power = reading_power_w(readings[-1])
            if power is not None:
                self.site.set_power(event.charger_id, event.connector_id, power)
        self.version += 1

    def _add_reading(self, charger_id: str, connector_id: int, reading: MeterReading) -> None:
        t = epoch_s(reading.timestamp)
        for measurand, phase, unit, value in graphed_values(reading):
            self._append(SeriesKey(charger_id, connector_id, measurand, phase), unit, t, value)

    def _append(self, key: SeriesKey, unit: str, t: float, value: float) -> None:
        series = self._series.get(key)
        if series is None:
            series = self._series[key] = Series(key, unit, self.limits)
            self._connectors.setdefault(key.charger_id, set()).add(key.connector_id)
        if series.unit != unit or not series.append(t, value):
            self.dropped += 1

    def on_disconnected(self, event: ChargerDisconnected) -> None:
        self.site.advance(self._clock())
        self.site.clear(event.charger_id)
        self.version += 1

    def on_transaction_stopped(self, event: TransactionStopped) -> None:
        self.site.advance(self._clock())
        tx = event.transaction
        self.site.set_power(tx.charger_id, tx.connector_id, None)
        self.version += 1

    def on_status(self, event: ConnectorStatusChanged) -> None:
        status = event.status
        if status.status in IDLE_STATUSES and status.connector_id > 0:
            self.site.advance(self._clock())
            self.site.set_power(status.charger_id, status.connector_id, None)
            self.version += 1

    def tick(self, now: float | None = None) -> None:
        """Bring the site grid up to ``now`` (the window calls this on its clock)."""
        self.site.advance(self._clock() if now is None else now)

    # -- reading ---------------------------------------------------------------------------------
    def chargers(self) -> list[str]:
        return sorted(self._connectors)

    def connectors(self, charger_id: str) -> list[int]:
        return sorted(self._connectors.get(charger_id, ()))

    def get(self, key: SeriesKey) -> Series | None:
        return self._series.get(key)

    def series_for(self, charger_id: str, connector_id: int, measurand: str) -> list[Series]:
        """Every phase of ``measurand`` at that connector, the un-phased one first."""
        found = [
            s
            for (cid, conn, m, _), s in self._series.items()
            if cid == charger_id and conn == connector_id and m == measurand
        ]
        return sorted(found, key=lambda s: (s.key.phase is not None, s.key.phase or ""))

    def __len__(self) -> int:
        return len(self._series)

    def memory_bytes(self) -> int:
        """numpy buffers plus ~1.2 KB of Python objects per series (measured with tracemalloc)."""
        return sum(s.nbytes + 1200 for s in self._series.values()) + self.site.nbytes


class StoredSeries(NamedTuple):
    t: np.ndarray
    v: np.ndarray
    unit: str


def readings_to_points(readings: Iterable[MeterReading]) -> dict[tuple[str, str | None], StoredSeries]:
    """Stored readings (``HistoryService.meter_readings``) as arrays per (measurand, phase), in
    time order and base units, with the same rules as the live series."""
    columns: dict[tuple[str, str | None], tuple[list[float], list[float], str]] = {}
    for reading in sorted(readings, key=lambda r: r.timestamp):
        t = epoch_s(reading.timestamp)
        for measurand, phase, unit, value in graphed_values(reading):
            ts, vs, first_unit = columns.setdefault((measurand, phase), ([], [], unit))
            if unit != first_unit:
                continue
            if ts and ts[-1] == t:
                vs[-1] = value
            else:
                ts.append(t)
                vs.append(value)
    return {key: StoredSeries(np.array(ts), np.array(vs), unit) for key, (ts, vs, unit) in columns.items()}
