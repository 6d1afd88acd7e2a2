"""The runtime watches this computer's PC/SC readers: started after the broker, stopped first, a
clear status (never an exception) without pcscd or pyscard, each card a ``TagScanned`` on
``runtime.bus``; ``--no-readers`` leaves the readers alone, and ``serve`` logs the reader status."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from arthexis_desktop.app.options import AppOptions
from arthexis_desktop.app.runtime import Runtime
from arthexis_desktop.cli import build_parser, options_from
from arthexis_desktop.core.events import TagScanned
from arthexis_desktop.core.settings import BrokerSettings
from arthexis_desktop.integrations.rfid import ServiceState
from tests.fixtures.pcsc import FakeCards

ROOT = Path(__file__).resolve().parents[2]
MONITOR_THREAD = "pcsc-monitor"
NO_HELP = "do not watch PC/SC RFID readers on this computer"


def local_options(data_dir: Path, **changes: object) -> AppOptions:
    broker = BrokerSettings(host="127.0.0.1", port=0, ping_interval_s=None, ping_timeout_s=None)
    return AppOptions(broker=broker, data_dir=data_dir, log_level="WARNING", **changes)  # type: ignore[arg-type]


async def wait_until(predicate: Callable[[], object], *, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s:g} s waiting for {what}")
        await asyncio.sleep(0.05)


def monitor_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == MONITOR_THREAD and t.is_alive()]


# -- options and command line ---------------------------------------------------------------------


def test_readers_are_watched_unless_no_readers_is_given() -> None:
    parser = build_parser()
    assert AppOptions().rfid_readers is True
    assert options_from(parser.parse_args([])).rfid_readers is True
    assert options_from(parser.parse_args(["serve"])).rfid_readers is True
    assert options_from(parser.parse_args(["--no-readers"])).rfid_readers is False
    assert options_from(parser.parse_args(["serve", "--no-readers"])).rfid_readers is False
    assert options_from(parser.parse_args(["--no-readers", "serve", "--port", "9100"])).rfid_readers is False


@pytest.mark.timeout(60)
@pytest.mark.parametrize("command", [[], ["serve"]], ids=["window", "serve"])
def test_help_explains_no_readers(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "arthexis_desktop", *command, "--help"],
        capture_output=True,
        text=True,
        timeout=50,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
    )
    text = " ".join(result.stdout.split())
    assert "--no-readers" in text and NO_HELP in text


# -- the runtime, in this process -----------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.timeout(30)
async def test_no_readers_runtime_has_no_reader_service(tmp_path: Path) -> None:
    runtime = await Runtime.create(local_options(tmp_path, rfid_readers=False))
    try:
        await runtime.start()
        assert runtime.readers is None
        assert runtime.csms.port > 0
        assert monitor_threads() == []
    finally:
        await runtime.stop()


@pytest.mark.pcsc
@pytest.mark.asyncio
@pytest.mark.timeout(40)
async def test_card_on_the_virtual_reader_is_a_tag_scanned_event_on_the_runtime_bus(
    tmp_path: Path, fake_cards: FakeCards
) -> None:
    runtime = await Runtime.create(local_options(tmp_path))
    scans: list[TagScanned] = []
    runtime.bus.subscribe(TagScanned, scans.append)
    readers = runtime.readers
    assert readers is not None and readers.status().state is ServiceState.STOPPED  # created, not started
    try:
        await runtime.start()
        await wait_until(lambda: readers.status().state is ServiceState.READY, timeout_s=10, what="READY")
        names = {reader.name for reader in readers.status().readers}
        assert set(fake_cards.readers.readers) <= names
        fake_cards.insert("04A1B2C3D4E5F6", slot=1)
        await wait_until(lambda: scans, timeout_s=10, what="a TagScanned on runtime.bus")
        scan, second_reader = scans[0], fake_cards.readers.readers[1]
        assert (scan.uid, scan.reader, scan.source) == ("04A1B2C3D4E5F6", second_reader, "pcsc")
        assert monitor_threads()
    finally:
        await runtime.stop()
    assert readers.status().state is ServiceState.STOPPED
    assert monitor_threads() == []
    assert len(scans) == 1


# -- the runtime in a fresh process: no pcscd, no pyscard ------------------------------------------

RUNTIME_SCRIPT = r"""
import asyncio, importlib.abc, json, sys, threading
from pathlib import Path

