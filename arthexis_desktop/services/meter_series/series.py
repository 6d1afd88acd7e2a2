"""Series buffers of the live meter graphs: rings of (epoch s, value) with explicit gaps."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import NamedTuple

import numpy as np

from arthexis_desktop.core.model import MeterReading
from arthexis_desktop.core.units import ENERGY_REGISTER, POWER_IMPORT
from arthexis_desktop.services.fleet_state import reading_power_w

POWER_OFFERED = "Power.Offered"
CURRENT_IMPORT = "Current.Import"
CURRENT_OFFERED = "Current.Offered"
VOLTAGE = "Voltage"
SOC = "SoC"
TEMPERATURE = "Temperature"
GRAPHED_MEASURANDS = frozenset(
    {POWER_IMPORT, POWER_OFFERED, ENERGY_REGISTER, CURRENT_IMPORT, CURRENT_OFFERED, VOLTAGE, SOC, TEMPERATURE}
)
IDLE_STATUSES = ("Available", "Unavailable", "Faulted")
Points = tuple[np.ndarray, np.ndarray]


class SeriesKey(NamedTuple):
    charger_id: str
    connector_id: int
    measurand: str
    phase: str | None


def epoch_s(at: datetime) -> float:
    """Seconds since the epoch; a naive time is taken as UTC (how storage keeps it)."""
    return (at if at.tzinfo is not None else at.replace(tzinfo=UTC)).timestamp()


def graphed_values(reading: MeterReading) -> Iterator[tuple[str, str | None, str, float]]:
    """(measurand, phase, unit, value) of the values a graph can show, the first per measurand and
    phase; power sent per phase only also gives the connector's total (the sum)."""
    seen: set[tuple[str, str | None]] = set()
    for sv in reading.values:
        if sv.measurand in GRAPHED_MEASURANDS and (sv.measurand, sv.phase) not in seen:
            seen.add((sv.measurand, sv.phase))
            yield sv.measurand, sv.phase, sv.unit, sv.value
    if (POWER_IMPORT, None) not in seen and any(m == POWER_IMPORT for m, _ in seen):
        power = reading_power_w(reading)
        if power is not None:
            yield POWER_IMPORT, None, "W", power


def _empty() -> Points:
    return np.empty(0), np.empty(0)


def insert_gaps(
    t: np.ndarray, v: np.ndarray, *, factor: float = 3.0, nominal_s: float | None = None
) -> Points:
    """Put a NaN between points further apart than ``factor`` x the usual interval (the median
    spacing unless ``nominal_s`` is given); the NaN sits half-way in time."""
    if len(t) < 2:
        return t, v
    dt = np.diff(t)
    usual = float(np.median(dt)) if nominal_s is None else nominal_s
    if usual <= 0:
        return t, v
    breaks = np.flatnonzero(dt > factor * usual)
    if len(breaks) == 0:
        return t, v
    mid = (t[breaks] + t[breaks + 1]) / 2.0
    return np.insert(t, breaks + 1, mid), np.insert(v.astype(np.float64), breaks + 1, np.nan)


class Ring:
    """Ring buffer of (time, value) pairs in time order; the oldest pair is overwritten when full."""

    __slots__ = ("_size", "_start", "_t", "_v")

    def __init__(self, capacity: int, dtype: type = np.float64) -> None:
        self._t = np.empty(capacity, dtype=np.float64)
        self._v: np.ndarray = np.empty(capacity, dtype=dtype)
        self._start = 0
        self._size = 0

    @property
    def capacity(self) -> int:
        return len(self._t)

    @property
    def nbytes(self) -> int:
        return int(self._t.nbytes + self._v.nbytes)

    def __len__(self) -> int:
        return self._size

    def first_time(self) -> float:
        return float(self._t[self._start]) if self._size else math.nan

    def last_time(self) -> float:
        return float(self._t[(self._start + self._size - 1) % len(self._t)]) if self._size else math.nan

    def append(self, t: float, v: float) -> None:
        capacity = len(self._t)
        if self._size < capacity:
            i = (self._start + self._size) % capacity
            self._size += 1
        else:
            i = self._start
            self._start = (self._start + 1) % capacity
        self._t[i] = t
        self._v[i] = v

    def replace_last(self, v: float) -> None:
        self._v[(self._start + self._size - 1) % len(self._t)] = v

    def grow(self, capacity: int) -> None:
        t, v = self.arrays()
        self._t = np.empty(capacity, dtype=np.float64)
        self._v = np.empty(capacity, dtype=self._v.dtype)
        self._t[: len(t)], self._v[: len(v)] = t, v
        self._start = 0

    def arrays(self, since: float = -math.inf) -> Points:
        """Copies in time order, from the first pair at or after ``since``."""
        if self._size == 0:
            return _empty()
        end = self._start + self._size
        if end <= len(self._t):
            t, v = self._t[self._start : end], self._v[self._start : end]
        else:
            end -= len(self._t)
            t = np.concatenate((self._t[self._start :], self._t[:end]))
            v = np.concatenate((self._v[self._start :], self._v[:end]))
        first = int(np.searchsorted(t, since)) if since > -math.inf else 0
        return t[first:].copy(), v[first:].astype(np.float64)


