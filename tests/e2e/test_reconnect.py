"""Newest connection wins: two real clients with the same charger id."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import pytest
from ocpp.v16 import call

from arthexis_desktop.core.errors import ChargerNotConnectedError
from arthexis_desktop.core.events import ChargerConnected, ChargerDisconnected
from tests.csms.wire import open_mute_client
from tests.fixtures.broker import Broker, SimCharger, wait_until

ConnectCp = Callable[..., Awaitable[SimCharger]]

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(20)]

BOOT = call.BootNotification(charge_point_vendor="V", charge_point_model="M")


async def test_second_connection_replaces_the_first(broker: Broker, connect_cp: ConnectCp) -> None:
    first = await connect_cp(broker.url("ocpp/CP1"))
    assert (await first.call(BOOT)).status == "Accepted"
    first.delay_s = 10  # the first charger will not answer the Reset in time
    pending = asyncio.ensure_future(broker.csms.call("CP1", "Reset", {"type": "Soft"}, timeout_s=5))
    await wait_until(lambda: bool(first.received))

    second = await connect_cp(broker.url("ocpp/CP1"))
    await wait_until(lambda: first._connection.close_code is not None)
    assert first._connection.close_code == 1000
    assert first._connection.close_reason == "replaced by a newer connection"
    with pytest.raises(ChargerNotConnectedError):
        await pending  # the old session's pending call is cancelled, not moved

    assert (await second.call(BOOT)).status == "Accepted"
    info = broker.csms.session("CP1")
    local = second._connection.local_address
    assert info is not None and info.booted and info.remote == f"{local[0]}:{local[1]}"
    assert len(broker.events.of(ChargerConnected)) == 2
    assert not broker.events.of(ChargerDisconnected)  # the replaced session's teardown stayed quiet

    assert await broker.csms.call("CP1", "Reset", {"type": "Hard"}) == {"status": "Accepted"}
    assert second.received == [("Reset", {"type": "Hard"})]

    await second._connection.close()
    disconnected = await broker.events.wait_for(ChargerDisconnected)
    assert disconnected.charger_id == "CP1"
    assert broker.csms.session("CP1") is None


async def test_late_teardown_of_a_dead_connection_does_not_touch_the_replacement(
    broker: Broker, connect_cp: ConnectCp, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="arthexis_desktop.csms")
    dead = await open_mute_client(broker.csms.port, "CP1")  # never answers anything
    await broker.events.wait_for(ChargerConnected)
    fresh = await connect_cp(broker.url("CP1"))
    assert (await fresh.call(BOOT)).status == "Accepted"
    # The old socket was sent a close frame it never answers; now its TCP connection drops (a NAT
    # timeout, say), so its session is torn down only after the replacement is in place.
    dead.writer.transport.abort()
    await asyncio.wait_for(dead.task, 2)
    await wait_until(lambda: any("replaced connection" in r.getMessage() for r in caplog.records))
    assert not broker.events.of(ChargerDisconnected)
    info = broker.csms.session("CP1")
    assert info is not None and info.booted
    assert (await fresh.call(call.Heartbeat())).current_time


async def test_reconnect_with_new_session_follows_a_waiting_call(
    broker: Broker, connect_cp: ConnectCp
) -> None:
    first = await connect_cp(broker.url("CP1"))  # connected, never boots: calls wait for the gate
    pending = asyncio.ensure_future(broker.csms.call("CP1", "Reset", {"type": "Soft"}, timeout_s=5))
    await asyncio.sleep(0.05)
    second = await connect_cp(broker.url("CP1"))
    await second.call(BOOT)
    assert await pending == {"status": "Accepted"}
    assert first.received == [] and second.received == [("Reset", {"type": "Soft"})]
