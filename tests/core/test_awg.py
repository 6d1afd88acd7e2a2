"""AWG calculator: the worked examples of arthexis-behaviour §3.4, re-derived, and each correction.

Resistances are NEC Chapter 9 Table 8 (75 °C, stranded) in Ω/kft; Ω/km = Ω/kft / 0.3048.
The original suite used ~20 °C copper values for both metals (e.g. #8: 2.061 Ω/km), so every
drop below is larger than in §3.4, and some gauges change; the "original" comments quote §3.4.
"""

import math

import pytest

from arthexis_desktop.core.awg import (
    AwgRequest,
    CalculatorInputError,
    Conduit,
    Ground,
    Material,
    calculate_awg,
)

SQRT3 = math.sqrt(3)


def ohm_per_km(ohm_per_kft: float) -> float:
    return ohm_per_kft / 0.3048


R_CU_8 = ohm_per_km(0.778)  # 2.5525 Ω/km (original: 2.061)
R_CU_6 = ohm_per_km(0.491)  # 1.6109
R_CU_2 = ohm_per_km(0.194)  # 0.6365
R_CU_1 = ohm_per_km(0.154)  # 0.5052
R_CU_1_0 = ohm_per_km(0.122)  # 0.4003
R_CU_2_0 = ohm_per_km(0.0967)  # 0.3173
R_CU_3_0 = ohm_per_km(0.0766)  # 0.2513
R_CU_350 = ohm_per_km(0.0367)  # 0.1204
R_AL_6 = ohm_per_km(0.808)  # 2.6509
R_AL_4 = ohm_per_km(0.508)  # 1.6667
R_AL_3 = ohm_per_km(0.403)  # 1.3222


def approx(value: float) -> object:
    return pytest.approx(value, rel=1e-9)


# --- §3.4 worked examples -------------------------------------------------------------------


def test_example_1_30m_40a_220v_two_phase_60c() -> None:
    result = calculate_awg(
        AwgRequest(length_m=30, current_a=40, voltage_v=220, phases=2, temperature_c=60, ground=Ground.ONE)
    )
    # #10 carries 30 A < 40 A at 60 °C; #8 carries 40 A.
    # drop = 2 × 0.030 km × 40 A × 2.5525 Ω/km = 6.126 V → 6.126 / 220 = 2.785 % ≤ 3 %
    # (original: 2 × 30 × 40 / 1000 × 2.061 = 4.946 V, 2.25 %)
    drop_v = 2 * 0.030 * 40 * R_CU_8
    assert result.gauge == "8 AWG"
    assert result.lines == 1
    assert result.voltage_drop_v == approx(drop_v)
    assert result.voltage_drop_v == pytest.approx(6.126, abs=1e-3)
    assert result.voltage_drop_pct == pytest.approx(2.785, abs=1e-3)
    assert result.end_voltage_v == approx(220 - drop_v)
    assert result.cables == "2+1"
    assert result.total_length == "60+30"
    assert result.temperature_c == 60


def test_example_2_50m_auto_temperature_goes_to_6() -> None:
    result = calculate_awg(AwgRequest(length_m=50, current_a=40, voltage_v=220))
    # #8: 2 × 0.050 × 40 × 2.5525 = 10.210 V = 4.64 % → rejected
    pct_8 = 2 * 0.050 * 40 * R_CU_8 / 220 * 100
    assert pct_8 == pytest.approx(4.641, abs=1e-3)
    # #6: 2 × 0.050 × 40 × 1.6109 = 6.444 V = 2.93 % (original: 5.184 V, 2.36 %) — same gauge
    assert result.gauge == "6 AWG"
    assert result.voltage_drop_v == approx(2 * 0.050 * 40 * R_CU_6)
    assert result.voltage_drop_pct == pytest.approx(2.929, abs=1e-3)
    assert result.temperature_c == 60  # auto: ≤ 100 A → 60 °C


