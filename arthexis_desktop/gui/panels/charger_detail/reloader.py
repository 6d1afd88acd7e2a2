"""Background loads of the charger detail: one at a time per view, started from the clock.

A view calls ``request()`` when what it shows may have changed (another charger chosen, an event
about this charger); the panel calls ``poll()`` on its clock while the view can be seen, which
starts the load if one was requested and the last one started at least ``min_interval_s`` ago.
So a burst of StatusNotifications costs one query, and a hidden tab costs none.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget

from arthexis_desktop.gui.tasks import TaskRunner


class Reloader:
    def __init__(
        self,
        tasks: TaskRunner,
        load: Callable[[], Coroutine[Any, Any, None]],
        *,
        name: str,
        min_interval_s: float = 1.0,
    ) -> None:
        self._tasks = tasks
        self._load = load
        self._name = name
        self.min_interval_s = min_interval_s
        self.stale = False
        self.loads = 0  # how many loads started (tests)
        self._task: asyncio.Task[None] | None = None
        self._started_at = float("-inf")

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def request(self, *, now: bool = False) -> None:
        """Load again at the next poll; ``now`` ignores the minimum interval once."""
        self.stale = True
        if now:
            self._started_at = float("-inf")

    def poll(self) -> bool:
        """Start the load if it is due; True when one was started."""
        if not self.stale or self.busy:
            return False
        if time.monotonic() - self._started_at < self.min_interval_s:
            return False
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # built without a running loop (benchmarks): nothing to load
            return False
        self.stale = False
        self._started_at = time.monotonic()
        self.loads += 1
        self._task = self._tasks.spawn(self._load(), name=self._name)
        return True


def read_only_table(
    columns: int,
    name: str,
    *,
    resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.Interactive,
) -> QTableWidget:
    """The detail's list tables: whole rows selected, no editing or wrapping, no row numbers, the
    last column taking the rest of the width."""
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(resize)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def table_texts(table: QTableWidget) -> list[dict[str, str]]:
    """Every row of ``table`` as {column title: shown text} (what a person reads; tests use it)."""
    titles = []
    for col in range(table.columnCount()):
        header = table.horizontalHeaderItem(col)
        titles.append(header.text() if header is not None else str(col))
    rows = []
    for row in range(table.rowCount()):
        cells = {}
        for col, title in enumerate(titles):
            item = table.item(row, col)
            cells[title] = item.text() if item is not None else ""
        rows.append(cells)
    return rows


def is_language_change(event: QEvent) -> bool:
    """For ``changeEvent``: the application's language changed (the view calls ``retranslate()``)."""
    return event.type() == QEvent.Type.LanguageChange
