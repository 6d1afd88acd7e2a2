"""Charger, connector and status jobs (run on the worker thread, inside its transaction)."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, selectinload

from arthexis_desktop.core.errors import InvalidCommandError, NotFoundError
from arthexis_desktop.core.model import (
    AdmissionPolicy,
    AdmissionState,
    BootDecision,
    BootInfo,
    ChargerRecord,
    ChargerSettings,
    ConnectorStatus,
    NotificationRecord,
)
from arthexis_desktop.core.policies import decide_admission
from arthexis_desktop.storage import convert
from arthexis_desktop.storage.tables import (
    CHARGER_ID_LENGTH,
    ChargerRow,
    CommandRow,
    FrameRow,
    MeterSampleRow,
    NotificationRow,
    ReservationRow,
    StatusHistoryRow,
    TransactionRow,
)
from arthexis_desktop.storage.text import clean

log = logging.getLogger(__name__)

_BOOT_FIELDS = (
    "serial",
    "firmware",
    "box_serial",
    "iccid",
    "imsi",
    "meter_type",
    "meter_serial",
)


def check_charger_id(charger_id: str) -> None:
    if not charger_id or len(charger_id) > CHARGER_ID_LENGTH:
        raise InvalidCommandError(f"a charger id must have 1 to {CHARGER_ID_LENGTH} characters")


def _new_charger(charger_id: str, state: AdmissionState) -> ChargerRow:
    return ChargerRow(
        charger_id=charger_id,
        admission_state=state.value,
        vendor="",
        model="",
        notes="",
        lenient_validation=False,
        local_list_enabled=False,
        connected=False,
    )


def _seen(row: ChargerRow, at: datetime) -> None:
    if row.first_seen_at is None:
        row.first_seen_at = at
    if row.last_seen_at is None or row.last_seen_at < at:
        row.last_seen_at = at


def _require(session: Session, charger_id: str) -> ChargerRow:
    row = session.get(ChargerRow, charger_id)
    if row is None:
        raise NotFoundError(f"charger {charger_id!r} is not known")
    return row


def get_charger(session: Session, charger_id: str) -> ChargerRecord | None:
    row = session.get(ChargerRow, charger_id)
    return convert.charger_record(row) if row is not None else None


def list_chargers(session: Session) -> list[ChargerRecord]:
    rows = session.scalars(
        select(ChargerRow).options(selectinload(ChargerRow.connectors)).order_by(ChargerRow.charger_id)
    )
    return [convert.charger_record(row) for row in rows]


def register_boot(
    session: Session,
    charger_id: str,
    info: BootInfo,
    *,
    policy: AdmissionPolicy,
    protocol: str,
    at: datetime,
    remote: str | None,
) -> BootDecision:
    """Decide admission on the stored state and store the boot data, in one transaction."""
    row = session.get(ChargerRow, charger_id, with_for_update=True)
    decision = decide_admission(policy, AdmissionState(row.admission_state) if row else None)
    if decision.state is None:  # the policy chose to keep no row
        return decision
    if row is None:
        row = _new_charger(charger_id, decision.state)
        session.add(row)
    row.vendor = clean(info.vendor)
    row.model = clean(info.model)
    for name in _BOOT_FIELDS:
        value = getattr(info, name)
        if value is not None:  # a boot that leaves a field out does not erase what we know
            setattr(row, name, clean(value))
    row.protocol = protocol
    if remote is not None:
        row.remote_address = remote
    row.last_boot_at = at
    row.connected = True
    _seen(row, at)
    return decision


def record_connection(session: Session, charger_id: str, *, protocol: str, remote: str, at: datetime) -> None:
    """Known chargers only: an unknown one is stored by its BootNotification (the policy decides)."""
    row = session.get(ChargerRow, charger_id)
    if row is None:
        return
    row.protocol = protocol
    row.remote_address = remote
    row.connected = True
    _seen(row, at)


def record_disconnection(session: Session, charger_id: str, *, at: datetime) -> None:
    row = session.get(ChargerRow, charger_id)
    if row is None:
        return
    row.connected = False
    _seen(row, at)


def status_history(session: Session, charger_id: str, *, limit: int) -> list[ConnectorStatus]:
    rows = session.scalars(
        select(StatusHistoryRow)
        .where(StatusHistoryRow.charger_id == charger_id)
        .order_by(StatusHistoryRow.id.desc())
        .limit(limit)
    )
    return [convert.connector_status(row) for row in rows]


def record_notification(
    session: Session, charger_id: str, action: str, payload: dict[str, Any], *, at: datetime
) -> None:
    session.add(NotificationRow(charger_id=charger_id, action=action, payload_json=payload, at=at))


def notifications(session: Session, charger_id: str | None, *, limit: int) -> list[NotificationRecord]:
    query = select(NotificationRow).order_by(NotificationRow.id.desc()).limit(limit)
    if charger_id is not None:
        query = query.where(NotificationRow.charger_id == charger_id)
    return [convert.notification(row) for row in session.scalars(query)]


def set_admission(session: Session, charger_id: str, state: AdmissionState) -> ChargerRecord:
    row = _require(session, charger_id)
    row.admission_state = AdmissionState(state).value
    return convert.charger_record(row)


def update_settings(session: Session, charger_id: str, settings: ChargerSettings) -> ChargerRecord:
    row = _require(session, charger_id)
    policy = settings.authorization_policy
    row.authorization_policy = policy.value if policy is not None else None
    row.lenient_validation = settings.lenient_validation
    row.default_energy_unit = settings.default_energy_unit
    row.local_list_enabled = settings.local_list
    return convert.charger_record(row)


def update_details(
    session: Session,
    charger_id: str,
    *,
    notes: str | None,
    latitude: float | None,
    longitude: float | None,
    clear_location: bool,
) -> ChargerRecord:
    row = _require(session, charger_id)
    if notes is not None:
        row.notes = notes
    if clear_location:
        row.latitude = row.longitude = None
    if latitude is not None:
        row.latitude = latitude
    if longitude is not None:
        row.longitude = longitude
    return convert.charger_record(row)


def add_charger(session: Session, charger_id: str, state: AdmissionState) -> ChargerRecord:
    """Pre-register a charger; an existing one is returned unchanged."""
    row = session.get(ChargerRow, charger_id)
    if row is None:
        row = _new_charger(charger_id, AdmissionState(state))
        session.add(row)
        session.flush()
    return convert.charger_record(row)


def delete_charger(session: Session, charger_id: str, *, purge: bool) -> None:
    """Delete the charger with its connectors and logs; its transactions only when ``purge``."""
    row = _require(session, charger_id)
    transactions = session.scalar(
        select(func.count()).select_from(TransactionRow).where(TransactionRow.charger_id == charger_id)
    )
    if transactions and not purge:
        raise InvalidCommandError(
            f"charger {charger_id!r} has {transactions} transaction(s); "
            "delete them with it (purge) or keep the charger"
        )
    for table in (
        MeterSampleRow,
        TransactionRow,
        ReservationRow,
        StatusHistoryRow,
        FrameRow,
        CommandRow,
        NotificationRow,
    ):
        session.execute(
            delete(table).where(table.charger_id == charger_id).execution_options(synchronize_session=False)
        )
    session.delete(row)
