"""Tile sources for the map tests (and the screenshot script): a local XYZ server and MBTiles.

``TileServer``: ThreadingHTTPServer on 127.0.0.1:0 serving Pillow-drawn PNGs that show their
z/x/y; it counts hits, records User-Agents and the most requests it served at once, and can be
switched to answer errors, to hang, or to send tiles that are stale after a second.
``make_mbtiles``: a small .mbtiles file (TMS rows) whose tiles carry a colour derived from x, y.
"""

from __future__ import annotations

import functools
import io
import sqlite3
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType

from PIL import Image, ImageDraw

LAND = (232, 228, 214)
GRID = (190, 184, 168)


@functools.lru_cache(maxsize=512)
def tile_png(z: int, x: int, y: int, *, fill: tuple[int, int, int] = LAND) -> bytes:
    image = Image.new("RGB", (256, 256), fill)
    draw = ImageDraw.Draw(image)
    for offset in range(0, 256, 64):  # light "streets" so that panning is visible
        draw.line([(offset, 0), (offset, 255)], fill=GRID, width=1)
        draw.line([(0, offset), (255, offset)], fill=GRID, width=1)
    draw.rectangle([0, 0, 255, 255], outline=(150, 140, 120))
    draw.text((10, 10), f"{z}/{x}/{y}", fill=(90, 80, 60))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def color_of(x: int, y: int) -> tuple[int, int, int]:
    """The MBTiles fixture's colour of tile (x, y): readable back from a screenshot."""
    return (40 + (x * 37) % 200, 40 + (y * 53) % 200, 120)


class TileServer:
    """``with TileServer() as server: server.template`` -> ``http://127.0.0.1:P/{z}/{x}/{y}.png``."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        self.user_agents: set[str] = set()
        self.mode = "ok"  # ok | error | hang | expiring (tiles stale after 1 s)
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._release = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server._serve(self)

            def log_message(self, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="tile-server", daemon=True)
        self._running = False

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def template(self) -> str:
        return f"http://127.0.0.1:{self.port}/{{z}}/{{x}}/{{y}}.png"

    def start(self) -> TileServer:
        self._thread.start()
        self._running = True
        return self

    def stop(self) -> None:
        """Close the socket: from now on connections are refused (the server is "down")."""
        self._release.set()
        if self._running:
            self._httpd.shutdown()
            self._running = False
        self._httpd.server_close()

    def release(self) -> None:
        """Let hanging requests finish."""
        self._release.set()

    def __enter__(self) -> TileServer:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.hits.append(handler.path)
            self.user_agents.add(handler.headers.get("User-Agent", ""))
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            self._answer(handler)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client aborted a request it no longer needed
        finally:
            with self._lock:
                self.in_flight -= 1

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        if self.mode == "hang":
            self._release.wait(timeout=30)
        if self.mode == "error":
            handler.send_error(500, "Tile renderer down")
            return
        try:
            z, x, y = (int(part) for part in handler.path.strip("/").removesuffix(".png").split("/"))
        except ValueError:
            handler.send_error(404)
            return
        body = tile_png(z, x, y)
        handler.send_response(200)
        handler.send_header("Content-Type", "image/png")
        handler.send_header("Content-Length", str(len(body)))
        handler.send_header("Cache-Control", "max-age=1" if self.mode == "expiring" else "max-age=86400")
        handler.end_headers()
        handler.wfile.write(body)


def make_mbtiles(
    path: Path,
    *,
    zooms: range = range(10, 14),
    around: tuple[int, int, int] = (13, 1813, 3490),  # the tile of Monterrey's centre at z13
    radius: int = 4,
    fmt: str = "png",
) -> Path:
    """Tiles around ``around`` at each zoom of ``zooms`` (rows stored TMS-flipped)."""
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE metadata (name TEXT, value TEXT);"
        "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
        "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);"
    )
    metadata = {
        "name": "Monterrey test",
        "format": fmt,
        "minzoom": str(zooms.start),
        "maxzoom": str(zooms.stop - 1),
        "attribution": "Test tiles © nobody",
    }
    db.executemany("INSERT INTO metadata VALUES (?, ?)", metadata.items())
    az, ax, ay = around
    for z in zooms:
        shift = z - az
        cx, cy = (ax << shift, ay << shift) if shift >= 0 else (ax >> -shift, ay >> -shift)
        for x in range(cx - radius, cx + radius + 1):
            for y in range(cy - radius, cy + radius + 1):
                data = tile_png(z, x, y, fill=color_of(x, y))
                db.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x, (1 << z) - 1 - y, data))
    db.commit()
    db.close()
    return path
