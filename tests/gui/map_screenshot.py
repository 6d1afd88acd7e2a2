"""Screenshot of the map panel: 20 chargers around Monterrey, 8 of them live (simulated).

Usage (under a real X server; tiles come from a local tile server, never from OSM)::

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.gui.map_screenshot OUT.png
    ... -m tests.gui.map_screenshot OUT.png --offline       # tile server down, nothing cached
    ... -m tests.gui.map_screenshot OUT.png --no-tiles      # no tile source chosen at all

Exit code 0 when the PNG was written.
"""

from __future__ import annotations

import asyncio
import math
import sys
import tempfile
from pathlib import Path

from ocpp.v16 import call
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from arthexis_desktop.app.desktop import DesktopApp, run_desktop
from arthexis_desktop.cli import build_parser, options_from
from arthexis_desktop.core.model import AdmissionState
from arthexis_desktop.gui.panels.map import MapPanel
from arthexis_desktop.gui.panels.map.settings import SOURCE_NONE, MapSettings
from arthexis_desktop.simulator import SessionPlan, SimulatedCharger, SimulatorConfig
from tests.gui.map_tiles import TileServer

CENTER = (25.6866, -100.3161)
PLACES = 20
LIVE = 8
UNPLACED = ("CP-NEW-1", "CP-NEW-2")


def position(n: int) -> tuple[float, float]:
    """A loose spiral around the centre, ~0.5 to 7 km out."""
    angle = n * 2.4
    radius = 0.006 + 0.0032 * n
    return CENTER[0] + radius * math.sin(angle), CENTER[1] + radius * 1.1 * math.cos(angle)


def hover(panel: MapPanel, charger_id: str) -> None:
    """Point at a marker: the cursor's coordinates and the marker's tooltip show."""
    view = panel.view
    item = view.layer.item_of(charger_id)
    if item is None:
        return
    viewport = view.viewport()
    point = view.mapFromScene(item.pos())
    where = QPointF(point)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        where,
        QPointF(viewport.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    no_tiles = "--no-tiles" in argv
    offline = "--offline" in argv
    work = Path(tempfile.mkdtemp(prefix="arthexis-map-shot-"))
    server = TileServer().start()
    if offline:
        server.stop()  # connections refused from the start
    options = options_from(
        build_parser().parse_args(
            ["--port", "0", "--data-dir", str(work), "--admission", "accept_any", "--auth-policy", "open"]
        )
    )
    chargers: list[SimulatedCharger] = []

    async def set_up(app: DesktopApp) -> MapPanel:
        runtime = app.runtime
        assert runtime is not None
        ids = [f"MTY-{n + 1:02d}" for n in range(PLACES)]
        for n, cid in enumerate(ids):
            await runtime.storage.add_charger(cid, AdmissionState.ACCEPTED)
            lat, lon = position(n)
            await runtime.storage.update_charger_details(cid, latitude=lat, longitude=lon)
        for cid in UNPLACED:
            await runtime.storage.add_charger(cid, AdmissionState.ACCEPTED)
        for n, cid in enumerate(ids[:LIVE]):
            plan = SessionPlan(idle_s=0.0, duration_s=None, max_sessions=1 if n % 3 == 0 else 0)
            config = SimulatorConfig(
                url=runtime.local_url("ocpp"), charger_id=cid, meter_interval_s=1.0, ramp_up_s=0.0, plan=plan
            )
            charger = SimulatedCharger(config)
            chargers.append(charger)
            charger.start()
        panel = app.window.panels["map"]
        assert isinstance(panel, MapPanel)
        settings = MapSettings(tile_url=server.template, cache_dir=str(work / "tiles"))
        panel.apply_settings(MapSettings(source=SOURCE_NONE) if no_tiles else settings, save=False)
        dock = app.window.docks["map"]
        dock.show()
        dock.raise_()
        for name, other in app.window.docks.items():  # the map (and its tab group) get the window
            if name not in ("map", "chargers"):
                other.hide()
        await asyncio.sleep(0.3)  # the docks' minimum sizes shrink once the layout has run
        app.window.setGeometry(app.window.screen().availableGeometry())
        return panel

    async def script(app: DesktopApp) -> int:
        try:
            panel = await set_up(app)
            await asyncio.sleep(4.0)  # chargers boot, sessions start, tiles load
            if len(chargers) > 1:
                fault = call.StatusNotification(connector_id=1, error_code="GroundFailure", status="Faulted")
                await chargers[1].call(fault)
            panel.select_charger("MTY-03")
            await asyncio.sleep(1.5)
            hover(panel, "MTY-04")  # charging: the tooltip shows its live power
            await asyncio.sleep(0.3)
            screen = QGuiApplication.primaryScreen()
            image = screen.grabWindow(0) if screen is not None else app.window.grab()
            if image.isNull():
                image = app.window.grab()
            ok = image.save(str(out))
            print(
                f"map_screenshot: saved {out} {image.width()}x{image.height()} ok={ok} "
                f"tile hits={len(server.hits)} status={panel.view.tile_status_text()!r} "
                f"zoom={panel.view.zoom} markers={len(panel.view.layer.visible_items)}",
                flush=True,
            )
            return 0 if ok else 1
        finally:
            await asyncio.gather(*(c.stop(timeout_s=2.0) for c in chargers), return_exceptions=True)

    try:
        return run_desktop(options, script=script)
    finally:
        server.stop()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
