"""Site totals of the live meter graphs: every charger's import power on a fixed time grid."""

from __future__ import annotations

import math
from typing import NamedTuple

import numpy as np


class SiteWindow(NamedTuple):
    times: np.ndarray  # epoch seconds on the grid
    total_w: np.ndarray
    charger_ids: tuple[str, ...]  # column order of ``by_charger_w``
    by_charger_w: np.ndarray  # rows x chargers (float32)


class SiteTotals:
    """Latest power per charger and the site total, sampled on a fixed grid (see the module doc)."""

    def __init__(self, *, grid_s: float, history_s: float) -> None:
        self.grid_s = grid_s
        rows = int(history_s / grid_s) + 2
        self._times = np.zeros(rows)
        self._total = np.zeros(rows)
        self._matrix = np.zeros((rows, 16), dtype=np.float32)
        self._start = self._size = 0
        self._ids: list[str] = []
        self._column: dict[str, int] = {}
        self._current = np.zeros(16)
        self._connectors: dict[str, dict[int, float]] = {}
        self._next: float | None = None
        self.version = 0

    @property
    def nbytes(self) -> int:
        return int(self._times.nbytes + self._total.nbytes + self._matrix.nbytes + self._current.nbytes)

    def current_w(self) -> dict[str, float]:
        return {cid: float(self._current[i]) for i, cid in enumerate(self._ids)}

    def set_power(self, charger_id: str, connector_id: int, power_w: float | None) -> None:
        powers = self._connectors.setdefault(charger_id, {})
        if power_w is None:
            if powers.pop(connector_id, None) is None:
                return
        else:
            powers[connector_id] = power_w
        col = self._col(charger_id)  # may grow ``_current``: look it up first
        self._current[col] = sum(powers.values())

    def clear(self, charger_id: str) -> None:
        if self._connectors.pop(charger_id, None):
            self._current[self._column[charger_id]] = 0.0

    def _col(self, charger_id: str) -> int:
        col = self._column.get(charger_id)
        if col is None:
            col = len(self._ids)
            if col == len(self._current):  # more chargers: double the columns
                self._current = np.concatenate((self._current, np.zeros(col)))
                grown = np.zeros((len(self._times), 2 * col), dtype=np.float32)
                grown[:, :col] = self._matrix
                self._matrix = grown
            self._ids.append(charger_id)
            self._column[charger_id] = col
        return col

    def advance(self, now: float) -> None:
        """Write the grid rows due up to ``now`` with the state as it was (before this event)."""
        if self._next is None:
            self._next = (math.floor(now / self.grid_s) + 1) * self.grid_s
            return
        if now < self._next:
            return
        rows = len(self._times)
        due = int((now - self._next) // self.grid_s) + 1
        if due > rows:  # quiet for longer than the history: only the last rows matter
            self._next += (due - rows) * self.grid_s
            due = rows
        total = float(self._current.sum())
        for _ in range(due):
            if self._size < rows:
                i = (self._start + self._size) % rows
                self._size += 1
            else:
                i = self._start
                self._start = (self._start + 1) % rows
            self._times[i], self._total[i] = self._next, total
            self._matrix[i, :] = self._current
            self._next += self.grid_s
        self.version += 1

    def window(self, since: float = -math.inf) -> SiteWindow:
        rows = len(self._times)
        index = (self._start + np.arange(self._size)) % rows
        times = self._times[index]
        first = int(np.searchsorted(times, since)) if since > -math.inf else 0
        index = index[first:]
        return SiteWindow(
            times[first:], self._total[index], tuple(self._ids), self._matrix[index, : len(self._ids)]
        )
