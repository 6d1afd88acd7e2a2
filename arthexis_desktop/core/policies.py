"""Admission and authorization decisions (pure functions, used inside storage transactions).

Authorization fixes the original suite's surprises (arthexis-behaviour §1.8 and §11.6): presenting
an unknown tag never enrols or allows it, the open policy never un-blocks a blocked tag, expiry is
checked, and Blocked/Expired/ConcurrentTx are answered where they apply.
"""

from __future__ import annotations

from datetime import datetime

from arthexis_desktop.core.model import (
    AdmissionPolicy,
    AdmissionState,
    AuthDecision,
    AuthorizationPolicy,
    AuthorizationStatus,
    BootDecision,
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
) -> AuthDecision:
    """Judge the normalised tag ``uid`` (``tag`` is its register entry, or ``None``).

    ``concurrent_session`` is True when the tag already has an active transaction elsewhere;
    only the strict policy refuses that (ConcurrentTx).
    """
    if not uid:
        return AuthDecision(AuthorizationStatus.INVALID, "empty_tag", uid, known=False)
    if tag is not None:

        def judged(status: AuthorizationStatus, reason: str) -> AuthDecision:
            return AuthDecision(
                status, reason, uid, known=True, parent_id_tag=tag.parent_uid, expiry=tag.expires_at
            )

        if not tag.allowed:
            return judged(AuthorizationStatus.BLOCKED, "tag_blocked")
        if tag.expires_at is not None and tag.expires_at <= now:
            return judged(AuthorizationStatus.EXPIRED, "tag_expired")
        if policy is AuthorizationPolicy.STRICT:
            if not tag.released or not tag.owner:
                return judged(AuthorizationStatus.INVALID, "strict_tag_not_released")
            if concurrent_session:
                return judged(AuthorizationStatus.CONCURRENT_TX, "strict_concurrent_session")
            return judged(AuthorizationStatus.ACCEPTED, "strict_tag_authorized")
        reason = "open_policy" if policy is AuthorizationPolicy.OPEN else "allowlist_tag_authorized"
        return judged(AuthorizationStatus.ACCEPTED, reason)
    if policy is AuthorizationPolicy.OPEN:
        return AuthDecision(AuthorizationStatus.ACCEPTED, "open_policy_unknown_tag", uid, known=False)
    return AuthDecision(AuthorizationStatus.INVALID, "unknown_tag", uid, known=False)
