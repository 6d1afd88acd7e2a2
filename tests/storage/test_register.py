"""The tag register: label numbers, edits, bulk flags, search, accounts and credit, history."""

from __future__ import annotations

import pytest

from arthexis_desktop.core.errors import InvalidCommandError, NotFoundError
from arthexis_desktop.core.model import (
    AuthorizationPolicy,
    AuthorizationStatus,
    Tag,
    TagColour,
    TagEventKind,
)
from arthexis_desktop.storage import Storage
from tests.storage.helpers import at, start

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(30)]

ALLOWLIST = AuthorizationPolicy.ALLOWLIST
STRICT = AuthorizationPolicy.STRICT


async def stop(storage: Storage, transaction_id: int, *, seconds: float, meter_stop_wh: float) -> None:
    await storage.stop_transaction(
        charger_id="CP1",
        transaction_id=transaction_id,
        meter_stop_wh=meter_stop_wh,
        stop_time=at(seconds),
        stop_reason=None,
        id_tag=None,
    )


async def test_new_tags_get_the_next_multiple_of_ten(storage: Storage) -> None:
    assert await storage.next_label_number() == 10
    first = await storage.create_tag(Tag(uid="04a1b2c3"))
    second = await storage.create_tag(Tag(uid="04A1B2C4"))
    assert (first.uid, first.label_number, second.label_number) == ("04A1B2C3", 10, 20)
    typed = await storage.create_tag(Tag(uid="AA", label_number=55))
    assert typed.label_number == 55 and await storage.next_label_number() == 60
    unnumbered = await storage.create_tag(Tag(uid="BB"), auto_label=False)
    assert unnumbered.label_number is None
    with pytest.raises(InvalidCommandError, match="label 55 is already on tag AA"):
        await storage.create_tag(Tag(uid="CC", label_number=55))
    with pytest.raises(InvalidCommandError, match="already in the register"):
        await storage.create_tag(Tag(uid="C3B2A104"))  # the byte-reversed form of the first
    with pytest.raises(InvalidCommandError, match="whole number"):
        await storage.create_tag(Tag(uid="DD", label_number=0))
    assert [t.uid for t in await storage.list_tags()] == ["04A1B2C3", "04A1B2C4", "AA", "BB"]


async def test_creating_a_tag_seen_at_a_charger_keeps_its_sightings(storage: Storage) -> None:
    await storage.authorize("CP1", "CAFE01", policy=ALLOWLIST, at=at(3), check_concurrent=False)
    await storage.authorize("CP1", "CAFE01", policy=ALLOWLIST, at=at(9), check_concurrent=False)
    tag = await storage.create_tag(Tag(uid="cafe01", label="Visitor"))
    assert (tag.first_seen_at, tag.last_seen_at) == (at(3), at(9))
    assert await storage.list_unknown_tags() == []


async def test_update_changes_only_the_given_fields(storage: Storage) -> None:
    account = await storage.create_account("Fleet")
    await storage.create_tag(Tag(uid="04A1B2C3", label="Alice", notes="desk"))
    await storage.create_tag(Tag(uid="BEEF"))
    updated = await storage.update_tag(
        "C3B2A104",  # found by its reversed form
        {"label": "Alice B.", "account_id": account.id, "colour": TagColour.RED, "expires_at": at(60)},
    )
    assert (updated.label, updated.account_id, updated.colour, updated.expires_at, updated.notes) == (
        "Alice B.",
        account.id,
        TagColour.RED,
        at(60),
        "desk",
    )
    assert updated.label_number == 10
    with pytest.raises(InvalidCommandError, match="label 20 is already on tag BEEF"):
        await storage.update_tag("04A1B2C3", {"label_number": 20})
    with pytest.raises(InvalidCommandError, match="no field"):
        await storage.update_tag("04A1B2C3", {"uid": "X"})
    with pytest.raises(NotFoundError, match="account 999"):
        await storage.update_tag("04A1B2C3", {"account_id": 999})
    with pytest.raises(NotFoundError):
        await storage.update_tag("NOPE", {"label": "x"})
    assert (await storage.tag("04A1B2C3")) == updated  # failed updates changed nothing


