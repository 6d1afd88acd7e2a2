"""Chargers: admission at boot, connections, last-seen, status, operator actions."""

from __future__ import annotations

import asyncio

import pytest

from arthexis_desktop.core.errors import InvalidCommandError, NotFoundError
from arthexis_desktop.core.model import (
    AdmissionPolicy,
    AdmissionState,
    AuthorizationPolicy,
    BootDecision,
    BootInfo,
    ChargerSettings,
    ConnectorStatus,
    Direction,
    FrameRecord,
)
from arthexis_desktop.storage import Storage
from arthexis_desktop.storage.tables import ChargerRow, FrameRow, MeterSampleRow, TransactionRow
from tests.storage.helpers import at, boot, count, energy, start

pytestmark = pytest.mark.timeout(30)

FULL_INFO = BootInfo(
    vendor="Acme",
    model="Wallbox 22",
    serial="SN-1",
    firmware="1.2.3",
    box_serial="BOX-1",
    iccid="8944",
    imsi="2341",
    meter_type="DZG",
    meter_serial="M-1",
)


async def _boot(
    storage: Storage, policy: AdmissionPolicy, charger_id: str = "CP1", seconds: float = 0
) -> BootDecision:
    return await storage.register_boot(
        charger_id, FULL_INFO, policy=policy, protocol="ocpp1.6", at=at(seconds)
    )


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("policy", "status", "state"),
    [
        (AdmissionPolicy.ACCEPT_ANY, "Accepted", AdmissionState.ACCEPTED),
        (AdmissionPolicy.ACCEPT_KNOWN, "Pending", AdmissionState.PENDING),
        (AdmissionPolicy.REJECT_UNKNOWN, "Rejected", AdmissionState.REJECTED),
    ],
)
async def test_an_unknown_charger_is_stored_in_the_state_the_policy_gives(
    storage: Storage, policy: AdmissionPolicy, status: str, state: AdmissionState
) -> None:
    decision = await _boot(storage, policy)
    assert (decision.status, decision.state, decision.known_before) == (status, state, False)
    stored = await storage.charger("CP1")
    assert stored is not None and stored.admission is state


@pytest.mark.asyncio
async def test_a_known_charger_keeps_its_state_whatever_the_policy(storage: Storage) -> None:
    await _boot(storage, AdmissionPolicy.REJECT_UNKNOWN)
    again = await _boot(storage, AdmissionPolicy.ACCEPT_ANY, seconds=10)
    assert (again.status, again.known_before) == ("Rejected", True)
    await storage.set_admission("CP1", AdmissionState.ACCEPTED)  # the operator approves it
    after = await _boot(storage, AdmissionPolicy.REJECT_UNKNOWN, seconds=20)
    assert (after.status, after.state, after.known_before) == ("Accepted", AdmissionState.ACCEPTED, True)


@pytest.mark.asyncio
async def test_concurrent_boots_of_a_new_charger_store_one_row(storage: Storage) -> None:
    first, second = await asyncio.gather(
        _boot(storage, AdmissionPolicy.ACCEPT_KNOWN), _boot(storage, AdmissionPolicy.ACCEPT_ANY)
    )
    assert not first.known_before and second.known_before
    assert second.state is AdmissionState.PENDING
    assert await count(storage, ChargerRow) == 1


@pytest.mark.asyncio
async def test_boot_stores_what_the_charger_says(storage: Storage) -> None:
    await storage.record_connection("CP1", protocol="ocpp1.6", remote="10.0.0.5:4000", at=at(-1))
    await _boot(storage, AdmissionPolicy.ACCEPT_ANY)
    record = await storage.charger("CP1")
    assert record is not None
    assert (record.vendor, record.model, record.serial, record.firmware) == (
        "Acme",
        "Wallbox 22",
        "SN-1",
        "1.2.3",
    )
    assert (record.box_serial, record.iccid, record.imsi) == ("BOX-1", "8944", "2341")
    assert (record.meter_type, record.meter_serial) == ("DZG", "M-1")
    assert record.protocol == "ocpp1.6"
    assert record.remote_address == "10.0.0.5:4000"  # connected before it was stored
    assert record.first_seen_at == record.last_boot_at == record.last_seen_at == at(0)
    assert record.connected

    # A later boot that leaves fields out keeps them; the ones it sends replace them.
    await storage.register_boot(
        "CP1",
        BootInfo(vendor="Acme", model="Wallbox 22", firmware="1.3.0"),
        policy=AdmissionPolicy.ACCEPT_ANY,
        protocol="ocpp2.0.1",
        at=at(60),
    )
    record = await storage.charger("CP1")
    assert record is not None
    assert (record.serial, record.firmware, record.protocol) == ("SN-1", "1.3.0", "ocpp2.0.1")
    assert record.first_seen_at == at(0) and record.last_boot_at == at(60)


