"""Pure parts of the simulator: charging curve, meter values, configuration keys, config checks."""

from __future__ import annotations

import random

import pytest

from arthexis_desktop.core.errors import ConfigurationError
from arthexis_desktop.simulator import FaultPlan, SessionPlan, SimulatorConfig, charger_id_for
from arthexis_desktop.simulator.configuration import ConfigurationStore, default_keys
from arthexis_desktop.simulator.ev_model import ChargingModel
from arthexis_desktop.simulator.meter import SUPPORTED_MEASURANDS, meter_value, parse_measurands

URL = "ws://127.0.0.1:9000/ocpp"


def _model(*, seed: int = 1, soc: float = 20.0, battery_kwh: float = 60.0, phases: int = 1) -> ChargingModel:
    power_kw = 7.4 if phases == 1 else 22.0
    return ChargingModel(
        rng=random.Random(seed),
        energy_wh=1000.0,
        max_current_a=power_kw * 1000 / (230 * phases),
        phases=phases,
        voltage_v=230.0,
        battery_kwh=battery_kwh,
        start_soc_percent=soc,
        ramp_up_s=4.0,
        taper_soc_percent=80.0,
        ambient_c=20.0,
    )


def test_ramp_up_then_constant_current() -> None:
    model = _model()
    first = model.advance(1.0)
    later = [model.advance(5.0) for _ in range(10)]
    assert 0 < first.power_w < 0.5 * 7400
    assert all(7200 <= s.power_w <= 7600 for s in later)
    assert all(31 <= s.current_a[0] <= 33 for s in later)


def test_taper_above_80_percent_and_stop_when_full() -> None:
    model = _model(soc=70.0, battery_kwh=5.0)
    samples = [model.advance(30.0) for _ in range(120)]
    before_taper = [s.power_w for s in samples if s.soc_percent is not None and 72 < s.soc_percent < 79]
    near_full = [s.power_w for s in samples if s.soc_percent is not None and 95 < s.soc_percent < 100]
    assert min(before_taper) > 7000
    assert near_full and max(near_full) < 0.35 * 7400
    assert model.full and samples[-1].power_w == 0 and samples[-1].soc_percent == 100.0


def test_energy_is_power_over_time_and_monotonic() -> None:
    model = _model(phases=3)
    samples = [model.advance(60.0) for _ in range(30)]
    energies = [s.energy_wh for s in samples]
    assert energies == sorted(energies)
    # 22 kW for ~30 minutes (minus the ramp) is about 11 kWh
    assert 10_500 <= model.delivered_wh <= 11_100
    assert all(len(s.current_a) == len(s.voltage_v) == 3 for s in samples)


def test_temperature_rises_while_charging() -> None:
    model = _model()
    samples = [model.advance(60.0) for _ in range(20)]
    assert samples[-1].temperature_c > samples[0].temperature_c + 5
    assert samples[-1].temperature_c < 20 + 20


def test_model_is_deterministic_for_a_seed() -> None:
    def run(seed: int) -> list[object]:
        model = _model(seed=seed)
        return [model.advance(5.0) for _ in range(20)]

    assert run(3) == run(3)
    assert run(3) != run(4)


def test_meter_value_units_and_phases() -> None:
    sample = _model(phases=3).advance(10.0)
    value = meter_value(sample, measurands=SUPPORTED_MEASURANDS, context="Sample.Periodic", timestamp="T")
    units = {(v["measurand"], v.get("phase")): v["unit"] for v in value["sampledValue"]}
    assert units[("Energy.Active.Import.Register", None)] == "Wh"
    assert units[("Current.Import", "L3")] == "A"
    assert units[("Voltage", "L2-N")] == "V"
    assert units[("SoC", None)] == "Percent"
    assert units[("Temperature", None)] == "Celsius"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Energy.Active.Import.Register,SoC", ("Energy.Active.Import.Register", "SoC")),
        (" soc , voltage ", ("SoC", "Voltage")),
        ("", ()),
        ("SoC,Frequency", None),
    ],
)
def test_parse_measurands(text: str, expected: tuple[str, ...] | None) -> None:
    assert parse_measurands(text) == expected


def test_configuration_store_semantics() -> None:
    store = ConfigurationStore(default_keys(SimulatorConfig(url=URL, meter_interval_s=5.0)))
    watcher = store.watch("MeterValueSampleInterval")
    assert store.change("meterValueSampleInterval", "10") == "Accepted"
    assert watcher.is_set() and store.number("MeterValueSampleInterval") == 10.0
    assert store.change("MeterValueSampleInterval", "-1") == "Rejected"
    assert store.change("MeterValueSampleInterval", "nan") == "Rejected"
    assert store.change("NumberOfConnectors", "2") == "Rejected"
    assert store.change("Unknown", "1") == "NotSupported"
    assert store.change("LocalAuthorizeOffline", "FALSE") == "Accepted"
    assert store.text("LocalAuthorizeOffline") == "false"
    known, unknown = store.get(["HeartbeatInterval", "heartbeatinterval", "X"])
    assert [k.name for k in known] == ["HeartbeatInterval"] and unknown == ["X"]
    assert all(len(k.name) <= 50 and len(k.value) <= 500 for k in store.get()[0])


@pytest.mark.parametrize(
    "overrides",
    [
        {"url": "http://127.0.0.1:9000/ocpp"},
        {"url": "ws://"},
        {"url": "ws://host:notaport/ocpp"},
        {"url": "ws://host/ocpp?x=1"},
        {"connectors": 3},
        {"phases": 2},
        {"id_tag": "X" * 21},
        {"charger_id": "a/b"},
        {"meter_interval_s": 0},
        {"start_soc_percent": 100},
        {"fault": FaultPlan(connector_id=2)},
    ],
)
def test_invalid_config_is_a_configuration_error(overrides: dict[str, object]) -> None:
    settings: dict[str, object] = {"url": URL, **overrides}
    with pytest.raises(ConfigurationError):
        SimulatorConfig(**settings)


def test_config_defaults_and_url() -> None:
    config = SimulatorConfig(url=URL + "/", charger_id=charger_id_for("SIM", 7))
    assert config.charger_url == "ws://127.0.0.1:9000/ocpp/SIM-0007"
    assert config.max_current_a == pytest.approx(32.17, abs=0.01)
    assert config.clock_interval_s == 60.0
    assert SimulatorConfig(url=URL, power_kw=11, phases=3).max_current_a == pytest.approx(15.94, abs=0.01)
    with pytest.raises(ConfigurationError):
        SessionPlan(stop_reason="Whatever")
