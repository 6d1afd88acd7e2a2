"""Local authorization list state per charger, and reservations as stored state."""

from __future__ import annotations

from datetime import timedelta

import pytest

from arthexis_desktop.core.errors import InvalidCommandError, NotFoundError
from arthexis_desktop.core.model import (
    AdmissionState,
    AuthorizationStatus,
    ChargerSettings,
    LocalListEntry,
    ReservationState,
    Tag,
)
from arthexis_desktop.core.timestamps import utc_now
from arthexis_desktop.storage import Storage
from tests.storage.helpers import at, start

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(30)]

ACCEPTED = AuthorizationStatus.ACCEPTED


async def test_the_desired_list_holds_released_tags_with_their_status(storage: Storage) -> None:
    empty = await storage.create_account("Empty")
    await storage.add_credit(empty.id or 0, energy_wh=-1)
    await storage.create_tag(Tag(uid="AA01", released=True, expires_at=at(10**9), parent_uid="FLEET"))
    await storage.create_tag(Tag(uid="BB02", released=True, allowed=False))
    await storage.create_tag(Tag(uid="CC03", released=True, expires_at=at(0)))
    await storage.create_tag(Tag(uid="DD04", released=True, account_id=empty.id))
    await storage.create_tag(Tag(uid="EE05"))  # not handed over
    desired = await storage.desired_local_list(at=at(60))
    assert desired == [
        LocalListEntry("AA01", ACCEPTED, at(10**9), "FLEET"),
        LocalListEntry("BB02", AuthorizationStatus.BLOCKED),
        LocalListEntry("CC03", AuthorizationStatus.EXPIRED, at(0)),
        LocalListEntry("DD04", AuthorizationStatus.BLOCKED),
    ]


async def test_the_version_moves_only_when_the_charger_accepts(storage: Storage) -> None:
    await storage.add_charger("CP1", AdmissionState.ACCEPTED)
    fresh = await storage.local_list_state("CP1")
    assert (fresh.version, fresh.full_needed, fresh.entries) == (0, True, ())
    entries = [LocalListEntry("AA01", ACCEPTED), LocalListEntry("BB02", ACCEPTED, at(5), "P1")]
    accepted = await storage.record_local_list_accepted("CP1", version=1, entries=entries)
    assert (accepted.version, accepted.full_needed, accepted.last_status) == (1, False, "Accepted")
    assert list(accepted.entries) == entries
    for status in ("Failed", "VersionMismatch", "NotSupported"):
        refused = await storage.record_local_list_refused("CP1", status=status)
        assert (refused.version, refused.full_needed, refused.last_status) == (1, True, status)
        assert list(refused.entries) == entries  # what the charger accepted last stays known
        await storage.record_local_list_accepted("CP1", version=1, entries=entries)
    timeout = await storage.record_local_list_refused("CP1", status="error", error="no reply within 2 s")
    assert (timeout.version, timeout.full_needed, timeout.last_error) == (1, True, "no reply within 2 s")
    await storage.record_local_list_accepted("CP1", version=2, entries=entries[:1])
    same = await storage.record_local_list_version("CP1", 2)
    assert (same.checked_version, same.full_needed) == (2, False)
    other = await storage.record_local_list_version("CP1", 7)  # reset or another central system
    assert (other.version, other.checked_version, other.full_needed) == (2, 7, True)
    with pytest.raises(NotFoundError):
        await storage.record_local_list_version("NOPE", 1)


async def test_the_local_list_setting_and_charger_deletion(storage: Storage) -> None:
    for charger_id in ("CP1", "CP2"):
        await storage.add_charger(charger_id, AdmissionState.ACCEPTED)
    record = await storage.update_charger_settings("CP2", ChargerSettings(local_list=True))
    assert record.settings.local_list
    assert await storage.local_list_chargers() == ["CP2"]
    await storage.record_local_list_accepted("CP2", version=3, entries=[LocalListEntry("AA", ACCEPTED)])
    await storage.delete_charger("CP2")
    state = await storage.local_list_state("CP2")
    assert (state.version, state.entries) == (0, ())  # gone with the charger
    assert await storage.local_list_chargers() == []


