"""AWG tables, conduit fill and presets."""

import pytest

from arthexis_desktop.core.awg import (
    CONDUIT_TRADE_SIZES,
    PRESET_BY_KEY,
    PRESETS,
    SIZE_BY_KEY,
    SIZES,
    AwgPreset,
    AwgRequest,
    Conduit,
    Material,
    ampacity_a,
    calculate_awg,
    conduit_fit,
    max_wires,
    parse_size,
    resistance_ohm_per_km,
    sizes_for,
    validate,
)
from arthexis_desktop.core.awg.tables import RESISTANCE_OHM_PER_KFT, adjustment_factor


def test_sizes_run_from_18_awg_to_1000_kcmil_in_order() -> None:
    keys = [size.key for size in SIZES]
    assert keys[:3] == ["18", "16", "14"]
    assert {"1/0", "4/0", "250", "300", "350", "400", "500", "1000"} <= set(keys)
    assert [size.rank for size in SIZES] == list(range(len(SIZES)))
    areas = [size.area_kcmil for size in SIZES]
    assert areas == sorted(areas)
    assert SIZE_BY_KEY["4/0"].label == "4/0 AWG"
    assert SIZE_BY_KEY["250"].label == "250 kcmil"


@pytest.mark.parametrize("material", list(Material))
def test_resistance_falls_and_ampacity_rises_with_size(material: Material) -> None:
    sizes = sizes_for(material)
    resistances = [resistance_ohm_per_km(size, material) for size in sizes]
    assert resistances == sorted(resistances, reverse=True)
    for temperature_c in (60, 75, 90):
        amps = [ampacity_a(size, material, temperature_c) for size in sizes]
        listed = [a for a in amps if a is not None]
        assert listed == sorted(listed)


def test_aluminium_resistance_is_about_1_64_times_copper() -> None:
    for key, (cu, al) in RESISTANCE_OHM_PER_KFT.items():
        assert 1.60 <= al / cu <= 1.68, key


def test_resistance_units() -> None:
    # #8 copper: 0.778 Ω/kft (Table 8) = 2.5525 Ω/km; original used 2.061 Ω/km (20 °C)
    assert resistance_ohm_per_km(SIZE_BY_KEY["8"], Material.CU) == pytest.approx(2.5525, abs=1e-4)
    assert resistance_ohm_per_km(SIZE_BY_KEY["8"], Material.AL) == pytest.approx(4.1995, abs=1e-4)


def test_ampacity_columns_and_small_conductor_limits() -> None:
    cu_14 = SIZE_BY_KEY["14"]
    assert [ampacity_a(cu_14, Material.CU, t) for t in (60, 75, 90)] == [15, 15, 15]  # 240.4(D)
    assert [ampacity_a(SIZE_BY_KEY["1/0"], Material.CU, t) for t in (60, 75, 90)] == [125, 150, 170]
    assert [ampacity_a(SIZE_BY_KEY["500"], Material.AL, t) for t in (60, 75, 90)] == [260, 310, 350]
    assert ampacity_a(SIZE_BY_KEY["16"], Material.CU, 75) is None
    assert ampacity_a(SIZE_BY_KEY["16"], Material.CU, 90) == 10
    assert ampacity_a(SIZE_BY_KEY["14"], Material.AL, 90) is None
    assert sizes_for(Material.AL)[0].key == "12"


@pytest.mark.parametrize(
    ("conductors", "factor"), [(2, 1.0), (3, 1.0), (4, 0.8), (6, 0.8), (9, 0.7), (12, 0.5)]
)
def test_adjustment_factors(conductors: int, factor: float) -> None:
    assert adjustment_factor(conductors) == factor


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("8", "8"),
        ("#8", "8"),
        ("8 AWG", "8"),
        ("1/0", "1/0"),
        ("0", "1/0"),
        ("00", "2/0"),
        ("0000", "4/0"),
        ("4/0 awg", "4/0"),
        ("250", "250"),
        ("250 kcmil", "250"),
        ("500MCM", "500"),
        (14, "14"),
    ],
)
def test_parse_size(text: str | int, key: str) -> None:
    assert parse_size(text).key == key


@pytest.mark.parametrize("text", ["5", "20", "00000", "1/5", "", "abc", "260 kcmil"])
def test_parse_size_rejects_unknown_sizes(text: str) -> None:
    with pytest.raises(ValueError):
        parse_size(text)


