"""The real desktop (window + broker on the qasync loop) with a UI-lateness probe, for bench/run.py.

A 50 ms precise QTimer runs on the Qt main thread next to the broker; each tick records how late
it fired. The statistics (p50/p95/p99/max lateness in ms) are written to ``--probe-file`` every
second, so they survive the SIGTERM that ends the run. Takes the app's usual options.

``--show-panel ID`` (or ``ARTHEXIS_BENCH_SHOW_PANEL=ID``, which ``run.py --window`` passes on)
brings that panel's dock to the front, as View -> <panel> does, so its redraws are measured too
(``graphs`` opens on its site view); its redraw count and duration go into the probe file.

    QT_QPA_PLATFORM=offscreen python bench/window_server.py --probe-file probe.json --port 9000 ...
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer

from arthexis_desktop.app.desktop import DesktopApp, run_desktop
from arthexis_desktop.cli import build_parser, options_from

PROBE_MS = 50


class Probe:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.extra: dict[str, object] = {}
        self.lateness_ms: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.lateness_ms.append(max(0.0, (now - self.last) * 1000 - PROBE_MS))
        self.last = now

    def dump(self) -> None:
        values = sorted(self.lateness_ms)
        if not values:
            return

        def pct(q: float) -> float:
            return values[min(len(values) - 1, int(q * len(values)))]

        stats = {
            "ticks": len(values),
            "p50_ms": pct(0.5),
            "p95_ms": pct(0.95),
            "p99_ms": pct(0.99),
            "max_ms": values[-1],
            "late_over_50ms": sum(1 for v in values if v > 50),
            **self.extra,
        }
        self.path.write_text(json.dumps(stats))


def main() -> int:
    argv = sys.argv[1:]
    probe_file = Path(argv[argv.index("--probe-file") + 1])
    del argv[argv.index("--probe-file") : argv.index("--probe-file") + 2]
    show_panel = os.environ.get("ARTHEXIS_BENCH_SHOW_PANEL") or None
    if "--show-panel" in argv:
        show_panel = argv[argv.index("--show-panel") + 1]
        del argv[argv.index("--show-panel") : argv.index("--show-panel") + 2]
    options = options_from(build_parser().parse_args(argv))

    async def script(app: DesktopApp) -> int:
        stop = asyncio.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        probe = Probe(probe_file)
        panel = None
        redraw_ms: list[float] = []
        if show_panel:
            dock = app.window.docks[show_panel]
            dock.show()
            dock.raise_()
            panel = app.window.panels[show_panel]
            redraw = getattr(panel, "redraw", None)
            if redraw is not None:  # time the panel's own redraw work (painting comes after it)

                def timed_redraw() -> None:
                    started = time.perf_counter()
                    redraw()
                    redraw_ms.append((time.perf_counter() - started) * 1000)

                panel.redraw = timed_redraw  # type: ignore[method-assign]
        await asyncio.sleep(2.0)  # let startup settle before measuring
        probe.start()
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), 1.0)
            except TimeoutError:
                pass
            if panel is not None:
                ordered = sorted(redraw_ms) or [0.0]
                probe.extra = {
                    "shown_panel": show_panel,
                    "redraws": len(redraw_ms),
                    "redraw_p50_ms": ordered[len(ordered) // 2],
                    "redraw_max_ms": ordered[-1],
                }
            probe.dump()
        probe.dump()
        return 0

    return run_desktop(options, script=script)


if __name__ == "__main__":
    raise SystemExit(main())
