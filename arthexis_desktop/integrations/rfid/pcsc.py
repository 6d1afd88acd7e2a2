"""PC/SC readers through pyscard: the ``ReaderService`` the app starts.

``PcscReaderService.start()`` (on the event-loop thread) loads pyscard lazily and starts the
``PcscMonitor`` thread. The monitor reports on its own thread; this class hands every report to
the loop with ``loop.call_soon_threadsafe`` and there debounces (``core.wedge.ScanDebouncer``:
same UID within ``debounce_s`` of its last sighting, removal included, is one scan), publishes
``TagScanned(source="pcsc")`` on the bus and calls ``on_scan``. Status changes call ``on_status``
with a fresh ``ReaderStatus``, also on the loop thread.

Nothing here raises because pyscard, the PC/SC service or a reader is missing: pyscard missing is
``NO_DRIVER`` (permanent until restart), the service missing is ``NO_SERVICE`` and is retried every
``retry_s``, so starting pcscd later works without restarting the app.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from arthexis_desktop.core.events import EventBus, TagScanned
from arthexis_desktop.core.wedge import ScanDebouncer
from arthexis_desktop.integrations.rfid.pcsc_card import CardInserted, CardRemoved
from arthexis_desktop.integrations.rfid.pcsc_monitor import PcscMonitor
from arthexis_desktop.integrations.rfid.service import (
    ReaderStatus,
    ScanCallback,
    ServiceState,
    StatusCallback,
    driver_fix,
)

log = logging.getLogger(__name__)

BACKEND = "pcsc"


def load_pyscard() -> tuple[Any, str | None]:
    """``(smartcard.scard module, None)``, or ``(None, why it cannot be loaded)``."""
    try:
        from smartcard import scard  # a plain import, so PyInstaller bundles it
    except ImportError as exc:  # not installed, or libpcsclite.so.1 missing underneath it
        return None, f"pyscard cannot be loaded: {exc}"
    except OSError as exc:
        return None, f"pyscard cannot be loaded: {exc}"
    return scard, None


class PcscReaderService:
    """Every PC/SC reader on this computer, several at once, plugged and unplugged at will."""

    def __init__(
        self,
        bus: EventBus | None = None,
        *,
        on_scan: ScanCallback | None = None,
        on_status: StatusCallback | None = None,
        retry_s: float = 3.0,
        poll_timeout_s: float = 0.5,
        debounce_s: float = 1.0,
        scard: Any = None,
    ) -> None:
        self.on_scan = on_scan
        self.on_status = on_status
        self._bus = bus
        self._retry_s = retry_s
        self._poll_timeout_s = poll_timeout_s
        self._scard = scard  # tests may pass a stand-in for smartcard.scard
        self._debouncer = ScanDebouncer(window_s=debounce_s)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._monitor: PcscMonitor | None = None
        self._driver_error: str | None = None
        self._last_scan: TagScanned | None = None

    @property
    def last_scan(self) -> TagScanned | None:
        return self._last_scan

    def start(self) -> None:
        """Call on the event-loop thread while the loop runs (e.g. in ``Runtime.start``)."""
        if self._monitor is not None:
            return
        self._loop = asyncio.get_running_loop()
        scard = self._scard
        if scard is None:
            scard, self._driver_error = load_pyscard()
        if scard is None:
            log.warning("RFID: %s", self._driver_error)
            self._deliver_status()
            return
        self._driver_error = None
        self._monitor = PcscMonitor(
            scard, self, retry_s=self._retry_s, poll_timeout_s=self._poll_timeout_s, clock=time.monotonic
        )
        self._monitor.start()

    async def stop(self, timeout_s: float = 5.0) -> None:
        monitor, self._monitor = self._monitor, None
        if monitor is None:
            return
        monitor.stop()  # wakes the thread at once (SCardCancel)
        await asyncio.to_thread(monitor.join, timeout_s)  # never block the loop on join
        if monitor.is_alive():
            log.warning("RFID: the PC/SC monitor thread did not stop within %.1f s", timeout_s)
        self._deliver_status()

    def status(self) -> ReaderStatus:
        if self._driver_error is not None:
            return ReaderStatus(
                BACKEND,
                ServiceState.NO_DRIVER,
                detail="pyscard (the PC/SC package) is not available",
                fix=driver_fix(),
                last_error=self._driver_error,
            )
        monitor = self._monitor
        if monitor is None:
            return ReaderStatus(BACKEND, ServiceState.STOPPED, detail="stopped")
        return monitor.snapshot(BACKEND)

    # -- MonitorSink: called on the monitor thread ----------------------------------------------

    def card_inserted(self, event: CardInserted) -> None:
        self._post(self._deliver_scan, event)

    def card_removed(self, event: CardRemoved) -> None:
        self._post(self._deliver_removal, event)

    def status_changed(self) -> None:
        self._post(self._deliver_status)

    def _post(self, callback: Callable[..., None], *args: Any) -> None:
        loop = self._loop
        if loop is None:
            return
        try:
            loop.call_soon_threadsafe(callback, *args)
        except RuntimeError:  # the loop is closed: the app is shutting down
            log.debug("RFID: event loop closed, report dropped")

    # -- on the loop thread ---------------------------------------------------------------------

    def _deliver_scan(self, event: CardInserted) -> None:
        if self._monitor is None:
            return  # stopped meanwhile
        if not self._debouncer.accept(event.uid, event.at_s):
            log.debug("RFID: %s on %s debounced", event.uid, event.reader)
            return
        scan = TagScanned(reader=event.reader, uid=event.uid, raw=event.raw, at=event.at, source=BACKEND)
        self._last_scan = scan
        log.info("RFID: scanned %s on %s", scan.uid, scan.reader)
        if self._bus is not None:
            self._bus.publish(scan)
        if self.on_scan is not None:
            try:
                self.on_scan(scan)
            except Exception:
                log.exception("RFID: on_scan callback failed")

    def _deliver_removal(self, event: CardRemoved) -> None:
        if event.uid:
            self._debouncer.touch(event.uid, event.at_s)

    def _deliver_status(self) -> None:
        if self.on_status is None:
            return
        try:
            self.on_status(self.status())
        except Exception:
            log.exception("RFID: on_status callback failed")
