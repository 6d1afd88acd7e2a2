"""Domain events (past tense) and the in-process event bus.

The central system and the services publish these; the GUI bridge re-emits them as Qt signals and
the live fleet state folds them. The bus is synchronous and runs on the event-loop thread: a
subscriber must be quick (buffer, then work on a clock), and an exception in one subscriber is
logged and never reaches the publisher or the other subscribers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from arthexis_desktop.core.model import (
    AdmissionState,
    AuthDecision,
    BootInfo,
    CommandRecord,
    ConnectorStatus,
    Direction,
    MeterReading,
    Transaction,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Event:
    """Base class of every event."""


@dataclass(frozen=True, slots=True)
class BrokerStarted(Event):
    urls: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class BrokerStopped(Event):
    pass


@dataclass(frozen=True, slots=True)
class BrokerFailed(Event):
    """The listener could not bind (port taken, no permission...)."""

    host: str
    port: int
    reason: str


@dataclass(frozen=True, slots=True)
class ChargerConnected(Event):
    charger_id: str
    protocol: str
    remote: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ChargerDisconnected(Event):
    charger_id: str
    code: int | None
    reason: str
    at: datetime


@dataclass(frozen=True, slots=True)
class BootNotified(Event):
    charger_id: str
    info: BootInfo
    status: str  # Accepted | Pending | Rejected
    known_before: bool
    at: datetime


@dataclass(frozen=True, slots=True)
class AdmissionChanged(Event):
    charger_id: str
    state: AdmissionState


@dataclass(frozen=True, slots=True)
class HeartbeatReceived(Event):
    charger_id: str
    at: datetime


@dataclass(frozen=True, slots=True)
class ConnectorStatusChanged(Event):
    status: ConnectorStatus


@dataclass(frozen=True, slots=True)
class TagPresented(Event):
    charger_id: str
    decision: AuthDecision
    purpose: str  # Authorize | StartTransaction | StopTransaction
    at: datetime


@dataclass(frozen=True, slots=True)
class TransactionStarted(Event):
    transaction: Transaction
    replayed: bool = False


@dataclass(frozen=True, slots=True)
class TransactionStopped(Event):
    transaction: Transaction


@dataclass(frozen=True, slots=True)
class MeterSampled(Event):
    charger_id: str
    connector_id: int
    transaction_id: int | None
    readings: tuple[MeterReading, ...]


@dataclass(frozen=True, slots=True)
class FrameLogged(Event):
    charger_id: str
    direction: Direction
    text: str
    at: datetime


@dataclass(frozen=True, slots=True)
class CommandCompleted(Event):
    command: CommandRecord


@dataclass(frozen=True, slots=True)
class ChargerNotified(Event):
    """A notification-type message (DataTransfer, Diagnostics/FirmwareStatusNotification)."""

    charger_id: str
    action: str
    payload: dict[str, Any]
    at: datetime


E = TypeVar("E", bound=Event)
Handler = Callable[[Any], None]


class EventBus:
    """Synchronous publish/subscribe keyed by event type (exact type or ``Event`` for all)."""

    def __init__(self) -> None:
        self._handlers: dict[type[Event], list[Handler]] = {}

    def subscribe(self, event_type: type[E], handler: Callable[[E], None]) -> Callable[[], None]:
        """Register ``handler``; returns a function that unsubscribes it."""
        self._handlers.setdefault(event_type, []).append(handler)

        def unsubscribe() -> None:
            handlers = self._handlers.get(event_type, [])
            if handler in handlers:
                handlers.remove(handler)

        return unsubscribe

    def publish(self, event: Event) -> None:
        for key in (type(event), Event):
            for handler in tuple(self._handlers.get(key, ())):
                try:
                    handler(event)
                except Exception:  # a broken subscriber must not break the broker
                    log.exception("event handler %r failed on %s", handler, type(event).__name__)


@dataclass(frozen=True, slots=True)
class TagScanned(Event):
    """An RFID card was presented to a reader on this computer (not at a charger: TagPresented).

    ``uid`` is normalised (``core.rfid.normalize_uid``: upper-case hex, no separators); ``raw`` is
    what the reader gave (hex of the PC/SC answer, or the characters a keyboard-wedge reader typed).
    One physical presentation is one event: readers debounce (same UID within 1 s, card left on
    the reader).
    """

    reader: str
    uid: str
    raw: str
    at: datetime
    source: str  # pcsc | keyboard


# ---- tag register, local lists, reservations (issue 6) ----------------------------------------


@dataclass(frozen=True, slots=True)
class TagRegisterChanged(Event):
    """Tags or accounts were created, changed or deleted (``uids`` empty: many or accounts)."""

    uids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LocalListSent(Event):
    """A SendLocalList was answered (or failed: ``status`` "error" and ``error`` set)."""

    charger_id: str
    update_type: str  # Full | Differential
    version: int
    status: str  # Accepted | Failed | NotSupported | VersionMismatch | error
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ReservationUpdated(Event):
    """A reservation was created, answered, cancelled, used or expired."""

    reservation_id: int
    charger_id: str
    connector_id: int
    state: str  # core.model.ReservationState value
