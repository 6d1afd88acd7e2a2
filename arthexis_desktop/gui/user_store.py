"""Small per-user JSON files of the window's tools (calculator presets, clipboard samples/patterns).

They belong to the person at this computer, not to the fleet, so they live as JSON files in the
per-user data folder instead of the (possibly shared) fleet database. A write goes to a temporary
file that then replaces the old one, so a crash never leaves half a file. A file that cannot be
read is set aside as ``<name>.bad`` before the first write replaces it: bad input never silently
loses what was stored.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

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


class JsonFile:
    """One JSON document on disk: ``read()`` → value or None, ``write(value)`` (atomic)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.unreadable = False  # the file exists but could not be parsed (kept aside on write)

    def read(self) -> object | None:
        """The stored value; None when there is no file or it cannot be read (logged)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("cannot read %s: %s", self.path, exc)
            self.unreadable = True
            return None
        try:
            return json.loads(text)
        except ValueError as exc:
            log.warning("%s is not valid JSON (%s); it is kept as %s.bad", self.path, exc, self.path.name)
            self.unreadable = True
            return None

    def write(self, value: object) -> None:
        """Replace the file with ``value`` as JSON; raises ``OSError`` (the caller tells the user)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.unreadable and self.path.exists():
            os.replace(self.path, self.path.with_name(self.path.name + ".bad"))
            self.unreadable = False
        fd, tmp = tempfile.mkstemp(prefix=self.path.name, suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(value, handle, ensure_ascii=False, indent=1)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
