"""Reservations: ReserveNow / CancelReservation for a register tag on a connector, with expiry.

Fixes the original's ⚠ §11.11: OCPP 1.6 ReserveNow has no start time, so a reservation holds the
connector from when it is sent until ``expires_at`` and nothing pretends otherwise; the request
carries exactly connectorId, expiryDate (UTC), idTag, parentIdTag (when the tag has a parent) and
reservationId (the stored id). The stored state follows the charger's answers; expiry is enforced
in storage (an active reservation past its expiry is marked expired, also by a periodic sweep, and
a StartTransaction naming it does not use it); a StartTransaction naming an active reservation
links the transaction to it (state ``used``). Enforcement at the connector is the charger's job.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from arthexis_desktop.core.errors import ArthexisError, InvalidCommandError
from arthexis_desktop.core.events import EventBus, ReservationUpdated, TransactionStarted
from arthexis_desktop.core.model import Reservation, ReservationState
from arthexis_desktop.core.policies import MAX_LIST_ID_TAG
from arthexis_desktop.core.timestamps import format_ocpp_datetime, utc_now
from arthexis_desktop.csms.tasks import TaskSet
from arthexis_desktop.services.commands import Caller
from arthexis_desktop.storage import Storage

log = logging.getLogger(__name__)

MIN_AHEAD = timedelta(seconds=10)  # an expiry closer than this is refused (default)
SWEEP_INTERVAL_S = 30.0


class ReservationService:
    def __init__(
        self,
        storage: Storage,
        caller: Caller,
        bus: EventBus,
        *,
        sweep_interval_s: float = SWEEP_INTERVAL_S,
        min_ahead: timedelta = MIN_AHEAD,
    ) -> None:
        self._storage = storage
        self._caller = caller
        self._bus = bus
        self._sweep_interval_s = sweep_interval_s
        self._min_ahead = min_ahead
        self._tasks = TaskSet()
        self._unsubscribe: Callable[[], None] | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Sweep expired reservations periodically; report reservations used by a start."""
        if self._unsubscribe is not None:
            return
        self._unsubscribe = self._bus.subscribe(TransactionStarted, self._on_started)
        self._tasks.spawn(self._sweep_forever(), name="reservation-sweep")

    async def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        await self._tasks.cancel_all()

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(self._sweep_interval_s)
            try:
                await self.expire_due()
            except ArthexisError as exc:
                log.warning("reservation sweep failed: %s", exc)

    def _on_started(self, event: TransactionStarted) -> None:
        reservation_id = event.transaction.reservation_id
        if reservation_id is not None and not event.replayed:
            self._tasks.spawn(self._report(reservation_id), name=f"reservation-{reservation_id}")

    async def _report(self, reservation_id: int) -> None:
        try:
            self._published(await self._storage.reservation(reservation_id))
        except ArthexisError:
            pass  # a reservationId we never issued: logged by storage

    def _published(self, reservation: Reservation) -> Reservation:
        self._bus.publish(
            ReservationUpdated(
                reservation.id, reservation.charger_id, reservation.connector_id, reservation.state.value
            )
        )
        return reservation

    # ------------------------------------------------------------------ use cases

    async def reservations(
        self, *, charger_id: str | None = None, active: bool | None = None, limit: int = 500
    ) -> list[Reservation]:
        """Newest first (expired ones are marked before listing)."""
        return await self._storage.list_reservations(charger_id=charger_id, active=active, limit=limit)

    async def reservation(self, reservation_id: int) -> Reservation:
        return await self._storage.reservation(reservation_id)

    async def reserve(
        self, charger_id: str, *, connector_id: int, id_tag: str, expires_at: datetime
    ) -> Reservation:
        """Reserve ``connector_id`` (0: any, if the charger supports it) for a register tag until
        ``expires_at``. Returns the reservation in the state the charger's answer put it in
        (accepted, or refused with the charger's status); when no answer came, it is stored as
        failed and the error (not connected, timeout, CALLERROR) is raised."""
        if isinstance(connector_id, bool) or not isinstance(connector_id, int) or connector_id < 0:
            raise InvalidCommandError("connector must be a whole number, 0 or more")
        if expires_at.tzinfo is None or expires_at.utcoffset() is None:
            raise InvalidCommandError("the expiry needs a time zone")
        if expires_at < utc_now() + self._min_ahead:
            raise InvalidCommandError("the expiry must be in the future")
        tag = await self._storage.tag(id_tag)
        if tag is None:
            raise InvalidCommandError(f"tag {id_tag!r} is not in the register")
        if not tag.allowed:
            raise InvalidCommandError(f"tag {tag.uid} is blocked")
        if tag.expires_at is not None and tag.expires_at <= expires_at:
            raise InvalidCommandError(f"tag {tag.uid} expires before the reservation ends")
        if len(tag.uid) > MAX_LIST_ID_TAG:
            raise InvalidCommandError(f"tag {tag.uid} is too long for an OCPP 1.6 idTag")
        parent = tag.parent_uid if tag.parent_uid and len(tag.parent_uid) <= MAX_LIST_ID_TAG else None
        reservation = await self._storage.create_reservation(
            charger_id=charger_id,
            connector_id=connector_id,
            id_tag=tag.uid,
            parent_id_tag=parent,
            expires_at=expires_at,
        )
        self._published(reservation)
        payload: dict[str, object] = {
            "connectorId": connector_id,
            "expiryDate": format_ocpp_datetime(expires_at),
            "idTag": tag.uid,
            "reservationId": reservation.id,
        }
        if parent is not None:
            payload["parentIdTag"] = parent
        try:
            reply = await self._caller.call(charger_id, "ReserveNow", payload)
        except ArthexisError as exc:
            self._published(
                await self._storage.record_reservation_outcome(
                    reservation.id, state=ReservationState.FAILED, error=str(exc)
                )
            )
            raise
        status = str(reply.get("status", ""))
        state = ReservationState.ACCEPTED if status == "Accepted" else ReservationState.REFUSED
        return self._published(
            await self._storage.record_reservation_outcome(reservation.id, state=state, charger_status=status)
        )

    async def cancel(self, reservation_id: int) -> Reservation:
        """CancelReservation. Accepted, or Rejected (the charger holds no such reservation any
        more), both leave it cancelled; when no answer came it stays as it was and the error is
        raised. ``InvalidCommandError`` for one that is no longer active."""
        reservation = await self._storage.reservation(reservation_id)
        if not reservation.active:
            raise InvalidCommandError(f"reservation {reservation_id} is {reservation.state.value}")
        try:
            reply = await self._caller.call(
                reservation.charger_id, "CancelReservation", {"reservationId": reservation_id}
            )
        except ArthexisError as exc:
            await self._storage.record_reservation_outcome(
                reservation_id,
                state=reservation.state,
                charger_status=reservation.charger_status,
                error=str(exc),
            )
            raise
        status = str(reply.get("status", ""))
        error = None if status == "Accepted" else "the charger held no such reservation"
        return self._published(
            await self._storage.record_reservation_outcome(
                reservation_id, state=ReservationState.CANCELLED, charger_status=status, error=error
            )
        )

    async def expire_due(self) -> list[Reservation]:
        """Mark active reservations past their expiry (and publish them)."""
        return [self._published(r) for r in await self._storage.expire_reservations()]
