"""Coalesced writes: last-seen touches, meter samples and the bounded raw-frame log."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, delete, func, or_, select, update
from sqlalchemy.orm import Session

from arthexis_desktop.core.model import ConnectorStatus, FrameRecord, MeterReading
from arthexis_desktop.storage.bulk import bulk_insert
from arthexis_desktop.storage.tables import (
    ChargerRow,
    ConnectorRow,
    FrameRow,
    MeterSampleRow,
    StatusHistoryRow,
    TransactionRow,
    table_of,
)
from arthexis_desktop.storage.text import clean
from arthexis_desktop.storage.types import UtcDateTime
from arthexis_desktop.storage.upsert import upsert_many
from arthexis_desktop.storage.worker import Row, RowSink

log = logging.getLogger(__name__)

_chargers = table_of(ChargerRow)
_frames = table_of(FrameRow)
_samples = table_of(MeterSampleRow)
_connectors = table_of(ConnectorRow)
_history = table_of(StatusHistoryRow)


def touch_row(charger_id: str, at: datetime) -> Row:
    return {"charger_id": charger_id, "at": at}


class TouchSink(RowSink):
    """Last-seen times: one ``charger_id -> latest`` executemany UPDATE per batch."""

    name = "last-seen"

    _statement = (
        update(_chargers)
        .where(_chargers.c.charger_id == bindparam("b_charger_id"))
        .where(
            or_(
                _chargers.c.last_seen_at.is_(None),
                _chargers.c.last_seen_at < bindparam("b_at", type_=UtcDateTime()),
            )
        )
        .values(last_seen_at=bindparam("b_at", type_=UtcDateTime()))
    )

    def flush(self, session: Session, rows: list[Row]) -> None:
        latest: dict[str, datetime] = {}
        for row in rows:
            charger_id, at = row["charger_id"], row["at"]
            if charger_id not in latest or at > latest[charger_id]:
                latest[charger_id] = at
        params = [{"b_charger_id": cid, "b_at": at} for cid, at in latest.items()]
        session.execute(self._statement, params)
        # The UPDATE bypasses the ORM: objects loaded earlier in this batch must reload.
        session.expire_all()


def sample_rows(
    *,
    charger_id: str,
    connector_id: int,
    transaction_id: int | None,
    readings: Sequence[MeterReading],
) -> list[Row]:
    """One row per sampled value (every measurand, phase, context and location)."""
    return [
        {
            "charger_id": charger_id,
            "connector_id": connector_id,
            "transaction_id": transaction_id,
            "timestamp": reading.timestamp,
            "measurand": clean(sv.measurand),
            "phase": clean(sv.phase),
            "unit": clean(sv.unit),
            "value": sv.value,
            "context": clean(sv.context),
            "location": clean(sv.location),
            "raw_value": clean(sv.raw_value),
            "raw_unit": clean(sv.raw_unit),
        }
        for reading in readings
        for sv in reading.values
    ]


def insert_samples(session: Session, rows: list[Row]) -> None:
    """Insert sample rows; a transaction id that is unknown or belongs to another charger is
    dropped (the sample is kept, without the link) so one bad MeterValues cannot fail a batch."""
    wanted = {row["transaction_id"] for row in rows if row["transaction_id"] is not None}
    if wanted:
        owners = dict(
            session.execute(
                select(TransactionRow.id, TransactionRow.charger_id).where(TransactionRow.id.in_(wanted))
            ).all()
        )
        checked: list[Row] = []
        for row in rows:
            tx_id = row["transaction_id"]
            if tx_id is not None and owners.get(tx_id) != row["charger_id"]:
                log.debug("meter values of %s name unknown transaction %s", row["charger_id"], tx_id)
                row = {**row, "transaction_id": None}
            checked.append(row)
        rows = checked
    bulk_insert(session, _samples, rows)


class MeterSampleSink(RowSink):
    """Meter samples: one executemany INSERT per batch."""

    name = "meter-samples"

    def flush(self, session: Session, rows: list[Row]) -> None:
        insert_samples(session, rows)


def frame_row(frame: FrameRecord) -> Row:
    return {
        "charger_id": frame.charger_id,
        "direction": frame.direction.value,
        "text": clean(frame.text),
        "timestamp": frame.timestamp,
    }


class FrameLogSink(RowSink):
    """The raw-frame log: one INSERT per batch, kept to ``limit`` frames per charger.

    Trimming is not per insert: a charger is trimmed back to ``limit`` once it holds more than
    ``limit`` + 10 %. The per-charger count is counted once, then tracked in memory (on the worker
    thread); a rolled-back batch makes it count again.
    """

    name = "frames"

    def __init__(self, limit: int) -> None:
        if limit < 1:
            raise ValueError("the frame log limit must be at least 1")
        self.limit = limit
        self.slack = max(1, limit // 10)
        self._counts: dict[str, int] = {}

    def flush(self, session: Session, rows: list[Row]) -> None:
        bulk_insert(session, _frames, rows)
        for charger_id, added in Counter(row["charger_id"] for row in rows).items():
            if charger_id in self._counts:
                self._counts[charger_id] += added
            else:
                self._counts[charger_id] = (
                    session.scalar(
                        select(func.count()).select_from(_frames).where(_frames.c.charger_id == charger_id)
                    )
                    or 0
                )
            if self._counts[charger_id] > self.limit + self.slack:
                self._trim(session, charger_id)

    def _trim(self, session: Session, charger_id: str) -> None:
        oldest_kept = session.scalar(
            select(_frames.c.id)
            .where(_frames.c.charger_id == charger_id)
            .order_by(_frames.c.id.desc())
            .offset(self.limit - 1)
            .limit(1)
        )
        if oldest_kept is not None:
            session.execute(
                delete(_frames).where(_frames.c.charger_id == charger_id, _frames.c.id < oldest_kept)
            )
        self._counts[charger_id] = self.limit

    def forget(self, charger_id: str) -> None:
        """The charger's frames were deleted by a job."""
        self._counts.pop(charger_id, None)

    def reset(self) -> None:
        self._counts.clear()


