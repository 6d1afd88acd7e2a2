"""Reading the UID of the card on a PC/SC reader, and what the monitor thread reports.

``FF CA 00 00 00`` is the PC/SC part 3 "get data" pseudo-APDU: every CCID contactless reader
(ACR122U, ACR1252U, Identiv, HID Omnikey...) answers it with the card's UID and ``90 00``. A contact
chip card, or a reader without the command, answers with an error status instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

GET_UID = [0xFF, 0xCA, 0x00, 0x00, 0x00]
SW_OK = (0x90, 0x00)
SECURITY_VIOLATION = 0x8010006A  # SCARD_W_SECURITY_VIOLATION: polkit refused the user


class CardReadError(Exception):
    """No UID. ``transient``: connect/transmit failed (card not settled or swapped: try again);
    otherwise the card answered with an error status (it has no UID to give)."""

    def __init__(self, message: str, *, transient: bool = True) -> None:
        super().__init__(message)
        self.transient = transient


def error_message(scard: Any, hr: int) -> str:
    """``"Service not available. (0x8010001D)"``: pyscard's text plus the code."""
    try:
        text = str(scard.SCardGetErrorMessage(hr)).strip()
    except Exception:
        text = "unknown error"
    return f"{text} (0x{hr & 0xFFFFFFFF:08X})"


def hex_bytes(data: list[int]) -> str:
    return " ".join(f"{b:02X}" for b in data)


def read_uid(scard: Any, context: Any, reader: str) -> str:
    """The UID of the card on ``reader`` as space-separated hex (``"04 A1 B2 C3"``)."""
    protocols = scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
    hr, card, protocol = scard.SCardConnect(context, reader, scard.SCARD_SHARE_SHARED, protocols)
    if hr != scard.SCARD_S_SUCCESS:
        raise CardReadError(f"connect failed: {error_message(scard, hr)}")
    try:
        hr, response = scard.SCardTransmit(card, protocol, GET_UID)
        if hr != scard.SCARD_S_SUCCESS:
            raise CardReadError(f"transmit failed: {error_message(scard, hr)}")
        if len(response) < 3 or tuple(response[-2:]) != SW_OK:
            status = hex_bytes(response[-2:]) or "empty"
            raise CardReadError(f"the card does not return a UID (status {status})", transient=False)
        return hex_bytes(response[:-2])
    finally:
        scard.SCardDisconnect(card, scard.SCARD_LEAVE_CARD)


@dataclass(frozen=True, slots=True)
class CardInserted:
    reader: str
    uid: str  # normalised hex
    raw: str  # the UID bytes as the reader returned them, space-separated hex
    at: datetime
    at_s: float  # monotonic, for debouncing


@dataclass(frozen=True, slots=True)
class CardRemoved:
    reader: str
    uid: str | None
    at_s: float


class MonitorSink(Protocol):
    """Receives the monitor's reports; every method is called on the monitor thread."""

    def card_inserted(self, event: CardInserted) -> None: ...

    def card_removed(self, event: CardRemoved) -> None: ...

    def status_changed(self) -> None: ...
