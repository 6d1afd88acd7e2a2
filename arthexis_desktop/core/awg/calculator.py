"""The AWG cable calculator: arthexis-behaviour §3.3 with every ⚠ corrected.

Algorithm::

    design current  I_d = I × 1.25 for a continuous load, else I
    column          T   = given, or 60 °C when I_d ≤ 100 A else 75 °C (NEC 110.14(C)(1))
    per set         n   = 3 current-carrying conductors for three-phase, else 2
    factor          k   = √3 for three-phase, else 2
    for lines in 1 .. max_lines:                     ← a single run before any parallel run
        for size, thinnest first, up to max_gauge:   ← max_gauge is an upper bound only
            if lines > 1 and size < 1/0: skip        ← NEC 310.10(G)
            ampacity = column(size, material, T) capped by 240.4(D)
                       × lines × adjustment(lines × n)       ← NEC Table 310.15(C)(1)
            if ampacity < I_d: skip
            drop_v   = k × length_km × I × R_75°C(size, material) Ω/km / lines
            if drop_v / V ≤ limit: RETURN (lines, size)
    nothing → no cable, with the reason and the closest candidate

Resistances are those of the material (aluminium has its own column) at 75 °C from NEC Chapter 9
Table 8. All parallel sets share one raceway, so their current-carrying conductors are counted
together for the adjustment factor, as the conduit size also assumes. Because candidates are
tried in a fixed order and raising the current or the length only removes candidates, the answer
never gets thinner or uses fewer sets when either grows — for a fixed temperature column. (The
automatic column switches from 60 °C to 75 °C above 100 A, as NEC 110.14(C)(1) does; that step
can allow a thinner conductor at 101 A than at 100 A.)
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from arthexis_desktop.core.awg.conduit import CONDUIT_TOO_SMALL, NO_CONDUIT_DATA, ConduitFit, conduit_fit
from arthexis_desktop.core.awg.model import (
    AwgRequest,
    AwgResult,
    AwgWarning,
    CableChoice,
    Ground,
    make_warning,
)
from arthexis_desktop.core.awg.tables import (
    CONDUIT_TRADE_SIZES,
    MATERIAL_NAMES,
    SMALLEST_PARALLEL,
    TEMPERATURES_C,
    ConductorSize,
    Conduit,
    Material,
    adjustment_factor,
    ampacity_a,
    parse_size,
    resistance_ohm_per_km,
    sizes_for,
)
from arthexis_desktop.core.calculators import (
    CONTINUOUS_LOAD_FACTOR,
    CalculatorInputError,
    FieldError,
    check_number,
    field_error,
)

AUTO_TEMPERATURE_LIMIT_A = 100.0
PHASES = (1, 2, 3)
MAX_LINES = 6
MIN_VOLTAGE_V = 12.0
MAX_VOLTAGE_V = 600.0  # THHN/THWN-2 insulation rating; the conduit fill uses their dimensions
MAX_LENGTH_M = 10_000.0
MAX_CURRENT_A = 5_000.0
MAX_DROP_PCT_LIMIT = 20.0


def validate(request: AwgRequest) -> list[FieldError]:
    """Per-field problems of ``request`` (field names are the request's attribute names)."""
    errors: list[FieldError] = []
    check_number(errors, "length_m", request.length_m, positive=True, max_value=MAX_LENGTH_M)
    check_number(errors, "current_a", request.current_a, positive=True, max_value=MAX_CURRENT_A)
    check_number(errors, "voltage_v", request.voltage_v, min_value=MIN_VOLTAGE_V, max_value=MAX_VOLTAGE_V)
    if request.material not in set(Material):
        errors.append(field_error("material", "choice", choices="cu, al"))
    if request.phases not in PHASES:
        errors.append(field_error("phases", "choice", choices="1, 2, 3"))
    if request.temperature_c is not None and request.temperature_c not in TEMPERATURES_C:
        errors.append(field_error("temperature_c", "choice", choices="auto, 60, 75, 90"))
    check_number(errors, "max_lines", request.max_lines, whole=True, min_value=1, max_value=MAX_LINES)
    if request.max_gauge not in (None, ""):
        try:
            parse_size(str(request.max_gauge))
        except ValueError:
            errors.append(field_error("max_gauge", "unknown_size", value=str(request.max_gauge)))
    if request.conduit is not None and request.conduit not in set(Conduit):
        errors.append(field_error("conduit", "choice", choices="emt, imc, rmc, fmc"))
    if request.ground not in set(Ground):
        errors.append(field_error("ground", "choice", choices="0, 1, maybe"))
    check_number(errors, "max_drop_pct", request.max_drop_pct, positive=True, max_value=MAX_DROP_PCT_LIMIT)
    return errors


def design_current_a(request: AwgRequest) -> float:
    return request.current_a * (CONTINUOUS_LOAD_FACTOR if request.continuous_load else 1.0)


def auto_temperature_c(current_a: float) -> int:
    """NEC 110.14(C)(1): 60 °C terminations for circuits up to 100 A, 75 °C above."""
    return 60 if current_a <= AUTO_TEMPERATURE_LIMIT_A else 75


def drop_factor(phases: int) -> float:
    """√3 for three-phase (line-to-line voltage), 2 (out and back) otherwise."""
    return math.sqrt(3) if phases == 3 else 2.0


def current_carrying_per_set(phases: int) -> int:
    return 3 if phases == 3 else 2


def voltage_drop_v(
    *, phases: int, length_m: float, current_a: float, ohm_per_km: float, lines: int = 1
) -> float:
    """Drop = factor × length (km) × current × resistance (Ω/km) / parallel sets."""
    return drop_factor(phases) * (length_m / 1000) * current_a * ohm_per_km / lines


def evaluate(
    request: AwgRequest, size: ConductorSize, *, lines: int, temperature_c: int
) -> CableChoice | None:
    """How ``lines`` sets of ``size`` perform; None when the size has no ampacity in the column."""
    material = Material(request.material)
    conductor_a = ampacity_a(size, material, temperature_c)
    if conductor_a is None:
        return None
    factor = adjustment_factor(lines * current_carrying_per_set(request.phases))
    ohm_per_km = resistance_ohm_per_km(size, material)
    drop_v = voltage_drop_v(
        phases=request.phases,
        length_m=request.length_m,
        current_a=request.current_a,
        ohm_per_km=ohm_per_km,
        lines=lines,
    )
    return CableChoice(
        size=size,
        lines=lines,
        conductor_ampacity_a=conductor_a,
        adjustment_factor=factor,
        ampacity_a=conductor_a * lines * factor,
        resistance_ohm_per_km=ohm_per_km,
        voltage_drop_v=drop_v,
        voltage_drop_pct=drop_v / request.voltage_v * 100,
    )


def _search(
    request: AwgRequest, sizes: Sequence[ConductorSize], temperature_c: int
) -> tuple[CableChoice | None, CableChoice | None]:
    """(first candidate meeting ampacity and drop, lowest-drop candidate meeting ampacity)."""
    needed_a = design_current_a(request)
    closest: CableChoice | None = None
    for lines in range(1, int(request.max_lines) + 1):
        for size in sizes:
            if lines > 1 and size.rank < SMALLEST_PARALLEL.rank:
                continue
            candidate = evaluate(request, size, lines=lines, temperature_c=temperature_c)
            if candidate is None or candidate.ampacity_a < needed_a:
                continue
            if candidate.voltage_drop_pct <= request.max_drop_pct:
                return candidate, None
            if closest is None or candidate.voltage_drop_pct < closest.voltage_drop_pct:
                closest = candidate
    return None, closest


def _fmt(value: float) -> float | int:
    """Round for messages: 2 decimals, integral values without ".0"."""
    rounded = round(value, 2)
    return int(rounded) if rounded == int(rounded) else rounded


def calculate_awg(request: AwgRequest) -> AwgResult:
    """Size the conductors for ``request``; raises ``CalculatorInputError`` for invalid input."""
    errors = validate(request)
    if errors:
        raise CalculatorInputError(errors)
    material = Material(request.material)
    ground = Ground(request.ground)
    needed_a = design_current_a(request)
    temperature_c = request.temperature_c or auto_temperature_c(needed_a)
    bound = parse_size(request.max_gauge) if request.max_gauge else None
    all_sizes = sizes_for(material)
    sizes = tuple(s for s in all_sizes if bound is None or s.rank <= bound.rank)
    choice, closest = _search(request, sizes, temperature_c)

    warnings: list[AwgWarning] = []
    if request.continuous_load:
        warnings.append(
            make_warning(
                "continuous_load", current_a=_fmt(request.current_a), design_current_a=_fmt(needed_a)
            )
        )
    if temperature_c == 90:
        warnings.append(make_warning("terminations_90c"))
    if request.max_lines > 1 and bound is not None and bound.rank < SMALLEST_PARALLEL.rank:
        warnings.append(make_warning("parallel_from_1_0_only"))
    if choice is None:
        warnings.append(
            _failure(
                request,
                all_sizes=all_sizes,
                sizes=sizes,
                bound=bound,
                closest=closest,
                temperature_c=temperature_c,
                needed_a=needed_a,
            )
        )
    elif choice.adjustment_factor < 1:
        ccc = choice.lines * current_carrying_per_set(request.phases)
        warnings.append(
            make_warning(
                "parallel_adjusted", lines=choice.lines, current_carrying=ccc, factor=choice.adjustment_factor
            )
        )
    if ground is Ground.MAYBE and choice is not None:
        warnings.append(make_warning("ground_optional"))

    grounds_per_set = 0 if ground is Ground.NONE else 1
    per_set = current_carrying_per_set(request.phases)
    fit: ConduitFit | None = None
    if request.conduit is not None and choice is not None:
        wires = choice.lines * (per_set + grounds_per_set)
        fit = conduit_fit(conduit=Conduit(request.conduit), size=choice.size, wires=wires)
        warning = _conduit_warning(fit, choice.size)
        if warning is not None:
            warnings.append(warning)
    return AwgResult(
        request=request,
        choice=choice,
        closest=closest if choice is None else None,
        temperature_c=temperature_c,
        design_current_a=needed_a,
        conductors_per_set=per_set,
        grounds_per_set=grounds_per_set,
        conduit=fit,
        warnings=tuple(warnings),
    )


def _failure(
    request: AwgRequest,
    *,
    all_sizes: Sequence[ConductorSize],
    sizes: Sequence[ConductorSize],
    bound: ConductorSize | None,
    closest: CableChoice | None,
    temperature_c: int,
    needed_a: float,
) -> AwgWarning:
    if bound is not None and len(sizes) < len(all_sizes):
        unbounded, _ = _search(request, all_sizes, temperature_c)
        if unbounded is not None:
            return make_warning(
                "max_gauge_too_small", max_gauge=bound.label, lines=unbounded.lines, size=unbounded.size.label
            )
    if closest is not None:
        return make_warning(
            "voltage_drop_over_limit",
            limit_pct=_fmt(request.max_drop_pct),
            lines=closest.lines,
            size=closest.size.label,
            drop_pct=_fmt(closest.voltage_drop_pct),
        )
    largest = sizes[-1].label if sizes else (bound.label if bound else all_sizes[-1].label)
    return make_warning(
        "no_size_for_current",
        material=Material(request.material).value,
        material_name=MATERIAL_NAMES[Material(request.material)],
        largest=largest,
        current_a=_fmt(needed_a),
        temperature_c=temperature_c,
        max_lines=request.max_lines,
    )


def _conduit_warning(fit: ConduitFit, size: ConductorSize) -> AwgWarning | None:
    conduit = fit.conduit.name
    if fit.reason == NO_CONDUIT_DATA:
        return make_warning("no_conduit_data", size=size.label)
    if fit.reason == CONDUIT_TOO_SMALL:
        largest = CONDUIT_TRADE_SIZES[fit.conduit][-1].label
        return make_warning(
            "conduit_too_small", wires=fit.wires, size=size.label, conduit=conduit, trade=largest
        )
    if fit.at_fill_limit and fit.trade_size is not None:
        return make_warning(
            "conduit_at_fill_limit", trade=fit.trade_size.designator, conduit=conduit, wires=fit.wires
        )
    return None