def status_row(status: ConnectorStatus, received_at: datetime) -> Row:
    return {
        "charger_id": status.charger_id,
        "connector_id": status.connector_id,
        "status": clean(status.status),
        "error_code": clean(status.error_code),
        "info": clean(status.info),
        "vendor_id": clean(status.vendor_id),
        "vendor_error_code": clean(status.vendor_error_code),
        "timestamp": status.timestamp,
        "received_at": received_at,
    }


class StatusSink(RowSink):
    """StatusNotifications: the history gets one executemany INSERT per batch; each connector's
    current row is upserted once per batch with its latest status (known chargers only: the
    status of a charger that was never stored is kept in the history alone)."""

    name = "statuses"

    def flush(self, session: Session, rows: list[Row]) -> None:
        bulk_insert(session, _history, rows)
        latest: dict[tuple[str, int], Row] = {}
        for row in rows:
            latest[(row["charger_id"], row["connector_id"])] = row
        known = set(
            session.scalars(
                select(_chargers.c.charger_id).where(_chargers.c.charger_id.in_({cid for cid, _ in latest}))
            )
        )
        current: list[Row] = []
        for (charger_id, _), row in latest.items():
            if charger_id not in known:
                log.debug("status of unknown charger %s kept in the history only", charger_id)
                continue
            values = {k: v for k, v in row.items() if k not in ("timestamp", "received_at")}
            values.update(status_at=row["timestamp"], updated_at=row["received_at"])
            current.append(values)
        if current:
            upsert_many(session, _connectors, current, keys=("charger_id", "connector_id"))
        # The statements bypass the ORM: objects loaded earlier in this batch must reload.
        session.expire_all()
