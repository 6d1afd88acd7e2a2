"""RFID / idTag normalisation and matching rules.

Fixes the original suite's prefix matching (arthexis-behaviour §2.2 ⚠): a tag matches only its own
normalised value or its byte-reversed form (readers disagree on byte order), never a prefix.
"""

from __future__ import annotations

import re

_HEX = re.compile(r"^[0-9A-F]+$")
_WHITESPACE = re.compile(r"\s+")


def normalize_uid(raw: str) -> str:
    """Upper-case and strip all whitespace (also inner separators such as ``04 A1 B2``)."""
    return _WHITESPACE.sub("", raw).upper()


def is_hex_uid(uid: str) -> bool:
    """True when ``uid`` (already normalised) is a non-empty string of hex digits."""
    return bool(_HEX.match(uid))


def reversed_uid(uid: str) -> str:
    """Byte-reversed form of a hex uid; odd-length or non-hex values are character-reversed."""
    if is_hex_uid(uid) and len(uid) % 2 == 0:
        return "".join(uid[i : i + 2] for i in range(len(uid) - 2, -2, -2))
    return uid[::-1]


def match_candidates(raw: str) -> tuple[str, ...]:
    """Values a presented tag may be stored under, best match first (exact, then reversed)."""
    uid = normalize_uid(raw)
    if not uid:
        return ()
    rev = reversed_uid(uid)
    return (uid,) if rev == uid else (uid, rev)
