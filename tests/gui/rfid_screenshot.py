"""Screenshots of the "RFID cards" panel: enroll mode with a card just scanned, the register with
a card's history, and the CSV import report (dry run).

Usage (under a real X server)::

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python -m tests.gui.rfid_screenshot OUT_DIR

Writes ``rfid_enroll.png``, ``rfid_register.png`` and ``rfid_import.png`` into OUT_DIR; exit code
0 when all three were written. The register is seeded; decisions come from a raw OCPP client.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from websockets.asyncio.client import connect

from arthexis_desktop.app.desktop import DesktopApp, run_desktop
from arthexis_desktop.cli import build_parser, options_from
from arthexis_desktop.core.events import TagScanned
from arthexis_desktop.core.model import Tag, TagColour
from arthexis_desktop.gui.panels.rfid import RfidPanel
from arthexis_desktop.integrations.rfid import FakeReaderService

READER = "ACS ACR122U PICC Interface 00"
IMPORT = """uid,label,name,account,allowed,released,expires_at,colour,notes
04C3D2E1F0A1B2,,Van 8,ACME Fleet,true,true,,blue,
04C3D2E1F0A1B3,,Van 9,ACME Fleet,true,true,,blue,
04C3D2E1F0A1B4,,Workshop,,yes,,2027-06-30,white,spare card
TOO-LONG-UID-0123456789,,Bad row,,true,,,,
04C3D2E1F0A1B5,,Van 10,,maybe,,,,
04A1B2C3,10,Renamed van,,,,,,
04C3D2E1F0A1B6,,Guest,Nobody Ltd,,,,,
"""


async def seed(app: DesktopApp) -> None:
    assert app.runtime is not None
    tags, storage = app.runtime.register.tags, app.runtime.storage
    acme = await tags.create_account("ACME Fleet", contact="fleet@acme.example")
    north = await tags.create_account("North Depot")
    await tags.add_credit(acme.id or 0, energy_wh=250_000, note="invoice 2026-014")
    soon = datetime.now(UTC) + timedelta(days=200)
    past = datetime.now(UTC) - timedelta(days=3)
    for n, (uid, name, account, owner, allowed, released, colour, expires) in enumerate(
        [
            ("04A1B2C3", "Van 1", acme.id, "Dana", True, True, TagColour.BLUE, None),
            ("04A1B2C4", "Van 2", acme.id, "Luis", True, True, TagColour.BLUE, soon),
            ("04A1B2C5", "Van 3", acme.id, "", False, True, TagColour.BLUE, None),
            ("04A1B2C6", "Night shift", north.id, "Ana", True, True, TagColour.BLACK, None),
            ("04A1B2C7", "Visitor", None, "", True, False, TagColour.WHITE, past),
            ("04A1B2C8", "Spare", None, "", True, False, TagColour.RED, None),
        ]
    ):
        await storage.create_tag(
            Tag(
                uid=uid,
                label=name,
                account_id=account,
                owner=owner,
                allowed=allowed,
                released=released,
                colour=colour,
                expires_at=expires,
                label_number=10 * (n + 1),
            )
        )


async def charger_decisions(app: DesktopApp) -> None:
    """A charger presents a few cards (decisions land in the tags' history)."""
    assert app.runtime is not None
    async with connect(app.runtime.local_url("CP-GARAGE-1"), subprotocols=["ocpp1.6"]) as ws:  # type: ignore[list-item]
        frames = [("BootNotification", {"chargePointVendor": "ACME", "chargePointModel": "Wall 22"})]
        frames += [("Authorize", {"idTag": uid}) for uid in ("04A1B2C3", "04A1B2C5", "04A1B2C3", "DEADBEEF")]
        for n, (action, payload) in enumerate(frames):
            await ws.send(json.dumps([2, f"s{n}", action, payload]))
            await ws.recv()


def present(app: DesktopApp, uid: str) -> None:
    assert app.runtime is not None
    app.runtime.bus.publish(TagScanned(reader=READER, uid=uid, raw=uid, at=datetime.now(UTC), source="pcsc"))


async def settle(seconds: float = 0.8) -> None:
    await asyncio.sleep(seconds)


def grab(app: DesktopApp, path: Path) -> bool:
    QApplication.processEvents()
    screen = QGuiApplication.primaryScreen()
    image = screen.grabWindow(0) if screen is not None else app.window.grab()
    if image.isNull():
        image = app.window.grab()
    ok = image.save(str(path))
    print(f"rfid_screenshot: {path} {image.width()}x{image.height()} ok={ok}", flush=True)
    return ok


def give_room(app: DesktopApp) -> None:
    """The RFID dock in front, taking most of the window's height."""
    window = app.window
    dock = window.docks["rfid"]
    dock.show()
    dock.raise_()
    bottom = [window.docks[i] for i in ("transactions",) if i in window.docks]
    if bottom:
        window.resizeDocks(
            [dock, bottom[0]],
            [int(window.height() * 0.8), int(window.height() * 0.2)],
            Qt.Orientation.Vertical,
        )


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp(prefix="rfid-shot-"))
    options = options_from(
        build_parser().parse_args(
            [
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--data-dir",
                str(data),
                "--no-readers",
                "--admission",
                "accept_any",
            ]
        )
    )

    async def shoot(app: DesktopApp) -> int:
        assert app.runtime is not None and app.context is not None
        window = app.window
        window.showMaximized()
        readers = FakeReaderService(app.runtime.bus, readers=(READER,))
        readers.start()
        app.context.readers = readers
        await seed(app)
        await charger_decisions(app)
        panel = window.panels["rfid"]
        assert isinstance(panel, RfidPanel)
        give_room(app)
        panel.tabs.setCurrentWidget(panel.enroll)
        await settle()
        present(app, "04A1B2C4")  # a known card first (it shows in the recent scans)
        await settle(0.6)
        present(app, "04E91C2A5B6F80")  # then a new card: enrolled with the next number
        await settle(1.2)
        ok = grab(app, out / "rfid_enroll.png")

        panel.tabs.setCurrentWidget(panel.register_tab)
        await settle()
        panel.register_tab.select_uids(["04A1B2C3"])
        await settle(1.2)
        ok &= grab(app, out / "rfid_register.png")

        csv_path = data / "cards.csv"
        csv_path.write_text(IMPORT, encoding="utf-8")
        dialog = panel.open_import(csv_path)
        for _ in range(50):
            if dialog.report is not None:
                break
            await settle(0.1)
        dialog.resize(900, 560)
        frame: QWidget = dialog
        frame.move(window.geometry().center() - frame.rect().center())
        await settle(0.8)
        ok &= grab(app, out / "rfid_import.png")
        dialog.reject()
        return 0 if ok else 1

    return run_desktop(options, script=shoot)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
