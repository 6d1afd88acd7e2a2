"""What a charger was told about an RFID tag, in words: the idTagInfo status and why, and the
state of a reservation.

One table for every place that shows them (the RFID panels, the charger detail, notifications),
so each text is translated once (contexts ``TagDecision`` and ``Reservation``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from arthexis_desktop.core.model import ReservationState
from arthexis_desktop.gui.tr import QT_TRANSLATE_NOOP

_STATUS = {  # idTagInfo status
    "Accepted": QT_TRANSLATE_NOOP("TagDecision", "Accepted"),
    "Blocked": QT_TRANSLATE_NOOP("TagDecision", "Blocked"),
    "Expired": QT_TRANSLATE_NOOP("TagDecision", "Expired"),
    "Invalid": QT_TRANSLATE_NOOP("TagDecision", "Invalid"),
    "ConcurrentTx": QT_TRANSLATE_NOOP("TagDecision", "Already charging"),
}
_REASONS = {  # AuthDecision.reason -> why, in words
    "empty_tag": QT_TRANSLATE_NOOP("TagDecision", "empty idTag"),
    "unknown_tag": QT_TRANSLATE_NOOP("TagDecision", "not in the register"),
    "open_policy_unknown_tag": QT_TRANSLATE_NOOP("TagDecision", "not in the register; open policy"),
    "open_policy": QT_TRANSLATE_NOOP("TagDecision", "in the register; open policy"),
    "allowlist_tag_authorized": QT_TRANSLATE_NOOP("TagDecision", "allowed in the register"),
    "strict_tag_authorized": QT_TRANSLATE_NOOP("TagDecision", "released to its owner"),
    "tag_blocked": QT_TRANSLATE_NOOP("TagDecision", "blocked in the register"),
    "tag_expired": QT_TRANSLATE_NOOP("TagDecision", "expired in the register"),
    "strict_tag_not_released": QT_TRANSLATE_NOOP("TagDecision", "strict policy: not released to an owner"),
    "strict_concurrent_session": QT_TRANSLATE_NOOP("TagDecision", "strict policy: a session is running"),
    "account_no_credit": QT_TRANSLATE_NOOP("TagDecision", "its account has no credit left"),
    "account_concurrent_session": QT_TRANSLATE_NOOP(
        "TagDecision", "a session is running and its account allows only one"
    ),
}


def status_text(status: str | None) -> str:
    """``Accepted`` → "Accepted" in the current language; an unknown status as it is."""
    source = _STATUS.get(status or "")
    return QCoreApplication.translate("TagDecision", source) if source else (status or "")


def reason_text(reason: str | None) -> str:
    """An ``AuthDecision.reason`` code in words; an unknown code as it is."""
    source = _REASONS.get(reason or "")
    return QCoreApplication.translate("TagDecision", source) if source else (reason or "")


_RESERVATION = {
    ReservationState.PENDING: QT_TRANSLATE_NOOP("Reservation", "Waiting for the charger"),
    ReservationState.ACCEPTED: QT_TRANSLATE_NOOP("Reservation", "Reserved"),
    ReservationState.REFUSED: QT_TRANSLATE_NOOP("Reservation", "Refused"),
    ReservationState.FAILED: QT_TRANSLATE_NOOP("Reservation", "Failed"),
    ReservationState.CANCELLED: QT_TRANSLATE_NOOP("Reservation", "Cancelled"),
    ReservationState.EXPIRED: QT_TRANSLATE_NOOP("Reservation", "Expired"),
    ReservationState.USED: QT_TRANSLATE_NOOP("Reservation", "Used"),
}


def reservation_text(state: ReservationState | str) -> str:
    """A reservation's state in words."""
    source = _RESERVATION.get(ReservationState(state))
    return QCoreApplication.translate("Reservation", source) if source else str(state)
