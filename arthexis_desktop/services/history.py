"""Read side for the window and the CLI: transactions, frames, commands, tags seen."""

from __future__ import annotations

from datetime import datetime

from arthexis_desktop.core.model import (
    CommandRecord,
    FrameRecord,
    MeterReading,
    Tag,
    Transaction,
    UnknownTag,
)
from arthexis_desktop.storage import Storage


class HistoryService:
    def __init__(self, storage: Storage) -> None:
        self._storage = storage

    async def transactions(
        self,
        *,
        charger_id: str | None = None,
        active: bool | None = None,
        id_tag: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 500,
    ) -> list[Transaction]:
        return await self._storage.list_transactions(
            charger_id=charger_id, active=active, id_tag=id_tag, since=since, until=until, limit=limit
        )

    async def meter_readings(self, transaction_id: int) -> list[MeterReading]:
        return await self._storage.meter_readings(transaction_id)

    async def frames(self, *, charger_id: str | None = None, limit: int = 500) -> list[FrameRecord]:
        return await self._storage.recent_frames(charger_id=charger_id, limit=limit)

    async def commands(self, *, charger_id: str | None = None, limit: int = 100) -> list[CommandRecord]:
        return await self._storage.list_commands(charger_id=charger_id, limit=limit)

    async def unknown_tags(self) -> list[UnknownTag]:
        return await self._storage.list_unknown_tags()

    async def enrol_tag(self, uid: str, *, label: str = "") -> Tag:
        """One-click enrolment of a tag seen at a charger: it becomes an allowed register entry."""
        return await self._storage.enrol_unknown_tag(uid, label=label, allowed=True)

    async def block_tag(self, uid: str) -> Tag:
        """Put a tag seen at a charger into the register as blocked (answered Blocked everywhere).

        Like enrolment it leaves the unknown list and keeps when it was last seen; an existing
        register entry keeps its label and owner and is only blocked.
        """
        return await self._storage.enrol_unknown_tag(uid, allowed=False)
