"""What a panel is given: services, the event bridge, the clock, a task runner, a notifier.

Panels never see the main window, the Runtime, storage or the central system; the composition
root (``app.desktop``) builds one ``PanelContext`` and the registry's factories take it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from arthexis_desktop.gui.bridge import EventBridge
from arthexis_desktop.gui.clock import RefreshClock
from arthexis_desktop.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from arthexis_desktop.core.settings import BrokerSettings
    from arthexis_desktop.services.commands import CommandService
    from arthexis_desktop.services.fleet import FleetService
    from arthexis_desktop.services.fleet_state import FleetState
    from arthexis_desktop.services.history import HistoryService


class BrokerInfo(Protocol):
    """The little the window shows about the listener (the central system provides it)."""

    @property
    def urls(self) -> tuple[str, ...] | list[str]: ...

    @property
    def settings(self) -> BrokerSettings: ...  # the broker-wide defaults (per-charger settings override)


class Notifier(QObject):
    """Short messages for the status bar (the main window displays them)."""

    message = Signal(str, int)  # text, timeout in ms (0 = until replaced)

    def show(self, text: str, timeout_ms: int = 8000) -> None:
        self.message.emit(text, timeout_ms)


@dataclass
class PanelContext:
    fleet_state: FleetState
    commands: CommandService
    fleet: FleetService
    history: HistoryService
    broker: BrokerInfo
    bridge: EventBridge
    clock: RefreshClock
    tasks: TaskRunner
    notifier: Notifier
