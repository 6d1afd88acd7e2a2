"""Application settings: one typed, versioned value (the settings dialog edits it, a JSON file keeps it).

Pure: frozen dataclasses per section, validation that names the bad field with a problem code (the
window words it in the user's language), and conversion to and from plain JSON values. Reading is
forgiving: unknown keys are kept aside (``extra``) and written back, a wrong value falls back to its
default with a note, so a hand-edited file, or one written by a newer version, never stops the app
and never loses what it holds.

Only the broker values a person edits are stored; the rest of ``BrokerSettings`` (timeouts, frame
limits) keep their defaults or what the command line gives.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from arthexis_desktop.core.errors import ConfigurationError
from arthexis_desktop.core.model import AdmissionPolicy, AuthorizationPolicy
from arthexis_desktop.core.settings import BrokerSettings

SETTINGS_VERSION = 1
LANGUAGES = ("en", "es", "de", "it")
SYSTEM_LANGUAGE = ""  # follow the operating system (or ARTHEXIS_LANG)
MIN_CACHE_MB, MAX_CACHE_MB = 10, 10_000
OSM_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
TILE_PLACEHOLDERS = ("{z}", "{x}", "{y}")
MAP_SOURCES = ("online", "mbtiles", "none")
BROKER_KEYS = (  # the BrokerSettings fields the settings dialog edits and the file keeps
    "host",
    "port",
    "ping_interval_s",
    "ping_timeout_s",
    "admission_policy",
    "authorization_policy",
    "strict_validation",
)


class Theme(StrEnum):
    SYSTEM = "system"  # follow the operating system's light/dark choice
    LIGHT = "light"
    DARK = "dark"


class NotificationKind(StrEnum):
    """What a toast can be about; each value is also the field name in ``NotificationSettings``."""

    CHARGER_CONNECTED = "charger_connected"
    CHARGER_DISCONNECTED = "charger_disconnected"
    CHARGER_PENDING = "charger_pending"  # an unknown charger waits for approval
    BOOT_REJECTED = "boot_rejected"
    CONNECTOR_FAULTED = "connector_faulted"
    TRANSACTION_STARTED = "transaction_started"
    TRANSACTION_STOPPED = "transaction_stopped"
    TAG_SCANNED = "tag_scanned"  # accepted / blocked / unknown
    BROKER_FAILED = "broker_failed"  # the broker could not bind its port


@dataclass(frozen=True, slots=True)
class StorageSettings:
    db_url: str = ""  # empty: the SQLite file in the data folder
    data_dir: str = ""  # empty: the per-user data folder


@dataclass(frozen=True, slots=True)
class NotificationSettings:
    charger_connected: bool = True
    charger_disconnected: bool = True
    charger_pending: bool = True
    boot_rejected: bool = True
    connector_faulted: bool = True
    transaction_started: bool = True
    transaction_stopped: bool = True
    tag_scanned: bool = True
    broker_failed: bool = True

    def enabled(self, kind: NotificationKind) -> bool:
        return bool(getattr(self, kind.value))


@dataclass(frozen=True, slots=True)
class AppearanceSettings:
    language: str = SYSTEM_LANGUAGE  # "" or one of LANGUAGES
    theme: Theme = Theme.SYSTEM


@dataclass(frozen=True, slots=True)
class MapTileSettings:
    source: str = "online"  # online (XYZ template) | mbtiles (offline file) | none
    tile_url_template: str = OSM_TILE_URL
    attribution: str = OSM_ATTRIBUTION
    cache_size_mb: int = 250
    cache_dir: str = ""  # empty: the per-user cache folder
    mbtiles_path: str = ""


@dataclass(frozen=True, slots=True)
class StartupSettings:
    start_minimised: bool = False  # to the tray (to the taskbar where there is no tray)
    start_with_os: bool = False  # log-in autostart (Windows Run key, XDG autostart)
    close_to_tray: bool = True  # closing the window hides it; the broker keeps serving (needs a tray)
    tray_hint_shown: bool = False  # "still running in the tray" was said once (not in the dialog)


@dataclass(frozen=True, slots=True)
class AppSettings:
    broker: BrokerSettings = field(default_factory=BrokerSettings)
    storage: StorageSettings = field(default_factory=StorageSettings)
    notifications: NotificationSettings = field(default_factory=NotificationSettings)
    appearance: AppearanceSettings = field(default_factory=AppearanceSettings)
    map: MapTileSettings = field(default_factory=MapTileSettings)
    startup: StartupSettings = field(default_factory=StartupSettings)

    def get(self, path: str) -> Any:
        """The value at ``section.name`` (e.g. ``broker.port``)."""
        section, name = path.split(".", 1)
        return getattr(getattr(self, section), name)

    def with_value(self, path: str, value: object) -> AppSettings:
        """A copy with ``section.name`` set (no validation: see ``validate``)."""
        section, name = path.split(".", 1)
        return replace(self, **{section: replace(getattr(self, section), **{name: value})})


SECTIONS = ("broker", "storage", "notifications", "appearance", "map", "startup")


def field_paths(settings: AppSettings) -> list[str]:
    """Every stored field as ``section.name`` (the broker's: only ``BROKER_KEYS``)."""
    paths = [f"broker.{name}" for name in BROKER_KEYS]
    for section in SECTIONS[1:]:
        paths += [f"{section}.{f.name}" for f in fields(getattr(settings, section))]
    return paths


def changed_paths(before: AppSettings, after: AppSettings) -> list[str]:
    return [p for p in field_paths(after) if before.get(p) != after.get(p)]


# -- validation ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SettingsProblem:
    """A value that cannot be used: ``field`` is ``section.name``; ``code`` says why (the GUI has one
    sentence per code); ``params`` fill its placeholders."""

    field: str
    code: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)