async def test_bulk_flags_change_all_or_nothing(storage: Storage) -> None:
    for uid in ("A1", "B2", "C3"):
        await storage.create_tag(Tag(uid=uid))
    blocked = await storage.set_tags_flag(["A1", "B2"], "allowed", False)
    assert [(t.uid, t.allowed) for t in blocked] == [("A1", False), ("B2", False)]
    with pytest.raises(NotFoundError, match="ZZ"):
        await storage.set_tags_flag(["C3", "ZZ"], "released", True)
    assert not any(t.released for t in await storage.list_tags())
    released = await storage.set_tags_flag(["C3"], "released", True)
    assert released[0].released
    with pytest.raises(InvalidCommandError):
        await storage.set_tags_flag(["C3"], "label", True)


async def test_search_and_filters(storage: Storage) -> None:
    fleet = await storage.create_account("Green Fleet")
    await storage.create_tag(Tag(uid="04A1B2C3", label="Alice", owner="Ana Lopez", released=True))
    await storage.create_tag(Tag(uid="11223344", label="Van 3", account_id=fleet.id, colour=TagColour.BLUE))
    await storage.create_tag(Tag(uid="55667788", notes="spare 100% card", allowed=False, expires_at=at(0)))

    async def uids(text: str = "", **filters: object) -> list[str]:
        return [t.uid for t in await storage.search_tags(text, **filters)]  # type: ignore[arg-type]

    assert await uids() == ["04A1B2C3", "11223344", "55667788"]  # by label number 10, 20, 30
    assert await uids("alice") == ["04A1B2C3"]
    assert await uids("lopez") == ["04A1B2C3"]
    assert await uids("c3b2") == ["04A1B2C3"]  # part of the byte-reversed uid
    assert await uids("green") == ["11223344"]  # account name
    assert await uids("20") == ["11223344"]  # label number
    assert await uids("100%") == ["55667788"]  # LIKE wildcards are literal
    assert await uids("van 3") == ["11223344"]  # every word must match
    assert await uids(allowed=False) == ["55667788"]
    assert await uids(released=True) == ["04A1B2C3"]
    assert await uids(account_id=fleet.id) == ["11223344"]
    assert await uids(colour=TagColour.BLUE) == ["11223344"]
    assert await uids(expired_at=at(1)) == ["55667788"]


async def test_accounts_crud(storage: Storage) -> None:
    fleet = await storage.create_account("  Fleet   One ", contact="ops@example.com")
    assert (fleet.name, fleet.contact, fleet.allow_concurrent, fleet.credit_wh) == (
        "Fleet One",
        "ops@example.com",
        False,
        None,
    )
    with pytest.raises(InvalidCommandError, match="exists already"):
        await storage.create_account("FLEET ONE")
    with pytest.raises(InvalidCommandError, match="needs a name"):
        await storage.create_account("  ")
    other = await storage.create_account("Other", service_account=True)
    renamed = await storage.update_account(other.id or 0, {"name": "Workshop", "allow_concurrent": True})
    assert (renamed.name, renamed.service_account, renamed.allow_concurrent) == ("Workshop", True, True)
    with pytest.raises(InvalidCommandError, match="exists already"):
        await storage.update_account(other.id or 0, {"name": "fleet one"})
    await storage.create_tag(Tag(uid="AA", account_id=fleet.id))
    assert [(a.name, a.tag_count) for a in await storage.list_accounts()] == [
        ("Fleet One", 1),
        ("Workshop", 0),
    ]
    with pytest.raises(InvalidCommandError, match="holds 1 tag"):
        await storage.delete_account(fleet.id or 0)
    assert await storage.delete_account(fleet.id or 0, detach_tags=True) == ["AA"]
    tag = await storage.tag("AA")
    assert tag is not None and tag.account_id is None
    assert [a.name for a in await storage.list_accounts()] == ["Workshop"]
    with pytest.raises(NotFoundError):
        await storage.add_credit(fleet.id or 0, energy_wh=1000)


