"""Run Python's cyclic garbage collector on the Qt main thread only.

Python collects reference cycles in whichever thread happens to allocate past the threshold.
Here that is often the storage worker thread, and a Qt object freed there (qasync's timer, a
widget in a cycle) is destroyed off its thread: Qt then fires a timer at freed memory and the
process segfaults (seen in the GUI tests, see tests/gui/conftest.py). The guard disables
automatic collection and collects on a main-thread timer instead: young generations often,
everything now and then. Reference counting still frees everything that is not in a cycle
immediately, so memory does not grow between collections in any noticeable way.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_EVERY_MS = 1000
FULL_EVERY_TICKS = 60


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(YOUNG_EVERY_MS)
        self._timer.timeout.connect(self._collect)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def _collect(self) -> None:
        self._ticks += 1
        gc.collect(2 if self._ticks % FULL_EVERY_TICKS == 0 else 1)
