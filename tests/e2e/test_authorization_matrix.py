"""The authorization matrix over real sockets: each policy x tag state -> the idTagInfo status a
real ``ocpp`` 1.6 charge point receives for Authorize and StartTransaction."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

import pytest
from ocpp.v16 import call

from arthexis_desktop.core.events import TagPresented
from arthexis_desktop.core.model import AuthorizationPolicy, Tag, TagEventKind
from arthexis_desktop.storage import Storage
from tests.csms.wire import T0, booted
from tests.fixtures.broker import Broker, SimCharger

ConnectCp = Callable[..., Awaitable[SimCharger]]
MakeBroker = Callable[..., Awaitable[Broker]]

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(20)]

UID = "04A1B2C3"
PAST = datetime(2024, 1, 1, tzinfo=UTC)
FUTURE = datetime.now(UTC) + timedelta(days=365)

# state -> (open, allowlist, strict) for Authorize; StartTransaction answers the same unless the
# state is "busy" (the tag has a session on another charger) -> START below.
MATRIX: dict[str, tuple[str, str, str]] = {
    "unknown": ("Accepted", "Invalid", "Invalid"),
    "allowed": ("Accepted", "Accepted", "Invalid"),
    "blocked": ("Blocked", "Blocked", "Blocked"),
    "expired": ("Expired", "Expired", "Expired"),
    "not_expired_yet": ("Accepted", "Accepted", "Invalid"),
    "released_to_owner": ("Accepted", "Accepted", "Accepted"),
    "released_to_account": ("Accepted", "Accepted", "Accepted"),
    "account_not_released": ("Accepted", "Accepted", "Invalid"),
    "account_with_credit": ("Accepted", "Accepted", "Accepted"),
    "account_without_credit": ("Blocked", "Blocked", "Blocked"),
    "service_account_without_credit": ("Accepted", "Accepted", "Accepted"),
    "blocked_released_with_credit": ("Blocked", "Blocked", "Blocked"),
    "busy_no_account": ("Accepted", "Accepted", "Accepted"),
    "busy_exclusive_account": ("Accepted", "Accepted", "Accepted"),
    "busy_shared_account": ("Accepted", "Accepted", "Accepted"),
}
START: dict[str, tuple[str, str, str]] = {
    "busy_no_account": ("Accepted", "Accepted", "ConcurrentTx"),
    "busy_exclusive_account": ("ConcurrentTx", "ConcurrentTx", "ConcurrentTx"),
    "busy_shared_account": ("Accepted", "Accepted", "ConcurrentTx"),
}
POLICIES = (AuthorizationPolicy.OPEN, AuthorizationPolicy.ALLOWLIST, AuthorizationPolicy.STRICT)


async def _account(storage: Storage, name: str, *, credit_wh: float | None = None, **flags: bool) -> int:
    account = await storage.create_account(name, **flags)
    assert account.id is not None
    if credit_wh is not None:
        await storage.add_credit(account.id, energy_wh=credit_wh)
    return account.id


async def arrange(storage: Storage, state: str) -> None:
    """Put the tag ``UID`` in ``state``."""
    entry: Tag | None
    if state == "unknown":
        entry = None
    elif state == "allowed":
        entry = Tag(uid=UID)
    elif state == "blocked":
        entry = Tag(uid=UID, allowed=False, released=True, owner="Ana")
    elif state == "expired":
        entry = Tag(uid=UID, released=True, owner="Ana", expires_at=PAST)
    elif state == "not_expired_yet":
        entry = Tag(uid=UID, expires_at=FUTURE)
    elif state in ("released_to_owner", "busy_no_account"):
        entry = Tag(uid=UID, released=True, owner="Ana")
    elif state == "released_to_account":
        entry = Tag(uid=UID, released=True, account_id=await _account(storage, "A"))
    elif state == "account_not_released":
        entry = Tag(uid=UID, account_id=await _account(storage, "A"))
    elif state == "account_with_credit":
        entry = Tag(uid=UID, released=True, account_id=await _account(storage, "A", credit_wh=1000))
    elif state == "account_without_credit":
        entry = Tag(uid=UID, released=True, account_id=await _account(storage, "A", credit_wh=-1))
    elif state == "service_account_without_credit":
        account_id = await _account(storage, "A", credit_wh=-1, service_account=True)
        entry = Tag(uid=UID, released=True, account_id=account_id)
    elif state == "blocked_released_with_credit":
        entry = Tag(
            uid=UID, allowed=False, released=True, account_id=await _account(storage, "A", credit_wh=9)
        )
    elif state == "busy_exclusive_account":
        entry = Tag(uid=UID, released=True, account_id=await _account(storage, "A"))
    elif state == "busy_shared_account":
        entry = Tag(uid=UID, released=True, account_id=await _account(storage, "A", allow_concurrent=True))
    else:  # pragma: no cover - a typo in the table
        raise AssertionError(state)
    if entry is not None:
        await storage.create_tag(entry)
    if state.startswith("busy"):
        await storage.start_transaction(
            charger_id="ELSEWHERE",
            connector_id=1,
            id_tag=UID,
            meter_start_wh=0,
            start_time=datetime.now(UTC) - timedelta(minutes=5),
            auth_status="Accepted",
        )


@pytest.mark.parametrize("policy", POLICIES, ids=lambda p: p.value)
@pytest.mark.parametrize("state", list(MATRIX))
async def test_authorization_matrix(
    make_broker: MakeBroker, connect_cp: ConnectCp, policy: AuthorizationPolicy, state: str
) -> None:
    broker = await make_broker(authorization_policy=policy)
    await arrange(broker.storage, state)
    cp = await booted(broker, connect_cp)
    column = POLICIES.index(policy)
    authorized = await cp.call(call.Authorize(id_tag=UID.lower()))
    assert authorized.id_tag_info["status"] == MATRIX[state][column]
    started = await cp.call(call.StartTransaction(connector_id=1, id_tag=UID, meter_start=0, timestamp=T0))
    assert started.id_tag_info["status"] == START.get(state, MATRIX[state])[column]
    assert isinstance(started.transaction_id, int)  # also when refused
    # both decisions are in the tag's history, with policy and purpose
    history = await broker.storage.tag_history(UID)
    assert [(e.kind, e.purpose, e.policy, e.status) for e in reversed(history)] == [
        (TagEventKind.AUTHORIZATION, "Authorize", policy.value, authorized.id_tag_info["status"]),
        (TagEventKind.AUTHORIZATION, "StartTransaction", policy.value, started.id_tag_info["status"]),
    ]
    assert all(e.charger_id == "CP1" for e in history)
    # presenting never enrols an unknown tag, and never changes a registered one's flags
    registered = await broker.storage.tag(UID)
    assert (registered is None) == (state == "unknown")


async def test_the_decision_reaches_the_event_bus_with_its_reason(
    make_broker: MakeBroker, connect_cp: ConnectCp
) -> None:
    broker = await make_broker(authorization_policy=AuthorizationPolicy.ALLOWLIST)
    await arrange(broker.storage, "account_without_credit")
    cp = await booted(broker, connect_cp)
    result = await cp.call(call.Authorize(id_tag=UID))
    assert result.id_tag_info == {"status": "Blocked"}
    event = await broker.events.wait_for(TagPresented)
    assert (event.decision.reason, event.decision.account_id, event.purpose) == (
        "account_no_credit",
        (await broker.storage.list_accounts())[0].id,
        "Authorize",
    )