async def test_reservations_follow_answers_and_expire(storage: Storage) -> None:
    now = utc_now()
    first = await storage.create_reservation(
        charger_id="CP1",
        connector_id=1,
        id_tag="AA01",
        expires_at=now + timedelta(hours=1),
        parent_id_tag="P",
    )
    assert (first.state, first.parent_id_tag, first.active) == (ReservationState.PENDING, "P", True)
    with pytest.raises(InvalidCommandError, match="already reserved"):
        await storage.create_reservation(
            charger_id="CP1", connector_id=1, id_tag="BB02", expires_at=now + timedelta(hours=1)
        )
    accepted = await storage.record_reservation_outcome(
        first.id, state=ReservationState.ACCEPTED, charger_status="Accepted"
    )
    assert (accepted.state, accepted.charger_status) == (ReservationState.ACCEPTED, "Accepted")
    short = await storage.create_reservation(
        charger_id="CP1", connector_id=2, id_tag="BB02", expires_at=now + timedelta(seconds=5)
    )
    refused = await storage.create_reservation(
        charger_id="CP1", connector_id=3, id_tag="CC03", expires_at=now + timedelta(hours=1)
    )
    await storage.record_reservation_outcome(
        refused.id, state=ReservationState.REFUSED, charger_status="Occupied"
    )
    expired = await storage.expire_reservations(at=now + timedelta(seconds=10))
    assert [(r.id, r.state) for r in expired] == [(short.id, ReservationState.EXPIRED)]
    assert await storage.expire_reservations(at=now + timedelta(seconds=10)) == []
    active = await storage.list_reservations(active=True)
    assert [r.id for r in active] == [first.id]
    assert [r.id for r in await storage.list_reservations(charger_id="CP1")] == [
        refused.id,
        short.id,
        first.id,
    ]
    # the connector of an expired reservation can be reserved again
    again = await storage.create_reservation(
        charger_id="CP1", connector_id=2, id_tag="BB02", expires_at=now + timedelta(hours=1)
    )
    assert again.id > short.id
    late_answer = await storage.record_reservation_outcome(
        short.id, state=ReservationState.ACCEPTED, charger_status="Accepted"
    )
    assert late_answer.state is ReservationState.EXPIRED  # an answer does not revive it
    with pytest.raises(NotFoundError):
        await storage.reservation(9999)


async def test_a_start_naming_an_active_reservation_uses_it(storage: Storage) -> None:
    future = utc_now() + timedelta(hours=1)
    reservation = await storage.create_reservation(
        charger_id="CP1", connector_id=1, id_tag="TAG1", expires_at=future
    )
    await storage.record_reservation_outcome(reservation.id, state=ReservationState.ACCEPTED)
    other = await storage.create_reservation(
        charger_id="CP2", connector_id=1, id_tag="TAG1", expires_at=future
    )
    tx, _ = await storage.start_transaction(
        charger_id="CP1",
        connector_id=1,
        id_tag="TAG1",
        meter_start_wh=0,
        start_time=utc_now(),
        auth_status="Accepted",
        reservation_id=reservation.id,
    )
    used = await storage.reservation(reservation.id)
    assert (used.state, used.transaction_id, tx.reservation_id) == (
        ReservationState.USED,
        tx.id,
        reservation.id,
    )
    # another charger's reservation is not used by this charger's start
    tx2, _ = await storage.start_transaction(
        charger_id="CP1",
        connector_id=2,
        id_tag="TAG1",
        meter_start_wh=0,
        start_time=utc_now(),
        auth_status="Accepted",
        reservation_id=other.id,
    )
    assert tx2.reservation_id == other.id
    assert (await storage.reservation(other.id)).state is ReservationState.PENDING


async def test_a_start_after_the_expiry_does_not_use_the_reservation(storage: Storage) -> None:
    reservation = await storage.create_reservation(
        charger_id="CP1", connector_id=1, id_tag="TAG1", expires_at=at(10)
    )
    tx = await start(storage, id_tag="TAG1", seconds=20)  # helpers' clock: long ago, after at(10)
    assert tx.reservation_id is None
    await storage.start_transaction(
        charger_id="CP1",
        connector_id=2,
        id_tag="TAG1",
        meter_start_wh=0,
        start_time=at(30),
        auth_status="Accepted",
        reservation_id=reservation.id,
    )
    stored = await storage.reservation(reservation.id)
    assert (stored.state, stored.transaction_id) == (ReservationState.EXPIRED, None)
