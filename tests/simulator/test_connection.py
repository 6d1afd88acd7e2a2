"""Reconnects, offline behaviour, clean stop and giving up on an unreachable server."""

from __future__ import annotations

import asyncio
import random
import socket

import pytest

from arthexis_desktop.simulator import (
    ChargerState,
    ReconnectPolicy,
    SessionPlan,
    SimulatedCharger,
    SimulatorConnectionError,
)
from tests.simulator.fake_csms import FakeCsms
from tests.simulator.helpers import MANUAL, fast_config, running, status_is

CP = "SIM-0001"


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_reconnects_and_boots_again_after_server_drops_the_socket(csms: FakeCsms) -> None:
    async with running(fast_config(csms.url, plan=MANUAL)) as charger:
        await charger.wait_online()
        await csms.drop(CP)
        boots = await csms.wait_for("BootNotification", count=2)
        await csms.wait_for(
            "StatusNotification", where=lambda m: m.connection == 2 and m.payload["connectorId"] == 1
        )
        await asyncio.wait_for(charger.wait_online(), 2)
        stats = charger.stats()
    assert [b.connection for b in boots] == [1, 2]
    assert (stats.connections, stats.boots, stats.connected) == (2, 2, True)


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_session_survives_a_dropped_connection(csms: FakeCsms) -> None:
    plan = SessionPlan(idle_s=0.0, duration_s=None, pause_s=30.0, unplug_s=0.0, max_sessions=1)
    async with running(fast_config(csms.url, plan=plan)) as charger:
        await csms.wait_for("MeterValues", count=3)
        await csms.drop(CP)
        after = await csms.wait_for("MeterValues", count=3, where=lambda m: m.connection == 2)
        await charger.stop()
    (start,) = csms.messages("StartTransaction")
    (stop,) = csms.messages("StopTransaction")
    assert {m.payload["transactionId"] for m in after} == {1001}
    assert stop.payload["transactionId"] == 1001 and stop.connection == 2
    assert stop.payload["meterStop"] >= start.payload["meterStart"]
    assert [
        s.payload["status"] for s in csms.messages("StatusNotification", where=lambda m: m.connection == 2)
    ][:2] == ["Available", "Charging"]


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_clean_stop_sends_stop_transaction(csms: FakeCsms) -> None:
    plan = SessionPlan(idle_s=0.0, duration_s=None, pause_s=30.0, unplug_s=5.0, max_sessions=None)
    charger = SimulatedCharger(fast_config(csms.url, plan=plan, connectors=2))
    charger.start()
    await csms.wait_for("StartTransaction", count=2)
    await csms.wait_for("MeterValues", count=4)
    started = asyncio.get_running_loop().time()
    await charger.stop()
    assert asyncio.get_running_loop().time() - started < 1.0, "no unplug delay when shutting down"
    stops = csms.messages("StopTransaction")
    assert sorted(s.payload["transactionId"] for s in stops) == [1001, 1002]
    assert {s.payload["reason"] for s in stops} == {"Local"}
    assert charger.state is ChargerState.STOPPED
    assert not charger.stats().connected
    await asyncio.sleep(0.2)
    assert len(csms.messages("StartTransaction")) == 2, "no new session after stop"


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_gives_up_when_the_server_is_unreachable() -> None:
    url = f"ws://127.0.0.1:{_closed_port()}/ocpp"
    reconnect = ReconnectPolicy(initial_s=0.01, max_s=0.02, give_up_after=3)
    charger = SimulatedCharger(fast_config(url, reconnect=reconnect, connect_timeout_s=1.0))
    charger.start()
    await asyncio.wait_for(charger.wait_finished(), 5)
    assert charger.state is ChargerState.FAILED
    assert isinstance(charger.error, SimulatorConnectionError)
    assert "after 3 attempt(s)" in str(charger.error)
    await charger.stop()
    assert charger.state is ChargerState.FAILED


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_keeps_retrying_until_the_server_comes_up() -> None:
    port = _closed_port()
    reconnect = ReconnectPolicy(initial_s=0.05, max_s=0.1)
    charger = SimulatedCharger(fast_config(f"ws://127.0.0.1:{port}/ocpp", plan=MANUAL, reconnect=reconnect))
    charger.start()
    try:
        await asyncio.sleep(0.3)
        assert charger.state is ChargerState.CONNECTING
        assert charger.stats().connections == 0
        async with FakeCsms(port=port) as csms:
            await asyncio.wait_for(charger.wait_online(), 3)
            await csms.wait_for("StatusNotification", where=status_is(1, "Available"))
    finally:
        await charger.stop()


def test_backoff_is_capped_exponential_with_jitter() -> None:
    policy = ReconnectPolicy(initial_s=0.5, max_s=30.0, factor=2.0, jitter=0.25)
    rng = random.Random(1)
    for attempt, base in [(1, 0.5), (2, 1.0), (3, 2.0), (6, 16.0), (7, 30.0), (20, 30.0)]:
        delays = [policy.delay_s(attempt, rng) for _ in range(50)]
        assert all(base * 0.75 <= d <= base * 1.25 for d in delays), attempt
        assert len(set(delays)) > 1, "jittered"
