"""One WebSocket connection of a simulated charger: open it, read from it, call over it."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed
from websockets.typing import Subprotocol

from arthexis_desktop.simulator.charge_point import CommandHost, SimulatorChargePoint

log = logging.getLogger(__name__)

SUBPROTOCOL = Subprotocol("ocpp1.6")
CLOSE_TIMEOUT_S = 2.0


class LinkDownError(Exception):
    """The connection closed before the call got its answer."""


async def open_connection(url: str, *, timeout_s: float) -> ClientConnection:
    """Open the WebSocket offering ``ocpp1.6``. Raises OSError, TimeoutError or InvalidHandshake."""
    ws = await connect(
        url,
        subprotocols=[SUBPROTOCOL],
        open_timeout=timeout_s,
        close_timeout=CLOSE_TIMEOUT_S,
        proxy=None,  # a charge point talks to its CSMS directly, whatever the environment says
    )
    if ws.subprotocol != SUBPROTOCOL:
        log.warning("%s: server did not confirm subprotocol ocpp1.6 (got %r)", url, ws.subprotocol)
    return ws


class Link:
    """An open connection plus the task that reads frames and routes them to the charge point."""

    def __init__(
        self, ws: ClientConnection, *, charger_id: str, host: CommandHost, response_timeout_s: float
    ) -> None:
        self.ws = ws
        self.cp = SimulatorChargePoint(charger_id, ws, host=host, response_timeout_s=response_timeout_s)
        self.closed_event = asyncio.Event()
        self._reader = asyncio.get_running_loop().create_task(self._read(), name=f"{charger_id}:reader")

    async def _read(self) -> None:
        try:
            await self.cp.start()
        except ConnectionClosed as exc:
            log.info("%s: connection closed (%s)", self.cp.id, exc)
        except Exception:
            log.exception("%s: reader failed", self.cp.id)
        finally:
            self.closed_event.set()

    @property
    def closed(self) -> bool:
        return self._reader.done()

    async def wait_closed(self, timeout_s: float | None = None) -> bool:
        """Wait until the connection is gone; False when ``timeout_s`` passed first."""
        done, _ = await asyncio.wait({self._reader}, timeout=timeout_s)
        return bool(done)

    async def call(self, payload: Any) -> Any:
        """Send a CALL and return its result. Raises LinkDownError, TimeoutError or OCPPError."""
        if self.closed:
            raise LinkDownError
        task = asyncio.get_running_loop().create_task(self.cp.call(payload, suppress=False))
        try:
            await asyncio.wait({task, self._reader}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            if not task.done():  # the reader ended first, or we are being cancelled
                task.cancel()
                await asyncio.wait({task})
        if task.cancelled():
            raise LinkDownError
        exc = task.exception()
        if isinstance(exc, ConnectionClosed):
            raise LinkDownError from exc
        return task.result()

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            await self.ws.close()
        if not self._reader.done():
            self._reader.cancel()
        await asyncio.gather(self._reader, return_exceptions=True)
        self.cp.abandon_pending()
