"""The OCPP 1.6 client session of a simulated charger: answers every CSMS -> charge point call.

Handlers only decide and answer; anything that sends messages runs in an ``@after`` hook as a
task owned by the charger, so the answer is always on the wire first and no handler awaits a call
(the library reads the next frame only when the handler returned).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Coroutine, Sequence
from typing import Any, Protocol

from ocpp.exceptions import OCPPError
from ocpp.routing import after, on
from ocpp.v16 import ChargePoint, call_result
from ocpp.v16.datatypes import KeyValue
from ocpp.v16.enums import Action

from arthexis_desktop.simulator.configuration import ConfigurationStore
from arthexis_desktop.simulator.connector import ConnectorRunner

log = logging.getLogger(__name__)

TRIGGERABLE = (
    "BootNotification",
    "DiagnosticsStatusNotification",
    "FirmwareStatusNotification",
    "Heartbeat",
    "MeterValues",
    "StatusNotification",
)


class CommandHost(Protocol):
    """The charger behind the session (see ``SimulatedCharger``)."""

    @property
    def configuration(self) -> ConfigurationStore: ...

    @property
    def connectors(self) -> Sequence[ConnectorRunner]: ...

    @property
    def vendor_id(self) -> str: ...

    def spawn(self, coro: Coroutine[Any, Any, Any], *, name: str) -> None: ...

    async def reset(self, kind: str) -> None: ...

    async def trigger(self, message: str, connector_id: int | None) -> None: ...

    async def report_availability(self) -> None: ...


class _WireLog(logging.LoggerAdapter):
    """The library logs every frame at INFO (a fleet would flood the log) and every CALLERROR it
    answers with a traceback; frames go to DEBUG, protocol errors to one WARNING line."""

    def info(self, msg: object, *args: Any, **kwargs: Any) -> None:
        self.debug(msg, *args, **kwargs)

    def exception(self, msg: object, *args: Any, exc_info: Any = True, **kwargs: Any) -> None:
        error = sys.exc_info()[1]
        if isinstance(error, OCPPError):
            self.warning("%s -> %s", str(msg) % args if args else msg, error)
        else:
            super().exception(msg, *args, exc_info=exc_info, **kwargs)


WIRE_LOG = _WireLog(logging.getLogger("arthexis_desktop.simulator.wire"), {})


class SimulatorChargePoint(ChargePoint):
    """``ocpp.v16.ChargePoint`` on the client side; unknown actions are answered NotImplemented."""

    def __init__(
        self, charger_id: str, connection: Any, *, host: CommandHost, response_timeout_s: float
    ) -> None:
        super().__init__(
            charger_id,
            connection,
            response_timeout=response_timeout_s,
            logger=WIRE_LOG,
        )
        self._host = host
        self._remote_starts: dict[str, tuple[ConnectorRunner, str]] = {}

    def _connector(self, connector_id: int | None) -> ConnectorRunner | None:
        for connector in self._host.connectors:
            if connector.connector_id == connector_id:
                return connector
        return None

    def abandon_pending(self) -> None:
        """The connection dropped: remote starts that were never confirmed are forgotten."""
        for connector, _tag in self._remote_starts.values():
            connector.release_reservation()
        self._remote_starts.clear()

    # --- transactions ----------------------------------------------------------------------------

    @on(Action.remote_start_transaction)
    def on_remote_start(
        self, id_tag: str, call_unique_id: str, connector_id: int | None = None, **_: Any
    ) -> call_result.RemoteStartTransaction:
        if connector_id is not None:
            candidates = [c for c in (self._connector(connector_id),) if c is not None]
        else:
            candidates = list(self._host.connectors)
        for connector in candidates:
            if connector.reserve():
                self._remote_starts[call_unique_id] = (connector, id_tag)
                return call_result.RemoteStartTransaction(status="Accepted")
        return call_result.RemoteStartTransaction(status="Rejected")

    @after(Action.remote_start_transaction)
    def after_remote_start(self, call_unique_id: str, **_: Any) -> None:
        pending = self._remote_starts.pop(call_unique_id, None)
        if pending is not None:
            connector, id_tag = pending
            connector.start_reserved(id_tag)

    def _by_transaction(self, transaction_id: int) -> ConnectorRunner | None:
        for connector in self._host.connectors:
            if connector.transaction_id == transaction_id:
                return connector
        return None

    @on(Action.remote_stop_transaction)
    def on_remote_stop(self, transaction_id: int, **_: Any) -> call_result.RemoteStopTransaction:
        found = self._by_transaction(transaction_id) is not None
        return call_result.RemoteStopTransaction(status="Accepted" if found else "Rejected")

    @after(Action.remote_stop_transaction)
    def after_remote_stop(self, transaction_id: int, **_: Any) -> None:
        connector = self._by_transaction(transaction_id)
        if connector is not None:
            self._host.spawn(connector.end_session("Remote"), name=f"remote-stop-{transaction_id}")

    @on(Action.unlock_connector)
    def on_unlock(self, connector_id: int, **_: Any) -> call_result.UnlockConnector:
        found = self._connector(connector_id) is not None
        return call_result.UnlockConnector(status="Unlocked" if found else "NotSupported")

    @after(Action.unlock_connector)
    def after_unlock(self, connector_id: int, **_: Any) -> None:
        connector = self._connector(connector_id)
        if connector is not None and connector.charging:
            self._host.spawn(connector.end_session("UnlockCommand"), name=f"unlock-{connector_id}")

    # --- charger management ----------------------------------------------------------------------

    @on(Action.reset)
    def on_reset(self, type: str, **_: Any) -> call_result.Reset:
        return call_result.Reset(status="Accepted")

    @after(Action.reset)
    def after_reset(self, type: str, **_: Any) -> None:
        self._host.spawn(self._host.reset(type), name=f"reset-{type.lower()}")

    @on(Action.change_availability)
    def on_change_availability(
        self, connector_id: int, type: str, **_: Any
    ) -> call_result.ChangeAvailability:
        if connector_id == 0:
            targets = list(self._host.connectors)
        else:
            target = self._connector(connector_id)
            if target is None:
                return call_result.ChangeAvailability(status="Rejected")
            targets = [target]
        outcomes = [c.change_availability(operative=type == "Operative") for c in targets]
        return call_result.ChangeAvailability(status="Scheduled" if "Scheduled" in outcomes else "Accepted")

    @after(Action.change_availability)
    def after_change_availability(self, **_: Any) -> None:
        self._host.spawn(self._host.report_availability(), name="availability")

    @on(Action.get_configuration)
    def on_get_configuration(self, key: list[str] | None = None, **_: Any) -> call_result.GetConfiguration:
        known, unknown = self._host.configuration.get(key)
        return call_result.GetConfiguration(
            configuration_key=[KeyValue(key=k.name, readonly=k.readonly, value=k.value) for k in known],
            unknown_key=unknown or None,
        )

    @on(Action.change_configuration)
    def on_change_configuration(self, key: str, value: str, **_: Any) -> call_result.ChangeConfiguration:
        status = self._host.configuration.change(key, value)
        log.info("%s: ChangeConfiguration %s=%s -> %s", self.id, key, value, status)
        return call_result.ChangeConfiguration(status=status)

    @on(Action.clear_cache)
    def on_clear_cache(self, **_: Any) -> call_result.ClearCache:
        return call_result.ClearCache(status="Accepted")

    @on(Action.data_transfer)
    def on_data_transfer(
        self, vendor_id: str, message_id: str | None = None, data: str | None = None, **_: Any
    ) -> call_result.DataTransfer:
        if vendor_id != self._host.vendor_id:
            return call_result.DataTransfer(status="UnknownVendorId")
        return call_result.DataTransfer(status="Accepted", data=data)

    @on(Action.trigger_message)
    def on_trigger_message(
        self, requested_message: str, connector_id: int | None = None, **_: Any
    ) -> call_result.TriggerMessage:
        if requested_message not in TRIGGERABLE:
            return call_result.TriggerMessage(status="NotImplemented")
        if connector_id is not None and connector_id != 0 and self._connector(connector_id) is None:
            return call_result.TriggerMessage(status="Rejected")
        return call_result.TriggerMessage(status="Accepted")

    @after(Action.trigger_message)
    def after_trigger_message(
        self, requested_message: str, connector_id: int | None = None, **_: Any
    ) -> None:
        if requested_message in TRIGGERABLE and (connector_id in (None, 0) or self._connector(connector_id)):
            self._host.spawn(
                self._host.trigger(requested_message, connector_id), name=f"trigger-{requested_message}"
            )
