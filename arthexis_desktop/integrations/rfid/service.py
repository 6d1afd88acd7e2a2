"""The reader interface every RFID backend offers, and the status it reports.

A backend is started on the event-loop thread, reads cards on its own thread(s), and delivers
each scan on the loop thread: it publishes ``TagScanned`` on the ``EventBus`` and calls the
``on_scan`` callback. It never raises into its caller because hardware is missing: the status
says what is wrong and how to fix it.

``ServiceState``/``ReaderState`` are stable codes the GUI maps to translated text; ``detail`` and
``fix`` are plain English for logs and the headless command line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from arthexis_desktop.core.events import TagScanned

ScanCallback = Callable[[TagScanned], None]


class ServiceState(StrEnum):
    STOPPED = "stopped"
    STARTING = "starting"
    READY = "ready"  # the service runs and at least one reader is connected
    NO_READERS = "no_readers"  # the service runs, no reader is plugged in
    NO_SERVICE = "no_service"  # pcscd (Linux) / the "Smart Card" service (Windows) is not running
    NO_ACCESS = "no_access"  # the service runs but refuses this user (polkit on some Linux systems)
    NO_DRIVER = "no_driver"  # the pyscard package is not installed or cannot load
    ERROR = "error"  # anything else; ``last_error`` has the reason


class ReaderState(StrEnum):
    EMPTY = "empty"
    CARD = "card"  # a card is on the reader and its UID was read
    UNREADABLE = "unreadable"  # a card is on the reader but it gave no UID (``last_error`` says why)


@dataclass(frozen=True, slots=True)
class ReaderInfo:
    name: str
    state: ReaderState
    last_uid: str | None = None
    last_error: str | None = None


@dataclass(frozen=True, slots=True)
class ReaderStatus:
    """A snapshot; a new one is made on every change."""

    backend: str  # pcsc | keyboard | fake
    state: ServiceState
    readers: tuple[ReaderInfo, ...] = ()
    detail: str = ""
    fix: str | None = None
    last_error: str | None = None

    @property
    def ok(self) -> bool:
        return self.state is ServiceState.READY

    def describe(self) -> str:
        """One English line for logs and the CLI: state, readers, and the fix when there is one."""
        names = ", ".join(reader.name for reader in self.readers) or "no readers"
        text = f"{self.backend}: {self.state.value} ({names})"
        if self.detail:
            text += f": {self.detail}"
        if self.fix:
            text += f" Fix: {self.fix}"
        return text


StatusCallback = Callable[[ReaderStatus], None]


class ReaderService(Protocol):
    """What the services and the GUI use; implemented by the PC/SC backend and the fake."""

    on_scan: ScanCallback | None
    on_status: StatusCallback | None

    def start(self) -> None:
        """Begin watching readers; call on the event-loop thread. Never raises for missing hardware."""

    async def stop(self) -> None:
        """Stop watching and release every reader; safe to call twice or before ``start``."""

    def status(self) -> ReaderStatus:
        """The current status snapshot (thread-safe)."""


def service_fix(platform: str = sys.platform) -> str:
    """How to get the PC/SC service running on ``platform``."""
    if platform.startswith("win"):
        return (
            'Start the Windows "Smart Card" service (services.msc -> Smart Card -> Start, startup type '
            "Automatic). Windows stops it while no reader is plugged in: plug the reader in."
        )
    if platform == "darwin":
        return "PC/SC is built into macOS: unplug and re-plug the reader."
    return (
        "Install and start the PC/SC daemon: sudo apt install pcscd, then "
        "sudo systemctl enable --now pcscd.socket (without systemd: sudo pcscd)."
    )


def driver_fix(platform: str = sys.platform) -> str:
    """How to install pyscard on ``platform``."""
    if platform.startswith("win") or platform == "darwin":
        return (
            "Install the pyscard package into the app's environment: python -m pip install pyscard "
            "(the bootstrap script does it)."
        )
    return (
        "Install pyscard (it builds from source on Linux): sudo apt install libpcsclite-dev gcc python3-dev, "
        "then .venv/bin/pip install pyscard, or run sh packaging/bootstrap.sh install."
    )


ACCESS_FIX = (
    "pcscd refuses this user (polkit: typical for a service or SSH login). Install "
    "packaging/linux/50-arthexis-pcscd.rules into /etc/polkit-1/rules.d/ and add the user to group "
    "pcscd (sudo groupadd -f pcscd; sudo usermod -aG pcscd USER), then log in again."
)
NO_READERS_FIX = "Plug in a PC/SC (CCID) reader such as an ACR122U; it is picked up without a restart."
