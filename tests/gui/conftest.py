"""GUI tests: the real window on a qasync loop, a real broker and storage, real simulated chargers.

Pattern A of stack-notes §2.1: only tests under ``tests/gui`` get a qasync loop (this hook), so
``async def`` tests can await while Qt processes events. Never call ``qtbot.wait*`` inside them
(it nests an event loop and hangs); poll with ``wait_until`` instead.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import ocpp.messages
import pytest
import pytest_asyncio
import qasync
from PySide6.QtWidgets import QApplication

from arthexis_desktop.app.desktop import DesktopApp
from arthexis_desktop.app.options import AppOptions
from arthexis_desktop.core.model import AdmissionPolicy, AuthorizationPolicy
from arthexis_desktop.core.settings import BrokerSettings
from arthexis_desktop.gui.i18n import install_translators, remove_translators
from arthexis_desktop.simulator import SessionPlan, SimulatedCharger, SimulatorConfig

ocpp.messages.ASYNC_VALIDATION = False  # inline validation: no executor hop per message in tests

GUI_BROKER = BrokerSettings(
    host="127.0.0.1",
    port=0,
    ping_interval_s=None,
    ping_timeout_s=None,
    admission_policy=AdmissionPolicy.ACCEPT_ANY,
    authorization_policy=AuthorizationPolicy.OPEN,
    call_timeout_s=3.0,
    pending_retry_s=1,
)


@pytest.fixture(scope="session", autouse=True)
def english_catalogue() -> Iterator[None]:
    """What run_desktop installs for an English system: the plural forms ("1 charger")."""
    app = QApplication.instance() or QApplication([])
    translators = install_translators(app, "en")
    yield
    remove_translators(app, translators)


class _TestLoop(qasync.QEventLoop):
    """A qasync loop whose Qt objects die on the main thread when the test's loop closes.

    qasync leaves its timer object (and socket notifiers) to the garbage collector. Python may
    collect them on any thread (the storage worker allocates too); a QObject destroyed off its
    thread cannot unregister its timers, and Qt later fires a timer at freed memory (segfault).
    """

    def close(self) -> None:
        super().close()
        self._timer.deleteLater()  # destroyed by the main thread's next event loop


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, Any]:
    return {"qasync": lambda: _TestLoop(QApplication.instance() or QApplication([]))}


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    """Torn down after the test's loop closed: free its leftovers here, not on a worker thread."""
    yield
    gc.collect()


async def wait_until(
    predicate: Callable[[], object], *, timeout_s: float = 8.0, what: str = "condition"
) -> None:
    """Poll ``predicate`` while the loop (and Qt) keep running; fail with ``what`` on timeout."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s} s waiting for {what}")
        await asyncio.sleep(0.05)


DesktopFactory = Callable[..., Awaitable[DesktopApp]]
ChargerFactory = Callable[..., Awaitable[SimulatedCharger]]


@pytest_asyncio.fixture
async def make_desktop(tmp_path: Path) -> AsyncIterator[DesktopFactory]:
    """``await make_desktop(**broker_changes)``: the real window with its runtime started."""
    apps: list[DesktopApp] = []

    async def make(**broker_changes: Any) -> DesktopApp:
        options = AppOptions(
            broker=replace(GUI_BROKER, **broker_changes),
            data_dir=tmp_path / f"data{len(apps)}",
            log_level="WARNING",
            rfid_readers=False,  # no PC/SC monitor thread: the window tests use no reader
        )
        app = DesktopApp(options)
        apps.append(app)
        assert await app.start(), "storage did not open"
        return app

    yield make
    for app in apps:
        await app.shutdown()
        app.window.deleteLater()


@pytest_asyncio.fixture
async def desktop(make_desktop: DesktopFactory) -> DesktopApp:
    return await make_desktop()


@pytest_asyncio.fixture
async def start_charger() -> AsyncIterator[ChargerFactory]:
    """``await start_charger(app, "CP-1", **config)``: a simulated charger over a real socket."""
    chargers: list[SimulatedCharger] = []

    async def start(app: DesktopApp, charger_id: str, **config: Any) -> SimulatedCharger:
        assert app.runtime is not None
        defaults: dict[str, Any] = {
            "meter_interval_s": 0.2,
            "ramp_up_s": 0.0,
            "plan": SessionPlan(idle_s=0.0, duration_s=None, max_sessions=0),  # charges on request
            "boot_retry_s": 1.0,
            "response_timeout_s": 5.0,
            "seed": 1,
        }
        defaults.update(config)
        charger = SimulatedCharger(
            SimulatorConfig(url=app.runtime.local_url("gui"), charger_id=charger_id, **defaults)
        )
        chargers.append(charger)
        charger.start()
        return charger

    yield start
    await asyncio.gather(*(c.stop(timeout_s=2.0) for c in chargers), return_exceptions=True)
