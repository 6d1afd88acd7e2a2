"""Fixtures of the simulator tests: a fresh minimal CSMS per test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from tests.simulator.fake_csms import FakeCsms


@pytest_asyncio.fixture
async def csms() -> AsyncIterator[FakeCsms]:
    async with FakeCsms() as server:
        yield server