def validate(settings: AppSettings) -> list[SettingsProblem]:
    """Every problem, each tied to its field (empty when the settings can be used)."""
    problems: list[SettingsProblem] = []
    broker = settings.broker
    host = broker.host
    if not host.strip() or any(ch.isspace() for ch in host):
        problems.append(SettingsProblem("broker.host", "host_invalid"))
    if not 0 <= broker.port <= 65535:
        problems.append(SettingsProblem("broker.port", "port_range", {"min": 0, "max": 65535}))
    for name in ("ping_interval_s", "ping_timeout_s"):
        value = getattr(broker, name)
        if value is not None and not value > 0:
            problems.append(SettingsProblem(f"broker.{name}", "not_positive"))
    if not problems:
        try:
            broker.validated()  # the values this dialog does not edit
        except ConfigurationError as exc:
            problems.append(SettingsProblem("broker.port", "broker_invalid", {"detail": str(exc)}))
    storage = settings.storage
    if storage.db_url.strip() and "://" not in storage.db_url:
        problems.append(SettingsProblem("storage.db_url", "db_url_invalid"))
    appearance = settings.appearance
    if appearance.language not in (SYSTEM_LANGUAGE, *LANGUAGES):
        problems.append(SettingsProblem("appearance.language", "language_unknown"))
    problems += _map_problems(settings.map)
    return problems


def _map_problems(tiles: MapTileSettings) -> list[SettingsProblem]:
    problems = []
    if tiles.source not in MAP_SOURCES:
        problems.append(SettingsProblem("map.source", "choice", {"choices": ", ".join(MAP_SOURCES)}))
    template = tiles.tile_url_template.strip()
    if tiles.source == "online":
        if not template.startswith(("http://", "https://")):
            problems.append(SettingsProblem("map.tile_url_template", "url_scheme"))
        elif not all(p in template for p in TILE_PLACEHOLDERS):
            problems.append(SettingsProblem("map.tile_url_template", "url_placeholders"))
    if not MIN_CACHE_MB <= tiles.cache_size_mb <= MAX_CACHE_MB:
        problems.append(
            SettingsProblem("map.cache_size_mb", "int_range", {"min": MIN_CACHE_MB, "max": MAX_CACHE_MB})
        )
    if tiles.source == "mbtiles" and not tiles.mbtiles_path.strip():
        problems.append(SettingsProblem("map.mbtiles_path", "required"))
    return problems


# -- JSON ----------------------------------------------------------------------------------------


def _as_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError("not true/false")


