"""The CALLERROR policy (csms/session.py docstring table) at the wire: raw frames in, exact frames
out, and the connection stays open and usable after every case."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from arthexis_desktop.core.events import ChargerNotified, FrameLogged, HeartbeatReceived, TransactionStarted
from arthexis_desktop.core.model import AdmissionState, BootDecision, Direction
from tests.csms.wire import BOOT, assert_error, assert_valid_result
from tests.fixtures.broker import Broker, RawClient

Connect = Callable[..., Awaitable[RawClient]]

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(20)]


async def booted(broker: Broker, connect_raw: Connect, charger_id: str = "CP1") -> RawClient:
    client = await connect_raw(broker.url(f"ocpp/{charger_id}"))
    assert_valid_result("BootNotification", await client.call("BootNotification", BOOT))
    return client


async def assert_still_usable(client: RawClient) -> None:
    assert_valid_result("Heartbeat", await client.call("Heartbeat", {}, message_id="after"), "after")


FRAMING_CASES = [
    pytest.param("{not json", "-1", "frame is not valid JSON", id="not-json"),
    pytest.param('{"a": 1}', "-1", "frame is not a non-empty JSON array", id="object"),
    pytest.param("[]", "-1", "frame is not a non-empty JSON array", id="empty-array"),
    pytest.param("42", "-1", "frame is not a non-empty JSON array", id="number"),
    pytest.param('["2", "m1", "Heartbeat", {}]', "m1", "message type id is not an integer", id="type-str"),
    pytest.param('[true, "m1", "Heartbeat", {}]', "m1", "message type id is not an integer", id="type-bool"),
]
CALL_SHAPE = "CALL must be [2, messageId (string), action (string), payload (object)]"
FRAMING_CASES += [
    pytest.param('[2, "m1", "Heartbeat"]', "m1", CALL_SHAPE, id="call-3-elements"),
    pytest.param('[2, "m1", "Heartbeat", {}, 1]', "m1", CALL_SHAPE, id="call-5-elements"),
    pytest.param('[2, 17, "Heartbeat", {}]', "-1", CALL_SHAPE, id="id-int"),
    pytest.param('[2, "m1", 5, {}]', "m1", CALL_SHAPE, id="action-int"),
    pytest.param('[2, "m1", "Heartbeat", []]', "m1", CALL_SHAPE, id="payload-list"),
    pytest.param('[2, "m1", "Heartbeat", null]', "m1", CALL_SHAPE, id="payload-null"),
    pytest.param('[5, "m1", {}]', "m1", "message type id 5 is not supported", id="unknown-type"),
]


@pytest.mark.parametrize(("text", "message_id", "description"), FRAMING_CASES)
async def test_malformed_frames_get_formation_violation(
    broker: Broker, connect_raw: Connect, text: str, message_id: str, description: str
) -> None:
    client = await booted(broker, connect_raw)
    await client.send(text)
    assert_error(await client.recv(), message_id, "FormationViolation", description)
    await assert_still_usable(client)


SCHEMA_CASES = [
    pytest.param(
        "StatusNotification",
        {"connectorId": "1", "errorCode": "NoError", "status": "Available"},
        "TypeConstraintViolation",
        "connectorId",
        id="type",
    ),
    pytest.param(
        "BootNotification",
        {"chargePointVendor": "V" * 21, "chargePointModel": "M"},
        "TypeConstraintViolation",
        "chargePointVendor",
        id="maxLength",
    ),
    pytest.param(
        "StatusNotification",
        {"connectorId": 1, "errorCode": "NoError", "status": "Available", "timestamp": "yesterday"},
        "TypeConstraintViolation",
        "timestamp",
        id="format",
    ),
    pytest.param(
        "StatusNotification",
        {"connectorId": 1, "errorCode": "NoError", "status": "Sleeping"},
        "PropertyConstraintViolation",
        "status",
        id="enum",
    ),
    pytest.param("BootNotification", {"chargePointModel": "M"}, "ProtocolError", "(payload)", id="required"),
    pytest.param(
        "MeterValues",
        {"connectorId": 1, "meterValue": []},
        "OccurenceConstraintViolation",
        "meterValue",
        id="minItems",
    ),
    pytest.param("Heartbeat", {"extra": 1}, "FormationViolation", "(payload)", id="additionalProperties"),
]


@pytest.mark.parametrize(("action", "payload", "code", "path"), SCHEMA_CASES)
async def test_schema_violations_map_to_16_codes(
    broker: Broker, connect_raw: Connect, action: str, payload: dict[str, Any], code: str, path: str
) -> None:
    client = await booted(broker, connect_raw)
    description = assert_error(await client.call(action, payload, message_id="s1"), "s1", code)
    assert description.startswith(f"{action}: {path}: ")
    await assert_still_usable(client)


async def test_unknown_action_is_not_implemented(broker: Broker, connect_raw: Connect) -> None:
    client = await booted(broker, connect_raw)
    frame = await client.call("FlyToTheMoon", {}, message_id="u1")
    assert_error(frame, "u1", "NotImplemented", "unknown action 'FlyToTheMoon'")
    await assert_still_usable(client)


@pytest.mark.parametrize("action", ["RemoteStartTransaction", "Reset", "SignCertificate"])
async def test_action_a_charger_does_not_send_is_not_supported(
    broker: Broker, connect_raw: Connect, action: str
) -> None:
    client = await booted(broker, connect_raw)
    frame = await client.call(action, {"idTag": "ABC"}, message_id="n1")
    assert_error(frame, "n1", "NotSupported", f"{action} is not accepted from a charger")
    await assert_still_usable(client)


@pytest.mark.parametrize(
    "frame",
    [
        pytest.param([3, "nobody-asked", {}], id="orphan-callresult"),
        pytest.param([4, "nobody-asked", "GenericError", "", {}], id="orphan-callerror"),
        pytest.param([3, "x"], id="malformed-callresult"),
        pytest.param([4, "x", 1], id="malformed-callerror"),
        pytest.param([5], id="unknown-type-no-id"),
        pytest.param([7, 12, {}], id="unknown-type-id-int"),
    ],
)
async def test_frames_that_must_not_be_answered_are_ignored(
    broker: Broker, connect_raw: Connect, frame: list[Any], caplog: pytest.LogCaptureFixture
) -> None:
    client = await booted(broker, connect_raw)
    with caplog.at_level(logging.WARNING, logger="arthexis_desktop.csms"):
        await client.send(frame)
        await client.expect_silence(0.1)
    assert caplog.records, "an ignored frame is logged"
    await assert_still_usable(client)


async def test_binary_frames_get_formation_violation(broker: Broker, connect_raw: Connect) -> None:
    client = await booted(broker, connect_raw)
    await client.send(b'[2,"b1","Heartbeat",{}]')
    assert_error(await client.recv(), "b1", "FormationViolation", "binary frames are not OCPP-J")
    await client.send(b"\x00\xff\x10")
    assert_error(await client.recv(), "-1", "FormationViolation", "binary frames are not OCPP-J")
    await assert_still_usable(client)


async def test_oversized_frames_are_answered_and_dropped(make_broker: Any, connect_raw: Connect) -> None:
    broker = await make_broker(max_frame_bytes=1024)
    client = await booted(broker, connect_raw)
    big = '[2,"big1","DataTransfer",{"vendorId":"V","data":"' + "a" * 5000 + '"}]'
    await client.send(big)
    assert_error(await client.recv(), "big1", "FormationViolation", "frame larger than 1024 bytes")
    # 600 characters but 1200 bytes in UTF-8
    wide = '[2,"big2","DataTransfer",{"vendorId":"V","data":"' + "é" * 600 + '"}]'
    await client.send(wide)
    assert_error(await client.recv(), "big2", "FormationViolation", "frame larger than 1024 bytes")
    # nothing was processed, and the frame log keeps a bounded copy of what arrived
    assert not broker.events.of(ChargerNotified)
    inbound = [e.text for e in broker.events.of(FrameLogged) if e.direction is Direction.IN]
    assert inbound[-1] == wide  # under the limit in characters: kept whole
    assert inbound[-2] == big[:1024] + f"…[{len(big) - 1024} more characters]"
    await assert_still_usable(client)


async def test_frame_just_under_the_limit_is_processed(make_broker: Any, connect_raw: Connect) -> None:
    broker = await make_broker(max_frame_bytes=1024)
    client = await booted(broker, connect_raw)
    head = '[2,"ok1","DataTransfer",{"vendorId":"V","data":"'
    text = head + "a" * (1024 - len(head) - 3) + '"}]'
    assert len(text.encode()) == 1024
    await client.send(text)
    assert_valid_result("DataTransfer", await client.recv(), "ok1")


async def test_retransmitted_call_gets_the_cached_reply_and_is_not_processed_again(
    broker: Broker, connect_raw: Connect
) -> None:
    client = await booted(broker, connect_raw)
    first = await client.call("Heartbeat", {}, message_id="d1")
    again = await client.call("Heartbeat", {}, message_id="d1")
    assert again == first  # byte-identical reply, same currentTime
    assert len(broker.events.of(HeartbeatReceived)) == 1

    start = {"connectorId": 1, "idTag": "TAG1", "meterStart": 100, "timestamp": "2024-05-01T10:00:00Z"}
    reply = await client.call("StartTransaction", start, message_id="st1")
    assert await client.call("StartTransaction", start, message_id="st1") == reply
    assert len(broker.events.of(TransactionStarted)) == 1
    assert len(await broker.storage.list_transactions()) == 1  # nothing stored twice


async def test_reused_message_id_with_other_content_is_refused(broker: Broker, connect_raw: Connect) -> None:
    client = await booted(broker, connect_raw)
    await client.call("Heartbeat", {}, message_id="r1")
    frame = await client.call("Authorize", {"idTag": "ABC"}, message_id="r1")
    assert_error(frame, "r1", "FormationViolation", "message id reused")
    await assert_still_usable(client)


async def test_dedup_cache_is_bounded(broker: Broker, connect_raw: Connect) -> None:
    client = await booted(broker, connect_raw)
    await client.call("Heartbeat", {}, message_id="oldest")
    for n in range(64):
        await client.call("Heartbeat", {}, message_id=f"h{n}")
    assert len(broker.events.of(HeartbeatReceived)) == 65
    await client.call("Heartbeat", {}, message_id="oldest")  # forgotten: processed again
    assert len(broker.events.of(HeartbeatReceived)) == 66


async def test_handler_failure_is_internal_error_and_not_cached(
    broker: Broker, connect_raw: Connect, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    client = await booted(broker, connect_raw)
    status = {"connectorId": 1, "errorCode": "NoError", "status": "Available"}

    async def database_down(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("database is locked")

    with monkeypatch.context() as patch, caplog.at_level(logging.ERROR):
        patch.setattr(broker.storage, "record_status", database_down)
        frame = await client.call("StatusNotification", status, message_id="i1")
    assert_error(frame, "i1", "InternalError", "StatusNotification could not be processed")
    assert any(r.exc_info for r in caplog.records), "logged with traceback"
    # the charger retries with the same id once the database is back: processed this time
    assert_valid_result("StatusNotification", await client.call("StatusNotification", status, "i1"), "i1")
    await assert_still_usable(client)


async def test_invalid_reply_of_ours_becomes_internal_error(
    broker: Broker, connect_raw: Connect, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def odd_decision(*args: Any, **kwargs: Any) -> BootDecision:
        return BootDecision("Maybe", AdmissionState.ACCEPTED, known_before=True)

    monkeypatch.setattr(broker.storage, "register_boot", odd_decision)
    client = await connect_raw(broker.url("CP1"))
    with caplog.at_level(logging.ERROR):
        frame = await client.call("BootNotification", BOOT, "b1")
    assert_error(frame, "b1", "InternalError", "invalid reply")
    assert any("our BootNotification reply is invalid" in r.getMessage() for r in caplog.records)
