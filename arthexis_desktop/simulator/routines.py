"""Periodic routines of a charger: heartbeat, clock-aligned meter readings, demo faults."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from ocpp.v16 import call

from arthexis_desktop.core.timestamps import format_ocpp_datetime
from arthexis_desktop.simulator.config import FaultPlan
from arthexis_desktop.simulator.configuration import (
    CLOCK_ALIGNED_DATA_INTERVAL,
    HEARTBEAT_INTERVAL,
    METER_VALUES_ALIGNED_DATA,
    ConfigurationStore,
)
from arthexis_desktop.simulator.connector import ConnectorRunner
from arthexis_desktop.simulator.meter import CLOCK, ENERGY, clock_meter_value
from arthexis_desktop.simulator.tasks import wait_event

log = logging.getLogger(__name__)

Send = Callable[[Any], Awaitable[Any]]


async def heartbeat_loop(store: ConfigurationStore, send: Send) -> None:
    """Heartbeat every HeartbeatInterval; a changed interval takes effect at once (0 = off)."""
    changed = store.watch(HEARTBEAT_INTERVAL)
    try:
        while True:
            changed.clear()
            interval_s = store.number(HEARTBEAT_INTERVAL)
            if not await wait_event(changed, interval_s if interval_s > 0 else None):
                await send(call.Heartbeat())
    finally:
        store.unwatch(changed)


def next_aligned(now: float, interval_s: float) -> float:
    """The next multiple of ``interval_s`` seconds since midnight UTC (epoch) after ``now``."""
    return (math.floor(now / interval_s) + 1) * interval_s


async def clock_loop(store: ConfigurationStore, send: Send, main_meter_wh: Callable[[], float]) -> None:
    """Main-meter energy on connector 0 at every ClockAlignedDataInterval boundary (0 = off)."""
    changed = store.watch(CLOCK_ALIGNED_DATA_INTERVAL, METER_VALUES_ALIGNED_DATA)
    try:
        while True:
            changed.clear()
            interval_s = store.number(CLOCK_ALIGNED_DATA_INTERVAL)
            if interval_s <= 0 or ENERGY not in store.measurands(METER_VALUES_ALIGNED_DATA):
                await changed.wait()
                continue
            now = time.time()
            due = next_aligned(now, interval_s)
            if await wait_event(changed, due - now):
                continue
            stamp = format_ocpp_datetime(datetime.fromtimestamp(due, UTC))
            value = clock_meter_value(main_meter_wh(), timestamp=stamp, context=CLOCK)
            await send(call.MeterValues(connector_id=0, meter_value=[value]))
    finally:
        store.unwatch(changed)


async def fault_loop(
    plan: FaultPlan, connectors: Sequence[ConnectorRunner], *, online: asyncio.Event
) -> None:
    """Demo fault injection: after the first boot, fault the planned connector (once or repeatedly)."""
    connector = connectors[plan.connector_id - 1]
    await online.wait()
    delay_s = plan.after_s
    while True:
        await asyncio.sleep(delay_s)
        log.info("connector %d: injected fault %s", plan.connector_id, plan.error_code)
        await connector.fault(error_code=plan.error_code, duration_s=plan.duration_s)
        if plan.every_s is None:
            return
        delay_s = plan.every_s
