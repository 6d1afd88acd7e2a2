"""Keyboard-wedge RFID readers and scan debouncing (pure: no clock, no I/O, no Qt).

Cheap USB readers present themselves as a keyboard and *type* the UID followed by Enter. A person
types far slower than that, so a scan is recognised by timing: a burst of at least ``min_length``
hex digits, each within ``max_gap_s`` of the previous key, ended by Enter within the same gap.
Anything else (slow typing, a non-hex character, a burst without Enter) is ordinary text.

Readers set to "decimal" output type the 4-byte UID as a 10-digit decimal number
("0012345678"); those are converted to 8 hex digits in the configured byte order.

``ScanDebouncer`` turns sightings into scans: the same UID seen again within ``window_s`` of its
last sighting is the same presentation, so a card left on the reader (a PC/SC reader reports it
once, a wedge reader may type it again every half second) and a card that flickers at the edge
of the field are one scan.

The caller supplies every timestamp (seconds, monotonic), which keeps this module testable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from arthexis_desktop.core.rfid import normalize_uid

ByteOrder = Literal["big", "little"]
DecimalMode = Literal["auto", "always", "never"]

_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_TERMINATORS = ("\r", "\n")
_DECIMAL_LENGTH = 10  # a 4-byte UID as an unsigned decimal number: 0 .. 4294967295


@dataclass(frozen=True, slots=True)
class WedgeConfig:
    """How a keyboard-wedge burst is recognised.

    ``decimal``: ``auto`` converts a 10-digit all-decimal burst whose value fits in 4 bytes,
    ``always`` requires the decimal form, ``never`` keeps every burst as hex (readers that type
    5-byte EM4100 IDs as 10 hex digits). ``byte_order`` applies to the decimal conversion only:
    ``big`` keeps the number's byte order, ``little`` reverses it (readers disagree).
    """

    max_gap_s: float = 0.05
    min_length: int = 8
    max_length: int = 20  # 10-byte UID
    decimal: DecimalMode = "auto"
    byte_order: ByteOrder = "big"
    terminators: tuple[str, ...] = _TERMINATORS

    def __post_init__(self) -> None:
        if self.max_gap_s <= 0:
            raise ValueError("max_gap_s must be positive")
        if not 1 <= self.min_length <= self.max_length:
            raise ValueError("need 1 <= min_length <= max_length")


@dataclass(frozen=True, slots=True)
class WedgeScan:
    """A burst recognised as a scan: ``uid`` normalised hex, ``raw`` the typed characters."""

    uid: str
    raw: str
    at_s: float


def decimal_to_hex_uid(text: str, *, byte_order: ByteOrder = "big") -> str:
    """``"0012345678"`` -> ``"00BC614E"`` (big) or ``"4E61BC00"`` (little); 4-byte values only."""
    if not text.isdigit() or not text.isascii():
        raise ValueError(f"not a decimal number: {text!r}")
    value = int(text)
    if value > 0xFFFFFFFF:
        raise ValueError(f"{text} does not fit in a 4-byte UID")
    return value.to_bytes(4, byte_order).hex().upper()


def burst_to_uid(raw: str, config: WedgeConfig) -> str | None:
    """The UID a complete burst stands for, or None when it is not a UID under ``config``."""
    if not config.min_length <= len(raw) <= config.max_length or not set(raw) <= _HEX_DIGITS:
        return None
    looks_decimal = len(raw) == _DECIMAL_LENGTH and raw.isdigit() and int(raw) <= 0xFFFFFFFF
    if config.decimal == "always" or (config.decimal == "auto" and looks_decimal):
        if not looks_decimal:
            return None
        return decimal_to_hex_uid(raw, byte_order=config.byte_order)
    return normalize_uid(raw)


@dataclass(slots=True)
class WedgeDetector:
    """State machine fed one character at a time; ``feed`` returns a ``WedgeScan`` on Enter."""

    config: WedgeConfig = field(default_factory=WedgeConfig)
    _buffer: list[str] = field(default_factory=list)
    _last_s: float | None = None
    _overflow: bool = False

    def reset(self) -> None:
        self._buffer.clear()
        self._last_s = None
        self._overflow = False

    @property
    def pending(self) -> str:
        """Characters of the burst in progress (the GUI may hide them until it is decided)."""
        return "".join(self._buffer)

    def feed(self, char: str, at_s: float) -> WedgeScan | None:
        fast = self._last_s is not None and 0 <= at_s - self._last_s <= self.config.max_gap_s
        if char in self.config.terminators:
            raw, overflow = self.pending, self._overflow
            self.reset()
            if not fast or overflow:  # slow Enter (a person pressed it), or a burst too long
                return None
            uid = burst_to_uid(raw, self.config)
            return WedgeScan(uid=uid, raw=raw, at_s=at_s) if uid else None
        if len(char) != 1 or char not in _HEX_DIGITS:
            self.reset()
            return None
        if not fast:  # a pause: whatever came before was typed by hand
            self._buffer.clear()
            self._overflow = False
        if len(self._buffer) < self.config.max_length:
            self._buffer.append(char)
        else:
            self._overflow = True  # e.g. a held-down key: never a UID, and the buffer stays small
        self._last_s = at_s
        return None

    def feed_text(self, text: str, at_s: float, *, gap_s: float = 0.0) -> list[WedgeScan]:
        """Feed several characters, the n-th at ``at_s + n * gap_s`` (tests, pasted input)."""
        scans = []
        for index, char in enumerate(text):
            scan = self.feed(char, at_s + index * gap_s)
            if scan is not None:
                scans.append(scan)
        return scans


@dataclass(slots=True)
class ScanDebouncer:
    """Same UID within ``window_s`` of its last sighting is one scan (sightings extend it)."""

    window_s: float = 1.0
    _last_seen: dict[str, float] = field(default_factory=dict)

    def accept(self, uid: str, at_s: float) -> bool:
        """Record a sighting; True when it starts a new scan, False when it continues one."""
        self._prune(at_s)
        last = self._last_seen.get(uid)
        self._last_seen[uid] = at_s if last is None else max(last, at_s)
        return last is None or at_s - last > self.window_s

    def touch(self, uid: str, at_s: float) -> None:
        """The card is still there (or was just removed): extend its window without a scan."""
        if uid in self._last_seen:
            self._last_seen[uid] = max(self._last_seen[uid], at_s)

    def _prune(self, now_s: float) -> None:
        if len(self._last_seen) > 64:
            stale = [uid for uid, seen in self._last_seen.items() if now_s - seen > self.window_s]
            for uid in stale:
                del self._last_seen[uid]
