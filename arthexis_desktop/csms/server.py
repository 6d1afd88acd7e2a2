"""The central system: one WebSocket listener, the handshake, and the public API the services use.

Handshake rules: the charger id is the last non-empty path segment, URL-decoded (1..128
characters, else HTTP 400). Subprotocol: the newest served version the charger offers (1.6 only
for now; ``ocpp1.6j`` is echoed when that is what was offered); no offer at all means 1.6; an
offer of nothing we serve is refused with HTTP 400 and a log line naming the offer.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import unicodedata
from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import NegotiationError
from websockets.http11 import Request, Response
from websockets.typing import Subprotocol

from arthexis_desktop.core.errors import ChargerNotConnectedError, ConfigurationError
from arthexis_desktop.core.events import BrokerFailed, BrokerStarted, BrokerStopped, EventBus
from arthexis_desktop.core.model import SessionInfo
from arthexis_desktop.core.ports import CsmsStorage
from arthexis_desktop.core.settings import BrokerSettings
from arthexis_desktop.csms.calls import execute_command
from arthexis_desktop.csms.protocol import SessionContext
from arthexis_desktop.csms.registry import (
    PROTOCOLS,
    SessionRegistry,
    UnsupportedSubprotocolError,
    choose_subprotocol,
    version_of,
)
from arthexis_desktop.csms.session import Session
from arthexis_desktop.csms.tasks import TaskSet

log = logging.getLogger(__name__)

MAX_CHARGER_ID_CHARS = 128
# websockets' own frame limit, far above max_frame_bytes: an oversized frame gets a CALLERROR
# from the session instead of a closed socket.
WS_MAX_SIZE_BYTES = 16 * 1024 * 1024
CLOSE_TIMEOUT_S = 3.0
STOP_TIMEOUT_S = 10.0
_ALL_INTERFACES = ("", "0.0.0.0", "::")


def charger_id_from_path(path: str) -> str | None:
    """Last non-empty path segment, URL-decoded; None when empty, blank, too long or holding
    control characters (a decoded ``%0A`` must not forge log lines)."""
    path = path.split("?", 1)[0].split("#", 1)[0]
    segments = [segment for segment in path.split("/") if segment]
    if not segments:
        return None
    charger_id = unquote(segments[-1])
    if not charger_id.strip() or len(charger_id) > MAX_CHARGER_ID_CHARS:
        return None
    if any(unicodedata.category(char) == "Cc" for char in charger_id):
        return None
    return charger_id


def _remote(ws: ServerConnection) -> str:
    address = ws.remote_address
    if isinstance(address, tuple) and len(address) >= 2:
        host = str(address[0])
        return f"[{host}]:{address[1]}" if ":" in host else f"{host}:{address[1]}"
    return str(address or "")


def _bind_failure(exc: OSError, host: str, port: int) -> str:
    where = f"{host or '*'}:{port}"
    if exc.errno == errno.EADDRINUSE:
        return f"port {port} is already in use on {host or 'all interfaces'} (another broker running?)"
    if exc.errno == errno.EACCES:
        return f"no permission to listen on {where} (ports below 1024 need privileges)"
    if exc.errno == errno.EADDRNOTAVAIL:
        return f"address {host} does not belong to this machine"
    if isinstance(exc, socket.gaierror):
        return f"host name {host!r} cannot be resolved"
    return f"cannot listen on {where}: {exc.strerror or exc}"


def _lan_address() -> str | None:
    """The address of the interface with the default route (UDP connect sends no packet)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: routed, never contacted
            address = str(probe.getsockname()[0])
    except OSError:
        return None
    return None if address.startswith(("127.", "0.")) else address


def display_urls(host: str, port: int) -> tuple[str, ...]:
    if host in _ALL_INTERFACES:
        lan = _lan_address()
        hosts = [lan, "127.0.0.1"] if lan else ["127.0.0.1"]
    else:
        hosts = [host]
    return tuple(f"ws://{f'[{h}]' if ':' in h else h}:{port}/<chargerId>" for h in hosts)


