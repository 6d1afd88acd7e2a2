"""Rows -> core values. Called on the worker thread, inside the job's session."""

from __future__ import annotations

from collections.abc import Iterable

from arthexis_desktop.core.model import (
    AccountCredit,
    AdmissionState,
    AuthorizationPolicy,
    AuthorizationStatus,
    ChargerRecord,
    ChargerSettings,
    CommandRecord,
    ConnectorStatus,
    Direction,
    FrameRecord,
    LocalListEntry,
    LocalListState,
    MeterReading,
    NotificationRecord,
    Reservation,
    ReservationState,
    SampledValue,
    Tag,
    TagColour,
    TagEvent,
    TagEventKind,
    Transaction,
    UnknownTag,
)
from arthexis_desktop.storage.tables import (
    AccountCreditRow,
    ChargerRow,
    CommandRow,
    ConnectorRow,
    FrameRow,
    LocalListEntryRow,
    LocalListRow,
    MeterSampleRow,
    NotificationRow,
    ReservationRow,
    StatusHistoryRow,
    TagEventRow,
    TagRow,
    TransactionRow,
    UnknownTagRow,
)


def charger_settings(row: ChargerRow) -> ChargerSettings:
    policy = AuthorizationPolicy(row.authorization_policy) if row.authorization_policy else None
    return ChargerSettings(
        authorization_policy=policy,
        lenient_validation=row.lenient_validation,
        default_energy_unit=row.default_energy_unit,
        local_list=row.local_list_enabled,
    )


def connector_status(row: ConnectorRow | StatusHistoryRow) -> ConnectorStatus:
    return ConnectorStatus(
        charger_id=row.charger_id,
        connector_id=row.connector_id,
        status=row.status,
        error_code=row.error_code,
        info=row.info,
        vendor_id=row.vendor_id,
        vendor_error_code=row.vendor_error_code,
        timestamp=row.status_at if isinstance(row, ConnectorRow) else row.timestamp,
    )


def charger_record(row: ChargerRow, connectors: Iterable[ConnectorRow] | None = None) -> ChargerRecord:
    rows = row.connectors if connectors is None else connectors
    return ChargerRecord(
        charger_id=row.charger_id,
        admission=AdmissionState(row.admission_state),
        vendor=row.vendor,
        model=row.model,
        serial=row.serial,
        firmware=row.firmware,
        protocol=row.protocol,
        settings=charger_settings(row),
        latitude=row.latitude,
        longitude=row.longitude,
        notes=row.notes,
        first_seen_at=row.first_seen_at,
        last_seen_at=row.last_seen_at,
        last_boot_at=row.last_boot_at,
        connectors=tuple(connector_status(c) for c in sorted(rows, key=lambda c: c.connector_id)),
        box_serial=row.box_serial,
        iccid=row.iccid,
        imsi=row.imsi,
        meter_type=row.meter_type,
        meter_serial=row.meter_serial,
        remote_address=row.remote_address,
        connected=row.connected,
    )


def tag(row: TagRow) -> Tag:
    return Tag(
        uid=row.uid,
        label=row.label,
        allowed=row.allowed,
        released=row.released,
        owner=row.owner,
        expires_at=row.expires_at,
        parent_uid=row.parent_uid,
        created_at=row.created_at,
        last_seen_at=row.last_seen_at,
        label_number=row.label_number,
        account_id=row.account_id,
        colour=TagColour(row.colour) if row.colour in _COLOURS else TagColour.BLACK,
        notes=row.notes,
        first_seen_at=row.first_seen_at,
    )


_COLOURS = frozenset(colour.value for colour in TagColour)


def account_credit(row: AccountCreditRow) -> AccountCredit:
    return AccountCredit(
        id=row.id, account_id=row.account_id, energy_wh=row.energy_wh, added_at=row.added_at, note=row.note
    )


def tag_event(row: TagEventRow) -> TagEvent:
    return TagEvent(
        uid=row.uid,
        kind=TagEventKind(row.kind),
        at=row.at,
        known=row.known,
        charger_id=row.charger_id,
        reader=row.reader,
        purpose=row.purpose,
        policy=row.policy,
        status=row.status,
        reason=row.reason,
        id=row.id,
    )


