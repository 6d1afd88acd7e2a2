"""``Storage`` part: per-charger local authorization lists and reservations."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from arthexis_desktop.core.model import LocalListEntry, LocalListState, Reservation, ReservationState
from arthexis_desktop.core.timestamps import utc_now
from arthexis_desktop.storage.base import StorageBase
from arthexis_desktop.storage.repo import local_lists, reservations


class AuthListQueries(StorageBase):
    # ------------------------------------------------------------------ local lists

    async def desired_local_list(self, *, at: datetime | None = None) -> list[LocalListEntry]:
        """What every local list should hold now (released tags; see core.policies)."""
        return await self._call(local_lists.desired_list, at=at or utc_now())

    async def local_list_state(self, charger_id: str) -> LocalListState:
        """Version and entries the charger last accepted (version 0 when none)."""
        return await self._call(local_lists.get_state, charger_id)

    async def local_list_chargers(self) -> list[str]:
        """Chargers whose setting "local list" is on."""
        return await self._call(local_lists.enabled_chargers)

    async def record_local_list_accepted(
        self, charger_id: str, *, version: int, entries: Sequence[LocalListEntry]
    ) -> LocalListState:
        return await self._call(
            local_lists.record_accepted, charger_id, version=version, entries=tuple(entries), at=utc_now()
        )

    async def record_local_list_refused(
        self, charger_id: str, *, status: str, error: str | None = None, full_needed: bool = True
    ) -> LocalListState:
        return await self._call(
            local_lists.record_refused,
            charger_id,
            status=status,
            error=error,
            full_needed=full_needed,
            at=utc_now(),
        )

    async def record_local_list_version(self, charger_id: str, version: int) -> LocalListState:
        """A GetLocalListVersion answer (a version we did not send makes the next update Full)."""
        return await self._call(local_lists.record_checked, charger_id, version=version, at=utc_now())

    # ------------------------------------------------------------------ reservations

    async def create_reservation(
        self,
        *,
        charger_id: str,
        connector_id: int,
        id_tag: str,
        expires_at: datetime,
        parent_id_tag: str | None = None,
    ) -> Reservation:
        """A pending reservation whose id is the OCPP reservationId; ``InvalidCommandError`` while
        the connector holds another active reservation."""
        return await self._call(
            reservations.create_reservation,
            charger_id=charger_id,
            connector_id=connector_id,
            id_tag=id_tag,
            parent_id_tag=parent_id_tag,
            expires_at=expires_at,
            at=utc_now(),
        )

    async def record_reservation_outcome(
        self,
        reservation_id: int,
        *,
        state: ReservationState,
        charger_status: str | None = None,
        error: str | None = None,
    ) -> Reservation:
        return await self._call(
            reservations.record_outcome,
            reservation_id,
            state=state,
            charger_status=charger_status,
            error=error,
            at=utc_now(),
        )

    async def reservation(self, reservation_id: int) -> Reservation:
        """``NotFoundError`` for an unknown id; an active one past its expiry is marked expired."""
        return await self._call(reservations.get_reservation, reservation_id, at=utc_now())

    async def list_reservations(
        self, *, charger_id: str | None = None, active: bool | None = None, limit: int = 500
    ) -> list[Reservation]:
        """Newest first; expiry is enforced before listing."""
        return await self._call(
            reservations.list_reservations, charger_id=charger_id, active=active, at=utc_now(), limit=limit
        )

    async def expire_reservations(self, *, at: datetime | None = None) -> list[Reservation]:
        """Mark active reservations past their expiry; returns the ones just expired."""
        return await self._call(reservations.expire_due, at=at or utc_now())
