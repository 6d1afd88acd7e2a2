"""1.6 MeterValues through a real ocpp client: every sampledValue normalised (units, phases,
contexts, Sample.Clock on connector 0), unreadable values skipped, samples stored."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import pytest
from ocpp.v16 import call

from arthexis_desktop.core.events import MeterSampled
from arthexis_desktop.core.model import AdmissionState, ChargerSettings
from tests.csms.wire import T0, booted
from tests.fixtures.broker import Broker, SimCharger

ConnectCp = Callable[..., Awaitable[SimCharger]]

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(20)]


async def test_meter_values_are_normalised_per_sample(
    broker: Broker, connect_cp: ConnectCp, caplog: pytest.LogCaptureFixture
) -> None:
    cp = await booted(broker, connect_cp)
    clock = [
        {
            "timestamp": "2024-05-01T10:15:00Z",
            "sampledValue": [
                {
                    "value": "12.5",
                    "unit": "kWh",
                    "context": "Sample.Clock",
                    "measurand": "Energy.Active.Import.Register",
                },
                {
                    "value": "230.1",
                    "unit": "V",
                    "context": "Sample.Clock",
                    "measurand": "Voltage",
                    "phase": "L1-N",
                },
                {
                    "value": "229.8",
                    "unit": "V",
                    "context": "Sample.Clock",
                    "measurand": "Voltage",
                    "phase": "L2-N",
                },
            ],
        }
    ]
    await cp.call(call.MeterValues(connector_id=0, meter_value=clock))
    periodic = [
        {
            "timestamp": "2024-05-01T10:16:00Z",
            "sampledValue": [
                {"value": "7.2", "unit": "kW", "measurand": "Power.Active.Import"},
                {"value": "16", "unit": "A", "measurand": "Current.Import", "phase": "L1"},
                {"value": "81", "measurand": "SoC", "location": "EV"},
                {"value": "1500"},  # defaults: Energy.Active.Import.Register in Wh
                {"value": "not-a-number", "unit": "Wh"},
            ],
        }
    ]
    with caplog.at_level(logging.WARNING):
        await cp.call(call.MeterValues(connector_id=1, transaction_id=77, meter_value=periodic))
    assert any("not-a-number" in r.getMessage() for r in caplog.records)
    first, second = broker.events.of(MeterSampled)
    assert (first.connector_id, first.transaction_id) == (0, None)
    assert [(v.measurand, v.value, v.unit, v.phase, v.context) for v in first.readings[0].values] == [
        ("Energy.Active.Import.Register", 12500.0, "Wh", None, "Sample.Clock"),
        ("Voltage", 230.1, "V", "L1-N", "Sample.Clock"),
        ("Voltage", 229.8, "V", "L2-N", "Sample.Clock"),
    ]
    assert first.readings[0].timestamp == datetime(2024, 5, 1, 10, 15, tzinfo=UTC)
    assert (second.connector_id, second.transaction_id) == (1, 77)
    assert [(v.measurand, v.value, v.unit, v.location) for v in second.readings[0].values] == [
        ("Power.Active.Import", 7200.0, "W", "Outlet"),
        ("Current.Import", 16.0, "A", "Outlet"),
        ("SoC", 81.0, "Percent", "EV"),
        ("Energy.Active.Import.Register", 1500.0, "Wh", "Outlet"),
    ]


async def test_meter_values_of_a_transaction_are_stored(broker: Broker, connect_cp: ConnectCp) -> None:
    cp = await booted(broker, connect_cp)
    started = await cp.call(call.StartTransaction(connector_id=1, id_tag="T", meter_start=0, timestamp=T0))
    for minute, wh in ((1, "100"), (2, "250")):
        sample = [
            {"timestamp": f"2024-05-01T10:0{minute}:00Z", "sampledValue": [{"value": wh, "unit": "Wh"}]}
        ]
        await cp.call(
            call.MeterValues(connector_id=1, transaction_id=started.transaction_id, meter_value=sample)
        )
    readings = await broker.storage.meter_readings(started.transaction_id)
    assert [(r.timestamp.minute, r.values[0].value) for r in readings] == [(1, 100.0), (2, 250.0)]


async def test_default_energy_unit_of_the_charger_applies_to_unitless_energy(
    broker: Broker, connect_cp: ConnectCp
) -> None:
    await broker.storage.add_charger("CP1", AdmissionState.ACCEPTED)
    await broker.storage.update_charger_settings("CP1", ChargerSettings(default_energy_unit="kWh"))
    cp = await booted(broker, connect_cp)
    sample = [
        {"timestamp": T0, "sampledValue": [{"value": "3.25"}, {"value": "230", "measurand": "Voltage"}]}
    ]
    await cp.call(call.MeterValues(connector_id=1, meter_value=sample))
    event = await broker.events.wait_for(MeterSampled)
    assert [(v.value, v.unit) for v in event.readings[0].values] == [(3250.0, "Wh"), (230.0, "V")]
