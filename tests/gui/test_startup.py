"""Startup and shutdown: broker that cannot bind, storage that cannot open, no display, self-test."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from arthexis_desktop.app.desktop import DesktopApp, display_problem
from arthexis_desktop.app.options import AppOptions
from tests.gui.conftest import GUI_BROKER, wait_until

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def busy_port() -> Iterator[int]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    yield sock.getsockname()[1]
    sock.close()


@pytest.mark.gui
@pytest.mark.asyncio
@pytest.mark.timeout(30)
async def test_broker_port_in_use_is_reported_in_the_window(make_desktop, busy_port: int) -> None:
    app = await make_desktop(port=busy_port)  # start() must not raise
    window = app.window
    state = window.broker_status.state_label.text()
    assert state.startswith("● Broker not running:") and str(busy_port) in state
    assert app.broker_error and str(busy_port) in app.broker_error
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1 and "Chargers cannot connect" in boxes[0].text()
    assert "chargers" in window.panels  # the window is usable (history, settings later)


@pytest.mark.gui
@pytest.mark.asyncio
@pytest.mark.timeout(30)
async def test_storage_that_cannot_open_shows_an_error_and_gives_up(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder-not-a-database"
    folder.mkdir()
    app = DesktopApp(AppOptions(broker=GUI_BROKER, db_url=f"sqlite:///{folder}", data_dir=tmp_path))
    starting = asyncio.ensure_future(app.start())

    def error_box() -> QMessageBox | None:
        boxes = [w for w in app.window.findChildren(QMessageBox) if w.isVisible()]
        return boxes[0] if boxes else None

    await wait_until(error_box, what="the database error dialog")
    box = error_box()
    assert box.windowTitle() == "The database cannot be opened"
    assert "Database error" in box.text() and "unable to open database file" in box.text()
    assert not starting.done()  # waits for the person to read it
    box.button(QMessageBox.StandardButton.Ok).click()
    assert await asyncio.wait_for(starting, 5) is False  # run_desktop then exits with code 2
    await app.shutdown()
    app.window.deleteLater()


@pytest.mark.gui
def test_no_display_gives_a_one_line_hint_instead_of_a_qt_abort(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    hint = display_problem({})
    assert hint is not None and "arthexis-desktop serve" in hint and "xvfb-run" in hint and "\n" not in hint
    assert display_problem({"DISPLAY": ":0"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None


def _clean_env(**changes: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(changes)
    return env


@pytest.mark.gui
@pytest.mark.timeout(30)
def test_window_without_display_exits_2_with_hint(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the hint is Linux-only")
    result = subprocess.run(
        [sys.executable, "-m", "arthexis_desktop", "--data-dir", str(tmp_path), "--port", "0"],
        cwd=REPO,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=25,
        check=False,
    )
    assert result.returncode == 2
    assert "arthexis-desktop serve" in result.stderr and "xvfb-run" in result.stderr


@pytest.mark.gui
@pytest.mark.timeout(40)
def test_self_test_runs_one_session_through_the_window(tmp_path: Path) -> None:
    """What the packaged app runs: offscreen-capable, one real charging session, one line out."""
    result = subprocess.run(
        [sys.executable, "-m", "arthexis_desktop", "--self-test", "--log-level", "WARNING"],
        cwd=REPO,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=35,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("self-test:")]
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(lines) == 1 and lines[0].startswith(
        "self-test: ok (charger in window: yes, session stored: yes"
    )


@pytest.mark.gui
@pytest.mark.asyncio
@pytest.mark.timeout(30)
async def test_closing_the_window_stops_the_runtime(make_desktop, start_charger) -> None:
    app = await make_desktop()
    charger = await start_charger(app, "CP-Q")
    await wait_until(lambda: app.runtime.fleet_state.connected_count == 1, what="CP-Q connected")
    window = app.window

    window.close()  # what the title bar's X does
    assert window.isVisible()  # not yet: the runtime stops first
    assert window.broker_status.state_label.text() == "Stopping…"
    await asyncio.wait_for(app.wait_closed(), 2)
    await app.shutdown()
    assert not window.isVisible()
    assert not app.runtime.csms.running
    await wait_until(lambda: not charger.stats().connected, what="the charger saw the broker go away")


@pytest.mark.gui
@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_failing_background_work_is_logged_not_fatal(caplog: pytest.LogCaptureFixture) -> None:
    from arthexis_desktop.app.desktop import _log_unhandled
    from arthexis_desktop.gui.tasks import TaskRunner

    async def broken() -> None:
        raise ValueError("boom in a task")

    runner = TaskRunner()
    task = runner.spawn(broken(), name="broken")
    await asyncio.wait([task])
    await asyncio.sleep(0)
    assert runner.pending == 0
    assert "background task broken failed" in caplog.text and "boom in a task" in caplog.text
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        _log_unhandled(type(exc), exc, exc.__traceback__)
    assert "unhandled exception in a Qt slot" in caplog.text
    assert asyncio.get_running_loop().is_running()
