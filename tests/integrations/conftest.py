"""Helpers for the reader tests: a started ``PcscReaderService`` that records what it reports."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import pytest_asyncio

from arthexis_desktop.core.events import EventBus, TagScanned
from arthexis_desktop.integrations.rfid import PcscReaderService, ReaderState, ReaderStatus, ServiceState
from tests.fixtures.pcsc import VirtualReaders


async def wait_until(predicate: Callable[[], object], *, timeout_s: float = 5.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s:g} s waiting for {what or predicate}")
        await asyncio.sleep(0.02)


@dataclass
class ServiceProbe:
    """A ``PcscReaderService`` on the test's loop with every bus scan, callback and status kept."""

    service: PcscReaderService
    bus_scans: list[TagScanned] = field(default_factory=list)
    callback_scans: list[TagScanned] = field(default_factory=list)
    statuses: list[ReaderStatus] = field(default_factory=list)

    async def wait_state(self, state: ServiceState, timeout_s: float = 5.0) -> ReaderStatus:
        await wait_until(lambda: self.service.status().state is state, timeout_s=timeout_s, what=state.value)
        return self.service.status()

    async def wait_scans(self, count: int, timeout_s: float = 5.0) -> list[TagScanned]:
        await wait_until(lambda: len(self.bus_scans) >= count, timeout_s=timeout_s, what=f"{count} scan(s)")
        return self.bus_scans

    def reader_state(self, name: str) -> ReaderState | None:
        return next((r.state for r in self.service.status().readers if r.name == name), None)

    async def wait_reader(self, name: str, state: ReaderState, timeout_s: float = 5.0) -> None:
        await wait_until(
            lambda: self.reader_state(name) is state, timeout_s=timeout_s, what=f"{name} {state}"
        )


def make_probe(*, scard: Any = None) -> ServiceProbe:
    """A service (short retry and poll times) on ``scard`` (None: the real pyscard)."""
    bus = EventBus()
    service = PcscReaderService(bus, retry_s=0.2, poll_timeout_s=0.25, scard=scard)
    probe = ServiceProbe(service)
    bus.subscribe(TagScanned, probe.bus_scans.append)
    service.on_scan = probe.callback_scans.append
    service.on_status = probe.statuses.append
    return probe


@pytest_asyncio.fixture
async def pcsc(virtual_readers: VirtualReaders) -> AsyncIterator[ServiceProbe]:
    """The service started against the virtual readers and ready (both readers listed)."""
    probe = make_probe()
    probe.service.start()
    try:
        await probe.wait_state(ServiceState.READY)
        yield probe
    finally:
        await probe.service.stop()
