"""AWG cable calculator (arthexis-behaviour §3), pure and table-driven.

``calculate_awg(AwgRequest(...)) -> AwgResult``; ``validate(request) -> list[FieldError]``.
Sources of the tables and the corrections to the original suite: see :mod:`.tables` and
:mod:`.calculator`, and the README section "AWG cable calculator".
"""

from arthexis_desktop.core.awg.calculator import (
    auto_temperature_c,
    calculate_awg,
    design_current_a,
    evaluate,
    validate,
    voltage_drop_v,
)
from arthexis_desktop.core.awg.conduit import ConduitFit, conduit_fit, max_wires
from arthexis_desktop.core.awg.model import (
    WARNING_MESSAGES,
    AwgRequest,
    AwgResult,
    AwgWarning,
    CableChoice,
    Ground,
    Severity,
)
from arthexis_desktop.core.awg.presets import PRESET_BY_KEY, PRESETS, AwgPreset
from arthexis_desktop.core.awg.tables import (
    CONDUIT_LABELS,
    CONDUIT_TRADE_SIZES,
    SIZE_BY_KEY,
    SIZES,
    ConductorSize,
    Conduit,
    Material,
    TradeSize,
    ampacity_a,
    parse_size,
    resistance_ohm_per_km,
    sizes_for,
)
from arthexis_desktop.core.calculators import CalculatorInputError, FieldError

__all__ = [
    "CONDUIT_LABELS",
    "CONDUIT_TRADE_SIZES",
    "PRESETS",
    "PRESET_BY_KEY",
    "SIZES",
    "SIZE_BY_KEY",
    "WARNING_MESSAGES",
    "AwgPreset",
    "AwgRequest",
    "AwgResult",
    "AwgWarning",
    "CableChoice",
    "CalculatorInputError",
    "ConductorSize",
    "Conduit",
    "ConduitFit",
    "FieldError",
    "Ground",
    "Material",
    "Severity",
    "TradeSize",
    "ampacity_a",
    "auto_temperature_c",
    "calculate_awg",
    "conduit_fit",
    "design_current_a",
    "evaluate",
    "max_wires",
    "parse_size",
    "resistance_ohm_per_km",
    "sizes_for",
    "validate",
    "voltage_drop_v",
]