def test_example_3_150m_changes_from_2_to_1_with_75c_resistance() -> None:
    result = calculate_awg(AwgRequest(length_m=150, current_a=40, voltage_v=220, temperature_c=60))
    # #2: 2 × 0.150 × 40 × 0.6365 = 7.638 V = 3.47 % → rejected (original accepted #2 at 2.80 %
    #     because it used the 20 °C resistance 0.5127 Ω/km)
    pct_2 = 2 * 0.150 * 40 * R_CU_2 / 220 * 100
    assert pct_2 == pytest.approx(3.472, abs=1e-3)
    # #1: 2 × 0.150 × 40 × 0.5052 = 6.063 V = 2.756 %
    assert result.gauge == "1 AWG"
    assert result.voltage_drop_v == approx(2 * 0.150 * 40 * R_CU_1)
    assert result.voltage_drop_pct == pytest.approx(2.756, abs=1e-3)


def test_example_4_single_phase_counts_the_return_conductor() -> None:
    result = calculate_awg(AwgRequest(length_m=25, current_a=32, voltage_v=240, phases=1))
    # #10 carries 30 A < 32 A; #8: 2 × 0.025 × 32 × 2.5525 = 4.084 V = 1.70 % (orig. 3.298 V, 1.37 %)
    assert result.gauge == "8 AWG"
    assert result.voltage_drop_v == approx(2 * 0.025 * 32 * R_CU_8)
    assert result.voltage_drop_pct == pytest.approx(1.702, abs=1e-3)
    # the drop formula counts out-and-back (× 2), so the cable count does too:
    # original "1+1" / "25+25"; now line + neutral + ground
    assert result.cables == "2+1"
    assert result.total_length == "50+25"


def test_example_5_three_phase_100a_emt_exact_fit_is_kept() -> None:
    result = calculate_awg(
        AwgRequest(length_m=80, current_a=100, voltage_v=400, phases=3, conduit=Conduit.EMT)
    )
    # 60 °C (≤ 100 A): #2 carries 95 A < 100 A, #1 110 A.
    # drop = √3 × 0.080 × 100 × 0.5052 = 7.001 V = 1.75 % (original 5.634 V, 1.41 %)
    assert result.gauge == "1 AWG"
    assert result.voltage_drop_v == approx(SQRT3 * 0.080 * 100 * R_CU_1)
    assert result.voltage_drop_pct == pytest.approx(1.750, abs=1e-3)
    assert result.cables == "3+1"
    # 4 × #1 THHN (0.1562 in²) in 1 1/4" EMT: 1.496 × 40 % = 0.5984 in² → 3.83 → Note 7 → 4.
    # Exactly full is allowed; the original bumped to 1 1/2". We keep 1 1/4" and warn.
    assert result.conduit is not None and result.conduit.trade_size is not None
    count_1_1_4 = 1.496 * 0.40 / 0.1562
    assert count_1_1_4 == pytest.approx(3.831, abs=1e-3)
    assert result.conduit.trade_size.designator == "1 1/4"
    assert result.conduit.max_wires == 4
    assert "conduit_at_fill_limit" in result.warning_codes


def test_example_6_single_3_0_instead_of_two_parallel_3() -> None:
    result = calculate_awg(
        AwgRequest(length_m=100, current_a=200, voltage_v=480, phases=3, max_lines=2, conduit=Conduit.EMT)
    )
    # original: 2 × #3 (parallel below 1/0, no derating), 11.198 V, 2.33 %, "6+2", 2" EMT.
    # now: 75 °C (> 100 A); a single run first: 2/0 175 A < 200 A, 3/0 200 A ≥ 200 A;
    # drop = √3 × 0.100 × 200 × 0.2513 = 8.706 V = 1.81 %
    assert result.temperature_c == 75
    assert result.gauge == "3/0 AWG"
    assert result.lines == 1
    assert result.voltage_drop_v == approx(SQRT3 * 0.100 * 200 * R_CU_3_0)
    assert result.voltage_drop_pct == pytest.approx(1.814, abs=1e-3)
    assert result.cables == "3+1"
    # 4 × 3/0 THHN (0.2679 in²): 1 1/2" EMT 2.036 × 0.4 / 0.2679 = 3.04 → 3 < 4; 2": 5.01 → 5
    assert result.conduit is not None and result.conduit.trade_size is not None
    assert result.conduit.trade_size.designator == "2"


