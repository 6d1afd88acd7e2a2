"""CSMS -> charger commands, as use cases with input checks.

Each method validates the operator's input (clear ``InvalidCommandError``), sends one OCPP 1.6 call
through the central system (which records the command and its outcome and publishes
``CommandCompleted``) and returns the charger's answer. Failures are raised, never swallowed:
``ChargerNotConnectedError``, ``ChargerNotReadyError``, ``CallTimeoutError``, ``CallRejectedError``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from arthexis_desktop.core.errors import InvalidCommandError
from arthexis_desktop.core.rfid import normalize_uid

RESET_KINDS = ("Soft", "Hard")
TRIGGER_MESSAGES = (
    "BootNotification",
    "DiagnosticsStatusNotification",
    "FirmwareStatusNotification",
    "Heartbeat",
    "MeterValues",
    "StatusNotification",
)


class Caller(Protocol):
    async def call(
        self, charger_id: str, action: str, payload: dict[str, Any], *, timeout_s: float | None = None
    ) -> dict[str, Any]: ...


@dataclass(frozen=True, slots=True)
class CommandOutcome:
    action: str
    status: str  # the charger's status field ("Accepted", "Rejected", ...) or "" when it has none
    response: dict[str, Any]

    @property
    def accepted(self) -> bool:
        return self.status in ("Accepted", "Unlocked", "Scheduled", "RebootRequired", "")


@dataclass(frozen=True, slots=True)
class ConfigurationKey:
    key: str
    value: str | None
    readonly: bool


def _connector(connector_id: int, *, allow_zero: bool) -> int:
    if isinstance(connector_id, bool) or not isinstance(connector_id, int):
        raise InvalidCommandError("connector must be a whole number")
    low = 0 if allow_zero else 1
    if connector_id < low:
        raise InvalidCommandError(f"connector must be {low} or more")
    return connector_id


def _text(value: str, *, name: str, max_len: int, required: bool = True) -> str:
    text = value.strip()
    if required and not text:
        raise InvalidCommandError(f"{name} is required")
    if len(text) > max_len:
        raise InvalidCommandError(f"{name} is longer than {max_len} characters")
    return text


class CommandService:
    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    async def _send(self, charger_id: str, action: str, payload: dict[str, Any]) -> CommandOutcome:
        response = await self._caller.call(charger_id, action, payload)
        status = response.get("status", "")
        return CommandOutcome(action, status if isinstance(status, str) else "", response)

    async def remote_start(
        self, charger_id: str, *, id_tag: str, connector_id: int | None = None
    ) -> CommandOutcome:
        payload: dict[str, Any] = {"idTag": _text(normalize_uid(id_tag), name="idTag", max_len=20)}
        if connector_id is not None:
            payload["connectorId"] = _connector(connector_id, allow_zero=False)
        return await self._send(charger_id, "RemoteStartTransaction", payload)

    async def remote_stop(self, charger_id: str, *, transaction_id: int) -> CommandOutcome:
        if isinstance(transaction_id, bool) or not isinstance(transaction_id, int):
            raise InvalidCommandError("transaction id must be a whole number")
        return await self._send(charger_id, "RemoteStopTransaction", {"transactionId": transaction_id})

    async def reset(self, charger_id: str, *, kind: str = "Soft") -> CommandOutcome:
        if kind not in RESET_KINDS:
            raise InvalidCommandError(f"reset type must be one of {', '.join(RESET_KINDS)}")
        return await self._send(charger_id, "Reset", {"type": kind})

    async def unlock_connector(self, charger_id: str, *, connector_id: int) -> CommandOutcome:
        return await self._send(
            charger_id, "UnlockConnector", {"connectorId": _connector(connector_id, allow_zero=False)}
        )

    async def change_availability(
        self, charger_id: str, *, connector_id: int, operative: bool
    ) -> CommandOutcome:
        payload = {
            "connectorId": _connector(connector_id, allow_zero=True),
            "type": "Operative" if operative else "Inoperative",
        }
        return await self._send(charger_id, "ChangeAvailability", payload)

    async def get_configuration(
        self, charger_id: str, *, keys: list[str] | None = None
    ) -> tuple[list[ConfigurationKey], list[str]]:
        """Returns ``(known keys, unknown key names)``."""
        payload: dict[str, Any] = {}
        if keys:
            payload["key"] = [_text(k, name="key", max_len=50) for k in keys]
        outcome = await self._send(charger_id, "GetConfiguration", payload)
        known = [
            ConfigurationKey(str(item.get("key", "")), item.get("value"), bool(item.get("readonly", False)))
            for item in outcome.response.get("configurationKey", []) or []
            if isinstance(item, dict)
        ]
        unknown = [str(k) for k in outcome.response.get("unknownKey", []) or []]
        return sorted(known, key=lambda k: k.key.lower()), unknown

    async def change_configuration(self, charger_id: str, *, key: str, value: str) -> CommandOutcome:
        payload = {
            "key": _text(key, name="key", max_len=50),
            "value": _text(value, name="value", max_len=500, required=False),
        }
        return await self._send(charger_id, "ChangeConfiguration", payload)

    async def trigger_message(
        self, charger_id: str, *, message: str, connector_id: int | None = None
    ) -> CommandOutcome:
        if message not in TRIGGER_MESSAGES:
            raise InvalidCommandError(f"message must be one of {', '.join(TRIGGER_MESSAGES)}")
        payload: dict[str, Any] = {"requestedMessage": message}
        if connector_id is not None:
            payload["connectorId"] = _connector(connector_id, allow_zero=False)
        return await self._send(charger_id, "TriggerMessage", payload)

    async def clear_cache(self, charger_id: str) -> CommandOutcome:
        return await self._send(charger_id, "ClearCache", {})

    async def data_transfer(
        self, charger_id: str, *, vendor_id: str, message_id: str = "", data: str = ""
    ) -> CommandOutcome:
        payload: dict[str, Any] = {"vendorId": _text(vendor_id, name="vendor id", max_len=255)}
        if message_id.strip():
            payload["messageId"] = _text(message_id, name="message id", max_len=50)
        if data:
            payload["data"] = data
        return await self._send(charger_id, "DataTransfer", payload)
