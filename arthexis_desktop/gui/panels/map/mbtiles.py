"""MBTiles (a SQLite file of tiles) as a tile source, for kiosks without internet.

``MbtilesReader`` is plain sqlite3 (read-only, XYZ rows flipped to MBTiles' TMS rows).
``MbtilesWorker`` reads on its own thread so a slow SD card never stalls the window: the map
posts the tiles it wants (newest wish replaces older ones) and gets ``loaded`` / ``failed`` back
as queued Qt signals.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from arthexis_desktop.core.geo import tms_row

log = logging.getLogger(__name__)

TileKey = tuple[int, int, int]  # z, x, y (XYZ)
RASTER_FORMATS = ("png", "jpg", "jpeg", "webp")


class MbtilesError(Exception):
    """The file cannot be used as a tile source (the message says why)."""


class MbtilesReader:
    """One MBTiles file, opened read-only. Use it from one thread at a time."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise MbtilesError(f"{self.path} does not exist")
        try:
            self._db = sqlite3.connect(
                self.path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False
            )
            self.metadata = dict(self._db.execute("SELECT name, value FROM metadata").fetchall())
            self._db.execute("SELECT 1 FROM tiles LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            self.close()
            raise MbtilesError(f"{self.path.name} is not an MBTiles file ({exc})") from exc
        fmt = str(self.metadata.get("format", "png")).lower()
        if fmt not in RASTER_FORMATS:
            self.close()
            raise MbtilesError(f"{self.path.name} holds {fmt} tiles; only raster tiles can be shown")
        self.min_zoom, self.max_zoom = self._zoom_range()

    def _zoom_range(self) -> tuple[int, int]:
        try:
            return int(self.metadata["minzoom"]), int(self.metadata["maxzoom"])
        except (KeyError, ValueError):
            low, high = self._db.execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
            return int(low or 0), int(high or 0)

    @property
    def attribution(self) -> str:
        return str(self.metadata.get("attribution", "")).strip()

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The image bytes of XYZ tile (z, x, y), or None when the file does not have it."""
        row = self._db.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
            (z, x, tms_row(y, z)),
        ).fetchone()
        return bytes(row[0]) if row and row[0] else None

    def close(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            db.close()
            self._db = None  # type: ignore[assignment]


class _Reading:
    """The thread's side: a queue of wanted tiles, replaced as a whole by each new wish."""

    def __init__(self, reader: MbtilesReader) -> None:
        self.reader = reader
        self.wanted: list[TileKey] = []
        self.cond = threading.Condition()
        self.stopping = False

    def stop(self) -> None:
        with self.cond:
            self.stopping = True
            self.wanted = []
            self.cond.notify()

    def next(self) -> TileKey | None:
        with self.cond:
            while not self.wanted and not self.stopping:
                self.cond.wait()
            return None if self.stopping else self.wanted.pop(0)


class MbtilesWorker(QObject):
    """Reads wanted tiles on a daemon thread; results arrive on the GUI thread."""

    loaded = Signal(int, int, int, object)  # z, x, y, decoded QImage (a null one: not in the file)
    failed = Signal(str)

    def __init__(self, reader: MbtilesReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self._reading = _Reading(reader)
        reading = self._reading
        self.destroyed.connect(lambda *_: reading.stop())  # not through self: Qt is deleting it
        self._thread = threading.Thread(target=self._run, args=(self._reading,), name="mbtiles", daemon=True)
        self._thread.start()

    def want(self, keys: Iterable[TileKey]) -> None:
        """Replace the queue: tiles asked for earlier and not wanted any more are never read."""
        with self._reading.cond:
            self._reading.wanted = list(keys)
            self._reading.cond.notify()

    def stop(self) -> None:
        self._reading.stop()
        self._thread.join(timeout=2.0)

    def _run(self, reading: _Reading) -> None:
        try:
            while (key := reading.next()) is not None:
                z, x, y = key
                try:
                    data = reading.reader.tile(z, x, y)
                except sqlite3.Error as exc:
                    log.warning("cannot read tile %s/%s/%s from %s: %s", z, x, y, reading.reader.path, exc)
                    self.failed.emit(str(exc))
                    continue
                image = QImage()  # decoded here: QImage (unlike QPixmap) may be built off the GUI thread
                if data:
                    image.loadFromData(data)
                if not reading.stopping:
                    self.loaded.emit(z, x, y, image)
        except RuntimeError:  # the QObject was deleted while a tile was being read
            pass
        finally:
            reading.reader.close()
