"""The runtime wires the tag-register services: scans from this computer's readers land in the
tag history, the demo card survives operator changes, and everything stops cleanly."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest

from arthexis_desktop.app.options import AppOptions
from arthexis_desktop.app.runtime import DEMO_TAG, Runtime
from arthexis_desktop.core.events import TagScanned
from arthexis_desktop.core.model import TagEventKind
from arthexis_desktop.core.settings import BrokerSettings


def options(data_dir: Path) -> AppOptions:
    broker = BrokerSettings(host="127.0.0.1", port=0, ping_interval_s=None, ping_timeout_s=None)
    return AppOptions(broker=broker, data_dir=data_dir, log_level="WARNING", rfid_readers=False)


@pytest.mark.asyncio
@pytest.mark.timeout(30)
async def test_a_scan_is_recorded_in_the_tag_history(tmp_path: Path) -> None:
    runtime = await Runtime.create(options(tmp_path))
    try:
        await runtime.start()
        await runtime.register.tags.create("04A1B2C3", name="Desk card")
        runtime.bus.publish(
            TagScanned("Virtual PCD 00 00", "04A1B2C3", "04 A1 B2 C3", datetime.now(UTC), "pcsc")
        )
        for _ in range(100):
            history = await runtime.register.tags.history("04A1B2C3")
            if any(event.kind is TagEventKind.SCAN for event in history):
                break
            await asyncio.sleep(0.05)
        else:
            raise AssertionError(f"no scan in the history: {history}")
    finally:
        await runtime.stop()


@pytest.mark.asyncio
@pytest.mark.timeout(30)
async def test_the_demo_card_keeps_what_the_operator_changed(tmp_path: Path) -> None:
    for run in range(2):  # two --demo starts on the same database
        runtime = await Runtime.create(options(tmp_path))
        try:
            await runtime.start()
            await runtime.start_demo(1, meter_interval_s=0.5)
            if run == 0:
                await runtime.register.tags.update(DEMO_TAG, notes="kept at the front desk")
            tag = await runtime.register.tags.tag(DEMO_TAG)
            assert tag is not None and tag.notes == "kept at the front desk"
        finally:
            await runtime.stop()
