"""The tray in the real window (offscreen, so the tray's presence is patched where a test needs
one): close to the tray and the one-time hint, quitting with active transactions, start minimised,
the tooltip and the pause menu; without a tray closing quits as before."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from arthexis_desktop.app.desktop import DesktopApp
from arthexis_desktop.app.options import AppOptions
from arthexis_desktop.core import events as ev
from arthexis_desktop.core.model import Transaction
from arthexis_desktop.core.notify import Toast
from arthexis_desktop.gui.settings.other_sections import StartupSection
from tests.gui.conftest import GUI_BROKER, wait_until

pytestmark = [pytest.mark.gui, pytest.mark.timeout(40)]

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


class FakeToaster:
    name = "fake"

    def __init__(self) -> None:
        self.toasts: list[Toast] = []

    def available(self) -> bool:
        return True

    async def show(self, toast: Toast) -> bool:
        self.toasts.append(toast)
        return True


@pytest.fixture
def with_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a desktop with a system tray (offscreen Qt has none)."""
    monkeypatch.setattr("arthexis_desktop.gui.tray.tray_available", lambda: True)
    monkeypatch.setattr("arthexis_desktop.app.tray_control.tray_available", lambda: True)


def quit_box() -> QMessageBox | None:
    boxes = [
        w for w in QApplication.topLevelWidgets() if w.objectName() == "quit_confirmation" and w.isVisible()
    ]
    return boxes[0] if boxes else None  # type: ignore[return-value]


def start_session(app: DesktopApp, tx_id: int = 1, charger: str = "CP-1") -> None:
    assert app.runtime is not None
    transaction = Transaction(tx_id, charger, 1, "TAG", NOW, 0.0)
    app.runtime.bus.publish(ev.TransactionStarted(transaction))


@pytest.mark.asyncio
async def test_closing_hides_to_the_tray_and_says_so_once(with_tray, make_desktop, tmp_path: Path) -> None:
    app = await make_desktop()
    control = app.tray
    assert control.tray.is_visible()
    fake = FakeToaster()
    assert control.dispatcher is not None
    control.dispatcher.toasters = [fake]
    app.window.close()
    await wait_until(lambda: fake.toasts, what="the tray hint")
    assert not app.window.isVisible()
    assert not app._closed.is_set()  # still running
    assert app.runtime is not None and app.runtime.csms.urls  # the broker keeps serving
    assert fake.toasts[0].title == "Arthexis Desktop is still running"
    stored = json.loads((tmp_path / "data0" / "settings.json").read_text(encoding="utf-8"))
    assert stored["startup"]["tray_hint_shown"] is True

    control.tray.show_action.trigger()  # tray menu: Show window
    assert app.window.isVisible()
    app.window.close()
    await wait_until(lambda: not app.window.isVisible(), what="hidden again")
    assert len(fake.toasts) == 1  # told once only


@pytest.mark.asyncio
async def test_tray_tooltip_and_pause_menu(with_tray, desktop, start_charger) -> None:
    tray = desktop.tray.tray
    await start_charger(desktop, "CP-TIP")
    await wait_until(lambda: "1 charger connected" in tray.tooltip(), what="the tooltip count")
    assert "Broker running" in tray.tooltip()
    assert tray.pause_hour_action.isVisible() and not tray.resume_action.isVisible()
    tray.pause_hour_action.trigger()
    assert desktop.tray.dispatcher is not None and desktop.tray.dispatcher.paused
    assert "Notifications paused until" in tray.tooltip()
    assert tray.resume_action.isVisible() and not tray.pause_hour_action.isVisible()
    tray.resume_action.trigger()
    assert not desktop.tray.dispatcher.paused and "paused" not in tray.tooltip()
    tray.pause_forever_action.trigger()
    assert tray.tooltip().endswith("Notifications paused")


