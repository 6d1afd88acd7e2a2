"""Charger administration: approval, per-charger policies, details."""

from __future__ import annotations

from typing import Protocol

from arthexis_desktop.core.errors import NotFoundError
from arthexis_desktop.core.events import AdmissionChanged, EventBus
from arthexis_desktop.core.model import (
    AdmissionState,
    AuthorizationPolicy,
    ChargerRecord,
    ChargerSettings,
)
from arthexis_desktop.storage import Storage


class LiveSessions(Protocol):
    async def refresh_charger(self, charger_id: str) -> None: ...


class FleetService:
    def __init__(self, storage: Storage, sessions: LiveSessions, bus: EventBus) -> None:
        self._storage = storage
        self._sessions = sessions
        self._bus = bus

    async def chargers(self) -> list[ChargerRecord]:
        return await self._storage.list_chargers()

    async def charger(self, charger_id: str) -> ChargerRecord:
        record = await self._storage.charger(charger_id)
        if record is None:
            raise NotFoundError(f"charger {charger_id!r} is not known")
        return record

    async def _set_admission(self, charger_id: str, state: AdmissionState) -> ChargerRecord:
        record = await self._storage.set_admission(charger_id, state)
        await self._sessions.refresh_charger(charger_id)
        self._bus.publish(AdmissionChanged(charger_id, state))
        return record

    async def approve(self, charger_id: str) -> ChargerRecord:
        """Accept a pending (or rejected) charger; it is told so at its next BootNotification."""
        return await self._set_admission(charger_id, AdmissionState.ACCEPTED)

    async def reject(self, charger_id: str) -> ChargerRecord:
        return await self._set_admission(charger_id, AdmissionState.REJECTED)

    async def set_pending(self, charger_id: str) -> ChargerRecord:
        """Put a charger back to "waiting for approval" (told Pending at its next boot)."""
        return await self._set_admission(charger_id, AdmissionState.PENDING)

    async def add_charger(self, charger_id: str) -> ChargerRecord:
        """Register a charger before it connects (so it is accepted at once)."""
        return await self._storage.add_charger(charger_id.strip(), AdmissionState.ACCEPTED)

    async def update_settings(self, charger_id: str, settings: ChargerSettings) -> None:
        await self._storage.update_charger_settings(charger_id, settings)
        await self._sessions.refresh_charger(charger_id)

    async def set_authorization_policy(self, charger_id: str, policy: AuthorizationPolicy | None) -> None:
        record = await self.charger(charger_id)
        from dataclasses import replace

        await self.update_settings(charger_id, replace(record.settings, authorization_policy=policy))
