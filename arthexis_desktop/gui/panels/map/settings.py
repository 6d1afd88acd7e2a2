"""The map's settings (tile source, cache).

When the window has the shell's settings (``context.settings``, a hub with ``current.map`` and a
``changed`` signal) the map follows them; otherwise they are kept per user in
``map_settings.json`` in the data folder. Unknown keys are ignored and wrong values fall back to
the defaults, so a hand-edited file never stops the map from opening.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from arthexis_desktop import __version__
from arthexis_desktop.gui.user_store import JsonFile, user_data_folder

log = logging.getLogger(__name__)

SETTINGS_FILE = "map_settings.json"
OSM_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"  # one host: {s} subdomains are gone
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
PROJECT_URL = "https://github.com/arthexis/arthexis"
USER_AGENT = f"arthexis-desktop/{__version__} (+{PROJECT_URL})"

SOURCE_ONLINE = "online"  # an XYZ URL template
SOURCE_MBTILES = "mbtiles"  # a local .mbtiles file
SOURCE_NONE = "none"  # graticule only
SOURCES = (SOURCE_ONLINE, SOURCE_MBTILES, SOURCE_NONE)

MIN_CACHE_MB, MAX_CACHE_MB = 10, 10_000


@dataclass(frozen=True)
class MapSettings:
    source: str = SOURCE_ONLINE
    tile_url: str = OSM_TILE_URL
    attribution: str = OSM_ATTRIBUTION
    cache_size_mb: int = 250
    cache_dir: str = ""  # empty: the per-user cache folder
    mbtiles_path: str = ""
    timeout_s: float = 15.0  # per tile request

    @classmethod
    def from_json(cls, value: object) -> MapSettings:
        if not isinstance(value, dict):
            return cls()
        default = cls()
        known: dict[str, object] = {}
        for f in fields(cls):
            if f.name not in value:
                continue
            wanted = type(getattr(default, f.name))
            item = value[f.name]
            if wanted is float and isinstance(item, int) and not isinstance(item, bool):
                item = float(item)
            if isinstance(item, wanted) and not isinstance(item, bool):
                known[f.name] = item
        settings = replace(default, **known)  # type: ignore[arg-type]
        if settings.source not in SOURCES:
            settings = replace(settings, source=SOURCE_ONLINE)
        size = min(MAX_CACHE_MB, max(MIN_CACHE_MB, settings.cache_size_mb))
        return replace(settings, cache_size_mb=size, timeout_s=max(1.0, settings.timeout_s))

    def to_json(self) -> dict[str, object]:
        return asdict(self)


_APP_FIELDS = {  # MapSettings field -> the shell's map settings attribute (SettingsHub.current.map)
    "source": "source",
    "tile_url": "tile_url_template",
    "attribution": "attribution",
    "cache_size_mb": "cache_size_mb",
    "cache_dir": "cache_dir",
    "mbtiles_path": "mbtiles_path",
}


def from_app_settings(tiles: object) -> MapSettings:
    """The map's settings from the shell's ``AppSettings.map`` (read by attribute name, so the
    panel does not depend on the settings module)."""
    return MapSettings.from_json(
        {name: getattr(tiles, attr) for name, attr in _APP_FIELDS.items() if hasattr(tiles, attr)}
    )


def settings_file(data_dir: Path | None) -> JsonFile:
    return JsonFile(user_data_folder(data_dir) / SETTINGS_FILE)


def load_settings(data_dir: Path | None) -> MapSettings:
    return MapSettings.from_json(settings_file(data_dir).read())


def save_settings(data_dir: Path | None, settings: MapSettings) -> None:
    """Raises ``OSError`` (the caller tells the user). An unreadable old file is kept aside."""
    file = settings_file(data_dir)
    file.read()  # notes whether the old file is unreadable, so that write() keeps it as .bad
    file.write(settings.to_json())


def tile_cache_dir(settings: MapSettings, data_dir: Path | None) -> Path:
    """Where downloaded tiles are kept: the setting, else ``<data dir>/cache/tiles`` when a data
    folder was given (``--data-dir``, tests), else the per-user cache folder."""
    if settings.cache_dir:
        return Path(settings.cache_dir)
    if data_dir is not None:
        return Path(data_dir) / "cache" / "tiles"
    from platformdirs import user_cache_dir
    from PySide6.QtCore import QCoreApplication

    app_name = QCoreApplication.applicationName() or "arthexis-desktop"
    author = QCoreApplication.organizationName() or "Arthexis"
    return Path(user_cache_dir(app_name, author)) / "tiles"
