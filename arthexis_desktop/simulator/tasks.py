"""Small asyncio helpers: a task set that keeps strong references, and interruptible waits."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine, Sequence
from typing import Any

log = logging.getLogger(__name__)


class TaskSet:
    """Background tasks owned by one component.

    Holds a strong reference to every task until it ends, logs exceptions of tasks that fail and
    cancels whatever is still running on :meth:`cancel_all`.
    """

    def __init__(self, owner: str) -> None:
        self._owner = owner
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, Any], *, name: str) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro, name=f"{self._owner}:{name}")
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.error("task %s failed", task.get_name(), exc_info=exc)

    def __len__(self) -> int:
        return len(self._tasks)

    async def cancel_all(self) -> None:
        """Cancel every task and wait until all have ended (the caller is not cancelled by them)."""
        current = asyncio.current_task()
        tasks = [t for t in self._tasks if t is not current]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


async def wait_event(event: asyncio.Event, timeout_s: float | None) -> bool:
    """Wait until ``event`` is set or ``timeout_s`` passed; True when the event was set.

    ``None`` waits without limit; a timeout of zero or less only checks the event.
    """
    if event.is_set():
        return True
    if timeout_s is not None and timeout_s <= 0:
        return False
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(timeout_s):
            await event.wait()
    return event.is_set()


async def wait_any(events: Sequence[asyncio.Event], timeout_s: float | None) -> bool:
    """Wait until one of ``events`` is set or ``timeout_s`` passed; True when one was set."""
    if any(event.is_set() for event in events):
        return True
    if timeout_s is not None and timeout_s <= 0:
        return False
    waiters = [asyncio.ensure_future(event.wait()) for event in events]
    try:
        await asyncio.wait(waiters, timeout=timeout_s, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
        await asyncio.gather(*waiters, return_exceptions=True)
    return any(event.is_set() for event in events)
