"""Live sessions by charger id, and the table of OCPP versions this broker serves.

``PROTOCOLS`` maps a version to its ``ProtocolSpec`` (handlers and action sets); the session
class is version-agnostic. Adding 2.0.1/2.1 means adding their specs here: subprotocol
negotiation then offers them automatically.

Newest connection wins: ``add`` returns the session it displaced, and every teardown asks
``remove_if_current`` so a stale session can never unregister (or report the disconnection of)
its replacement.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

from arthexis_desktop.core.model import ProtocolVersion
from arthexis_desktop.csms import v16
from arthexis_desktop.csms.protocol import ProtocolSpec

if TYPE_CHECKING:
    from arthexis_desktop.csms.session import Session

PROTOCOLS: Mapping[ProtocolVersion, ProtocolSpec] = {
    ProtocolVersion.OCPP16: v16.SPEC,
}

# Subprotocol tokens (lower-cased) -> version. "ocpp1.6j" is what some 1.6J chargers offer.
SUBPROTOCOL_TOKENS: Mapping[str, ProtocolVersion] = {
    "ocpp1.6": ProtocolVersion.OCPP16,
    "ocpp1.6j": ProtocolVersion.OCPP16,
    "ocpp2.0.1": ProtocolVersion.OCPP201,
    "ocpp2.1": ProtocolVersion.OCPP21,
}
_PREFERENCE = (ProtocolVersion.OCPP21, ProtocolVersion.OCPP201, ProtocolVersion.OCPP16)
DEFAULT_VERSION = ProtocolVersion.OCPP16  # a handshake that offers no subprotocol at all


class UnsupportedSubprotocolError(Exception):
    """The charger offered subprotocols, none of which this broker serves."""


def choose_subprotocol(offered: Sequence[str]) -> tuple[str | None, ProtocolVersion]:
    """Pick the token to echo and the version to speak.

    No offer -> (None, 1.6). Otherwise the newest served version wins; for 1.6 the token is
    echoed as offered, preferring ``ocpp1.6`` when both spellings are offered.
    """
    if not offered:
        return None, DEFAULT_VERSION
    by_version: dict[ProtocolVersion, str] = {}
    for token in offered:
        version = SUBPROTOCOL_TOKENS.get(token.strip().lower())
        if version is None or version not in PROTOCOLS:
            continue
        if version not in by_version or token.strip().lower() == version.value:
            by_version[version] = token
    for version in _PREFERENCE:
        if version in by_version:
            return by_version[version], version
    raise UnsupportedSubprotocolError(", ".join(offered))


def version_of(subprotocol: str | None) -> ProtocolVersion:
    if subprotocol is None:
        return DEFAULT_VERSION
    return SUBPROTOCOL_TOKENS[subprotocol.strip().lower()]


class SessionRegistry:
    """The current session of every connected charger."""

    def __init__(self) -> None:
        self._sessions: dict[str, Session] = {}
        self._generations = itertools.count(1)

    def next_generation(self) -> int:
        return next(self._generations)

    def add(self, session: Session) -> Session | None:
        """Make ``session`` the current one for its charger; returns the one it replaced."""
        previous = self._sessions.get(session.charger_id)
        self._sessions[session.charger_id] = session
        return previous if previous is not session else None

    def remove_if_current(self, session: Session) -> bool:
        if self._sessions.get(session.charger_id) is session:
            del self._sessions[session.charger_id]
            return True
        return False

    def is_current(self, session: Session) -> bool:
        return self._sessions.get(session.charger_id) is session

    def get(self, charger_id: str) -> Session | None:
        return self._sessions.get(charger_id)

    def __iter__(self) -> Iterator[Session]:
        return iter(tuple(self._sessions.values()))

    def __len__(self) -> int:
        return len(self._sessions)