class NoPyscard(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "smartcard" or name.startswith("smartcard."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

if sys.argv[2] == "no-pyscard":
    sys.meta_path.insert(0, NoPyscard())

from arthexis_desktop.app.options import AppOptions
from arthexis_desktop.app.runtime import Runtime
from arthexis_desktop.core.settings import BrokerSettings

async def main():
    broker = BrokerSettings(host="127.0.0.1", port=0, ping_interval_s=None, ping_timeout_s=None)
    runtime = await Runtime.create(AppOptions(broker=broker, data_dir=Path(sys.argv[1])))
    statuses = []
    runtime.readers.on_status = lambda status: statuses.append(status.state.value)
    await runtime.start()
    for _ in range(200):  # the monitor thread reports the service state, on_status hears it
        if set(statuses) - {"starting", "stopped"}:
            break
        await asyncio.sleep(0.05)
    status = runtime.readers.status()
    listening = runtime.csms.port > 0
    await runtime.stop()
    print(json.dumps({
        "state": status.state.value,
        "fix": status.fix,
        "listening": listening,
        "statuses": statuses,
        "after_stop": runtime.readers.status().state.value,
        "monitor_alive": [t.name for t in threading.enumerate() if t.name == "pcsc-monitor"],
    }))

asyncio.run(main())
"""


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("mode", "state", "fix_mentions", "after_stop"),
    [
        ("no-pcscd", ServiceState.NO_SERVICE, "pcscd", ServiceState.STOPPED),
        ("no-pyscard", ServiceState.NO_DRIVER, "pyscard", ServiceState.NO_DRIVER),  # until a restart
    ],
)
def test_runtime_starts_and_stops_cleanly_without_pcscd_or_pyscard(
    tmp_path: Path, mode: str, state: ServiceState, fix_mentions: str, after_stop: ServiceState
) -> None:
    # pcsc-lite's client looks for pcscd at PCSCLITE_CSOCK_NAME: a socket nobody listens on is
    # "pcscd not running", whatever runs on this machine (a test pcscd, a system one)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PCSCLITE_CSOCK_NAME": str(tmp_path / "no-pcscd.comm")}
    result = subprocess.run(
        [sys.executable, "-c", RUNTIME_SCRIPT, str(tmp_path / "data"), mode],
        capture_output=True,
        text=True,
        timeout=50,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["listening"] is True  # the broker runs whatever the readers say
    assert report["state"] == state.value
    assert fix_mentions in report["fix"]
    assert state.value in report["statuses"]  # on_status heard it
    assert report["after_stop"] == after_stop.value
    assert report["monitor_alive"] == []


# -- serve logs the reader status -----------------------------------------------------------------


def run_serve(data_dir: Path, *extra: str, env: dict[str, str], wait_for: str) -> str:
    """``serve`` on a free port until ``wait_for`` is in its log, then SIGTERM; the log text."""
    log_file = data_dir / "logs" / "serve.log"
    command = [sys.executable, "-m", "arthexis_desktop", "serve", "--port", "0", "--data-dir", str(data_dir)]
    serve = subprocess.Popen(
        [*command, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and serve.poll() is None:
            if log_file.exists() and wait_for in log_file.read_text():
                break
            time.sleep(0.1)
    finally:
        serve.send_signal(signal.SIGTERM)
        out, err = serve.communicate(timeout=30)
    assert serve.returncode == 0, out + err
    return log_file.read_text()


@pytest.mark.timeout(90)
def test_serve_logs_the_reader_status_and_honours_no_readers(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PCSCLITE_CSOCK_NAME": str(tmp_path / "no-pcscd.comm")}
    watched = run_serve(tmp_path / "watched", env=env, wait_for="RFID readers: pcsc: no_service")
    line = next(line for line in watched.splitlines() if "RFID readers: pcsc: no_service" in line)
    assert " INFO " in line and "Fix:" in line and "pcscd" in line
    assert watched.count("RFID readers: pcsc: no_service") == 1  # one line per change, not per retry

    off = run_serve(tmp_path / "off", "--no-readers", env=env, wait_for="chargers connect to")
    assert "RFID readers: not watched (--no-readers)" in off
    assert "RFID readers: pcsc" not in off
