"""Conductor and conduit data of the AWG calculator, as plain tables.

Edition followed: **NFPA 70, National Electrical Code (NEC) 2020**. Article numbers below are
the 2020 ones (the 2017 numbers are given in brackets where they differ).

* Resistance — NEC Chapter 9, **Table 8** "Conductor Properties", DC resistance at 75 °C (167 °F),
  **uncoated copper** and **aluminium** columns, stranded conductors, in Ω per 1000 ft (the
  table's own unit; Ω/km is derived as Ω/kft ÷ 0.3048). Aluminium has its own column: it is
  ≈ 1.64 × copper of the same size (the original suite used the copper values for both).
* Ampacity — NEC **Table 310.16** [2017: 310.15(B)(16)], "not more than three current-carrying
  conductors in raceway", 30 °C ambient, columns 60 °C (TW, UF), 75 °C (THW, THWN, XHHW, USE),
  90 °C (THHN, THWN-2, XHHW-2). 18 and 16 AWG copper appear in the 90 °C column only; aluminium
  starts at 12 AWG.
* Small-conductor limits — NEC **240.4(D)**: the overcurrent device (and therefore the usable
  current) of 18–10 AWG copper and 12–10 AWG aluminium is capped whatever the column says.
* Adjustment for more than three current-carrying conductors — NEC **Table 310.15(C)(1)**
  [2017: 310.15(B)(3)(a)].
* Conduit — NEC Chapter 9 **Table 1** (fill: 1 wire 53 %, 2 wires 31 %, more 40 %) and **Note 7**
  (a count ending in .8 or more rounds up when all conductors are the same size), **Table 4**
  (total internal area, 100 %, in²) for EMT (Art. 358), IMC (Art. 342), RMC (Art. 344) and FMC
  (Art. 348), and **Table 5** (approximate area of THHN/THWN/THWN-2 conductors, in²). The counts
  these give are those of Informative Annex C (e.g. Table C.1, #8 THHN in EMT: 3, 6, 9, 16, 22,
  36, 64, 96, 126, 161 for ½" … 4"). Table 5 has no THHN entry for 18/16 AWG: no conduit data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

FEET_PER_KM = 1000 / 0.3048


class Material(StrEnum):
    CU = "cu"
    AL = "al"


MATERIAL_NAMES: Mapping[Material, str] = {Material.CU: "copper", Material.AL: "aluminium"}


class Conduit(StrEnum):
    EMT = "emt"
    IMC = "imc"
    RMC = "rmc"
    FMC = "fmc"


TEMPERATURES_C: tuple[int, ...] = (60, 75, 90)


@dataclass(frozen=True)
class ConductorSize:
    """One conductor size; ``rank`` orders sizes from thinnest (0) to thickest."""

    key: str  # "14", "1/0", "250"
    rank: int
    area_kcmil: float  # NEC Chapter 9 Table 8 "circular mils" / 1000
    area_mm2: float  # Table 8 metric area

    @property
    def is_kcmil(self) -> bool:
        return self.rank >= _RANK_250

    @property
    def label(self) -> str:
        """``"8 AWG"``, ``"1/0 AWG"``, ``"250 kcmil"``."""
        return f"{self.key} kcmil" if self.is_kcmil else f"{self.key} AWG"

    def __str__(self) -> str:
        return self.label


# key, circular mils (kcmil), mm² — NEC Chapter 9 Table 8, thinnest first.
_SIZE_ROWS: tuple[tuple[str, float, float], ...] = (
    ("18", 1.62, 0.823),
    ("16", 2.58, 1.31),
    ("14", 4.11, 2.08),
    ("12", 6.53, 3.31),
    ("10", 10.38, 5.261),
    ("8", 16.51, 8.367),
    ("6", 26.24, 13.30),
    ("4", 41.74, 21.15),
    ("3", 52.62, 26.67),
    ("2", 66.36, 33.62),
    ("1", 83.69, 42.41),
    ("1/0", 105.6, 53.49),
    ("2/0", 133.1, 67.43),
    ("3/0", 167.8, 85.01),
    ("4/0", 211.6, 107.2),
    ("250", 250.0, 127.0),
    ("300", 300.0, 152.0),
    ("350", 350.0, 177.0),
    ("400", 400.0, 203.0),
    ("500", 500.0, 253.0),
    ("600", 600.0, 304.0),
    ("700", 700.0, 355.0),
    ("750", 750.0, 380.0),
    ("800", 800.0, 405.0),
    ("900", 900.0, 456.0),
    ("1000", 1000.0, 507.0),
)
_RANK_250 = next(rank for rank, row in enumerate(_SIZE_ROWS) if row[0] == "250")
SIZES: tuple[ConductorSize, ...] = tuple(
    ConductorSize(key, rank, kcmil, mm2) for rank, (key, kcmil, mm2) in enumerate(_SIZE_ROWS)
)
SIZE_BY_KEY: Mapping[str, ConductorSize] = {size.key: size for size in SIZES}
SMALLEST_PARALLEL = SIZE_BY_KEY["1/0"]  # NEC 310.10(G) [2017: 310.10(H)]

# DC resistance at 75 °C, Ω/kft, stranded: (uncoated copper, aluminium). NEC Chapter 9 Table 8.
RESISTANCE_OHM_PER_KFT: Mapping[str, tuple[float, float]] = {
    "18": (7.95, 13.1),
    "16": (4.99, 8.21),
    "14": (3.14, 5.17),
    "12": (1.98, 3.25),
    "10": (1.24, 2.04),
    "8": (0.778, 1.28),
    "6": (0.491, 0.808),
    "4": (0.308, 0.508),
    "3": (0.245, 0.403),
    "2": (0.194, 0.319),
    "1": (0.154, 0.253),
    "1/0": (0.122, 0.201),
    "2/0": (0.0967, 0.159),
    "3/0": (0.0766, 0.126),
    "4/0": (0.0608, 0.100),
    "250": (0.0515, 0.0847),
    "300": (0.0429, 0.0707),
    "350": (0.0367, 0.0605),
    "400": (0.0321, 0.0529),
    "500": (0.0258, 0.0424),
    "600": (0.0214, 0.0353),
    "700": (0.0184, 0.0303),
    "750": (0.0171, 0.0282),
    "800": (0.0161, 0.0265),
    "900": (0.0143, 0.0235),
    "1000": (0.0129, 0.0212),
}

# Allowable ampacity (A) in the 60 / 75 / 90 °C columns; None = not listed. NEC Table 310.16.
_AMPACITY_CU: Mapping[str, tuple[int | None, int | None, int | None]] = {
    "18": (None, None, 14),
    "16": (None, None, 18),
    "14": (15, 20, 25),
    "12": (20, 25, 30),
    "10": (30, 35, 40),
    "8": (40, 50, 55),
    "6": (55, 65, 75),
    "4": (70, 85, 95),
    "3": (85, 100, 115),
    "2": (95, 115, 130),
    "1": (110, 130, 145),
    "1/0": (125, 150, 170),
    "2/0": (145, 175, 195),
    "3/0": (165, 200, 225),
    "4/0": (195, 230, 260),
    "250": (215, 255, 290),
    "300": (240, 285, 320),
    "350": (260, 310, 350),
    "400": (280, 335, 380),
    "500": (320, 380, 430),
    "600": (350, 420, 475),
    "700": (385, 460, 520),
    "750": (400, 475, 535),
    "800": (410, 490, 555),
    "900": (435, 520, 585),
    "1000": (455, 545, 615),
}
_AMPACITY_AL: Mapping[str, tuple[int | None, int | None, int | None]] = {
    "12": (15, 20, 25),
    "10": (25, 30, 35),
    "8": (35, 40, 45),
    "6": (40, 50, 55),
    "4": (55, 65, 75),
    "3": (65, 75, 85),
    "2": (75, 90, 100),
    "1": (85, 100, 115),
    "1/0": (100, 120, 135),
    "2/0": (115, 135, 150),
    "3/0": (130, 155, 175),
    "4/0": (150, 180, 205),
    "250": (170, 205, 230),
    "300": (195, 230, 260),
    "350": (210, 250, 280),
    "400": (225, 270, 305),
    "500": (260, 310, 350),
    "600": (285, 340, 385),
    "700": (315, 375, 425),
    "750": (320, 385, 435),
    "800": (330, 395, 445),
    "900": (355, 425, 480),
    "1000": (375, 445, 500),
}
AMPACITY_A: Mapping[Material, Mapping[str, tuple[int | None, int | None, int | None]]] = {
    Material.CU: _AMPACITY_CU,
    Material.AL: _AMPACITY_AL,
}

# NEC 240.4(D): maximum overcurrent protection of small conductors (A).
SMALL_CONDUCTOR_LIMIT_A: Mapping[Material, Mapping[str, int]] = {
    Material.CU: {"18": 7, "16": 10, "14": 15, "12": 20, "10": 30},
    Material.AL: {"12": 15, "10": 25},
}

# NEC Table 310.15(C)(1): (up to this many current-carrying conductors, factor).
ADJUSTMENT_FACTORS: tuple[tuple[int, float], ...] = (
    (3, 1.0),
    (6, 0.8),
    (9, 0.7),
    (20, 0.5),
    (30, 0.45),
    (40, 0.4),
)
ADJUSTMENT_FACTOR_ABOVE_40 = 0.35

# NEC Chapter 9 Table 1.
FILL_ONE_WIRE = 0.53
FILL_TWO_WIRES = 0.31
FILL_MORE_WIRES = 0.40
NOTE_7_ROUND_UP_FRACTION = 0.8


@dataclass(frozen=True)
class TradeSize:
    """A conduit trade size: US designator, metric designator and internal area (100 %)."""

    designator: str  # "1 1/4"
    metric: int  # 35
    area_in2: float

    @property
    def label(self) -> str:
        """``'1 1/4" (35)'``."""
        return f'{self.designator}" ({self.metric})'


_METRIC = {"1/2": 16, "3/4": 21, "1": 27, "1 1/4": 35, "1 1/2": 41, "2": 53, "2 1/2": 63}
_METRIC |= {"3": 78, "3 1/2": 91, "4": 103, "5": 129, "6": 155}


def _trades(*rows: tuple[str, float]) -> tuple[TradeSize, ...]:
    return tuple(TradeSize(name, _METRIC[name], area) for name, area in rows)


_COMMON = ("1/2", "3/4", "1", "1 1/4", "1 1/2", "2", "2 1/2", "3", "3 1/2", "4")

# Total internal area (in², 100 %), NEC Chapter 9 Table 4, smallest first.
CONDUIT_TRADE_SIZES: Mapping[Conduit, tuple[TradeSize, ...]] = {
    Conduit.EMT: _trades(
        *zip(_COMMON, (0.304, 0.533, 0.864, 1.496, 2.036, 3.356, 5.858, 8.846, 11.545, 14.753), strict=True)
    ),
    Conduit.IMC: _trades(
        *zip(_COMMON, (0.342, 0.586, 0.959, 1.647, 2.225, 3.630, 5.135, 7.922, 10.584, 13.631), strict=True)
    ),
    Conduit.RMC: _trades(
        *zip(
            (*_COMMON, "5", "6"),
            (0.314, 0.549, 0.887, 1.526, 2.071, 3.408, 4.866, 7.499, 10.010, 12.882, 20.212, 29.158),
            strict=True,
        )
    ),
    Conduit.FMC: _trades(
        *zip(_COMMON, (0.317, 0.533, 0.817, 1.277, 1.858, 3.269, 4.909, 7.069, 9.621, 12.566), strict=True)
    ),
}
# English labels as in the original suite (the GUI translates by conduit value).
CONDUIT_LABELS: Mapping[Conduit, str] = {
    Conduit.EMT: "EMT (Thin-wall)",
    Conduit.IMC: "IMC (Intermediate)",
    Conduit.RMC: "RMC (Heavy-wall)",
    Conduit.FMC: "FMC (Flex)",
}

# Approximate area (in²) of THHN / THWN / THWN-2 conductors, NEC Chapter 9 Table 5.
INSULATED_AREA_IN2: Mapping[str, float] = {
    "14": 0.0097,
    "12": 0.0133,
    "10": 0.0211,
    "8": 0.0366,
    "6": 0.0507,
    "4": 0.0824,
    "3": 0.0973,
    "2": 0.1158,
    "1": 0.1562,
    "1/0": 0.1855,
    "2/0": 0.2223,
    "3/0": 0.2679,
    "4/0": 0.3237,
    "250": 0.3970,
    "300": 0.4608,
    "350": 0.5242,
    "400": 0.5863,
    "500": 0.7073,
    "600": 0.8676,
    "700": 0.9887,
    "750": 1.0496,
    "800": 1.1085,
    "900": 1.2311,
    "1000": 1.3478,
}


def resistance_ohm_per_km(size: ConductorSize, material: Material) -> float:
    """DC resistance at 75 °C of one conductor (NEC Chapter 9 Table 8), Ω/km."""
    cu, al = RESISTANCE_OHM_PER_KFT[size.key]
    return (cu if material is Material.CU else al) * FEET_PER_KM / 1000


def sizes_for(material: Material) -> tuple[ConductorSize, ...]:
    """Sizes with at least one listed ampacity for ``material``, thinnest first."""
    table = AMPACITY_A[material]
    return tuple(size for size in SIZES if size.key in table)


def ampacity_a(size: ConductorSize, material: Material, temperature_c: int) -> float | None:
    """Usable current of one conductor: Table 310.16 column, capped by 240.4(D); None if unlisted."""
    row = AMPACITY_A[material].get(size.key)
    if row is None:
        return None
    column = row[TEMPERATURES_C.index(temperature_c)]
    if column is None:
        return None
    limit = SMALL_CONDUCTOR_LIMIT_A[material].get(size.key)
    return float(column if limit is None else min(column, limit))


def adjustment_factor(current_carrying: int) -> float:
    """Table 310.15(C)(1) factor for ``current_carrying`` conductors in one raceway."""
    for up_to, factor in ADJUSTMENT_FACTORS:
        if current_carrying <= up_to:
            return factor
    return ADJUSTMENT_FACTOR_ABOVE_40


def parse_size(text: str | int) -> ConductorSize:
    """Read a size as people write it: ``8``, ``#8``, ``8 AWG``, ``1/0``, ``0``, ``00``, ``2/0``,
    ``250``, ``250 kcmil``, ``250MCM``. Raises ``ValueError`` for anything else."""
    raw = str(text).strip().lower().replace(" ", "")
    for suffix in ("kcmil", "mcm", "awg", "ga"):
        if raw.endswith(suffix):
            raw = raw[: -len(suffix)]
            break
    raw = raw.removeprefix("#").removeprefix("awg")
    if raw and set(raw) == {"0"} and len(raw) <= 4:
        raw = f"{len(raw)}/0"  # 0 = 1/0, 00 = 2/0, 000 = 3/0, 0000 = 4/0
    if raw.isdigit():
        raw = str(int(raw))
    size = SIZE_BY_KEY.get(raw)
    if size is None:
        raise ValueError(f"unknown conductor size {text!r}")
    return size
