"""Stored settings and command-line options together: the options given win for that run.

``overlay_options`` fills every broker/storage option the command line did not give from the
stored settings; ``current_settings`` is what the settings dialog then shows for this run, and
``override_notes`` says which fields the command line set (shown next to them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from arthexis_desktop.app.options import AppOptions
from arthexis_desktop.core.app_settings import BROKER_KEYS, AppSettings

# argparse destination -> settings field
CLI_FIELDS: Mapping[str, str] = {
    "host": "broker.host",
    "port": "broker.port",
    "ping_interval": "broker.ping_interval_s",
    "ping_timeout": "broker.ping_timeout_s",
    "admission": "broker.admission_policy",
    "auth_policy": "broker.authorization_policy",
    "db": "storage.db_url",
    "data_dir": "storage.data_dir",
}
EVERYTHING = frozenset(CLI_FIELDS)  # options built by code (tests, benchmarks): all of them count


def overlay_options(options: AppOptions, stored: AppSettings, explicit: frozenset[str]) -> AppOptions:
    """``options`` with what the command line did not give taken from ``stored``."""
    given = {CLI_FIELDS[name] for name in explicit if name in CLI_FIELDS}
    broker_changes = {
        name: getattr(stored.broker, name) for name in BROKER_KEYS if f"broker.{name}" not in given
    }
    db_url = options.db_url if "storage.db_url" in given else (stored.storage.db_url or None)
    data_dir = options.data_dir
    if "storage.data_dir" not in given and stored.storage.data_dir:
        data_dir = Path(stored.storage.data_dir).expanduser()
    return replace(
        options,
        broker=replace(options.broker, **broker_changes).validated(),
        db_url=db_url,
        data_dir=data_dir,
    )


def current_settings(options: AppOptions, stored: AppSettings) -> AppSettings:
    """The settings this run uses (what the dialog shows)."""
    broker = replace(stored.broker, **{name: getattr(options.broker, name) for name in BROKER_KEYS})
    storage = replace(
        stored.storage,
        db_url=options.db_url or "",
        data_dir=str(options.data_dir) if options.data_dir is not None else "",
    )
    return replace(stored, broker=broker, storage=storage)


def override_notes(explicit: frozenset[str]) -> dict[str, str]:
    """Field path -> the option that set it for this run (``--port``)."""
    return {
        CLI_FIELDS[name]: "--" + name.replace("_", "-") for name in sorted(explicit) if name in CLI_FIELDS
    }
