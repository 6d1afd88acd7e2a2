"""Transaction energy rules."""

from __future__ import annotations

from collections.abc import Iterable

from arthexis_desktop.core.model import MeterReading
from arthexis_desktop.core.units import ENERGY_REGISTER

TRANSACTION_BEGIN = "Transaction.Begin"
TRANSACTION_END = "Transaction.End"


def register_readings_wh(readings: Iterable[MeterReading]) -> list[float]:
    """Energy.Active.Import.Register values (Wh) of the whole charger (no phase), in time order."""
    out: list[tuple[object, float]] = []
    for reading in readings:
        for sv in reading.values:
            if sv.measurand == ENERGY_REGISTER and sv.phase is None and sv.unit == "Wh":
                out.append((reading.timestamp, sv.value))
    out.sort(key=lambda item: item[0])  # type: ignore[arg-type,return-value]
    return [value for _, value in out]


def session_energy_wh(
    *,
    meter_start_wh: float | None,
    meter_stop_wh: float | None,
    register_wh: Iterable[float] = (),
) -> float | None:
    """Energy delivered in a session.

    Prefers meterStop - meterStart. Falls back to the span of the register samples when a meter
    value is missing or when the register went backwards (meter replaced or reset), and never
    returns a negative value. ``None`` when nothing is known.
    """
    samples = list(register_wh)
    if meter_start_wh is not None and meter_stop_wh is not None and meter_stop_wh >= meter_start_wh:
        return meter_stop_wh - meter_start_wh
    start = meter_start_wh if meter_start_wh is not None else (samples[0] if samples else None)
    end = meter_stop_wh if meter_stop_wh is not None else (samples[-1] if samples else None)
    if start is not None and end is not None and end >= start:
        return end - start
    if len(samples) >= 2:
        return max(0.0, max(samples) - min(samples))
    return None