class CentralSystem:
    """The OCPP central system (CSMS) on one port."""

    def __init__(self, settings: BrokerSettings, storage: CsmsStorage, bus: EventBus) -> None:
        self._settings = settings
        self._storage = storage
        self._bus = bus
        self._registry = SessionRegistry()
        self._tasks = TaskSet()
        self._ctx = SessionContext(storage, bus, self._registry, self._tasks, self)
        self._server: Server | None = None
        self._retired: list[Server] = []  # listeners closed by a restart; their sessions live on
        self._port = 0
        self._urls: tuple[str, ...] = ()

    # ---- properties and queries ---------------------------------------------------------------

    @property
    def settings(self) -> BrokerSettings:
        return self._settings

    @property
    def port(self) -> int:
        return self._port

    @property
    def urls(self) -> tuple[str, ...]:
        return self._urls

    @property
    def running(self) -> bool:
        return self._server is not None

    def sessions(self) -> list[SessionInfo]:
        return [session.info() for session in self._registry]

    def session(self, charger_id: str) -> SessionInfo | None:
        session = self._registry.get(charger_id)
        return session.info() if session is not None else None

    # ---- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        """Bind and serve. Raises ConfigurationError (after publishing BrokerFailed) on failure."""
        if self._server is not None:
            return
        settings = self._settings
        try:
            settings.validated()
        except ConfigurationError as exc:
            self._bus.publish(BrokerFailed(settings.host, settings.port, str(exc)))
            raise
        self._server = await self._listen(settings, settings.port)
        self._bus.publish(BrokerStarted(self._urls))

    async def _listen(self, settings: BrokerSettings, port: int) -> Server:
        host = settings.host
        try:
            server = await serve(
                self._handle,
                host or None,
                port,
                process_request=self._check_path,
                select_subprotocol=self._select_subprotocol,
                compression=None,
                ping_interval=settings.ping_interval_s,
                ping_timeout=settings.ping_timeout_s,
                close_timeout=CLOSE_TIMEOUT_S,
                max_size=max(WS_MAX_SIZE_BYTES, 4 * settings.max_frame_bytes),
            )
        except OSError as exc:
            reason = _bind_failure(exc, host, port)
            log.error("broker failed: %s", reason)
            self._bus.publish(BrokerFailed(host, port, reason))
            raise ConfigurationError(reason) from exc
        self._port = int(server.sockets[0].getsockname()[1])
        self._urls = display_urls(host, self._port)
        log.info("broker listening on %s:%d", host or "*", self._port)
        return server

    async def stop(self) -> None:
        """Close every session (1001 going away), stop listening, wait for the handlers."""
        servers = [server for server in (self._server, *self._retired) if server is not None]
        if not servers:
            return
        self._server, self._retired = None, []
        for server in servers:
            server.close(close_connections=True, code=1001, reason="server shutting down")
        for session in self._registry:
            self._tasks.spawn(session.close(1001, "server shutting down"), name=f"close-{session.charger_id}")
        try:
            async with asyncio.timeout(STOP_TIMEOUT_S):
                await asyncio.gather(*(server.wait_closed() for server in servers))
        except TimeoutError:
            log.warning("broker stop: some sessions did not end within %g s", STOP_TIMEOUT_S)
        await self._tasks.wait_all(timeout_s=CLOSE_TIMEOUT_S)
        self._bus.publish(BrokerStopped())
        log.info("broker stopped")

    async def apply_settings(self, settings: BrokerSettings) -> None:
        """Apply new settings: a host/port change restarts only the listener (sessions stay);
        everything else applies to live sessions at once. Raises ConfigurationError."""
        settings = settings.validated()
        old = self._settings
        if self._server is not None and (settings.host, settings.port) != (old.host, old.port):
            await self._restart_listener(settings)
        self._settings = settings
        if (settings.ping_interval_s, settings.ping_timeout_s) != (old.ping_interval_s, old.ping_timeout_s):
            for session in self._registry:
                self._apply_keepalive(session.connection)

    async def _restart_listener(self, settings: BrokerSettings) -> None:
        old_server, old_port = self._server, self._port
        assert old_server is not None
        old_server.server.close()  # release the port now; websockets' close() runs in a task
        old_server.close(close_connections=False)
        self._retired.append(old_server)
        try:
            self._server = await self._listen(settings, settings.port)
        except ConfigurationError:
            try:
                self._server = await self._listen(self._settings, old_port)
            except ConfigurationError:
                self._server = None
                log.error("broker: the previous listener could not be restored either")
            raise
        self._bus.publish(BrokerStarted(self._urls))

    def _apply_keepalive(self, ws: ServerConnection) -> None:
        settings = self._settings
        if (ws.ping_interval, ws.ping_timeout) == (settings.ping_interval_s, settings.ping_timeout_s):
            return
        ws.ping_interval, ws.ping_timeout = settings.ping_interval_s, settings.ping_timeout_s
        if ws.keepalive_task is not None:
            ws.keepalive_task.cancel()
            ws.keepalive_task = None
        ws.start_keepalive()

    # ---- handshake and connections -------------------------------------------------------------

    def _check_path(self, ws: ServerConnection, request: Request) -> Response | None:
        if charger_id_from_path(request.path) is None:
            log.warning(
                "refused connection from %s: no usable charger id in path %r", _remote(ws), request.path
            )
            return ws.respond(400, "The URL must end with the charger id (1-128 characters).\n")
        return None

    def _select_subprotocol(self, ws: ServerConnection, offered: Sequence[Subprotocol]) -> Subprotocol | None:
        try:
            token, _ = choose_subprotocol(offered)
        except UnsupportedSubprotocolError as exc:
            path = ws.request.path if ws.request is not None else "?"
            served = ", ".join(version.value for version in PROTOCOLS)
            log.warning(
                "refused %s from %s: offered subprotocols %s; served: %s", path, _remote(ws), exc, served
            )
            raise NegotiationError(f"unsupported subprotocol; this central system serves {served}") from None
        return Subprotocol(token) if token is not None else None

    async def _handle(self, ws: ServerConnection) -> None:
        assert ws.request is not None
        charger_id = charger_id_from_path(ws.request.path)
        assert charger_id is not None  # _check_path refused the others
        self._apply_keepalive(ws)  # settings may have changed since the listener started
        session = Session(
            ws,
            charger_id=charger_id,
            spec=PROTOCOLS[version_of(ws.subprotocol)],
            ctx=self._ctx,
            remote=_remote(ws),
        )
        previous = self._registry.add(session)
        if previous is not None:
            log.info(
                "%s: new connection from %s replaces the one from %s",
                charger_id,
                session.remote,
                previous.remote,
            )
            self._tasks.spawn(
                previous.close(1000, "replaced by a newer connection"), name=f"replace-{charger_id}"
            )
        log.info("%s: connected from %s (%s)", charger_id, session.remote, session.protocol.value)
        await session.run()

    # ---- operations ----------------------------------------------------------------------------

    async def call(
        self, charger_id: str, action: str, payload: dict[str, Any], *, timeout_s: float | None = None
    ) -> dict[str, Any]:
        """Send a CSMS -> charger call and return the reply payload (see ``csms.calls``)."""
        return await execute_command(
            registry=self._registry,
            storage=self._storage,
            bus=self._bus,
            charger_id=charger_id,
            action=action,
            payload=payload,
            timeout_s=self._settings.call_timeout_s if timeout_s is None else timeout_s,
        )

    async def refresh_charger(self, charger_id: str) -> None:
        """Re-read admission and per-charger settings into the live session, if any."""
        if self._registry.get(charger_id) is None:
            return
        record = await self._storage.charger(charger_id)
        session = self._registry.get(charger_id)
        if session is not None:
            session.apply_record(record)

    async def disconnect(self, charger_id: str) -> None:
        session = self._registry.get(charger_id)
        if session is None:
            raise ChargerNotConnectedError(charger_id)
        await session.close(1000, "disconnected by the operator")


__all__ = ["CentralSystem", "charger_id_from_path", "display_urls"]
