"""Request, result and warning values of the AWG cable calculator."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from arthexis_desktop.core.awg.conduit import ConduitFit
from arthexis_desktop.core.awg.tables import ConductorSize, Conduit, Material
from arthexis_desktop.core.calculators import Param

DEFAULT_MAX_DROP_PCT = 3.0  # NEC 210.19(A) informational note: 3 % on a branch circuit, 5 % in all


class Ground(StrEnum):
    """Grounding conductors per set: none, one, or "maybe" (counted, shown as optional)."""

    NONE = "0"
    ONE = "1"
    MAYBE = "maybe"


@dataclass(frozen=True, kw_only=True)
class AwgRequest:
    """Inputs of :func:`~arthexis_desktop.core.awg.calculate_awg` (arthexis-behaviour §3.2).

    ``current_a`` is the load current; with ``continuous_load`` the conductors are sized for
    125 % of it (NEC 210.19(A)(1); EV charging is a continuous load, NEC 625.42) while the
    voltage drop uses the current itself. ``voltage_v`` is line-to-line for two- and three-phase
    circuits. ``max_gauge`` is an upper bound on the conductor size ("8", "2/0", "250 kcmil").
    """

    length_m: float  # one way
    current_a: float
    voltage_v: float = 220.0
    material: Material = Material.CU
    phases: int = 2
    temperature_c: int | None = None  # None = auto: 60 °C up to 100 A, else 75 °C (NEC 110.14(C))
    max_lines: int = 1  # parallel sets allowed
    max_gauge: str | None = None
    conduit: Conduit | None = None
    ground: Ground = Ground.ONE
    max_drop_pct: float = DEFAULT_MAX_DROP_PCT
    continuous_load: bool = False


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"  # no cable (or no conduit) could be given


# code -> (severity, English template). The GUI translates by code and formats with ``params``.
WARNING_MESSAGES: Mapping[str, tuple[Severity, str]] = {
    "no_size_for_current": (
        Severity.ERROR,
        "No {material_name} conductor up to {largest} carries {current_a} A in the {temperature_c} °C "
        "column with up to {max_lines} parallel set(s).",
    ),
    "voltage_drop_over_limit": (
        Severity.ERROR,
        "No size keeps the voltage drop within {limit_pct} %; the closest is {lines} × {size} "
        "with {drop_pct} %.",
    ),
    "max_gauge_too_small": (
        Severity.ERROR,
        "The maximum gauge {max_gauge} is too small: {lines} × {size} would be needed.",
    ),
    "parallel_from_1_0_only": (
        Severity.INFO,
        "Conductors are run in parallel only at 1/0 AWG and larger (NEC 310.10(G)).",
    ),
    "parallel_adjusted": (
        Severity.INFO,
        "{lines} parallel sets in one raceway are {current_carrying} current-carrying conductors: "
        "ampacity × {factor} (NEC Table 310.15(C)(1)).",
    ),
    "continuous_load": (
        Severity.INFO,
        "Continuous load: conductors sized for 125 % of {current_a} A = {design_current_a} A.",
    ),
    "terminations_90c": (
        Severity.WARNING,
        "90 °C column: terminations are usually rated 60 °C or 75 °C (NEC 110.14(C)); check the equipment.",
    ),
    "ground_optional": (Severity.INFO, "The ground conductor is optional; the conduit is sized with it."),
    "no_conduit_data": (
        Severity.WARNING,
        "No conduit fill data for {size}: NEC Chapter 9 Table 5 lists no THHN conductor of that size.",
    ),
    "conduit_too_small": (
        Severity.WARNING,
        "{wires} conductors of {size} do not fit in the largest {conduit} ({trade}).",
    ),
    "conduit_at_fill_limit": (
        Severity.INFO,
        '{trade}" {conduit} is exactly at its fill limit with {wires} conductors; '
        "the next size up eases pulling.",
    ),
}


@dataclass(frozen=True)
class AwgWarning:
    """One finding about a calculation: stable ``code``, severity, English text, its values."""

    code: str
    severity: Severity
    message: str
    params: Mapping[str, Param] = field(default_factory=dict)


def make_warning(code: str, **params: Param) -> AwgWarning:
    severity, template = WARNING_MESSAGES[code]
    return AwgWarning(code, severity, template.format(**params), params)


@dataclass(frozen=True, kw_only=True)
class CableChoice:
    """One candidate: ``lines`` parallel sets of ``size`` and how it performs."""

    size: ConductorSize
    lines: int
    conductor_ampacity_a: float  # one conductor, Table 310.16 column capped by 240.4(D)
    adjustment_factor: float  # Table 310.15(C)(1) for all current-carrying conductors
    ampacity_a: float  # whole run: conductor × lines × factor
    resistance_ohm_per_km: float  # one conductor, 75 °C
    voltage_drop_v: float
    voltage_drop_pct: float


@dataclass(frozen=True, kw_only=True)
class AwgResult:
    """Outcome of a calculation. ``choice`` is None when no cable satisfies the request; then
    ``closest`` may hold the lowest-drop candidate that carries the current, for information."""

    request: AwgRequest
    choice: CableChoice | None
    closest: CableChoice | None
    temperature_c: int  # ampacity column used
    design_current_a: float  # current the ampacity must cover (125 % for continuous loads)
    conductors_per_set: int  # current-carrying: 2 for 1- and 2-phase, 3 for 3-phase
    grounds_per_set: int
    conduit: ConduitFit | None
    warnings: tuple[AwgWarning, ...] = ()

    @property
    def found(self) -> bool:
        return self.choice is not None

    @property
    def gauge(self) -> str | None:
        """``"8 AWG"``, ``"1/0 AWG"``, ``"250 kcmil"``; None when no cable was found."""
        return None if self.choice is None else self.choice.size.label

    @property
    def lines(self) -> int:
        return 0 if self.choice is None else self.choice.lines

    @property
    def voltage_drop_v(self) -> float | None:
        return None if self.choice is None else self.choice.voltage_drop_v

    @property
    def voltage_drop_pct(self) -> float | None:
        return None if self.choice is None else self.choice.voltage_drop_pct

    @property
    def end_voltage_v(self) -> float | None:
        return None if self.choice is None else self.request.voltage_v - self.choice.voltage_drop_v

    @property
    def ground_optional(self) -> bool:
        return Ground(self.request.ground) is Ground.MAYBE

    @property
    def conductors(self) -> int:
        return self.lines * self.conductors_per_set

    @property
    def grounds(self) -> int:
        return self.lines * self.grounds_per_set

    @property
    def cables(self) -> str | None:
        """Cable count ``"conductors+grounds"`` (``"2+1"``; ``"2+[1]"`` when the ground is optional)."""
        if self.choice is None:
            return None
        grounds = f"[{self.grounds}]" if self.ground_optional else str(self.grounds)
        return f"{self.conductors}+{grounds}"

    @property
    def conductor_length_m(self) -> float:
        return self.conductors * self.request.length_m

    @property
    def ground_length_m(self) -> float:
        return self.grounds * self.request.length_m

    @property
    def total_length(self) -> str | None:
        """Cable to buy, ``"conductor m+ground m"`` (``"60+30"``)."""
        if self.choice is None:
            return None
        return f"{self.conductor_length_m:g}+{self.ground_length_m:g}"

    @property
    def warning_codes(self) -> tuple[str, ...]:
        return tuple(warning.code for warning in self.warnings)
