"""Many simulated chargers at once: staggered start, one stop, live totals; the in-process demo."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from arthexis_desktop.simulator.charger import ChargerState, SimulatedCharger, SimulatorConnectionError
from arthexis_desktop.simulator.config import FaultPlan, SessionPlan, SimulatorConfig, charger_id_for
from arthexis_desktop.simulator.tasks import TaskSet


@dataclass(frozen=True, slots=True)
class FleetStats:
    chargers: int
    started: int
    connected: int
    booted: int
    failed: int
    sessions_started: int
    sessions_stopped: int
    active_sessions: int
    energy_wh: float


class SimulatedFleet:
    """A set of chargers started ``ramp_s`` apart (so N chargers do not hit the CSMS at once)."""

    def __init__(self, configs: Sequence[SimulatorConfig], *, ramp_s: float = 0.1) -> None:
        if ramp_s < 0:
            raise ValueError("ramp_s must not be negative")
        self.chargers = tuple(SimulatedCharger(config) for config in configs)
        self._ramp_s = ramp_s
        self._tasks = TaskSet("fleet")
        self._stopped = False

    def start(self) -> None:
        """Start the chargers (call from inside the running loop)."""
        self._tasks.spawn(self._ramp(), name="ramp")

    async def _ramp(self) -> None:
        for index, charger in enumerate(self.chargers):
            if index and self._ramp_s:
                await asyncio.sleep(self._ramp_s)
            if self._stopped:
                return
            charger.start()

    async def stop(self, *, reason: str = "Local", timeout_s: float = 5.0) -> None:
        """Stop every charger: running sessions send StopTransaction, then connections close."""
        self._stopped = True
        await self._tasks.cancel_all()
        started = [c for c in self.chargers if c.state is not ChargerState.CREATED]
        await asyncio.gather(*(c.stop(reason=reason, timeout_s=timeout_s) for c in started))

    @property
    def failures(self) -> list[SimulatorConnectionError]:
        return [c.error for c in self.chargers if c.error is not None]

    def stats(self) -> FleetStats:
        each = [c.stats() for c in self.chargers]
        return FleetStats(
            chargers=len(each),
            started=sum(1 for s in each if s.state is not ChargerState.CREATED),
            connected=sum(1 for s in each if s.connected),
            booted=sum(1 for s in each if s.booted),
            failed=sum(1 for s in each if s.state is ChargerState.FAILED),
            sessions_started=sum(s.sessions_started for s in each),
            sessions_stopped=sum(s.sessions_stopped for s in each),
            active_sessions=sum(s.active_sessions for s in each),
            energy_wh=sum(s.energy_wh for s in each),
        )


def fleet_configs(
    url: str, count: int, *, prefix: str = "SIM", connectors: int = 1, first: int = 1, **overrides: Any
) -> list[SimulatorConfig]:
    """Configs for ``prefix-0001`` ... with the same settings (``overrides`` are SimulatorConfig fields).
    A shared ``seed`` still gives every charger its own, reproducible random stream."""
    if count < 1:
        raise ValueError("count must be at least 1")
    return [
        SimulatorConfig(url=url, charger_id=charger_id_for(prefix, n), connectors=connectors, **overrides)
        for n in range(first, first + count)
    ]


async def run_fleet(
    url: str,
    count: int,
    *,
    prefix: str = "SIM",
    connectors: int = 1,
    ramp_s: float = 0.1,
    **overrides: Any,
) -> SimulatedFleet:
    """Build and start ``count`` chargers; ``await fleet.stop()`` ends them."""
    fleet = SimulatedFleet(
        fleet_configs(url, count, prefix=prefix, connectors=connectors, **overrides), ramp_s=ramp_s
    )
    fleet.start()
    return fleet


# (power kW, phases, connectors, start SoC %) of the demo chargers, in turn.
DEMO_KINDS = ((7.4, 1, 1, 25.0), (11.0, 3, 2, 45.0), (22.0, 3, 1, 70.0))


def demo_configs(
    url: str,
    *,
    count: int,
    prefix: str,
    id_tag: str,
    meter_interval_s: float = 2.0,
    faults: bool = False,
    time_scale: float = 1.0,
) -> list[SimulatorConfig]:
    """A varied, reproducible demo: session times scale with the meter interval (30 samples each)."""
    configs = []
    for n in range(1, count + 1):
        power_kw, phases, connectors, soc = DEMO_KINDS[(n - 1) % len(DEMO_KINDS)]
        plan = SessionPlan(
            idle_s=meter_interval_s * (1 + n),
            duration_s=meter_interval_s * 30,
            pause_s=meter_interval_s * 5,
            unplug_s=meter_interval_s,
        )
        fault = None
        if faults and connectors == 2:
            t = meter_interval_s
            fault = FaultPlan(connector_id=2, after_s=45 * t, duration_s=10 * t, every_s=120 * t)
        configs.append(
            SimulatorConfig(
                url=url,
                charger_id=charger_id_for(prefix, n),
                connectors=connectors,
                id_tag=id_tag,
                model=f"Sim {power_kw:g} kW",
                power_kw=power_kw,
                phases=phases,
                start_soc_percent=soc,
                battery_kwh=40.0,
                meter_interval_s=meter_interval_s,
                ramp_up_s=min(4.0, meter_interval_s * 3),
                plan=plan,
                fault=fault,
                seed=n,
                time_scale=time_scale,
            )
        )
    return configs


async def demo_fleet(
    url: str,
    *,
    count: int,
    prefix: str = "DEMO",
    id_tag: str = "DEC0DE01",
    meter_interval_s: float = 2.0,
    faults: bool = False,
    time_scale: float = 1.0,
) -> SimulatedFleet:
    """Start the demo chargers in this process (``--demo``, the self-test); ``await stop()`` ends them."""
    configs = demo_configs(
        url,
        count=count,
        prefix=prefix,
        id_tag=id_tag,
        meter_interval_s=meter_interval_s,
        faults=faults,
        time_scale=time_scale,
    )
    fleet = SimulatedFleet(configs, ramp_s=0.2)
    fleet.start()
    return fleet
