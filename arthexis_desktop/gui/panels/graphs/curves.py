"""What the graphs show, as plain arrays: measurand choices, display units and the curves of the
live, site and history views (numpy only; names and labels come from the panel, translated).

Times are epoch seconds (UTC); values are converted from the normalised base unit to the display
unit (W -> kW, Wh -> kWh ...). NaN in ``y`` is a gap: the plot breaks the line there.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from arthexis_desktop.core.units import ENERGY_REGISTER, POWER_IMPORT
from arthexis_desktop.gui.tr import QT_TRANSLATE_NOOP
from arthexis_desktop.services import meter_series as ms

CONTEXT = "GraphControls"


@dataclass(frozen=True, slots=True)
class MeasurandChoice:
    key: str
    measurand: str
    label_source: str  # English, QT_TRANSLATE_NOOP("GraphControls", ...)
    phased: bool  # one curve per phase; else the un-phased series (phases only when it is missing)


MEASURANDS = (
    MeasurandChoice("power", POWER_IMPORT, QT_TRANSLATE_NOOP(CONTEXT, "Power"), False),
    MeasurandChoice("energy", ENERGY_REGISTER, QT_TRANSLATE_NOOP(CONTEXT, "Energy (meter register)"), False),
    MeasurandChoice("current", ms.CURRENT_IMPORT, QT_TRANSLATE_NOOP(CONTEXT, "Current per phase"), True),
    MeasurandChoice("voltage", ms.VOLTAGE, QT_TRANSLATE_NOOP(CONTEXT, "Voltage per phase"), True),
    MeasurandChoice("soc", ms.SOC, QT_TRANSLATE_NOOP(CONTEXT, "State of charge"), False),
    MeasurandChoice("temperature", ms.TEMPERATURE, QT_TRANSLATE_NOOP(CONTEXT, "Temperature"), False),
    MeasurandChoice(
        "current_offered", ms.CURRENT_OFFERED, QT_TRANSLATE_NOOP(CONTEXT, "Offered current"), True
    ),
    MeasurandChoice("power_offered", ms.POWER_OFFERED, QT_TRANSLATE_NOOP(CONTEXT, "Offered power"), False),
)
MEASURAND_BY_KEY = {m.key: m for m in MEASURANDS}

# base unit -> (display unit, factor)
_DISPLAY = {
    "W": ("kW", 1e-3),
    "Wh": ("kWh", 1e-3),
    "var": ("kvar", 1e-3),
    "varh": ("kvarh", 1e-3),
    "VA": ("kVA", 1e-3),
    "VAh": ("kVAh", 1e-3),
    "Celsius": ("°C", 1.0),
    "Percent": ("%", 1.0),
}


def display_unit(unit: str) -> tuple[str, float]:
    """``("kW", 0.001)`` for ``"W"``; units without a bigger sibling stay as they are."""
    return _DISPLAY.get(unit, (unit, 1.0))


@dataclass(frozen=True, slots=True)
class Curve:
    key: str  # identity of the plot item across redraws
    name: str  # legend text and CSV column (the unit is added)
    t: np.ndarray  # epoch seconds
    y: np.ndarray  # display unit; NaN = gap (for a stacked area: the top of the area)
    unit: str  # display unit
    version: object  # the same version means the same data: no setData needed
    style: str = "line"  # line | area | total
    color: int = 0
    own_y: np.ndarray | None = field(default=None, compare=False)  # an area's own share

    @property
    def values(self) -> np.ndarray:
        """What the curve itself measures (an area's share, not the stacked top)."""
        return self.y if self.own_y is None else self.own_y


def _scaled(t: np.ndarray, v: np.ndarray, unit: str) -> tuple[np.ndarray, np.ndarray, str]:
    shown, factor = display_unit(unit)
    return t, (v * factor if factor != 1.0 else v), shown


def curve_name(charger_id: str, connector_id: int, phase: str | None) -> str:
    name = f"{charger_id} #{connector_id}"
    return f"{name} {phase}" if phase else name


def _pick(series: Sequence[ms.Series], choice: MeasurandChoice) -> Sequence[ms.Series]:
    if choice.phased:
        return series
    plain = [s for s in series if s.key.phase is None]
    return plain or series


def merge_stored(stored: ms.StoredSeries, series: ms.Series | None, *, factor: float) -> ms.Points:
    """A stored history continued by the live samples that came after it, with NaN gaps."""
    t, v = stored.t, stored.v
    if series is not None and len(series.fine):
        after = t[-1] if len(t) else -math.inf
        live_t, live_v = series.fine.arrays(after)
        live_t, live_v = live_t[live_t > after], live_v[live_t > after]
        t, v = np.concatenate((t, live_t)), np.concatenate((v, live_v))
    return ms.insert_gaps(t, v, factor=factor)


def live_curves(
    store: ms.MeterSeriesStore,
    connectors: Iterable[tuple[str, int]],
    choice: MeasurandChoice,
    *,
    stored: Mapping[tuple[str, int], Mapping[tuple[str, str | None], ms.StoredSeries]] | None = None,
    limit: int = 24,
) -> list[Curve]:
    """One curve per series of ``choice`` at each (charger, connector); ``stored`` (the running
    sessions' stored samples, for the session window) goes before the live samples."""
    curves: list[Curve] = []
    for charger_id, connector_id in connectors:
        history = (stored or {}).get((charger_id, connector_id), {})
        for series in _pick(store.series_for(charger_id, connector_id, choice.measurand), choice):
            key = series.key
            before = history.get((key.measurand, key.phase))
            if before is not None and len(before.t):
                t, v = merge_stored(before, series, factor=store.gap_factor)
                version: object = (series.version, id(before))
            else:
                t, v = series.window(factor=store.gap_factor)
                version = series.version
            t, y, unit = _scaled(t, v, series.unit)
            name = curve_name(charger_id, connector_id, key.phase)
            curves.append(Curve("|".join(map(str, key)), name, t, y, unit, version, color=len(curves)))
            if len(curves) >= limit:
                return curves
    return curves


def history_curves(
    points: Mapping[tuple[str, str | None], ms.StoredSeries],
    choice: MeasurandChoice,
    *,
    charger_id: str,
    connector_id: int,
    live: ms.MeterSeriesStore | None = None,
    version: object = 0,
    factor: float = 3.0,
) -> list[Curve]:
    """The stored samples of one transaction (plus, while it runs, the live ones after them)."""
    keys = sorted(
        (k for k in points if k[0] == choice.measurand), key=lambda k: (k[1] is not None, k[1] or "")
    )
    if not choice.phased and any(k[1] is None for k in keys):
        keys = [k for k in keys if k[1] is None]
    curves: list[Curve] = []
    for measurand, phase in keys:
        stored = points[(measurand, phase)]
        series = live.get(ms.SeriesKey(charger_id, connector_id, measurand, phase)) if live else None
        t, v = merge_stored(stored, series, factor=factor)
        t, y, unit = _scaled(t, v, stored.unit)
        live_version = series.version if series is not None else 0
        curves.append(
            Curve(
                f"history|{measurand}|{phase}",
                curve_name(charger_id, connector_id, phase),
                t,
                y,
                unit,
                (version, live_version),
                color=len(curves),
            )
        )
    return curves


def top_chargers(window: ms.SiteWindow, count: int) -> list[str]:
    """The ``count`` chargers with the highest mean power in the window, by id."""
    if not len(window.times) or not window.charger_ids:
        return []
    means = window.by_charger_w.mean(axis=0)
    order = [int(i) for i in np.argsort(-means)[:count] if means[i] > 0]
    return sorted(window.charger_ids[i] for i in order)


class SiteStack:
    """Which chargers the site view stacks: the chosen ones (at most 12), else the 8 biggest
    consumers of the window. A full top 8 changes members at most every 10 s, so areas do not
    come and go at every tick while someone reads them."""

    MAX_CHOSEN, TOP, HOLD_S = 12, 8, 10.0

    def __init__(self) -> None:
        self.members: list[str] = []
        self._span: float | None = None
        self._since = -math.inf

    def choose(self, window: ms.SiteWindow, chosen: Sequence[str], span: float) -> list[str]:
        if chosen:
            return list(chosen[: self.MAX_CHOSEN])
        now = time.monotonic()
        full = len(self.members) >= self.TOP
        if self._span != span or not full or now - self._since > self.HOLD_S:
            top = top_chargers(window, self.TOP)
            if top != self.members:
                self.members, self._since = top, now
            self._span = span
        return self.members


def site_curves(
    window: ms.SiteWindow,
    stacked: Sequence[str],
    *,
    total_name: str,
    others_name: str,
    version: object,
) -> list[Curve]:
    """Stacked areas of ``stacked`` chargers (in that order, bottom up), the rest as one area on
    top, and the site total as a line; kW."""
    t = window.times
    total_kw = window.total_w * 1e-3
    columns = {cid: i for i, cid in enumerate(window.charger_ids)}
    curves: list[Curve] = []
    top = np.zeros(len(t))
    for n, charger_id in enumerate(c for c in stacked if c in columns):
        share = window.by_charger_w[:, columns[charger_id]].astype(np.float64) * 1e-3
        top = top + share
        curves.append(Curve(f"site|{charger_id}", charger_id, t, top, "kW", version, "area", n, share))
    if curves and len(curves) < len(window.charger_ids):
        rest = np.clip(total_kw - top, 0.0, None)
        if len(rest) and rest.max() > 1e-3:  # 1 W: more than the float32 rounding of the shares
            curves.append(
                Curve("site|others", others_name, t, top + rest, "kW", version, "area", len(curves), rest)
            )
    curves.append(Curve("site|total", total_name, t, total_kw, "kW", version, "total"))
    return curves
