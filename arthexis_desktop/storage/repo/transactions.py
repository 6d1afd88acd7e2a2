"""Transaction and meter-value jobs (run on the worker thread)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from arthexis_desktop.core.energy import register_readings_wh, session_energy_wh
from arthexis_desktop.core.model import AuthorizationStatus, MeterReading, Transaction
from arthexis_desktop.core.rfid import normalize_uid
from arthexis_desktop.core.units import ENERGY_REGISTER
from arthexis_desktop.storage import convert
from arthexis_desktop.storage.repo.reservations import link_reservation
from arthexis_desktop.storage.repo.tags import find_tag
from arthexis_desktop.storage.sinks import insert_samples, sample_rows
from arthexis_desktop.storage.tables import MeterSampleRow, TransactionRow
from arthexis_desktop.storage.text import clean

# How long after its start an open session still absorbs a StartTransaction that repeats it.
REPLAY_WINDOW = timedelta(hours=24)


def tag_uid_of(session: Session, id_tag: str | None) -> str | None:
    """The register uid ``id_tag`` matches (exact or byte-reversed), else the normalised idTag."""
    if not id_tag:
        return None
    row = find_tag(session, id_tag)
    return row.uid if row is not None else (clean(normalize_uid(id_tag)) or None)


def start_transaction(
    session: Session,
    *,
    charger_id: str,
    connector_id: int,
    id_tag: str,
    meter_start_wh: float,
    start_time: datetime,
    auth_status: str,
    reservation_id: int | None,
    at: datetime,
) -> tuple[Transaction, bool]:
    """Create the session, or return the identical one (a replayed StartTransaction).

    A replay has the same charger, connector, idTag and meterStart, and either the same start
    time or, when its timestamp differs, belongs to a session that is still open and started
    less than ``REPLAY_WINDOW`` earlier: a charger with a bad clock gets the receive time as its
    start time, which differs between the original and the retransmission.
    A refused tag still gets a row and an id: OCPP 1.6 needs a transactionId in every reply.
    A ``reservation_id`` of this charger's active, unexpired reservation marks it used.
    """
    id_tag = clean(id_tag)
    same_session = or_(
        TransactionRow.start_time == start_time,
        and_(
            TransactionRow.stop_time.is_(None),
            TransactionRow.orphan.is_(False),
            TransactionRow.start_time > start_time - REPLAY_WINDOW,
            TransactionRow.start_time <= start_time,
        ),
    )
    replayed = session.scalars(
        select(TransactionRow)
        .where(
            TransactionRow.charger_id == charger_id,
            TransactionRow.connector_id == connector_id,
            TransactionRow.id_tag == id_tag,
            TransactionRow.meter_start_wh == meter_start_wh,
            same_session,
        )
        .order_by(TransactionRow.id)
        .limit(1)
    ).first()
    if replayed is not None:
        return convert.transaction(replayed), True
    row = TransactionRow(
        charger_id=charger_id,
        connector_id=connector_id,
        id_tag=id_tag,
        auth_status=auth_status,
        start_time=start_time,
        meter_start_wh=float(meter_start_wh),
        reservation_id=reservation_id,
        orphan=False,
        ocpp_id="",
        created_at=at,
        tag_uid=tag_uid_of(session, id_tag),
    )
    session.add(row)
    session.flush()  # assigns the id
    row.ocpp_id = str(row.id)
    if reservation_id is not None:
        link_reservation(
            session,
            reservation_id,
            charger_id=charger_id,
            transaction_id=row.id,
            start_time=start_time,
            at=at,
        )
    return convert.transaction(row), False


def _find_for_stop(session: Session, charger_id: str, transaction_id: int) -> TransactionRow | None:
    row = session.get(TransactionRow, transaction_id)
    if row is not None and row.charger_id == charger_id:
        return row
    # A repeated stop for an id we never issued finds the orphan recorded by the first one.
    return session.scalars(
        select(TransactionRow)
        .where(
            TransactionRow.charger_id == charger_id,
            TransactionRow.orphan.is_(True),
            TransactionRow.ocpp_id == str(transaction_id),
        )
        .order_by(TransactionRow.id)
        .limit(1)
    ).first()


def stop_transaction(
    session: Session,
    *,
    charger_id: str,
    transaction_id: int,
    meter_stop_wh: float,
    stop_time: datetime,
    stop_reason: str | None,
    id_tag: str | None,
    readings: Sequence[MeterReading],
    at: datetime,
) -> Transaction:
    """Close the session (scoped to the charger); an unknown id becomes an orphan row.

    A second stop of a stopped session changes nothing and returns the first stop.
    """
    id_tag = clean(id_tag)
    row = _find_for_stop(session, charger_id, transaction_id)
    if row is not None and (row.stop_time is not None or row.orphan):
        return convert.transaction(row)
    if row is None:
        row = TransactionRow(
            charger_id=charger_id,
            connector_id=0,  # unknown: the start was never seen
            id_tag=id_tag,
            auth_status=AuthorizationStatus.ACCEPTED.value,
            orphan=True,
            ocpp_id=str(transaction_id),
            created_at=at,
            tag_uid=tag_uid_of(session, id_tag),
        )
        session.add(row)
    row.stop_time = stop_time
    row.meter_stop_wh = float(meter_stop_wh)
    row.stop_reason = clean(stop_reason)
    row.stop_id_tag = id_tag
    session.flush()
    if readings:
        insert_samples(
            session,
            sample_rows(
                charger_id=charger_id,
                connector_id=row.connector_id,
                transaction_id=row.id,
                readings=readings,
            ),
        )
    row.energy_wh = session_energy_wh(
        meter_start_wh=row.meter_start_wh,
        meter_stop_wh=meter_stop_wh,
        register_wh=register_readings_wh(_register_readings(session, row.id)),
    )
    return convert.transaction(row)


def _register_readings(session: Session, transaction_id: int) -> list[MeterReading]:
    rows = session.scalars(
        select(MeterSampleRow)
        .where(MeterSampleRow.transaction_id == transaction_id, MeterSampleRow.measurand == ENERGY_REGISTER)
        .order_by(MeterSampleRow.timestamp, MeterSampleRow.id)
    )
    return convert.meter_readings(rows)


def get_transaction(session: Session, transaction_id: int) -> Transaction | None:
    row = session.get(TransactionRow, transaction_id)
    return convert.transaction(row) if row is not None else None


def list_transactions(
    session: Session,
    *,
    charger_id: str | None,
    active: bool | None,
    id_tag: str | None,
    since: datetime | None,
    until: datetime | None,
    limit: int,
    tag_uid: str | None = None,
) -> list[Transaction]:
    """Newest first (by start time; orphans by stop time)."""
    when = func.coalesce(TransactionRow.start_time, TransactionRow.stop_time, TransactionRow.created_at)
    is_active = TransactionRow.stop_time.is_(None) & TransactionRow.orphan.is_(False)
    query = select(TransactionRow).order_by(when.desc(), TransactionRow.id.desc()).limit(limit)
    if charger_id is not None:
        query = query.where(TransactionRow.charger_id == charger_id)
    if active is not None:
        query = query.where(is_active if active else ~is_active)
    if id_tag is not None:
        query = query.where(TransactionRow.id_tag == id_tag)
    if tag_uid is not None:
        query = query.where(TransactionRow.tag_uid == tag_uid)
    if since is not None:
        query = query.where(when >= since)
    if until is not None:
        query = query.where(when < until)
    return [convert.transaction(row) for row in session.scalars(query)]


def active_transactions(session: Session) -> list[Transaction]:
    return list_transactions(
        session, charger_id=None, active=True, id_tag=None, since=None, until=None, limit=100_000
    )


def meter_readings(session: Session, transaction_id: int) -> list[MeterReading]:
    rows = session.scalars(
        select(MeterSampleRow)
        .where(MeterSampleRow.transaction_id == transaction_id)
        .order_by(MeterSampleRow.timestamp, MeterSampleRow.id)
    )
    return convert.meter_readings(rows)
