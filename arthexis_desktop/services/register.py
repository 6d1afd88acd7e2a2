"""The tag-register services in one bundle, for the composition root (``app.runtime``).

``RegisterServices.create(storage, csms, bus)`` builds them; ``start()`` subscribes them to the
bus (reader scans into the history, debounced local-list resync, reservation sweep and links);
``await stop()`` before the central system and the storage stop.
"""

from __future__ import annotations

from dataclasses import dataclass

from arthexis_desktop.core.events import EventBus
from arthexis_desktop.services.local_lists import DEBOUNCE_S, LocalListService, LocalListTransport
from arthexis_desktop.services.reservations import ReservationService
from arthexis_desktop.services.tag_csv import RegisterCsv
from arthexis_desktop.services.tags import TagService
from arthexis_desktop.storage import Storage


@dataclass
class RegisterServices:
    tags: TagService
    csv: RegisterCsv
    local_lists: LocalListService
    reservations: ReservationService

    @classmethod
    def create(
        cls, storage: Storage, csms: LocalListTransport, bus: EventBus, *, debounce_s: float = DEBOUNCE_S
    ) -> RegisterServices:
        return cls(
            tags=TagService(storage, bus),
            csv=RegisterCsv(storage, bus),
            local_lists=LocalListService(storage, csms, bus, debounce_s=debounce_s),
            reservations=ReservationService(storage, csms, bus),
        )

    def start(self) -> None:
        self.tags.start()
        self.local_lists.start()
        self.reservations.start()

    async def stop(self) -> None:
        await self.reservations.stop()
        await self.local_lists.stop()
        await self.tags.stop()
