"""OCPP 1.6J: the protocol spec the session registry uses for ``ocpp1.6`` sessions."""

from __future__ import annotations

from ocpp.v16.enums import Action

from arthexis_desktop.core.model import ProtocolVersion
from arthexis_desktop.csms.protocol import ProtocolSpec
from arthexis_desktop.csms.v16.handlers import HANDLERS

ALL_ACTIONS = frozenset(action.value for action in Action)
# Sent only by a charge point (core profile + security whitepaper). DataTransfer goes both ways.
CHARGER_ONLY_ACTIONS = frozenset(
    {
        "Authorize",
        "BootNotification",
        "DiagnosticsStatusNotification",
        "FirmwareStatusNotification",
        "Heartbeat",
        "MeterValues",
        "StartTransaction",
        "StatusNotification",
        "StopTransaction",
        "LogStatusNotification",
        "SecurityEventNotification",
        "SignCertificate",
        "SignedFirmwareStatusNotification",
    }
)

SPEC = ProtocolSpec(
    version=ProtocolVersion.OCPP16,
    schema_version="1.6",
    handlers=HANDLERS,
    known_actions=ALL_ACTIONS,
    csms_actions=ALL_ACTIONS - CHARGER_ONLY_ACTIONS,
    ungated_actions=frozenset({"BootNotification", "Heartbeat"}),
)

__all__ = ["SPEC"]