def local_list_entry(row: LocalListEntryRow) -> LocalListEntry:
    return LocalListEntry(
        uid=row.uid,
        status=AuthorizationStatus(row.status),
        expires_at=row.expires_at,
        parent_uid=row.parent_uid,
    )


def local_list_state(
    charger_id: str, row: LocalListRow | None, entries: Iterable[LocalListEntryRow]
) -> LocalListState:
    listed = tuple(local_list_entry(entry) for entry in sorted(entries, key=lambda e: e.uid))
    if row is None:
        return LocalListState(charger_id, entries=listed)
    return LocalListState(
        charger_id=charger_id,
        version=row.version,
        full_needed=row.full_needed,
        synced_at=row.synced_at,
        last_status=row.last_status,
        last_error=row.last_error,
        checked_version=row.checked_version,
        checked_at=row.checked_at,
        entries=listed,
    )


def reservation(row: ReservationRow) -> Reservation:
    return Reservation(
        id=row.id,
        charger_id=row.charger_id,
        connector_id=row.connector_id,
        id_tag=row.id_tag,
        expires_at=row.expires_at,
        state=ReservationState(row.state),
        created_at=row.created_at,
        parent_id_tag=row.parent_id_tag,
        charger_status=row.charger_status,
        error=row.error,
        transaction_id=row.transaction_id,
        updated_at=row.updated_at,
    )


def unknown_tag(row: UnknownTagRow) -> UnknownTag:
    return UnknownTag(
        uid=row.uid,
        first_seen_at=row.first_seen_at,
        last_seen_at=row.last_seen_at,
        times_seen=row.times_seen,
        last_charger_id=row.last_charger_id,
    )


def transaction(row: TransactionRow) -> Transaction:
    return Transaction(
        id=row.id,
        charger_id=row.charger_id,
        connector_id=row.connector_id,
        id_tag=row.id_tag,
        start_time=row.start_time,
        meter_start_wh=row.meter_start_wh,
        stop_time=row.stop_time,
        meter_stop_wh=row.meter_stop_wh,
        energy_wh=row.energy_wh,
        stop_reason=row.stop_reason,
        auth_status=row.auth_status,
        ocpp_id=row.ocpp_id,
        orphan=row.orphan,
        tag_uid=row.tag_uid,
        reservation_id=row.reservation_id,
    )


def sampled_value(row: MeterSampleRow) -> SampledValue:
    return SampledValue(
        measurand=row.measurand,
        value=row.value,
        unit=row.unit,
        phase=row.phase,
        context=row.context,
        location=row.location,
        raw_value=row.raw_value,
        raw_unit=row.raw_unit,
    )


def meter_readings(rows: Iterable[MeterSampleRow]) -> list[MeterReading]:
    """Group samples (ordered by timestamp, then id) into one reading per timestamp."""
    readings: list[MeterReading] = []
    values: list[SampledValue] = []
    current = None
    for row in rows:
        if current is not None and row.timestamp != current:
            readings.append(MeterReading(current, tuple(values)))
            values = []
        current = row.timestamp
        values.append(sampled_value(row))
    if current is not None:
        readings.append(MeterReading(current, tuple(values)))
    return readings


def frame(row: FrameRow) -> FrameRecord:
    return FrameRecord(
        charger_id=row.charger_id,
        direction=Direction(row.direction),
        text=row.text,
        timestamp=row.timestamp,
        id=row.id,
    )


def command(row: CommandRow) -> CommandRecord:
    return CommandRecord(
        id=row.id,
        charger_id=row.charger_id,
        action=row.action,
        request=dict(row.request_json or {}),
        requested_at=row.requested_at,
        outcome=row.outcome,
        response=dict(row.response_json) if row.response_json is not None else None,
        error=row.error,
        completed_at=row.completed_at,
    )


def notification(row: NotificationRow) -> NotificationRecord:
    return NotificationRecord(
        charger_id=row.charger_id,
        action=row.action,
        payload=dict(row.payload_json or {}),
        at=row.at,
        id=row.id,
    )
