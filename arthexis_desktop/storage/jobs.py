"""The pieces of the worker: jobs, row sinks, statistics, and handing results to the loop."""

from __future__ import annotations

import asyncio
import functools
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from arthexis_desktop.core.errors import StorageError
from arthexis_desktop.storage.engine import describe_error

Row = dict[str, Any]

DEFAULT_MAX_BATCH_JOBS = 2000


class RowSink(ABC):
    """A kind of row the worker coalesces: one ``flush`` per batch instead of one per job."""

    name: str = "rows"

    @abstractmethod
    def flush(self, session: Session, rows: list[Row]) -> None:
        """Write ``rows`` (all queued since the last flush, in order) inside the batch."""

    def reset(self) -> None:  # noqa: B027 - optional hook
        """The transaction that flushed rows was rolled back: forget derived state."""


@dataclass(frozen=True, slots=True)
class WorkerStats:
    batches: int
    jobs: int
    commits: int
    retried_batches: int


@dataclass(slots=True, eq=False)
class Job:
    fn: Callable[[Session], Any] | None = None
    engine_fn: Callable[[Engine], Any] | None = None  # exclusive: runs alone, outside a batch
    sink: RowSink | None = None
    rows: Sequence[Row] = ()
    future: asyncio.Future[Any] | None = None
    loop: asyncio.AbstractEventLoop | None = None

    @property
    def label(self) -> str:
        target: Any = self.fn or self.engine_fn or self.sink
        if isinstance(target, functools.partial):
            target = target.func
        if isinstance(target, RowSink):
            return f"{target.name} rows"
        return str(getattr(target, "__qualname__", target))


Outcome = tuple[Job, bool, Any]  # (job, ok, result or exception)


def running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def reported(exc: BaseException) -> BaseException:
    """Database exceptions become ``StorageError`` (the cause is kept); others pass unchanged."""
    if isinstance(exc, SQLAlchemyError):
        error = StorageError(f"database error: {describe_error(exc)}")
        error.__cause__ = exc
        return error
    return exc


def settle(items: list[tuple[asyncio.Future[Any], bool, Any]]) -> None:
    """Runs on the event loop: resolve the futures of one batch, in job order."""
    for future, ok, value in items:
        if future.done():  # cancelled by its awaiter
            continue
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)
