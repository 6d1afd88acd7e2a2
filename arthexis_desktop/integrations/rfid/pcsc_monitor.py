"""The PC/SC watcher thread: card insert/remove on every reader, readers coming and going.

The same observer idea as pyscard's ``CardMonitor`` + ``ReaderMonitor``, written on pyscard's
``smartcard.scard`` layer because those two classes do not fit a long-running app: they are
process-wide singletons, their thread stops for good when the PC/SC service is missing (so
starting pcscd later never helps), and stopping waits up to a minute. This thread owns one
context, re-establishes it every ``retry_s`` while the service is missing, wakes at once on
``stop`` (``SCardCancel``), and learns about plugged and unplugged readers from the PnP
pseudo-reader plus a re-list on every turn (platforms without PnP notification still work).

On a newly present card it reads the UID with ``FF CA 00 00 00`` (PC/SC part 3 "get data")
and reports to a ``MonitorSink`` — on this thread; the sink hands over to the event loop.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from arthexis_desktop.core.rfid import normalize_uid
from arthexis_desktop.integrations.rfid.pcsc_card import (
    SECURITY_VIOLATION,
    CardInserted,
    CardReadError,
    CardRemoved,
    MonitorSink,
    error_message,
    read_uid,
)
from arthexis_desktop.integrations.rfid.service import (
    ACCESS_FIX,
    NO_READERS_FIX,
    ReaderInfo,
    ReaderState,
    ReaderStatus,
    ServiceState,
    service_fix,
)

log = logging.getLogger(__name__)

PNP_READER = "\\\\?PnP?\\Notification"
READ_RETRIES = 5  # a card that fails to connect/transmit is read again this many times...
RETRY_MS = 100  # ...this often


@dataclass(slots=True)
class _Reader:
    name: str
    known_state: int = 0  # the event state of the last answer, passed back to GetStatusChange
    present: bool = False
    info: ReaderInfo | None = None
    retries: int = 0  # reads left after a failed connect/transmit (card not settled, or swapped)


class PcscMonitor(threading.Thread):
    """Runs until ``stop``; ``snapshot`` may be called from any thread."""

    def __init__(
        self,
        scard: Any,
        sink: MonitorSink,
        *,
        retry_s: float = 3.0,
        poll_timeout_s: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(name="pcsc-monitor", daemon=True)
        self._sc = scard
        self._sink = sink
        self._retry_s = retry_s
        self._poll_ms = max(1, int(poll_timeout_s * 1000))
        self._clock = clock
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._context: Any = None
        self._readers: dict[str, _Reader] = {}
        self._pnp = True  # cleared when the platform rejects the PnP pseudo-reader
        self._pnp_state = 0
        self._unknown_reader_streak = 0
        self._status: tuple[ServiceState, str, str | None, str | None]  # state, detail, fix, error
        self._status = (ServiceState.STARTING, "", None, None)

    # -- any thread -----------------------------------------------------------------------------

    def snapshot(self, backend: str = "pcsc") -> ReaderStatus:
        with self._lock:
            readers = tuple(r.info or ReaderInfo(r.name, ReaderState.EMPTY) for r in self._readers.values())
            state, detail, fix, error = self._status
        return ReaderStatus(backend, state, readers, detail=detail, fix=fix, last_error=error)

    def stop(self) -> None:
        self._stopping.set()
        context = self._context
        if context is not None:
            try:  # wakes a blocked SCardGetStatusChange at once
                self._sc.SCardCancel(context)
            except Exception:  # the context may be going away on the monitor thread right now
                log.debug("SCardCancel failed", exc_info=True)

    # -- monitor thread -------------------------------------------------------------------------

    def run(self) -> None:
        try:
            while not self._stopping.is_set():
                try:
                    self._turn()
                except Exception as exc:  # a pyscard surprise must not kill the watcher
                    log.exception("PC/SC monitor error")
                    self._drop_context()
                    self._set_state(ServiceState.ERROR, detail="PC/SC error", error=repr(exc))
                    self._stopping.wait(self._retry_s)
        finally:
            self._drop_context()
            with self._lock:
                self._readers.clear()
            self._set_state(ServiceState.STOPPED, detail="stopped")

    def _turn(self) -> None:
        if self._context is None and not self._establish():
            self._stopping.wait(self._retry_s)
            return
        if not self._list_readers():
            return
        entries = [(r.name, r.known_state) for r in self._readers.values()]
        if self._pnp:
            entries.insert(0, (PNP_READER, self._pnp_state))
        if not entries:  # no readers and no PnP notification: poll the list
            self._stopping.wait(self._poll_ms / 1000)
            return
        retrying = [r for r in self._readers.values() if r.present and r.retries > 0]
        timeout_ms = min(self._poll_ms, RETRY_MS) if retrying else self._poll_ms
        hr, results = self._sc.SCardGetStatusChange(self._context, timeout_ms, entries)
        if hr == self._sc.SCARD_E_CANCELLED:
            return
        if hr not in (self._sc.SCARD_S_SUCCESS, self._sc.SCARD_E_TIMEOUT):
            self._status_change_failed(hr)
            return
        self._unknown_reader_streak = 0
        changed: set[str] = set()
        for name, event_state, _atr in results if hr == self._sc.SCARD_S_SUCCESS else ():
            if name == PNP_READER:
                self._pnp_state = event_state & ~self._sc.SCARD_STATE_CHANGED
            elif name in self._readers:
                changed.add(name)
                self._reader_changed(self._readers[name], event_state)
        for reader in retrying:
            if reader.name not in changed and reader.present and reader.retries > 0:
                reader.retries -= 1
                self._read_card(reader, retry=True)

    def _establish(self) -> bool:
        hr, context = self._sc.SCardEstablishContext(self._sc.SCARD_SCOPE_USER)
        if hr == self._sc.SCARD_S_SUCCESS:
            self._context = context
            log.info("PC/SC context established")
            return True
        if hr == getattr(self._sc, "SCARD_W_SECURITY_VIOLATION", SECURITY_VIOLATION):
            state, detail, fix = ServiceState.NO_ACCESS, "the PC/SC service refuses this user", ACCESS_FIX
        else:
            state, detail, fix = ServiceState.NO_SERVICE, "the PC/SC service is not running", service_fix()
        self._set_state(state, detail=detail, fix=fix, error=self._message(hr))
        return False

    def _drop_context(self) -> None:
        context, self._context = self._context, None
        self._pnp_state = 0
        if context is not None:
            try:
                self._sc.SCardReleaseContext(context)
            except Exception:
                log.debug("SCardReleaseContext failed", exc_info=True)

    def _list_readers(self) -> bool:
        hr, names = self._sc.SCardListReaders(self._context, [])
        if hr == self._sc.SCARD_E_NO_READERS_AVAILABLE or (hr == self._sc.SCARD_S_SUCCESS and not names):
            names = []
        elif hr != self._sc.SCARD_S_SUCCESS:
            self._service_lost(hr)
            return False
        removed: list[CardRemoved] = []
        with self._lock:
            changed = set(self._readers) != set(names)
            for gone in set(self._readers) - set(names):
                reader = self._readers.pop(gone)
                log.info("PC/SC reader unplugged: %s", gone)
                if reader.present:
                    uid = reader.info.last_uid if reader.info else None
                    removed.append(CardRemoved(gone, uid, self._clock()))
            for name in names:
                if name not in self._readers:
                    log.info("PC/SC reader found: %s", name)
                    self._readers[name] = _Reader(name)
        for event in removed:
            self._sink.card_removed(event)
        if changed:
            self._sink.status_changed()
        if names:
            self._set_state(ServiceState.READY, detail=f"{len(names)} reader(s)")
        else:
            self._set_state(
                ServiceState.NO_READERS, detail="no PC/SC reader is connected", fix=NO_READERS_FIX
            )
        return True

    def _status_change_failed(self, hr: int) -> None:
        if hr in (self._sc.SCARD_E_UNKNOWN_READER, self._sc.SCARD_E_READER_UNAVAILABLE):
            # A reader vanished between list and wait (the next turn re-lists), or, when it keeps
            # happening, this platform has no PnP pseudo-reader: poll the reader list instead.
            self._unknown_reader_streak += 1
            if self._unknown_reader_streak >= 2 and self._pnp:
                log.info("PC/SC: no PnP notification here; polling the reader list")
                self._pnp = False
            elif self._unknown_reader_streak >= 3:
                self._stopping.wait(self._poll_ms / 1000)
            return
        self._service_lost(hr)

    def _service_lost(self, hr: int) -> None:
        log.warning("PC/SC service lost: %s", self._message(hr))
        self._drop_context()
        with self._lock:
            self._readers.clear()
        if hr in (self._sc.SCARD_E_NO_SERVICE, self._sc.SCARD_E_SERVICE_STOPPED):
            detail, fix, error = "the PC/SC service stopped", service_fix(), self._message(hr)
            self._set_state(ServiceState.NO_SERVICE, detail=detail, fix=fix, error=error)
            self._stopping.wait(min(self._retry_s, 0.5))  # often a restart: look again soon
        else:
            self._set_state(ServiceState.ERROR, detail="PC/SC error", error=self._message(hr))
            self._stopping.wait(self._retry_s)

    def _reader_changed(self, reader: _Reader, event_state: int) -> None:
        sc = self._sc
        previous, reader.known_state = reader.known_state, event_state & ~sc.SCARD_STATE_CHANGED
        if not event_state & sc.SCARD_STATE_CHANGED:
            return
        present = bool(event_state & sc.SCARD_STATE_PRESENT)
        # the high word counts insertions/removals: a card swapped between two polls moves it
        counter_moved = (event_state >> 16) != (previous >> 16)
        if present and (not reader.present or counter_moved):
            reader.present = True
            reader.retries = READ_RETRIES
            self._read_card(reader)
        elif not present and reader.present:
            reader.present = False
            uid = reader.info.last_uid if reader.info else None
            self._update_reader(reader, ReaderInfo(reader.name, ReaderState.EMPTY, last_uid=uid))
            self._sink.card_removed(CardRemoved(reader.name, uid, self._clock()))

    def _read_card(self, reader: _Reader, *, retry: bool = False) -> None:
        at, at_s = datetime.now(UTC), self._clock()
        last_uid = reader.info.last_uid if reader.info else None
        try:
            raw = read_uid(self._sc, self._context, reader.name)
        except CardReadError as exc:
            if not exc.transient:
                reader.retries = 0  # the card answered: it has no UID to give, asking again won't help
            log.log(logging.DEBUG if retry else logging.INFO, "PC/SC card on %s: %s", reader.name, exc)
            info = ReaderInfo(reader.name, ReaderState.UNREADABLE, last_uid=last_uid, last_error=str(exc))
            self._update_reader(reader, info)
            return
        reader.retries = 0
        uid = normalize_uid(raw)
        self._update_reader(reader, ReaderInfo(reader.name, ReaderState.CARD, last_uid=uid))
        self._sink.card_inserted(CardInserted(reader.name, uid, raw, at, at_s))

    # -- state ----------------------------------------------------------------------------------

    def _update_reader(self, reader: _Reader, info: ReaderInfo) -> None:
        with self._lock:
            reader.info = info
        self._sink.status_changed()

    def _set_state(
        self, state: ServiceState, *, detail: str, fix: str | None = None, error: str | None = None
    ) -> None:
        with self._lock:
            if self._status == (state, detail, fix, error):
                return
            self._status = (state, detail, fix, error)
        log.info("PC/SC status: %s (%s)", state.value, detail)
        self._sink.status_changed()

    def _message(self, hr: int) -> str:
        return error_message(self._sc, hr)
