"""Shared values and small helpers for the storage tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from arthexis_desktop.core.model import AdmissionPolicy, BootInfo, MeterReading, SampledValue, Transaction
from arthexis_desktop.storage import Storage

T = TypeVar("T")

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
REGISTER = "Energy.Active.Import.Register"


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def energy(timestamp: datetime, wh: float, *, context: str = "Sample.Periodic") -> MeterReading:
    return MeterReading(timestamp, (SampledValue(REGISTER, wh, "Wh", context=context, raw_value=str(wh)),))


async def boot(storage: Storage, charger_id: str = "CP1", *, seconds: float = 0) -> None:
    await storage.register_boot(
        charger_id,
        BootInfo(vendor="Acme", model="Wallbox"),
        policy=AdmissionPolicy.ACCEPT_ANY,
        protocol="ocpp1.6",
        at=at(seconds),
    )


async def start(
    storage: Storage,
    charger_id: str = "CP1",
    *,
    connector_id: int = 1,
    id_tag: str = "TAG1",
    meter_start_wh: float = 1000.0,
    seconds: float = 0,
    auth_status: str = "Accepted",
) -> Transaction:
    tx, replayed = await storage.start_transaction(
        charger_id=charger_id,
        connector_id=connector_id,
        id_tag=id_tag,
        meter_start_wh=meter_start_wh,
        start_time=at(seconds),
        auth_status=auth_status,
    )
    assert not replayed
    return tx


async def run(storage: Storage, fn: Callable[[Session], T]) -> T:
    """Run a query on the storage's worker thread (tests never touch the DB on the loop)."""
    return await storage.worker.submit(fn)


async def count(storage: Storage, model: Any, **where: Any) -> int:
    def query(session: Session) -> int:
        stmt = select(func.count()).select_from(model)
        for name, value in where.items():
            stmt = stmt.where(getattr(model, name) == value)
        return int(session.scalar(stmt) or 0)

    return await run(storage, query)
