"""`serve` as a user runs it: a real process, a real charger simulator process, real files."""

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from arthexis_desktop.storage import Storage

BLOCK_QT = (
    "import sys\n"
    "for name in ('PySide6', 'qasync', 'pyqtgraph', 'shiboken6'):\n"
    "    sys.modules[name] = None  # any import of Qt now fails\n"
    "from arthexis_desktop.cli import main\n"
    "rc = main(sys.argv[1:])\n"
    "qt = ('PySide6', 'qasync', 'pyqtgraph')\n"
    "loaded = [m for m in sys.modules if m.split('.')[0] in qt and sys.modules[m]]\n"
    "assert not loaded, loaded\n"
    "raise SystemExit(rc)\n"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_listening(port: int, proc: subprocess.Popen[str], timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("serve did not start listening")


@pytest.mark.timeout(90)
def test_serve_self_test_runs_without_qt_installed() -> None:
    """The headless mode works on a machine without PySide6 (Qt imports are made to fail)."""
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, "serve", "--self-test"],
        capture_output=True,
        text=True,
        timeout=80,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test: ok" in result.stdout


@pytest.mark.timeout(120)
def test_serve_stores_a_session_from_the_simulate_command(tmp_path: Path) -> None:
    port = free_port()
    serve = subprocess.Popen(
        [
            sys.executable,
            "-c",
            BLOCK_QT,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--data-dir",
            str(tmp_path),
            "--admission",
            "accept_any",
            "--auth-policy",
            "open",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    try:
        wait_listening(port, serve)
        sim = subprocess.run(
            [
                sys.executable,
                "-m",
                "arthexis_desktop",
                "simulate",
                "--url",
                f"ws://127.0.0.1:{port}/ocpp",
                "--chargers",
                "2",
                "--interval",
                "0.2",
                "--session",
                "2",
                "--idle",
                "0.2",
                "--duration",
                "5",
            ],
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        )
        assert sim.returncode == 0, sim.stdout + sim.stderr
    finally:
        serve.send_signal(signal.SIGTERM)
        out, err = serve.communicate(timeout=30)
    assert serve.returncode == 0, out + err
    assert f"ws://127.0.0.1:{port}/<chargerId>" in out

    async def stored() -> tuple[list[str], list[float]]:
        storage = await Storage.open(f"sqlite:///{tmp_path / 'arthexis.db'}")
        try:
            chargers = [c.charger_id for c in await storage.list_chargers()]
            done = [t.energy_wh or 0 for t in await storage.list_transactions() if t.stop_time]
            return chargers, done
        finally:
            await storage.close()

    chargers, energies = asyncio.run(stored())
    assert chargers == ["SIM-0001", "SIM-0002"]
    assert energies and all(e > 0 for e in energies)
    assert (tmp_path / "logs" / "serve.log").exists()


@pytest.mark.timeout(60)
def test_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "arthexis_desktop",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--data-dir",
                str(tmp_path),
            ],
            capture_output=True,
            text=True,
            timeout=50,
            stdin=subprocess.DEVNULL,
        )
    assert result.returncode == 2
    assert "error:" in result.stderr and str(port) in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.timeout(60)
def test_unusable_database_is_a_clear_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "arthexis_desktop",
            "serve",
            "--port",
            "0",
            "--data-dir",
            str(tmp_path),
            "--db",
            "postgresql+psycopg://nobody:wrong@127.0.0.1:1/none",
        ],
        capture_output=True,
        text=True,
        timeout=50,
        stdin=subprocess.DEVNULL,
        env=dict(os.environ, PGCONNECT_TIMEOUT="3"),
    )
    assert result.returncode == 2
    assert "cannot open database" in result.stderr
    assert "wrong" not in result.stderr  # the password is never printed
    assert "Traceback" not in result.stderr
