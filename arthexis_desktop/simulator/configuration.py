"""The charger's OCPP configuration keys: GetConfiguration / ChangeConfiguration semantics.

Keys are case-insensitive (CiString). Writable keys are validated by kind; components that depend on
a key :meth:`ConfigurationStore.watch` it and are woken when it changes.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from arthexis_desktop.simulator.config import SimulatorConfig
from arthexis_desktop.simulator.meter import ENERGY, SUPPORTED_MEASURANDS, parse_measurands

ACCEPTED = "Accepted"
REJECTED = "Rejected"
NOT_SUPPORTED = "NotSupported"

HEARTBEAT_INTERVAL = "HeartbeatInterval"
METER_VALUE_SAMPLE_INTERVAL = "MeterValueSampleInterval"
CLOCK_ALIGNED_DATA_INTERVAL = "ClockAlignedDataInterval"
METER_VALUES_SAMPLED_DATA = "MeterValuesSampledData"
METER_VALUES_ALIGNED_DATA = "MeterValuesAlignedData"
STOP_TXN_SAMPLED_DATA = "StopTxnSampledData"
AUTHORIZE_REMOTE_TX_REQUESTS = "AuthorizeRemoteTxRequests"
STOP_TRANSACTION_ON_INVALID_ID = "StopTransactionOnInvalidId"


class KeyKind(StrEnum):
    SECONDS = "seconds"  # non-negative number; fractions allowed (fast simulations)
    INTEGER = "integer"
    BOOLEAN = "boolean"
    MEASURANDS = "measurands"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class ConfigKey:
    name: str
    value: str
    readonly: bool
    kind: KeyKind = KeyKind.TEXT


def format_number(value: float) -> str:
    return f"{value:g}"


def _normalise(kind: KeyKind, value: str) -> str | None:
    """The stored form of ``value`` for a key of ``kind``, or None when it is not acceptable."""
    text = value.strip()
    if kind is KeyKind.SECONDS:
        try:
            number = float(text)
        except ValueError:
            return None
        return format_number(number) if math.isfinite(number) and number >= 0 else None
    if kind is KeyKind.INTEGER:
        return str(int(text)) if text.isdigit() else None
    if kind is KeyKind.BOOLEAN:
        return text.lower() if text.lower() in ("true", "false") else None
    if kind is KeyKind.MEASURANDS:
        measurands = parse_measurands(text)
        return ",".join(measurands) if measurands is not None else None
    return text


def default_keys(config: SimulatorConfig) -> list[ConfigKey]:
    """A realistic OCPP 1.6 Core + RemoteTrigger key set for ``config``."""
    s, i, b, m = KeyKind.SECONDS, KeyKind.INTEGER, KeyKind.BOOLEAN, KeyKind.MEASURANDS
    all_measurands = ",".join(SUPPORTED_MEASURANDS)
    heartbeat = config.heartbeat_interval_s if config.heartbeat_interval_s is not None else 300.0
    return [
        ConfigKey(HEARTBEAT_INTERVAL, format_number(heartbeat), False, s),
        ConfigKey(METER_VALUE_SAMPLE_INTERVAL, format_number(config.meter_interval_s), False, s),
        ConfigKey(CLOCK_ALIGNED_DATA_INTERVAL, format_number(config.clock_interval_s), False, s),
        ConfigKey(METER_VALUES_SAMPLED_DATA, all_measurands, False, m),
        ConfigKey("MeterValuesSampledDataMaxLength", str(len(SUPPORTED_MEASURANDS)), True, i),
        ConfigKey(METER_VALUES_ALIGNED_DATA, ENERGY, False, m),
        ConfigKey("MeterValuesAlignedDataMaxLength", "1", True, i),
        ConfigKey(STOP_TXN_SAMPLED_DATA, all_measurands, False, m),
        ConfigKey("StopTxnSampledDataMaxLength", str(len(SUPPORTED_MEASURANDS)), True, i),
        ConfigKey("StopTxnAlignedData", "", False, m),
        ConfigKey("StopTxnAlignedDataMaxLength", "0", True, i),
        ConfigKey("NumberOfConnectors", str(config.connectors), True, i),
        ConfigKey("ConnectorPhaseRotation", "0.RST" if config.phases == 3 else "0.NotApplicable", False),
        ConfigKey("ConnectorPhaseRotationMaxLength", "3", True, i),
        ConfigKey(AUTHORIZE_REMOTE_TX_REQUESTS, "false", False, b),
        ConfigKey("AuthorizationCacheEnabled", "false", False, b),
        ConfigKey("AllowOfflineTxForUnknownId", "false", False, b),
        ConfigKey("LocalAuthorizeOffline", "true", False, b),
        ConfigKey("LocalPreAuthorize", "false", False, b),
        ConfigKey(STOP_TRANSACTION_ON_INVALID_ID, "true", False, b),
        ConfigKey("StopTransactionOnEVSideDisconnect", "true", False, b),
        ConfigKey("UnlockConnectorOnEVSideDisconnect", "true", False, b),
        ConfigKey("ConnectionTimeOut", "60", False, i),
        ConfigKey("MinimumStatusDuration", "0", False, i),
        ConfigKey("ResetRetries", "1", False, i),
        ConfigKey("TransactionMessageAttempts", "3", False, i),
        ConfigKey("TransactionMessageRetryInterval", "10", False, i),
        ConfigKey("WebSocketPingInterval", "20", False, i),
        ConfigKey("BlinkRepeat", "3", False, i),
        ConfigKey("LightIntensity", "50", False, i),
        ConfigKey("GetConfigurationMaxKeys", "50", True, i),
        ConfigKey("SupportedFeatureProfiles", "Core,RemoteTrigger", True),
        ConfigKey("ChargePointVendor", config.vendor, True),
        ConfigKey("ChargePointModel", config.model, True),
    ]


class ConfigurationStore:
    """Key/value configuration of one charger; survives reconnects and resets."""

    def __init__(self, keys: Iterable[ConfigKey]) -> None:
        self._keys: dict[str, ConfigKey] = {key.name.casefold(): key for key in keys}
        self._watchers: dict[str, list[asyncio.Event]] = {}

    def get(self, names: Sequence[str] | None = None) -> tuple[list[ConfigKey], list[str]]:
        """``(known keys, unknown names)`` for GetConfiguration; no names means every key."""
        if not names:
            return list(self._keys.values()), []
        known: list[ConfigKey] = []
        unknown: list[str] = []
        for name in names:
            key = self._keys.get(name.casefold())
            if key is None:
                unknown.append(name)
            elif key not in known:
                known.append(key)
        return known, unknown

    def change(self, name: str, value: str) -> str:
        """Apply ChangeConfiguration; returns Accepted, Rejected or NotSupported."""
        key = self._keys.get(name.casefold())
        if key is None:
            return NOT_SUPPORTED
        if key.readonly:
            return REJECTED
        normalised = _normalise(key.kind, value)
        if normalised is None:
            return REJECTED
        self._store(key, normalised)
        return ACCEPTED

    def set(self, name: str, value: str) -> None:
        """Charger-side update (e.g. the heartbeat interval granted by BootNotification.conf)."""
        key = self._keys[name.casefold()]
        normalised = _normalise(key.kind, value)
        if normalised is None:
            raise ValueError(f"invalid value {value!r} for {name}")
        self._store(key, normalised)

    def _store(self, key: ConfigKey, value: str) -> None:
        changed = key.value != value
        self._keys[key.name.casefold()] = replace(key, value=value)
        if changed:
            for event in self._watchers.get(key.name.casefold(), ()):
                event.set()

    def watch(self, *names: str) -> asyncio.Event:
        """An event set whenever one of ``names`` changes (the watcher clears it)."""
        event = asyncio.Event()
        for name in names:
            self._watchers.setdefault(name.casefold(), []).append(event)
        return event

    def unwatch(self, event: asyncio.Event) -> None:
        for events in self._watchers.values():
            if event in events:
                events.remove(event)

    def text(self, name: str) -> str:
        return self._keys[name.casefold()].value

    def number(self, name: str) -> float:
        return float(self.text(name))

    def flag(self, name: str) -> bool:
        return self.text(name) == "true"

    def measurands(self, name: str) -> tuple[str, ...]:
        return parse_measurands(self.text(name)) or ()
