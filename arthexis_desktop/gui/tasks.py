"""Background asyncio work started from the window: strong references and logged failures."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class TaskRunner:
    """Starts coroutines as tasks on the running loop and keeps them alive until they finish.

    A coroutine is expected to report its own outcome to the user; anything it lets escape goes
    to the loop's exception handler (the crash dialog and the log; never lost, never fatal).
    """

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, T], *, name: str | None = None) -> asyncio.Task[T]:
        task = asyncio.get_event_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    @property
    def pending(self) -> int:
        return len(self._tasks)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            # The loop's exception handler: the window's crash reporter (a dialog with a copyable
            # report, and the log) once it is installed, asyncio's logging handler before that.
            task.get_loop().call_exception_handler(
                {"message": f"background task {task.get_name()} failed", "exception": exc, "task": task}
            )

    async def cancel_all(self, *, timeout_s: float = 5.0) -> None:
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=timeout_s)
