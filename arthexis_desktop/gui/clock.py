"""The shared redraw clock and the base class of panels that redraw on it.

Events only mark a panel dirty; the clock (4 Hz by default) then asks each *visible* panel to
redraw once, however many messages arrived in between. A panel in a hidden or tabbed-away dock,
or in a minimised window, skips the tick and catches up when it is shown again.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

DEFAULT_INTERVAL_MS = 250  # 4 Hz: smooth enough for live numbers, cheap for 1,000 chargers


class RefreshClock(QObject):
    """One QTimer for the whole window; ``now`` is the same instant for every panel in a tick."""

    tick = Signal()

    def __init__(self, interval_ms: int = DEFAULT_INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timeout)
        self.now = datetime.now(UTC)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _on_timeout(self) -> None:
        self.now = datetime.now(UTC)
        self.tick.emit()


class ClockedPanel(QWidget):
    """A panel that redraws on the clock, and only while a person can see it.

    Subclasses implement ``redraw()`` and may override ``is_due()`` (default: marked dirty).
    ``redraw_count`` lets tests check that a hidden panel stays idle.
    """

    def __init__(self, clock: RefreshClock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.redraw_count = 0
        self._dirty = True
        clock.tick.connect(self._on_tick)

    def mark_dirty(self, *_args: object) -> None:
        """Note that something changed; the next visible tick redraws (usable as a slot)."""
        self._dirty = True

    def is_due(self) -> bool:
        return self._dirty

    def redraw(self) -> None:
        raise NotImplementedError

    def is_on_screen(self) -> bool:
        """Shown, in a window that is not minimised, and not behind another tab of its dock area
        (Qt keeps a tabbed-away dock "visible" but gives it an empty visible region)."""
        window = self.window()
        return self.isVisible() and not window.isMinimized() and not self.visibleRegion().isEmpty()

    def _on_tick(self) -> None:
        if not self.is_on_screen() or not self.is_due():
            return
        self._dirty = False
        self.redraw_count += 1
        self.redraw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._dirty = True
        QTimer.singleShot(0, self, self._on_tick)  # catch up at once rather than at the next tick
