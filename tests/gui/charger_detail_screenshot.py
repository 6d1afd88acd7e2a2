"""Screenshots of the Charger panel with the live demo fleet, and a rendered sticker sheet.

Usage (under a real X server)::

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.gui.charger_detail_screenshot OUT_DIR

Writes ``charger_detail.png`` (the window with the detail of a charging DEMO charger),
``charger_detail_<tab>.png`` for the other tabs and ``stickers.pdf`` (a sheet of the demo chargers'
QR stickers). Exit code 0 when the pictures were written.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from arthexis_desktop.app.desktop import DesktopApp, run_desktop
from arthexis_desktop.cli import build_parser, options_from
from arthexis_desktop.gui.panels.charger_detail import ChargerDetailPanel
from arthexis_desktop.gui.panels.charger_detail import panel as p
from arthexis_desktop.gui.panels.chargers import ChargersPanel
from tests.gui.charger_detail_helpers import focus_router

CHARGER = "DEMO-0001"
WAIT_S = 30.0
SETTLE_S = 12.0


def _grab(app: DesktopApp, path: Path) -> bool:
    screen = QGuiApplication.primaryScreen()
    image = screen.grabWindow(0) if screen is not None else app.window.grab()
    if image.isNull():
        image = app.window.grab()
    return image.save(str(path))


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="arthexis-detail-shot-"))
    options = options_from(
        build_parser().parse_args(["--demo", "--port", "0", "--data-dir", str(work), *argv[1:]])
    )

    async def shoot(app: DesktopApp) -> int:
        assert app.runtime is not None and app.context is not None
        state = app.runtime.fleet_state
        deadline = time.monotonic() + WAIT_S
        while not ((c := state.charger(CHARGER)) and c.active_transactions and c.power_w):
            if time.monotonic() > deadline:
                print("charger_detail_screenshot: DEMO-0001 never charged", flush=True)
                return 1
            await asyncio.sleep(0.2)
        await app.runtime.storage.update_charger_details(
            CHARGER,
            notes="Car park level -1, bay 12. Gate code with the caretaker.",
            latitude=25.6866,
            longitude=-100.3161,
        )
        await asyncio.sleep(SETTLE_S)  # some energy on the meter
        focus_router(app)
        chargers = app.window.panels["chargers"]
        assert isinstance(chargers, ChargersPanel) and chargers.select_charger(CHARGER)
        chargers.table.doubleClicked.emit(
            chargers.table.selectionModel().selectedRows()[0]
        )  # what a person does
        panel = app.window.panels["charger_detail"]
        assert isinstance(panel, ChargerDetailPanel)
        await asyncio.sleep(2.5)
        ok = _grab(app, out / "charger_detail.png")
        for index, name in (
            (p.TAB_CONFIGURATION, "configuration"),
            (p.TAB_COMMANDS, "commands"),
            (p.TAB_ERRORS, "errors"),
            (p.TAB_FRAMES, "frames"),
            (p.TAB_QR, "qr"),
        ):
            panel.tabs.setCurrentIndex(index)
            await asyncio.sleep(2.0)
            ok = _grab(app, out / f"charger_detail_{name}.png") and ok
        panel.qr.open_stickers()
        dialog = panel.qr.sticker_dialog
        assert dialog is not None
        await asyncio.sleep(0.5)
        ok = _grab(app, out / "charger_detail_sticker_dialog.png") and ok
        ok = dialog.write_pdf(out / "stickers.pdf") > 0 and ok
        dialog.reject()
        print(f"charger_detail_screenshot: written to {out} ok={ok}", flush=True)
        return 0 if ok else 1

    return run_desktop(options, script=shoot)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
