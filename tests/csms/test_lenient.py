"""Strict validation by default; a lenient charger's schema violations are logged and processed."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import pytest

from arthexis_desktop.core.events import ConnectorStatusChanged, MeterSampled
from arthexis_desktop.core.model import AdmissionState, ChargerSettings
from tests.csms.wire import BOOT, assert_error, assert_valid_result
from tests.fixtures.broker import Broker, RawClient

Connect = Callable[..., Awaitable[RawClient]]
MakeBroker = Callable[..., Awaitable[Broker]]

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(20)]

# Seen in the field: errorCode "Error" (not a 1.6 enum value).
QUIRKY_STATUS = {"connectorId": 1, "errorCode": "Error", "status": "Faulted"}


async def lenient_charger(broker: Broker, connect_raw: Connect) -> RawClient:
    await broker.storage.add_charger("Q1", AdmissionState.ACCEPTED)
    await broker.storage.update_charger_settings("Q1", ChargerSettings(lenient_validation=True))
    client = await connect_raw(broker.url("Q1"))
    await client.call("BootNotification", BOOT, "b1")
    return client


async def test_strict_by_default(broker: Broker, connect_raw: Connect) -> None:
    client = await connect_raw(broker.url("S1"))
    await client.boot()
    frame = await client.call("StatusNotification", QUIRKY_STATUS, "s1")
    assert_error(frame, "s1", "PropertyConstraintViolation")
    assert not broker.events.of(ConnectorStatusChanged)


async def test_lenient_charger_violation_is_logged_and_processed(
    broker: Broker, connect_raw: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    client = await lenient_charger(broker, connect_raw)
    with caplog.at_level(logging.WARNING):
        frame = await client.call("StatusNotification", QUIRKY_STATUS, "s1")
    assert frame == [3, "s1", {}]
    assert any("lenient" in r.getMessage() and "errorCode" in r.getMessage() for r in caplog.records)
    event = await broker.events.wait_for(ConnectorStatusChanged)
    assert (event.status.status, event.status.error_code) == ("Faulted", "Error")


async def test_lenient_accepts_a_single_meter_value_object(broker: Broker, connect_raw: Connect) -> None:
    client = await lenient_charger(broker, connect_raw)
    payload = {
        "connectorId": 1,
        "meterValue": {"timestamp": "2024-05-01T10:00:00Z", "sampledValue": [{"value": "2", "unit": "kWh"}]},
    }
    assert_valid_result("MeterValues", await client.call("MeterValues", payload, "m1"), "m1")
    event = await broker.events.wait_for(MeterSampled)
    assert event.readings[0].values[0].value == 2000.0


async def test_lenient_payload_that_cannot_be_processed_gets_the_schema_error(
    broker: Broker, connect_raw: Connect
) -> None:
    client = await lenient_charger(broker, connect_raw)
    frame = await client.call("StatusNotification", {"errorCode": "NoError", "status": "Available"}, "s1")
    assert_error(frame, "s1", "ProtocolError")
    start = {"connectorId": "one", "idTag": "T", "meterStart": 0, "timestamp": "2024-05-01T10:00:00Z"}
    assert_error(await client.call("StartTransaction", start, "s2"), "s2", "TypeConstraintViolation")
    assert_valid_result("Heartbeat", await client.call("Heartbeat", {}, "h1"), "h1")


async def test_broker_wide_lenient_mode(make_broker: MakeBroker, connect_raw: Connect) -> None:
    broker = await make_broker(strict_validation=False)
    client = await connect_raw(broker.url("ANY"))
    await client.boot()
    assert await client.call("StatusNotification", QUIRKY_STATUS, "s1") == [3, "s1", {}]


async def test_refresh_charger_switches_validation_live(broker: Broker, connect_raw: Connect) -> None:
    client = await connect_raw(broker.url("S2"))
    await client.boot()
    assert_error(
        await client.call("StatusNotification", QUIRKY_STATUS, "s1"), "s1", "PropertyConstraintViolation"
    )
    await broker.storage.update_charger_settings("S2", ChargerSettings(lenient_validation=True))
    await broker.csms.refresh_charger("S2")
    assert await client.call("StatusNotification", QUIRKY_STATUS, "s2") == [3, "s2", {}]
