"""Admission, authorization and local-list decisions (pure functions, used inside storage
transactions).

Authorization fixes the original suite's surprises (arthexis-behaviour §1.8 and §11.6): presenting
an unknown tag never enrols or allows it, the open policy never un-blocks a blocked tag, expiry is
checked, there is no prefix matching, and Blocked/Expired/ConcurrentTx are answered where they
apply. Decision table for a presented idTag (first match wins)::

    #  condition                                          status        reason
    1  empty idTag                                        Invalid       empty_tag
    2  unknown tag, policy open                           Accepted      open_policy_unknown_tag
    3  unknown tag, allowlist / strict                    Invalid       unknown_tag
    4  tag blocked (allowed=False), any policy            Blocked       tag_blocked
    5  tag expired (expires_at <= now), any policy        Expired       tag_expired
    6  strict, tag not released or without owner/account  Invalid       strict_tag_not_released
    7  account credit used up (not a service account)     Blocked       account_no_credit
    8  tag already in an active session (StartTransaction only):
       policy strict                                      ConcurrentTx  strict_concurrent_session
       its account does not allow concurrent sessions     ConcurrentTx  account_concurrent_session
    9  otherwise                                          Accepted      open_policy |
                                                                        allowlist_tag_authorized |
                                                                        strict_tag_authorized
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from arthexis_desktop.core.model import (
    Account,
    AdmissionPolicy,
    AdmissionState,
    AuthDecision,
    AuthorizationPolicy,
    AuthorizationStatus,
    BootDecision,
    LocalListEntry,
    Tag,
)

_REGISTRATION_STATUS = {
    AdmissionState.ACCEPTED: "Accepted",
    AdmissionState.PENDING: "Pending",
    AdmissionState.REJECTED: "Rejected",
}


def decide_admission(policy: AdmissionPolicy, existing: AdmissionState | None) -> BootDecision:
    """Decide the BootNotification status for a charger with stored state ``existing``.

    A known charger keeps its state (the operator changes it, not the policy). An unknown one is
    stored as accepted, pending or rejected depending on the policy, so that even rejected
    chargers appear in the window where the operator can approve them later.
    """
    if existing is not None:
        return BootDecision(_REGISTRATION_STATUS[existing], existing, known_before=True)
    state = {
        AdmissionPolicy.ACCEPT_ANY: AdmissionState.ACCEPTED,
        AdmissionPolicy.ACCEPT_KNOWN: AdmissionState.PENDING,
        AdmissionPolicy.REJECT_UNKNOWN: AdmissionState.REJECTED,
    }[policy]
    return BootDecision(_REGISTRATION_STATUS[state], state, known_before=False)


def decide_authorization(
    policy: AuthorizationPolicy,
    uid: str,
    tag: Tag | None,
    *,
    now: datetime,
    concurrent_session: bool = False,
    account: Account | None = None,
) -> AuthDecision:
    """Judge the normalised tag ``uid`` (``tag`` is its register entry, or ``None``; ``account``
    the tag's account with its credit, or ``None``). See the table in the module docstring.

    ``concurrent_session`` is True when the tag already has an active transaction elsewhere.

    Why "no credit left" is answered **Blocked** (OCPP 1.6 has no NoCredit status; 2.0.1 added
    one): ``Invalid`` means "identifier unknown", so chargers and their displays tell the driver
    the card is not registered, and some treat it as a reason to re-ask or to clear the card from
    their cache; ``Expired`` means the card's validity date passed. ``Blocked`` ("identifier has
    been blocked, not allowed for charging") is the status every 1.6 charger already handles as
    "known card, refused by the operator": it refuses the start, stops a session it started
    offline (StopTransactionOnInvalidId covers every non-Accepted status) and asks again online
    next time, so topping up the credit takes effect at the next presentation. OCPP 2.0.1 to 1.6
    gateways map NoCredit to Blocked for the same reason.
    """
    if not uid:
        return AuthDecision(AuthorizationStatus.INVALID, "empty_tag", uid, known=False)
    if tag is None:
        if policy is AuthorizationPolicy.OPEN:
            return AuthDecision(AuthorizationStatus.ACCEPTED, "open_policy_unknown_tag", uid, known=False)
        return AuthDecision(AuthorizationStatus.INVALID, "unknown_tag", uid, known=False)

    def judged(status: AuthorizationStatus, reason: str) -> AuthDecision:
        return AuthDecision(
            status,
            reason,
            uid,
            known=True,
            parent_id_tag=tag.parent_uid,
            expiry=tag.expires_at,
            account_id=tag.account_id,
        )

    strict = policy is AuthorizationPolicy.STRICT
    if not tag.allowed:
        return judged(AuthorizationStatus.BLOCKED, "tag_blocked")
    if tag.expires_at is not None and tag.expires_at <= now:
        return judged(AuthorizationStatus.EXPIRED, "tag_expired")
    if strict and (not tag.released or not (tag.owner or tag.account_id is not None)):
        return judged(AuthorizationStatus.INVALID, "strict_tag_not_released")
    if account is not None and account.out_of_credit:
        return judged(AuthorizationStatus.BLOCKED, "account_no_credit")
    if concurrent_session and refuses_concurrent(policy, account):
        reason = "strict_concurrent_session" if strict else "account_concurrent_session"
        return judged(AuthorizationStatus.CONCURRENT_TX, reason)
    if strict:
        return judged(AuthorizationStatus.ACCEPTED, "strict_tag_authorized")
    reason = "open_policy" if policy is AuthorizationPolicy.OPEN else "allowlist_tag_authorized"
    return judged(AuthorizationStatus.ACCEPTED, reason)


def refuses_concurrent(policy: AuthorizationPolicy, account: Account | None) -> bool:
    """A second session of the same tag is refused under strict, and under the other policies
    when the tag's account does not allow concurrent sessions (tags without account: allowed)."""
    if policy is AuthorizationPolicy.STRICT:
        return True
    return account is not None and not account.allow_concurrent


# ---------------------------------------------------------------------- register rules

LABEL_STEP = 10


def next_label_number(highest: int | None) -> int:
    """The next free printed label: the next multiple of 10 above the highest one (10 first)."""
    if highest is None or highest < 0:
        return LABEL_STEP
    return (highest // LABEL_STEP + 1) * LABEL_STEP


# ---------------------------------------------------------------------- local lists

MAX_LIST_ID_TAG = 20  # OCPP 1.6 IdToken is a CiString20


def local_list_entry(tag: Tag, account: Account | None, *, now: datetime) -> LocalListEntry | None:
    """The entry a charger's local list holds for ``tag``, or ``None`` when it has none.

    Released (handed-over) tags are listed: as Accepted when they are allowed, not expired and
    their account has credit; otherwise with the status the central system would answer
    (Blocked / Expired), so that a charger that cached the tag as Accepted refuses it offline too.
    Tags not handed over, and uids a 1.6 charger cannot hold (> 20 characters), are not listed.
    """
    if not tag.released or not tag.uid or len(tag.uid) > MAX_LIST_ID_TAG:
        return None
    parent = tag.parent_uid if tag.parent_uid and len(tag.parent_uid) <= MAX_LIST_ID_TAG else None
    if not tag.allowed or (account is not None and account.out_of_credit):
        status = AuthorizationStatus.BLOCKED
    elif tag.expires_at is not None and tag.expires_at <= now:
        status = AuthorizationStatus.EXPIRED
    else:
        status = AuthorizationStatus.ACCEPTED
    return LocalListEntry(tag.uid, status, tag.expires_at, parent)


def local_list_changes(
    desired: Mapping[str, LocalListEntry], current: Mapping[str, LocalListEntry]
) -> tuple[list[LocalListEntry], list[str]]:
    """A Differential update: ``(entries to add or change, uids to remove)``, both sorted."""
    changed = [entry for uid, entry in sorted(desired.items()) if current.get(uid) != entry]
    removed = sorted(uid for uid in current if uid not in desired)
    return changed, removed
