"""Reservations (ReserveNow / CancelReservation) as stored state (worker-thread jobs).

Expiry is enforced here, not left to the charger: an active reservation whose expiry passed is
marked expired by every read and by ``expire_due``, and a StartTransaction naming an expired (or
another charger's) reservation does not use it.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from arthexis_desktop.core.errors import InvalidCommandError, NotFoundError
from arthexis_desktop.core.model import Reservation, ReservationState
from arthexis_desktop.storage import convert
from arthexis_desktop.storage.tables import ReservationRow

log = logging.getLogger(__name__)

_ACTIVE = (ReservationState.PENDING.value, ReservationState.ACCEPTED.value)


def create_reservation(
    session: Session,
    *,
    charger_id: str,
    connector_id: int,
    id_tag: str,
    parent_id_tag: str | None,
    expires_at: datetime,
    at: datetime,
) -> Reservation:
    """A pending reservation; refused while the connector holds another active one."""
    expire_due(session, at=at)
    busy = session.scalars(
        select(ReservationRow.id)
        .where(
            ReservationRow.charger_id == charger_id,
            ReservationRow.connector_id == connector_id,
            ReservationRow.state.in_(_ACTIVE),
        )
        .limit(1)
    ).first()
    if busy is not None:
        raise InvalidCommandError(
            f"connector {connector_id} of {charger_id} is already reserved (reservation {busy})"
        )
    row = ReservationRow(
        charger_id=charger_id,
        connector_id=connector_id,
        id_tag=id_tag,
        parent_id_tag=parent_id_tag,
        expires_at=expires_at,
        state=ReservationState.PENDING.value,
        created_at=at,
        updated_at=at,
    )
    session.add(row)
    session.flush()
    return convert.reservation(row)


def _require(session: Session, reservation_id: int) -> ReservationRow:
    row = session.get(ReservationRow, reservation_id)
    if row is None:
        raise NotFoundError(f"reservation {reservation_id} does not exist")
    return row


def record_outcome(
    session: Session,
    reservation_id: int,
    *,
    state: ReservationState,
    charger_status: str | None,
    error: str | None,
    at: datetime,
) -> Reservation:
    """The charger's answer to ReserveNow / CancelReservation (or the failure to get one).

    A reservation that was used or expired meanwhile keeps that state; only the answer is kept.
    """
    row = _require(session, reservation_id)
    if row.state in _ACTIVE:
        row.state = ReservationState(state).value
    row.charger_status = charger_status
    row.error = error
    row.updated_at = at
    _expire_row(row, at)
    return convert.reservation(row)


def _expire_row(row: ReservationRow, at: datetime) -> None:
    if row.state in _ACTIVE and row.expires_at <= at:
        row.state = ReservationState.EXPIRED.value
        row.updated_at = at


def expire_due(session: Session, *, at: datetime) -> list[Reservation]:
    """Mark every active reservation whose expiry passed; returns those just expired."""
    rows = session.scalars(
        select(ReservationRow)
        .where(ReservationRow.state.in_(_ACTIVE), ReservationRow.expires_at <= at)
        .order_by(ReservationRow.id)
    ).all()
    for row in rows:
        _expire_row(row, at)
    return [convert.reservation(row) for row in rows]


def get_reservation(session: Session, reservation_id: int, *, at: datetime) -> Reservation:
    row = _require(session, reservation_id)
    _expire_row(row, at)
    return convert.reservation(row)


def list_reservations(
    session: Session, *, charger_id: str | None, active: bool | None, at: datetime, limit: int
) -> list[Reservation]:
    """Newest first, expiry enforced first."""
    expire_due(session, at=at)
    query = select(ReservationRow).order_by(ReservationRow.id.desc()).limit(limit)
    if charger_id is not None:
        query = query.where(ReservationRow.charger_id == charger_id)
    if active is not None:
        query = query.where(
            ReservationRow.state.in_(_ACTIVE) if active else ReservationRow.state.not_in(_ACTIVE)
        )
    return [convert.reservation(row) for row in session.scalars(query)]


def link_reservation(
    session: Session,
    reservation_id: int,
    *,
    charger_id: str,
    transaction_id: int,
    start_time: datetime,
    at: datetime,
) -> bool:
    """A StartTransaction named ``reservation_id``: mark it used by ``transaction_id`` when it is
    this charger's and still active at the start time. Returns whether it was used."""
    row = session.get(ReservationRow, reservation_id)
    if row is None or row.charger_id != charger_id:
        log.warning("%s: StartTransaction names unknown reservation %s", charger_id, reservation_id)
        return False
    if row.state not in _ACTIVE or row.expires_at <= start_time:
        _expire_row(row, at)
        log.warning(
            "%s: StartTransaction names reservation %s, which is %s", charger_id, reservation_id, row.state
        )
        return False
    row.state = ReservationState.USED.value
    row.transaction_id = transaction_id
    row.updated_at = at
    return True