def test_example_7_single_2_0_instead_of_three_parallel_4() -> None:
    result = calculate_awg(AwgRequest(length_m=60, current_a=150, voltage_v=220, max_lines=3))
    # original: 3 × #4 (4.891 V, 2.22 %). Now single runs first, 75 °C:
    # 1/0 (150 A): 2 × 0.060 × 150 × 0.4003 = 7.205 V = 3.27 % → rejected
    pct_1_0 = 2 * 0.060 * 150 * R_CU_1_0 / 220 * 100
    assert pct_1_0 == pytest.approx(3.275, abs=1e-3)
    # 2/0: 2 × 0.060 × 150 × 0.3173 = 5.711 V = 2.60 %
    assert result.gauge == "2/0 AWG"
    assert result.lines == 1
    assert result.voltage_drop_v == approx(2 * 0.060 * 150 * R_CU_2_0)
    assert result.voltage_drop_pct == pytest.approx(2.596, abs=1e-3)
    assert result.cables == "2+1"


# --- corrections ------------------------------------------------------------------------------


def test_aluminium_uses_aluminium_resistance() -> None:
    result = calculate_awg(AwgRequest(length_m=50, current_a=40, voltage_v=220, material=Material.AL))
    # original: Al #6 (40 A) with the copper 1.296 Ω/km → 5.184 V, 2.36 % → "#6"
    # Al #6: 2 × 0.050 × 40 × 2.6509 = 10.604 V = 4.82 % → rejected
    # Al #4: 2 × 0.050 × 40 × 1.6667 = 6.667 V = 3.03 % → rejected
    # Al #3: 2 × 0.050 × 40 × 1.3222 = 5.289 V = 2.40 %
    pct_al_6 = 2 * 0.050 * 40 * R_AL_6 / 220 * 100
    assert pct_al_6 == pytest.approx(4.820, abs=1e-3)
    pct_al_4 = 2 * 0.050 * 40 * R_AL_4 / 220 * 100
    assert pct_al_4 == pytest.approx(3.030, abs=1e-3)
    assert result.gauge == "3 AWG"
    assert result.voltage_drop_v == approx(2 * 0.050 * 40 * R_AL_3)
    assert result.voltage_drop_pct == pytest.approx(2.404, abs=1e-3)


def test_aluminium_and_copper_of_the_same_size_differ_by_the_resistivity_ratio() -> None:
    cu = calculate_awg(AwgRequest(length_m=30, current_a=40, max_gauge="1/0", temperature_c=90))
    al = calculate_awg(
        AwgRequest(length_m=30, current_a=40, max_gauge="1/0", temperature_c=90, material=Material.AL)
    )
    assert cu.choice is not None and al.choice is not None
    # same current through a thicker Al conductor: Al #6 (0.808) vs Cu #8 (0.778) Ω/kft
    assert (cu.gauge, al.gauge) == ("8 AWG", "6 AWG")
    assert al.choice.resistance_ohm_per_km / cu.choice.resistance_ohm_per_km == approx(0.808 / 0.778)


def test_no_parallel_below_1_0() -> None:
    # the original's 2 × #3 for 200 A: with max gauge #2, paralleling is not allowed at all
    result = calculate_awg(
        AwgRequest(length_m=100, current_a=200, voltage_v=480, phases=3, max_lines=2, max_gauge="2")
    )
    assert not result.found
    assert result.gauge is None and result.cables is None
    assert result.warning_codes == ("parallel_from_1_0_only", "max_gauge_too_small")
    assert result.warnings[-1].params == {"max_gauge": "2 AWG", "lines": 1, "size": "3/0 AWG"}


