"""Stored samples of transactions for the history view and the session window.

``HistoryService.meter_readings`` runs on the storage worker; the readings are turned into arrays
in a worker thread (a long session has hundreds of thousands of values), so the loop never
blocks. Each transaction is fetched once and kept until ``refresh`` (it stopped: its final samples are
stored too; the old arrays are shown until the new ones are in) or ``keep_only`` (the cache is
bounded by what is on screen).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.services.meter_series import StoredSeries, readings_to_points

if TYPE_CHECKING:
    from arthexis_desktop.gui.tasks import TaskRunner
    from arthexis_desktop.services.history import HistoryService

log = logging.getLogger(__name__)

Points = dict[tuple[str, str | None], StoredSeries]
LOADING, READY, FAILED = "loading", "ready", "failed"


class StoredSamples:
    def __init__(self, history: HistoryService, tasks: TaskRunner, on_change: Callable[[], None]) -> None:
        self._history = history
        self._tasks = tasks
        self._on_change = on_change
        self._points: dict[int, Points] = {}
        self._stale: dict[int, Points] = {}  # shown while fetched again
        self._errors: dict[int, str] = {}
        self._loading: dict[int, asyncio.Task[None]] = {}
        self.version = 0  # changes whenever a load finishes
        self.loads = 0

    def get(self, transaction_id: int) -> Points | None:
        """The samples if loaded (or, while they are fetched again, the previous ones); otherwise
        None. A load starts unless one runs or the last one failed."""
        points = self._points.get(transaction_id)
        if points is None and transaction_id not in self._loading and transaction_id not in self._errors:
            self._loading[transaction_id] = self._tasks.spawn(
                self._load(transaction_id), name=f"graph-samples-{transaction_id}"
            )
        return points if points is not None else self._stale.get(transaction_id)

    def state(self, transaction_id: int) -> str:
        if transaction_id in self._points or transaction_id in self._stale:
            return READY
        return FAILED if transaction_id in self._errors else LOADING

    def error(self, transaction_id: int) -> str:
        return self._errors.get(transaction_id, "")

    def task(self, transaction_id: int) -> asyncio.Task[None] | None:
        return self._loading.get(transaction_id)

    def refresh(self, transaction_id: int) -> None:
        """Fetch again next time (the transaction ended, or the person asked to retry)."""
        points = self._points.pop(transaction_id, None)
        if points is not None:
            self._stale[transaction_id] = points
        self._errors.pop(transaction_id, None)

    def keep_only(self, transaction_ids: Iterable[int]) -> None:
        keep = set(transaction_ids)
        for cache in (self._points, self._stale, self._errors):
            for transaction_id in [t for t in cache if t not in keep]:
                del cache[transaction_id]

    async def _load(self, transaction_id: int) -> None:
        try:
            readings = await self._history.meter_readings(transaction_id)
            points = await asyncio.to_thread(readings_to_points, readings)
        except Exception as exc:
            log.warning("samples of transaction %s could not be loaded: %s", transaction_id, exc)
            self._errors[transaction_id] = describe_error(exc)
        else:
            self._points[transaction_id] = points
        finally:
            self._stale.pop(transaction_id, None)
            self._loading.pop(transaction_id, None)
            self.loads += 1
            self.version += 1
        self._on_change()
