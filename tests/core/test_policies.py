from datetime import UTC, datetime, timedelta

import pytest

from arthexis_desktop.core.model import (
    AdmissionPolicy,
    AdmissionState,
    AuthorizationPolicy,
    AuthorizationStatus,
    Tag,
)
from arthexis_desktop.core.policies import decide_admission, decide_authorization

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