@pytest.mark.asyncio
async def test_a_too_long_charger_id_is_refused(storage: Storage) -> None:
    with pytest.raises(InvalidCommandError):
        await _boot(storage, AdmissionPolicy.ACCEPT_ANY, charger_id="X" * 129)
    await _boot(storage, AdmissionPolicy.ACCEPT_ANY, charger_id="X" * 128)


@pytest.mark.asyncio
async def test_connection_and_disconnection(storage: Storage) -> None:
    await storage.record_connection("GHOST", protocol="ocpp1.6", remote="1.2.3.4:1", at=at(0))
    assert await storage.charger("GHOST") is None  # a connection alone stores nothing
    await boot(storage)
    await storage.record_disconnection("CP1", at=at(5))
    record = await storage.charger("CP1")
    assert record is not None and not record.connected and record.last_seen_at == at(5)
    await storage.record_connection("CP1", protocol="ocpp2.0.1", remote="10.0.0.9:5", at=at(9))
    record = await storage.charger("CP1")
    assert record is not None
    assert (record.connected, record.protocol, record.remote_address) == (True, "ocpp2.0.1", "10.0.0.9:5")


@pytest.mark.asyncio
async def test_touches_keep_the_latest_time(storage: Storage) -> None:
    await boot(storage)
    await asyncio.gather(
        storage.touch("CP1", at(30)),
        storage.touch("CP1", at(90)),
        storage.touch("CP1", at(60)),
        storage.touch("UNKNOWN", at(60)),  # no row, no error
    )
    record = await storage.charger("CP1")
    assert record is not None and record.last_seen_at == at(90)
    await storage.touch("CP1", at(10))  # an older time never moves it back
    record = await storage.charger("CP1")
    assert record is not None and record.last_seen_at == at(90)


@pytest.mark.asyncio
async def test_a_touch_in_the_same_batch_as_the_boot_is_kept(storage: Storage) -> None:
    await asyncio.gather(boot(storage), storage.touch("CP1", at(45)))
    record = await storage.charger("CP1")
    assert record is not None and record.last_seen_at == at(45)


@pytest.mark.asyncio
async def test_status_is_upserted_and_appended_to_history(storage: Storage) -> None:
    await boot(storage)
    await storage.record_status(ConnectorStatus("CP1", 0, "Available", timestamp=at(1)), received_at=at(1))
    await storage.record_status(ConnectorStatus("CP1", 2, "Available", timestamp=at(2)), received_at=at(2))
    await storage.record_status(
        ConnectorStatus(
            "CP1",
            2,
            "Faulted",
            error_code="GroundFailure",
            info="RCD",
            vendor_id="acme",
            vendor_error_code="E42",
            timestamp=at(3),
        ),
        received_at=at(4),
    )
    record = await storage.charger("CP1")
    assert record is not None
    assert [(c.connector_id, c.status) for c in record.connectors] == [(0, "Available"), (2, "Faulted")]
    faulted = record.connectors[1]
    assert (faulted.error_code, faulted.info, faulted.vendor_error_code, faulted.timestamp) == (
        "GroundFailure",
        "RCD",
        "E42",
        at(3),
    )
    history = await storage.status_history("CP1")
    assert [(h.connector_id, h.status) for h in history] == [
        (2, "Faulted"),
        (2, "Available"),
        (0, "Available"),
    ]
    assert len(await storage.status_history("CP1", limit=1)) == 1


@pytest.mark.asyncio
async def test_status_of_an_unknown_charger_goes_to_the_history_only(storage: Storage) -> None:
    await storage.record_status(ConnectorStatus("NEW", 1, "Available"), received_at=at(0))
    assert await storage.charger("NEW") is None
    assert [h.status for h in await storage.status_history("NEW")] == ["Available"]


@pytest.mark.asyncio
async def test_list_chargers_with_connectors(storage: Storage) -> None:
    for charger_id in ("B", "A", "C"):
        await boot(storage, charger_id)
    await storage.record_status(ConnectorStatus("B", 2, "Charging"), received_at=at(1))
    await storage.record_status(ConnectorStatus("B", 1, "Available"), received_at=at(1))
    chargers = await storage.list_chargers()
    assert [c.charger_id for c in chargers] == ["A", "B", "C"]
    assert [c.connector_id for c in chargers[1].connectors] == [1, 2]


