"""A stand-in for pyscard's ``smartcard.scard`` with readers that can be plugged and unplugged.

pcscd cannot add or remove vpcd readers while it runs (reader.conf readers are static; SIGUSR1
re-scans USB only), so reader hot-plug is exercised here: the same calls, result codes and
state bits as pcsc-lite (``\\\\?PnP?\\Notification`` included), driven by the test.
"""

from __future__ import annotations

import threading
import time

PNP_READER = "\\\\?PnP?\\Notification"


class ScriptedScard:
    SCARD_S_SUCCESS = 0
    SCARD_E_CANCELLED = 0x80100002
    SCARD_E_UNKNOWN_READER = 0x80100009
    SCARD_E_TIMEOUT = 0x8010000A
    SCARD_E_NO_SMARTCARD = 0x8010000C
    SCARD_E_READER_UNAVAILABLE = 0x80100017
    SCARD_E_NO_SERVICE = 0x8010001D
    SCARD_E_SERVICE_STOPPED = 0x8010001E
    SCARD_E_NO_READERS_AVAILABLE = 0x8010002E
    SCARD_STATE_UNAWARE = 0x0
    SCARD_STATE_CHANGED = 0x2
    SCARD_STATE_UNKNOWN = 0x4
    SCARD_STATE_EMPTY = 0x10
    SCARD_STATE_PRESENT = 0x20
    SCARD_SCOPE_USER = 0
    SCARD_SHARE_SHARED = 2
    SCARD_PROTOCOL_T0 = 1
    SCARD_PROTOCOL_T1 = 2
    SCARD_LEAVE_CARD = 0

    def __init__(self, *, pnp: bool = True) -> None:
        self.pnp = pnp
        self.establish_result = self.SCARD_S_SUCCESS  # e.g. 0x8010006A: polkit refuses the user
        self.calls: list[str] = []
        self._cond = threading.Condition()
        self._readers: dict[str, str | None] = {}  # name -> UID hex of the card on it
        self._counters: dict[str, int] = {}
        self._cancelled = False

    # -- the test's side ------------------------------------------------------------------------

    def plug(self, name: str) -> None:
        with self._cond:
            self._readers[name] = None
            self._counters[name] = 0
            self._cond.notify_all()

    def unplug(self, name: str) -> None:
        with self._cond:
            del self._readers[name]
            self._cond.notify_all()

    def put(self, name: str, uid: str | None) -> None:
        """Put a card with ``uid`` on reader ``name`` (None takes it off)."""
        with self._cond:
            self._readers[name] = uid
            self._counters[name] += 1
            self._cond.notify_all()

    # -- the smartcard.scard API ----------------------------------------------------------------

    def SCardEstablishContext(self, scope: int) -> tuple[int, int]:
        self.calls.append("SCardEstablishContext")
        return (self.establish_result, 1 if self.establish_result == self.SCARD_S_SUCCESS else 0)

    def SCardReleaseContext(self, context: int) -> int:
        return self.SCARD_S_SUCCESS

    def SCardCancel(self, context: int) -> int:
        with self._cond:
            self._cancelled = True
            self._cond.notify_all()
        return self.SCARD_S_SUCCESS

    def SCardListReaders(self, context: int, groups: list[str]) -> tuple[int, list[str]]:
        with self._cond:
            if not self._readers:
                return self.SCARD_E_NO_READERS_AVAILABLE, []
            return self.SCARD_S_SUCCESS, list(self._readers)

    def _event(self, name: str, current: int) -> int:
        if name == PNP_READER:
            event = len(self._readers) << 16
        elif name not in self._readers:  # unplugged since the caller listed it
            return self.SCARD_STATE_UNKNOWN | (
                0 if current & self.SCARD_STATE_UNKNOWN else self.SCARD_STATE_CHANGED
            )
        else:
            present = self._readers[name] is not None
            event = (self._counters[name] << 16) | (
                self.SCARD_STATE_PRESENT if present else self.SCARD_STATE_EMPTY
            )
        return event | self.SCARD_STATE_CHANGED if event != current else event

    def SCardGetStatusChange(
        self, context: int, timeout_ms: int, states: list[tuple[str, int]]
    ) -> tuple[int, list[tuple[str, int, list[int]]]]:
        deadline = time.monotonic() + timeout_ms / 1000
        with self._cond:
            while True:
                if self._cancelled:
                    self._cancelled = False
                    return self.SCARD_E_CANCELLED, []
                if not self.pnp and any(name == PNP_READER for name, _ in states):
                    return self.SCARD_E_UNKNOWN_READER, []
                results = [(name, self._event(name, current), []) for name, current in states]
                if any(event & self.SCARD_STATE_CHANGED for _, event, _ in results):
                    return self.SCARD_S_SUCCESS, results
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return self.SCARD_E_TIMEOUT, results
                self._cond.wait(remaining)

    def SCardConnect(self, context: int, name: str, share: int, protocols: int) -> tuple[int, str, int]:
        with self._cond:
            if self._readers.get(name) is None:
                return self.SCARD_E_NO_SMARTCARD, "", 0
        return self.SCARD_S_SUCCESS, name, self.SCARD_PROTOCOL_T1

    def SCardTransmit(self, card: str, protocol: int, apdu: list[int]) -> tuple[int, list[int]]:
        with self._cond:
            uid = self._readers.get(card)
        if apdu == [0xFF, 0xCA, 0x00, 0x00, 0x00] and uid:
            return self.SCARD_S_SUCCESS, [*bytes.fromhex(uid), 0x90, 0x00]
        return self.SCARD_S_SUCCESS, [0x6D, 0x00]

    def SCardDisconnect(self, card: str, disposition: int) -> int:
        return self.SCARD_S_SUCCESS

    def SCardGetErrorMessage(self, hr: int) -> str:
        return f"scripted error {hr:#x}"
