"""Real toasts on a real notification server (run under xvfb-run): a private D-Bus session and a
``dunst`` started here, the plyer backend (notify-send), read back with ``dunstctl history``.

Needs the Debian packages ``dunst libnotify-bin dbus`` (packaging/bootstrap.sh test installs
them); skipped with that reason when they are missing. Everything started here is stopped by its
process id at the end. The tray test needs ``trayer`` and runs a small app on the xcb platform in a
subprocess (this process is offscreen).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from arthexis_desktop.core import events as ev
from arthexis_desktop.core.notify import RateLimits, Toast
from arthexis_desktop.gui.bridge import EventBridge
from arthexis_desktop.gui.notifications import ToastDispatcher
from arthexis_desktop.gui.tasks import TaskRunner
from arthexis_desktop.integrations.toasts import PlyerToaster
from tests.gui.conftest import wait_until

REPO = Path(__file__).resolve().parents[2]
NEEDED = ("dbus-daemon", "dbus-send", "dunst", "dunstctl", "notify-send")

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.gui,
    pytest.mark.skipif(not os.environ.get("DISPLAY"), reason="needs an X server (run under xvfb-run)"),
]


def _missing(*names: str) -> list[str]:
    return [name for name in names if shutil.which(name) is None]


def _name_has_owner(name: str) -> bool:
    result = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        ],
        capture_output=True,
        text=True,
        timeout=5,
        check=False,
    )
    return "boolean true" in result.stdout


@pytest.fixture
def dunst(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A private session bus (in this process's environment) with dunst owning Notifications."""
    missing = _missing(*NEEDED)
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (apt-get install dunst libnotify-bin dbus)")
    started = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    )
    address, pid_text = started.stdout.split()[:2]
    bus_pid = int(pid_text)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    server = subprocess.Popen(
        ["dunst", "-conf", "/dev/null"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 10
        while not _name_has_owner("org.freedesktop.Notifications"):
            assert server.poll() is None, "dunst exited"
            assert time.monotonic() < deadline, "dunst did not take org.freedesktop.Notifications"
            time.sleep(0.1)
        yield
    finally:
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
        os.kill(bus_pid, signal.SIGTERM)


def _history() -> list[dict[str, str]]:
    """Every notification dunst has shown and closed: summary, body, appname."""
    subprocess.run(["dunstctl", "close-all"], timeout=5, check=False)
    result = subprocess.run(["dunstctl", "history"], capture_output=True, text=True, timeout=5, check=False)
    if result.returncode != 0 or not result.stdout.strip():
        return []
    entries = json.loads(result.stdout).get("data", [[]])[0]
    return [{key: entry[key]["data"] for key in ("summary", "body", "appname")} for entry in entries]


@pytest.mark.asyncio
@pytest.mark.timeout(40)
async def test_a_charger_connection_arrives_as_a_real_toast(dunst) -> None:
    native = PlyerToaster()
    assert native.available(), native.reason
    bus = ev.EventBus()
    bridge = EventBridge(bus)
    fast = RateLimits(quiet_s=0.05, max_wait_s=0.5, burst=3, refill_s=30.0, flap_s=0.3)
    dispatcher = ToastDispatcher(bridge=bridge, toasters=[native], tasks=TaskRunner(), limits=fast)
    shown: list[tuple[Toast, str]] = []
    dispatcher.shown.connect(lambda toast, name: shown.append((toast, name)))
    try:
        bus.publish(ev.ChargerConnected("CP-XVFB", "ocpp1.6", "10.0.0.7:5000", datetime.now(UTC)))
        await wait_until(lambda: shown, what="the toast handed to plyer")
        assert shown[0][1] == "plyer"
        found: list[dict[str, str]] = []

        def arrived() -> bool:
            found[:] = [e for e in _history() if e["summary"] == "CP-XVFB connected"]
            return bool(found)

        await wait_until(arrived, timeout_s=10, what="the toast in dunstctl history")
        assert found[0]["body"] == "From 10.0.0.7:5000 (ocpp1.6)"
        assert found[0]["appname"] == "Arthexis Desktop"
    finally:
        dispatcher.stop()
        bridge.detach()
        native.close()


@pytest.mark.timeout(60)
def test_tray_icon_and_balloon_with_a_real_tray(tmp_path: Path) -> None:
    missing = _missing("trayer")
    if missing:
        pytest.skip("trayer not installed (apt-get install trayer)")
    host = subprocess.Popen(
        ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "120"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(0.5)
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # the real xcb platform
        shot = tmp_path / "tray.png"
        result = subprocess.run(
            [sys.executable, "-m", "tests.gui.tray_xvfb_app", str(shot)],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=40,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr[-3000:]
        report = json.loads(result.stdout.strip().splitlines()[-1])
        assert report["available"] is True and report["visible"] is True
        assert report["geometry"][2] > 0 and report["geometry"][3] > 0
        assert report["balloon"] is True  # Qt's own balloon (not org.freedesktop.Notifications)
        assert "Broker running" in report["tooltip"]
    finally:
        host.terminate()
        try:
            host.wait(timeout=5)
        except subprocess.TimeoutExpired:
            host.kill()
