"""The admission gate at the wire: only BootNotification and Heartbeat until a charger is accepted."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest

from arthexis_desktop.core.model import AdmissionPolicy, AdmissionState
from tests.csms.wire import BOOT, assert_error, assert_valid_result
from tests.fixtures.broker import Broker, RawClient

Connect = Callable[..., Awaitable[RawClient]]
MakeBroker = Callable[..., Awaitable[Broker]]

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(20)]

STATUS = {"connectorId": 1, "errorCode": "NoError", "status": "Available"}


async def test_unknown_charger_without_boot_is_not_admitted(broker: Broker, connect_raw: Connect) -> None:
    client = await connect_raw(broker.url("NEW1"))
    assert_valid_result("Heartbeat", await client.call("Heartbeat", {}, "h1"), "h1")
    frame = await client.call("StatusNotification", STATUS, "s1")
    assert_error(frame, "s1", "SecurityError", "charger is not accepted (unknown)")
    # booting (accept_any) admits it on the same connection
    assert_valid_result("BootNotification", await client.call("BootNotification", BOOT, "b1"), "b1")
    assert_valid_result("StatusNotification", await client.call("StatusNotification", STATUS, "s2"), "s2")


async def test_pending_charger_is_gated_until_approved(make_broker: MakeBroker, connect_raw: Connect) -> None:
    broker = await make_broker(admission_policy=AdmissionPolicy.ACCEPT_KNOWN)
    client = await connect_raw(broker.url("NEW2"))
    reply = assert_valid_result("BootNotification", await client.call("BootNotification", BOOT, "b1"))
    assert reply["status"] == "Pending"
    assert_error(await client.call("Authorize", {"idTag": "T"}, "a1"), "a1", "SecurityError")
    assert_valid_result("Heartbeat", await client.call("Heartbeat", {}, "h1"), "h1")

    await broker.storage.set_admission("NEW2", AdmissionState.ACCEPTED)
    await broker.csms.refresh_charger("NEW2")
    assert_valid_result("Authorize", await client.call("Authorize", {"idTag": "T"}, "a2"), "a2")
    # the charger is told at its next boot
    reply = assert_valid_result("BootNotification", await client.call("BootNotification", BOOT, "b2"))
    assert reply["status"] == "Accepted"
    info = broker.csms.session("NEW2")
    assert info is not None and info.booted and info.admission is AdmissionState.ACCEPTED


async def test_rejected_charger_is_gated(broker: Broker, connect_raw: Connect) -> None:
    await broker.storage.add_charger("BAD1", AdmissionState.REJECTED)
    client = await connect_raw(broker.url("BAD1"))
    reply = assert_valid_result("BootNotification", await client.call("BootNotification", BOOT, "b1"))
    assert reply["status"] == "Rejected"
    frame = await client.call("StatusNotification", STATUS, "s1")
    assert_error(frame, "s1", "SecurityError", "charger is not accepted (rejected)")


async def test_operator_rejecting_a_live_charger_gates_it_at_once(
    broker: Broker, connect_raw: Connect
) -> None:
    client = await connect_raw(broker.url("CP1"))
    await client.boot()
    await broker.storage.set_admission("CP1", AdmissionState.REJECTED)
    await broker.csms.refresh_charger("CP1")
    assert_error(await client.call("StatusNotification", STATUS, "s1"), "s1", "SecurityError")
    info = broker.csms.session("CP1")
    assert info is not None and not info.booted


async def test_known_accepted_charger_that_does_not_boot_is_served(
    broker: Broker, connect_raw: Connect
) -> None:
    await broker.storage.add_charger("OLD1", AdmissionState.ACCEPTED)
    client = await connect_raw(broker.url("OLD1"))
    assert_valid_result("StatusNotification", await client.call("StatusNotification", STATUS, "s1"), "s1")


async def test_security_error_is_not_cached_for_retransmission(broker: Broker, connect_raw: Connect) -> None:
    client = await connect_raw(broker.url("NEW3"))
    assert_error(await client.call("StatusNotification", STATUS, "s1"), "s1", "SecurityError")
    await client.boot()
    # the same CALL again (same id): processed now that the charger is accepted
    assert_valid_result("StatusNotification", await client.call("StatusNotification", STATUS, "s1"), "s1")
