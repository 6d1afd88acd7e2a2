"""A simulated OCPP 1.6 charge point: connection lifecycle, boot, keep-alive, resets and stop.

Start it inside a running loop with :meth:`SimulatedCharger.start` and end it with ``await stop()``;
it reconnects on its own (capped exponential backoff with jitter) whenever the connection drops.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ocpp.exceptions import OCPPError, UnknownCallErrorCodeError, ValidationError
from ocpp.v16 import call
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import WebSocketException

from arthexis_desktop.core.errors import ArthexisError
from arthexis_desktop.simulator.config import SimulatorConfig
from arthexis_desktop.simulator.configuration import HEARTBEAT_INTERVAL, ConfigurationStore, default_keys
from arthexis_desktop.simulator.connector import ConnectorRunner, now_text
from arthexis_desktop.simulator.link import Link, LinkDownError, open_connection
from arthexis_desktop.simulator.meter import TRIGGER, clock_meter_value
from arthexis_desktop.simulator.routines import clock_loop, fault_loop, heartbeat_loop
from arthexis_desktop.simulator.tasks import TaskSet, wait_any, wait_event

log = logging.getLogger(__name__)

# A CALLERROR answer, or an answer that breaks the schema (quirky CSMS): the call failed.
CALL_FAILURES = (OCPPError, ValidationError, UnknownCallErrorCodeError)


class ChargerState(StrEnum):
    CREATED = "created"
    CONNECTING = "connecting"
    BOOTING = "booting"  # connected, BootNotification not accepted yet
    ONLINE = "online"
    OFFLINE = "offline"  # connection lost, waiting to reconnect
    STOPPED = "stopped"
    FAILED = "failed"  # gave up: the server was never reachable


class SimulatorConnectionError(ArthexisError):
    """The charger gave up connecting (unreachable server or refused handshake)."""

    def __init__(self, charger_id: str, url: str, attempts: int, cause: str) -> None:
        super().__init__(f"{charger_id}: cannot connect to {url} after {attempts} attempt(s): {cause}")
        self.charger_id = charger_id
        self.url = url


@dataclass(frozen=True, slots=True)
class ChargerStats:
    charger_id: str
    state: ChargerState
    connected: bool
    booted: bool
    connections: int
    boots: int
    sessions_started: int
    sessions_stopped: int
    active_sessions: int
    energy_wh: float  # delivered in this run
    error: str | None


class SimulatedCharger:
    """One simulated charge point with 1 or 2 connectors."""

    def __init__(self, config: SimulatorConfig) -> None:
        self.config = config
        self.charger_id = config.charger_id
        self._store = ConfigurationStore(default_keys(config))
        self._connectors = tuple(
            ConnectorRunner(connector_id=n, config=config, configuration=self._store, uplink=self)
            for n in range(1, config.connectors + 1)
        )
        self._net_rng = config.rng("network")
        self._tasks = TaskSet(self.charger_id)
        self._connector_tasks = TaskSet(f"{self.charger_id}:connectors")
        self.state = ChargerState.CREATED
        self.error: SimulatorConnectionError | None = None
        self._link: Link | None = None
        self._online = asyncio.Event()
        self._stop_event = asyncio.Event()
        self._boot_now = asyncio.Event()
        self._finished = asyncio.Event()
        self._stopping = False
        self._reset_pending = False
        self._main_status = "Available"
        self._connections = 0
        self._boots = 0

    # --- public ----------------------------------------------------------------------------------

    @property
    def configuration(self) -> ConfigurationStore:
        return self._store

    @property
    def connectors(self) -> Sequence[ConnectorRunner]:
        return self._connectors

    @property
    def vendor_id(self) -> str:
        return self.config.vendor

    @property
    def stopping(self) -> bool:
        return self._stopping

    @property
    def main_meter_wh(self) -> float:
        return sum(c.register_wh for c in self._connectors)

    def start(self) -> None:
        """Begin connecting (call from inside the running loop)."""
        if self.state is not ChargerState.CREATED:
            raise RuntimeError(f"{self.charger_id} was already started")
        self.state = ChargerState.CONNECTING
        self._tasks.spawn(self._supervise(), name="supervisor")
        self._start_connectors()
        if self.config.fault is not None:
            self._tasks.spawn(
                fault_loop(self.config.fault, self._connectors, online=self._online), name="fault"
            )

    async def stop(self, *, reason: str = "Local", timeout_s: float = 5.0) -> None:
        """Stop running sessions (StopTransaction with ``reason``), then close the connection."""
        if self._stopping:
            await self._finished.wait()
            return
        self._stopping = True
        self._stop_event.set()
        await self._end_sessions(reason, timeout_s=timeout_s)
        await self._connector_tasks.cancel_all()
        await self._tasks.cancel_all()
        if self._link is not None:
            await self._link.close()
        await self._tasks.cancel_all()  # anything a CSMS call spawned while the link was closing
        self._online.clear()
        if self.state is not ChargerState.FAILED:
            self.state = ChargerState.STOPPED
        self._finished.set()

    async def wait_online(self) -> None:
        await self._online.wait()

    async def wait_finished(self) -> None:
        """Until the charger was stopped or gave up connecting."""
        await self._finished.wait()

    def stats(self) -> ChargerStats:
        link = self._link
        return ChargerStats(
            charger_id=self.charger_id,
            state=self.state,
            connected=link is not None and not link.closed,
            booted=self._online.is_set(),
            connections=self._connections,
            boots=self._boots,
            sessions_started=sum(c.sessions_started for c in self._connectors),
            sessions_stopped=sum(c.sessions_stopped for c in self._connectors),
            active_sessions=sum(1 for c in self._connectors if c.charging),
            energy_wh=sum(c.energy_delivered_wh for c in self._connectors),
            error=str(self.error) if self.error is not None else None,
        )

    # --- messages (Uplink for the connectors) -------------------------------------------------------

    async def call(self, payload: Any, *, reliable: bool = False) -> Any:
        """Send a CALL; None when it could not be answered. ``reliable`` waits for the connection
        (transaction messages), otherwise the message is dropped while offline."""
        while True:
            link = self._link
            if link is None or not self._online.is_set():
                if not reliable:
                    return None
                await self._online.wait()
                continue
            try:
                return await link.call(payload)
            except LinkDownError:
                if self._link is link:
                    self._online.clear()
                if not reliable:
                    return None
            except TimeoutError:
                log.warning("%s: no answer to %s", self.charger_id, type(payload).__name__)
                return None
            except CALL_FAILURES as exc:
                log.warning("%s: %s failed: %r", self.charger_id, type(payload).__name__, exc)
                return None

    # --- CSMS commands (CommandHost for the charge point) --------------------------------------------

    def spawn(self, coro: Coroutine[Any, Any, Any], *, name: str) -> None:
        self._tasks.spawn(coro, name=name)

    async def reset(self, kind: str) -> None:
        """Reset.req: stop sessions, close, reconnect at once and boot again."""
        log.info("%s: %s reset", self.charger_id, kind)
        await self._end_sessions("HardReset" if kind == "Hard" else "SoftReset", timeout_s=10.0)
        await self._connector_tasks.cancel_all()
        self._reset_pending = True
        if self._link is not None:
            await self._link.close()

    async def trigger(self, message: str, connector_id: int | None) -> None:
        """Send what TriggerMessage asked for (connector 0 = the charger as a whole)."""
        targets = [c for c in self._connectors if connector_id in (None, c.connector_id)]
        if message == "BootNotification":
            if not self._online.is_set():
                self._boot_now.set()  # a pending boot is retried right away
            else:
                await self._boot_once(self.call)
        elif message == "Heartbeat":
            await self.call(call.Heartbeat())
        elif message == "StatusNotification":
            if connector_id in (None, 0):
                await self.call(self._main_status_payload())
            for connector in targets:
                await self.call(connector.status_payload())
        elif message == "MeterValues":
            if connector_id == 0:
                value = clock_meter_value(self.main_meter_wh, timestamp=now_text(), context=TRIGGER)
                await self.call(call.MeterValues(connector_id=0, meter_value=[value]))
            for connector in targets:
                await self.call(connector.meter_payload())
        elif message == "DiagnosticsStatusNotification":
            await self.call(call.DiagnosticsStatusNotification(status="Idle"))
        elif message == "FirmwareStatusNotification":
            await self.call(call.FirmwareStatusNotification(status="Idle"))

    async def report_availability(self) -> None:
        """After ChangeAvailability: report connector 0 and every connector whose status changed."""
        await self.report_main_status()
        for connector in self._connectors:
            await connector.report_idle_status()

    async def report_main_status(self) -> None:
        """Connector 0 is Unavailable when no connector is operative; report it when that changes."""
        main = "Available" if any(c.operative for c in self._connectors) else "Unavailable"
        if main != self._main_status:
            self._main_status = main
            await self.call(self._main_status_payload())

    # --- lifecycle ---------------------------------------------------------------------------------

    def _start_connectors(self) -> None:
        for connector in self._connectors:
            self._connector_tasks.spawn(connector.run(), name=f"connector-{connector.connector_id}")

    async def _end_sessions(self, reason: str, *, timeout_s: float) -> None:
        busy = [c for c in self._connectors if c.busy]
        if not busy:
            return
        try:
            async with asyncio.timeout(timeout_s):
                await asyncio.gather(*(c.end_session(reason, quick=True) for c in busy))
        except TimeoutError:
            log.warning(
                "%s: sessions did not end within %g s (CSMS unreachable?)", self.charger_id, timeout_s
            )

    async def _supervise(self) -> None:
        policy = self.config.reconnect
        failures = 0
        ever_connected = False
        while not self._stopping:
            self.state = ChargerState.CONNECTING
            try:
                ws = await open_connection(self.config.charger_url, timeout_s=self.config.connect_timeout_s)
            except (OSError, TimeoutError, WebSocketException) as exc:
                failures += 1
                cause = str(exc) or type(exc).__name__
                log.log(
                    logging.INFO if ever_connected else logging.DEBUG,
                    "%s: connect failed (%s), attempt %d",
                    self.charger_id,
                    cause,
                    failures,
                )
                if (
                    not ever_connected
                    and policy.give_up_after is not None
                    and failures >= policy.give_up_after
                ):
                    self.error = SimulatorConnectionError(
                        self.charger_id, self.config.charger_url, failures, cause
                    )
                    self.state = ChargerState.FAILED
                    self._finished.set()
                    return
                await wait_event(self._stop_event, policy.delay_s(failures, self._net_rng))
                continue
            ever_connected, failures = True, 0
            self._connections += 1
            await self._serve(ws)
            if self._reset_pending:
                self._reset_pending = False
                self._start_connectors()
            elif not self._stopping:
                await wait_event(self._stop_event, policy.delay_s(1, self._net_rng))

    async def _serve(self, ws: ClientConnection) -> None:
        """Boot on a fresh connection, report every status, keep it alive until it closes."""
        link = Link(
            ws, charger_id=self.charger_id, host=self, response_timeout_s=self.config.response_timeout_s
        )
        self._link = link
        self.state = ChargerState.BOOTING
        keepalive = TaskSet(f"{self.charger_id}:link")
        try:
            if await self._boot(link):
                for payload in (self._main_status_payload(), *(c.status_payload() for c in self._connectors)):
                    await self._call_direct(link, payload)
                self._online.set()
                self.state = ChargerState.ONLINE
                log.info("%s: online", self.charger_id)
                keepalive.spawn(heartbeat_loop(self._store, self.call), name="heartbeat")
                keepalive.spawn(clock_loop(self._store, self.call, lambda: self.main_meter_wh), name="clock")
                await link.wait_closed()
        except LinkDownError:
            pass
        finally:
            self._online.clear()
            await keepalive.cancel_all()
            await link.close()
            if not self._stopping:
                self.state = ChargerState.OFFLINE

    async def _call_direct(self, link: Link, payload: Any) -> Any:
        try:
            return await link.call(payload)
        except (TimeoutError, *CALL_FAILURES) as exc:
            log.warning("%s: %s failed: %r", self.charger_id, type(payload).__name__, exc)
            return None

    def _boot_payload(self) -> Any:
        c = self.config
        serial = (c.serial or c.charger_id)[:25]
        return call.BootNotification(
            charge_point_model=c.model,
            charge_point_vendor=c.vendor,
            charge_point_serial_number=serial,
            charge_box_serial_number=serial,
            firmware_version=c.firmware,
            meter_type="SimMeter",
            meter_serial_number=f"M-{serial}"[:25],
        )

    async def _boot_once(self, send: Callable[[Any], Awaitable[Any]]) -> tuple[str | None, float]:
        """Send BootNotification with ``send``; returns its status and the retry interval."""
        response = await send(self._boot_payload())
        if response is None:
            return None, self.config.boot_retry_s
        self._boots += 1
        interval = int(response.interval)
        if response.status == "Accepted" and self.config.heartbeat_interval_s is None and interval > 0:
            self._store.set(HEARTBEAT_INTERVAL, str(interval))
        return str(response.status), (interval if interval > 0 else self.config.boot_retry_s)

    async def _boot(self, link: Link) -> bool:
        """BootNotification until Accepted; Pending/Rejected wait ``interval`` (as real chargers do)."""
        while not self._stopping:
            self._boot_now.clear()
            status, retry_s = await self._boot_once(lambda payload: self._call_direct(link, payload))
            if status == "Accepted":
                return True
            log.info("%s: boot %s, retrying in %g s", self.charger_id, status, retry_s)
            await wait_any((link.closed_event, self._boot_now, self._stop_event), retry_s)
            if link.closed:
                return False
        return False

    def _main_status_payload(self) -> Any:
        return call.StatusNotification(
            connector_id=0, error_code="NoError", status=self._main_status, timestamp=now_text()
        )
