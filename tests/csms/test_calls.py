"""CSMS -> charger calls: boot gate, grace period, one call at a time, timeouts, CALLERRORs, reply
validation and the command log."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from arthexis_desktop.core.errors import (
    CallRejectedError,
    CallTimeoutError,
    ChargerNotConnectedError,
    ChargerNotReadyError,
    InvalidCommandError,
)
from arthexis_desktop.core.events import CommandCompleted, ConnectorStatusChanged
from arthexis_desktop.core.model import AdmissionPolicy, AdmissionState, ChargerSettings
from tests.fixtures.broker import Broker, RawClient, SimCharger

Connect = Callable[..., Awaitable[RawClient]]
ConnectCp = Callable[..., Awaitable[SimCharger]]
MakeBroker = Callable[..., Awaitable[Broker]]

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(20)]

RESET = {"type": "Soft"}


async def booted_raw(broker: Broker, connect_raw: Connect, charger_id: str = "CP1") -> RawClient:
    client = await connect_raw(broker.url(charger_id))
    assert (await client.boot())[2]["status"] == "Accepted"
    return client


def start_call(
    broker: Broker, action: str = "Reset", payload: dict[str, Any] | None = None, **kw: Any
) -> Any:
    return asyncio.ensure_future(broker.csms.call("CP1", action, RESET if payload is None else payload, **kw))


async def answer_next_call(client: RawClient, payload: dict[str, Any], action: str = "Reset") -> str:
    frame = await client.recv()
    assert frame[0] == 2 and frame[2] == action, frame
    await client.send([3, frame[1], payload])
    return str(frame[1])


async def test_call_round_trip_is_logged_and_published(broker: Broker, connect_cp: ConnectCp) -> None:
    from ocpp.v16 import call

    cp = await connect_cp(broker.url("CP1"))
    await cp.call(call.BootNotification(charge_point_vendor="V", charge_point_model="M"))
    assert await broker.csms.call("CP1", "Reset", {"type": "Hard"}) == {"status": "Accepted"}
    assert cp.received == [("Reset", {"type": "Hard"})]
    reply = await broker.csms.call("CP1", "GetConfiguration", {"key": ["HeartbeatInterval"]})
    assert reply["configurationKey"][0]["key"] == "HeartbeatInterval"

    completed = [e.command for e in broker.events.of(CommandCompleted)]
    assert [(c.action, c.outcome) for c in completed] == [("Reset", "ok"), ("GetConfiguration", "ok")]
    assert completed[0].response == {"status": "Accepted"} and completed[0].id is not None
    stored = await broker.storage.list_commands(charger_id="CP1")
    assert sorted((c.action, c.outcome) for c in stored) == [("GetConfiguration", "ok"), ("Reset", "ok")]


async def test_no_call_goes_out_before_boot_is_accepted(broker: Broker, connect_raw: Connect) -> None:
    client = await connect_raw(broker.url("CP1"))
    pending = start_call(broker)
    await client.expect_silence(0.2)
    await client.send([2, "b1", "BootNotification", {"chargePointVendor": "V", "chargePointModel": "M"}])
    assert (await client.recv())[0] == 3
    await answer_next_call(client, {"status": "Accepted"})
    assert await pending == {"status": "Accepted"}


async def test_call_to_a_charger_that_never_boots_is_not_ready(broker: Broker, connect_raw: Connect) -> None:
    client = await connect_raw(broker.url("CP1"))
    with pytest.raises(ChargerNotReadyError):
        await broker.csms.call("CP1", "Reset", RESET, timeout_s=0.2)
    await client.expect_silence(0.05)
    command = (await broker.events.wait_for(CommandCompleted)).command
    assert (command.outcome, command.error) == ("error", "charger 'CP1' has not completed BootNotification")


async def test_pending_charger_is_not_ready(make_broker: MakeBroker, connect_raw: Connect) -> None:
    broker = await make_broker(admission_policy=AdmissionPolicy.ACCEPT_KNOWN)
    client = await connect_raw(broker.url("CP1"))
    assert (await client.boot())[2]["status"] == "Pending"
    with pytest.raises(ChargerNotReadyError):
        await broker.csms.call("CP1", "Reset", RESET, timeout_s=0.15)


async def test_known_accepted_charger_is_trusted_after_the_grace_period(
    make_broker: MakeBroker, connect_raw: Connect
) -> None:
    broker = await make_broker(boot_grace_s=0.2)
    await broker.storage.add_charger("CP1", AdmissionState.ACCEPTED)
    client = await connect_raw(broker.url("CP1"))
    loop = asyncio.get_running_loop()
    began = loop.time()
    pending = start_call(broker)
    await answer_next_call(client, {"status": "Accepted"})
    assert loop.time() - began >= 0.18
    assert await pending == {"status": "Accepted"}
    info = broker.csms.session("CP1")
    assert info is not None and info.booted


async def test_unknown_charger_is_never_trusted_by_the_grace_period(
    make_broker: MakeBroker, connect_raw: Connect
) -> None:
    broker = await make_broker(boot_grace_s=0.01)
    await connect_raw(broker.url("CP1"))
    with pytest.raises(ChargerNotReadyError):
        await broker.csms.call("CP1", "Reset", RESET, timeout_s=0.2)


async def test_one_outstanding_call_per_charger(broker: Broker, connect_raw: Connect) -> None:
    client = await booted_raw(broker, connect_raw)
    first = start_call(broker, "Reset", {"type": "Soft"})
    second = start_call(broker, "ClearCache", {})
    frame = await client.recv()
    assert frame[2:] == ["Reset", {"type": "Soft"}]
    await client.expect_silence(0.15)  # ClearCache waits for the Reset reply
    await client.send([3, frame[1], {"status": "Accepted"}])
    await answer_next_call(client, {"status": "Rejected"}, action="ClearCache")
    assert await first == {"status": "Accepted"}
    assert await second == {"status": "Rejected"}


async def test_timeout_then_late_reply_is_ignored(
    broker: Broker, connect_raw: Connect, caplog: pytest.LogCaptureFixture
) -> None:
    client = await booted_raw(broker, connect_raw)
    with pytest.raises(CallTimeoutError):
        await broker.csms.call("CP1", "Reset", RESET, timeout_s=0.2)
    late = await client.recv()
    with caplog.at_level(logging.WARNING):
        await client.send([3, late[1], {"status": "Accepted"}])
        await client.expect_silence(0.05)
    assert any("late CALLRESULT" in r.getMessage() for r in caplog.records)
    command = (await broker.events.wait_for(CommandCompleted)).command
    assert command.outcome == "timeout"
    # the next call goes out at once
    pending = start_call(broker)
    await answer_next_call(client, {"status": "Accepted"})
    assert await pending == {"status": "Accepted"}


async def test_callerror_is_raised_as_rejection(broker: Broker, connect_raw: Connect) -> None:
    client = await booted_raw(broker, connect_raw)
    pending = start_call(broker)
    frame = await client.recv()
    await client.send([4, frame[1], "NotSupported", "no soft reset here", {}])
    with pytest.raises(CallRejectedError) as raised:
        await pending
    assert (raised.value.code, raised.value.description) == ("NotSupported", "no soft reset here")
    command = (await broker.events.wait_for(CommandCompleted)).command
    assert (command.outcome, command.error) == ("rejected", "NotSupported: no soft reset here")


async def test_invalid_reply_is_rejected_in_strict_mode(broker: Broker, connect_raw: Connect) -> None:
    client = await booted_raw(broker, connect_raw)
    pending = start_call(broker)
    await answer_next_call(client, {"status": "Maybe"})
    with pytest.raises(CallRejectedError) as raised:
        await pending
    assert raised.value.code == "FormationViolation"
    assert raised.value.description.startswith("Reset: status: 'Maybe' is not one of")


async def test_malformed_reply_fails_the_call(broker: Broker, connect_raw: Connect) -> None:
    client = await booted_raw(broker, connect_raw)
    pending = start_call(broker)
    frame = await client.recv()
    await client.send([3, frame[1], "Accepted"])
    with pytest.raises(CallRejectedError) as raised:
        await pending
    assert raised.value.code == "FormationViolation"


async def test_invalid_reply_is_accepted_for_a_lenient_charger(broker: Broker, connect_raw: Connect) -> None:
    await broker.storage.add_charger("CP1", AdmissionState.ACCEPTED)
    await broker.storage.update_charger_settings("CP1", ChargerSettings(lenient_validation=True))
    client = await booted_raw(broker, connect_raw)
    pending = start_call(broker)
    await answer_next_call(client, {"status": "Maybe"})
    assert await pending == {"status": "Maybe"}


@pytest.mark.parametrize(
    ("action", "payload"),
    [
        ("Reset", {"type": "Bogus"}),
        ("Reset", {}),
        ("Heartbeat", {}),  # a charger's message, not a command
        ("Teleport", {}),
    ],
)
async def test_invalid_commands_are_refused_before_sending(
    broker: Broker, connect_raw: Connect, action: str, payload: dict[str, Any]
) -> None:
    client = await booted_raw(broker, connect_raw)
    with pytest.raises(InvalidCommandError):
        await broker.csms.call("CP1", action, payload)
    await client.expect_silence(0.05)
    assert (await broker.events.wait_for(CommandCompleted)).command.outcome == "error"


async def test_decimal_schemas_accept_one_decimal_limits(broker: Broker, connect_raw: Connect) -> None:
    client = await booted_raw(broker, connect_raw)
    profile = {
        "connectorId": 1,
        "csChargingProfiles": {
            "chargingProfileId": 1,
            "stackLevel": 0,
            "chargingProfilePurpose": "TxDefaultProfile",
            "chargingProfileKind": "Absolute",
            "chargingSchedule": {
                "chargingRateUnit": "A",
                "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 21.4}],
            },
        },
    }
    pending = start_call(broker, "SetChargingProfile", profile)
    frame = await client.recv()
    assert frame[3] == profile  # sent as given
    await client.send([3, frame[1], {"status": "Accepted"}])
    assert await pending == {"status": "Accepted"}


async def test_call_to_unknown_charger_is_not_connected(broker: Broker) -> None:
    with pytest.raises(ChargerNotConnectedError):
        await broker.csms.call("GHOST", "Reset", RESET)
    command = (await broker.events.wait_for(CommandCompleted)).command
    assert (command.charger_id, command.outcome) == ("GHOST", "error")


async def test_disconnect_during_a_call_fails_it(broker: Broker, connect_raw: Connect) -> None:
    client = await booted_raw(broker, connect_raw)
    pending = start_call(broker)
    await client.recv()
    await client.ws.close()
    with pytest.raises(ChargerNotConnectedError):
        await pending


async def test_awaiting_a_call_inside_a_handler_fails_fast(broker: Broker, connect_raw: Connect) -> None:
    client = await booted_raw(broker, connect_raw)
    session = broker.csms._registry.get("CP1")
    assert session is not None
    outcome: list[BaseException] = []

    async def call_the_charger() -> None:
        deadline = asyncio.get_running_loop().time() + 1
        try:
            await session.calls.request("Reset", RESET, deadline=deadline, timeout_s=1)
        except RuntimeError as exc:
            outcome.append(exc)

    def on_status(event: ConnectorStatusChanged) -> None:
        # Subscribers run inside the receive loop, like handlers: step the coroutine right here,
        # as a handler awaiting it would.
        assert asyncio.current_task() is session.receiver
        with contextlib.suppress(StopIteration):
            call_the_charger().send(None)

    broker.bus.subscribe(ConnectorStatusChanged, on_status)
    await client.call("StatusNotification", {"connectorId": 1, "errorCode": "NoError", "status": "Available"})
    assert len(outcome) == 1 and "inside one of its message handlers" in str(outcome[0])
    await client.expect_silence(0.05)  # nothing was sent
