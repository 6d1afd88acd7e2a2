"""CSMS -> charger calls: one outstanding call per connection, timeouts, reply matching, and the
command log.

``execute_command`` is what ``CentralSystem.call`` runs: it records the command, checks the
payload against the request schema, waits for the boot gate, sends, and always completes the
record and publishes ``CommandCompleted`` whatever the outcome.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from arthexis_desktop.core.errors import (
    ArthexisError,
    CallRejectedError,
    CallTimeoutError,
    ChargerNotConnectedError,
    ChargerNotReadyError,
    InvalidCommandError,
)
from arthexis_desktop.core.events import CommandCompleted, EventBus
from arthexis_desktop.core.model import CommandRecord
from arthexis_desktop.core.ports import CsmsStorage
from arthexis_desktop.core.timestamps import utc_now
from arthexis_desktop.csms import schemas
from arthexis_desktop.csms.errors import ErrorKind, error_code
from arthexis_desktop.csms.framing import CALL, CALL_RESULT, CallError, CallResult, call_frame

if TYPE_CHECKING:
    from arthexis_desktop.csms.registry import SessionRegistry
    from arthexis_desktop.csms.session import Session

log = logging.getLogger(__name__)

Payload = dict[str, Any]


@dataclass(slots=True)
class _Pending:
    action: str
    future: asyncio.Future[Payload]


class OutgoingCalls:
    """The CSMS -> charger calls of one connection."""

    def __init__(self, session: Session, send: Callable[[str], Awaitable[None]]) -> None:
        self._session = session
        self._send = send
        self._lock = asyncio.Lock()
        self._pending: dict[str, _Pending] = {}
        self._expired: deque[str] = deque(maxlen=64)
        self._closed = False

    @property
    def outstanding(self) -> int:
        return len(self._pending)

    async def request(self, action: str, payload: Payload, *, deadline: float, timeout_s: float) -> Payload:
        """Send one CALL after the previous one finished and wait for its reply until ``deadline``
        (loop time). Raises CallTimeoutError, CallRejectedError or ChargerNotConnectedError."""
        session = self._session
        if asyncio.current_task() is session.receiver:
            # The reply could only be read by this very task: it would wait for its own timeout.
            raise RuntimeError("a call to the charger was awaited inside one of its message handlers")
        message_id = str(uuid.uuid4())
        try:
            async with asyncio.timeout_at(deadline), self._lock:
                if self._closed:
                    raise ChargerNotConnectedError(session.charger_id)
                future: asyncio.Future[Payload] = asyncio.get_running_loop().create_future()
                self._pending[message_id] = _Pending(action, future)
                await self._send(call_frame(message_id, action, payload))
                return await future
        except TimeoutError:
            if message_id in self._pending:
                self._expired.append(message_id)
            raise CallTimeoutError(session.charger_id, action, timeout_s) from None
        finally:
            self._pending.pop(message_id, None)

    def on_result(self, message: CallResult) -> None:
        pending = self._pending.pop(message.message_id, None)
        if pending is None:
            self._ignore(message.message_id, "CALLRESULT")
            return
        if pending.future.done():
            return
        session = self._session
        violation = schemas.check(session.spec.schema_version, CALL_RESULT, pending.action, message.payload)
        if violation is not None:
            if not session.lenient:
                code = error_code(ErrorKind.PAYLOAD_FORMAT, session.protocol)
                log.warning(
                    "%s: invalid %s reply rejected: %s",
                    session.charger_id,
                    pending.action,
                    violation.description,
                )
                pending.future.set_exception(
                    CallRejectedError(session.charger_id, pending.action, code, violation.description)
                )
                return
            log.warning(
                "%s: invalid %s reply accepted (lenient): %s",
                session.charger_id,
                pending.action,
                violation.description,
            )
        pending.future.set_result(message.payload)

    def on_error(self, message: CallError) -> None:
        pending = self._pending.pop(message.message_id, None)
        if pending is None:
            self._ignore(message.message_id, "CALLERROR")
            return
        if not pending.future.done():
            pending.future.set_exception(
                CallRejectedError(self._session.charger_id, pending.action, message.code, message.description)
            )

    def fail(self, message_id: str, description: str) -> bool:
        """A reply to ``message_id`` arrived but could not be read; fail that call."""
        pending = self._pending.pop(message_id, None)
        if pending is None:
            return False
        if not pending.future.done():
            code = error_code(ErrorKind.MALFORMED_FRAME, self._session.protocol)
            pending.future.set_exception(
                CallRejectedError(self._session.charger_id, pending.action, code, description)
            )
        return True

    def close(self) -> None:
        """The connection is gone: every waiting call fails with ChargerNotConnectedError."""
        self._closed = True
        for pending in self._pending.values():
            if not pending.future.done():
                pending.future.set_exception(ChargerNotConnectedError(self._session.charger_id))
        self._pending.clear()

    def _ignore(self, message_id: str, kind: str) -> None:
        charger_id = self._session.charger_id
        if message_id in self._expired:
            log.warning("%s: late %s for %s ignored (the call had timed out)", charger_id, kind, message_id)
        else:
            log.warning("%s: %s for unknown message id %r ignored", charger_id, kind, message_id)


async def execute_command(
    *,
    registry: SessionRegistry,
    storage: CsmsStorage,
    bus: EventBus,
    charger_id: str,
    action: str,
    payload: Payload,
    timeout_s: float,
) -> Payload:
    """Record, validate, gate, send and complete one command (see module docstring)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    command = await storage.record_command(
        CommandRecord(None, charger_id, action, dict(payload), requested_at=utc_now())
    )
    outcome, response, error = "error", None, None
    try:
        response = await _send_when_ready(registry, charger_id, action, payload, deadline, timeout_s)
        outcome = "ok"
        return response
    except CallTimeoutError as exc:
        outcome, error = "timeout", str(exc)
        raise
    except CallRejectedError as exc:
        outcome, error = "rejected", f"{exc.code}: {exc.description}".rstrip(": ")
        raise
    except ArthexisError as exc:
        error = str(exc)
        raise
    except asyncio.CancelledError:
        error = "cancelled"
        raise
    finally:
        done = replace(command, outcome=outcome, response=response, error=error, completed_at=utc_now())
        try:
            await storage.complete_command(done)
        except Exception:
            log.exception("%s: could not store the outcome of %s", charger_id, action)
        bus.publish(CommandCompleted(done))


async def _send_when_ready(
    registry: SessionRegistry,
    charger_id: str,
    action: str,
    payload: Payload,
    deadline: float,
    timeout_s: float,
) -> Payload:
    loop = asyncio.get_running_loop()
    session = registry.get(charger_id)
    while True:
        if session is None:
            raise ChargerNotConnectedError(charger_id)
        spec = session.spec
        if action not in spec.csms_actions:
            raise InvalidCommandError(
                f"{action} is not a command a central system sends in OCPP {spec.schema_version}"
            )
        violation = schemas.check(spec.schema_version, CALL, action, payload)
        if violation is not None:
            raise InvalidCommandError(f"invalid {action} payload: {violation.description}")
        if await session.wait_ready(max(0.0, deadline - loop.time())):
            return await session.calls.request(action, payload, deadline=deadline, timeout_s=timeout_s)
        replacement = registry.get(charger_id)
        if replacement is None:
            raise ChargerNotConnectedError(charger_id)
        if replacement is session or loop.time() >= deadline:
            raise ChargerNotReadyError(charger_id)
        session = replacement  # the charger reconnected while we waited: follow it
