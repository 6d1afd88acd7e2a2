"""Small electrical calculators of the calculator panel (arthexis-behaviour §3.5).

* :func:`electrical_power` — kVA, kW and kVAr of a load from voltage, current, phases and power
  factor, plus the breaker it needs (125 % of the current, rounded up to a standard rating).
* :func:`charging_estimate` — energy drawn from the grid, time and cost to charge an EV battery
  from one state of charge to another.

Inputs are checked by ``validate_*`` functions that return per-field :class:`FieldError` values
(a stable ``code`` the GUI translates, an English ``message`` and the ``params`` used in it); the
calculating functions raise :class:`CalculatorInputError` carrying the same list. The AWG cable
calculator (:mod:`arthexis_desktop.core.awg`) reports its input errors the same way.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from arthexis_desktop.core.errors import ArthexisError

Param = str | int | float


@dataclass(frozen=True)
class FieldError:
    """One invalid input: which field, a stable message code, English text and its values."""

    field: str
    code: str
    message: str
    params: Mapping[str, Param] = dataclass_field(default_factory=dict)


class CalculatorInputError(ArthexisError, ValueError):
    """A calculator was called with invalid inputs; ``errors`` says which and why."""

    def __init__(self, errors: Sequence[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = tuple(errors)


# code -> English template; the GUI keeps its own translated template per code.
FIELD_MESSAGES: Mapping[str, str] = {
    "required": "A value is required.",
    "not_a_number": "Enter a number.",
    "out_of_range": "Must be between {min} and {max}.",
    "must_be_positive": "Must be greater than 0.",
    "not_negative": "Must not be negative.",
    "not_a_whole_number": "Enter a whole number.",
    "choice": "Choose one of {choices}.",
    "unknown_size": "Unknown conductor size {value!r}; use e.g. 8, 1/0 or 250 kcmil.",
    "start_below_target": "The start charge must be below the target charge.",
}


def field_error(name: str, code: str, **params: Param) -> FieldError:
    """Build a :class:`FieldError` with its English text from :data:`FIELD_MESSAGES`."""
    return FieldError(name, code, FIELD_MESSAGES[code].format(**params), params)


def check_number(
    errors: list[FieldError],
    name: str,
    value: float,
    *,
    min_value: float | None = None,
    max_value: float | None = None,
    positive: bool = False,
    whole: bool = False,
) -> None:
    """Append the first problem of a numeric input (finite, positive, whole, in range) to ``errors``."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        errors.append(field_error(name, "not_a_number"))
    elif whole and value != int(value):
        errors.append(field_error(name, "not_a_whole_number"))
    elif positive and value <= 0:
        errors.append(field_error(name, "must_be_positive"))
    elif (min_value is not None and value < min_value) or (max_value is not None and value > max_value):
        errors.append(field_error(name, "out_of_range", min=_num(min_value), max=_num(max_value)))


def _num(value: float | None) -> Param:
    if value is None:
        return "∞"
    return int(value) if value == int(value) else value


def round_half_up(value: float, places: int = 2) -> float:
    """Round like the original suite's reports (half-up, not banker's rounding)."""
    quantum = Decimal(1).scaleb(-places)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))


# ------------------------------------------------------------------------------------------------
# Electrical power and breaker
# ------------------------------------------------------------------------------------------------


class BreakerSeries(StrEnum):
    """Which list of standard breaker ratings to round up to."""

    NEC = "nec"
    IEC = "iec"


# NEC (NFPA 70, 2020) 240.6(A): standard ampere ratings of fuses and inverse-time breakers.
NEC_BREAKER_RATINGS_A: tuple[int, ...] = (
    15, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 90, 100, 110, 125, 150, 175, 200, 225, 250, 300,
    350, 400, 450, 500, 600, 700, 800, 1000, 1200, 1600, 2000, 2500, 3000, 4000, 5000, 6000,
)  # fmt: skip
# IEC: miniature breakers per IEC 60898-1 (6–125 A), then the usual IEC 60947-2 moulded-case and
# air breaker frame ratings (R10 preferred numbers).
IEC_BREAKER_RATINGS_A: tuple[int, ...] = (
    6, 10, 13, 16, 20, 25, 32, 40, 50, 63, 80, 100, 125, 160, 200, 250, 315, 400, 500, 630, 800,
    1000, 1250, 1600, 2000, 2500, 3200, 4000, 5000, 6300,
)  # fmt: skip
BREAKER_RATINGS_A: Mapping[BreakerSeries, tuple[int, ...]] = {
    BreakerSeries.NEC: NEC_BREAKER_RATINGS_A,
    BreakerSeries.IEC: IEC_BREAKER_RATINGS_A,
}
CONTINUOUS_LOAD_FACTOR = 1.25  # NEC 210.20(A) / 215.3 / 625.41: 125 % of a continuous load
POWER_PHASES = (1, 2, 3)


def standard_breaker_a(required_a: float, series: BreakerSeries = BreakerSeries.NEC) -> int | None:
    """Smallest standard rating ≥ ``required_a``; None when the list has none that large."""
    return next((rating for rating in BREAKER_RATINGS_A[series] if rating >= required_a - 1e-9), None)


@dataclass(frozen=True, kw_only=True)
class PowerResult:
    """Apparent, active and reactive power of a load and the breaker it needs."""

    apparent_kva: float
    active_kw: float
    reactive_kvar: float
    breaker_min_a: float  # 125 % of the current
    breaker_a: int | None  # next standard rating, None when beyond the list


