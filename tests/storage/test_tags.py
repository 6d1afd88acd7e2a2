"""Authorization against the register, sightings, unknown tags and enrolment."""

from __future__ import annotations

import asyncio

import pytest

from arthexis_desktop.core.errors import InvalidCommandError, NotFoundError
from arthexis_desktop.core.model import AuthDecision, AuthorizationPolicy, AuthorizationStatus, Tag
from arthexis_desktop.storage import Storage
from tests.storage.helpers import at, start

pytestmark = pytest.mark.timeout(30)

OPEN = AuthorizationPolicy.OPEN
ALLOWLIST = AuthorizationPolicy.ALLOWLIST
STRICT = AuthorizationPolicy.STRICT


async def _authorize(
    storage: Storage,
    id_tag: str,
    policy: AuthorizationPolicy,
    *,
    charger_id: str = "CP1",
    seconds: float = 0,
    check_concurrent: bool = False,
) -> AuthDecision:
    return await storage.authorize(
        charger_id, id_tag, policy=policy, at=at(seconds), check_concurrent=check_concurrent
    )


@pytest.mark.asyncio
async def test_an_unknown_tag_is_recorded_but_never_enrolled(storage: Storage) -> None:
    decision = await _authorize(storage, "04a1b2c3", ALLOWLIST)
    assert (decision.status, decision.reason, decision.known) == (
        AuthorizationStatus.INVALID,
        "unknown_tag",
        False,
    )
    assert decision.tag_uid == "04A1B2C3"
    await _authorize(storage, "04A1B2C3", OPEN, charger_id="CP2", seconds=60)
    accepted = await _authorize(storage, "04 A1 B2 C3", OPEN, seconds=30)
    assert accepted.status is AuthorizationStatus.ACCEPTED and not accepted.known
    assert await storage.list_tags() == []  # presenting never adds to the register
    (unknown,) = await storage.list_unknown_tags()
    assert unknown.uid == "04A1B2C3"
    assert unknown.times_seen == 3
    assert (unknown.first_seen_at, unknown.last_seen_at) == (at(0), at(60))
    assert unknown.last_charger_id == "CP2"  # of the latest sighting, not of the latest call


@pytest.mark.asyncio
async def test_sightings_in_one_batch_are_all_counted(storage: Storage) -> None:
    await asyncio.gather(*(_authorize(storage, "DEADBEEF", ALLOWLIST, seconds=i) for i in range(25)))
    (unknown,) = await storage.list_unknown_tags()
    assert unknown.times_seen == 25 and unknown.last_seen_at == at(24)


@pytest.mark.asyncio
async def test_a_known_tag_is_accepted_and_its_sighting_recorded(storage: Storage) -> None:
    await storage.upsert_tag(Tag(uid="04A1B2C3", label="Alice", parent_uid="FLEET1"))
    decision = await _authorize(storage, "04a1b2c3", ALLOWLIST, seconds=5)
    assert decision.status is AuthorizationStatus.ACCEPTED and decision.known
    assert decision.parent_id_tag == "FLEET1"
    (tag,) = await storage.list_tags()
    assert tag.last_seen_at == at(5)
    assert await storage.list_unknown_tags() == []


@pytest.mark.asyncio
async def test_the_byte_reversed_form_matches(storage: Storage) -> None:
    await storage.upsert_tag(Tag(uid="04A1B2C3"))
    decision = await _authorize(storage, "C3B2A104", ALLOWLIST)
    assert decision.status is AuthorizationStatus.ACCEPTED
    assert decision.tag_uid == "04A1B2C3"  # the register's uid
    assert await storage.list_unknown_tags() == []


@pytest.mark.asyncio
@pytest.mark.parametrize("presented", ["04A1B2C3D4", "04A1", "04A1B2C"])
async def test_a_prefix_never_matches(storage: Storage, presented: str) -> None:
    await storage.upsert_tag(Tag(uid="04A1B2C3"))
    decision = await _authorize(storage, presented, ALLOWLIST)
    assert decision.status is AuthorizationStatus.INVALID and not decision.known
    assert [u.uid for u in await storage.list_unknown_tags()] == [presented]


@pytest.mark.asyncio
async def test_blocked_and_expired_tags(storage: Storage) -> None:
    await storage.upsert_tag(Tag(uid="BLOCKED", allowed=False))
    await storage.upsert_tag(Tag(uid="EXPIRED", expires_at=at(-1)))
    await storage.upsert_tag(Tag(uid="VALID", expires_at=at(3600)))
    assert (await _authorize(storage, "BLOCKED", OPEN)).status is AuthorizationStatus.BLOCKED
    expired = await _authorize(storage, "EXPIRED", OPEN)
    assert expired.status is AuthorizationStatus.EXPIRED and expired.expiry == at(-1)
    assert (await _authorize(storage, "VALID", ALLOWLIST)).status is AuthorizationStatus.ACCEPTED