def test_parallel_sets_are_1_0_or_larger_and_derated() -> None:
    result = calculate_awg(
        AwgRequest(
            length_m=100,
            current_a=200,
            voltage_v=480,
            phases=3,
            max_lines=2,
            max_gauge="1/0",
            conduit=Conduit.EMT,
        )
    )
    # single 1/0 carries 150 A < 200 A; 2 × 1/0 in one raceway = 6 current-carrying conductors
    # → factor 0.8 (Table 310.15(C)(1)): 2 × 150 × 0.8 = 240 A ≥ 200 A
    # drop = √3 × 0.100 × 200 × 0.4003 / 2 = 6.933 V = 1.44 %
    assert result.choice is not None
    assert (result.gauge, result.lines) == ("1/0 AWG", 2)
    assert result.choice.adjustment_factor == 0.8
    assert result.choice.ampacity_a == 240
    assert result.voltage_drop_v == approx(SQRT3 * 0.100 * 200 * R_CU_1_0 / 2)
    assert result.cables == "6+2"
    assert result.total_length == "600+200"
    assert "parallel_adjusted" in result.warning_codes
    # 8 × 1/0 THHN (0.1855 in²) = 1.484 in²: 2" EMT 1.342 too small, 2 1/2" 2.343
    assert result.conduit is not None and result.conduit.trade_size is not None
    assert result.conduit.trade_size.designator == "2 1/2"


def test_derating_makes_the_parallel_run_thicker() -> None:
    result = calculate_awg(
        AwgRequest(length_m=20, current_a=250, voltage_v=480, phases=3, max_lines=2, max_gauge="2/0")
    )
    # without derating 2 × 1/0 = 300 A would do; derated 2 × 150 × 0.8 = 240 A < 250 A
    # → 2 × 2/0: 2 × 175 × 0.8 = 280 A
    assert (result.gauge, result.lines) == ("2/0 AWG", 2)
    assert result.choice is not None and result.choice.ampacity_a == 280


def test_single_run_preferred_over_thinner_parallel() -> None:
    result = calculate_awg(AwgRequest(length_m=20, current_a=200, voltage_v=480, phases=3, max_lines=2))
    # 2 × 1/0 (240 A) would also carry it, but one 3/0 (200 A) run is preferred
    assert (result.gauge, result.lines) == ("3/0 AWG", 1)


@pytest.mark.parametrize(
    ("current_a", "gauge"),
    [(240, "250 kcmil"), (260, "300 kcmil"), (300, "350 kcmil"), (380, "500 kcmil"), (545, "1000 kcmil")],
)
def test_kcmil_sizes_are_reached_for_large_currents(current_a: float, gauge: str) -> None:
    # 75 °C column: 250 kcmil 255 A, 300 → 285, 350 → 310, 400 → 335, 500 → 380, 1000 → 545
    result = calculate_awg(AwgRequest(length_m=10, current_a=current_a, voltage_v=480, phases=3))
    assert result.gauge == gauge
    assert result.temperature_c == 75


def test_kcmil_drop_arithmetic() -> None:
    result = calculate_awg(AwgRequest(length_m=50, current_a=300, voltage_v=480, phases=3))
    # 300 kcmil 285 A < 300 A; 350 kcmil 310 A: √3 × 0.050 × 300 × 0.1204 = 3.128 V = 0.65 %
    assert result.gauge == "350 kcmil"
    assert result.voltage_drop_v == approx(SQRT3 * 0.050 * 300 * R_CU_350)
    assert result.voltage_drop_pct == pytest.approx(0.652, abs=1e-3)


