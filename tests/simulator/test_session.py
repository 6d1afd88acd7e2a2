"""Boot, status and complete charging sessions against the minimal CSMS."""

from __future__ import annotations

import pytest

from arthexis_desktop.simulator import FaultPlan, SessionPlan
from tests.simulator.fake_csms import CsmsBehaviour, FakeCsms
from tests.simulator.helpers import UTC_Z, energy_of, fast_config, running, status_is, statuses, values_of

SIX = {
    "Power.Active.Import": "W",
    "Energy.Active.Import.Register": "Wh",
    "Current.Import": "A",
    "Voltage": "V",
    "SoC": "Percent",
    "Temperature": "Celsius",
}


@pytest.mark.asyncio
@pytest.mark.timeout(15)
async def test_boot_status_and_full_session(csms: FakeCsms) -> None:
    # One simulated minute per real second so the integer Wh register visibly rises.
    config = fast_config(csms.url, time_scale=60.0)
    async with running(config):
        await csms.wait_for("StatusNotification", count=2, where=status_is(1, "Available"))

    assert csms.subprotocols == ["ocpp1.6"]
    boot = csms.received[0]
    assert boot.action == "BootNotification"
    assert boot.payload["chargePointVendor"] == "Arthexis"
    assert boot.payload["chargePointModel"] == "Simulator"
    assert boot.payload["chargePointSerialNumber"] == "SIM-0001"
    assert [m.payload["connectorId"] for m in csms.received[1:3]] == [0, 1]
    assert statuses(csms.received, 0) == ["Available"]
    assert statuses(csms.received, 1) == ["Available", "Preparing", "Charging", "Finishing", "Available"]

    actions = [m.action for m in csms.received]
    assert actions.index("Authorize") < actions.index("StartTransaction") < actions.index("StopTransaction")
    (start,) = csms.messages("StartTransaction")
    (stop,) = csms.messages("StopTransaction")
    assert start.payload["idTag"] == config.id_tag and start.payload["connectorId"] == 1
    assert isinstance(start.payload["meterStart"], int)
    assert UTC_Z.match(start.payload["timestamp"]) and UTC_Z.match(stop.payload["timestamp"])

    meter = [m.payload for m in csms.messages("MeterValues") if m.payload["connectorId"] == 1]
    assert all(p["transactionId"] == 1001 for p in meter)
    values = [p["meterValue"][0] for p in meter]
    assert {v["context"] for v in values[0]["sampledValue"]} == {"Transaction.Begin"}
    periodic = values[1:]
    assert len(periodic) >= 8
    for value in periodic:
        assert UTC_Z.match(value["timestamp"])
        assert {v["context"] for v in value["sampledValue"]} == {"Sample.Periodic"}
        assert {v["measurand"]: v["unit"] for v in value["sampledValue"]} == SIX
        (power,) = values_of(value, "Power.Active.Import")
        assert 0 <= float(power["value"]) <= 7400 * 1.05
        (current,) = values_of(value, "Current.Import")
        assert current["phase"] == "L1" and 0 <= float(current["value"]) <= 32 * 1.05
        (voltage,) = values_of(value, "Voltage")
        assert voltage["phase"] == "L1-N" and 220 <= float(voltage["value"]) <= 240
        (soc,) = values_of(value, "SoC")
        assert soc["location"] == "EV" and 0 <= float(soc["value"]) <= 100
        (temperature,) = values_of(value, "Temperature")
        assert -10 <= float(temperature["value"]) <= 80

    energies = [energy_of(v) for v in values]
    assert energies == sorted(energies), "the register never goes down"
    assert energies[0] == start.payload["meterStart"]
    assert energies[-1] > energies[0] + 30  # ~60 Wh in 30 simulated seconds at 7.4 kW
    powers = [float(values_of(v, "Power.Active.Import")[0]["value"]) for v in periodic]
    assert powers[0] < 0.8 * max(powers), "ramp-up: the first sample is below full power"
    assert max(powers) > 7000
    socs = [float(values_of(v, "SoC")[0]["value"]) for v in periodic]
    assert socs == sorted(socs)

    assert stop.payload["transactionId"] == 1001
    assert stop.payload["reason"] == "EVDisconnected"
    assert stop.payload["meterStop"] == round(energies[-1])
    (end,) = stop.payload["transactionData"]
    assert {v["context"] for v in end["sampledValue"]} == {"Transaction.End"}
    assert energy_of(end) == stop.payload["meterStop"]


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_three_phase_22kw_reports_each_phase(csms: FakeCsms) -> None:
    config = fast_config(csms.url, power_kw=22.0, phases=3, ramp_up_s=0.0)
    async with running(config):
        found = await csms.wait_for(
            "MeterValues",
            where=lambda m: m.payload["meterValue"][0]["sampledValue"][0]["context"] == "Sample.Periodic",
        )
    value = found[0].payload["meterValue"][0]
    currents = values_of(value, "Current.Import")
    assert [c["phase"] for c in currents] == ["L1", "L2", "L3"]
    assert all(30 <= float(c["value"]) <= 34 for c in currents)
    assert [v["phase"] for v in values_of(value, "Voltage")] == ["L1-N", "L2-N", "L3-N"]
    assert 20_500 <= float(values_of(value, "Power.Active.Import")[0]["value"]) <= 23_000


