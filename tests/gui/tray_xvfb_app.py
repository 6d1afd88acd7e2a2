"""Run by test_toasts_xvfb on the xcb platform next to ``trayer``: show the tray icon, a message,
report what Qt says as one JSON line and save a screenshot of the screen (argument 1)."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from arthexis_desktop.core.notify import Toast
from arthexis_desktop.gui.style import apply_icon
from arthexis_desktop.gui.tray import TrayIcon, tray_available


def main() -> int:
    app = QApplication(sys.argv[:1])
    apply_icon(app)
    report: dict[str, object] = {"available": False}
    for _ in range(40):  # the tray host may still be starting
        if tray_available():
            break
        app.processEvents()
        QTimer.singleShot(100, app.quit)
        app.exec()
    report["available"] = tray_available()
    tray = TrayIcon()
    tray.set_status("running", "", 2)
    tray.show()
    tray.show_message(Toast("Charger CP-1 connected", "From 10.0.0.5 (ocpp1.6)", charger_id="CP-1"))

    def finish() -> None:
        geometry = tray.icon.geometry()
        report.update(
            visible=tray.is_visible(),
            geometry=[geometry.x(), geometry.y(), geometry.width(), geometry.height()],
            balloon=any(
                w.metaObject().className() == "QBalloonTip" and w.isVisible() for w in app.topLevelWidgets()
            ),
            tooltip=tray.tooltip(),
        )
        screen = app.primaryScreen()
        if len(sys.argv) > 1 and screen is not None:
            screen.grabWindow(0).save(sys.argv[1])
        app.quit()

    QTimer.singleShot(1500, finish)
    app.exec()
    tray.dispose()
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