def test_no_conduit_data_for_16_awg() -> None:
    result = calculate_awg(
        AwgRequest(length_m=5, current_a=10, voltage_v=120, phases=1, temperature_c=90, conduit=Conduit.EMT)
    )
    # 90 °C column: 18 AWG is limited to 7 A by 240.4(D), 16 AWG to 10 A.
    # drop = 2 × 0.005 × 10 × (4.99 / 0.3048) = 1.637 V = 1.36 %
    assert result.gauge == "16 AWG"
    assert result.voltage_drop_v == approx(2 * 0.005 * 10 * ohm_per_km(4.99))
    assert result.conduit is not None
    assert result.conduit.trade_size is None
    assert result.conduit.reason == "no_conduit_data"
    assert "no_conduit_data" in result.warning_codes
    assert "terminations_90c" in result.warning_codes


def test_max_gauge_is_an_upper_bound_not_the_answer() -> None:
    # original: max_awg "4" forced #4; #8 satisfies the request and is ≤ #4
    result = calculate_awg(
        AwgRequest(length_m=30, current_a=40, voltage_v=220, temperature_c=60, max_gauge="4")
    )
    assert result.gauge == "8 AWG"


def test_max_gauge_too_small_gives_no_cable_and_names_the_size_needed() -> None:
    result = calculate_awg(
        AwgRequest(length_m=30, current_a=40, voltage_v=220, temperature_c=60, max_gauge="10")
    )
    assert not result.found
    assert result.warning_codes == ("max_gauge_too_small",)
    assert result.warnings[0].message == "The maximum gauge 10 AWG is too small: 1 × 8 AWG would be needed."


def test_max_gauge_within_bound_but_drop_too_high() -> None:
    # #8 carries the current but drops 4.64 % over 50 m; #6 is beyond the bound
    result = calculate_awg(AwgRequest(length_m=50, current_a=40, voltage_v=220, max_gauge="8"))
    assert not result.found
    assert result.warning_codes == ("max_gauge_too_small",)
    assert result.closest is not None and result.closest.size.key == "8"


def test_small_conductor_rule_caps_14_awg_at_15_a() -> None:
    # 75 °C column lists 20 A for #14, but 240.4(D) limits it to 15 A
    result = calculate_awg(AwgRequest(length_m=5, current_a=18, voltage_v=240, temperature_c=75))
    assert result.gauge == "12 AWG"


def test_continuous_load_sizes_for_125_percent() -> None:
    plain = calculate_awg(AwgRequest(length_m=10, current_a=48, voltage_v=240, phases=1))
    continuous = calculate_awg(
        AwgRequest(length_m=10, current_a=48, voltage_v=240, phases=1, continuous_load=True)
    )
    # 48 A → #6 (55 A at 60 °C); 1.25 × 48 = 60 A → #4 (70 A); the drop uses 48 A in both
    assert (plain.gauge, continuous.gauge) == ("6 AWG", "4 AWG")
    assert continuous.design_current_a == 60
    assert continuous.voltage_drop_v == approx(2 * 0.010 * 48 * ohm_per_km(0.308))
    assert "continuous_load" in continuous.warning_codes


def test_auto_temperature_column_steps_at_100_a() -> None:
    # NEC 110.14(C)(1): 60 °C up to 100 A (#1, 110 A), 75 °C above (#2, 115 A ≥ 101 A)
    at_100 = calculate_awg(AwgRequest(length_m=5, current_a=100, voltage_v=480, phases=3))
    at_101 = calculate_awg(AwgRequest(length_m=5, current_a=101, voltage_v=480, phases=3))
    assert (at_100.temperature_c, at_100.gauge) == (60, "1 AWG")
    assert (at_101.temperature_c, at_101.gauge) == (75, "2 AWG")


def test_ground_options() -> None:
    maybe = calculate_awg(AwgRequest(length_m=30, current_a=40, ground=Ground.MAYBE, conduit=Conduit.EMT))
    none = calculate_awg(AwgRequest(length_m=30, current_a=40, ground=Ground.NONE))
    assert maybe.cables == "2+[1]"
    assert maybe.ground_optional
    assert maybe.conduit is not None and maybe.conduit.wires == 3  # sized with the ground
    assert "ground_optional" in maybe.warning_codes
    assert none.cables == "2+0"
    assert none.total_length == "60+0"
    assert maybe.voltage_drop_v == none.voltage_drop_v  # the ground carries no current


