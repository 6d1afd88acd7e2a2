"""What the PC/SC backend reports when pyscard is missing, and the fix texts per platform."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from arthexis_desktop.integrations.rfid import ReaderStatus, ServiceState, driver_fix, service_fix

pytestmark = pytest.mark.timeout(30)

ROOT = Path(__file__).resolve().parents[2]

WITHOUT_PYSCARD = r"""
import asyncio, importlib.abc, json, sys

class NoPyscard(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "smartcard" or name.startswith("smartcard."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

if sys.argv[1] == "block":
    sys.meta_path.insert(0, NoPyscard())

from arthexis_desktop.core.events import EventBus
from arthexis_desktop.integrations.rfid import PcscReaderService

async def main():
    imported_early = "smartcard" in sys.modules
    statuses = []
    service = PcscReaderService(EventBus(), on_status=statuses.append, retry_s=0.1)
    service.start()
    await asyncio.sleep(0.05)
    status = service.status()
    await service.stop()
    print(json.dumps({
        "imported_early": imported_early,
        "state": status.state.value,
        "detail": status.detail,
        "fix": status.fix,
        "error": status.last_error,
        "describe": status.describe(),
        "notified": [s.state.value for s in statuses],
        "after_stop": service.status().state.value,
    }))

asyncio.run(main())
"""


def run_service(mode: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_PYSCARD, mode],
        capture_output=True,
        text=True,
        timeout=20,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


@pytest.mark.timeout(30)
def test_missing_pyscard_is_a_clear_status_not_an_exception() -> None:
    report = run_service("block")
    assert report["imported_early"] is False  # importing the package never loads pyscard
    assert report["state"] == ServiceState.NO_DRIVER.value
    assert "pyscard" in str(report["detail"])
    assert "No module named 'smartcard" in str(report["error"])
    assert "pip install pyscard" in str(report["fix"])
    assert "Fix:" in str(report["describe"])
    assert report["notified"] == [ServiceState.NO_DRIVER.value]
    assert report["after_stop"] == ServiceState.NO_DRIVER.value


def test_fix_texts_name_the_service_of_each_platform() -> None:
    assert "pcscd" in service_fix("linux") and "apt install pcscd" in service_fix("linux")
    assert '"Smart Card" service' in service_fix("win32")
    assert "macOS" in service_fix("darwin")
    assert "libpcsclite-dev" in driver_fix("linux")
    assert "libpcsclite-dev" not in driver_fix("win32")


def test_status_describe_is_one_line_with_the_fix() -> None:
    status = ReaderStatus(
        "pcsc", ServiceState.NO_SERVICE, detail="the PC/SC service is not running", fix="Start it."
    )
    assert (
        status.describe() == "pcsc: no_service (no readers): the PC/SC service is not running Fix: Start it."
    )
    assert not status.ok
    assert ReaderStatus("pcsc", ServiceState.READY).ok
