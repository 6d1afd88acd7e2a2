"""The per-user settings file (``settings.json``), the database check and "start with the system".

Where: ``settings.json`` in the per-user data folder (or ``--data-dir``). It is plain JSON with a
``version`` so a person or support can read it, headless mode could read it without Qt, and it
never sits in the Windows registry. Writes go to a temporary file that replaces the old one; a
file that cannot be read is kept as ``settings.json.bad`` before the first write.

The map panel kept its tile settings in ``map_settings.json`` before this file existed. When that
file is newer than ``settings.json`` (or ``settings.json`` has no map section) its values are
taken over; saving writes the map section back to it until the map panel reads these settings.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from arthexis_desktop.core.app_settings import (
    AppSettings,
    MapTileSettings,
    ParsedSettings,
    legacy_map_settings,
    settings_from_json,
    settings_to_json,
)
from arthexis_desktop.integrations import autostart
from arthexis_desktop.services.json_file import JsonFile

if TYPE_CHECKING:  # SQLAlchemy is imported when a database is checked, not before the window shows
    from arthexis_desktop.storage.probe import ProbeResult

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
LEGACY_MAP_FILE = "map_settings.json"
DATABASE_CHECK_TIMEOUT_S = 12.0


@dataclass
class LoadedSettings:
    settings: AppSettings
    notes: list[str] = field(default_factory=list)  # for the log: what was ignored or migrated
    exists: bool = False  # a settings file was there


class SettingsStore:
    """``load()`` / ``save()`` of one settings file; keeps keys it does not know."""

    def __init__(self, path: Path, *, legacy_map_file: Path | None = None) -> None:
        self.path = path
        self.legacy_map_file = legacy_map_file
        self._extra: dict[str, Any] = {}
        self._file = JsonFile(path, indent=2)

    @classmethod
    def in_folder(cls, folder: Path, *, data_folder: Path | None = None) -> SettingsStore:
        """``settings.json`` in ``folder``; the map's old file is looked for in ``data_folder``."""
        return cls(folder / SETTINGS_FILE, legacy_map_file=(data_folder or folder) / LEGACY_MAP_FILE)

    def load(self) -> LoadedSettings:
        """The stored settings (defaults when there is no file); never raises."""
        exists = self.path.is_file()
        notes: list[str] = []
        raw = self._file.read() if exists else None
        if self._file.unreadable:
            notes.append(
                f"{self.path} cannot be read ({self._file.error}); defaults used, the file is kept as .bad"
            )
        parsed: ParsedSettings = settings_from_json(raw if raw is not None else {})
        self._extra = parsed.extra
        notes += parsed.notes
        settings = parsed.settings
        migrated = self._legacy_map(has_map=isinstance(raw, dict) and "map" in raw)
        if migrated is not None:
            settings = AppSettings(**{**_sections(settings), "map": migrated})
            notes.append(f"map tile settings taken over from {self.legacy_map_file}")
        return LoadedSettings(settings, [f"settings: {n}" for n in notes], exists)

    def _legacy_map(self, *, has_map: bool) -> MapTileSettings | None:
        legacy = self.legacy_map_file
        if legacy is None or not legacy.is_file():
            return None
        if has_map and self.path.is_file() and legacy.stat().st_mtime <= self.path.stat().st_mtime:
            return None
        value = JsonFile(legacy).read()  # an unreadable file is logged
        if value is None:
            return None
        try:
            return legacy_map_settings(value)
        except ValueError as exc:
            log.warning("cannot use %s: %s", legacy, exc)
            return None

    def save(self, settings: AppSettings) -> None:
        """Write ``settings`` (atomically). Raises ``OSError`` with the reason."""
        self._file.write(settings_to_json(settings, extra=self._extra))
        if self.legacy_map_file is not None and self.legacy_map_file.is_file():
            self._write_legacy_map(settings.map)

    def _write_legacy_map(self, tiles: MapTileSettings) -> None:
        assert self.legacy_map_file is not None
        legacy = JsonFile(self.legacy_map_file, indent=2)
        old = legacy.read()
        values = asdict(tiles)
        values["tile_url"] = values.pop("tile_url_template")
        try:
            legacy.write({**(old if isinstance(old, dict) else {}), **values})
        except OSError as exc:
            log.warning("cannot update %s: %s", self.legacy_map_file, exc)


def _sections(settings: AppSettings) -> dict[str, Any]:
    return {name: getattr(settings, name) for name in AppSettings.__dataclass_fields__}


async def check_database(url: str, *, timeout_s: float = DATABASE_CHECK_TIMEOUT_S) -> ProbeResult:
    """Try ``url`` on a worker thread (the loop and the window keep running)."""
    from arthexis_desktop.storage.probe import ProbeResult, probe_database

    try:
        return await asyncio.wait_for(asyncio.to_thread(probe_database, url), timeout_s)
    except TimeoutError:
        return ProbeResult(False, url, "", f"no answer within {timeout_s:g} s")


class StartupService:
    """Whether the app starts when the user logs in (per user, no privileges)."""

    @staticmethod
    def supported() -> bool:
        return autostart.supported()

    @staticmethod
    def is_enabled() -> bool:
        return autostart.is_enabled()

    @staticmethod
    def set_enabled(enabled: bool) -> None:
        """Raises ``OSError`` with the reason."""
        autostart.set_enabled(enabled)
