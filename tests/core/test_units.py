import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arthexis_desktop.core.units import UnitError, normalise_sampled_value, parse_number, to_base_unit


@pytest.mark.parametrize(
    ("sample", "value", "unit"),
    [
        ({"value": "12.5", "unit": "kWh"}, 12500.0, "Wh"),
        ({"value": "12500", "unit": "Wh"}, 12500.0, "Wh"),
        # OCPP's default unit is Wh; the original suite read a missing unit as kWh (⚠ §1.6)
        ({"value": "12500"}, 12500.0, "Wh"),
        ({"value": "7.4", "unit": "kW", "measurand": "Power.Active.Import"}, 7400.0, "W"),
        ({"value": "7400", "measurand": "Power.Active.Import"}, 7400.0, "W"),
        ({"value": "231.2", "measurand": "Voltage", "phase": "L1-N"}, 231.2, "V"),
        ({"value": "16", "measurand": "Current.Import", "unit": "A", "phase": "L2"}, 16.0, "A"),
        ({"value": "55", "measurand": "SoC", "unit": "Percent"}, 55.0, "Percent"),
        ({"value": "98.6", "measurand": "Temperature", "unit": "Fahrenheit"}, 37.0, "Celsius"),
        ({"value": "300.15", "measurand": "Temperature", "unit": "K"}, 27.0, "Celsius"),
        ({"value": "25", "measurand": "Temperature", "unit": "Celcius"}, 25.0, "Celsius"),
        ({"value": "1,5", "unit": "kWh"}, 1500.0, "Wh"),
    ],
)
def test_normalise_to_base_units(sample: dict[str, str], value: float, unit: str) -> None:
    sv = normalise_sampled_value(sample)
    assert sv.value == pytest.approx(value)
    assert sv.unit == unit
    assert sv.raw_value == sample["value"]
    assert sv.raw_unit == sample.get("unit")


def test_defaults_and_phase_context_location_are_kept() -> None:
    sv = normalise_sampled_value(
        {
            "value": "1",
            "measurand": "Current.Import",
            "phase": "L3",
            "context": "Sample.Clock",
            "location": "Inlet",
        }
    )
    assert (sv.phase, sv.context, sv.location) == ("L3", "Sample.Clock", "Inlet")
    sv = normalise_sampled_value({"value": "1"})
    assert (sv.measurand, sv.phase, sv.context, sv.location) == (
        "Energy.Active.Import.Register",
        None,
        "Sample.Periodic",
        "Outlet",
    )


def test_charger_override_for_unitless_energy_applies_only_to_energy() -> None:
    assert normalise_sampled_value({"value": "12.5"}, default_energy_unit="kWh").value == 12500.0
    power = normalise_sampled_value(
        {"value": "7400", "measurand": "Power.Active.Import"}, default_energy_unit="kWh"
    )
    assert power.value == 7400.0


def test_ocpp2_unit_of_measure_with_multiplier() -> None:
    sv = normalise_sampled_value({"value": 12.5, "unitOfMeasure": {"unit": "Wh", "multiplier": 3}})
    assert sv.value == pytest.approx(12500.0)
    assert sv.unit == "Wh"


@pytest.mark.parametrize("raw", ["abc", "", "nan", "inf", None, True, [1]])
def test_unparseable_values_raise_unit_error(raw: object) -> None:
    with pytest.raises(UnitError):
        parse_number(raw)


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_kwh_and_wh_agree(x: float) -> None:
    assert to_base_unit(x, "kWh")[0] == pytest.approx(to_base_unit(x * 1000, "Wh")[0], rel=1e-9, abs=1e-6)
    assert math.isfinite(to_base_unit(x, "kW")[0])
