"""Electrical power / breaker and EV charging time and cost calculators (behaviour §3.5)."""

import math

import pytest

from arthexis_desktop.core.calculators import (
    BreakerSeries,
    CalculatorInputError,
    charging_estimate,
    electrical_power,
    format_hours_hm,
    round_half_up,
    standard_breaker_a,
    validate_charging,
    validate_power,
)


def test_three_phase_power() -> None:
    result = electrical_power(voltage_v=400, current_a=32, phases=3, power_factor=0.95)
    # kVA = 400 × 32 × √3 / 1000 = 22.170; kW = 22.170 × 0.95 = 21.062; kVAr = √(kVA² − kW²)
    kva = 400 * 32 * math.sqrt(3) / 1000
    assert result.apparent_kva == pytest.approx(kva)
    assert result.apparent_kva == pytest.approx(22.170, abs=1e-3)
    assert result.active_kw == pytest.approx(kva * 0.95)
    assert result.reactive_kvar == pytest.approx(kva * math.sqrt(1 - 0.95**2))
    # breaker: 1.25 × 32 = 40 A → 40 A in both series
    assert result.breaker_min_a == 40
    assert result.breaker_a == 40


@pytest.mark.parametrize("phases", [1, 2])
def test_single_and_two_phase_use_v_times_i(phases: int) -> None:
    result = electrical_power(voltage_v=230, current_a=16, phases=phases)
    assert result.apparent_kva == pytest.approx(3.68)
    assert result.active_kw == pytest.approx(3.68)
    assert result.reactive_kvar == 0
    assert result.breaker_a == 20


@pytest.mark.parametrize(
    ("current_a", "nec", "iec"),
    [
        (48, 60, 63),
        (32, 40, 40),
        (12, 15, 16),
        (4, 15, 6),
        (100, 125, 125),
        (200, 250, 250),
        (4000, 5000, 5000),
    ],
)
def test_breaker_is_125_percent_rounded_up_to_a_standard_rating(current_a: float, nec: int, iec: int) -> None:
    assert electrical_power(voltage_v=240, current_a=current_a, phases=1).breaker_a == nec
    iec_result = electrical_power(
        voltage_v=240, current_a=current_a, phases=1, breaker_series=BreakerSeries.IEC
    )
    assert iec_result.breaker_a == iec


def test_breaker_beyond_the_list_is_none() -> None:
    assert standard_breaker_a(7500) is None
    assert electrical_power(voltage_v=480, current_a=6000, phases=3).breaker_a is None


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"power_factor": 0}, "power_factor"),
        ({"power_factor": 1.2}, "power_factor"),
        ({"phases": 4}, "phases"),
        ({"voltage_v": 0}, "voltage_v"),
        ({"current_a": math.inf}, "current_a"),
    ],
)
def test_power_validation(kwargs: dict[str, float], field: str) -> None:
    values = {"voltage_v": 230.0, "current_a": 16.0, "phases": 1, "power_factor": 1.0} | kwargs
    errors = validate_power(**values)  # type: ignore[arg-type]
    assert [e.field for e in errors] == [field]
    with pytest.raises(CalculatorInputError):
        electrical_power(**values)  # type: ignore[arg-type]


def test_charging_time_and_cost() -> None:
    estimate = charging_estimate(
        battery_kwh=60, start_pct=20, target_pct=80, charger_kw=7.4, efficiency=0.9, tariff_per_kwh=2.5
    )
    # battery: 60 × (80 − 20) / 100 = 36 kWh; grid: 36 / 0.9 = 40 kWh; time: 40 / 7.4 = 5.405 h
    assert estimate.battery_energy_kwh == pytest.approx(36)
    assert estimate.grid_energy_kwh == pytest.approx(40)
    assert estimate.duration_h == pytest.approx(40 / 7.4)
    assert estimate.duration_hm == "5:24"
    assert estimate.duration_s == pytest.approx(40 / 7.4 * 3600)
    assert estimate.cost == pytest.approx(100)


def test_charging_without_tariff_and_default_efficiency() -> None:
    estimate = charging_estimate(battery_kwh=75, start_pct=10, target_pct=100, charger_kw=50)
    assert estimate.grid_energy_kwh == pytest.approx(75 * 0.9 / 0.9)
    assert estimate.cost is None


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"start_pct": 80, "target_pct": 80}, "target_pct", "start_below_target"),
        ({"start_pct": -1}, "start_pct", "out_of_range"),
        ({"target_pct": 101}, "target_pct", "out_of_range"),
        ({"efficiency": 0}, "efficiency", "must_be_positive"),
        ({"efficiency": 1.1}, "efficiency", "out_of_range"),
        ({"battery_kwh": 0}, "battery_kwh", "must_be_positive"),
        ({"charger_kw": -7}, "charger_kw", "must_be_positive"),
        ({"tariff_per_kwh": -1}, "tariff_per_kwh", "out_of_range"),
    ],
)
def test_charging_validation(kwargs: dict[str, float | None], field: str, code: str) -> None:
    values: dict[str, float | None] = {
        "battery_kwh": 60,
        "start_pct": 20,
        "target_pct": 80,
        "efficiency": 0.9,
        "charger_kw": 7.4,
        "tariff_per_kwh": None,
    } | kwargs
    errors = validate_charging(**values)  # type: ignore[arg-type]
    assert [(e.field, e.code) for e in errors] == [(field, code)]
    with pytest.raises(CalculatorInputError) as caught:
        charging_estimate(**values)  # type: ignore[arg-type]
    assert caught.value.errors[0].field == field


@pytest.mark.parametrize(("hours", "text"), [(1.5, "1:30"), (0.999, "1:00"), (0, "0:00"), (10.0833, "10:05")])
def test_format_hours_hm(hours: float, text: str) -> None:
    assert format_hours_hm(hours) == text


def test_round_half_up() -> None:
    assert round_half_up(2.675) == 2.68  # round() gives 2.67 (binary float)
    assert round_half_up(1.005) == 1.01
    assert round_half_up(-1.005) == -1.01
