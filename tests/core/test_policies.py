from datetime import UTC, datetime, timedelta

import pytest

from arthexis_desktop.core.model import (
    Account,
    AdmissionPolicy,
    AdmissionState,
    AuthorizationPolicy,
    AuthorizationStatus,
    LocalListEntry,
    Tag,
)
from arthexis_desktop.core.policies import (
    decide_admission,
    decide_authorization,
    local_list_changes,
    local_list_entry,
    next_label_number,
)

NOW = datetime(2026, 11, 25, tzinfo=UTC)
P = AuthorizationPolicy
S = AuthorizationStatus


@pytest.mark.parametrize(
    ("policy", "status", "state"),
    [
        (AdmissionPolicy.ACCEPT_ANY, "Accepted", AdmissionState.ACCEPTED),
        (AdmissionPolicy.ACCEPT_KNOWN, "Pending", AdmissionState.PENDING),
        (AdmissionPolicy.REJECT_UNKNOWN, "Rejected", AdmissionState.REJECTED),
    ],
)
def test_unknown_charger_follows_policy(policy: AdmissionPolicy, status: str, state: AdmissionState) -> None:
    decision = decide_admission(policy, None)
    assert (decision.status, decision.state, decision.known_before) == (status, state, False)


@pytest.mark.parametrize("policy", list(AdmissionPolicy))
@pytest.mark.parametrize(
    ("state", "status"),
    [
        (AdmissionState.ACCEPTED, "Accepted"),
        (AdmissionState.PENDING, "Pending"),
        (AdmissionState.REJECTED, "Rejected"),
    ],
)
def test_known_charger_keeps_operator_decision(
    policy: AdmissionPolicy, state: AdmissionState, status: str
) -> None:
    decision = decide_admission(policy, state)
    assert (decision.status, decision.state, decision.known_before) == (status, state, True)


def tag(**kw: object) -> Tag:
    return Tag(uid="04A1B2C3", **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("policy", "entry", "status"),
    [
        (P.OPEN, None, S.ACCEPTED),
        (P.ALLOWLIST, None, S.INVALID),
        (P.STRICT, None, S.INVALID),
        (P.OPEN, tag(), S.ACCEPTED),
        (P.ALLOWLIST, tag(), S.ACCEPTED),
        (P.STRICT, tag(), S.INVALID),  # not released to an owner
        (P.STRICT, tag(released=True, owner="Ana"), S.ACCEPTED),
        (P.STRICT, tag(released=True, account_id=7), S.ACCEPTED),  # released to an account
        (P.STRICT, tag(owner="Ana", account_id=7), S.INVALID),  # not handed over yet
        # blocked stays blocked under every policy (the original's open policy un-blocked it, ⚠ §1.8)
        (P.OPEN, tag(allowed=False), S.BLOCKED),
        (P.ALLOWLIST, tag(allowed=False), S.BLOCKED),
        (P.STRICT, tag(allowed=False, released=True, owner="Ana"), S.BLOCKED),
        (P.ALLOWLIST, tag(expires_at=NOW - timedelta(seconds=1)), S.EXPIRED),
        (P.ALLOWLIST, tag(expires_at=NOW + timedelta(days=1)), S.ACCEPTED),
    ],
)
def test_authorization_table(
    policy: AuthorizationPolicy, entry: Tag | None, status: AuthorizationStatus
) -> None:
    decision = decide_authorization(policy, "04A1B2C3", entry, now=NOW)
    assert decision.status is status
    assert decision.known is (entry is not None)


def test_concurrent_session_only_matters_under_strict() -> None:
    owned = tag(released=True, owner="Ana")
    assert (
        decide_authorization(P.STRICT, "04A1B2C3", owned, now=NOW, concurrent_session=True).status
        is S.CONCURRENT_TX
    )
    assert decide_authorization(P.ALLOWLIST, "04A1B2C3", owned, now=NOW, concurrent_session=True).accepted


def test_empty_tag_is_invalid_even_when_open() -> None:
    assert decide_authorization(P.OPEN, "", None, now=NOW).status is S.INVALID


def test_parent_and_expiry_are_reported() -> None:
    expiry = NOW + timedelta(days=3)
    decision = decide_authorization(
        P.ALLOWLIST, "04A1B2C3", tag(parent_uid="FLEET1", expires_at=expiry), now=NOW
    )
    assert (decision.parent_id_tag, decision.expiry) == ("FLEET1", expiry)


# ---------------------------------------------------------------------- accounts (issue 6)

FREE = Account(id=1, name="Free")  # no credit tracked
FUNDED = Account(id=2, name="Funded", credit_wh=10_000, used_wh=2_000)
EMPTY = Account(id=3, name="Empty", credit_wh=10_000, used_wh=10_000)
SERVICE = Account(id=4, name="Workshop", service_account=True, credit_wh=0, used_wh=500)
SHARED = Account(id=5, name="Shared", allow_concurrent=True)


def test_account_balance_and_credit() -> None:
    assert FREE.balance_wh is None and not FREE.out_of_credit
    assert FUNDED.balance_wh == 8_000 and not FUNDED.out_of_credit
    assert EMPTY.balance_wh == 0 and EMPTY.out_of_credit
    assert SERVICE.balance_wh == -500 and not SERVICE.out_of_credit  # service accounts may go negative


