"""Every CSMS -> charge point call of OCPP 1.6 Core + RemoteTrigger is answered and acted on."""

from __future__ import annotations

import asyncio

import pytest
from ocpp.exceptions import NotImplementedError as OcppNotImplemented
from ocpp.v16 import call

from arthexis_desktop.simulator import SimulatedCharger
from tests.simulator.fake_csms import FakeCsms, Received
from tests.simulator.helpers import MANUAL, fast_config, running, status_is, statuses

CP = "SIM-0001"


async def _remote_start(csms: FakeCsms, id_tag: str = "REMOTE01", connector_id: int | None = 1) -> int:
    """RemoteStartTransaction; returns the transaction id once the session is charging."""
    started_before = len(csms.messages("MeterValues", where=_is_begin))
    answer = await csms.call(CP, call.RemoteStartTransaction(id_tag=id_tag, connector_id=connector_id))
    assert answer.status == "Accepted"
    begin = await csms.wait_for("MeterValues", count=started_before + 1, where=_is_begin)
    return int(begin[-1].payload["transactionId"])


def _is_begin(m: Received) -> bool:
    return bool(m.payload["meterValue"][0]["sampledValue"][0]["context"] == "Transaction.Begin")


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_remote_start_and_stop(csms: FakeCsms) -> None:
    async with running(fast_config(csms.url, plan=MANUAL)) as charger:
        await charger.wait_online()
        transaction_id = await _remote_start(csms)
        assert not csms.messages("Authorize"), "AuthorizeRemoteTxRequests is false"
        busy = await csms.call(CP, call.RemoteStartTransaction(id_tag="OTHER", connector_id=1))
        assert busy.status == "Rejected"
        no_free = await csms.call(CP, call.RemoteStartTransaction(id_tag="OTHER"))
        assert no_free.status == "Rejected"
        unknown = await csms.call(CP, call.RemoteStopTransaction(transaction_id=999))
        assert unknown.status == "Rejected"
        stop_answer = await csms.call(CP, call.RemoteStopTransaction(transaction_id=transaction_id))
        assert stop_answer.status == "Accepted"
        (stop,) = await csms.wait_for("StopTransaction")
        await csms.wait_for("StatusNotification", count=2, where=status_is(1, "Available"))
    assert stop.payload["reason"] == "Remote"
    assert stop.payload["transactionId"] == transaction_id
    assert stop.payload["idTag"] == "REMOTE01"
    assert statuses(csms.received, 1) == ["Available", "Preparing", "Charging", "Finishing", "Available"]


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_remote_start_picks_the_first_free_connector(csms: FakeCsms) -> None:
    async with running(fast_config(csms.url, plan=MANUAL, connectors=2)) as charger:
        await charger.wait_online()
        for expected_connector in (1, 2):
            answer = await csms.call(CP, call.RemoteStartTransaction(id_tag=f"TAG{expected_connector}"))
            assert answer.status == "Accepted"
            (start,) = await csms.wait_for(
                "StartTransaction", where=lambda m, n=expected_connector: m.payload["idTag"] == f"TAG{n}"
            )
            assert start.payload["connectorId"] == expected_connector
        full = await csms.call(CP, call.RemoteStartTransaction(id_tag="TAG3"))
        assert full.status == "Rejected"


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_authorize_remote_tx_requests_makes_it_authorize_first(csms: FakeCsms) -> None:
    async with running(fast_config(csms.url, plan=MANUAL)) as charger:
        await charger.wait_online()
        changed = await csms.call(CP, call.ChangeConfiguration(key="AuthorizeRemoteTxRequests", value="true"))
        assert changed.status == "Accepted"
        await _remote_start(csms)
    actions = [m.action for m in csms.received]
    assert actions.index("Authorize") < actions.index("StartTransaction")


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_change_meter_value_sample_interval_changes_cadence(csms: FakeCsms) -> None:
    async with running(fast_config(csms.url, plan=MANUAL, meter_interval_s=2.0)) as charger:
        await charger.wait_online()
        await _remote_start(csms)
        await asyncio.sleep(0.3)
        assert not _periodic(csms), "nothing within the first 0.3 s at a 2 s interval"
        answer = await csms.call(CP, call.ChangeConfiguration(key="MeterValueSampleInterval", value="0.05"))
        assert answer.status == "Accepted"
        await csms.wait_for("MeterValues", count=8, where=_is_periodic, timeout_s=2)
        reported = await csms.call(CP, call.GetConfiguration(key=["MeterValueSampleInterval"]))
    gaps = [b.at - a.at for a, b in zip(_periodic(csms), _periodic(csms)[1:], strict=False)]
    assert sorted(gaps)[len(gaps) // 2] < 0.2
    assert reported.configuration_key == [
        {"key": "MeterValueSampleInterval", "readonly": False, "value": "0.05"}
    ]


def _is_periodic(m: Received) -> bool:
    return bool(m.payload["meterValue"][0]["sampledValue"][0]["context"] == "Sample.Periodic")


def _periodic(csms: FakeCsms) -> list[Received]:
    return [m for m in csms.messages("MeterValues") if _is_periodic(m)]


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_change_heartbeat_interval_applies_live(csms: FakeCsms) -> None:
    async with running(fast_config(csms.url, plan=MANUAL, heartbeat_interval_s=30.0)) as charger:
        await charger.wait_online()
        answer = await csms.call(CP, call.ChangeConfiguration(key="heartbeatinterval", value="0.05"))
        assert answer.status == "Accepted"
        await csms.wait_for("Heartbeat", count=4, timeout_s=1.0)


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_change_configuration_rejects_readonly_unknown_and_bad_values(csms: FakeCsms) -> None:
    async with running(fast_config(csms.url, plan=MANUAL)) as charger:
        await charger.wait_online()
        cases = {
            ("NumberOfConnectors", "2"): "Rejected",
            ("NoSuchKey", "1"): "NotSupported",
            ("MeterValueSampleInterval", "soon"): "Rejected",
            ("AuthorizeRemoteTxRequests", "maybe"): "Rejected",
            ("MeterValuesSampledData", "Energy.Active.Import.Register,Frequency"): "Rejected",
            ("MeterValuesSampledData", "Energy.Active.Import.Register,SoC"): "Accepted",
        }
        for (key, value), expected in cases.items():
            answer = await csms.call(CP, call.ChangeConfiguration(key=key, value=value))
            assert answer.status == expected, (key, value)
        await _remote_start(csms)
        sample = await csms.wait_for("MeterValues", where=_is_periodic)
    measurands = [v["measurand"] for v in sample[0].payload["meterValue"][0]["sampledValue"]]
    assert measurands == ["Energy.Active.Import.Register", "SoC"]


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_get_configuration(csms: FakeCsms) -> None:
    async with running(fast_config(csms.url, plan=MANUAL, connectors=2)) as charger:
        await charger.wait_online()
        everything = await csms.call(CP, call.GetConfiguration())
        some = await csms.call(
            CP, call.GetConfiguration(key=["HeartbeatInterval", "Nope", "NumberOfConnectors"])
        )
    keys = {k["key"]: k for k in everything.configuration_key}
    for name in (
        "HeartbeatInterval",
        "MeterValueSampleInterval",
        "MeterValuesSampledData",
        "NumberOfConnectors",
        "AuthorizeRemoteTxRequests",
        "ConnectionTimeOut",
        "ClockAlignedDataInterval",
        "LocalAuthorizeOffline",
        "StopTxnSampledData",
        "SupportedFeatureProfiles",
    ):
        assert name in keys
    assert keys["NumberOfConnectors"] == {"key": "NumberOfConnectors", "readonly": True, "value": "2"}
    assert keys["HeartbeatInterval"]["readonly"] is False
    assert "unknownKey" not in everything.__dict__ or not everything.unknown_key
    assert [k["key"] for k in some.configuration_key] == ["HeartbeatInterval", "NumberOfConnectors"]
    assert some.unknown_key == ["Nope"]


TRIGGERS = {
    "BootNotification": "BootNotification",
    "Heartbeat": "Heartbeat",
    "StatusNotification": "StatusNotification",
    "MeterValues": "MeterValues",
    "DiagnosticsStatusNotification": "DiagnosticsStatusNotification",
    "FirmwareStatusNotification": "FirmwareStatusNotification",
}


@pytest.mark.asyncio
@pytest.mark.timeout(10)
@pytest.mark.parametrize("message", sorted(TRIGGERS))
async def test_trigger_message_sends_the_message(csms: FakeCsms, message: str) -> None:
    async with running(fast_config(csms.url, plan=MANUAL)) as charger:
        await charger.wait_online()
        before = len(csms.messages(message))
        answer = await csms.call(CP, call.TriggerMessage(requested_message=message, connector_id=1))
        assert answer.status == "Accepted"
        found = await csms.wait_for(message, count=before + 1)
    triggered = found[-1].payload
    if message == "MeterValues":
        assert triggered["connectorId"] == 1
        assert {v["context"] for v in triggered["meterValue"][0]["sampledValue"]} == {"Trigger"}
    if message == "StatusNotification":
        assert triggered["connectorId"] == 1 and triggered["status"] == "Available"


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_trigger_message_for_a_missing_connector_is_rejected(csms: FakeCsms) -> None:
    async with running(fast_config(csms.url, plan=MANUAL)) as charger:
        await charger.wait_online()
        answer = await csms.call(
            CP, call.TriggerMessage(requested_message="StatusNotification", connector_id=5)
        )
    assert answer.status == "Rejected"


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_unlock_connector(csms: FakeCsms) -> None:
    async with running(fast_config(csms.url, plan=MANUAL)) as charger:
        await charger.wait_online()
        missing = await csms.call(CP, call.UnlockConnector(connector_id=3))
        assert missing.status == "NotSupported"
        await _remote_start(csms)
        answer = await csms.call(CP, call.UnlockConnector(connector_id=1))
        assert answer.status == "Unlocked"
        (stop,) = await csms.wait_for("StopTransaction")
    assert stop.payload["reason"] == "UnlockCommand"


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_change_availability_idle_and_scheduled(csms: FakeCsms) -> None:
    async with running(fast_config(csms.url, plan=MANUAL)) as charger:
        await charger.wait_online()
        now = await csms.call(CP, call.ChangeAvailability(connector_id=1, type="Inoperative"))
        assert now.status == "Accepted"
        await csms.wait_for("StatusNotification", where=status_is(1, "Unavailable"))
        refused = await csms.call(CP, call.RemoteStartTransaction(id_tag="REMOTE01", connector_id=1))
        assert refused.status == "Rejected"
        back = await csms.call(CP, call.ChangeAvailability(connector_id=1, type="Operative"))
        assert back.status == "Accepted"
        await csms.wait_for("StatusNotification", count=2, where=status_is(1, "Available"))

        transaction_id = await _remote_start(csms)
        scheduled = await csms.call(CP, call.ChangeAvailability(connector_id=1, type="Inoperative"))
        assert scheduled.status == "Scheduled"
        await csms.call(CP, call.RemoteStopTransaction(transaction_id=transaction_id))
        await csms.wait_for("StatusNotification", count=2, where=status_is(1, "Unavailable"))
    assert statuses(csms.received, 1)[-3:] == ["Charging", "Finishing", "Unavailable"]


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_change_availability_of_the_whole_charger(csms: FakeCsms) -> None:
    async with running(fast_config(csms.url, plan=MANUAL, connectors=2)) as charger:
        await charger.wait_online()
        answer = await csms.call(CP, call.ChangeAvailability(connector_id=0, type="Inoperative"))
        assert answer.status == "Accepted"
        for connector_id in (0, 1, 2):
            await csms.wait_for("StatusNotification", where=status_is(connector_id, "Unavailable"))
        missing = await csms.call(CP, call.ChangeAvailability(connector_id=7, type="Inoperative"))
        assert missing.status == "Rejected"


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_clear_cache_data_transfer_and_unknown_calls(csms: FakeCsms) -> None:
    async with running(fast_config(csms.url, plan=MANUAL, heartbeat_interval_s=0.1)) as charger:
        await charger.wait_online()
        assert (await csms.call(CP, call.ClearCache())).status == "Accepted"
        known = await csms.call(CP, call.DataTransfer(vendor_id="Arthexis", message_id="ping", data="hello"))
        assert (known.status, known.data) == ("Accepted", "hello")
        unknown = await csms.call(CP, call.DataTransfer(vendor_id="Other", data="x"))
        assert unknown.status == "UnknownVendorId"
        with pytest.raises(OcppNotImplemented):
            await csms.call(CP, call.GetLocalListVersion())
        # Still alive and keeping the connection.
        before = len(csms.messages("Heartbeat"))
        await csms.wait_for("Heartbeat", count=before + 2)
        assert charger.stats().connections == 1


@pytest.mark.asyncio
@pytest.mark.timeout(10)
@pytest.mark.parametrize(("kind", "reason"), [("Soft", "SoftReset"), ("Hard", "HardReset")])
async def test_reset_stops_sessions_reconnects_and_boots_again(
    csms: FakeCsms, kind: str, reason: str
) -> None:
    async with running(fast_config(csms.url, plan=MANUAL)) as charger:
        await charger.wait_online()
        await _remote_start(csms)
        answer = await csms.call(CP, call.Reset(type=kind))
        assert answer.status == "Accepted"
        (stop,) = await csms.wait_for("StopTransaction")
        boots = await csms.wait_for("BootNotification", count=2)
        await csms.wait_for(
            "StatusNotification", where=lambda m: m.connection == 2 and m.payload["connectorId"] == 1
        )
        await _wait_online(charger)
    assert stop.payload["reason"] == reason
    assert [b.connection for b in boots] == [1, 2]
    assert csms.connections[CP] == 2
    assert charger.stats().boots == 2


async def _wait_online(charger: SimulatedCharger) -> None:
    await asyncio.wait_for(charger.wait_online(), 2)


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_whole_charger_inoperative_is_scheduled_during_a_session(csms: FakeCsms) -> None:
    async with running(fast_config(csms.url, plan=MANUAL)) as charger:
        await charger.wait_online()
        transaction_id = await _remote_start(csms)
        answer = await csms.call(CP, call.ChangeAvailability(connector_id=0, type="Inoperative"))
        assert answer.status == "Scheduled"
        await csms.call(CP, call.RemoteStopTransaction(transaction_id=transaction_id))
        await csms.wait_for("StatusNotification", where=status_is(1, "Unavailable"))
        await csms.wait_for("StatusNotification", where=status_is(0, "Unavailable"))
