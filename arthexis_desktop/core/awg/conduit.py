"""Smallest conduit trade size for a set of same-size conductors (NEC Chapter 9 Tables 1, 4, 5).

Every conductor of the run — all parallel sets and their grounds — goes in one conduit, all of
the cable's size (a conservative assumption: a code-minimum grounding conductor, NEC 250.122,
is often smaller). An exact fit is allowed: the 40 % fill limit already is the margin, so unlike
the original suite the next size is not forced; :attr:`ConduitFit.at_fill_limit` tells the
caller, which warns.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from arthexis_desktop.core.awg.tables import (
    CONDUIT_LABELS,
    CONDUIT_TRADE_SIZES,
    FILL_MORE_WIRES,
    FILL_ONE_WIRE,
    FILL_TWO_WIRES,
    INSULATED_AREA_IN2,
    NOTE_7_ROUND_UP_FRACTION,
    ConductorSize,
    Conduit,
    TradeSize,
)

NO_CONDUIT_DATA = "no_conduit_data"
CONDUIT_TOO_SMALL = "conduit_too_small"


@dataclass(frozen=True, kw_only=True)
class ConduitFit:
    """Result of :func:`conduit_fit`: a trade size, or None and the reason code."""

    conduit: Conduit
    wires: int
    trade_size: TradeSize | None
    max_wires: int | None  # conductors of this size the chosen trade size holds (40 % fill)
    reason: str | None  # None, NO_CONDUIT_DATA or CONDUIT_TOO_SMALL

    @property
    def conduit_label(self) -> str:
        return CONDUIT_LABELS[self.conduit]

    @property
    def at_fill_limit(self) -> bool:
        """True when the chosen size holds exactly ``wires`` and not one more."""
        return self.trade_size is not None and self.max_wires == self.wires


def max_wires(trade: TradeSize, size: ConductorSize) -> int | None:
    """Conductors of ``size`` (THHN) allowed in ``trade`` at 40 % fill, Note 7 rounding applied;
    None when Table 5 has no THHN area for the size (18/16 AWG)."""
    area_in2 = INSULATED_AREA_IN2.get(size.key)
    if area_in2 is None:
        return None
    exact = round(trade.area_in2 * FILL_MORE_WIRES / area_in2, 9)
    whole = math.floor(exact)
    return whole + 1 if exact - whole >= NOTE_7_ROUND_UP_FRACTION else whole


def fits(trade: TradeSize, size: ConductorSize, wires: int) -> bool:
    """Whether ``wires`` conductors of ``size`` are permitted in ``trade`` (Chapter 9 Table 1)."""
    area_in2 = INSULATED_AREA_IN2.get(size.key)
    if area_in2 is None:
        return False
    if wires == 1:
        return area_in2 <= trade.area_in2 * FILL_ONE_WIRE
    if wires == 2:
        return 2 * area_in2 <= trade.area_in2 * FILL_TWO_WIRES
    limit = max_wires(trade, size)
    return limit is not None and wires <= limit


def conduit_fit(*, conduit: Conduit, size: ConductorSize, wires: int) -> ConduitFit:
    """Smallest trade size of ``conduit`` that may hold ``wires`` conductors of ``size``."""
    if size.key not in INSULATED_AREA_IN2:
        return ConduitFit(
            conduit=conduit, wires=wires, trade_size=None, max_wires=None, reason=NO_CONDUIT_DATA
        )
    for trade in CONDUIT_TRADE_SIZES[conduit]:
        if fits(trade, size, wires):
            return ConduitFit(
                conduit=conduit, wires=wires, trade_size=trade, max_wires=max_wires(trade, size), reason=None
            )
    return ConduitFit(conduit=conduit, wires=wires, trade_size=None, max_wires=None, reason=CONDUIT_TOO_SMALL)
