"""A plausible AC charging curve: ramp-up, constant current, taper above ~80 % state of charge.

The model advances in *simulated* seconds given by the caller (the nominal meter interval), so a
seeded run produces the same samples whatever the wall clock and the network did.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

EFFICIENCY = 0.92  # share of AC energy that ends up in the battery
SUBSTEP_S = 1.0  # integration step for energy and SoC
TEMPERATURE_RISE_C = 18.0  # body temperature above ambient at full power
TEMPERATURE_TAU_S = 120.0
MIN_TAPER = 0.1  # current share just below 100 % SoC


@dataclass(frozen=True, slots=True)
class MeterSample:
    """What the meter and the EV report at one instant."""

    power_w: float
    energy_wh: float  # register, monotonic
    current_a: tuple[float, ...]  # per phase, L1..L3
    voltage_v: tuple[float, ...]  # per phase, line to neutral
    soc_percent: float | None  # None when no EV is plugged in
    temperature_c: float


class ChargingModel:
    """One EV charging on one connector."""

    def __init__(
        self,
        *,
        rng: random.Random,
        energy_wh: float,
        max_current_a: float,
        phases: int,
        voltage_v: float,
        battery_kwh: float,
        start_soc_percent: float,
        ramp_up_s: float,
        taper_soc_percent: float,
        ambient_c: float,
    ) -> None:
        self._rng = rng
        self._max_current_a = max_current_a
        self._phases = phases
        self._voltage_v = voltage_v
        self._battery_wh = battery_kwh * 1000
        self._ramp_up_s = ramp_up_s
        self._taper_soc = taper_soc_percent
        self._ambient_c = ambient_c
        self.energy_wh = energy_wh
        self.start_energy_wh = energy_wh
        self.soc_percent = start_soc_percent
        self.temperature_c = ambient_c
        self.elapsed_s = 0.0
        self._last = self.snapshot()

    @property
    def delivered_wh(self) -> float:
        return self.energy_wh - self.start_energy_wh

    @property
    def full(self) -> bool:
        return self.soc_percent >= 100.0

    @property
    def last(self) -> MeterSample:
        """The most recent periodic sample (a zero-power snapshot before the first one)."""
        return self._last

    def current_share(self, elapsed_s: float, soc_percent: float) -> float:
        """Share of the maximum current the EV draws: smooth ramp-up times SoC taper."""
        if soc_percent >= 100.0:
            return 0.0
        ramp = 1.0 if self._ramp_up_s <= 0 else min(1.0, elapsed_s / self._ramp_up_s)
        ramp = 0.5 - 0.5 * math.cos(math.pi * ramp)
        if soc_percent <= self._taper_soc:
            taper = 1.0
        else:
            left = (100.0 - soc_percent) / (100.0 - self._taper_soc)
            taper = MIN_TAPER + (1.0 - MIN_TAPER) * left
        return ramp * taper

    def advance(self, dt_s: float) -> MeterSample:
        """Charge for ``dt_s`` simulated seconds and return the sample at the end of it."""
        remaining = max(0.0, dt_s)
        while remaining > 0:
            step = min(SUBSTEP_S, remaining)
            share = self.current_share(self.elapsed_s + step / 2, self.soc_percent)
            power_w = share * self._max_current_a * self._voltage_v * self._phases
            added_wh = power_w * step / 3600
            self.energy_wh += added_wh
            self.soc_percent = min(100.0, self.soc_percent + 100 * added_wh * EFFICIENCY / self._battery_wh)
            self.elapsed_s += step
            remaining -= step
        share = self.current_share(self.elapsed_s, self.soc_percent)
        self._last = self._measure(share, dt_s)
        return self._last

    def snapshot(self) -> MeterSample:
        """A zero-power sample of the present state (transaction begin and end)."""
        return self._measure(0.0, 0.0)

    def _measure(self, share: float, dt_s: float) -> MeterSample:
        rng = self._rng
        voltages = tuple(round(self._voltage_v + rng.gauss(0, 1.2), 1) for _ in range(self._phases))
        currents = tuple(
            max(0.0, round(share * self._max_current_a * (1 + rng.gauss(0, 0.008)), 2)) for _ in voltages
        )
        power_w = sum(v * i for v, i in zip(voltages, currents, strict=True))
        target_c = self._ambient_c + TEMPERATURE_RISE_C * share
        if dt_s > 0:
            self.temperature_c += (target_c - self.temperature_c) * (1 - math.exp(-dt_s / TEMPERATURE_TAU_S))
        return MeterSample(
            power_w=round(power_w, 1),
            energy_wh=self.energy_wh,
            current_a=currents,
            voltage_v=voltages,
            soc_percent=round(self.soc_percent, 1),
            temperature_c=round(self.temperature_c + rng.gauss(0, 0.1), 1),
        )


def idle_sample(*, energy_wh: float, phases: int, voltage_v: float, temperature_c: float) -> MeterSample:
    """What the meter shows with nothing plugged in."""
    return MeterSample(
        power_w=0.0,
        energy_wh=energy_wh,
        current_a=(0.0,) * phases,
        voltage_v=(voltage_v,) * phases,
        soc_percent=None,
        temperature_c=temperature_c,
    )
