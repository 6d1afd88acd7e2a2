"""OCPP 1.6 charger -> CSMS actions.

Each handler turns a (schema-checked, or in lenient mode best-effort) request into port calls
and events and returns the response payload. Handlers only await the storage ports; they never
call the charger. Timestamps go through ``plausible_or_received``; energy through
``normalise_sampled_value``; idTags through the one authorization port (same decision for
Authorize, StartTransaction and StopTransaction).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from arthexis_desktop.core.events import (
    BootNotified,
    ChargerNotified,
    ConnectorStatusChanged,
    HeartbeatReceived,
    MeterSampled,
    TagPresented,
    TransactionStarted,
    TransactionStopped,
)
from arthexis_desktop.core.model import (
    AuthDecision,
    AuthorizationStatus,
    BootInfo,
    ConnectorStatus,
    MeterReading,
    SampledValue,
)
from arthexis_desktop.core.timestamps import format_ocpp_datetime, plausible_or_received, utc_now
from arthexis_desktop.core.units import UnitError, normalise_sampled_value
from arthexis_desktop.csms.protocol import ActionHandler, Payload

if TYPE_CHECKING:
    from arthexis_desktop.csms.session import Session

log = logging.getLogger(__name__)

PARENT_ID_TAG_MAX = 20  # CiString20Type


def _opt_str(payload: Mapping[str, Any], key: str) -> str | None:
    value = payload.get(key)
    return None if value is None else str(value)


def id_tag_info(decision: AuthDecision) -> Payload:
    """The 1.6 ``idTagInfo`` object for an authorization decision."""
    info: Payload = {"status": decision.status.value}
    if decision.expiry is not None:
        info["expiryDate"] = format_ocpp_datetime(decision.expiry)
    if decision.parent_id_tag and len(decision.parent_id_tag) <= PARENT_ID_TAG_MAX:
        info["parentIdTag"] = decision.parent_id_tag
    return info


def meter_readings(session: Session, meter_values: object, received_at: datetime) -> list[MeterReading]:
    """Normalise a 1.6 ``meterValue``/``transactionData`` list; unreadable samples are skipped."""
    if isinstance(meter_values, dict):  # lenient: some firmware sends one object, not a list
        meter_values = [meter_values]
    if not isinstance(meter_values, list):
        return []
    energy_unit = session.charger_settings.default_energy_unit
    readings: list[MeterReading] = []
    for entry in meter_values:
        if not isinstance(entry, dict):
            log.warning("%s: skipped a meterValue that is not an object: %.80r", session.charger_id, entry)
            continue
        timestamp, replaced = plausible_or_received(entry.get("timestamp"), received_at)
        sampled = entry.get("sampledValue")
        if isinstance(sampled, dict):
            sampled = [sampled]
        values: list[SampledValue] = []
        for raw in sampled if isinstance(sampled, list) else ():
            try:
                if not isinstance(raw, dict):
                    raise UnitError("sampledValue is not an object")
                values.append(normalise_sampled_value(raw, default_energy_unit=energy_unit))
            except (UnitError, TypeError, ValueError) as exc:
                log.warning("%s: skipped sampled value %.120r: %s", session.charger_id, raw, exc)
        if values:
            readings.append(MeterReading(timestamp, tuple(values), timestamp_replaced=replaced))
    return readings


async def boot_notification(session: Session, payload: Payload, at: datetime) -> Payload:
    info = BootInfo(
        vendor=str(payload.get("chargePointVendor") or ""),
        model=str(payload.get("chargePointModel") or ""),
        serial=_opt_str(payload, "chargePointSerialNumber"),
        firmware=_opt_str(payload, "firmwareVersion"),
        box_serial=_opt_str(payload, "chargeBoxSerialNumber"),
        iccid=_opt_str(payload, "iccid"),
        imsi=_opt_str(payload, "imsi"),
        meter_type=_opt_str(payload, "meterType"),
        meter_serial=_opt_str(payload, "meterSerialNumber"),
    )
    settings = session.settings
    decision = await session.storage.register_boot(
        session.charger_id,
        info,
        policy=settings.admission_policy,
        protocol=session.protocol.value,
        at=at,
    )
    session.on_boot(decision)
    accepted = decision.status == "Accepted"
    session.publish(BootNotified(session.charger_id, info, decision.status, decision.known_before, at))
    return {
        "status": decision.status,
        "currentTime": format_ocpp_datetime(utc_now()),
        "interval": settings.heartbeat_interval_s if accepted else settings.pending_retry_s,
    }


async def heartbeat(session: Session, payload: Payload, at: datetime) -> Payload:
    await session.touch(at, force=True)
    session.publish(HeartbeatReceived(session.charger_id, at))
    return {"currentTime": format_ocpp_datetime(utc_now())}


async def status_notification(session: Session, payload: Payload, at: datetime) -> Payload:
    timestamp, _ = plausible_or_received(payload.get("timestamp"), at)
    status = ConnectorStatus(
        charger_id=session.charger_id,
        connector_id=int(payload["connectorId"]),
        status=str(payload["status"]),
        error_code=str(payload.get("errorCode") or "NoError"),
        info=_opt_str(payload, "info"),
        vendor_id=_opt_str(payload, "vendorId"),
        vendor_error_code=_opt_str(payload, "vendorErrorCode"),
        timestamp=timestamp,
    )
    await session.storage.record_status(status, received_at=at)
    session.publish(ConnectorStatusChanged(status))
    return {}


async def _authorize(
    session: Session, id_tag: str, at: datetime, *, purpose: str, check_concurrent: bool = False
) -> AuthDecision:
    return await session.storage.authorize(
        session.charger_id,
        id_tag,
        policy=session.authorization_policy,
        at=at,
        check_concurrent=check_concurrent,
        purpose=purpose,
    )


async def authorize(session: Session, payload: Payload, at: datetime) -> Payload:
    # No ConcurrentTx here: a driver presenting the card to stop its own session must not be
    # refused; a second session is refused at StartTransaction.
    decision = await _authorize(session, str(payload["idTag"]), at, purpose="Authorize")
    session.publish(TagPresented(session.charger_id, decision, "Authorize", at))
    return {"idTagInfo": id_tag_info(decision)}


async def start_transaction(session: Session, payload: Payload, at: datetime) -> Payload:
    id_tag = str(payload["idTag"])
    start_time, _ = plausible_or_received(payload.get("timestamp"), at)
    decision = await _authorize(session, id_tag, at, purpose="StartTransaction", check_concurrent=True)
    reservation = payload.get("reservationId")
    transaction, replayed = await session.storage.start_transaction(
        charger_id=session.charger_id,
        connector_id=int(payload["connectorId"]),
        id_tag=id_tag,
        meter_start_wh=float(payload["meterStart"]),
        start_time=start_time,
        auth_status=decision.status.value,
        reservation_id=reservation if type(reservation) is int else None,
    )
    info = id_tag_info(decision)
    if replayed:
        # The first answer stands: a retransmitted start must not turn into ConcurrentTx.
        if transaction.auth_status != decision.status.value:
            stored = transaction.auth_status
            valid = stored in AuthorizationStatus.__members__.values()
            info = {"status": stored if valid else AuthorizationStatus.INVALID.value}
        log.info("%s: StartTransaction replay -> transaction %d", session.charger_id, transaction.id)
    else:
        session.publish(TagPresented(session.charger_id, decision, "StartTransaction", at))
    session.publish(TransactionStarted(transaction, replayed=replayed))
    return {"transactionId": transaction.id, "idTagInfo": info}


async def stop_transaction(session: Session, payload: Payload, at: datetime) -> Payload:
    stop_time, _ = plausible_or_received(payload.get("timestamp"), at)
    id_tag = _opt_str(payload, "idTag")
    response: Payload = {}
    if id_tag is not None:
        decision = await _authorize(session, id_tag, at, purpose="StopTransaction")
        session.publish(TagPresented(session.charger_id, decision, "StopTransaction", at))
        response["idTagInfo"] = id_tag_info(decision)
    transaction = await session.storage.stop_transaction(
        charger_id=session.charger_id,
        transaction_id=int(payload["transactionId"]),
        meter_stop_wh=float(payload["meterStop"]),
        stop_time=stop_time,
        stop_reason=_opt_str(payload, "reason"),
        id_tag=id_tag,
        readings=meter_readings(session, payload.get("transactionData"), at),
    )
    if transaction.orphan:
        log.warning(
            "%s: StopTransaction for unknown transaction %s recorded as orphan",
            session.charger_id,
            payload["transactionId"],
        )
    session.publish(TransactionStopped(transaction))
    return response


async def meter_values(session: Session, payload: Payload, at: datetime) -> Payload:
    connector_id = int(payload["connectorId"])
    transaction_id = payload.get("transactionId")
    if type(transaction_id) is not int:
        transaction_id = None
    readings = meter_readings(session, payload.get("meterValue"), at)
    if readings:
        await session.storage.store_meter_values(
            charger_id=session.charger_id,
            connector_id=connector_id,
            transaction_id=transaction_id,
            readings=readings,
        )
        session.publish(MeterSampled(session.charger_id, connector_id, transaction_id, tuple(readings)))
    return {}


async def _notify(session: Session, action: str, payload: Payload, at: datetime) -> None:
    await session.storage.record_notification(session.charger_id, action, payload, at=at)
    session.publish(ChargerNotified(session.charger_id, action, payload, at))


async def data_transfer(session: Session, payload: Payload, at: datetime) -> Payload:
    await _notify(session, "DataTransfer", payload, at)
    return {"status": "UnknownVendorId"}  # no vendor extensions are implemented


def _notification(action: str) -> ActionHandler:
    async def handle(session: Session, payload: Payload, at: datetime) -> Payload:
        await _notify(session, action, payload, at)
        return {}

    handle.__name__ = handle.__qualname__ = f"notification_{action}"
    return handle


NOTIFICATIONS = (
    "DiagnosticsStatusNotification",
    "FirmwareStatusNotification",
    # OCPP 1.6 security whitepaper (edition 3) notifications: stored like the others.
    "SecurityEventNotification",
    "LogStatusNotification",
    "SignedFirmwareStatusNotification",
)

HANDLERS: Mapping[str, ActionHandler] = {
    "BootNotification": boot_notification,
    "Heartbeat": heartbeat,
    "StatusNotification": status_notification,
    "Authorize": authorize,
    "StartTransaction": start_transaction,
    "StopTransaction": stop_transaction,
    "MeterValues": meter_values,
    "DataTransfer": data_transfer,
    **{action: _notification(action) for action in NOTIFICATIONS},
}
