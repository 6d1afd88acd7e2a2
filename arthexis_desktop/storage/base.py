"""What every part of the ``Storage`` facade shares: the worker and the coalescing sinks."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from arthexis_desktop.storage.sinks import FrameLogSink, MeterSampleSink, StatusSink, TouchSink
from arthexis_desktop.storage.worker import DbWorker

P = ParamSpec("P")
T = TypeVar("T")


class StorageBase:
    def __init__(self, worker: DbWorker, *, url: str, frame_log_limit: int) -> None:
        self._worker = worker
        self._url = url
        self._touches = TouchSink()
        self._statuses = StatusSink()
        self._samples = MeterSampleSink()
        self._frames = FrameLogSink(frame_log_limit)
        # Address of the newest connection per charger, for chargers stored by their first boot.
        self._remotes: dict[str, str] = {}

    def _call(
        self, fn: Callable[Concatenate[Session, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> asyncio.Future[T]:
        """Run ``fn(session, *args, **kwargs)`` on the worker, in the next batch."""

        def job(session: Session) -> T:
            return fn(session, *args, **kwargs)

        job.__qualname__ = getattr(fn, "__qualname__", "job")  # names the job in logs
        return self._worker.submit(job)
