"""One JSON document on disk, written atomically, with an unreadable file kept aside.

A write goes to a temporary file that then replaces the old one, so a crash never leaves half a
file. A file that cannot be read is set aside as ``<name>.bad`` before the first write replaces
it: bad input never silently loses what was stored. Used for the per-user files of the window's
tools and for ``settings.json`` (no Qt here).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


class JsonFile:
    """One JSON document on disk: ``read()`` → value or None, ``write(value)`` (atomic)."""

    def __init__(self, path: Path, *, indent: int = 1) -> None:
        self.path = path
        self.indent = indent
        self.unreadable = False  # the file exists but could not be parsed (kept aside on write)
        self.error: str | None = None  # why it could not be read

    def read(self) -> object | None:
        """The stored value; None when there is no file or it cannot be read (logged)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("cannot read %s: %s", self.path, exc)
            self.unreadable, self.error = True, str(exc)
            return None
        try:
            return json.loads(text)
        except ValueError as exc:
            log.warning("%s is not valid JSON (%s); it is kept as %s.bad", self.path, exc, self.path.name)
            self.unreadable, self.error = True, str(exc)
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
                json.dump(value, handle, ensure_ascii=False, indent=self.indent)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