async def test_the_balance_counts_finished_sessions_since_the_first_credit(storage: Storage) -> None:
    account = await storage.create_account("Prepaid")
    aid = account.id or 0
    await storage.create_tag(Tag(uid="04A1B2C3", account_id=aid))
    await storage.create_tag(Tag(uid="OTHER1"))
    before = await start(storage, id_tag="04A1B2C3", seconds=-100)
    await stop(storage, before.id, seconds=-50, meter_stop_wh=9000)  # before any credit: free
    with pytest.raises(InvalidCommandError):
        await storage.add_credit(aid, energy_wh=0)
    funded = await storage.add_credit(aid, energy_wh=5000, note="card top-up")
    assert (funded.credit_wh, funded.used_wh, funded.balance_wh) == (5000, 0, 5000)
    assert funded.credit_since is not None  # credit is added now, sessions below start after it
    after = (funded.credit_since - at(0)).total_seconds() + 1
    session = await start(storage, id_tag="c3b2a104", seconds=after)  # reversed form
    foreign = await start(storage, "CP2", id_tag="OTHER1", seconds=after)
    running = await start(storage, connector_id=2, id_tag="04A1B2C3", seconds=after)
    await stop(storage, session.id, seconds=after + 60, meter_stop_wh=4000)  # 3000 Wh
    await storage.stop_transaction(
        charger_id="CP2",
        transaction_id=foreign.id,
        meter_stop_wh=5000,
        stop_time=at(after + 60),
        stop_reason=None,
        id_tag=None,
    )
    assert running.tag_uid == "04A1B2C3"
    used = await storage.account(aid)
    assert used is not None and (used.used_wh, used.balance_wh) == (3000, 2000)
    await storage.add_credit(aid, energy_wh=-500, note="correction")
    (listed,) = await storage.list_accounts()
    assert (listed.credit_wh, listed.balance_wh, listed.credit_since) == (4500, 1500, funded.credit_since)
    assert [c.energy_wh for c in await storage.account_credits(aid)] == [5000, -500]


async def test_authorization_uses_the_account(storage: Storage) -> None:
    empty = await storage.create_account("Empty")
    shared = await storage.create_account("Shared", allow_concurrent=True)
    await storage.add_credit(empty.id or 0, energy_wh=-1)  # tracked, nothing left
    await storage.create_tag(Tag(uid="EMPTY1", account_id=empty.id, released=True))
    await storage.create_tag(Tag(uid="SHARED1", account_id=shared.id, released=True))
    await storage.create_tag(Tag(uid="OWN1", account_id=(await storage.create_account("Own")).id))
    no_credit = await storage.authorize("CP1", "EMPTY1", policy=ALLOWLIST, at=at(0), check_concurrent=False)
    assert (no_credit.status, no_credit.reason, no_credit.account_id) == (
        AuthorizationStatus.BLOCKED,
        "account_no_credit",
        empty.id,
    )
    for uid in ("SHARED1", "OWN1"):
        await start(storage, "CP9", id_tag=uid)
    shared_again = await storage.authorize(
        "CP1", "SHARED1", policy=ALLOWLIST, at=at(5), check_concurrent=True
    )
    own_again = await storage.authorize("CP1", "OWN1", policy=ALLOWLIST, at=at(5), check_concurrent=True)
    strict_shared = await storage.authorize("CP1", "SHARED1", policy=STRICT, at=at(5), check_concurrent=True)
    assert shared_again.status is AuthorizationStatus.ACCEPTED
    assert own_again.status is AuthorizationStatus.CONCURRENT_TX
    assert strict_shared.status is AuthorizationStatus.CONCURRENT_TX


