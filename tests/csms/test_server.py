"""The listener: handshake (subprotocol, charger id), start/stop, restart on new settings,
keep-alive pings, display URLs, operator disconnect."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Awaitable, Callable

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from arthexis_desktop.core.errors import ChargerNotConnectedError, ConfigurationError
from arthexis_desktop.core.events import (
    BrokerFailed,
    BrokerStarted,
    BrokerStopped,
    ChargerConnected,
    ChargerDisconnected,
    EventBus,
)
from arthexis_desktop.csms.server import CentralSystem, display_urls
from tests.csms.wire import assert_valid_result, open_mute_client
from tests.fixtures.broker import Broker, EventLog, RawClient, broker_settings

Connect = Callable[..., Awaitable[RawClient]]
MakeBroker = Callable[..., Awaitable[Broker]]

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(20)]


@pytest.mark.parametrize(
    ("offered", "chosen"),
    [
        (["ocpp1.6"], "ocpp1.6"),
        (["ocpp1.6j"], "ocpp1.6j"),
        (["ocpp1.6j", "ocpp1.6"], "ocpp1.6"),
        (["ocpp2.0.1", "ocpp1.6"], "ocpp1.6"),
        (["OCPP1.6"], "OCPP1.6"),
    ],
)
async def test_subprotocol_is_negotiated(
    broker: Broker, connect_raw: Connect, offered: list[str], chosen: str
) -> None:
    client = await connect_raw(broker.url("CP1"), subprotocols=offered)
    assert client.ws.subprotocol == chosen
    assert_valid_result("BootNotification", await client.boot())
    info = broker.csms.session("CP1")
    assert info is not None and info.protocol == "ocpp1.6"


async def test_handshake_without_subprotocol_is_served_as_16(broker: Broker, connect_raw: Connect) -> None:
    client = await connect_raw(broker.url("CP1"), subprotocols=None)
    assert client.ws.subprotocol is None
    assert_valid_result("BootNotification", await client.boot())
    event = await broker.events.wait_for(ChargerConnected)
    assert event.protocol == "ocpp1.6"


async def test_only_unserved_versions_are_refused_with_400(
    broker: Broker, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING), pytest.raises(InvalidStatus) as refused:
        await connect(broker.url("CP21"), subprotocols=["ocpp2.0.1", "ocpp2.1"])  # type: ignore[list-item]
    assert refused.value.response.status_code == 400
    line = next(r.getMessage() for r in caplog.records if "offered subprotocols" in r.getMessage())
    assert "ocpp2.0.1, ocpp2.1" in line and "/CP21" in line
    assert broker.csms.sessions() == []


@pytest.mark.parametrize(
    ("path", "charger_id"),
    [
        ("ocpp/CP1", "CP1"),
        ("CP1/", "CP1"),
        ("a/b/CP1", "CP1"),
        ("ocpp//CP1//", "CP1"),
        ("ocpp/CP%201", "CP 1"),
        ("ocpp/CP1?token=abc", "CP1"),
        ("x" * 128, "x" * 128),
    ],
)
async def test_charger_id_is_the_last_path_segment(
    broker: Broker, connect_raw: Connect, path: str, charger_id: str
) -> None:
    await connect_raw(broker.url(path))
    event = await broker.events.wait_for(ChargerConnected)
    assert event.charger_id == charger_id
    assert broker.csms.session(charger_id) is not None


@pytest.mark.parametrize("path", ["", "ocpp/%20/", "x" * 129, "ocpp/CP1%0D%0Aforged"])
async def test_unusable_charger_id_is_refused_with_400(broker: Broker, path: str) -> None:
    with pytest.raises(InvalidStatus) as refused:
        await connect(broker.url(path), subprotocols=["ocpp1.6"])  # type: ignore[list-item]
    assert refused.value.response.status_code == 400


async def test_port_in_use_fails_with_a_clear_reason(broker: Broker, broker_storage: object) -> None:
    bus = EventBus()
    events = EventLog(bus)
    other = CentralSystem(broker_settings(port=broker.csms.port), broker.storage, bus)
    with pytest.raises(ConfigurationError, match="already in use"):
        await other.start()
    failed = events.of(BrokerFailed)
    assert len(failed) == 1 and failed[0].port == broker.csms.port and "in use" in failed[0].reason
    assert not other.running


async def test_stop_closes_sessions_going_away(make_broker: MakeBroker, connect_raw: Connect) -> None:
    broker = await make_broker()
    port = broker.csms.port
    client = await connect_raw(broker.url("CP1"))
    await client.boot()
    await broker.csms.stop()
    with pytest.raises(ConnectionClosed):
        await client.recv()
    assert client.ws.close_code == 1001
    disconnected = await broker.events.wait_for(ChargerDisconnected)
    assert disconnected.code == 1001
    assert broker.events.of(BrokerStopped)
    # the port is free again
    again = CentralSystem(broker_settings(port=port), broker.storage, EventBus())
    await again.start()
    await again.stop()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_port_change_restarts_only_the_listener(broker: Broker, connect_raw: Connect) -> None:
    old_url = broker.url("CP-OLD")
    client = await connect_raw(old_url)
    await client.boot()
    new_port = free_port()
    await broker.csms.apply_settings(broker.csms.settings.with_changes(port=new_port))
    assert broker.csms.port == new_port
    assert broker.events.of(BrokerStarted)[-1].urls == (f"ws://127.0.0.1:{new_port}/<chargerId>",)
    assert_valid_result("Heartbeat", await client.call("Heartbeat", {}))  # the old session lives on
    newcomer = await connect_raw(broker.url("CP-NEW"))
    assert_valid_result("BootNotification", await newcomer.boot())
    with pytest.raises(OSError):
        await connect(old_url.replace("CP-OLD", "CP-X"), open_timeout=1)
    assert {s.charger_id for s in broker.csms.sessions()} == {"CP-OLD", "CP-NEW"}


async def test_port_change_to_a_taken_port_keeps_the_old_listener(
    make_broker: MakeBroker, connect_raw: Connect
) -> None:
    first = await make_broker()
    second = await make_broker()
    with pytest.raises(ConfigurationError, match="already in use"):
        await second.csms.apply_settings(second.csms.settings.with_changes(port=first.csms.port))
    assert second.events.of(BrokerFailed)
    assert second.csms.settings.port == 0
    client = await connect_raw(second.url("CP1"))
    assert_valid_result("BootNotification", await client.boot())


async def test_other_settings_apply_to_live_sessions(broker: Broker, connect_raw: Connect) -> None:
    client = await connect_raw(broker.url("CP1"))
    assert (await client.boot())[2]["interval"] == 300
    await broker.csms.apply_settings(broker.csms.settings.with_changes(heartbeat_interval_s=60))
    assert (await client.boot())[2]["interval"] == 60


async def test_invalid_settings_are_refused(broker: Broker) -> None:
    with pytest.raises(ConfigurationError):
        await broker.csms.apply_settings(broker.csms.settings.__class__(port=70000))


async def test_client_that_does_not_answer_pings_is_dropped(make_broker: MakeBroker) -> None:
    broker = await make_broker(ping_interval_s=0.05, ping_timeout_s=0.1)
    mute = await open_mute_client(broker.csms.port, "CP1")
    await broker.events.wait_for(ChargerConnected)
    disconnected = await broker.events.wait_for(ChargerDisconnected, timeout_s=2)
    assert (disconnected.code, disconnected.reason) == (1011, "keepalive ping timeout")
    assert broker.csms.session("CP1") is None
    await mute.close()


async def test_without_pings_a_silent_client_stays(broker: Broker, connect_raw: Connect) -> None:
    mute = await open_mute_client(broker.csms.port, "MUTE")
    await asyncio.sleep(0.4)
    assert not broker.events.of(ChargerDisconnected)
    assert broker.csms.session("MUTE") is not None
    await mute.close()
    await broker.events.wait_for(ChargerDisconnected)


async def test_enabling_pings_applies_to_live_sessions(broker: Broker) -> None:
    mute = await open_mute_client(broker.csms.port, "CP1")
    await broker.events.wait_for(ChargerConnected)
    await broker.csms.apply_settings(
        broker.csms.settings.with_changes(ping_interval_s=0.05, ping_timeout_s=0.1)
    )
    disconnected = await broker.events.wait_for(ChargerDisconnected, timeout_s=2)
    assert disconnected.code == 1011
    await mute.close()


async def test_urls_for_display(broker: Broker) -> None:
    assert broker.csms.urls == (f"ws://127.0.0.1:{broker.csms.port}/<chargerId>",)
    assert broker.events.of(BrokerStarted)[0].urls == broker.csms.urls
    everywhere = display_urls("0.0.0.0", 9000)
    assert everywhere[-1] == "ws://127.0.0.1:9000/<chargerId>"
    assert display_urls("::1", 9000) == ("ws://[::1]:9000/<chargerId>",)


async def test_operator_disconnect(broker: Broker, connect_raw: Connect) -> None:
    client = await connect_raw(broker.url("CP1"))
    await client.boot()
    await broker.csms.disconnect("CP1")
    with pytest.raises(ConnectionClosed):
        await client.recv()
    assert client.ws.close_code == 1000
    assert (await broker.events.wait_for(ChargerDisconnected)).charger_id == "CP1"
    assert broker.csms.session("CP1") is None
    with pytest.raises(ChargerNotConnectedError):
        await broker.csms.disconnect("CP1")
