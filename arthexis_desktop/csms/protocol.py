"""What a session needs: its OCPP version's handlers and action sets, and the shared context."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from arthexis_desktop.core.events import EventBus
from arthexis_desktop.core.model import ProtocolVersion
from arthexis_desktop.core.ports import CsmsStorage
from arthexis_desktop.core.settings import BrokerSettings
from arthexis_desktop.csms.tasks import TaskSet

if TYPE_CHECKING:
    from arthexis_desktop.csms.registry import SessionRegistry
    from arthexis_desktop.csms.session import Session

Payload = dict[str, Any]
# A CP -> CSMS action: (session, request payload, receive time) -> response payload.
# Handlers only await the storage ports; they never await a call to the charger.
ActionHandler = Callable[["Session", Payload, datetime], Awaitable[Payload]]


@dataclass(frozen=True, slots=True)
class ProtocolSpec:
    version: ProtocolVersion
    schema_version: str  # the ``ocpp`` library's version string ("1.6", "2.0.1", "2.1")
    handlers: Mapping[str, ActionHandler]  # charger -> CSMS actions answered
    known_actions: frozenset[str]  # every action of the version (NotSupported vs NotImplemented)
    csms_actions: frozenset[str]  # actions a CSMS may send (what ``call()`` accepts)
    ungated_actions: frozenset[str]  # answered before the charger is admitted


class SettingsSource(Protocol):
    @property
    def settings(self) -> BrokerSettings: ...


@dataclass(frozen=True, slots=True)
class SessionContext:
    """What every session shares with the central system."""

    storage: CsmsStorage
    bus: EventBus
    registry: SessionRegistry
    tasks: TaskSet
    broker: SettingsSource  # the central system: its settings change live