async def test_every_decision_and_scan_is_in_the_history(storage: Storage) -> None:
    await storage.authorize("CP1", "cafe01", policy=ALLOWLIST, at=at(1), check_concurrent=False)
    await storage.create_tag(Tag(uid="CAFE01"))
    await storage.authorize(
        "CP2", "CAFE01", policy=STRICT, at=at(2), check_concurrent=True, purpose="StartTransaction"
    )
    scanned = await storage.record_scan("01FECA", reader="ACS ACR122U 00 00", at=at(3))  # reversed
    assert scanned is not None and scanned.uid == "CAFE01" and scanned.last_seen_at == at(3)
    assert await storage.record_scan("0BADF00D", reader="wedge", at=at(4)) is None
    history = await storage.tag_history("cafe01")
    rows = [
        (e.kind, e.known, e.charger_id, e.reader, e.purpose, e.policy, e.status, e.reason) for e in history
    ]
    assert rows == [
        (TagEventKind.SCAN, True, None, "ACS ACR122U 00 00", None, None, None, None),
        (TagEventKind.AUTHORIZATION, True, "CP2", None, "StartTransaction", "strict", "Invalid",
         "strict_tag_not_released"),
        (TagEventKind.AUTHORIZATION, False, "CP1", None, "Authorize", "allowlist", "Invalid", "unknown_tag"),
    ]  # fmt: skip
    assert [e.at for e in history] == [at(3), at(2), at(1)]
    assert [e.known for e in await storage.tag_history("0BADF00D")] == [False]
    assert await storage.list_unknown_tags() == []  # a desk scan is not a charger sighting
    assert len(await storage.tag_history("CAFE01", limit=1)) == 1


async def test_first_and_last_seen(storage: Storage) -> None:
    await storage.create_tag(Tag(uid="AA11"))
    await storage.authorize("CP1", "AA11", policy=ALLOWLIST, at=at(50), check_concurrent=False)
    await storage.authorize("CP1", "AA11", policy=ALLOWLIST, at=at(20), check_concurrent=False)  # late
    await storage.authorize("CP1", "AA11", policy=ALLOWLIST, at=at(90), check_concurrent=False)
    tag = await storage.tag("AA11")
    assert tag is not None and (tag.first_seen_at, tag.last_seen_at) == (at(20), at(90))


async def test_enrolling_an_unknown_tag_numbers_it_and_blocking_does_not(storage: Storage) -> None:
    await storage.authorize("CP1", "CAFE01", policy=ALLOWLIST, at=at(1), check_concurrent=False)
    await storage.authorize("CP1", "BEEF02", policy=ALLOWLIST, at=at(2), check_concurrent=False)
    enrolled = await storage.enrol_unknown_tag("CAFE01", label="Guest")
    blocked = await storage.enrol_unknown_tag("BEEF02", allowed=False, auto_label=False)
    assert (enrolled.label_number, enrolled.first_seen_at) == (10, at(1))
    assert (blocked.label_number, blocked.allowed) == (None, False)
    again = await storage.enrol_unknown_tag("CAFE01", label="Guest 2")
    assert (again.label_number, again.label) == (10, "Guest 2")  # keeps its number


async def test_transactions_remember_the_register_uid(storage: Storage) -> None:
    await storage.create_tag(Tag(uid="04A1B2C3"))
    known = await start(storage, id_tag="c3 b2 a1 04")
    unknown = await start(storage, connector_id=2, id_tag="stranger 1")
    assert (known.id_tag, known.tag_uid) == ("c3 b2 a1 04", "04A1B2C3")
    assert unknown.tag_uid == "STRANGER1"
    assert [t.id for t in await storage.list_transactions(tag_uid="04A1B2C3")] == [known.id]
