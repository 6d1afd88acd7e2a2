"""Ports: what the central system needs from storage, as Protocols.

``csms`` depends only on these; ``storage.Storage`` implements all of them; tests and the app wire
the real storage in. Every coroutine here must be safe to call from the event loop: the
implementation does its database work on its own worker thread and never blocks the loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from arthexis_desktop.core.model import (
    AdmissionPolicy,
    AuthDecision,
    AuthorizationPolicy,
    BootDecision,
    BootInfo,
    ChargerRecord,
    CommandRecord,
    ConnectorStatus,
    FrameRecord,
    MeterReading,
    Transaction,
)


class ChargerDirectory(Protocol):
    async def charger(self, charger_id: str) -> ChargerRecord | None:
        """The stored charger with its connectors, or None if never seen."""

    async def register_boot(
        self,
        charger_id: str,
        info: BootInfo,
        *,
        policy: AdmissionPolicy,
        protocol: str,
        at: datetime,
    ) -> BootDecision:
        """Atomically decide admission (core.policies.decide_admission) and store boot data."""

    async def record_connection(self, charger_id: str, *, protocol: str, remote: str, at: datetime) -> None:
        """A WebSocket session opened: remember protocol, address and last-seen time."""

    async def record_disconnection(self, charger_id: str, *, at: datetime) -> None:
        """The current session of the charger closed."""

    async def touch(self, charger_id: str, at: datetime) -> None:
        """Last-seen time (Heartbeat and any other message); coalesced per batch."""

    async def record_status(self, status: ConnectorStatus, *, received_at: datetime) -> None:
        """Store a connector's current status and append it to the status history."""

    async def record_notification(
        self, charger_id: str, action: str, payload: dict[str, Any], *, at: datetime
    ) -> None:
        """DataTransfer / DiagnosticsStatusNotification / FirmwareStatusNotification content."""


class TagAuthorizer(Protocol):
    async def authorize(
        self,
        charger_id: str,
        id_tag: str,
        *,
        policy: AuthorizationPolicy,
        at: datetime,
        check_concurrent: bool = False,
        purpose: str = "Authorize",
    ) -> AuthDecision:
        """Judge a presented idTag (core.policies.decide_authorization, with the register and the
        tag's account).

        Records the sighting (``first/last_seen_at`` of a known tag, or an entry in the
        unknown-tag list) and the decision in the tag's history with ``purpose`` (Authorize,
        StartTransaction, StopTransaction). ``check_concurrent`` asks whether the tag has an
        active transaction already.
        """


class TransactionStore(Protocol):
    async def start_transaction(
        self,
        *,
        charger_id: str,
        connector_id: int,
        id_tag: str,
        meter_start_wh: float,
        start_time: datetime,
        auth_status: str,
        reservation_id: int | None = None,
    ) -> tuple[Transaction, bool]:
        """Create the transaction, or return the identical one already stored (replay).

        Returns ``(transaction, replayed)``. A replay is a StartTransaction with the same charger,
        connector, idTag, meterStart and timestamp as a stored one.
        """

    async def stop_transaction(
        self,
        *,
        charger_id: str,
        transaction_id: int,
        meter_stop_wh: float,
        stop_time: datetime,
        stop_reason: str | None,
        id_tag: str | None,
        readings: Sequence[MeterReading] = (),
    ) -> Transaction:
        """Close the transaction; an unknown id (or one of another charger) is recorded as an
        orphan transaction so the stop is never lost. Stores ``readings`` (transactionData)."""

    async def store_meter_values(
        self,
        *,
        charger_id: str,
        connector_id: int,
        transaction_id: int | None,
        readings: Sequence[MeterReading],
    ) -> None:
        """Store every sampled value (bulk insert, batched with other writes)."""


class FrameSink(Protocol):
    def log_frame(self, frame: FrameRecord) -> None:
        """Queue a raw frame for the bounded per-charger log. Never blocks, never raises."""


class CommandLog(Protocol):
    async def record_command(self, command: CommandRecord) -> CommandRecord:
        """Store a new command (outcome ``pending``); returns it with its id."""

    async def complete_command(self, command: CommandRecord) -> None:
        """Store the outcome of a command (matched by id)."""


class CsmsStorage(ChargerDirectory, TagAuthorizer, TransactionStore, FrameSink, CommandLog, Protocol):
    """Everything the central system needs, in one object."""
