"""The object graph of a running broker (no Qt): storage, event bus, central system, services,
and the PC/SC RFID readers of this computer.

Desktop and headless modes both build a ``Runtime``; only they differ in the loop that runs it.
Start order: broker, tag-register services (scan history, local-list resync, reservations), then
readers (their scans go out as ``TagScanned`` on ``bus``); stop order: readers first, then the
register services, the demo fleet, the broker and storage.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from arthexis_desktop.app.options import AppOptions, database_url
from arthexis_desktop.core.events import EventBus
from arthexis_desktop.core.model import AdmissionState, Tag
from arthexis_desktop.csms.server import CentralSystem
from arthexis_desktop.integrations.rfid import PcscReaderService, ReaderService
from arthexis_desktop.services.charger_detail import ChargerDetailService
from arthexis_desktop.services.commands import CommandService
from arthexis_desktop.services.fleet import FleetService
from arthexis_desktop.services.fleet_state import FleetState
from arthexis_desktop.services.history import HistoryService
from arthexis_desktop.services.locations import LocationService
from arthexis_desktop.services.register import RegisterServices
from arthexis_desktop.storage import Storage

log = logging.getLogger(__name__)

DEMO_PREFIX = "DEMO"
DEMO_TAG = "DEC0DE01"


@dataclass
class Runtime:
    options: AppOptions
    storage: Storage
    bus: EventBus
    csms: CentralSystem
    fleet_state: FleetState
    commands: CommandService
    fleet: FleetService
    history: HistoryService
    register: RegisterServices
    locations: LocationService  # where chargers are (the map)
    charger_detail: ChargerDetailService  # one charger in depth (the Charger panel)
    readers: ReaderService | None = None  # the PC/SC readers; None with --no-readers
    _demo: object | None = field(default=None, repr=False)

    @classmethod
    async def create(cls, options: AppOptions) -> Runtime:
        """Open (and migrate) storage and wire everything; nothing listens yet."""
        storage = await Storage.open(database_url(options), frame_log_limit=options.broker.frame_log_limit)
        bus = EventBus()
        state = FleetState(bus)
        state.load(await storage.list_chargers(), await storage.active_transactions())
        csms = CentralSystem(options.broker, storage, bus)
        return cls(
            options=options,
            storage=storage,
            bus=bus,
            csms=csms,
            fleet_state=state,
            commands=CommandService(csms),
            fleet=FleetService(storage, csms, bus),
            history=HistoryService(storage),
            register=RegisterServices.create(storage, csms, bus),
            locations=LocationService(storage),
            charger_detail=ChargerDetailService(storage),
            readers=PcscReaderService(bus) if options.rfid_readers else None,
        )

    async def start(self) -> None:
        """Start listening, then watching readers (missing pyscard/pcscd is a status, not an error)."""
        await self.csms.start()
        self.register.start()
        if self.readers is not None:
            self.readers.start()  # on the loop thread, as the service requires
        if self.options.demo:
            await self.start_demo(self.options.demo_chargers)

    def local_url(self, path: str = "") -> str:
        """A URL this machine can use to reach its own broker (for the demo and self-test)."""
        host = self.csms.settings.host
        if host in ("", "0.0.0.0", "::"):
            host = "127.0.0.1"
        if ":" in host:
            host = f"[{host}]"
        return f"ws://{host}:{self.csms.port}/{path}".rstrip("/")

    async def start_demo(self, count: int, *, meter_interval_s: float = 2.0) -> None:
        """Start ``count`` simulated chargers in this process, pre-approved, with a known tag."""
        from arthexis_desktop.simulator import demo_fleet

        for n in range(1, count + 1):
            await self.storage.add_charger(f"{DEMO_PREFIX}-{n:04d}", AdmissionState.ACCEPTED)
        if await self.storage.tag(DEMO_TAG) is None:  # keep what the operator changed on it
            await self.storage.create_tag(Tag(uid=DEMO_TAG, label="Demo card", allowed=True))
        self._demo = await demo_fleet(
            self.local_url("demo"),
            count=count,
            prefix=DEMO_PREFIX,
            id_tag=DEMO_TAG,
            meter_interval_s=meter_interval_s,
        )
        log.info("demo: %d simulated chargers started", count)

    async def stop(self) -> None:
        if self.readers is not None:  # first: no scan arrives while the rest shuts down
            try:
                await self.readers.stop()
            except Exception:
                log.exception("RFID readers did not stop cleanly")
        try:
            await self.register.stop()
        except Exception:
            log.exception("tag-register services did not stop cleanly")
        demo, self._demo = self._demo, None
        if demo is not None:
            try:
                await asyncio.wait_for(demo.stop(), 10)  # type: ignore[attr-defined]
            except Exception:
                log.exception("demo fleet did not stop cleanly")
        await self.csms.stop()
        await self.storage.close()
