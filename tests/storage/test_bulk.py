"""The driver-level bulk INSERT stores values exactly as the ORM does (both backends)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from arthexis_desktop.core.model import Direction, FrameRecord, MeterReading, SampledValue
from arthexis_desktop.storage import Storage
from arthexis_desktop.storage.tables import FrameRow
from tests.storage.helpers import start

pytestmark = pytest.mark.timeout(30)

LOCAL = timezone(timedelta(hours=-6))


@pytest.mark.asyncio
async def test_bulk_rows_read_back_equal_and_compare_with_orm_bound_times(storage: Storage) -> None:
    # microseconds and a non-UTC offset: stored as UTC, read back aware UTC
    stamp = datetime(2026, 11, 25, 6, 30, 15, 123456, tzinfo=LOCAL)
    storage.log_frame(FrameRecord("CP1", Direction.IN, '[2,"1","Heartbeat",{}]', stamp))
    storage.log_frame(FrameRecord("CP1", Direction.OUT, "nul \x00 inside", stamp + timedelta(microseconds=1)))
    frames = await storage.recent_frames(charger_id="CP1")
    assert [f.timestamp for f in frames] == [
        stamp.astimezone(UTC),
        stamp.astimezone(UTC) + timedelta(microseconds=1),
    ]
    assert frames[1].text == "nul \\u0000 inside"

    def later_than(session: Session) -> list[str]:
        bound = datetime(2026, 11, 25, 12, 30, 15, 123456, tzinfo=UTC)  # bound by the ORM
        return list(session.scalars(select(FrameRow.text).where(FrameRow.timestamp > bound)))

    assert await storage.worker.submit(later_than) == ["nul \\u0000 inside"]


@pytest.mark.asyncio
async def test_bulk_samples_join_their_orm_created_transaction(storage: Storage) -> None:
    tx = await start(storage)
    t = tx.start_time
    assert t is not None
    readings = [
        MeterReading(
            t + timedelta(seconds=s),
            (
                SampledValue("Energy.Active.Import.Register", 1000.0 + s, "Wh", raw_value=str(1000 + s)),
                SampledValue("Current.Import", 16.0, "A", phase="L1", raw_value="16"),
            ),
        )
        for s in (1, 2, 3)
    ]
    await storage.store_meter_values(
        charger_id="CP1", connector_id=1, transaction_id=tx.id, readings=readings
    )
    stored = await storage.meter_readings(tx.id)
    assert [r.timestamp for r in stored] == [r.timestamp for r in readings]
    assert [len(r.values) for r in stored] == [2, 2, 2]
    assert stored[0].values[1].phase == "L1" or stored[0].values[0].phase == "L1"