@pytest.mark.asyncio
async def test_strict_refuses_a_second_session_of_the_same_tag(storage: Storage) -> None:
    await storage.upsert_tag(Tag(uid="AABBCCDD", released=True, owner="acct-7"))
    assert (await _authorize(storage, "AABBCCDD", STRICT, check_concurrent=True)).accepted
    tx = await start(storage, id_tag="AABBCCDD")
    busy = await _authorize(storage, "aabbccdd", STRICT, charger_id="CP2", check_concurrent=True)
    assert busy.status is AuthorizationStatus.CONCURRENT_TX
    reversed_busy = await _authorize(storage, "DDCCBBAA", STRICT, charger_id="CP2", check_concurrent=True)
    assert reversed_busy.status is AuthorizationStatus.CONCURRENT_TX
    assert (await _authorize(storage, "AABBCCDD", STRICT)).accepted  # not asked to check
    await storage.stop_transaction(
        charger_id="CP1",
        transaction_id=tx.id,
        meter_stop_wh=2000,
        stop_time=at(100),
        stop_reason=None,
        id_tag=None,
    )
    assert (await _authorize(storage, "AABBCCDD", STRICT, check_concurrent=True)).accepted


@pytest.mark.asyncio
async def test_an_orphan_is_not_an_active_session(storage: Storage) -> None:
    await storage.upsert_tag(Tag(uid="AABBCCDD", released=True, owner="acct-7"))
    await storage.stop_transaction(
        charger_id="CP1",
        transaction_id=999,
        meter_stop_wh=2000,
        stop_time=at(100),
        stop_reason=None,
        id_tag="AABBCCDD",
    )
    assert (await _authorize(storage, "AABBCCDD", STRICT, check_concurrent=True)).accepted


@pytest.mark.asyncio
async def test_strict_needs_a_released_tag_with_an_owner(storage: Storage) -> None:
    await storage.upsert_tag(Tag(uid="AABBCCDD"))
    decision = await _authorize(storage, "AABBCCDD", STRICT)
    assert (decision.status, decision.reason) == (AuthorizationStatus.INVALID, "strict_tag_not_released")


@pytest.mark.asyncio
async def test_an_empty_tag_is_invalid_and_not_recorded(storage: Storage) -> None:
    decision = await _authorize(storage, "   ", OPEN)
    assert decision.status is AuthorizationStatus.INVALID
    assert await storage.list_unknown_tags() == []


@pytest.mark.asyncio
async def test_register_maintenance(storage: Storage) -> None:
    created = await storage.upsert_tag(Tag(uid=" 04 a1 b2 ", label="Alice", owner="acct"))
    assert created.uid == "04A1B2" and created.created_at is not None
    replaced = await storage.upsert_tag(Tag(uid="04A1B2", label="Alice (work)", released=True))
    assert (replaced.label, replaced.released, replaced.created_at) == (
        "Alice (work)",
        True,
        created.created_at,
    )
    assert not (await storage.set_tag_allowed("04a1b2", False)).allowed
    assert (await storage.tag("B2A104")) == await storage.tag("04A1B2")  # reversed lookup
    await storage.delete_tag("04A1B2")
    assert await storage.list_tags() == []
    with pytest.raises(NotFoundError):
        await storage.delete_tag("04A1B2")
    with pytest.raises(NotFoundError):
        await storage.set_tag_allowed("04A1B2", True)
    with pytest.raises(InvalidCommandError):
        await storage.upsert_tag(Tag(uid="  "))


@pytest.mark.asyncio
async def test_adding_a_tag_by_hand_clears_it_from_the_unknown_list(storage: Storage) -> None:
    await _authorize(storage, "CAFE01", ALLOWLIST)
    await storage.upsert_tag(Tag(uid="cafe01"))
    assert await storage.list_unknown_tags() == []


@pytest.mark.asyncio
async def test_enrolling_an_unknown_tag_moves_it_to_the_register(storage: Storage) -> None:
    await _authorize(storage, "CAFE01", ALLOWLIST, seconds=7)
    await _authorize(storage, "BEEF02", ALLOWLIST)
    tag = await storage.enrol_unknown_tag("cafe01", label="Visitor")
    assert (tag.uid, tag.label, tag.allowed, tag.last_seen_at) == ("CAFE01", "Visitor", True, at(7))
    assert [u.uid for u in await storage.list_unknown_tags()] == ["BEEF02"]
    assert [t.uid for t in await storage.list_tags()] == ["CAFE01"]
    assert (await _authorize(storage, "CAFE01", ALLOWLIST)).accepted
    blocked = await storage.enrol_unknown_tag("BEEF02", allowed=False)
    assert not blocked.allowed
    assert (await _authorize(storage, "BEEF02", OPEN)).status is AuthorizationStatus.BLOCKED
    assert await storage.list_unknown_tags() == []
