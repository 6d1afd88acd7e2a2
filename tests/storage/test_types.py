"""Datetimes go in and come out as aware UTC, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from arthexis_desktop.core.errors import StorageError
from arthexis_desktop.storage import Storage
from arthexis_desktop.storage.tables import NotificationRow
from arthexis_desktop.storage.types import UtcDateTime
from tests.storage.helpers import run

pytestmark = pytest.mark.timeout(30)

PLUS_TWO = timezone(timedelta(hours=2))
aware = st.datetimes(
    min_value=datetime(1971, 1, 1),
    max_value=datetime(2200, 1, 1),
    timezones=st.sampled_from([UTC, PLUS_TWO, timezone(timedelta(hours=-9, minutes=-30))]),
)


@given(aware)
def test_sqlite_stores_naive_utc_and_reads_back_aware_utc(value: datetime) -> None:
    column = UtcDateTime()
    stored = column.process_bind_param(value, sqlite.dialect())
    assert stored is not None and stored.tzinfo is None
    back = column.process_result_value(stored, sqlite.dialect())
    assert back == value and back is not None and back.tzinfo is UTC


@given(aware)
def test_postgresql_stores_aware_utc(value: datetime) -> None:
    column = UtcDateTime()
    stored = column.process_bind_param(value, postgresql.dialect())
    assert stored == value and stored is not None and stored.utcoffset() == timedelta(0)
    back = column.process_result_value(value.astimezone(PLUS_TWO), postgresql.dialect())
    assert back == value and back is not None and back.tzinfo is UTC


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        UtcDateTime().process_bind_param(datetime(2025, 1, 1), sqlite.dialect())


@pytest.mark.asyncio
async def test_round_trip_through_the_database(storage: Storage) -> None:
    local = datetime(2025, 6, 1, 14, 30, 15, 123456, tzinfo=PLUS_TWO)
    await storage.record_notification("CP1", "DataTransfer", {}, at=local)
    await storage.record_notification("CP1", "DataTransfer", {}, at=local + timedelta(hours=1))

    def read(session: Session) -> list[datetime]:
        session.expire_all()
        query = select(NotificationRow.at).where(NotificationRow.at > local).order_by(NotificationRow.id)
        return list(session.scalars(query))

    (later,) = await run(storage, read)
    assert later == local + timedelta(hours=1)
    assert later.tzinfo is UTC
    (first,) = await storage.notifications("CP1", limit=1)
    assert first.at.tzinfo is UTC


@pytest.mark.asyncio
async def test_a_naive_datetime_fails_only_that_call(storage: Storage) -> None:
    with pytest.raises(StorageError):
        await storage.record_notification("CP1", "DataTransfer", {}, at=datetime(2025, 1, 1))
    assert await storage.notifications("CP1") == []
