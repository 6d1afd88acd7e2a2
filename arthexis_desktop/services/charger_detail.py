"""One charger in depth: its stored record, status and error history, notifications, and the
operator's notes and location (stored at once).

The live part (connection, connectors, running session, power) is ``FleetState``; frames and
commands are ``HistoryService``; this adds what the charger detail needs beyond those.
"""

from __future__ import annotations

import math
from typing import Protocol

from arthexis_desktop.core.errors import InvalidCommandError, NotFoundError
from arthexis_desktop.core.geo import validate_coordinates
from arthexis_desktop.core.model import ChargerRecord, ConnectorStatus, NotificationRecord

MAX_NOTES = 4000
NO_ERROR = ("", "NoError")


class DetailStore(Protocol):
    """The part of ``Storage`` this service uses."""

    async def charger(self, charger_id: str) -> ChargerRecord | None: ...

    async def status_history(self, charger_id: str, *, limit: int = 200) -> list[ConnectorStatus]: ...

    async def notifications(
        self, charger_id: str | None = None, limit: int = 200
    ) -> list[NotificationRecord]: ...

    async def update_charger_details(
        self,
        charger_id: str,
        *,
        notes: str | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
        clear_location: bool = False,
    ) -> ChargerRecord: ...


def is_error(status: ConnectorStatus) -> bool:
    """A StatusNotification that reports a problem: Faulted, or any error code but NoError."""
    return status.status == "Faulted" or (status.error_code or "") not in NO_ERROR


class ChargerDetailService:
    def __init__(self, storage: DetailStore) -> None:
        self._storage = storage

    async def record(self, charger_id: str) -> ChargerRecord:
        """The stored charger (identity from its last BootNotification, notes, location);
        ``NotFoundError`` when it was never stored."""
        record = await self._storage.charger(charger_id)
        if record is None:
            raise NotFoundError(f"charger {charger_id!r} is not known")
        return record

    async def status_history(
        self, charger_id: str, *, limit: int = 200, errors_only: bool = False
    ) -> list[ConnectorStatus]:
        """StatusNotifications of the charger, newest first; ``errors_only`` keeps the problems
        among the last ``limit`` (Faulted or an error code)."""
        history = await self._storage.status_history(charger_id, limit=limit)
        return [s for s in history if is_error(s)] if errors_only else history

    async def notifications(self, charger_id: str, *, limit: int = 100) -> list[NotificationRecord]:
        """DataTransfer / diagnostics / firmware notifications of the charger, newest first."""
        return await self._storage.notifications(charger_id, limit=limit)

    async def set_notes(self, charger_id: str, notes: str) -> ChargerRecord:
        if len(notes) > MAX_NOTES:
            raise InvalidCommandError(f"notes are longer than {MAX_NOTES} characters")
        return await self._storage.update_charger_details(charger_id, notes=notes)

    async def set_location(
        self, charger_id: str, latitude: float | None, longitude: float | None
    ) -> ChargerRecord:
        """Place the charger (rounded to 6 decimals); both ``None`` takes it off the map; one
        without the other, or an impossible position, raises ``InvalidCommandError`` and changes
        nothing."""
        if latitude is None and longitude is None:
            return await self._storage.update_charger_details(charger_id, clear_location=True)
        if latitude is None or longitude is None:
            raise InvalidCommandError("give both latitude and longitude, or neither")
        if not (math.isfinite(latitude) and math.isfinite(longitude)):
            raise InvalidCommandError("latitude and longitude must be numbers")
        try:
            lat, lon = validate_coordinates(float(latitude), float(longitude))
        except ValueError as exc:
            raise InvalidCommandError(str(exc)) from exc
        return await self._storage.update_charger_details(charger_id, latitude=lat, longitude=lon)
