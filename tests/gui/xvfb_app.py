"""Start the real app from its command line with ``--demo``, wait for live data, screenshot it.

Usage: ``python -m tests.gui.xvfb_app OUT.png [arthexis-desktop options...]`` (under a real X
server: the screenshot is grabbed from the screen, not rendered offscreen). Exit code 0 when live
data was shown and the PNG was written.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

from arthexis_desktop.app.desktop import DesktopApp, run_desktop
from arthexis_desktop.cli import build_parser, options_from

WAIT_S = 25.0
# Extra seconds of live demo before the picture (e.g. 70 to show a finished session too).
SETTLE_S = float(os.environ.get("ARTHEXIS_SHOT_SETTLE_S", "1.5"))


def _live(app: DesktopApp) -> bool:
    chargers = app.window.panels.get("chargers")
    transactions = app.window.panels.get("transactions")
    if chargers is None or transactions is None:
        return False
    rows = [chargers.model.row(c.charger_id) for c in app.runtime.fleet_state.chargers()]  # type: ignore[union-attr, attr-defined]
    charging = [r for r in rows if r is not None and r.power_w]
    return len(rows) >= 3 and len(charging) >= 2 and transactions.model.rowCount() >= 2  # type: ignore[attr-defined]


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    options = options_from(build_parser().parse_args(["--demo", *argv[1:]]))

    async def screenshot(app: DesktopApp) -> int:
        from PySide6.QtGui import QGuiApplication

        deadline = time.monotonic() + WAIT_S
        while not _live(app):
            if time.monotonic() > deadline:
                print("xvfb_app: no live data in time", flush=True)
                return 1
            await asyncio.sleep(0.2)
        chargers = app.window.panels["chargers"]
        chargers.select_charger("DEMO-0002")  # type: ignore[attr-defined]
        await asyncio.sleep(SETTLE_S)  # a few redraws with the selection
        screen = QGuiApplication.primaryScreen()
        image = screen.grabWindow(0) if screen is not None else app.window.grab()
        if image.isNull():
            image = app.window.grab()
        ok = image.save(str(out))
        print(f"xvfb_app: saved {out} {image.width()}x{image.height()} ok={ok}", flush=True)
        return 0 if ok else 1

    return run_desktop(options, script=screenshot)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
