"""What a panel is given: services, the event bridge, the clock, a task runner, a notifier,
a way to ask for something another panel shows (``request_focus``) and the per-user data folder.

Panels never see the main window, the Runtime, storage or the central system; the composition
root (``app.desktop``) builds one ``PanelContext`` and the registry's factories take it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from arthexis_desktop.gui.bridge import EventBridge
from arthexis_desktop.gui.clock import RefreshClock
from arthexis_desktop.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from arthexis_desktop.core.settings import BrokerSettings
    from arthexis_desktop.gui.settings.hub import SettingsHub
    from arthexis_desktop.integrations.rfid import KeyboardWedgeReader, ReaderService
    from arthexis_desktop.services.charger_detail import ChargerDetailService
    from arthexis_desktop.services.commands import CommandService
    from arthexis_desktop.services.fleet import FleetService
    from arthexis_desktop.services.fleet_state import FleetState
    from arthexis_desktop.services.history import HistoryService
    from arthexis_desktop.services.locations import LocationService
    from arthexis_desktop.services.register import RegisterServices

log = logging.getLogger(__name__)


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


class FocusRequests(QObject):
    """A panel asks the window to show something another panel owns: ``requested(kind, value)``.

    Kinds: ``charger`` (the charger's detail), ``rfid`` (the tag in the RFID register),
    ``transactions`` (the transactions of a tag). The shell routes them; panels never import
    each other.
    """

    CHARGER = "charger"
    RFID = "rfid"
    TRANSACTIONS = "transactions"

    requested = Signal(str, str)  # kind, value
    routed_kinds: frozenset[str] = frozenset()  # kinds a panel answers (set by the focus router)


def _focus_text(kind: str, value: str) -> str:
    translate = QCoreApplication.translate
    if kind == FocusRequests.CHARGER:
        return translate("FocusRequests", "Charger {charger} requested").format(charger=value)
    if kind == FocusRequests.RFID:
        return translate("FocusRequests", "RFID tag {uid} requested").format(uid=value)
    if kind == FocusRequests.TRANSACTIONS:
        return translate("FocusRequests", "Transactions of tag {tag} requested").format(tag=value)
    return translate("FocusRequests", "{kind} {value} requested").format(kind=kind, value=value)


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
    focus: FocusRequests = field(default_factory=FocusRequests)
    data_dir: Path | None = None  # the per-user data folder (None: the platform's default one)
    register: RegisterServices | None = None  # tags, accounts, CSV, local lists, reservations
    locations: LocationService | None = None  # where chargers are (the map)
    charger_detail: ChargerDetailService | None = None  # one charger in depth (the Charger panel)
    readers: ReaderService | None = None  # this computer's PC/SC readers (None: not watched)
    wedge: KeyboardWedgeReader | None = None  # keyboard-wedge readers, fed by the enrol field
    settings: SettingsHub | None = None  # the app's settings: .current.<section>, .changed signal
    # Show a notification now: (title, body, what a click on it does). Set by the tray once it
    # exists (native toast, tray balloon or the log); None: this window has no notifications.
    toast: Callable[[str, str, Callable[[], object] | None], None] | None = None

    def request_focus(self, kind: str, value: str) -> None:
        """Ask for ``value`` of ``kind`` (a ``FocusRequests`` kind) to be shown. Logged, emitted
        on ``focus.requested`` and, when no panel answers that kind, said in the status bar."""
        log.info("focus requested: %s %r", kind, value)
        self.focus.requested.emit(kind, value)
        if kind not in self.focus.routed_kinds:  # nobody shows it: at least say it was asked for
            self.notifier.show(_focus_text(kind, value))