@pytest.mark.asyncio
@pytest.mark.timeout(10)
@pytest.mark.parametrize("first_answer", ["Pending", "Rejected"])
async def test_boot_not_accepted_is_retried_after_interval(first_answer: str) -> None:
    behaviour = CsmsBehaviour(boot_statuses=[first_answer], boot_interval=1)
    async with FakeCsms(behaviour) as csms, running(fast_config(csms.url)) as charger:
        boots = await csms.wait_for("BootNotification", count=2, timeout_s=3)
        await charger.wait_online()
        assert 0.9 <= boots[1].at - boots[0].at <= 1.5
        actions = [m.action for m in csms.received]
        assert actions[:2] == ["BootNotification", "BootNotification"], "nothing else before Accepted"


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_sessions_repeat_with_monotonic_register(csms: FakeCsms) -> None:
    plan = SessionPlan(idle_s=0.0, duration_s=0.2, pause_s=0.05, unplug_s=0.0, max_sessions=3)
    async with running(fast_config(csms.url, plan=plan, time_scale=120.0)) as charger:
        stops = await csms.wait_for("StopTransaction", count=3)
    starts = csms.messages("StartTransaction")
    assert len(starts) == len(stops) == 3
    for start, stop, next_start in zip(starts, stops, [*starts[1:], None], strict=True):
        assert stop.payload["meterStop"] > start.payload["meterStart"]
        if next_start is not None:
            assert next_start.payload["meterStart"] == stop.payload["meterStop"]
    stats = charger.stats()
    assert (stats.sessions_started, stats.sessions_stopped, stats.active_sessions) == (3, 3, 0)


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_rejected_tag_does_not_start_a_transaction() -> None:
    behaviour = CsmsBehaviour(rejected_tags={"BADTAG"})
    async with FakeCsms(behaviour) as csms, running(fast_config(csms.url, id_tag="BADTAG")):
        await csms.wait_for("Authorize")
        await csms.wait_for("StatusNotification", count=2, where=status_is(1, "Available"))
    assert not csms.messages("StartTransaction")
    assert statuses(csms.received, 1) == ["Available", "Preparing", "Available"]


async def _run_once(seed: int) -> list[object]:
    plan = SessionPlan(idle_s=0.0, duration_s=0.3, pause_s=30.0, unplug_s=0.0, max_sessions=1)
    async with FakeCsms() as csms:
        async with running(fast_config(csms.url, plan=plan, seed=seed, time_scale=60.0)):
            await csms.wait_for("StopTransaction")
        start = csms.messages("StartTransaction")[0].payload["meterStart"]
        stop = csms.messages("StopTransaction")[0].payload
        samples = [
            [{k: v for k, v in item.items()} for item in m.payload["meterValue"][0]["sampledValue"]]
            for m in csms.messages("MeterValues")
            if m.payload["connectorId"] == 1
        ]
        end = stop["transactionData"][0]["sampledValue"]
        return [start, stop["meterStop"], samples, end]


@pytest.mark.asyncio
@pytest.mark.timeout(15)
async def test_same_seed_same_meter_values() -> None:
    first = await _run_once(seed=42)
    second = await _run_once(seed=42)
    other = await _run_once(seed=43)
    assert len(first[2]) == 7  # Transaction.Begin + 6 periodic samples
    assert first == second
    assert first != other


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_clock_aligned_energy_on_connector_0(csms: FakeCsms) -> None:
    async with running(fast_config(csms.url, clock_aligned_interval_s=0.1)):
        found = await csms.wait_for("MeterValues", count=2, where=lambda m: m.payload["connectorId"] == 0)
    for message in found:
        assert "transactionId" not in message.payload
        (value,) = message.payload["meterValue"]
        (sample,) = value["sampledValue"]
        assert sample["context"] == "Sample.Clock"
        assert sample["measurand"] == "Energy.Active.Import.Register" and sample["unit"] == "Wh"
        assert UTC_Z.match(value["timestamp"])


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_fault_injection_stops_session_and_recovers(csms: FakeCsms) -> None:
    plan = SessionPlan(idle_s=0.0, duration_s=None, pause_s=30.0, unplug_s=0.0, max_sessions=1)
    fault = FaultPlan(connector_id=1, after_s=0.3, duration_s=0.2, error_code="GroundFailure")
    async with running(fast_config(csms.url, plan=plan, fault=fault)):
        await csms.wait_for("StatusNotification", where=status_is(1, "Faulted"))
        recovered = await csms.wait_for("StatusNotification", count=2, where=status_is(1, "Available"))
    (stop,) = csms.messages("StopTransaction")
    assert stop.payload["reason"] == "Other"
    (faulted,) = [m for m in csms.messages("StatusNotification") if m.payload["status"] == "Faulted"]
    assert faulted.payload["errorCode"] == "GroundFailure"
    assert recovered[-1].payload["errorCode"] == "NoError"
    assert recovered[-1].at - faulted.at >= 0.18
