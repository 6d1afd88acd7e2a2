"""Every 1.6 charger -> CSMS action through a real ocpp ChargePoint client: schema-valid replies
(the client validates them, and the broker runs with validate_replies=True), what is persisted
and which events are published."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from ocpp.v16 import call

from arthexis_desktop.core.events import (
    BootNotified,
    ChargerNotified,
    ConnectorStatusChanged,
    FrameLogged,
    HeartbeatReceived,
    TagPresented,
    TransactionStarted,
    TransactionStopped,
)
from arthexis_desktop.core.model import (
    AdmissionPolicy,
    AdmissionState,
    AuthorizationPolicy,
    ChargerSettings,
    Tag,
)
from arthexis_desktop.core.timestamps import parse_ocpp_datetime
from tests.csms.wire import T0, booted, recent
from tests.fixtures.broker import Broker, SimCharger

ConnectCp = Callable[..., Awaitable[SimCharger]]
MakeBroker = Callable[..., Awaitable[Broker]]

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(20)]


async def test_boot_accepted_registers_the_charger(broker: Broker, connect_cp: ConnectCp) -> None:
    cp = await connect_cp(broker.url("ocpp/CP-A"))
    result = await cp.call(
        call.BootNotification(
            charge_point_vendor="ACME",
            charge_point_model="Wall",
            charge_point_serial_number="SN1",
            firmware_version="1.2.3",
        )
    )
    assert (result.status, result.interval) == ("Accepted", 300)
    assert recent(parse_ocpp_datetime(result.current_time))
    record = await broker.storage.charger("CP-A")
    assert record is not None and record.admission is AdmissionState.ACCEPTED
    assert (record.vendor, record.model, record.serial, record.firmware) == ("ACME", "Wall", "SN1", "1.2.3")
    event = await broker.events.wait_for(BootNotified)
    assert (event.charger_id, event.status, event.known_before) == ("CP-A", "Accepted", False)
    assert event.info.serial == "SN1"
    info = broker.csms.session("CP-A")
    assert info is not None and info.booted and info.admission is AdmissionState.ACCEPTED


@pytest.mark.parametrize(
    ("policy", "status"),
    [(AdmissionPolicy.ACCEPT_KNOWN, "Pending"), (AdmissionPolicy.REJECT_UNKNOWN, "Rejected")],
)
async def test_boot_not_accepted_gets_the_retry_interval(
    make_broker: MakeBroker, connect_cp: ConnectCp, policy: AdmissionPolicy, status: str
) -> None:
    broker = await make_broker(admission_policy=policy, pending_retry_s=45)
    cp = await connect_cp(broker.url("CP-P"))
    result = await cp.call(call.BootNotification(charge_point_vendor="V", charge_point_model="M"))
    assert (result.status, result.interval) == (status, 45)
    info = broker.csms.session("CP-P")
    assert info is not None and not info.booted


async def test_heartbeat_answers_time_and_updates_last_seen(broker: Broker, connect_cp: ConnectCp) -> None:
    cp = await booted(broker, connect_cp)
    result = await cp.call(call.Heartbeat())
    assert recent(parse_ocpp_datetime(result.current_time))
    event = await broker.events.wait_for(HeartbeatReceived)
    assert event.charger_id == "CP1" and recent(event.at)
    record = await broker.storage.charger("CP1")
    assert record is not None and recent(record.last_seen_at)


async def test_status_notification_for_charger_and_connector(broker: Broker, connect_cp: ConnectCp) -> None:
    cp = await booted(broker, connect_cp)
    await cp.call(call.StatusNotification(connector_id=0, error_code="NoError", status="Available"))
    await cp.call(
        call.StatusNotification(
            connector_id=1,
            error_code="GroundFailure",
            status="Faulted",
            info="RCD tripped",
            vendor_id="ACME",
            vendor_error_code="E42",
            timestamp="1970-01-01T00:00:00Z",  # no RTC after a power cut: receive time is used
        )
    )
    events = broker.events.of(ConnectorStatusChanged)
    assert [(e.status.connector_id, e.status.status) for e in events] == [(0, "Available"), (1, "Faulted")]
    faulted = events[1].status
    assert (faulted.error_code, faulted.info, faulted.vendor_id, faulted.vendor_error_code) == (
        "GroundFailure",
        "RCD tripped",
        "ACME",
        "E42",
    )
    assert recent(faulted.timestamp)
    record = await broker.storage.charger("CP1")
    assert record is not None
    assert {c.connector_id: c.status for c in record.connectors} == {0: "Available", 1: "Faulted"}


async def test_authorize_uses_the_policy_and_the_tag_register(
    make_broker: MakeBroker, connect_cp: ConnectCp
) -> None:
    broker = await make_broker(authorization_policy=AuthorizationPolicy.ALLOWLIST)
    await broker.storage.upsert_tag(Tag(uid="ALLOWED1", allowed=True))
    await broker.storage.upsert_tag(Tag(uid="BLOCKED1", allowed=False))
    expires = datetime(2099, 1, 1, tzinfo=UTC)
    await broker.storage.upsert_tag(
        Tag(uid="PARENTED", allowed=True, parent_uid="GROUP1", expires_at=expires)
    )
    cp = await booted(broker, connect_cp)
    statuses = {}
    for tag in ("ALLOWED1", "BLOCKED1", "UNKNOWN1"):
        statuses[tag] = (await cp.call(call.Authorize(id_tag=tag))).id_tag_info["status"]
    assert statuses == {"ALLOWED1": "Accepted", "BLOCKED1": "Blocked", "UNKNOWN1": "Invalid"}
    info = (await cp.call(call.Authorize(id_tag="PARENTED"))).id_tag_info
    # (the ocpp client hands nested keys over in snake_case)
    assert info == {
        "status": "Accepted",
        "parent_id_tag": "GROUP1",
        "expiry_date": "2099-01-01T00:00:00.000Z",
    }
    presented = broker.events.of(TagPresented)
    assert [(e.decision.tag_uid, e.purpose) for e in presented][:3] == [
        ("ALLOWED1", "Authorize"),
        ("BLOCKED1", "Authorize"),
        ("UNKNOWN1", "Authorize"),
    ]


async def test_per_charger_authorization_policy_overrides_the_broker(
    make_broker: MakeBroker, connect_cp: ConnectCp
) -> None:
    broker = await make_broker(authorization_policy=AuthorizationPolicy.ALLOWLIST)
    await broker.storage.add_charger("CP1", AdmissionState.ACCEPTED)
    await broker.storage.update_charger_settings(
        "CP1", ChargerSettings(authorization_policy=AuthorizationPolicy.OPEN)
    )
    cp = await booted(broker, connect_cp)
    assert (await cp.call(call.Authorize(id_tag="ANYONE"))).id_tag_info["status"] == "Accepted"


async def test_start_transaction_returns_the_stored_id_and_a_replay_gets_it_again(
    broker: Broker, connect_cp: ConnectCp
) -> None:
    cp = await booted(broker, connect_cp)
    start = call.StartTransaction(connector_id=1, id_tag="TAG1", meter_start=1000, timestamp=T0)
    first = await cp.call(start)
    assert first.id_tag_info == {"status": "Accepted"}
    stored = await broker.events.wait_for(TransactionStarted)
    assert stored.transaction.id == first.transaction_id and not stored.replayed
    assert stored.transaction.start_time == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert stored.transaction.meter_start_wh == 1000
    replay = await cp.call(start)  # a new message id: a retransmission after a reconnect
    assert replay.transaction_id == first.transaction_id
    assert [e.replayed for e in broker.events.of(TransactionStarted)] == [False, True]
    assert len([e for e in broker.events.of(TagPresented) if e.purpose == "StartTransaction"]) == 1


async def test_start_with_refused_tag_still_gets_a_transaction_id(
    make_broker: MakeBroker, connect_cp: ConnectCp
) -> None:
    broker = await make_broker(authorization_policy=AuthorizationPolicy.ALLOWLIST)
    cp = await booted(broker, connect_cp)
    result = await cp.call(
        call.StartTransaction(connector_id=1, id_tag="STRANGER", meter_start=0, timestamp=T0)
    )
    assert result.id_tag_info == {"status": "Invalid"}
    assert isinstance(result.transaction_id, int)


async def test_strict_replay_is_not_answered_concurrent_tx(
    make_broker: MakeBroker, connect_cp: ConnectCp
) -> None:
    broker = await make_broker(authorization_policy=AuthorizationPolicy.STRICT)
    await broker.storage.upsert_tag(Tag(uid="OWNED1", allowed=True, released=True, owner="Alice"))
    cp = await booted(broker, connect_cp)
    start = call.StartTransaction(connector_id=1, id_tag="OWNED1", meter_start=5, timestamp=T0)
    first = await cp.call(start)
    replay = await cp.call(start)
    assert first.id_tag_info == replay.id_tag_info == {"status": "Accepted"}
    assert first.transaction_id == replay.transaction_id
    other = await cp.call(call.StartTransaction(connector_id=2, id_tag="OWNED1", meter_start=5, timestamp=T0))
    assert other.id_tag_info["status"] == "ConcurrentTx"


async def test_start_with_implausible_timestamp_uses_receive_time(
    broker: Broker, connect_cp: ConnectCp
) -> None:
    cp = await booted(broker, connect_cp)
    await cp.call(
        call.StartTransaction(connector_id=1, id_tag="T", meter_start=0, timestamp="2000-01-01T00:00:00Z")
    )
    event = await broker.events.wait_for(TransactionStarted)
    assert recent(event.transaction.start_time)


async def test_stop_transaction_with_transaction_data_and_id_tag(
    broker: Broker, connect_cp: ConnectCp
) -> None:
    cp = await booted(broker, connect_cp)
    started = await cp.call(
        call.StartTransaction(connector_id=1, id_tag="TAG1", meter_start=1000, timestamp=T0)
    )
    data = [
        {
            "timestamp": "2024-05-01T11:00:00Z",
            "sampledValue": [
                {
                    "value": "7.5",
                    "unit": "kWh",
                    "context": "Transaction.End",
                    "measurand": "Energy.Active.Import.Register",
                }
            ],
        }
    ]
    result = await cp.call(
        call.StopTransaction(
            meter_stop=7500,
            timestamp="2024-05-01T11:00:00Z",
            transaction_id=started.transaction_id,
            reason="EVDisconnected",
            id_tag="TAG1",
            transaction_data=data,
        )
    )
    assert result.id_tag_info == {"status": "Accepted"}
    stopped = (await broker.events.wait_for(TransactionStopped)).transaction
    assert stopped.id == started.transaction_id and not stopped.orphan
    assert (stopped.meter_stop_wh, stopped.stop_reason) == (7500, "EVDisconnected")
    assert stopped.stop_time == datetime(2024, 5, 1, 11, tzinfo=UTC)
    assert [e.purpose for e in broker.events.of(TagPresented)] == ["StartTransaction", "StopTransaction"]
    readings = await broker.storage.meter_readings(started.transaction_id)
    assert [(v.value, v.unit, v.context) for r in readings for v in r.values] == [
        (7500.0, "Wh", "Transaction.End")
    ]
    stored = await broker.storage.transaction(started.transaction_id)
    assert stored is not None and stored.energy_wh == 6500


async def test_stop_for_unknown_transaction_is_answered_and_kept_as_orphan(
    broker: Broker, connect_cp: ConnectCp
) -> None:
    cp = await booted(broker, connect_cp)
    result = await cp.call(call.StopTransaction(meter_stop=10, timestamp=T0, transaction_id=987654))
    assert result.id_tag_info is None  # no idTag sent: no idTagInfo
    stopped = (await broker.events.wait_for(TransactionStopped)).transaction
    assert stopped.orphan


async def test_data_transfer_is_recorded_and_answered_unknown_vendor(
    broker: Broker, connect_cp: ConnectCp
) -> None:
    cp = await booted(broker, connect_cp)
    result = await cp.call(call.DataTransfer(vendor_id="com.acme", message_id="Hello", data="{}"))
    assert result.status == "UnknownVendorId"
    event = await broker.events.wait_for(ChargerNotified)
    sent = {"vendorId": "com.acme", "messageId": "Hello", "data": "{}"}
    assert (event.action, event.payload) == ("DataTransfer", sent)
    stored = await broker.storage.notifications("CP1")
    assert [(n.action, n.payload) for n in stored] == [("DataTransfer", sent)]


@pytest.mark.parametrize(
    ("request_payload", "action"),
    [
        (call.DiagnosticsStatusNotification(status="Uploaded"), "DiagnosticsStatusNotification"),
        (call.FirmwareStatusNotification(status="Installed"), "FirmwareStatusNotification"),
        (
            call.SecurityEventNotification(type="StartupOfTheDevice", timestamp=T0, tech_info="cold boot"),
            "SecurityEventNotification",
        ),
    ],
)
async def test_notifications_are_recorded(
    broker: Broker, connect_cp: ConnectCp, request_payload: Any, action: str
) -> None:
    cp = await booted(broker, connect_cp)
    await cp.call(request_payload)
    event = await broker.events.wait_for(ChargerNotified)
    assert event.action == action and event.charger_id == "CP1"
    assert [n.action for n in await broker.storage.notifications("CP1")] == [action]


async def test_every_frame_is_logged_in_both_directions(broker: Broker, connect_cp: ConnectCp) -> None:
    cp = await booted(broker, connect_cp)
    await cp.call(call.Heartbeat())
    frames = await broker.storage.recent_frames(charger_id="CP1")
    assert [f.direction.value for f in frames] == ["in", "out", "in", "out"]
    assert [json.loads(f.text)[0] for f in frames] == [2, 3, 2, 3]
    assert all(recent(f.timestamp) for f in frames)
    logged = [(e.direction.value, e.text) for e in broker.events.of(FrameLogged)]
    assert logged == [(f.direction.value, f.text) for f in frames]
