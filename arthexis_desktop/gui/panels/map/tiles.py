"""Tiles for the map: an XYZ server through ``QNetworkAccessManager`` + ``QNetworkDiskCache``, or
an MBTiles file, behind one small interface, with decoded tiles kept in memory.

Tile usage policy (OpenStreetMap's, and polite for any server): only the tiles the view shows are
asked for, nearest to the centre first; at most two downloads run at once; tiles that scrolled
out of view are dropped from the queue and their downloads aborted; every request names the
application in its User-Agent; the disk cache answers repeated requests and honours the server's
caching headers. A failure is never reported per tile: ``status`` holds one line that the map
shows ("tile server unreachable: …", "offline: showing cached tiles", "no tile source").
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkDiskCache, QNetworkReply, QNetworkRequest

from arthexis_desktop.core.geo import tms_row
from arthexis_desktop.gui.panels.map.mbtiles import MbtilesError, MbtilesReader, MbtilesWorker, TileKey
from arthexis_desktop.gui.panels.map.settings import (
    SOURCE_MBTILES,
    SOURCE_NONE,
    SOURCE_ONLINE,
    USER_AGENT,
    MapSettings,
)

log = logging.getLogger(__name__)

MAX_CONCURRENT = 2  # OSM tile usage policy: no more than 2 download connections
MEMORY_TILES = 200  # decoded tiles kept (~50 MB): a full-HD view needs ~40, plus zoom fallbacks
RETRY_AFTER_S = 30.0  # a failed tile is asked for again after this long (the server came back?)
ONLINE_MAX_ZOOM = 19
STALE = "arthexis_stale"  # property of a reply that was aborted on purpose

# What the overlay line says (the view translates and formats these).
STATUS_OK = ""
STATUS_NO_SOURCE = "no_source"
STATUS_UNREACHABLE = "unreachable"  # detail: the network error
STATUS_TIMEOUT = "timeout"  # detail: seconds waited
STATUS_OFFLINE_CACHED = "offline_cached"
STATUS_SERVER_ERROR = "server_error"  # detail: HTTP status / reason
STATUS_MBTILES_ERROR = "mbtiles_error"  # detail: why the file cannot be used
STATUS_NOT_AN_IMAGE = "not_an_image"


def _valid_template(template: str) -> bool:
    return template.startswith(("http://", "https://")) and all(
        part in template for part in ("{z}", "{x}", "{y}")
    )


class TileLoader(QObject):
    tiles_changed = Signal()  # new tiles to draw (or worth asking again)
    status_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = MapSettings(source=SOURCE_NONE)
        self.status, self.status_detail = STATUS_NO_SOURCE, ""
        self.attribution = ""
        self.min_zoom, self.max_zoom = 0, ONLINE_MAX_ZOOM
        self.network_requests = 0  # requests sent (counting answers from the disk cache)
        self.cache_answers = 0  # tiles the disk cache answered
        self._memory: OrderedDict[TileKey, QPixmap] = OrderedDict()
        self._missing: dict[TileKey, float] = {}  # key -> monotonic time it may be asked again
        self._wanted: list[TileKey] = []
        self._active: dict[TileKey, QNetworkReply] = {}
        self._network_error = ""
        self._nam: QNetworkAccessManager | None = None
        self._online = False
        self._cache_dir = Path()
        self._mbtiles: MbtilesWorker | None = None
        self._mbtiles_asked: set[TileKey] = set()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._retry_missing)

    # -- configuration ---------------------------------------------------------------------------
    def configure(self, settings: MapSettings, cache_dir: Path) -> None:
        """Use ``settings``' source from now on (drops what the previous source gave)."""
        self.close()
        self.settings = settings
        self._memory.clear()
        self._missing.clear()
        self.min_zoom, self.max_zoom = 0, ONLINE_MAX_ZOOM
        self._cache_dir = cache_dir
        self._online = settings.source == SOURCE_ONLINE and _valid_template(settings.tile_url.strip())
        if self._online:  # the network and the cache folder are touched at the first request
            self.attribution = settings.attribution
            self._set_status(STATUS_OK)
        elif settings.source == SOURCE_MBTILES and settings.mbtiles_path:
            try:
                reader = MbtilesReader(settings.mbtiles_path)
            except MbtilesError as exc:
                self.attribution = ""
                self._set_status(STATUS_MBTILES_ERROR, str(exc))
            else:
                self._mbtiles = MbtilesWorker(reader, self)
                self._mbtiles.loaded.connect(self._on_mbtiles_loaded)
                self._mbtiles.failed.connect(lambda why: self._set_status(STATUS_MBTILES_ERROR, why))
                self.min_zoom, self.max_zoom = reader.min_zoom, reader.max_zoom
                self.attribution = reader.attribution or settings.attribution
                self._set_status(STATUS_OK)
        else:
            self.attribution = ""
            self._set_status(STATUS_NO_SOURCE)
        self.tiles_changed.emit()

    def close(self) -> None:
        """Abort downloads and stop the MBTiles reader (before the map goes away)."""
        self._wanted = []
        self._abort([key for key in self._active])
        if self._mbtiles is not None:
            self._mbtiles.stop()
            self._mbtiles.deleteLater()
            self._mbtiles = None
        self._mbtiles_asked.clear()
        self._online = False
        if self._nam is not None:
            self._nam.deleteLater()
            self._nam = None

    @property
    def has_source(self) -> bool:
        return self._online or self._mbtiles is not None

    @property
    def downloading(self) -> int:
        return len(self._active)

    @property
    def active_keys(self) -> set[TileKey]:
        """The tiles being downloaded now (at most ``MAX_CONCURRENT``)."""
        return set(self._active)

    # -- tiles -----------------------------------------------------------------------------------
    def pixmap(self, key: TileKey) -> QPixmap | None:
        pixmap = self._memory.get(key)
        if pixmap is not None:
            self._memory.move_to_end(key)
        return pixmap

    def want(self, keys: Sequence[TileKey]) -> None:
        """The tiles the view shows now, most important first. Everything else is dropped."""
        now = time.monotonic()
        wanted = [k for k in keys if k not in self._memory and self._missing.get(k, 0.0) <= now]
        wanted_set = set(wanted)
        if self._mbtiles is not None:
            fresh = [k for k in wanted if self.min_zoom <= k[0] <= self.max_zoom]
            if set(fresh) != self._mbtiles_asked:
                self._mbtiles_asked = set(fresh)
                self._mbtiles.want(fresh)
            return
        if not self._online:
            return
        if self._nam is None:
            self._nam = QNetworkAccessManager(self)
            cache = QNetworkDiskCache(self._nam)
            cache.setCacheDirectory(str(self._cache_dir))
            cache.setMaximumCacheSize(self.settings.cache_size_mb * 1024 * 1024)
            self._nam.setCache(cache)
        self._wanted = [k for k in wanted if k not in self._active]
        self._abort([key for key in self._active if key not in wanted_set])  # scrolled out of view
        self._pump()

    def _abort(self, keys: list[TileKey]) -> None:
        for key in keys:
            reply = self._active.pop(key)
            reply.setProperty(STALE, True)
            reply.abort()  # may call _on_finished at once; it ignores stale replies

    def _pump(self) -> None:
        while self._nam is not None and self._wanted and len(self._active) < MAX_CONCURRENT:
            self._request(self._wanted.pop(0), QNetworkRequest.CacheLoadControl.PreferNetwork)

    def _request(self, key: TileKey, policy: QNetworkRequest.CacheLoadControl) -> None:
        assert self._nam is not None
        z, x, y = key
        url = self.settings.tile_url.strip()
        for name, value in (("{z}", z), ("{x}", x), ("{-y}", tms_row(y, z)), ("{y}", y), ("{s}", "a")):
            url = url.replace(name, str(value))
        request = QNetworkRequest(QUrl(url))
        request.setHeader(QNetworkRequest.KnownHeaders.UserAgentHeader, USER_AGENT)
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute, policy)
        request.setTransferTimeout(int(self.settings.timeout_s * 1000))
        reply = self._nam.get(request)
        self.network_requests += 1
        self._active[key] = reply
        reply.finished.connect(lambda: self._on_finished(key, reply, policy))

    def _on_finished(
        self, key: TileKey, reply: QNetworkReply, policy: QNetworkRequest.CacheLoadControl
    ) -> None:
        reply.deleteLater()
        if reply.property(STALE) or self._active.get(key) is not reply:
            return  # aborted because it scrolled out of view, or the source changed
        del self._active[key]
        error = reply.error()
        from_cache = bool(reply.attribute(QNetworkRequest.Attribute.SourceIsFromCacheAttribute))
        http_status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if error == QNetworkReply.NetworkError.NoError:
            self.cache_answers += int(from_cache)
            self._store(key, bytes(reply.readAll().data()))
            if policy == QNetworkRequest.CacheLoadControl.AlwaysCache:
                self._set_status(STATUS_OFFLINE_CACHED)
            elif not from_cache:
                self._set_status(STATUS_OK)
        elif isinstance(http_status, int) and http_status >= 400:
            self._give_up(key)
            self._set_status(STATUS_SERVER_ERROR, f"HTTP {http_status} {reply.errorString()}".strip())
        elif policy == QNetworkRequest.CacheLoadControl.PreferNetwork:
            # Unreachable or timed out: perhaps the disk cache still has an old copy.
            timed_out = error in (
                QNetworkReply.NetworkError.OperationCanceledError,  # transfer timeout
                QNetworkReply.NetworkError.TimeoutError,
            )
            self._network_error = "" if timed_out else reply.errorString()
            self._request(key, QNetworkRequest.CacheLoadControl.AlwaysCache)
            return
        else:  # not in the cache either
            self._give_up(key)
            if self.status == STATUS_OFFLINE_CACHED:
                pass
            elif self._network_error:
                self._set_status(STATUS_UNREACHABLE, self._network_error)
            else:
                self._set_status(STATUS_TIMEOUT, f"{self.settings.timeout_s:g}")
        self._pump()

    def _store(self, key: TileKey, data: bytes) -> None:
        image = QImage()
        if not image.loadFromData(data):
            self._give_up(key)
            self._set_status(STATUS_NOT_AN_IMAGE)
            return
        self._remember(key, image)

    def _remember(self, key: TileKey, image: QImage) -> None:
        self._memory[key] = QPixmap.fromImage(image)
        self._memory.move_to_end(key)
        while len(self._memory) > MEMORY_TILES:
            self._memory.popitem(last=False)
        self._missing.pop(key, None)
        self.tiles_changed.emit()

    def _give_up(self, key: TileKey) -> None:
        self._missing[key] = time.monotonic() + RETRY_AFTER_S
        if not self._retry.isActive():
            self._retry.start(int(RETRY_AFTER_S * 1000))

    def _retry_missing(self) -> None:
        self._missing.clear()
        self.tiles_changed.emit()  # the view asks for what it still shows

    def _on_mbtiles_loaded(self, z: int, x: int, y: int, image: QImage) -> None:
        key = (z, x, y)
        self._mbtiles_asked.discard(key)
        if image.isNull():
            self._missing[key] = float("inf")  # the file does not have it; it will not grow one
            return
        self._remember(key, image)

    def _set_status(self, status: str, detail: str = "") -> None:
        if (status, detail) != (self.status, self.status_detail):
            self.status, self.status_detail = status, detail
            self.status_changed.emit()
