"""The self-test shared by ``serve --self-test``, the window's ``--self-test`` and the bundle check."""

from __future__ import annotations

import asyncio
import logging
import time

from arthexis_desktop.app.runtime import Runtime

log = logging.getLogger(__name__)


async def run_session_check(runtime: Runtime, *, timeout_s: float = 45.0) -> bool:
    """Start one demo charger with a short session and wait until a finished transaction with
    energy and its meter samples are stored. Logs what failed; returns the verdict."""
    await runtime.start_demo(1, meter_interval_s=0.2)
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        finished = [
            tx
            for tx in await runtime.history.transactions(limit=10)
            if tx.stop_time is not None and (tx.energy_wh or 0) > 0
        ]
        if finished:
            readings = await runtime.history.meter_readings(finished[0].id)
            if readings:
                log.info(
                    "self-test: transaction %d stored, %.0f Wh, %d readings",
                    finished[0].id,
                    finished[0].energy_wh or 0,
                    len(readings),
                )
                return True
        await asyncio.sleep(0.2)
    log.error("self-test: no finished transaction with energy within %.0f s", timeout_s)
    return False
