"""Small per-user JSON files of the window's tools (calculator presets, clipboard samples/patterns).

They belong to the person at this computer, not to the fleet, so they live as JSON files in the
per-user data folder instead of the (possibly shared) fleet database, each a ``JsonFile``
(``services.json_file``: atomic writes, an unreadable file kept aside as ``<name>.bad``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from arthexis_desktop.services.json_file import JsonFile as JsonFile  # re-exported for the tools

log = logging.getLogger(__name__)


def user_data_folder(data_dir: Path | None) -> Path:
    """``data_dir`` when given (``--data-dir``), else the per-user data folder of this application
    (the same folder the database uses: platformdirs with the application's name and author)."""
    if data_dir is not None:
        return Path(data_dir)
    from platformdirs import user_data_dir

    app_name = QCoreApplication.applicationName() or "arthexis-desktop"
    author = QCoreApplication.organizationName() or "Arthexis"
    return Path(user_data_dir(app_name, author))
