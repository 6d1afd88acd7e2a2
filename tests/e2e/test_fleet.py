"""A small fleet of real ocpp clients running whole charging sessions at once, every message
persisted; then the stored history is checked."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest
from ocpp.v16 import call

from arthexis_desktop.core.events import CommandCompleted, FrameLogged, MeterSampled, TransactionStopped
from tests.fixtures.broker import Broker, SimCharger

ConnectCp = Callable[..., Awaitable[SimCharger]]

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(30)]

CHARGERS = 20
SAMPLES = 5


async def charging_session(cp: SimCharger, n: int) -> int:
    assert (
        await cp.call(call.BootNotification(charge_point_vendor="V", charge_point_model="M"))
    ).status == "Accepted"
    await cp.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Preparing"))
    tag = f"TAG{n:03d}"
    assert (await cp.call(call.Authorize(id_tag=tag))).id_tag_info["status"] == "Accepted"
    started = await cp.call(
        call.StartTransaction(connector_id=1, id_tag=tag, meter_start=1000, timestamp="2024-05-01T10:00:00Z")
    )
    for k in range(1, SAMPLES + 1):
        sample = [
            {
                "timestamp": f"2024-05-01T10:{k:02d}:00Z",
                "sampledValue": [
                    {
                        "value": str(1000 + 500 * k),
                        "unit": "Wh",
                        "measurand": "Energy.Active.Import.Register",
                    },
                    {"value": "7.2", "unit": "kW", "measurand": "Power.Active.Import"},
                ],
            }
        ]
        await cp.call(
            call.MeterValues(connector_id=1, transaction_id=started.transaction_id, meter_value=sample)
        )
    await cp.call(
        call.StopTransaction(
            meter_stop=1000 + 500 * SAMPLES,
            timestamp="2024-05-01T10:30:00Z",
            transaction_id=started.transaction_id,
            id_tag=tag,
        )
    )
    return int(started.transaction_id)


async def test_fleet_of_chargers_runs_sessions_concurrently(broker: Broker, connect_cp: ConnectCp) -> None:
    chargers = [await connect_cp(broker.url(f"ocpp/FLEET-{n:03d}")) for n in range(CHARGERS)]
    ids = await asyncio.gather(*(charging_session(cp, n) for n, cp in enumerate(chargers)))
    assert len(set(ids)) == CHARGERS

    # commands to every charger at once (one outstanding per charger)
    replies = await asyncio.gather(
        *(broker.csms.call(f"FLEET-{n:03d}", "Reset", {"type": "Soft"}) for n in range(CHARGERS))
    )
    assert replies == [{"status": "Accepted"}] * CHARGERS
    assert len(broker.events.of(CommandCompleted)) == CHARGERS

    stored = await broker.storage.list_transactions()
    assert len(stored) == CHARGERS and all(t.stop_time is not None and not t.orphan for t in stored)
    assert {t.energy_wh for t in stored} == {500.0 * SAMPLES}
    readings = await broker.storage.meter_readings(ids[0])
    assert len(readings) == SAMPLES
    assert {v.measurand for r in readings for v in r.values} == {
        "Energy.Active.Import.Register",
        "Power.Active.Import",
    }
    assert len(broker.events.of(MeterSampled)) == CHARGERS * SAMPLES
    assert len(broker.events.of(TransactionStopped)) == CHARGERS
    # per charger: 5 + SAMPLES charger calls and 1 command, each a request and a reply frame
    frames_per_charger = (5 + SAMPLES + 1) * 2
    assert len(broker.events.of(FrameLogged)) == CHARGERS * frames_per_charger
    assert len(await broker.storage.recent_frames(charger_id="FLEET-000")) == frames_per_charger
