"""Screenshots of the shell under a real X server (``xvfb-run``), through the app's own start-up.

    python -m tests.gui.shell_screens settings OUT.png [--language de] [--qm EXTRA.qm] [app options]
    python -m tests.gui.shell_screens dark OUT.png [app options]      (add --demo for live data)

The settings (language, theme) are written to ``settings.json`` in ``--data-dir`` first, so the
picture shows what a person gets after choosing them. ``--qm`` installs an extra catalogue (e.g. a
draft translation of strings the project catalogues do not have yet).
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QGuiApplication

from arthexis_desktop.app.desktop import DesktopApp, run_desktop
from arthexis_desktop.cli import build_parser, explicit_options, options_from
from arthexis_desktop.core.app_settings import AppSettings, Theme
from arthexis_desktop.services.app_settings import SettingsStore

WAIT_S = 25.0


def _take(value: str, argv: list[str]) -> str | None:
    if value not in argv:
        return None
    at = argv.index(value)
    found = argv[at + 1]
    del argv[at : at + 2]
    return found


def _grab(app: DesktopApp, out: Path) -> int:
    screen = QGuiApplication.primaryScreen()
    image = screen.grabWindow(0) if screen is not None else app.window.grab()
    ok = image.save(str(out))
    print(f"shell_screens: saved {out} {image.width()}x{image.height()} ok={ok}", flush=True)
    return 0 if ok else 1


async def _settings_shot(app: DesktopApp, out: Path, section: str) -> int:
    app.window.resize(1280, 800)
    dialog = app.open_settings()
    assert dialog is not None
    dialog.select_section(section)
    await asyncio.sleep(0.2)
    dialog.move(app.window.geometry().center() - dialog.rect().center())
    await asyncio.sleep(0.8)
    return _grab(app, out)


async def _dark_shot(app: DesktopApp, out: Path) -> int:
    app.window.resize(1280, 800)
    deadline = time.monotonic() + WAIT_S
    transactions = app.window.panels["transactions"]
    while app.options.demo and transactions.model.rowCount() < 2:  # type: ignore[attr-defined]
        if time.monotonic() > deadline:
            print("shell_screens: no live data in time", flush=True)
            return 1
        await asyncio.sleep(0.2)
    chargers = app.window.panels["chargers"]
    chargers.select_charger("DEMO-0002")  # type: ignore[attr-defined]
    await asyncio.sleep(2.0)
    return _grab(app, out)


def main(argv: list[str]) -> int:
    mode, out, rest = argv[0], Path(argv[1]), list(argv[2:])
    language = _take("--language", rest) or ""
    qm = _take("--qm", rest)
    section = _take("--section", rest) or "broker"
    args = ["--host", "127.0.0.1", "--port", "0", *rest]
    options = options_from(build_parser().parse_args(args))
    assert options.data_dir is not None, "give --data-dir"
    settings = AppSettings().with_value("appearance.language", language)
    if mode == "dark":
        settings = settings.with_value("appearance.theme", Theme.DARK)
    SettingsStore.in_folder(options.data_dir).save(settings)
    extra = QTranslator()

    async def script(app: DesktopApp) -> int:
        if qm:
            assert extra.load(qm), qm
            QCoreApplication.installTranslator(extra)
        if mode == "settings":
            return await _settings_shot(app, out, section)
        return await _dark_shot(app, out)

    return run_desktop(options, script=script, explicit=explicit_options(args))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
