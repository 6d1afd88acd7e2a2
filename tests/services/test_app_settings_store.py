"""The settings file (atomic, forgiving, keeps what it does not know), the map panel's old file,
"start with the system", and the command line winning over stored settings for one run."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pytest

from arthexis_desktop.app.options import AppOptions
from arthexis_desktop.app.settings_overlay import current_settings, overlay_options, override_notes
from arthexis_desktop.cli import build_parser, explicit_options, options_from
from arthexis_desktop.core.app_settings import AppSettings, Theme
from arthexis_desktop.core.model import AdmissionPolicy
from arthexis_desktop.integrations import autostart
from arthexis_desktop.services.app_settings import SettingsStore

pytestmark = pytest.mark.timeout(10)


def test_missing_file_gives_defaults_and_save_round_trips(tmp_path: Path) -> None:
    store = SettingsStore.in_folder(tmp_path)
    loaded = store.load()
    assert loaded.settings == AppSettings() and not loaded.exists and loaded.notes == []
    changed = AppSettings().with_value("broker.port", 9100).with_value("appearance.theme", Theme.DARK)
    store.save(changed)
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temporary file left
    assert SettingsStore.in_folder(tmp_path).load().settings == changed


def test_unreadable_file_is_kept_aside_and_unknown_keys_survive_a_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ not json", encoding="utf-8")
    store = SettingsStore.in_folder(tmp_path)
    loaded = store.load()
    assert loaded.settings == AppSettings() and any("cannot be read" in n for n in loaded.notes)
    store.save(AppSettings())
    assert (tmp_path / "settings.json.bad").read_text(encoding="utf-8") == "{ not json"

    path.write_text(
        json.dumps({"version": 7, "broker": {"port": 9200, "shiny": 1}, "future": [1]}), encoding="utf-8"
    )
    store = SettingsStore.in_folder(tmp_path)
    settings = store.load().settings
    store.save(settings.with_value("broker.host", "127.0.0.1"))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["broker"]["port"] == 9200 and data["broker"]["shiny"] == 1 and data["future"] == [1]
    assert data["broker"]["host"] == "127.0.0.1"


def test_the_map_panels_old_file_is_taken_over_and_kept_in_step(tmp_path: Path) -> None:
    legacy = tmp_path / "map_settings.json"
    legacy.write_text(
        json.dumps(
            {"source": "online", "tile_url": "https://t.example/{z}/{x}/{y}.png", "cache_size_mb": 64}
        ),
        encoding="utf-8",
    )
    store = SettingsStore.in_folder(tmp_path)
    loaded = store.load()
    assert loaded.settings.map.tile_url_template == "https://t.example/{z}/{x}/{y}.png"
    assert loaded.settings.map.cache_size_mb == 64 and any("taken over" in n for n in loaded.notes)

    store.save(loaded.settings.with_value("map.cache_size_mb", 128))  # the dialog's change reaches it
    assert json.loads(legacy.read_text(encoding="utf-8"))["cache_size_mb"] == 128
    assert SettingsStore.in_folder(tmp_path).load().settings.map.cache_size_mb == 128

    later = time.time() + 5  # the map panel's own dialog wrote its file afterwards
    legacy.write_text(json.dumps({"tile_url": "https://other/{z}/{x}/{y}.png"}), encoding="utf-8")
    os.utime(legacy, (later, later))
    assert (
        SettingsStore.in_folder(tmp_path).load().settings.map.tile_url_template
        == "https://other/{z}/{x}/{y}.png"
    )


def test_xdg_autostart_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert autostart.desktop_entry_path() == tmp_path / "autostart" / "arthexis-desktop.desktop"
    assert not autostart.is_enabled("linux")
    autostart.set_enabled(True, ["/opt/My Apps/arthexis", "--data-dir", "/srv/$data"], platform="linux")
    text = autostart.desktop_entry_path().read_text(encoding="utf-8")
    assert 'Exec="/opt/My Apps/arthexis" --data-dir "/srv/\\$data"' in text
    assert autostart.is_enabled("linux")
    autostart.set_enabled(False, platform="linux")
    autostart.set_enabled(False, platform="linux")  # already off: fine
    assert not autostart.desktop_entry_path().exists()
    assert not autostart.supported("darwin")
    with pytest.raises(OSError):
        autostart.set_enabled(True, ["x"], platform="darwin")


def test_launch_command_runs_this_package() -> None:
    command = autostart.launch_command()
    if getattr(sys, "frozen", False):
        assert command == [sys.executable]
    else:
        assert command[1:] == ["-m", "arthexis_desktop"]


def test_command_line_options_win_over_stored_settings_for_that_run(tmp_path: Path) -> None:
    stored = (
        AppSettings()
        .with_value("broker.port", 9100)
        .with_value("broker.host", "127.0.0.1")
        .with_value("broker.admission_policy", AdmissionPolicy.ACCEPT_ANY)
        .with_value("broker.strict_validation", False)
        .with_value("storage.db_url", "postgresql://u@db/fleet")
    )
    argv = ["--port", "9300", "--data-dir", str(tmp_path)]
    options = options_from(build_parser().parse_args(argv))
    explicit = explicit_options(argv)
    assert explicit == {"port", "data_dir"}
    run = overlay_options(options, stored, explicit)
    assert run.broker.port == 9300  # given: wins
    assert run.broker.host == "127.0.0.1" and run.broker.admission_policy == AdmissionPolicy.ACCEPT_ANY
    assert run.broker.strict_validation is False and run.db_url == "postgresql://u@db/fleet"
    assert run.data_dir == tmp_path
    shown = current_settings(run, stored)
    assert shown.broker.port == 9300 and shown.storage.db_url == "postgresql://u@db/fleet"
    assert override_notes(explicit) == {"broker.port": "--port", "storage.data_dir": "--data-dir"}

    nothing_given = overlay_options(AppOptions(), stored, frozenset())
    assert nothing_given.broker.port == 9100 and nothing_given.data_dir is None
    moved = overlay_options(
        AppOptions(), stored.with_value("storage.data_dir", str(tmp_path / "d")), frozenset()
    )
    assert moved.data_dir == tmp_path / "d"
