"""Keyboard-wedge readers: turn ``core.wedge`` detector scans into ``TagScanned`` events.

The reader is a keyboard, so the key presses arrive in the GUI: its enroll field (or an event
filter) calls ``feed(char)`` for every typed character and ``"\\n"`` for Enter, and decides
what to do with the text when ``feed`` returns a scan. Nothing needs installing or starting, so
the status is always ready. Scans are debounced like PC/SC scans (a reader that re-types the UID
of a card left on it every half second gives one scan).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

from arthexis_desktop.core.events import EventBus, TagScanned
from arthexis_desktop.core.wedge import ScanDebouncer, WedgeConfig, WedgeDetector, WedgeScan
from arthexis_desktop.integrations.rfid.service import (
    ReaderInfo,
    ReaderState,
    ReaderStatus,
    ScanCallback,
    ServiceState,
    StatusCallback,
)

log = logging.getLogger(__name__)

BACKEND = "keyboard"


class KeyboardWedgeReader:
    """A ``ReaderService`` fed by the GUI; ``feed`` returns the ``TagScanned`` it published."""

    def __init__(
        self,
        bus: EventBus | None = None,
        *,
        name: str = "Keyboard reader",
        config: WedgeConfig | None = None,
        debounce_s: float = 1.0,
        on_scan: ScanCallback | None = None,
        on_status: StatusCallback | None = None,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.name = name
        self.on_scan = on_scan
        self.on_status = on_status
        self.detector = WedgeDetector(config or WedgeConfig())
        self._bus = bus
        self._debouncer = ScanDebouncer(window_s=debounce_s)
        self._clock = clock
        self._now = now
        self._last_uid: str | None = None

    def start(self) -> None:
        if self.on_status is not None:
            self.on_status(self.status())

    async def stop(self) -> None:
        self.detector.reset()

    def status(self) -> ReaderStatus:
        reader = ReaderInfo(self.name, ReaderState.EMPTY, last_uid=self._last_uid)
        return ReaderStatus(BACKEND, ServiceState.READY, (reader,), detail="reads what the reader types")

    def feed(self, char: str, at_s: float | None = None) -> TagScanned | None:
        """One typed character (Enter as ``"\\n"`` or ``"\\r"``), stamped now unless ``at_s``."""
        scan = self.detector.feed(char, self._clock() if at_s is None else at_s)
        return None if scan is None else self.publish(scan)

    def publish(self, scan: WedgeScan) -> TagScanned | None:
        """Debounce a detector scan and publish it; None when it repeats the previous scan."""
        if not self._debouncer.accept(scan.uid, scan.at_s):
            log.debug("RFID: keyboard scan %s debounced", scan.uid)
            return None
        event = TagScanned(reader=self.name, uid=scan.uid, raw=scan.raw, at=self._now(), source=BACKEND)
        self._last_uid = scan.uid
        if self._bus is not None:
            self._bus.publish(event)
        if self.on_scan is not None:
            try:
                self.on_scan(event)
            except Exception:
                log.exception("RFID: on_scan callback failed")
        return event
