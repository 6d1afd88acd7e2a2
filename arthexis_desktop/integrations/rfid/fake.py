"""A ``ReaderService`` without hardware, for GUI and service tests and demos.

``present(uid)`` behaves like a card put on a reader (debounced the same way as the real
backends, ``TagScanned(source="pcsc")`` on the bus); ``set_state`` shows any status, e.g. the
"no PC/SC service" text a panel has to display.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from arthexis_desktop.core.events import EventBus, TagScanned
from arthexis_desktop.core.rfid import normalize_uid
from arthexis_desktop.core.wedge import ScanDebouncer
from arthexis_desktop.integrations.rfid.service import (
    ReaderInfo,
    ReaderState,
    ReaderStatus,
    ScanCallback,
    ServiceState,
    StatusCallback,
)


class FakeReaderService:
    def __init__(
        self,
        bus: EventBus | None = None,
        *,
        readers: tuple[str, ...] = ("Fake reader 00",),
        debounce_s: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        on_scan: ScanCallback | None = None,
        on_status: StatusCallback | None = None,
    ) -> None:
        self.on_scan = on_scan
        self.on_status = on_status
        self._bus = bus
        self._clock = clock
        self._debouncer = ScanDebouncer(window_s=debounce_s)
        self._status = ReaderStatus("fake", ServiceState.STOPPED)
        self._readers = readers

    def start(self) -> None:
        infos = tuple(ReaderInfo(name, ReaderState.EMPTY) for name in self._readers)
        self.set_state(ServiceState.READY if infos else ServiceState.NO_READERS, readers=infos)

    async def stop(self) -> None:
        self.set_state(ServiceState.STOPPED, readers=())

    def status(self) -> ReaderStatus:
        return self._status

    def set_state(
        self,
        state: ServiceState,
        *,
        readers: tuple[ReaderInfo, ...] | None = None,
        detail: str = "",
        fix: str | None = None,
        last_error: str | None = None,
    ) -> None:
        current = self._status.readers if readers is None else readers
        self._status = ReaderStatus("fake", state, current, detail=detail, fix=fix, last_error=last_error)
        if self.on_status is not None:
            self.on_status(self._status)

    def present(self, uid: str, *, reader: str | None = None, at_s: float | None = None) -> TagScanned | None:
        """A card on ``reader`` (the first one by default); the scan, or None when debounced."""
        normalised = normalize_uid(uid)
        if not self._debouncer.accept(normalised, self._clock() if at_s is None else at_s):
            return None
        name = reader or (self._readers[0] if self._readers else "Fake reader 00")
        scan = TagScanned(reader=name, uid=normalised, raw=uid, at=datetime.now(UTC), source="pcsc")
        if self._bus is not None:
            self._bus.publish(scan)
        if self.on_scan is not None:
            self.on_scan(scan)
        return scan
