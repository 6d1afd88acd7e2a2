"""Frame times of the map with 2,000 chargers: pan, zoom and live status changes.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.map_frame_time [N]
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.gui.map_frame_time [N]

Each frame is the work a person waits for: the change (pan by a few pixels, one zoom step with
its re-clustering, or 10 % of the statuses changing) plus a synchronous repaint of the 1,000 x
700 map with tiles from a local tile server. Prints median / 95th percentile / worst in ms.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from arthexis_desktop.gui.panels.map.settings import MapSettings
from arthexis_desktop.gui.panels.map.status import AVAILABLE, CHARGING, FAULTED, OFFLINE, UNAVAILABLE
from arthexis_desktop.gui.panels.map.tiles import TileLoader
from arthexis_desktop.gui.panels.map.view import MapView
from tests.gui.map_tiles import TileServer

CENTER = (25.6866, -100.3161)
STATUSES = (AVAILABLE, AVAILABLE, CHARGING, CHARGING, FAULTED, UNAVAILABLE, OFFLINE)


def _settle(app: QApplication, view: MapView, loader: TileLoader, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app.processEvents()
        view.viewport().repaint()
        if loader.downloading == 0 and view.paint_stats["tiles_missing"] == 0:
            return
        time.sleep(0.01)


def _frames(action: Callable[[int], None], view: MapView, count: int) -> list[float]:
    times = []
    for i in range(count):
        start = time.perf_counter()
        action(i)
        view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000.0)
    return times


def _report(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    median, worst = statistics.median(times), max(times)
    return f"{name:<28} frames={len(times):4d}  median={median:6.2f}  p95={p95:6.2f}  max={worst:6.2f} ms"


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 2000
    app = QApplication.instance() or QApplication([])
    rng = random.Random(42)
    with TileServer() as server:
        loader = TileLoader()
        cache = Path(tempfile.mkdtemp(prefix="map-frame-time-"))
        loader.configure(MapSettings(tile_url=server.template), cache)
        view = MapView(loader)
        view.resize(1000, 700)
        view.show()
        positions = {
            f"CP-{i:04d}": (CENTER[0] + rng.gauss(0, 0.08), CENTER[1] + rng.gauss(0, 0.10)) for i in range(n)
        }
        view.layer.set_positions(positions)
        view.layer.set_statuses({cid: rng.choice(STATUSES) for cid in positions})
        view.set_view(*CENTER, 13)
        view.refresh_markers()
        for zoom in range(10, 17):  # warm the tile cache of every level the zoom test visits
            view.set_view(*CENTER, zoom)
            _settle(app, view, loader)
        view.set_view(*CENTER, 13)
        _settle(app, view, loader)
        print(
            f"{n} chargers, view {view.viewport().width()}x{view.viewport().height()}, "
            f"platform {app.platformName()}"
        )
        results = []
        for zoom in (11, 13, 15):
            view.set_view(*CENTER, zoom)
            _settle(app, view, loader)
            shown = len(view.items(view.viewport().rect()))  # markers drawn in the view

            def pan(i: int) -> None:
                step = 6 if (i // 50) % 2 == 0 else -6
                view.pan_by(step, step // 2)

            results.append(_report(f"pan z{zoom} ({shown} on screen)", _frames(pan, view, 200)))
        levels = [11, 12, 13, 14, 15, 16, 15, 14, 13, 12]

        def zoom(i: int) -> None:
            view.set_view(*CENTER, levels[i % len(levels)])

        results.append(_report("zoom step (re-cluster)", _frames(zoom, view, 60)))
        view.set_view(*CENTER, 13)
        ids = list(positions)

        def statuses(i: int) -> None:
            changed = dict(view.layer.statuses)
            for cid in rng.sample(ids, n // 10):
                changed[cid] = rng.choice(STATUSES)
            view.layer.set_statuses(changed)

        results.append(_report("10% statuses change", _frames(statuses, view, 40)))
        start = time.perf_counter()
        for _ in range(20):
            view.layer.rebuild(13)
        results.append(f"{'cluster only (z13)':<28} {(time.perf_counter() - start) * 1000 / 20:6.2f} ms")
        print("\n".join(results))
        loader.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
