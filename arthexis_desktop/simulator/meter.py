"""Turn meter samples into OCPP 1.6 ``meterValue`` elements (camelCase dicts, values as strings)."""

from __future__ import annotations

from collections.abc import Iterable

from arthexis_desktop.simulator.ev_model import MeterSample

ENERGY = "Energy.Active.Import.Register"
POWER = "Power.Active.Import"
CURRENT = "Current.Import"
VOLTAGE = "Voltage"
SOC = "SoC"
TEMPERATURE = "Temperature"
SUPPORTED_MEASURANDS = (ENERGY, POWER, CURRENT, VOLTAGE, SOC, TEMPERATURE)

PERIODIC = "Sample.Periodic"
CLOCK = "Sample.Clock"
BEGIN = "Transaction.Begin"
END = "Transaction.End"
TRIGGER = "Trigger"

PHASES = ("L1", "L2", "L3")
VOLTAGE_PHASES = ("L1-N", "L2-N", "L3-N")


def _value(
    measurand: str, value: str, unit: str, context: str, *, location: str = "Outlet", phase: str | None = None
) -> dict[str, str]:
    item = {"value": value, "context": context, "measurand": measurand, "location": location, "unit": unit}
    if phase is not None:
        item["phase"] = phase
    return item


def sampled_values(sample: MeterSample, *, measurands: Iterable[str], context: str) -> list[dict[str, str]]:
    """The sampledValue list for ``sample``, in the order of ``measurands`` (unknown ones skipped)."""
    values: list[dict[str, str]] = []
    for measurand in measurands:
        if measurand == ENERGY:
            values.append(_value(ENERGY, f"{sample.energy_wh:.0f}", "Wh", context))
        elif measurand == POWER:
            values.append(_value(POWER, f"{sample.power_w:.1f}", "W", context))
        elif measurand == CURRENT:
            for phase, amps in zip(PHASES, sample.current_a, strict=False):
                values.append(_value(CURRENT, f"{amps:.2f}", "A", context, phase=phase))
        elif measurand == VOLTAGE:
            for phase, volts in zip(VOLTAGE_PHASES, sample.voltage_v, strict=False):
                values.append(_value(VOLTAGE, f"{volts:.1f}", "V", context, phase=phase))
        elif measurand == SOC:
            if sample.soc_percent is not None:
                values.append(_value(SOC, f"{sample.soc_percent:.1f}", "Percent", context, location="EV"))
        elif measurand == TEMPERATURE:
            values.append(
                _value(TEMPERATURE, f"{sample.temperature_c:.1f}", "Celsius", context, location="Body")
            )
    return values


def meter_value(
    sample: MeterSample, *, measurands: Iterable[str], context: str, timestamp: str
) -> dict[str, object]:
    """One ``meterValue`` element: a timestamp and the sampled values taken at that time."""
    return {
        "timestamp": timestamp,
        "sampledValue": sampled_values(sample, measurands=measurands, context=context),
    }


def clock_meter_value(energy_wh: float, *, timestamp: str, context: str = CLOCK) -> dict[str, object]:
    """The main-meter energy reading sent on connector 0 (clock-aligned, or on trigger)."""
    return {"timestamp": timestamp, "sampledValue": [_value(ENERGY, f"{energy_wh:.0f}", "Wh", context)]}


def parse_measurands(text: str) -> tuple[str, ...] | None:
    """Parse a MeterValuesSampledData-style CSV list; ``None`` if it names an unsupported measurand."""
    names = tuple(part.strip() for part in text.split(",") if part.strip())
    by_folded = {m.casefold(): m for m in SUPPORTED_MEASURANDS}
    result = tuple(by_folded.get(name.casefold(), "") for name in names)
    if "" in result:
        return None
    return result
