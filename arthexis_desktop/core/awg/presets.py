"""Calculator presets as data: every input except the site-specific run length.

The user's own presets are the same value (:meth:`AwgPreset.from_request`); storing them is the
storage layer's job.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from arthexis_desktop.core.awg.model import DEFAULT_MAX_DROP_PCT, AwgRequest, Ground
from arthexis_desktop.core.awg.tables import Conduit, Material


@dataclass(frozen=True, kw_only=True)
class AwgPreset:
    """Named inputs; ``name`` and ``description`` are English source strings (the GUI translates
    built-in ones by ``key``)."""

    key: str
    name: str
    description: str = ""
    current_a: float
    voltage_v: float
    material: Material = Material.CU
    phases: int = 2
    temperature_c: int | None = None
    max_lines: int = 1
    max_gauge: str | None = None
    conduit: Conduit | None = None
    ground: Ground = Ground.ONE
    max_drop_pct: float = DEFAULT_MAX_DROP_PCT
    continuous_load: bool = False

    def to_request(self, *, length_m: float) -> AwgRequest:
        values = {f.name: getattr(self, f.name) for f in fields(AwgRequest) if f.name != "length_m"}
        return AwgRequest(length_m=length_m, **values)

    @classmethod
    def from_request(cls, request: AwgRequest, *, key: str, name: str, description: str = "") -> AwgPreset:
        values = {f.name: getattr(request, f.name) for f in fields(AwgRequest) if f.name != "length_m"}
        return cls(key=key, name=name, description=description, **values)


PRESETS: tuple[AwgPreset, ...] = (
    # The original suite's seed template (arthexis-behaviour §3.1): 40 A is the circuit rating of a
    # 32 A (7 kW) wall box, so no further 125 % factor; 60 °C column as in the original seed.
    AwgPreset(
        key="ev_residential",
        name="EV charger — single vehicle residential",
        description="7 kW wall box on a 40 A, 220 V two-phase circuit, copper.",
        current_a=40,
        voltage_v=220,
        phases=2,
        temperature_c=60,
        ground=Ground.ONE,
    ),
    AwgPreset(
        key="ev_32a_240v_1ph",
        name="EV charger — 32 A, 240 V single-phase",
        description="7.4 kW charger; continuous load, conductors sized for 40 A.",
        current_a=32,
        voltage_v=240,
        phases=1,
        continuous_load=True,
    ),
    AwgPreset(
        key="ev_32a_400v_3ph",
        name="EV charger — 32 A, 400 V three-phase",
        description="22 kW charger; continuous load, conductors sized for 40 A.",
        current_a=32,
        voltage_v=400,
        phases=3,
        continuous_load=True,
    ),
    # Assumption: a 150 kW DC fast charger fed at 480 V three-phase. Input ≈ 150 kW / 0.95
    # efficiency / 0.99 power factor = 159.5 kVA → 159.5 kVA / (√3 × 480 V) = 192 A; nameplate
    # input current taken as 200 A, continuous (→ 250 A), up to 2 parallel sets, 75 °C terminations.
    AwgPreset(
        key="dc_fast_feeder",
        name="DC fast charger feeder — 150 kW, 480 V three-phase",
        description="Feeder to a 150 kW DC charger (200 A input, continuous); up to 2 parallel sets.",
        current_a=200,
        voltage_v=480,
        phases=3,
        temperature_c=75,
        max_lines=2,
        continuous_load=True,
    ),
)
PRESET_BY_KEY = {preset.key: preset for preset in PRESETS}