def _as_int(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ValueError("not a whole number")


def _as_seconds(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise ValueError("not a number of seconds or null")


def _as_str(value: object) -> str:
    if isinstance(value, str):
        return value
    raise ValueError("not text")


_BROKER_READERS: Mapping[str, Callable[[object], object]] = {
    "host": _as_str,
    "port": _as_int,
    "ping_interval_s": _as_seconds,
    "ping_timeout_s": _as_seconds,
    "admission_policy": lambda v: AdmissionPolicy(_as_str(v)),
    "authorization_policy": lambda v: AuthorizationPolicy(_as_str(v)),
    "strict_validation": _as_bool,
}


def _reader_for(default: object) -> Callable[[object], object]:
    if isinstance(default, bool):
        return _as_bool
    if isinstance(default, Theme):
        return lambda v: Theme(_as_str(v))
    if isinstance(default, int):
        return _as_int
    return _as_str


@dataclass(frozen=True, slots=True)
class ParsedSettings:
    settings: AppSettings
    notes: list[str]  # what was ignored or replaced by a default (for the log)
    extra: dict[str, Any]  # keys this version does not know: written back unchanged
    version: int


def settings_from_json(data: object, *, base: AppSettings | None = None) -> ParsedSettings:
    """Read what a settings file holds onto ``base`` (default: the defaults). Never raises."""
    settings = base or AppSettings()
    notes: list[str] = []
    if not isinstance(data, dict):
        return ParsedSettings(settings, ["the settings file does not hold an object"], {}, 0)
    version = data.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        notes.append(f"version {version!r} is not a number; read as version {SETTINGS_VERSION}")
        version = SETTINGS_VERSION
    if version > SETTINGS_VERSION:
        notes.append(f"written by a newer version (settings version {version}); unknown values are kept")
    extra = {k: v for k, v in data.items() if k not in (*SECTIONS, "version")}
    for section in SECTIONS:
        values = data.get(section)
        if values is None:
            continue
        if not isinstance(values, dict):
            notes.append(f"{section}: not an object; defaults used")
            continue
        current = getattr(settings, section)
        known = BROKER_KEYS if section == "broker" else tuple(f.name for f in fields(current))
        section_extra = {k: v for k, v in values.items() if k not in known}
        if section_extra:
            extra[section] = section_extra
        changes: dict[str, object] = {}
        for name in known:
            if name not in values:
                continue
            reader = _BROKER_READERS[name] if section == "broker" else _reader_for(getattr(current, name))
            try:
                changes[name] = reader(values[name])
            except (ValueError, TypeError) as exc:
                notes.append(f"{section}.{name}: {values[name]!r} ignored ({exc})")
        settings = replace(settings, **{section: replace(current, **changes)})
    for problem in validate(settings):  # a readable but unusable value: back to its default
        default = AppSettings().get(problem.field) if base is None else base.get(problem.field)
        notes.append(f"{problem.field}: {settings.get(problem.field)!r} cannot be used ({problem.code})")
        settings = settings.with_value(problem.field, default)
    return ParsedSettings(settings, notes, extra, version)


def settings_to_json(settings: AppSettings, *, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Plain JSON values; ``extra`` (keys of a newer version) is merged back in."""
    out: dict[str, Any] = {"version": SETTINGS_VERSION}
    for section in SECTIONS:
        value = getattr(settings, section)
        names = BROKER_KEYS if section == "broker" else tuple(f.name for f in fields(value))
        known = {name: _plain(getattr(value, name)) for name in names}
        section_extra = (extra or {}).get(section)
        out[section] = {**section_extra, **known} if isinstance(section_extra, dict) else known
    for key, value in (extra or {}).items():
        if key not in out:
            out[key] = value
    return out


def _plain(value: object) -> object:
    return value.value if isinstance(value, StrEnum) else value


def legacy_map_settings(data: object) -> MapTileSettings | None:
    """The map panel's own ``map_settings.json`` (before this structure existed), or None."""
    if not isinstance(data, dict):
        return None
    renamed = dict(data)
    if "tile_url" in renamed:
        renamed["tile_url_template"] = renamed.pop("tile_url")
    parsed = settings_from_json({"version": SETTINGS_VERSION, "map": renamed})
    return parsed.settings.map