@pytest.mark.parametrize(
    ("policy", "entry", "account", "concurrent", "status", "reason"),
    [
        (P.STRICT, tag(released=True, account_id=2), FUNDED, False, S.ACCEPTED, "strict_tag_authorized"),
        (P.STRICT, tag(account_id=2), FUNDED, False, S.INVALID, "strict_tag_not_released"),
        (P.OPEN, tag(account_id=3), EMPTY, False, S.BLOCKED, "account_no_credit"),
        (P.ALLOWLIST, tag(account_id=3), EMPTY, False, S.BLOCKED, "account_no_credit"),
        (P.STRICT, tag(released=True, account_id=3), EMPTY, False, S.BLOCKED, "account_no_credit"),
        (P.ALLOWLIST, tag(account_id=4), SERVICE, False, S.ACCEPTED, "allowlist_tag_authorized"),
        # blocked and expired come before the account
        (P.ALLOWLIST, tag(allowed=False, account_id=3), EMPTY, False, S.BLOCKED, "tag_blocked"),
        (
            P.ALLOWLIST,
            tag(expires_at=NOW, account_id=2),
            FUNDED,
            False,
            S.EXPIRED,
            "tag_expired",
        ),
        # concurrent sessions: refused per account outside strict, always under strict
        (P.ALLOWLIST, tag(account_id=2), FUNDED, True, S.CONCURRENT_TX, "account_concurrent_session"),
        (P.OPEN, tag(account_id=2), FUNDED, True, S.CONCURRENT_TX, "account_concurrent_session"),
        (P.ALLOWLIST, tag(account_id=5), SHARED, True, S.ACCEPTED, "allowlist_tag_authorized"),
        (P.ALLOWLIST, tag(), None, True, S.ACCEPTED, "allowlist_tag_authorized"),
        (
            P.STRICT,
            tag(released=True, account_id=5),
            SHARED,
            True,
            S.CONCURRENT_TX,
            "strict_concurrent_session",
        ),
        (P.STRICT, tag(released=True, owner="Ana"), None, True, S.CONCURRENT_TX, "strict_concurrent_session"),
        # no credit is answered before ConcurrentTx
        (P.STRICT, tag(released=True, account_id=3), EMPTY, True, S.BLOCKED, "account_no_credit"),
    ],
)
def test_authorization_with_accounts(
    policy: AuthorizationPolicy,
    entry: Tag,
    account: Account | None,
    concurrent: bool,
    status: AuthorizationStatus,
    reason: str,
) -> None:
    decision = decide_authorization(
        policy, "04A1B2C3", entry, now=NOW, concurrent_session=concurrent, account=account
    )
    assert (decision.status, decision.reason) == (status, reason)
    assert decision.account_id == entry.account_id


@pytest.mark.parametrize(
    ("highest", "expected"), [(None, 10), (0, 10), (7, 10), (10, 20), (19, 20), (120, 130), (125, 130)]
)
def test_next_label_number_is_the_next_multiple_of_ten(highest: int | None, expected: int) -> None:
    assert next_label_number(highest) == expected


@pytest.mark.parametrize(
    ("entry", "account", "expected"),
    [
        (tag(), None, None),  # not handed over: not listed
        (tag(released=True), None, S.ACCEPTED),
        (tag(released=True, allowed=False), None, S.BLOCKED),
        (tag(released=True, expires_at=NOW), None, S.EXPIRED),
        (tag(released=True, account_id=3), EMPTY, S.BLOCKED),
        (tag(released=True, account_id=2), FUNDED, S.ACCEPTED),
    ],
)
def test_local_list_entry(entry: Tag, account: Account | None, expected: AuthorizationStatus | None) -> None:
    listed = local_list_entry(entry, account, now=NOW)
    assert (listed.status if listed is not None else None) == expected


def test_local_list_entry_carries_expiry_and_parent_and_skips_long_uids() -> None:
    expiry = NOW + timedelta(days=30)
    listed = local_list_entry(tag(released=True, expires_at=expiry, parent_uid="FLEET1"), None, now=NOW)
    assert listed == LocalListEntry("04A1B2C3", S.ACCEPTED, expiry, "FLEET1")
    assert local_list_entry(Tag(uid="A" * 21, released=True), None, now=NOW) is None
    too_long_parent = local_list_entry(tag(released=True, parent_uid="P" * 21), None, now=NOW)
    assert too_long_parent is not None and too_long_parent.parent_uid is None


def test_local_list_changes_are_a_differential_update() -> None:
    a = LocalListEntry("AA", S.ACCEPTED)
    b = LocalListEntry("BB", S.ACCEPTED)
    b_blocked = LocalListEntry("BB", S.BLOCKED)
    c = LocalListEntry("CC", S.ACCEPTED)
    changed, removed = local_list_changes({"BB": b_blocked, "CC": c}, {"AA": a, "BB": b})
    assert (changed, removed) == ([b_blocked, c], ["AA"])
    assert local_list_changes({"AA": a}, {"AA": a}) == ([], [])
