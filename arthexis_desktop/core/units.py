"""Normalisation of OCPP sampled values to base units.

OCPP lets a charger report energy in Wh or kWh, power in W or kW, temperature in Celsius, Fahrenheit
or Kelvin. Everything is stored in one base unit per quantity so graphs and energy sums never mix
scales. The original suite treated a missing unit as kWh (arthexis-behaviour §1.6 ⚠); OCPP's default
is Wh, and for non-energy measurands the natural unit of the measurand is the only sensible reading.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from arthexis_desktop.core.model import SampledValue

DEFAULT_MEASURAND = "Energy.Active.Import.Register"
DEFAULT_CONTEXT = "Sample.Periodic"
DEFAULT_LOCATION = "Outlet"

# unit as sent (lower-cased) -> (base unit, factor)
_SCALE: dict[str, tuple[str, float]] = {
    "wh": ("Wh", 1.0),
    "kwh": ("Wh", 1000.0),
    "mwh": ("Wh", 1_000_000.0),
    "varh": ("varh", 1.0),
    "kvarh": ("varh", 1000.0),
    "w": ("W", 1.0),
    "kw": ("W", 1000.0),
    "mw": ("W", 1_000_000.0),
    "va": ("VA", 1.0),
    "kva": ("VA", 1000.0),
    "var": ("var", 1.0),
    "kvar": ("var", 1000.0),
    "a": ("A", 1.0),
    "ma": ("A", 0.001),
    "v": ("V", 1.0),
    "kv": ("V", 1000.0),
    "hz": ("Hz", 1.0),
    "percent": ("Percent", 1.0),
    "%": ("Percent", 1.0),
    "celsius": ("Celsius", 1.0),
    "celcius": ("Celsius", 1.0),  # misspelling seen in OCPP 1.5 era firmware
    "rpm": ("RPM", 1.0),
}

# Natural unit of each measurand, used when the charger leaves ``unit`` out.
NATURAL_UNIT: Mapping[str, str] = {
    "Energy.Active.Import.Register": "Wh",
    "Energy.Active.Export.Register": "Wh",
    "Energy.Active.Import.Interval": "Wh",
    "Energy.Active.Export.Interval": "Wh",
    "Energy.Active.Net": "Wh",
    "Energy.Reactive.Import.Register": "varh",
    "Energy.Reactive.Export.Register": "varh",
    "Energy.Reactive.Import.Interval": "varh",
    "Energy.Reactive.Export.Interval": "varh",
    "Energy.Apparent.Import": "VAh",
    "Energy.Apparent.Export": "VAh",
    "Power.Active.Import": "W",
    "Power.Active.Export": "W",
    "Power.Offered": "W",
    "Power.Reactive.Import": "var",
    "Power.Reactive.Export": "var",
    "Power.Factor": "",
    "Current.Import": "A",
    "Current.Export": "A",
    "Current.Offered": "A",
    "Voltage": "V",
    "Frequency": "Hz",
    "Temperature": "Celsius",
    "SoC": "Percent",
    "RPM": "RPM",
}

ENERGY_REGISTER = "Energy.Active.Import.Register"
POWER_IMPORT = "Power.Active.Import"


class UnitError(ValueError):
    """A sampled value could not be interpreted."""


def _is_energy(measurand: str) -> bool:
    return measurand.startswith("Energy.Active")


def to_base_unit(value: float, unit: str) -> tuple[float, str]:
    """Convert ``value`` in ``unit`` to the base unit; unknown units are kept as they are."""
    key = unit.strip().lower()
    if key in ("fahrenheit", "f"):
        return (value - 32.0) * 5.0 / 9.0, "Celsius"
    if key in ("k", "kelvin"):
        return value - 273.15, "Celsius"
    if key in _SCALE:
        base, factor = _SCALE[key]
        return value * factor, base
    return value, unit.strip()


def _parse_text(raw: str) -> float:
    text = raw.strip()
    try:
        return float(text)
    except ValueError:
        # "1,5" from firmware with a decimal comma
        try:
            return float(text.replace(",", "."))
        except ValueError as exc:
            raise UnitError(f"not a number: {raw!r}") from exc


def parse_number(raw: object) -> float:
    """Parse a sampled value; OCPP 1.6 sends strings, 2.x numbers. Rejects NaN and infinities."""
    if type(raw) is str:  # the common case first (hot path: every sampled value)
        try:
            number = float(raw)
        except ValueError:
            number = _parse_text(raw)
        if not math.isfinite(number):
            raise UnitError(f"not a finite number: {raw!r}")
        return number
    if isinstance(raw, bool):
        raise UnitError(f"not a number: {raw!r}")
    if isinstance(raw, int | float):
        number = float(raw)
    elif isinstance(raw, str):
        number = _parse_text(raw)
    else:
        raise UnitError(f"not a number: {raw!r}")
    if not math.isfinite(number):
        raise UnitError(f"not a finite number: {raw!r}")
    return number


def normalise_sampled_value(
    raw: Mapping[str, object],
    *,
    default_energy_unit: str | None = None,
    default_context: str = DEFAULT_CONTEXT,
) -> SampledValue:
    """Turn one OCPP sampledValue (1.6 dict, or 2.x with ``unitOfMeasure``) into a ``SampledValue``.

    ``default_energy_unit`` is the per-charger override for energy samples without a unit.
    Raises ``UnitError`` when the value is not a number.
    """
    measurand = str(raw.get("measurand") or DEFAULT_MEASURAND)
    raw_value = raw.get("value")
    number = parse_number(raw_value)
    unit_field = raw.get("unit")
    multiplier = 0
    uom = raw.get("unitOfMeasure")
    if unit_field is None and isinstance(uom, Mapping):
        unit_field = uom.get("unit")
        mult = uom.get("multiplier", 0)
        multiplier = mult if isinstance(mult, int) and not isinstance(mult, bool) else 0
    raw_unit = str(unit_field) if unit_field is not None else None
    if raw_unit is None or not raw_unit.strip():
        if _is_energy(measurand) and default_energy_unit:
            unit = default_energy_unit
        else:
            unit = NATURAL_UNIT.get(measurand, "Wh")
    else:
        unit = raw_unit
    if multiplier:
        number *= 10.0**multiplier
    value, base = to_base_unit(number, unit)
    return SampledValue(
        measurand=measurand,
        value=value,
        unit=base,
        phase=str(raw["phase"]) if raw.get("phase") else None,
        context=str(raw.get("context") or default_context),
        location=str(raw.get("location") or DEFAULT_LOCATION),
        raw_value=str(raw_value),
        raw_unit=raw_unit,
    )