def test_conduit_counts_match_annex_c_for_8_awg_thhn_in_emt() -> None:
    # NEC Annex C Table C.1 (and the original suite's EMT fixture column for #8)
    counts = [max_wires(trade, SIZE_BY_KEY["8"]) for trade in CONDUIT_TRADE_SIZES[Conduit.EMT]]
    assert counts == [3, 6, 9, 16, 22, 36, 64, 96, 126, 161]


def test_conduit_counts_for_small_wires() -> None:
    half_inch_emt = CONDUIT_TRADE_SIZES[Conduit.EMT][0]
    assert max_wires(half_inch_emt, SIZE_BY_KEY["14"]) == 12
    assert max_wires(half_inch_emt, SIZE_BY_KEY["12"]) == 9
    assert max_wires(half_inch_emt, SIZE_BY_KEY["16"]) is None


def test_conduit_fit_picks_the_smallest_trade_size() -> None:
    fit = conduit_fit(conduit=Conduit.EMT, size=SIZE_BY_KEY["8"], wires=3)
    assert fit.trade_size is not None and fit.trade_size.designator == "1/2"
    assert fit.at_fill_limit
    assert fit.trade_size.label == '1/2" (16)'
    fit = conduit_fit(conduit=Conduit.EMT, size=SIZE_BY_KEY["8"], wires=4)
    assert fit.trade_size is not None and fit.trade_size.designator == "3/4"
    assert not fit.at_fill_limit


def test_conduit_fit_two_wires_use_31_percent() -> None:
    # 2 × #4 THHN = 0.1648 in²; 3/4" EMT 0.533 × 31 % = 0.165 → fits; 1/2" (0.0942) does not
    fit = conduit_fit(conduit=Conduit.EMT, size=SIZE_BY_KEY["4"], wires=2)
    assert fit.trade_size is not None and fit.trade_size.designator == "3/4"


def test_conduit_types_and_rmc_goes_to_6_inch() -> None:
    assert set(CONDUIT_TRADE_SIZES) == set(Conduit)
    assert CONDUIT_TRADE_SIZES[Conduit.RMC][-1].designator == "6"
    for trades in CONDUIT_TRADE_SIZES.values():
        areas = [trade.area_in2 for trade in trades]
        assert areas == sorted(areas)
    fit = conduit_fit(conduit=Conduit.EMT, size=SIZE_BY_KEY["1000"], wires=8)
    assert fit.trade_size is None and fit.reason == "conduit_too_small"


def test_presets_are_valid_and_calculate() -> None:
    assert [p.key for p in PRESETS] == [
        "ev_residential",
        "ev_32a_240v_1ph",
        "ev_32a_400v_3ph",
        "dc_fast_feeder",
    ]
    for preset in PRESETS:
        request = preset.to_request(length_m=30)
        assert validate(request) == []
        assert calculate_awg(request).found, preset.key


def test_residential_preset_matches_the_original_seed() -> None:
    preset = PRESET_BY_KEY["ev_residential"]
    assert preset.name == "EV charger — single vehicle residential"
    request = preset.to_request(length_m=30)
    assert (request.current_a, request.voltage_v, request.material, request.phases) == (
        40,
        220,
        Material.CU,
        2,
    )
    assert calculate_awg(request).gauge == "8 AWG"


def test_dc_fast_feeder_preset() -> None:
    result = calculate_awg(PRESET_BY_KEY["dc_fast_feeder"].to_request(length_m=50))
    # 200 A continuous → 250 A at 75 °C → 250 kcmil (255 A); √3 × 0.05 × 200 × 0.1690 = 2.93 V
    assert result.design_current_a == 250
    assert (result.gauge, result.lines) == ("250 kcmil", 1)
    assert result.voltage_drop_v == pytest.approx(3**0.5 * 0.050 * 200 * 0.0515 / 0.3048)


def test_user_preset_round_trips_a_request() -> None:
    request = AwgRequest(
        length_m=12, current_a=63, voltage_v=400, phases=3, max_gauge="4", conduit=Conduit.IMC
    )
    preset = AwgPreset.from_request(request, key="mine", name="Garage")
    assert preset.to_request(length_m=12) == request
