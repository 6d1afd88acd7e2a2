"""The one database worker thread.

Every database operation runs here, never on the event loop. Jobs queue up while a batch runs;
the worker then takes everything queued (at most ``max_batch_jobs``) and runs it in ONE
transaction with ONE commit, and hands all results back with ONE ``call_soon_threadsafe`` per
event loop (under qasync each of those is a Qt signal). When a batch fails it is rolled back and
each job is re-run in its own transaction, so only the bad job fails.

Rows that can be coalesced (meter samples, frames, last-seen touches) are given to a
``RowSink``: the worker accumulates them and the sink writes them with one statement per batch.
Pending rows are flushed before the next ordinary job runs, so a job always sees the rows queued
before it.

Jobs submitted from an event loop are first staged on that loop and handed to the worker by one
``call_soon`` per loop iteration: a burst issued together (``asyncio.gather``) reaches the worker
as one batch, and the worker thread is woken once per iteration, not once per job.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from arthexis_desktop.core.errors import StorageError
from arthexis_desktop.storage.engine import describe_error
from arthexis_desktop.storage.jobs import (
    DEFAULT_MAX_BATCH_JOBS,
    Job,
    Outcome,
    Row,
    RowSink,
    WorkerStats,
    reported,
    running_loop,
    settle,
)

__all__ = ["DEFAULT_MAX_BATCH_JOBS", "DbWorker", "Row", "RowSink", "WorkerStats"]

log = logging.getLogger(__name__)

T = TypeVar("T")


class DbWorker:
    """A single thread that owns the engine and runs every database job in batches."""

    def __init__(
        self,
        engine_factory: Callable[[], Engine],
        *,
        name: str = "arthexis-db",
        max_batch_jobs: int = DEFAULT_MAX_BATCH_JOBS,
    ) -> None:
        if max_batch_jobs < 1:
            raise ValueError("max_batch_jobs must be at least 1")
        self._engine_factory = engine_factory
        self._engine: Engine | None = None
        self._startup_error: StorageError | None = None
        self._max_batch_jobs = max_batch_jobs
        self._lock = threading.Lock()
        self._wakeup = threading.Condition(self._lock)
        self._queue: deque[Job] = deque()
        self._staged: dict[asyncio.AbstractEventLoop, list[Job]] = {}
        self._sinks: list[RowSink] = []
        self._closing = False  # no new jobs are accepted
        self._exited = False  # the thread took its last batch; staged jobs can no longer run
        self._finished = False  # the engine is disposed and the waiters were told
        self._stopped_waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._batches = 0
        self._jobs = 0
        self._commits = 0
        self._retried = 0

    # ----------------------------------------------------------------- lifecycle

    def start(self) -> None:
        self._thread.start()

    @property
    def engine(self) -> Engine:
        """The engine (for diagnostics and tests); only use it on the worker thread."""
        if self._engine is None:
            raise StorageError("the database engine is not available")
        return self._engine

    @property
    def closed(self) -> bool:
        return self._closing

    @property
    def thread(self) -> threading.Thread:
        return self._thread

    def stats(self) -> WorkerStats:
        return WorkerStats(self._batches, self._jobs, self._commits, self._retried)

    async def close(self) -> None:
        """Run everything queued, commit, stop the thread and dispose of the engine.

        Jobs submitted afterwards fail with ``StorageError``. Safe to call twice.
        """
        loop = asyncio.get_running_loop()
        self._hand_over(loop)
        stopped: asyncio.Future[None] = loop.create_future()
        with self._lock:
            self._closing = True
            if self._finished or not self._thread.is_alive():
                stopped.set_result(None)
            else:
                self._stopped_waiters.append((loop, stopped))
            self._wakeup.notify()
        await stopped
        self._thread.join(timeout=5.0)  # the thread is exiting already; this returns at once

    def close_blocking(self, timeout_s: float = 30.0) -> None:
        """``close`` for callers without an event loop (command line, atexit). Blocks."""
        with self._lock:
            self._closing = True
            self._wakeup.notify()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout=timeout_s)

    # ----------------------------------------------------------------- submitting

    def submit(self, fn: Callable[[Session], T]) -> asyncio.Future[T]:
        """Run ``fn(session)`` in the next batch; await the future on the calling loop."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._enqueue(Job(fn=fn, future=future, loop=loop))
        return future

    def submit_exclusive(self, fn: Callable[[Engine], T]) -> asyncio.Future[T]:
        """Run ``fn(engine)`` alone, outside any batch (migrations, maintenance)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._enqueue(Job(engine_fn=fn, future=future, loop=loop))
        return future

    def submit_rows(self, sink: RowSink, rows: Sequence[Row]) -> asyncio.Future[None]:
        """Queue rows for ``sink``; the future resolves once they are committed."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        self._enqueue(Job(sink=sink, rows=rows, future=future, loop=loop))
        return future

    def post(self, fn: Callable[[Session], Any]) -> None:
        """Fire and forget: errors are logged. Callable from any thread."""
        self._post(Job(fn=fn, loop=running_loop()))

    def post_rows(self, sink: RowSink, rows: Sequence[Row]) -> None:
        """Fire and forget rows for ``sink``: errors are logged. Callable from any thread."""
        self._post(Job(sink=sink, rows=rows, loop=running_loop()))

    def _post(self, job: Job) -> None:
        try:
            self._enqueue(job)
        except StorageError:
            log.debug("storage closed; dropped %s", job.label)

    def _enqueue(self, job: Job) -> None:
        if self._closing:
            raise StorageError("the storage is closed")
        if job.sink is not None and job.sink not in self._sinks:
            self._sinks.append(job.sink)
        loop = job.loop
        if loop is None:
            with self._lock:
                if self._exited:
                    raise StorageError("the storage is closed")
                self._queue.append(job)
                self._wakeup.notify()
            return
        staged = self._staged.get(loop)
        if staged is None:
            self._staged[loop] = [job]
            loop.call_soon(self._hand_over, loop)
        else:
            staged.append(job)

    def _hand_over(self, loop: asyncio.AbstractEventLoop) -> None:
        """Runs on ``loop``: move the jobs staged during this loop iteration to the worker."""
        jobs = self._staged.pop(loop, None)
        if not jobs:
            return
        with self._lock:
            if not self._exited:
                self._queue.extend(jobs)
                self._wakeup.notify()
                return
        error = StorageError("the storage is closed")
        settle([(job.future, False, error) for job in jobs if job.future is not None])

    # ----------------------------------------------------------------- the thread

    def _run(self) -> None:
        try:
            self._engine = self._engine_factory()
        except Exception as exc:
            error = reported(exc)
            if not isinstance(error, StorageError):
                error = StorageError(describe_error(exc))
                error.__cause__ = exc
            self._startup_error = error
        while True:
            with self._wakeup:
                while not self._queue and not self._closing:
                    self._wakeup.wait()
                if not self._queue:
                    self._exited = True
                    break
                count = min(len(self._queue), self._max_batch_jobs)
                batch = [self._queue.popleft() for _ in range(count)]
            try:
                self._process(batch)
            except Exception as exc:  # a bug here must not kill the thread and hang every caller
                log.exception("the database worker failed on a batch of %d jobs", len(batch))
                self._deliver([(job, False, StorageError(f"internal storage error: {exc}")) for job in batch])
        if self._engine is not None:
            self._engine.dispose()
        with self._lock:
            self._finished = True
            waiters, self._stopped_waiters = self._stopped_waiters, []
        for loop, future in waiters:
            try:
                loop.call_soon_threadsafe(settle, [(future, True, None)])
            except RuntimeError:  # the loop is closed
                pass

    def _process(self, batch: list[Job]) -> None:
        self._batches += 1
        self._jobs += len(batch)
        outcomes: list[Outcome] = []
        segment: list[Job] = []
        for job in batch:
            if job.engine_fn is None:
                segment.append(job)
                continue
            self._run_segment(segment, outcomes)
            segment = []
            outcomes.append(self._run_exclusive(job))
        self._run_segment(segment, outcomes)
        self._deliver(outcomes)

    def _run_exclusive(self, job: Job) -> Outcome:
        assert job.engine_fn is not None
        if self._startup_error is not None:
            return (job, False, self._startup_error)
        try:
            return (job, True, job.engine_fn(self.engine))
        except Exception as exc:
            return (job, False, reported(exc))

    def _run_segment(self, jobs: list[Job], outcomes: list[Outcome]) -> None:
        if not jobs:
            return
        if self._startup_error is not None:
            outcomes.extend((job, False, self._startup_error) for job in jobs)
            return
        try:
            results = self._execute(jobs)
        except Exception as exc:
            self._reset_sinks()
            if len(jobs) == 1 or not self._reachable():
                # One job, or the database is gone: re-running each job would only repeat the
                # failure (possibly a connect timeout per job).
                outcomes.extend((job, False, reported(exc)) for job in jobs)
                return
            self._retried += 1
            log.warning(
                "a batch of %d database jobs failed (%s); running each on its own",
                len(jobs),
                describe_error(exc),
            )
            for job in jobs:
                try:
                    outcomes.append((job, True, self._execute([job])[0]))
                except Exception as job_exc:
                    self._reset_sinks()
                    outcomes.append((job, False, reported(job_exc)))
            return
        outcomes.extend((job, True, result) for job, result in zip(jobs, results, strict=True))

    def _reachable(self) -> bool:
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
        except Exception:
            return False
        return True

    def _execute(self, jobs: list[Job]) -> list[Any]:
        """Run ``jobs`` in one transaction and commit once."""
        results: list[Any] = []
        pending: dict[RowSink, list[Row]] = {}
        with Session(self.engine, expire_on_commit=False) as session:
            for job in jobs:
                if job.sink is not None:
                    pending.setdefault(job.sink, []).extend(job.rows)
                    results.append(None)
                    continue
                assert job.fn is not None
                self._flush(session, pending)
                results.append(job.fn(session))
            self._flush(session, pending)
            if session.in_transaction():
                session.commit()
                self._commits += 1
        return results

    @staticmethod
    def _flush(session: Session, pending: dict[RowSink, list[Row]]) -> None:
        if not any(pending.values()):
            return
        # Sinks write with Core statements, which do not autoflush: earlier jobs' ORM changes
        # (a new charger, a new transaction) must reach the database first.
        session.flush()
        for sink, rows in pending.items():
            if rows:
                sink.flush(session, rows)
        pending.clear()

    def _reset_sinks(self) -> None:
        for sink in list(self._sinks):
            try:
                sink.reset()
            except Exception:
                log.exception("resetting %s failed", sink.name)

    def _deliver(self, outcomes: list[Outcome]) -> None:
        by_loop: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future[Any], bool, Any]]] = {}
        for job, ok, value in outcomes:
            if job.future is None or job.loop is None:
                if not ok:
                    log.error("background database job %s failed", job.label, exc_info=value)
                continue
            by_loop.setdefault(job.loop, []).append((job.future, ok, value))
        for loop, items in by_loop.items():
            try:
                loop.call_soon_threadsafe(settle, items)
            except RuntimeError:
                log.debug("event loop closed; %d database results dropped", len(items))