@pytest.mark.asyncio
async def test_operator_actions_on_an_unknown_charger_are_not_found(storage: Storage) -> None:
    with pytest.raises(NotFoundError):
        await storage.set_admission("NOPE", AdmissionState.ACCEPTED)
    with pytest.raises(NotFoundError):
        await storage.update_charger_settings("NOPE", ChargerSettings())
    with pytest.raises(NotFoundError):
        await storage.update_charger_details("NOPE", notes="x")
    with pytest.raises(NotFoundError):
        await storage.delete_charger("NOPE")


@pytest.mark.asyncio
async def test_settings_and_details(storage: Storage) -> None:
    await boot(storage)
    settings = ChargerSettings(
        authorization_policy=AuthorizationPolicy.STRICT, lenient_validation=True, default_energy_unit="kWh"
    )
    assert (await storage.update_charger_settings("CP1", settings)).settings == settings
    record = await storage.update_charger_details("CP1", notes="Garage, left", latitude=46.0, longitude=8.9)
    assert (record.notes, record.latitude, record.longitude) == ("Garage, left", 46.0, 8.9)
    record = await storage.update_charger_details("CP1", latitude=47.5)  # the rest unchanged
    assert (record.notes, record.latitude, record.longitude) == ("Garage, left", 47.5, 8.9)
    record = await storage.update_charger_details("CP1", clear_location=True)
    assert (record.latitude, record.longitude) == (None, None)
    again = await storage.charger("CP1")
    assert again is not None and again.settings == settings and again.notes == "Garage, left"
    cleared = await storage.update_charger_settings("CP1", ChargerSettings())
    assert cleared.settings.authorization_policy is None


@pytest.mark.asyncio
async def test_a_pre_registered_charger_is_known_at_its_first_boot(storage: Storage) -> None:
    added = await storage.add_charger("DEMO-1")
    assert added.admission is AdmissionState.ACCEPTED and added.first_seen_at is None
    assert (await storage.add_charger("DEMO-1", AdmissionState.REJECTED)).admission is AdmissionState.ACCEPTED
    decision = await _boot(storage, AdmissionPolicy.REJECT_UNKNOWN, charger_id="DEMO-1")
    assert (decision.status, decision.known_before) == ("Accepted", True)
    record = await storage.charger("DEMO-1")
    assert record is not None and record.first_seen_at == at(0)
    with pytest.raises(InvalidCommandError):
        await storage.add_charger("")


@pytest.mark.asyncio
async def test_delete_refuses_a_charger_with_transactions_unless_purged(storage: Storage) -> None:
    await boot(storage)
    await boot(storage, "KEEP")
    tx = await start(storage)
    await storage.store_meter_values(
        charger_id="CP1", connector_id=1, transaction_id=tx.id, readings=[energy(at(5), 1005)]
    )
    storage.log_frame(FrameRecord("CP1", Direction.IN, "[2]", at(0)))
    storage.log_frame(FrameRecord("KEEP", Direction.IN, "[2]", at(0)))
    with pytest.raises(InvalidCommandError, match="1 transaction"):
        await storage.delete_charger("CP1")
    assert await storage.charger("CP1") is not None
    await storage.delete_charger("CP1", purge=True)
    assert await storage.charger("CP1") is None
    assert await count(storage, TransactionRow) == 0
    assert await count(storage, MeterSampleRow) == 0
    assert await count(storage, FrameRow, charger_id="CP1") == 0
    assert await count(storage, FrameRow, charger_id="KEEP") == 1
    await storage.delete_charger("KEEP")  # no transactions: no purge needed
    assert await storage.list_chargers() == []


@pytest.mark.asyncio
async def test_notifications_newest_first(storage: Storage) -> None:
    await storage.record_notification("CP1", "DataTransfer", {"vendorId": "acme", "data": "x"}, at=at(1))
    await storage.record_notification("CP1", "FirmwareStatusNotification", {"status": "Installed"}, at=at(2))
    await storage.record_notification("CP2", "DiagnosticsStatusNotification", {"status": "Idle"}, at=at(3))
    found = await storage.notifications("CP1")
    assert [(n.action, n.payload) for n in found] == [
        ("FirmwareStatusNotification", {"status": "Installed"}),
        ("DataTransfer", {"vendorId": "acme", "data": "x"}),
    ]
    assert len(await storage.notifications(None)) == 3
    assert found[0].at == at(2) and found[0].id is not None
