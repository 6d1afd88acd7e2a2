"""One charger connection, whatever its OCPP version: receive loop, framing, dedup, boot gate,
frame log, outgoing calls, and a teardown that cannot touch a replacement session.

Messages of one connection are handled strictly one at a time (OCPP allows one outstanding CALL
per direction), so what a charger sends is persisted in order. Everything a handler awaits is a
storage port; a reply is sent only after its data was stored.

What is answered how (1.6 spelling; ``errors.py`` spells 2.x)::

    inbound frame                                  reply (never closes the socket)
    ---------------------------------------------  ------------------------------------------------
    not JSON                                       [4,"-1","FormationViolation",...]
    JSON but not a non-empty array, type id not    FormationViolation with the message id when it is
      an integer, CALL with wrong element count      a string, else "-1"
      or types (id/action not strings, payload
      not an object)
    binary frame                                   FormationViolation (id peeked from the start)
    text > settings.max_frame_bytes (UTF-8)        FormationViolation (id peeked), frame dropped;
                                                     a reply-type frame fails its pending call
    [n, ...] with n not 2/3/4                      FormationViolation if the id is a string,
                                                     else ignored (logged)
    CALL id seen on this connection, same action   the cached reply is resent, nothing is processed
      and payload (retransmission)                   or stored again (LRU of 64 ids)
    CALL id seen, different content                FormationViolation "message id reused"
    unknown action                                 NotImplemented
    known action a charger does not send           NotSupported
      (RemoteStartTransaction, SignCertificate...)
    charger not admitted (unknown, pending,        SecurityError (except BootNotification and
      rejected)                                      Heartbeat)
    payload fails the schema (strict)              type/maxLength/minLength/format:
                                                     TypeConstraintViolation; enum/minimum/maximum/
                                                     pattern: PropertyConstraintViolation; required:
                                                     ProtocolError; minItems/maxItems:
                                                     OccurenceConstraintViolation; additional
                                                     properties, anything else: FormationViolation
    payload fails the schema (lenient charger)     logged, processed; if the handler then fails,
                                                     the schema error above
    handler raises                                 InternalError (logged with traceback)
    CALLRESULT/CALLERROR for no pending call       nothing (the spec forbids answering); logged
    malformed CALLRESULT/CALLERROR                 nothing; the pending call with that id fails
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import Any

from websockets.asyncio.server import ServerConnection
from websockets.exceptions import ConnectionClosed

from arthexis_desktop.core.events import ChargerConnected, ChargerDisconnected, Event, FrameLogged
from arthexis_desktop.core.model import (
    AdmissionState,
    AuthorizationPolicy,
    BootDecision,
    ChargerRecord,
    ChargerSettings,
    Direction,
    FrameRecord,
    SessionInfo,
)
from arthexis_desktop.core.settings import BrokerSettings
from arthexis_desktop.core.timestamps import utc_now
from arthexis_desktop.csms import schemas
from arthexis_desktop.csms.calls import OutgoingCalls
from arthexis_desktop.csms.dedup import ReplyCache, Seen
from arthexis_desktop.csms.errors import ErrorKind, OcppError, error_code
from arthexis_desktop.csms.framing import (
    CALL,
    CALL_ERROR,
    CALL_RESULT,
    UNKNOWN_MESSAGE_ID,
    Call,
    CallResult,
    FrameError,
    error_frame,
    parse_frame,
    peek_frame_start,
    result_frame,
)
from arthexis_desktop.csms.protocol import ProtocolSpec, SessionContext

log = logging.getLogger(__name__)

TOUCH_INTERVAL_S = 5.0  # last-seen updates for messages other than Heartbeat are throttled
_REPLY_KINDS = (CALL_RESULT, CALL_ERROR)


class Session:
    def __init__(
        self,
        ws: ServerConnection,
        *,
        charger_id: str,
        spec: ProtocolSpec,
        ctx: SessionContext,
        remote: str,
    ) -> None:
        self.charger_id = charger_id
        self.spec = spec
        self.protocol = spec.version
        self.remote = remote
        self.connected_at = utc_now()
        self.generation = ctx.registry.next_generation()
        self.storage = ctx.storage
        self.admission: AdmissionState | None = None
        self.charger_settings = ChargerSettings()
        self.booted = False
        self.calls = OutgoingCalls(self, self._send)
        self._ws = ws
        self._ctx = ctx
        self._bus = ctx.bus
        self._codes = {kind: error_code(kind, spec.version) for kind in ErrorKind}
        self._replies = ReplyCache()
        self._ready = asyncio.Event()
        self._closed = asyncio.Event()
        self._grace: asyncio.Task[None] | None = None
        self._last_touch: datetime | None = None
        self.receiver: asyncio.Task[Any] | None = None  # the task running the receive loop

    # ---- state -------------------------------------------------------------------------------

    @property
    def settings(self) -> BrokerSettings:
        return self._ctx.broker.settings

    @property
    def lenient(self) -> bool:
        return self.charger_settings.lenient_validation or not self.settings.strict_validation

    @property
    def authorization_policy(self) -> AuthorizationPolicy:
        return self.charger_settings.authorization_policy or self.settings.authorization_policy

    @property
    def connection(self) -> ServerConnection:
        return self._ws

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def info(self) -> SessionInfo:
        return SessionInfo(
            self.charger_id, self.protocol.value, self.remote, self.connected_at, self.booted, self.admission
        )

    def publish(self, event: Event) -> None:
        self._bus.publish(event)

    def apply_record(self, record: ChargerRecord | None) -> None:
        """Take admission and per-charger settings from storage (connect, refresh_charger)."""
        self.charger_settings = record.settings if record is not None else ChargerSettings()
        self.admission = record.admission if record is not None else None
        if self.admission is not AdmissionState.ACCEPTED:
            self._set_ready(False)

    def on_boot(self, decision: BootDecision) -> None:
        self.admission = decision.state
        self._set_ready(decision.status == "Accepted")

    def _set_ready(self, ready: bool) -> None:
        self.booted = ready
        if ready:
            self._ready.set()
            if self._grace is not None:
                self._grace.cancel()
        else:
            self._ready.clear()

    async def wait_ready(self, timeout_s: float) -> bool:
        """Wait until CSMS calls are allowed; False on timeout or when the session closed."""
        if self._ready.is_set() or self._closed.is_set() or timeout_s <= 0:
            return self._ready.is_set() and not self._closed.is_set()
        waiters = {asyncio.ensure_future(self._ready.wait()), asyncio.ensure_future(self._closed.wait())}
        try:
            await asyncio.wait(waiters, timeout=timeout_s, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waiters:
                waiter.cancel()
        return self._ready.is_set() and not self._closed.is_set()

    async def touch(self, at: datetime, *, force: bool = False) -> None:
        last = self._last_touch
        if force or last is None or (at - last).total_seconds() >= TOUCH_INTERVAL_S:
            self._last_touch = at
            await self.storage.touch(self.charger_id, at)

    async def _trust_after_grace(self, delay_s: float) -> None:
        await asyncio.sleep(delay_s)
        if not self.booted and not self.closed and self.admission is AdmissionState.ACCEPTED:
            log.info(
                "%s: no BootNotification after %g s; known accepted charger trusted", self.charger_id, delay_s
            )
            self._grace = None
            self._set_ready(True)

    # ---- lifecycle ---------------------------------------------------------------------------

    async def run(self) -> None:
        """Serve the connection until it closes."""
        self.receiver = asyncio.current_task()
        try:
            await self._open()
            async for raw in self._ws:
                try:
                    await self._receive(raw)
                except ConnectionClosed:
                    raise
                except Exception:
                    log.exception("%s: frame handling failed", self.charger_id)
        except ConnectionClosed:
            pass
        finally:
            await self._teardown()

    async def _open(self) -> None:
        self.publish(ChargerConnected(self.charger_id, self.protocol.value, self.remote, self.connected_at))
        try:
            record = await self.storage.charger(self.charger_id)
        except Exception:
            log.exception("%s: could not load the charger; treated as unknown", self.charger_id)
            record = None
        if not self.booted:  # a BootNotification cannot have been answered yet, but be safe
            self.apply_record(record)
        try:
            await self.storage.record_connection(
                self.charger_id, protocol=self.protocol.value, remote=self.remote, at=self.connected_at
            )
        except Exception:
            log.exception("%s: could not record the connection", self.charger_id)
        if self.admission is AdmissionState.ACCEPTED and not self.booted:
            self._grace = self._ctx.tasks.spawn(
                self._trust_after_grace(self.settings.boot_grace_s), name=f"boot-grace-{self.charger_id}"
            )

    async def _teardown(self) -> None:
        self._closed.set()
        self._ready.clear()
        if self._grace is not None:
            self._grace.cancel()
        self.calls.close()
        if not self._ctx.registry.remove_if_current(self):
            log.info("%s: replaced connection (generation %d) closed", self.charger_id, self.generation)
            return
        at = utc_now()
        code, reason = self._close_code()
        self.publish(ChargerDisconnected(self.charger_id, code, reason, at))
        try:
            await self.storage.record_disconnection(self.charger_id, at=at)
        except Exception:
            log.exception("%s: could not record the disconnection", self.charger_id)

    def _close_code(self) -> tuple[int, str]:
        """The peer's close frame, else ours (e.g. 1011 keepalive ping timeout), else 1006."""
        protocol = self._ws.protocol
        frame = protocol.close_rcvd or protocol.close_sent
        if frame is None:
            return 1006, "connection lost"
        return int(frame.code), frame.reason

    async def close(self, code: int = 1000, reason: str = "") -> None:
        await self._ws.close(code, reason)

    # ---- frames ------------------------------------------------------------------------------

    def _log_frame(self, direction: Direction, text: str, at: datetime) -> None:
        self.storage.log_frame(FrameRecord(self.charger_id, direction, text, at))
        self._bus.publish(FrameLogged(self.charger_id, direction, text, at))

    async def _send(self, text: str) -> None:
        self._log_frame(Direction.OUT, text, utc_now())
        try:
            await self._ws.send(text)
        except ConnectionClosed:
            log.info("%s: connection closed before a frame could be sent", self.charger_id)

    async def _send_error(self, message_id: str | None, kind: ErrorKind, description: str) -> None:
        await self._send(error_frame(message_id or UNKNOWN_MESSAGE_ID, self._codes[kind], description))

    async def _receive(self, raw: str | bytes) -> None:
        at = utc_now()
        limit = self.settings.max_frame_bytes
        if not isinstance(raw, str):
            text = raw.decode("utf-8", "replace")
            await self._refuse(text, at, ErrorKind.BINARY_FRAME, "binary frames are not OCPP-J")
            return
        size = len(raw)
        if size > limit >> 2 and (size > limit or len(raw.encode()) > limit):
            await self._refuse(raw, at, ErrorKind.FRAME_TOO_LARGE, f"frame larger than {limit} bytes")
            return
        self._log_frame(Direction.IN, raw, at)
        try:
            message = parse_frame(raw)
        except FrameError as exc:
            await self._on_bad_frame(exc)
            return
        if type(message) is Call:
            await self._on_call(message, at)
        elif type(message) is CallResult:
            self.calls.on_result(message)
        else:
            self.calls.on_error(message)  # type: ignore[arg-type]

    async def _refuse(self, text: str, at: datetime, kind: ErrorKind, description: str) -> None:
        """A frame we do not parse (binary or oversized): log a bounded copy, answer, drop it."""
        limit = self.settings.max_frame_bytes
        logged = text if len(text) <= limit else f"{text[:limit]}…[{len(text) - limit} more characters]"
        self._log_frame(Direction.IN, logged, at)
        type_id, message_id = peek_frame_start(text)
        log.warning("%s: %s (message id %r)", self.charger_id, description, message_id)
        if type_id in _REPLY_KINDS:
            if message_id is not None:
                self.calls.fail(message_id, description)
            return
        await self._send_error(message_id, kind, description)

    async def _on_bad_frame(self, exc: FrameError) -> None:
        log.warning("%s: %s", self.charger_id, exc.description)
        if exc.message_type in _REPLY_KINDS:  # a reply is never answered
            if exc.message_id is not None:
                self.calls.fail(exc.message_id, exc.description)
            return
        if exc.kind is ErrorKind.UNKNOWN_MESSAGE_TYPE and exc.message_id is None:
            return
        await self._send_error(exc.message_id, exc.kind, exc.description)

    async def _on_call(self, call: Call, at: datetime) -> None:
        seen, cached = self._replies.lookup(call)
        if seen is Seen.RETRANSMISSION and cached is not None:
            log.info(
                "%s: retransmitted %s %s answered from cache", self.charger_id, call.action, call.message_id
            )
            await self._send(cached)
            return
        if seen is Seen.REUSED:
            await self._send_error(call.message_id, ErrorKind.MESSAGE_ID_REUSED, "message id reused")
            return
        reply, cacheable = await self._answer(call, at)
        if cacheable:
            self._replies.remember(call, reply)
        await self._send(reply)
        if call.action in self.spec.handlers:
            try:
                await self.touch(at)
            except Exception:
                log.exception("%s: could not update last-seen time", self.charger_id)

    async def _answer(self, call: Call, at: datetime) -> tuple[str, bool]:
        """The reply frame for ``call`` and whether a retransmission may reuse it."""
        spec, action = self.spec, call.action
        handler = spec.handlers.get(action)
        if handler is None:
            if action in spec.known_actions:
                description = f"{action} is not accepted from a charger"
                return self._error(call, ErrorKind.NOT_SUPPORTED, description), True
            return self._error(call, ErrorKind.NOT_IMPLEMENTED, f"unknown action {action!r}"), True
        if self.admission is not AdmissionState.ACCEPTED and action not in spec.ungated_actions:
            state = self.admission.value if self.admission is not None else "unknown"
            return self._error(call, ErrorKind.SECURITY, f"charger is not accepted ({state})"), False
        violation = schemas.check(spec.schema_version, CALL, action, call.payload)
        if violation is not None:
            if not self.lenient:
                return self._error(call, violation.kind, violation.description), True
            log.warning(
                "%s: processed despite schema violation (lenient): %s", self.charger_id, violation.description
            )
        try:
            response = await handler(self, call.payload, at)
        except OcppError as exc:
            return self._error(call, exc.kind, exc.description), True
        except Exception:
            if violation is not None:
                log.warning("%s: %s could not be processed", self.charger_id, action, exc_info=True)
                return self._error(call, violation.kind, violation.description), True
            log.exception("%s: %s handler failed on %s", self.charger_id, action, call.message_id)
            return self._error(call, ErrorKind.INTERNAL, f"{action} could not be processed"), False
        if self.settings.validate_replies:
            bad = schemas.check(spec.schema_version, CALL_RESULT, action, response)
            if bad is not None:
                log.error("%s: our %s reply is invalid: %s", self.charger_id, action, bad.description)
                return self._error(call, ErrorKind.INTERNAL, "invalid reply"), False
        return result_frame(call.message_id, response), True

    def _error(self, call: Call, kind: ErrorKind, description: str) -> str:
        if kind is not ErrorKind.INTERNAL:
            log.info(
                "%s: %s %s -> %s: %s", self.charger_id, call.action, call.message_id, kind.value, description
            )
        return error_frame(call.message_id, self._codes[kind], description)
