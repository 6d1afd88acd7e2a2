"""Change the running broker's settings from the window (no restart of the app).

A host or port change moves only the listener: connected chargers keep their sessions, new ones
connect at the new address. If the new port cannot be bound the old listener keeps serving and
``ConfigurationError`` says why. A broker that could not listen at start-up (port in use) starts
with the new settings.
"""

from __future__ import annotations

from typing import Protocol

from arthexis_desktop.core.settings import BrokerSettings


class _Broker(Protocol):
    @property
    def settings(self) -> BrokerSettings: ...

    @property
    def port(self) -> int: ...

    @property
    def urls(self) -> tuple[str, ...]: ...

    @property
    def running(self) -> bool: ...

    async def apply_settings(self, settings: BrokerSettings) -> None: ...

    async def start(self) -> None: ...


class BrokerControl:
    def __init__(self, broker: _Broker) -> None:
        self._broker = broker

    @property
    def settings(self) -> BrokerSettings:
        return self._broker.settings

    @property
    def port(self) -> int:
        """The port actually listened on (differs from ``settings.port`` when that is 0)."""
        return self._broker.port

    @property
    def urls(self) -> tuple[str, ...]:
        return self._broker.urls

    @property
    def running(self) -> bool:
        return self._broker.running

    async def apply(self, settings: BrokerSettings) -> None:
        """Use ``settings`` now; a broker that could not listen at start-up tries again with them.
        Raises ``ConfigurationError`` (a running listener stays where it was)."""
        await self._broker.apply_settings(settings.validated())
        if not self._broker.running:
            await self._broker.start()
