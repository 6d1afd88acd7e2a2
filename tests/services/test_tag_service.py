"""TagService: enrolment, edits, bulk changes, accounts, unknown tags, reader scans, events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from arthexis_desktop.core.errors import InvalidCommandError, NotFoundError
from arthexis_desktop.core.events import EventBus, TagRegisterChanged, TagScanned
from arthexis_desktop.core.model import AuthorizationPolicy, TagColour, TagEventKind
from arthexis_desktop.services.tags import KEEP, TagService, register_uid
from arthexis_desktop.storage import Storage
from tests.fixtures.broker import EventLog

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(30)]


@pytest.fixture
def bus() -> EventBus:
    return EventBus()


@pytest.fixture
def tags(storage: Storage, bus: EventBus) -> TagService:
    return TagService(storage, bus)


@pytest.mark.parametrize(
    ("raw", "uid"),
    [
        ("04 a1 b2 c3", "04A1B2C3"),
        ("04:A1:B2:C3", "04A1B2C3"),
        ("04-a1-b2", "04A1B2"),
        ("APP-TOKEN-1", "APP-TOKEN-1"),
    ],
)
async def test_register_uid(raw: str, uid: str) -> None:
    assert register_uid(raw) == uid


@pytest.mark.parametrize("raw", ["", "   ", "0" * 21, "AB\x07CD"])
async def test_register_uid_refuses(raw: str) -> None:
    with pytest.raises(InvalidCommandError):
        register_uid(raw)


async def test_enrol_creates_with_the_next_label_and_then_finds_it(tags: TagService, bus: EventBus) -> None:
    events = EventLog(bus)
    first = await tags.enrol("04 A1 B2 C3")
    assert first.created and (first.tag.uid, first.tag.label_number, first.tag.allowed) == (
        "04A1B2C3",
        10,
        True,
    )
    again = await tags.enrol("C3B2A104")  # the other byte order of the same card
    assert not again.created and again.tag == first.tag
    second = await tags.enrol("11:22:33:44")
    assert second.tag.label_number == 20
    assert [e.uids for e in events.of(TagRegisterChanged)] == [("04A1B2C3",), ("11223344",)]


async def test_create_update_and_bulk(tags: TagService) -> None:
    account = await tags.create_account("Fleet", contact="ops@example.com")
    created = await tags.create(
        "AA01", name=" Alice ", account_id=account.id, colour=TagColour.GREEN, parent_uid="fleet 1"
    )
    assert (created.label, created.parent_uid, created.colour) == ("Alice", "FLEET1", TagColour.GREEN)
    expiry = datetime(2030, 1, 1, tzinfo=UTC)
    updated = await tags.update(
        "AA01", name="Alice B.", expires_at=expiry, notes="lost once", label_number=KEEP
    )
    assert (updated.label, updated.expires_at, updated.notes, updated.label_number) == (
        "Alice B.",
        expiry,
        "lost once",
        10,
    )
    cleared = await tags.update("AA01", account_id=None, expires_at=None)
    assert (cleared.account_id, cleared.expires_at, cleared.label) == (None, None, "Alice B.")
    with pytest.raises(InvalidCommandError, match="time zone"):
        await tags.update("AA01", expires_at=datetime(2030, 1, 1))
    with pytest.raises(InvalidCommandError, match="longer than"):
        await tags.update("AA01", name="x" * 65)
    await tags.create("BB02", label_number=500)
    assert [t.label_number for t in await tags.block(["AA01", "BB02"])] == [10, 500]
    assert not any(t.allowed for t in await tags.tags())
    await tags.allow(["BB02"])
    await tags.release(["AA01", "BB02"])
    assert [(t.uid, t.allowed, t.released) for t in await tags.tags(released=True)] == [
        ("AA01", False, True),
        ("BB02", True, True),
    ]
    assert await tags.release([]) == []
    await tags.delete("BB02")
    with pytest.raises(NotFoundError):
        await tags.tag("BB02")


async def test_expired_filter(tags: TagService) -> None:
    past = datetime.now(UTC) - timedelta(days=1)
    await tags.create("OLD1", expires_at=past)
    await tags.create("NEW1", expires_at=past + timedelta(days=30))
    await tags.create("NONE1")
    assert [t.uid for t in await tags.tags(expired=True)] == ["OLD1"]
    assert [t.uid for t in await tags.tags(expired=False)] == ["NEW1", "NONE1"]


async def test_accounts_and_credit(tags: TagService, bus: EventBus) -> None:
    events = EventLog(bus)
    account = await tags.create_account("Prepaid")
    aid = account.id or 0
    topped = await tags.add_credit(aid, energy_wh=20_000, note="20 kWh card")
    assert topped.balance_wh == 20_000
    assert [c.note for c in await tags.credits(aid)] == ["20 kWh card"]
    renamed = await tags.update_account(aid, name="Prepaid A", allow_concurrent=True)
    assert (renamed.name, renamed.allow_concurrent, renamed.credit_wh) == ("Prepaid A", True, 20_000)
    await tags.create("AA01", account_id=aid)
    assert [t.uid for t in await tags.account_tags(aid)] == ["AA01"]
    with pytest.raises(InvalidCommandError):
        await tags.delete_account(aid)
    await tags.delete_account(aid, detach_tags=True)
    with pytest.raises(NotFoundError):
        await tags.account(aid)
    assert len(events.of(TagRegisterChanged)) == 5  # every change but the refused delete


async def test_unknown_tags_enrol_and_block(tags: TagService, storage: Storage) -> None:
    now = datetime.now(UTC)
    for uid in ("CAFE01", "BEEF02"):
        await storage.authorize(
            "CP1", uid, policy=AuthorizationPolicy.ALLOWLIST, at=now, check_concurrent=False
        )
    assert {u.uid for u in await tags.unknown_tags()} == {"CAFE01", "BEEF02"}
    enrolled = await tags.enrol_unknown("cafe01", name="Visitor")
    blocked = await tags.block_unknown("beef02")
    assert (enrolled.label, enrolled.label_number, enrolled.allowed) == ("Visitor", 10, True)
    assert (blocked.label_number, blocked.allowed) == (None, False)
    assert await tags.unknown_tags() == []
    decision = await storage.authorize(
        "CP1", "BEEF02", policy=AuthorizationPolicy.OPEN, at=now, check_concurrent=False
    )
    assert decision.status.value == "Blocked"


async def test_reader_scans_are_recorded_from_the_bus(tags: TagService, bus: EventBus) -> None:
    await tags.create("04A1B2C3")
    tags.start()
    at = datetime(2026, 5, 1, 9, tzinfo=UTC)
    bus.publish(TagScanned(reader="ACS ACR122U", uid="04A1B2C3", raw="04a1b2c3", at=at, source="pcsc"))
    bus.publish(TagScanned(reader="wedge", uid="0BADF00D", raw="195948557", at=at, source="keyboard"))

    await tags.stop()  # waits for the recording tasks
    (event,) = await tags.history("04A1B2C3")
    assert (event.kind, event.reader, event.at) == (TagEventKind.SCAN, "ACS ACR122U", at)
    assert (await tags.tag("04A1B2C3")).last_seen_at == at
    assert [e.known for e in await tags.history("0BADF00D")] == [False]
