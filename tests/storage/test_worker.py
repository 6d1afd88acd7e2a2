"""The DB worker thread: batching, one commit per batch, failure isolation, ordering, shutdown."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, event, make_url, select
from sqlalchemy.orm import Session

from arthexis_desktop.core.errors import StorageError
from arthexis_desktop.core.model import Direction, FrameRecord, MeterReading, SampledValue
from arthexis_desktop.storage import Storage
from arthexis_desktop.storage.tables import FrameRow, MeterSampleRow, NotificationRow
from tests.fixtures.db import PostgresServer
from tests.storage.helpers import at, boot, count, energy, run, start

pytestmark = pytest.mark.timeout(30)


class CommitCounter:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.commits = 0

    def _on_commit(self, _connection: Any) -> None:
        self.commits += 1

    def __enter__(self) -> CommitCounter:
        event.listen(self.engine, "commit", self._on_commit)
        return self

    def __exit__(self, *_: object) -> None:
        event.remove(self.engine, "commit", self._on_commit)


def _reading(i: int) -> MeterReading:
    return MeterReading(
        at(i),
        (
            SampledValue("Energy.Active.Import.Register", 1000.0 + i, "Wh"),
            SampledValue("Power.Active.Import", 7000.0, "W"),
            SampledValue("Current.Import", 10.0, "A", phase="L1"),
        ),
    )


@pytest.mark.asyncio
async def test_a_burst_of_1000_meter_values_is_one_commit(storage: Storage) -> None:
    await boot(storage)
    tx = await start(storage)
    with CommitCounter(storage.engine) as counter:
        await asyncio.gather(
            *(
                storage.store_meter_values(
                    charger_id="CP1", connector_id=1, transaction_id=tx.id, readings=[_reading(i)]
                )
                for i in range(1000)
            )
        )
        assert counter.commits == 1
    assert await count(storage, MeterSampleRow, transaction_id=tx.id) == 3000


@pytest.mark.asyncio
async def test_a_burst_is_one_commit_on_a_real_sqlite_file(sqlite_url: str) -> None:
    storage = await Storage.open(sqlite_url)
    try:
        with CommitCounter(storage.engine) as counter:
            await asyncio.gather(
                *(
                    storage.store_meter_values(
                        charger_id="CP1", connector_id=0, transaction_id=None, readings=[_reading(i)]
                    )
                    for i in range(1000)
                ),
                *(storage.touch("CP1", at(i)) for i in range(100)),
            )
            assert counter.commits == 1
    finally:
        await storage.close()


@pytest.mark.asyncio
async def test_results_of_a_batch_come_back_with_one_threadsafe_call(
    storage: Storage, monkeypatch: pytest.MonkeyPatch
) -> None:
    loop = asyncio.get_running_loop()
    calls: list[str] = []
    original = loop.call_soon_threadsafe

    def spy(callback: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(threading.current_thread().name)
        return original(callback, *args, **kwargs)

    monkeypatch.setattr(loop, "call_soon_threadsafe", spy)
    results = await asyncio.gather(*(storage.charger(f"CP{i}") for i in range(500)))
    assert results == [None] * 500
    assert calls == [storage.worker.thread.name]


@pytest.mark.asyncio
async def test_a_failing_job_fails_only_its_own_future(storage: Storage) -> None:
    def bad_job(session: Session) -> None:
        session.add(NotificationRow(charger_id="CP1", action="Bad", payload_json={}, at=at(0)))
        session.flush()
        raise ValueError("this job is broken")

    def duplicate_key(session: Session) -> None:  # a database error, not a Python one
        session.add(NotificationRow(id=1, charger_id="CP1", action="Dup", payload_json={}, at=at(0)))
        session.add(NotificationRow(id=1, charger_id="CP1", action="Dup", payload_json={}, at=at(0)))
        session.flush()

    good = [storage.record_notification("CP1", "DataTransfer", {"i": i}, at=at(i)) for i in range(10)]
    outcomes = await asyncio.gather(
        *good[:5],
        storage.worker.submit(bad_job),
        storage.worker.submit(duplicate_key),
        *good[5:],
        return_exceptions=True,
    )
    assert outcomes[:5] == [None] * 5
    assert isinstance(outcomes[5], ValueError)
    assert isinstance(outcomes[6], StorageError)
    assert outcomes[7:] == [None] * 5
    rows = await run(storage, lambda s: list(s.scalars(select(NotificationRow.action))))
    assert rows == ["DataTransfer"] * 10
    assert storage.stats().retried_batches == 1


@pytest.mark.asyncio
async def test_failing_rows_do_not_lose_the_other_rows_of_the_batch(storage: Storage) -> None:
    frames = [FrameRecord("CP1", Direction.IN, f"[{i}]", at(i)) for i in range(20)]
    for frame in frames[:10]:
        storage.log_frame(frame)
    broken = storage.worker.submit_rows(storage._frames, [{"charger_id": "CP1", "direction": "in"}])
    for frame in frames[10:]:
        storage.log_frame(frame)
    with pytest.raises(StorageError):
        await broken
    assert [f.text for f in await storage.recent_frames()] == [f.text for f in frames]


@pytest.mark.asyncio
async def test_many_concurrent_submits_while_a_batch_runs_resolve_in_order(storage: Storage) -> None:
    loop = asyncio.get_running_loop()
    started = asyncio.Event()

    def slow(session: Session) -> str:
        loop.call_soon_threadsafe(started.set)
        time.sleep(0.3)  # on the worker thread: the batch is busy
        return "slow"

    def numbered(i: int) -> Any:
        def job(session: Session) -> int:
            session.add(NotificationRow(charger_id="CP1", action="N", payload_json={"i": i}, at=at(i)))
            return i

        return job

    slow_future = storage.worker.submit(slow)
    await started.wait()
    futures = []
    for round_ in range(10):  # submitted over several loop iterations while the slow batch runs
        futures += [storage.worker.submit(numbered(round_ * 50 + i)) for i in range(50)]
        await asyncio.sleep(0)
    assert not slow_future.done()
    assert await slow_future == "slow"
    assert await asyncio.gather(*futures) == list(range(500))
    payloads = await run(
        storage, lambda s: list(s.scalars(select(NotificationRow.payload_json).order_by(NotificationRow.id)))
    )
    assert [p["i"] for p in payloads] == list(range(500))
    assert storage.stats().batches < 100  # batched, not one transaction per job


@pytest.mark.asyncio
async def test_batches_are_bounded(db_url: str) -> None:
    storage = await Storage.open(db_url, max_batch_jobs=10)
    try:
        before = storage.stats().batches
        await asyncio.gather(*(storage.charger(f"CP{i}") for i in range(35)))
        assert storage.stats().batches - before >= 4
    finally:
        await storage.close()


@pytest.mark.asyncio
async def test_queued_rows_are_written_before_a_job_that_reads_them(storage: Storage) -> None:
    await boot(storage)
    tx_task = asyncio.ensure_future(start(storage))
    await tx_task
    readings = [energy(at(i), 1000.0 + i) for i in range(5)]
    storage.log_frame(FrameRecord("CP1", Direction.IN, "[2,...]", at(0)))
    store = storage.store_meter_values(
        charger_id="CP1", connector_id=1, transaction_id=tx_task.result().id, readings=readings
    )
    read = storage.meter_readings(tx_task.result().id)
    frames = storage.recent_frames()
    _, got, got_frames = await asyncio.gather(store, read, frames)
    assert len(got) == 5
    assert len(got_frames) == 1


@pytest.mark.asyncio
async def test_a_posted_job_that_fails_is_logged(storage: Storage, caplog: pytest.LogCaptureFixture) -> None:
    def broken(session: Session) -> None:
        raise RuntimeError("posted job exploded")

    with caplog.at_level(logging.ERROR, logger="arthexis_desktop.storage.worker"):
        storage.worker.post(broken)
        await storage.charger("CP1")  # queued after it: done means the posted job ran
    assert "background database job" in caplog.text
    assert "posted job exploded" in caplog.text


@pytest.mark.asyncio
async def test_no_statement_runs_on_the_event_loop_thread(db_url: str) -> None:
    threads: set[str] = set()

    def on_execute(*_: Any) -> None:
        threads.add(threading.current_thread().name)

    event.listen(Engine, "before_cursor_execute", on_execute)
    try:
        storage = await Storage.open(db_url)
        await boot(storage)
        storage.log_frame(FrameRecord("CP1", Direction.OUT, "[3]", at(1)))
        await storage.list_chargers()
        await storage.close()
    finally:
        event.remove(Engine, "before_cursor_execute", on_execute)
    assert threads == {storage.worker.thread.name}
    assert threading.current_thread().name not in threads


@pytest.mark.asyncio
async def test_close_drains_the_queue_and_later_jobs_fail(db_url: str) -> None:
    storage = await Storage.open(db_url)
    for i in range(300):
        storage.log_frame(FrameRecord("CP1", Direction.IN, f"[{i}]", at(i)))
    pending = storage.record_notification("CP1", "DataTransfer", {"last": True}, at=at(0))
    pending_task = asyncio.ensure_future(pending)
    await asyncio.sleep(0)
    await storage.close()
    assert pending_task.done() and pending_task.exception() is None
    assert not storage.worker.thread.is_alive()
    with pytest.raises(StorageError, match="closed"):
        await storage.list_chargers()
    storage.log_frame(FrameRecord("CP1", Direction.IN, "late", at(0)))  # never raises
    await storage.close()  # twice is fine

    reopened = await Storage.open(db_url)
    try:
        assert await count(reopened, FrameRow) == 300
        assert len(await reopened.notifications("CP1")) == 1
    finally:
        await reopened.close()


@pytest.fixture
def _no_leaked_threads() -> Iterator[None]:
    before = {t.ident for t in threading.enumerate()}
    yield
    leaked = [t for t in threading.enumerate() if t.ident not in before and t.name.startswith("arthexis-db")]
    assert not leaked


@pytest.mark.asyncio
@pytest.mark.usefixtures("_no_leaked_threads")
async def test_open_and_close_leave_no_thread(db_url: str) -> None:
    for _ in range(3):
        storage = await Storage.open(db_url)
        await storage.close()


@pytest.mark.asyncio
async def test_close_blocking_stops_the_thread_for_callers_without_a_loop(db_url: str) -> None:
    storage = await Storage.open(db_url)
    await boot(storage)
    await asyncio.to_thread(storage.worker.close_blocking, 10.0)  # as a plain thread would
    assert not storage.worker.thread.is_alive()
    with pytest.raises(StorageError, match="closed"):
        await storage.charger("CP1")
    await storage.close()


@pytest.mark.asyncio
@pytest.mark.postgres
async def test_a_lost_server_fails_the_batch_at_once_and_the_storage_recovers(
    postgres_server: PostgresServer,
) -> None:
    url = postgres_server.create_database()
    name = make_url(url).database
    storage = await Storage.open(url)
    attempts: list[int] = []

    def on_connect(*_: Any) -> None:
        attempts.append(1)

    event.listen(storage.engine, "do_connect", on_connect)
    admin = postgres_server.admin()
    try:
        await boot(storage)
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,))
        outcomes = await asyncio.gather(
            *(storage.charger(f"CP{i}") for i in range(50)), return_exceptions=True
        )
        assert all(isinstance(o, StorageError) for o in outcomes)
        assert "not currently accepting connections" in str(outcomes[0])
        assert len(attempts) < 10  # not one connection attempt per job
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        record = await storage.charger("CP1")
        assert record is not None and record.vendor == "Acme"
    finally:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        event.remove(storage.engine, "do_connect", on_connect)
        await storage.close()