def test_voltage_drop_over_limit_reports_the_closest_candidate() -> None:
    result = calculate_awg(AwgRequest(length_m=1000, current_a=10, voltage_v=12, phases=1))
    # even 1000 kcmil: 2 × 1 × 10 × (0.0129 / 0.3048) = 0.846 V = 7.05 % of 12 V
    assert not result.found
    assert result.closest is not None and result.closest.size.key == "1000"
    assert result.closest.voltage_drop_pct == pytest.approx(7.054, abs=1e-3)
    assert result.warning_codes == ("voltage_drop_over_limit",)
    assert result.warnings[0].severity == "error"


def test_no_size_for_the_current() -> None:
    result = calculate_awg(AwgRequest(length_m=10, current_a=5000, voltage_v=480, phases=3))
    assert not result.found and result.closest is None
    assert result.warning_codes == ("no_size_for_current",)
    assert "1000 kcmil" in result.warnings[0].message


def test_conduit_too_small_for_many_large_wires() -> None:
    result = calculate_awg(
        AwgRequest(length_m=30, current_a=900, voltage_v=480, phases=3, max_lines=3, conduit=Conduit.RMC)
    )
    assert result.found and result.conduit is not None
    assert result.conduit.reason == "conduit_too_small"
    assert "conduit_too_small" in result.warning_codes


def test_custom_drop_limit() -> None:
    # 30 m / 40 A / #8 drops 2.785 %: a 2 % limit needs #6 (2 × 0.030 × 40 × 1.6109 = 1.757 %)
    result = calculate_awg(AwgRequest(length_m=30, current_a=40, temperature_c=60, max_drop_pct=2.0))
    assert result.gauge == "6 AWG"


# --- validation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"length_m": 0}, "length_m", "must_be_positive"),
        ({"length_m": float("nan")}, "length_m", "not_a_number"),
        ({"current_a": -1}, "current_a", "must_be_positive"),
        ({"current_a": 6000}, "current_a", "out_of_range"),
        ({"voltage_v": 5}, "voltage_v", "out_of_range"),
        ({"voltage_v": 690}, "voltage_v", "out_of_range"),
        ({"phases": 4}, "phases", "choice"),
        ({"temperature_c": 80}, "temperature_c", "choice"),
        ({"max_lines": 0}, "max_lines", "out_of_range"),
        ({"max_lines": 1.5}, "max_lines", "not_a_whole_number"),
        ({"max_gauge": "5"}, "max_gauge", "unknown_size"),
        ({"material": "cuprum"}, "material", "choice"),
        ({"conduit": "pvc"}, "conduit", "choice"),
        ({"ground": "2"}, "ground", "choice"),
        ({"max_drop_pct": 0}, "max_drop_pct", "must_be_positive"),
    ],
)
def test_validation_reports_the_field(changes: dict[str, object], field: str, code: str) -> None:
    from arthexis_desktop.core.awg import validate

    values: dict[str, object] = {"length_m": 30, "current_a": 40} | changes
    request = AwgRequest(**values)  # type: ignore[arg-type]
    errors = validate(request)
    assert [(e.field, e.code) for e in errors] == [(field, code)]
    assert errors[0].message
    with pytest.raises(CalculatorInputError) as caught:
        calculate_awg(request)
    assert caught.value.errors == tuple(errors)


def test_valid_request_has_no_errors_and_accepts_plain_strings() -> None:
    from arthexis_desktop.core.awg import validate

    request = AwgRequest(
        length_m=30,
        current_a=40,
        material="al",  # type: ignore[arg-type]
        conduit="emt",  # type: ignore[arg-type]
        ground="maybe",  # type: ignore[arg-type]
        max_gauge="250 kcmil",
    )
    assert validate(request) == []
    result = calculate_awg(request)
    assert result.found and result.ground_optional
    assert result.conduit is not None and result.conduit.conduit_label == "EMT (Thin-wall)"
