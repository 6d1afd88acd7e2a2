"""The queries and operator actions the services and the window need (beyond the csms ports)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from arthexis_desktop.core.model import (
    AdmissionState,
    ChargerRecord,
    ChargerSettings,
    CommandRecord,
    ConnectorStatus,
    FrameRecord,
    MeterReading,
    NotificationRecord,
    Transaction,
)
from arthexis_desktop.storage.base import StorageBase
from arthexis_desktop.storage.repo import chargers, logs, transactions


class StorageQueries(StorageBase):
    # ------------------------------------------------------------------ chargers

    async def list_chargers(self) -> list[ChargerRecord]:
        """Every stored charger with its connectors, by id."""
        return await self._call(chargers.list_chargers)

    async def set_admission(self, charger_id: str, state: AdmissionState) -> ChargerRecord:
        """Approve / set pending / reject. ``NotFoundError`` for an unknown charger."""
        return await self._call(chargers.set_admission, charger_id, state)

    async def update_charger_settings(self, charger_id: str, settings: ChargerSettings) -> ChargerRecord:
        return await self._call(chargers.update_settings, charger_id, settings)

    async def update_charger_details(
        self,
        charger_id: str,
        *,
        notes: str | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
        clear_location: bool = False,
    ) -> ChargerRecord:
        """Change what is given (``None`` = unchanged); ``clear_location`` removes the position."""
        return await self._call(
            chargers.update_details,
            charger_id,
            notes=notes,
            latitude=latitude,
            longitude=longitude,
            clear_location=clear_location,
        )

    async def add_charger(
        self, charger_id: str, state: AdmissionState = AdmissionState.ACCEPTED
    ) -> ChargerRecord:
        """Pre-register a charger before it connects; an existing one is returned unchanged."""
        chargers.check_charger_id(charger_id)
        return await self._call(chargers.add_charger, charger_id, state)

    async def delete_charger(self, charger_id: str, *, purge: bool = False) -> None:
        """Delete a charger, its connectors and logs. Refused (``InvalidCommandError``) while it
        has transactions, unless ``purge`` deletes those too."""

        def job_delete(session: Session) -> None:
            chargers.delete_charger(session, charger_id, purge=purge)
            self._frames.forget(charger_id)  # on the worker thread, like every sink call

        await self._worker.submit(job_delete)
        self._remotes.pop(charger_id, None)

    async def status_history(self, charger_id: str, *, limit: int = 200) -> list[ConnectorStatus]:
        """StatusNotifications of the charger, newest first."""
        return await self._call(chargers.status_history, charger_id, limit=limit)

    async def notifications(
        self, charger_id: str | None = None, limit: int = 200
    ) -> list[NotificationRecord]:
        """DataTransfer / diagnostics / firmware notifications, newest first."""
        return await self._call(chargers.notifications, charger_id, limit=limit)

    # ------------------------------------------------------------------ transactions

    async def list_transactions(
        self,
        *,
        charger_id: str | None = None,
        active: bool | None = None,
        id_tag: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 500,
        tag_uid: str | None = None,
    ) -> list[Transaction]:
        """Newest first; ``since``/``until`` bound the start time (stop time for orphans).
        ``id_tag`` is the idTag exactly as presented; ``tag_uid`` the register uid it matched."""
        return await self._call(
            transactions.list_transactions,
            charger_id=charger_id,
            active=active,
            id_tag=id_tag,
            since=since,
            until=until,
            limit=limit,
            tag_uid=tag_uid,
        )

    async def transaction(self, transaction_id: int) -> Transaction | None:
        return await self._call(transactions.get_transaction, transaction_id)

    async def active_transactions(self) -> list[Transaction]:
        return await self._call(transactions.active_transactions)

    async def meter_readings(self, transaction_id: int) -> list[MeterReading]:
        """The session's samples grouped by timestamp, oldest first."""
        return await self._call(transactions.meter_readings, transaction_id)

    # ------------------------------------------------------------------ frames and commands

    async def recent_frames(self, *, charger_id: str | None = None, limit: int = 500) -> list[FrameRecord]:
        """The newest ``limit`` raw frames, newest last."""
        return await self._call(logs.recent_frames, charger_id=charger_id, limit=limit)

    async def list_commands(self, *, charger_id: str | None = None, limit: int = 100) -> list[CommandRecord]:
        """Newest first."""
        return await self._call(logs.list_commands, charger_id=charger_id, limit=limit)
