"""Where chargers are: list them with their positions, place one, take one off the map.

Positions are stored at once (the charger row's latitude/longitude), rounded to 6 decimals
(about 0.1 m). A charger unknown to storage raises ``NotFoundError``; an impossible position
raises ``InvalidCommandError`` and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from arthexis_desktop.core.errors import InvalidCommandError
from arthexis_desktop.core.geo import validate_coordinates
from arthexis_desktop.core.model import ChargerRecord


class LocationStore(Protocol):
    """The part of ``Storage`` this service uses."""

    async def list_chargers(self) -> list[ChargerRecord]: ...

    async def update_charger_details(
        self,
        charger_id: str,
        *,
        notes: str | None = None,
        latitude: float | None = None,
        longitude: float | None = None,
        clear_location: bool = False,
    ) -> ChargerRecord: ...


@dataclass(frozen=True, slots=True)
class ChargerPlace:
    """A charger and its position (None when it has not been placed)."""

    charger_id: str
    latitude: float | None = None
    longitude: float | None = None

    @property
    def placed(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @classmethod
    def of(cls, record: ChargerRecord) -> ChargerPlace:
        if record.latitude is None or record.longitude is None:
            return cls(record.charger_id)
        return cls(record.charger_id, record.latitude, record.longitude)


class LocationService:
    def __init__(self, storage: LocationStore) -> None:
        self._storage = storage

    async def places(self) -> list[ChargerPlace]:
        """Every stored charger with its position (or none), by id."""
        return [ChargerPlace.of(record) for record in await self._storage.list_chargers()]

    async def set_location(self, charger_id: str, latitude: float, longitude: float) -> ChargerPlace:
        try:
            lat, lon = validate_coordinates(float(latitude), float(longitude))
        except (TypeError, ValueError) as exc:
            raise InvalidCommandError(str(exc)) from exc
        record = await self._storage.update_charger_details(charger_id, latitude=lat, longitude=lon)
        return ChargerPlace.of(record)

    async def clear_location(self, charger_id: str) -> ChargerPlace:
        record = await self._storage.update_charger_details(charger_id, clear_location=True)
        return ChargerPlace.of(record)
