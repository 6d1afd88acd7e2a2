"""Toasts: events through the real EventBridge into the dispatcher, worded, rate-limited, handed to
a fake backend; settings switches apply at once; the backend chain falls back; in the real window
a simulated charger's connection becomes a toast and a click on it opens that charger."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from arthexis_desktop.core import events as ev
from arthexis_desktop.core.app_settings import AppSettings, NotificationKind
from arthexis_desktop.core.model import (
    AuthDecision,
    AuthorizationStatus,
    BootInfo,
    ConnectorStatus,
    Transaction,
)
from arthexis_desktop.core.notify import RateLimits, Toast
from arthexis_desktop.gui.bridge import EventBridge
from arthexis_desktop.gui.notifications import LogToaster, ToastDispatcher
from arthexis_desktop.gui.settings.hub import SettingsHub
from arthexis_desktop.gui.tasks import TaskRunner
from tests.gui.conftest import wait_until

pytestmark = [pytest.mark.gui, pytest.mark.asyncio, pytest.mark.timeout(30)]

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
FAST = RateLimits(quiet_s=0.05, max_wait_s=0.5, burst=3, refill_s=30.0, flap_s=0.3)


class FakeToaster:
    def __init__(self, name: str = "fake", *, available: bool = True, result: bool = True) -> None:
        self.name = name
        self._available = available
        self.result = result
        self.toasts: list[Toast] = []

    def available(self) -> bool:
        return self._available

    async def show(self, toast: Toast) -> bool:
        self.toasts.append(toast)
        return self.result


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Rig:
    """A bus, the real bridge and a dispatcher on a fake clock with a fake backend."""

    def __init__(self, settings: SettingsHub | None = None) -> None:
        self.bus = ev.EventBus()
        self.bridge = EventBridge(self.bus)
        self.clock = FakeClock()
        self.toaster = FakeToaster()
        self.tasks = TaskRunner()
        self.dispatcher = ToastDispatcher(
            bridge=self.bridge, toasters=[self.toaster], tasks=self.tasks, settings=settings, clock=self.clock
        )

    async def flush(self, seconds: float = 60.0) -> list[Toast]:
        """Advance the fake clock past every due time and let the backend tasks run."""
        end = self.clock.now + seconds
        while (due := self.dispatcher.policy.next_due()) is not None and due <= end:
            self.clock.now = max(self.clock.now, due)
            self.dispatcher.deliver_due()
        self.clock.now = end
        for _ in range(5):
            await asyncio.sleep(0)
        shown, self.toaster.toasts = self.toaster.toasts, []
        return shown


def tx(tx_id: int = 7, **changes: object) -> Transaction:
    base = Transaction(
        id=tx_id,
        charger_id="CP-1",
        connector_id=2,
        id_tag="04AABBCC",
        start_time=NOW,
        meter_start_wh=1000.0,
        tag_uid="04AABBCC",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


async def test_each_kind_of_event_becomes_its_toast(qtbot) -> None:
    rig = Rig()
    publish = rig.bus.publish
    publish(ev.ChargerConnected("CP-1", "ocpp1.6", "10.0.0.5:4321", NOW))
    [toast] = await rig.flush()
    assert (toast.title, toast.body, toast.charger_id) == (
        "CP-1 connected",
        "From 10.0.0.5:4321 (ocpp1.6)",
        "CP-1",
    )

    publish(ev.BootNotified("CP-9", BootInfo("ACME", "Wallbox"), "Pending", False, NOW))
    [toast] = await rig.flush()
    assert toast.title == "CP-9 waits for approval" and "ACME Wallbox" in toast.body

    publish(ev.BootNotified("CP-8", BootInfo("ACME", "W2"), "Rejected", True, NOW))
    [toast] = await rig.flush()
    assert toast.title == "CP-8 was rejected" and "BootNotification was rejected" in toast.body

    faulted = ConnectorStatus("CP-1", 2, "Faulted", "GroundFailure", info="RCD tripped")
    publish(ev.ConnectorStatusChanged(faulted))
    publish(ev.ConnectorStatusChanged(faulted))  # the same fault repeated: one toast
    [toast] = await rig.flush()
    assert toast.title == "CP-1: connector 2 faulted"
    assert toast.body == "Error code: GroundFailure — RCD tripped"

    publish(ev.TransactionStarted(tx()))
    publish(ev.TransactionStarted(tx(), replayed=True))  # a replayed start is no news
    [toast] = await rig.flush()
    assert (toast.title, toast.body) == ("Charging started on CP-1", "Connector 2, card 04AABBCC")

    stopped = tx(stop_time=NOW + timedelta(hours=1, minutes=2, seconds=3), energy_wh=12345.0)
    publish(ev.TransactionStopped(stopped))
    [toast] = await rig.flush()
    assert (toast.title, toast.body) == ("Charging stopped on CP-1", "12.35 kWh in 1:02:03")

    for status, known, title in (
        (AuthorizationStatus.ACCEPTED, True, "Card 04AA accepted"),
        (AuthorizationStatus.BLOCKED, True, "Card 04AA blocked"),
        (AuthorizationStatus.INVALID, False, "Card 04AA unknown"),
    ):
        publish(ev.TagPresented("CP-1", AuthDecision(status, "r", "04AA", known), "Authorize", NOW))
        [toast] = await rig.flush()
        assert (toast.title, toast.body) == (title, "At charger CP-1")
    accepted = AuthDecision(AuthorizationStatus.ACCEPTED, "r", "04AA", True)
    publish(ev.TagPresented("CP-1", accepted, "StartTransaction", NOW))  # the session toast says it
    assert await rig.flush() == []

    publish(ev.TagScanned("ACS ACR122U", "04BB", "04bb", NOW, "pcsc"))  # no register here
    [toast] = await rig.flush()
    assert (toast.title, toast.body) == ("Card 04BB scanned", "On reader ACS ACR122U")

    publish(ev.BrokerFailed("0.0.0.0", 9000, "address already in use"))
    [toast] = await rig.flush()
    assert toast.title == "The central system is not running"
    assert toast.body == "Chargers cannot connect: address already in use" and toast.charger_id is None


async def test_a_storm_of_500_chargers_is_one_summary_toast(qtbot) -> None:
    rig = Rig()
    for i in range(500):
        rig.clock.now += 0.005
        rig.bus.publish(ev.ChargerConnected(f"CP-{i:03d}", "ocpp1.6", "10.0.0.1:1", NOW))
        rig.dispatcher.deliver_due()
    toasts = await rig.flush()
    assert len(toasts) == 1
    assert toasts[0].title == "500 chargers connected"
    assert toasts[0].body == "CP-000, CP-001, CP-002 and 497 more"
    assert toasts[0].charger_id is None


async def test_a_charger_that_blinks_off_and_on_shows_nothing(qtbot) -> None:
    rig = Rig()
    await rig.flush()
    rig.bus.publish(ev.ChargerDisconnected("CP-1", 1006, "", NOW))
    rig.clock.now += 5
    rig.bus.publish(ev.ChargerConnected("CP-1", "ocpp1.6", "10.0.0.5:1", NOW))
    assert await rig.flush() == []
    rig.bus.publish(ev.ChargerDisconnected("CP-1", 1006, "", NOW))
    [toast] = await rig.flush()
    assert (toast.title, toast.body) == ("CP-1 disconnected", "Connection closed (code 1006)")


async def test_a_kind_switched_off_in_the_settings_stops_at_once(qtbot) -> None:
    hub = SettingsHub(stored=AppSettings())
    rig = Rig(hub)
    rig.bus.publish(ev.ChargerConnected("CP-1", "ocpp1.6", "r", NOW))  # waiting in its burst...
    off = AppSettings().with_value("notifications.charger_connected", False)
    hub.update(stored=off, current=off)  # ...when the dialog saves
    rig.bus.publish(ev.ChargerConnected("CP-2", "ocpp1.6", "r", NOW))
    rig.bus.publish(ev.BrokerFailed("h", 1, "x"))
    assert [t.title for t in await rig.flush()] == ["The central system is not running"]
    hub.update(stored=AppSettings(), current=AppSettings())
    rig.bus.publish(ev.ChargerConnected("CP-3", "ocpp1.6", "r", NOW))
    assert [t.title for t in await rig.flush()] == ["CP-3 connected"]
    assert NotificationKind.CHARGER_CONNECTED in rig.dispatcher.policy._buckets


async def test_pause_and_resume(qtbot) -> None:
    rig = Rig()
    ends: list[object] = []
    rig.dispatcher.paused_changed.connect(ends.append)
    rig.dispatcher.pause(3600)
    assert rig.dispatcher.paused and isinstance(ends[-1], datetime)
    rig.bus.publish(ev.ChargerConnected("CP-1", "ocpp1.6", "r", NOW))
    assert await rig.flush(60) == []
    rig.dispatcher.resume()
    assert ends[-1] is None
    rig.bus.publish(ev.ChargerConnected("CP-2", "ocpp1.6", "r", NOW))
    assert [t.title for t in await rig.flush()] == ["CP-2 connected"]
    rig.dispatcher.pause(None)
    assert ends[-1] == datetime.max.replace(tzinfo=UTC)
    rig.clock.now += 30 * 24 * 3600
    rig.bus.publish(ev.ChargerConnected("CP-3", "ocpp1.6", "r", NOW))
    assert await rig.flush() == [] and rig.dispatcher.paused


async def test_the_backend_chain_falls_back_to_the_next_that_works(qtbot) -> None:
    class Broken(FakeToaster):
        async def show(self, toast: Toast) -> bool:
            raise NotImplementedError("No usable implementation found!")

    rig = Rig()
    gone, refusing, broken, log = (
        FakeToaster("native", available=False),
        FakeToaster("tray", result=False),
        Broken("other"),
        FakeToaster("log"),
    )
    rig.dispatcher.toasters = [gone, refusing, broken, log, LogToaster()]
    shown: list[tuple[Toast, str]] = []
    rig.dispatcher.shown.connect(lambda toast, name: shown.append((toast, name)))
    rig.bus.publish(ev.BrokerFailed("h", 1, "x"))
    await rig.flush()
    assert gone.toasts == [] and len(refusing.toasts) == 1 and len(log.toasts) == 1
    assert [name for _t, name in shown] == ["log"]


async def test_real_window_toasts_a_connecting_charger_and_a_click_opens_it(desktop, start_charger) -> None:
    control = desktop.tray
    dispatcher = control.dispatcher
    assert dispatcher is not None
    fake = FakeToaster("native")
    dispatcher.toasters = [fake]
    dispatcher.policy.limits = FAST
    await start_charger(desktop, "CP-T")
    await wait_until(lambda: any(t.title == "CP-T connected" for t in fake.toasts), what="the toast")
    toast = next(t for t in fake.toasts if t.title == "CP-T connected")
    assert toast.charger_id == "CP-T" and "ocpp1.6" in toast.body

    routed: list[tuple[str, str, str]] = []
    desktop.window.focus_router.routed.connect(lambda *args: routed.append(args))
    desktop.window.hide()
    control.tray.last_message = toast
    control.tray.icon.messageClicked.emit()  # what Qt emits when the tray message is clicked
    assert desktop.window.isVisible()
    assert routed and routed[-1][:2] == ("charger", "CP-T")

    assert desktop.runtime is not None
    desktop.runtime.bus.publish(
        ev.TransactionStopped(
            tx(99, charger_id="CP-T", energy_wh=2000.0, stop_time=NOW + timedelta(minutes=30))
        )
    )
    await wait_until(lambda: any(t.title == "Charging stopped on CP-T" for t in fake.toasts), what="stopped")
    stopped = next(t for t in fake.toasts if t.title == "Charging stopped on CP-T")
    assert stopped.body == "2.00 kWh in 0:30:00"


async def test_real_window_offers_a_clipboard_match_and_its_click_runs_the_action(desktop) -> None:
    """The Clipboard panel's offer reaches the tray's notifications through ``context.toast``; the
    clicked balloon shows the window on the charger the copied URL named."""
    control = desktop.tray
    assert control.dispatcher is not None and desktop.context.toast is not None
    fake = FakeToaster("native")
    control.dispatcher.toasters = [fake]
    clipboard = desktop.window.panels["clipboard"]
    clipboard.set_watching(True)
    try:
        QApplication.clipboard().setText("ws://10.0.0.5:9000/ocpp/CP-CLIP")
        await wait_until(lambda: any(t.kind == "offer" for t in fake.toasts), what="the offer")
    finally:
        clipboard.set_watching(False)
    offer = next(t for t in fake.toasts if t.kind == "offer")
    assert offer.body == "CP-CLIP — click to: Open charger CP-CLIP" and offer.on_click is not None

    routed: list[tuple[str, str, str]] = []
    desktop.window.focus_router.routed.connect(lambda *args: routed.append(args))
    desktop.window.hide()
    control.tray.last_message = offer
    control.tray.icon.messageClicked.emit()
    assert desktop.window.isVisible() and routed[-1][:2] == ("charger", "CP-CLIP")

    control.dispatcher.pause(None)  # paused: a panel's offer is not shown either
    before = len(fake.toasts)
    desktop.context.toast("t", "b", None)
    await asyncio.sleep(0.05)
    assert len(fake.toasts) == before