class Limits(NamedTuple):
    recent_s: float  # every sample of this long
    history_s: float  # bucket means of this long
    bucket_s: float
    max_points: int  # at most this many recent samples


class Series:
    """One measurand of one connector (and phase): fine and coarse rings, see the module doc."""

    __slots__ = ("_acc", "_bucket", "_limits", "coarse", "fine", "key", "last_t", "unit", "version")

    def __init__(self, key: SeriesKey, unit: str, limits: Limits) -> None:
        self.key, self.unit, self._limits = key, unit, limits
        self.version = 0
        self.last_t = -math.inf  # newest sample time
        self.fine = Ring(min(64, limits.max_points))
        self.coarse = Ring(int(limits.history_s / limits.bucket_s) + 2, np.float32)
        self._bucket = -1
        self._acc = [0.0, 0.0, 0]  # sum of times, sum of values, count in the current bucket

    @property
    def nbytes(self) -> int:
        return self.fine.nbytes + self.coarse.nbytes

    def append(self, t: float, v: float) -> bool:
        """Add a sample; False if it is older than the newest one (out of order, dropped)."""
        fine = self.fine
        if t <= self.last_t:
            if t < self.last_t:
                return False
            fine.replace_last(v)  # same timestamp again: the newer value wins
            self.version += 1
            return True
        recent_s, _, bucket_s, max_points = self._limits
        if len(fine) == fine.capacity < max_points:
            span = t - fine.first_time()
            if span < recent_s:  # grow to what recent_s needs at this rate (+10 %)
                need = int(fine.capacity * recent_s / max(span, 1e-3) * 1.1) + 1
                fine.grow(min(max_points, max(need, fine.capacity + 1)))
        fine.append(t, v)
        self.last_t = t
        bucket, acc = int(t // bucket_s), self._acc
        if bucket != self._bucket:
            if acc[2]:
                self.coarse.append(acc[0] / acc[2], acc[1] / acc[2])
            self._bucket, acc[0], acc[1], acc[2] = bucket, 0.0, 0.0, 0
        acc[0] += t
        acc[1] += v
        acc[2] += 1
        self.version += 1
        return True

    def window(self, since: float = -math.inf, *, factor: float = 3.0) -> Points:
        """Samples from ``since`` (coarse means before the first fine sample, then every sample)
        with NaN gaps: each part judged by its own spacing, the join by the coarser one."""
        ft, fv = self.fine.arrays(since)
        ct, cv = self.coarse.arrays(since)
        if len(ct) and len(ft):
            keep = ct < self.fine.first_time()
            ct, cv = ct[keep], cv[keep]
        all_t = self.fine.arrays()[0]
        fine_usual = float(np.median(np.diff(all_t))) if len(all_t) > 1 else 0.0
        ft, fv = insert_gaps(ft, fv, factor=factor, nominal_s=fine_usual or None)
        if not len(ct):
            return ft, fv
        coarse_usual = max(self._limits.bucket_s, float(np.median(np.diff(ct))) if len(ct) > 1 else 0.0)
        ct, cv = insert_gaps(ct, cv, factor=factor, nominal_s=coarse_usual)
        if not len(ft):
            return ct, cv
        if ft[0] - ct[-1] > factor * max(coarse_usual, fine_usual):
            ct, cv = np.append(ct, (ct[-1] + ft[0]) / 2.0), np.append(cv, np.nan)
        return np.concatenate((ct, ft)), np.concatenate((cv, fv))
