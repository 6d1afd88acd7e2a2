"""Helpers for wire-level assertions."""

from __future__ import annotations

import asyncio
import base64
import os
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from ocpp.messages import get_validator
from ocpp.v16 import call

from tests.fixtures.broker import Broker, SimCharger

BOOT = {"chargePointVendor": "Vendor", "chargePointModel": "Model"}
T0 = "2024-05-01T10:00:00Z"


def recent(value: datetime | None, seconds: float = 5.0) -> bool:
    """``value`` is within ``seconds`` of now."""
    return value is not None and abs((datetime.now(UTC) - value).total_seconds()) < seconds


async def booted(
    broker: Broker, connect_cp: Callable[..., Awaitable[SimCharger]], charger_id: str = "CP1"
) -> SimCharger:
    """A real ocpp client connected as ``charger_id`` whose BootNotification was accepted."""
    cp = await connect_cp(broker.url(f"ocpp/{charger_id}"))
    result = await cp.call(call.BootNotification(charge_point_vendor="ACME", charge_point_model="Wall"))
    assert result.status == "Accepted"
    return cp


def assert_valid_result(action: str, frame: Any, message_id: str | None = None) -> dict[str, Any]:
    """``frame`` is a CALLRESULT whose payload is valid for ``action``; returns the payload."""
    assert isinstance(frame, list) and len(frame) == 3 and frame[0] == 3, frame
    if message_id is not None:
        assert frame[1] == message_id
    get_validator(3, action, "1.6").validate(frame[2])
    payload: dict[str, Any] = frame[2]
    return payload


def assert_error(frame: Any, message_id: str, code: str, description: str | None = None) -> str:
    """``frame`` is exactly ``[4, message_id, code, <description>, {}]``; returns the description."""
    assert isinstance(frame, list) and len(frame) == 5, frame
    assert frame[:3] == [4, message_id, code], frame
    assert isinstance(frame[3], str) and frame[4] == {}, frame
    if description is not None:
        assert frame[3] == description, frame
    return frame[3]


class MuteClient:
    """A WebSocket client made by hand: it reads everything, answers nothing (not even pings),
    and closes its socket when the server closes (as a charger's TCP stack would)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.writer = writer
        self.task = asyncio.ensure_future(self._drain(reader))

    async def _drain(self, reader: asyncio.StreamReader) -> None:
        while await reader.read(65536):
            pass
        self.writer.close()

    async def close(self) -> None:
        self.writer.close()
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)


async def open_mute_client(port: int, path: str) -> MuteClient:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    key = base64.b64encode(os.urandom(16)).decode()
    writer.write(
        (
            f"GET /{path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
            "Sec-WebSocket-Protocol: ocpp1.6\r\n\r\n"
        ).encode()
    )
    head = await reader.readuntil(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 101"), head
    return MuteClient(reader, writer)