@pytest.mark.asyncio
async def test_quit_asks_while_transactions_are_active(with_tray, desktop) -> None:
    start_session(desktop, 1)
    start_session(desktop, 2, "CP-2")
    desktop.tray.tray.quit_action.trigger()  # tray menu: Quit
    await wait_until(quit_box, what="the quit question")
    box = quit_box()
    assert box is not None
    assert box.text() == "2 transactions are active; quit anyway?"
    box.button(QMessageBox.StandardButton.No).click()
    await wait_until(lambda: quit_box() is None, what="the question closed")
    assert not desktop._closed.is_set()

    desktop.window.quit_action.trigger()  # File → Quit
    await wait_until(quit_box, what="the quit question again")
    quit_box().button(QMessageBox.StandardButton.Yes).click()
    await wait_until(desktop._closed.is_set, what="quitting")


@pytest.mark.asyncio
async def test_quit_without_sessions_does_not_ask(with_tray, desktop) -> None:
    desktop.window.quit_action.trigger()
    await wait_until(desktop._closed.is_set, what="quitting")
    assert quit_box() is None


@pytest.mark.asyncio
async def test_without_a_tray_closing_quits_and_asks_while_charging(desktop) -> None:
    assert not desktop.tray.tray.is_visible()  # offscreen: no tray
    start_session(desktop)
    desktop.window.close()
    await wait_until(quit_box, what="the quit question")
    assert quit_box().text() == "1 transaction is active; quit anyway?"
    quit_box().button(QMessageBox.StandardButton.Yes).click()
    await wait_until(desktop._closed.is_set, what="quitting")


@pytest.mark.asyncio
async def test_without_a_tray_closing_quits_at_once(desktop) -> None:
    desktop.window.close()
    await wait_until(desktop._closed.is_set, what="quitting")


@pytest.mark.asyncio
async def test_close_to_tray_switched_off_quits(with_tray, desktop) -> None:
    off = desktop.hub.current.with_value("startup.close_to_tray", False)
    desktop.hub.update(stored=off, current=off)
    desktop.window.close()
    await wait_until(desktop._closed.is_set, what="quitting")


def _minimised_app(folder: Path) -> DesktopApp:
    folder.mkdir(parents=True)
    (folder / "settings.json").write_text(json.dumps({"version": 1, "startup": {"start_minimised": True}}))
    options = AppOptions(broker=replace(GUI_BROKER), data_dir=folder, log_level="WARNING", rfid_readers=False)
    return DesktopApp(options)


@pytest.mark.asyncio
async def test_start_minimised_hides_to_the_tray(with_tray, tmp_path: Path) -> None:
    app = _minimised_app(tmp_path / "data")
    try:
        assert await app.start()
        assert not app.window.isVisible() and app.tray.tray.is_visible()
        app.tray.tray.icon.activated.emit(app.tray.tray.icon.ActivationReason.Trigger)  # a click
        assert app.window.isVisible()
    finally:
        await app.shutdown()
        app.window.deleteLater()


@pytest.mark.asyncio
async def test_start_minimised_without_a_tray_uses_the_taskbar(tmp_path: Path) -> None:
    app = _minimised_app(tmp_path / "data")
    try:
        assert await app.start()
        assert app.window.isMinimized() and not app.tray.tray.is_visible()
    finally:
        await app.shutdown()
        app.window.deleteLater()


def test_settings_offer_close_to_tray_only_with_a_tray(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    section = StartupSection()
    qtbot.addWidget(section)
    assert not section.close_to_tray.isEnabled()
    assert "No system tray here" in section.boxes["startup.close_to_tray"].note.text()
    monkeypatch.setattr("arthexis_desktop.gui.settings.other_sections.tray_available", lambda: True)
    with_tray_section = StartupSection()
    qtbot.addWidget(with_tray_section)
    assert with_tray_section.close_to_tray.isEnabled()
    with_tray_section.retranslate()
    assert with_tray_section.close_to_tray.text() == "Closing the window keeps the broker running in the tray"