def validate_power(
    *, voltage_v: float, current_a: float, phases: int, power_factor: float
) -> list[FieldError]:
    """Per-field problems of :func:`electrical_power` inputs (empty list when all are usable)."""
    errors: list[FieldError] = []
    check_number(errors, "voltage_v", voltage_v, positive=True, max_value=100_000)
    check_number(errors, "current_a", current_a, positive=True, max_value=100_000)
    if phases not in POWER_PHASES:
        errors.append(field_error("phases", "choice", choices="1, 2, 3"))
    check_number(errors, "power_factor", power_factor, positive=True, max_value=1)
    return errors


def electrical_power(
    *,
    voltage_v: float,
    current_a: float,
    phases: int,
    power_factor: float = 1.0,
    breaker_series: BreakerSeries = BreakerSeries.NEC,
) -> PowerResult:
    """kVA = V·I·(√3 for three-phase, else 1)/1000 with V line-to-line; kW = kVA·PF;
    kVAr = √(kVA² − kW²); breaker ≥ 1.25·I, rounded up to ``breaker_series``.

    Single- and two-phase (split-phase, line-to-line) loads both use V·I.
    """
    errors = validate_power(
        voltage_v=voltage_v, current_a=current_a, phases=phases, power_factor=power_factor
    )
    if errors:
        raise CalculatorInputError(errors)
    factor = math.sqrt(3) if phases == 3 else 1.0
    apparent_kva = voltage_v * current_a * factor / 1000
    active_kw = apparent_kva * power_factor
    reactive_kvar = math.sqrt(max(apparent_kva**2 - active_kw**2, 0.0))
    breaker_min_a = current_a * CONTINUOUS_LOAD_FACTOR
    return PowerResult(
        apparent_kva=apparent_kva,
        active_kw=active_kw,
        reactive_kvar=reactive_kvar,
        breaker_min_a=breaker_min_a,
        breaker_a=standard_breaker_a(breaker_min_a, breaker_series),
    )


# ------------------------------------------------------------------------------------------------
# EV charging time and cost
# ------------------------------------------------------------------------------------------------

DEFAULT_CHARGING_EFFICIENCY = 0.90  # as the original suite: grid → battery losses of 10 %


@dataclass(frozen=True, kw_only=True)
class ChargingEstimate:
    """Energy, time and cost of one charge at constant charger power (no taper modelled)."""

    battery_energy_kwh: float  # energy stored into the battery
    grid_energy_kwh: float  # energy drawn from the grid (battery energy / efficiency)
    duration_h: float
    cost: float | None  # grid energy × tariff, in the tariff's currency; None without a tariff

    @property
    def duration_s(self) -> float:
        return self.duration_h * 3600

    @property
    def duration_hm(self) -> str:
        """Duration as ``h:mm``, rounded to the nearest minute (``"3:05"``)."""
        return format_hours_hm(self.duration_h)


def format_hours_hm(hours: float) -> str:
    """``1.5`` → ``"1:30"``; minutes rounded to the nearest whole minute."""
    total_min = round(hours * 60)
    return f"{total_min // 60}:{total_min % 60:02d}"


def validate_charging(
    *,
    battery_kwh: float,
    start_pct: float,
    target_pct: float,
    efficiency: float,
    charger_kw: float,
    tariff_per_kwh: float | None,
) -> list[FieldError]:
    """Per-field problems of :func:`charging_estimate` inputs (empty list when all are usable)."""
    errors: list[FieldError] = []
    check_number(errors, "battery_kwh", battery_kwh, positive=True, max_value=10_000)
    check_number(errors, "start_pct", start_pct, min_value=0, max_value=100)
    check_number(errors, "target_pct", target_pct, min_value=0, max_value=100)
    if not errors and start_pct >= target_pct:
        errors.append(field_error("target_pct", "start_below_target"))
    check_number(errors, "efficiency", efficiency, positive=True, max_value=1)
    check_number(errors, "charger_kw", charger_kw, positive=True, max_value=10_000)
    if tariff_per_kwh is not None:
        check_number(errors, "tariff_per_kwh", tariff_per_kwh, min_value=0)
    return errors


def charging_estimate(
    *,
    battery_kwh: float,
    start_pct: float,
    target_pct: float,
    charger_kw: float,
    efficiency: float = DEFAULT_CHARGING_EFFICIENCY,
    tariff_per_kwh: float | None = None,
) -> ChargingEstimate:
    """battery = capacity·(target − start)/100; grid = battery/efficiency; hours = grid/charger kW;
    cost = grid · tariff. ``charger_kw`` is the power drawn from the grid."""
    errors = validate_charging(
        battery_kwh=battery_kwh,
        start_pct=start_pct,
        target_pct=target_pct,
        efficiency=efficiency,
        charger_kw=charger_kw,
        tariff_per_kwh=tariff_per_kwh,
    )
    if errors:
        raise CalculatorInputError(errors)
    battery_energy_kwh = battery_kwh * (target_pct - start_pct) / 100
    grid_energy_kwh = battery_energy_kwh / efficiency
    return ChargingEstimate(
        battery_energy_kwh=battery_energy_kwh,
        grid_energy_kwh=grid_energy_kwh,
        duration_h=grid_energy_kwh / charger_kw,
        cost=None if tariff_per_kwh is None else grid_energy_kwh * tariff_per_kwh,
    )
