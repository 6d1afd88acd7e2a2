"""Reservations over real sockets: accepted, refused, expired, cancelled, used by a start."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
import pytest_asyncio
from ocpp.v16 import call

from arthexis_desktop.core.errors import ChargerNotConnectedError, InvalidCommandError
from arthexis_desktop.core.events import ReservationUpdated
from arthexis_desktop.core.model import ReservationState, Tag
from arthexis_desktop.core.timestamps import parse_ocpp_datetime
from arthexis_desktop.services.reservations import ReservationService
from tests.e2e.auth_charger import AuthCharger, ConnectAuthCharger
from tests.fixtures.broker import Broker

MakeBroker = Callable[..., Awaitable[Broker]]

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(20)]


@dataclass
class Setup:
    broker: Broker
    reservations: ReservationService

    async def charger(self, connect: ConnectAuthCharger) -> AuthCharger:
        cp = await connect(self.broker.url("ocpp/RS1"))
        result = await cp.call(call.BootNotification(charge_point_vendor="ACME", charge_point_model="Wall"))
        assert result.status == "Accepted"
        return cp

    def states(self, reservation_id: int) -> list[str]:
        return [
            e.state for e in self.broker.events.of(ReservationUpdated) if e.reservation_id == reservation_id
        ]


@pytest_asyncio.fixture
async def setup(make_broker: MakeBroker) -> AsyncIterator[Setup]:
    broker = await make_broker()
    await broker.storage.create_tag(Tag(uid="04A1B2C3", parent_uid="FLEET1", released=True))
    await broker.storage.create_tag(Tag(uid="BLOCKED1", allowed=False))
    service = ReservationService(
        broker.storage, broker.csms, broker.bus, sweep_interval_s=0.05, min_ahead=timedelta(0)
    )
    service.start()
    try:
        yield Setup(broker, service)
    finally:
        await service.stop()


def in_hours(hours: float) -> datetime:
    return datetime.now(UTC) + timedelta(hours=hours)


async def test_accepted_reservation_is_used_by_the_start(
    setup: Setup, connect_auth_cp: ConnectAuthCharger
) -> None:
    cp = await setup.charger(connect_auth_cp)
    expiry = in_hours(2)
    reservation = await setup.reservations.reserve(
        "RS1", connector_id=1, id_tag="c3b2a104", expires_at=expiry
    )
    assert (reservation.state, reservation.charger_status, reservation.id_tag) == (
        ReservationState.ACCEPTED,
        "Accepted",
        "04A1B2C3",  # the register's uid, whichever byte order was typed
    )
    (sent,) = cp.sent("ReserveNow")
    assert set(sent) == {"connector_id", "expiry_date", "id_tag", "parent_id_tag", "reservation_id"}
    assert (sent["connector_id"], sent["id_tag"], sent["parent_id_tag"], sent["reservation_id"]) == (
        1,
        "04A1B2C3",
        "FLEET1",
        reservation.id,
    )
    assert sent["expiry_date"].endswith("Z")
    assert abs((parse_ocpp_datetime(sent["expiry_date"]) - expiry).total_seconds()) < 0.001  # type: ignore[operator]
    started = await cp.call(
        call.StartTransaction(
            connector_id=1,
            id_tag="04A1B2C3",
            meter_start=0,
            timestamp=datetime.now(UTC).isoformat(),
            reservation_id=reservation.id,
        )
    )
    used = await setup.reservations.reservation(reservation.id)
    assert (used.state, used.transaction_id) == (ReservationState.USED, started.transaction_id)
    stored = await setup.broker.storage.transaction(started.transaction_id)
    assert stored is not None and stored.reservation_id == reservation.id
    await setup.broker.events.wait_for(ReservationUpdated, lambda e: e.state == "used")
    assert setup.states(reservation.id) == ["pending", "accepted", "used"]


async def test_refused_reservation_keeps_the_chargers_answer(
    setup: Setup, connect_auth_cp: ConnectAuthCharger
) -> None:
    cp = await setup.charger(connect_auth_cp)
    cp.reserve_answer = "Occupied"
    refused = await setup.reservations.reserve(
        "RS1", connector_id=2, id_tag="04A1B2C3", expires_at=in_hours(1)
    )
    assert (refused.state, refused.charger_status, refused.active) == (
        ReservationState.REFUSED,
        "Occupied",
        False,
    )
    # the connector is free again for a new try
    cp.reserve_answer = "Accepted"
    again = await setup.reservations.reserve("RS1", connector_id=2, id_tag="04A1B2C3", expires_at=in_hours(1))
    assert again.state is ReservationState.ACCEPTED and again.id > refused.id


async def test_cancel(setup: Setup, connect_auth_cp: ConnectAuthCharger) -> None:
    cp = await setup.charger(connect_auth_cp)
    reservation = await setup.reservations.reserve(
        "RS1", connector_id=1, id_tag="04A1B2C3", expires_at=in_hours(1)
    )
    cancelled = await setup.reservations.cancel(reservation.id)
    assert (cancelled.state, cancelled.charger_status, cancelled.error) == (
        ReservationState.CANCELLED,
        "Accepted",
        None,
    )
    assert cp.sent("CancelReservation") == [{"reservation_id": reservation.id}]
    with pytest.raises(InvalidCommandError, match="is cancelled"):
        await setup.reservations.cancel(reservation.id)
    # the charger lost it (rebooted): Rejected still leaves it cancelled here, with a note
    lost = await setup.reservations.reserve("RS1", connector_id=1, id_tag="04A1B2C3", expires_at=in_hours(1))
    cp.reservations.clear()
    gone = await setup.reservations.cancel(lost.id)
    assert (gone.state, gone.charger_status, gone.error) == (
        ReservationState.CANCELLED,
        "Rejected",
        "the charger held no such reservation",
    )


async def test_expiry_is_enforced_locally(setup: Setup, connect_auth_cp: ConnectAuthCharger) -> None:
    cp = await setup.charger(connect_auth_cp)
    short = await setup.reservations.reserve(
        "RS1", connector_id=1, id_tag="04A1B2C3", expires_at=datetime.now(UTC) + timedelta(milliseconds=800)
    )
    assert short.state is ReservationState.ACCEPTED
    await setup.broker.events.wait_for(ReservationUpdated, lambda e: e.state == "expired", timeout_s=5)
    assert (await setup.reservations.reservation(short.id)).state is ReservationState.EXPIRED
    assert await setup.reservations.reservations(active=True) == []
    with pytest.raises(InvalidCommandError, match="is expired"):
        await setup.reservations.cancel(short.id)
    # a start naming the expired reservation does not use it
    started = await cp.call(
        call.StartTransaction(
            connector_id=1,
            id_tag="04A1B2C3",
            meter_start=0,
            timestamp=datetime.now(UTC).isoformat(),
            reservation_id=short.id,
        )
    )
    assert started.id_tag_info["status"] == "Accepted"
    stored = await setup.reservations.reservation(short.id)
    assert (stored.state, stored.transaction_id) == (ReservationState.EXPIRED, None)


async def test_refused_before_sending(setup: Setup, connect_auth_cp: ConnectAuthCharger) -> None:
    cp = await setup.charger(connect_auth_cp)
    for kwargs, message in [
        ({"id_tag": "UNKNOWN1", "expires_at": in_hours(1)}, "not in the register"),
        ({"id_tag": "BLOCKED1", "expires_at": in_hours(1)}, "is blocked"),
        ({"id_tag": "04A1B2C3", "expires_at": in_hours(-1)}, "in the future"),
        ({"id_tag": "04A1B2C3", "expires_at": datetime(2099, 1, 1)}, "time zone"),
    ]:
        with pytest.raises(InvalidCommandError, match=message):
            await setup.reservations.reserve("RS1", connector_id=1, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(InvalidCommandError, match="connector"):
        await setup.reservations.reserve("RS1", connector_id=-1, id_tag="04A1B2C3", expires_at=in_hours(1))
    assert cp.sent("ReserveNow") == []


async def test_no_answer_is_stored_as_failed(setup: Setup) -> None:
    with pytest.raises(ChargerNotConnectedError):
        await setup.reservations.reserve("RS1", connector_id=1, id_tag="04A1B2C3", expires_at=in_hours(1))
    (failed,) = await setup.reservations.reservations()
    assert (failed.state, failed.error) == (ReservationState.FAILED, "charger 'RS1' is not connected")
