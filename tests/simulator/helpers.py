"""Fast simulator configurations and small assertions shared by the simulator tests."""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from arthexis_desktop.simulator import ReconnectPolicy, SessionPlan, SimulatedCharger, SimulatorConfig
from tests.simulator.fake_csms import Received

UTC_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")

# Remote-start only, charging until stopped: for command tests.
MANUAL = SessionPlan(idle_s=0.0, duration_s=None, pause_s=0.05, unplug_s=0.05, max_sessions=0)


def fast_config(url: str, **overrides: Any) -> SimulatorConfig:
    """A charger that boots, samples and reconnects in tens of milliseconds."""
    settings: dict[str, Any] = {
        "charger_id": "SIM-0001",
        "meter_interval_s": 0.05,
        "heartbeat_interval_s": 5.0,
        "clock_aligned_interval_s": 0.0,
        "ramp_up_s": 6.0,
        "plan": SessionPlan(idle_s=0.05, duration_s=0.5, pause_s=30.0, unplug_s=0.05, max_sessions=1),
        "seed": 7,
        "response_timeout_s": 5.0,
        "boot_retry_s": 0.2,
        "reconnect": ReconnectPolicy(initial_s=0.05, max_s=0.2),
    }
    settings.update(overrides)
    return SimulatorConfig(url=url, **settings)


@contextlib.asynccontextmanager
async def running(config: SimulatorConfig) -> AsyncIterator[SimulatedCharger]:
    """Start a charger and always stop it (with StopTransaction for running sessions)."""
    charger = SimulatedCharger(config)
    charger.start()
    try:
        yield charger
    finally:
        await charger.stop(timeout_s=2.0)


def statuses(received: list[Received], connector_id: int) -> list[str]:
    return [
        m.payload["status"]
        for m in received
        if m.action == "StatusNotification" and m.payload["connectorId"] == connector_id
    ]


def status_is(connector_id: int, status: str) -> Any:
    return lambda m: m.payload["connectorId"] == connector_id and m.payload["status"] == status


def values_of(meter_value: dict[str, Any], measurand: str) -> list[dict[str, Any]]:
    return [v for v in meter_value["sampledValue"] if v["measurand"] == measurand]


def energy_of(meter_value: dict[str, Any]) -> float:
    (item,) = values_of(meter_value, "Energy.Active.Import.Register")
    assert item["unit"] == "Wh"
    return float(item["value"])


async def eventually(condition: Callable[[], bool], *, timeout_s: float = 3.0) -> None:
    """Poll ``condition`` until it holds (state the simulator updates after an answer arrives)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)
