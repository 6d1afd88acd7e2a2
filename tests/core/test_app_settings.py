"""The typed, versioned settings value: validation per field, forgiving JSON reading, round trips."""

from __future__ import annotations

import json

import pytest

from arthexis_desktop.core.app_settings import (
    SETTINGS_VERSION,
    AppSettings,
    NotificationKind,
    NotificationSettings,
    Theme,
    changed_paths,
    field_paths,
    legacy_map_settings,
    settings_from_json,
    settings_to_json,
    validate,
)
from arthexis_desktop.core.model import AdmissionPolicy, AuthorizationPolicy


def test_defaults_are_valid_and_round_trip_through_json() -> None:
    settings = AppSettings()
    assert validate(settings) == []
    data = json.loads(json.dumps(settings_to_json(settings)))
    assert data["version"] == SETTINGS_VERSION
    parsed = settings_from_json(data)
    assert parsed.settings == settings and parsed.notes == []


def test_every_edited_value_round_trips() -> None:
    settings = (
        AppSettings()
        .with_value("broker.port", 9100)
        .with_value("broker.ping_interval_s", None)
        .with_value("broker.admission_policy", AdmissionPolicy.REJECT_UNKNOWN)
        .with_value("broker.authorization_policy", AuthorizationPolicy.STRICT)
        .with_value("broker.strict_validation", False)
        .with_value("storage.db_url", "postgresql://u@db/arthexis")
        .with_value("notifications.tag_scanned", False)
        .with_value("appearance.theme", Theme.DARK)
        .with_value("appearance.language", "de")
        .with_value("map.cache_size_mb", 42)
        .with_value("startup.start_with_os", True)
    )
    assert settings_from_json(json.loads(json.dumps(settings_to_json(settings)))).settings == settings


@pytest.mark.parametrize(
    ("path", "value", "code"),
    [
        ("broker.port", 70000, "port_range"),
        ("broker.port", -1, "port_range"),
        ("broker.host", "", "host_invalid"),
        ("broker.host", "my host", "host_invalid"),
        ("broker.ping_interval_s", 0.0, "not_positive"),
        ("broker.ping_timeout_s", -5.0, "not_positive"),
        ("storage.db_url", "just words", "db_url_invalid"),
        ("appearance.language", "xx", "language_unknown"),
        ("map.tile_url_template", "ftp://tiles/{z}/{x}/{y}", "url_scheme"),
        ("map.tile_url_template", "https://tiles/{z}/{x}.png", "url_placeholders"),
        ("map.cache_size_mb", 5, "int_range"),
    ],
)
def test_validation_names_the_field_and_the_reason(path: str, value: object, code: str) -> None:
    problems = validate(AppSettings().with_value(path, value))
    assert [(p.field, p.code) for p in problems] == [(path, code)]


def test_pings_off_and_mbtiles_source() -> None:
    settings = (
        AppSettings().with_value("broker.ping_interval_s", None).with_value("broker.ping_timeout_s", None)
    )
    assert validate(settings) == []
    mbtiles = AppSettings().with_value("map.source", "mbtiles")
    assert [(p.field, p.code) for p in validate(mbtiles)] == [("map.mbtiles_path", "required")]
    assert validate(mbtiles.with_value("map.mbtiles_path", "/maps/site.mbtiles")) == []


def test_reading_is_forgiving_and_keeps_unknown_keys() -> None:
    data = {
        "version": SETTINGS_VERSION + 1,  # a newer version wrote it
        "broker": {"port": "nine thousand", "host": "127.0.0.1", "future_option": 3},
        "appearance": {"theme": "purple", "language": "de"},
        "map": {"cache_size_mb": 1},
        "telemetry": {"enabled": False},
        "startup": "not an object",
    }
    parsed = settings_from_json(data)
    assert parsed.settings.broker.port == AppSettings().broker.port  # bad type: default
    assert parsed.settings.broker.host == "127.0.0.1"
    assert parsed.settings.appearance.theme == Theme.SYSTEM and parsed.settings.appearance.language == "de"
    assert parsed.settings.map.cache_size_mb == AppSettings().map.cache_size_mb  # out of range: default
    assert any("newer version" in n for n in parsed.notes)
    assert any("broker.port" in n for n in parsed.notes) and any("startup" in n for n in parsed.notes)
    written = settings_to_json(parsed.settings, extra=parsed.extra)
    assert written["telemetry"] == {"enabled": False} and written["broker"]["future_option"] == 3


@pytest.mark.parametrize("data", [None, [], "text", 3, {"version": "x"}])
def test_anything_unreadable_gives_the_defaults(data: object) -> None:
    assert settings_from_json(data).settings == AppSettings()


def test_notification_kinds_are_fields() -> None:
    off = NotificationSettings(connector_faulted=False)
    assert {k for k in NotificationKind if not off.enabled(k)} == {NotificationKind.CONNECTOR_FAULTED}
    assert all(f"notifications.{k.value}" in field_paths(AppSettings()) for k in NotificationKind)


def test_changed_paths_lists_only_what_differs() -> None:
    before = AppSettings()
    after = before.with_value("broker.port", 9100).with_value("appearance.theme", Theme.DARK)
    assert changed_paths(before, after) == ["broker.port", "appearance.theme"]


def test_the_map_panels_old_file_is_understood() -> None:
    tiles = legacy_map_settings(
        {"source": "online", "tile_url": "https://t.example/{z}/{x}/{y}.png", "cache_size_mb": 64, "x": 1}
    )
    assert tiles is not None
    assert tiles.tile_url_template == "https://t.example/{z}/{x}/{y}.png" and tiles.cache_size_mb == 64
    assert legacy_map_settings("garbage") is None
