"""Options shared by every mode (the command line builds them; tests build them directly)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from arthexis_desktop.core.settings import BrokerSettings

APP_NAME = "arthexis-desktop"
APP_AUTHOR = "Arthexis"


@dataclass(frozen=True, slots=True)
class AppOptions:
    broker: BrokerSettings = field(default_factory=BrokerSettings)
    db_url: str | None = None  # None: SQLite file in the data folder
    data_dir: Path | None = None  # None: the per-user data folder
    log_level: str = "INFO"
    demo: bool = False
    demo_chargers: int = 3
    self_test: bool = False
    rfid_readers: bool = True  # watch the PC/SC RFID readers of this computer (--no-readers: off)


def data_dir(options: AppOptions) -> Path:
    """The data folder (created if missing): ``--data-dir`` or the per-user data folder."""
    if options.data_dir is not None:
        path = options.data_dir
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir(options: AppOptions) -> Path:
    """Where the rotating log file lives: ``<data-dir>/logs`` or the per-user log folder."""
    if options.data_dir is not None:
        path = options.data_dir / "logs"
    else:
        from platformdirs import user_log_dir

        path = Path(user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url(options: AppOptions) -> str:
    if options.db_url:
        return options.db_url
    return f"sqlite:///{data_dir(options) / 'arthexis.db'}"
