"""A minimal central system for the simulator tests: ``ocpp.v16.ChargePoint`` on the server side.

It records every CALL a charger sends (as the raw camelCase payload, with its arrival time and
connection number), answers with configurable responses and lets a test send CSMS -> charger
calls or drop a connection. It deliberately knows nothing of the real broker.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ocpp.routing import on
from ocpp.v16 import ChargePoint, call_result
from ocpp.v16.enums import Action
from websockets.asyncio.server import Server, ServerConnection, serve

from arthexis_desktop.core.timestamps import format_ocpp_datetime, utc_now


@dataclass(frozen=True)
class Received:
    charger_id: str
    action: str
    payload: dict[str, Any]
    at: float  # time.monotonic()
    connection: int  # 1 for the first connection of this charger, 2 after a reconnect, ...


@dataclass
class CsmsBehaviour:
    boot_statuses: list[str] = field(default_factory=list)  # consumed in order, then "Accepted"
    boot_interval: int = 300
    rejected_tags: set[str] = field(default_factory=set)


def _now() -> str:
    return format_ocpp_datetime(utc_now())


class CentralSession(ChargePoint):
    """The CSMS side of one charger connection."""

    def __init__(self, charger_id: str, ws: ServerConnection, csms: FakeCsms, connection: int) -> None:
        super().__init__(charger_id, ws, response_timeout=5)
        self._csms = csms
        self._connection_no = connection
        self.ws = ws

    async def route_message(self, raw_msg: str) -> None:
        message = json.loads(raw_msg)
        if message[0] == 2:
            self._csms.record(
                Received(self.id, message[2], message[3], time.monotonic(), self._connection_no)
            )
        await super().route_message(raw_msg)

    @on(Action.boot_notification)
    def on_boot(self, **_: Any) -> call_result.BootNotification:
        behaviour = self._csms.behaviour
        status = behaviour.boot_statuses.pop(0) if behaviour.boot_statuses else "Accepted"
        return call_result.BootNotification(
            current_time=_now(), interval=behaviour.boot_interval, status=status
        )

    @on(Action.heartbeat)
    def on_heartbeat(self, **_: Any) -> call_result.Heartbeat:
        return call_result.Heartbeat(current_time=_now())

    @on(Action.status_notification)
    def on_status(self, **_: Any) -> call_result.StatusNotification:
        return call_result.StatusNotification()

    def _tag_info(self, id_tag: str) -> dict[str, str]:
        return {"status": "Invalid" if id_tag in self._csms.behaviour.rejected_tags else "Accepted"}

    @on(Action.authorize)
    def on_authorize(self, id_tag: str, **_: Any) -> call_result.Authorize:
        return call_result.Authorize(id_tag_info=self._tag_info(id_tag))

    @on(Action.start_transaction)
    def on_start(self, id_tag: str, **_: Any) -> call_result.StartTransaction:
        return call_result.StartTransaction(
            transaction_id=next(self._csms.transaction_ids), id_tag_info=self._tag_info(id_tag)
        )

    @on(Action.stop_transaction)
    def on_stop(self, **_: Any) -> call_result.StopTransaction:
        return call_result.StopTransaction(id_tag_info={"status": "Accepted"})

    @on(Action.meter_values)
    def on_meter_values(self, **_: Any) -> call_result.MeterValues:
        return call_result.MeterValues()

    @on(Action.diagnostics_status_notification)
    def on_diagnostics(self, **_: Any) -> call_result.DiagnosticsStatusNotification:
        return call_result.DiagnosticsStatusNotification()

    @on(Action.firmware_status_notification)
    def on_firmware(self, **_: Any) -> call_result.FirmwareStatusNotification:
        return call_result.FirmwareStatusNotification()


class FakeCsms:
    """Serve on 127.0.0.1 (a free port by default); ``url`` is the base chargers append their id to."""

    def __init__(self, behaviour: CsmsBehaviour | None = None, *, port: int = 0) -> None:
        self.behaviour = behaviour or CsmsBehaviour()
        self._port = port
        self.received: list[Received] = []
        self.sessions: dict[str, CentralSession] = {}
        self.connections: dict[str, int] = {}
        self.subprotocols: list[str | None] = []
        self.transaction_ids = itertools.count(1001)
        self._server: Server | None = None
        self.url = ""

    async def __aenter__(self) -> FakeCsms:
        self._server = await serve(self._handle, "127.0.0.1", self._port, subprotocols=["ocpp1.6"])
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"ws://127.0.0.1:{port}/ocpp"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    async def _handle(self, ws: ServerConnection) -> None:
        assert ws.request is not None
        charger_id = ws.request.path.rstrip("/").split("/")[-1]
        self.connections[charger_id] = self.connections.get(charger_id, 0) + 1
        self.subprotocols.append(ws.subprotocol)
        session = CentralSession(charger_id, ws, self, self.connections[charger_id])
        self.sessions[charger_id] = session
        try:
            await session.start()
        except Exception:  # the charger went away
            pass

    def record(self, item: Received) -> None:
        self.received.append(item)

    def messages(
        self,
        action: str | None = None,
        *,
        charger_id: str | None = None,
        where: Callable[[Received], bool] | None = None,
    ) -> list[Received]:
        return [
            m
            for m in self.received
            if (action is None or m.action == action)
            and (charger_id is None or m.charger_id == charger_id)
            and (where is None or where(m))
        ]

    async def wait_for(
        self,
        action: str,
        *,
        count: int = 1,
        where: Callable[[Received], bool] | None = None,
        timeout_s: float = 5.0,
    ) -> list[Received]:
        """Wait until ``count`` messages of ``action`` (matching ``where``) arrived; return them all."""
        deadline = time.monotonic() + timeout_s
        while True:
            found = self.messages(action, where=where)
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"only {len(found)} of {count} {action} within {timeout_s} s")
            await asyncio.sleep(0.01)

    async def call(self, charger_id: str, payload: Any) -> Any:
        """CSMS -> charger call; raises the OCPPError of a CALLERROR."""
        return await self.sessions[charger_id].call(payload, suppress=False)

    async def drop(self, charger_id: str) -> None:
        """Close the charger's socket from the server side."""
        await self.sessions[charger_id].ws.close()
