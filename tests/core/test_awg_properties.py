"""Property tests of the AWG calculator (hypothesis)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from arthexis_desktop.core.awg import (
    AwgRequest,
    AwgResult,
    Material,
    calculate_awg,
    parse_size,
)

lengths = st.floats(min_value=1, max_value=2000, allow_nan=False)
currents = st.floats(min_value=1, max_value=1500, allow_nan=False)
voltages = st.sampled_from([120, 208, 220, 240, 400, 480])
materials = st.sampled_from(list(Material))
phases = st.sampled_from([1, 2, 3])
temperatures = st.sampled_from([60, 75, 90])
max_lines = st.integers(min_value=1, max_value=4)
max_gauges = st.sampled_from([None, "8", "2", "1/0", "4/0", "500"])
grow = st.floats(min_value=1.0, max_value=3.0, allow_nan=False)


def _key(result: AwgResult) -> tuple[int, int]:
    """Preference order of the search: fewer parallel sets first, then thinner."""
    assert result.choice is not None
    return (result.choice.lines, result.choice.size.rank)


def _assert_not_thinner(before: AwgResult, after: AwgResult) -> None:
    if after.found:
        assert before.found  # a harder request cannot succeed where an easier one failed
        assert _key(after) >= _key(before)
        if after.lines == before.lines == 1:
            assert after.choice is not None and before.choice is not None
            assert after.choice.size.rank >= before.choice.size.rank


@settings(max_examples=150, deadline=None)
@given(lengths, currents, voltages, materials, phases, temperatures, max_lines, max_gauges, grow, grow)
def test_more_current_or_length_never_gives_a_thinner_cable(
    length_m: float,
    current_a: float,
    voltage_v: int,
    material: Material,
    n_phases: int,
    temperature_c: int,
    lines: int,
    max_gauge: str | None,
    more_current: float,
    more_length: float,
) -> None:
    base = {
        "voltage_v": voltage_v,
        "material": material,
        "phases": n_phases,
        "temperature_c": temperature_c,
        "max_lines": lines,
        "max_gauge": max_gauge,
    }
    before = calculate_awg(AwgRequest(length_m=length_m, current_a=current_a, **base))  # type: ignore[arg-type]
    bigger_current = calculate_awg(
        AwgRequest(length_m=length_m, current_a=min(current_a * more_current, 5000), **base)  # type: ignore[arg-type]
    )
    longer = calculate_awg(
        AwgRequest(length_m=min(length_m * more_length, 10_000), current_a=current_a, **base)  # type: ignore[arg-type]
    )
    _assert_not_thinner(before, bigger_current)
    _assert_not_thinner(before, longer)


@settings(max_examples=100, deadline=None)
@given(lengths, st.floats(min_value=1, max_value=100), grow, voltages, phases)
def test_monotonic_with_automatic_temperature_within_the_60c_band(
    length_m: float, current_a: float, more: float, voltage_v: int, n_phases: int
) -> None:
    bigger = min(current_a * more, 100.0)  # stays in the 60 °C band of NEC 110.14(C)(1)
    before = calculate_awg(
        AwgRequest(length_m=length_m, current_a=current_a, voltage_v=voltage_v, phases=n_phases)
    )
    after = calculate_awg(
        AwgRequest(length_m=length_m, current_a=bigger, voltage_v=voltage_v, phases=n_phases)
    )
    _assert_not_thinner(before, after)


@settings(max_examples=200, deadline=None)
@given(
    lengths,
    currents,
    voltages,
    materials,
    phases,
    st.one_of(st.none(), temperatures),
    max_lines,
    max_gauges,
    st.floats(min_value=0.5, max_value=10),
    st.booleans(),
)
def test_every_returned_cable_meets_drop_ampacity_and_bounds(
    length_m: float,
    current_a: float,
    voltage_v: int,
    material: Material,
    n_phases: int,
    temperature_c: int | None,
    lines: int,
    max_gauge: str | None,
    limit_pct: float,
    continuous: bool,
) -> None:
    request = AwgRequest(
        length_m=length_m,
        current_a=current_a,
        voltage_v=voltage_v,
        material=material,
        phases=n_phases,
        temperature_c=temperature_c,
        max_lines=lines,
        max_gauge=max_gauge,
        max_drop_pct=limit_pct,
        continuous_load=continuous,
    )
    result = calculate_awg(request)
    if result.choice is None:
        assert result.gauge is None and result.voltage_drop_pct is None
        assert any(w.severity == "error" for w in result.warnings)
        return
    choice = result.choice
    assert choice.voltage_drop_pct <= limit_pct
    assert choice.ampacity_a >= result.design_current_a
    assert 1 <= choice.lines <= lines
    if choice.lines > 1:
        assert choice.size.rank >= parse_size("1/0").rank  # NEC 310.10(G)
    if max_gauge is not None:
        assert choice.size.rank <= parse_size(max_gauge).rank
    assert result.end_voltage_v is not None
    assert result.end_voltage_v == voltage_v - choice.voltage_drop_v
