"""Fleets of chargers, the in-process demo and the ``simulate`` command line."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import sys

import pytest

from arthexis_desktop.simulator import SessionPlan, demo_fleet, run_fleet
from arthexis_desktop.simulator.cli import build_parser, run_async
from tests.simulator.fake_csms import FakeCsms
from tests.simulator.helpers import eventually

QUICK_PLAN = SessionPlan(idle_s=0.05, duration_s=0.3, pause_s=30.0, unplug_s=0.05, max_sessions=1)


@pytest.mark.asyncio
@pytest.mark.timeout(15)
async def test_run_fleet_staggers_chargers_and_counts(csms: FakeCsms) -> None:
    fleet = await run_fleet(
        csms.url,
        3,
        prefix="FLT",
        connectors=2,
        ramp_s=0.1,
        meter_interval_s=0.05,
        heartbeat_interval_s=5.0,
        plan=QUICK_PLAN,
        seed=1,
        time_scale=60.0,
    )
    try:
        await csms.wait_for("StopTransaction", count=6, timeout_s=8)
        await eventually(lambda: fleet.stats().sessions_stopped == 6)
        stats = fleet.stats()
    finally:
        await fleet.stop()
    boots = csms.messages("BootNotification")
    assert sorted(b.charger_id for b in boots) == ["FLT-0001", "FLT-0002", "FLT-0003"]
    assert boots[1].at - boots[0].at >= 0.08 and boots[2].at - boots[1].at >= 0.08
    assert (stats.chargers, stats.started, stats.connected, stats.booted, stats.failed) == (3, 3, 3, 3, 0)
    assert (stats.sessions_started, stats.sessions_stopped, stats.active_sessions) == (6, 6, 0)
    assert stats.energy_wh > 0
    after = fleet.stats()
    assert (after.connected, after.booted) == (0, 0)


@pytest.mark.asyncio
@pytest.mark.timeout(15)
async def test_fleet_stop_ends_running_sessions(csms: FakeCsms) -> None:
    plan = SessionPlan(idle_s=0.0, duration_s=None, pause_s=30.0, unplug_s=0.0)
    fleet = await run_fleet(csms.url, 2, ramp_s=0.0, meter_interval_s=0.05, plan=plan)
    await csms.wait_for("StartTransaction", count=2)
    await eventually(lambda: fleet.stats().active_sessions == 2)
    await fleet.stop()
    stops = csms.messages("StopTransaction")
    assert sorted(s.charger_id for s in stops) == ["SIM-0001", "SIM-0002"]
    assert {s.payload["reason"] for s in stops} == {"Local"}


@pytest.mark.asyncio
@pytest.mark.timeout(20)
async def test_demo_fleet_completes_sessions(csms: FakeCsms) -> None:
    fleet = await demo_fleet(csms.url, count=3, prefix="DEMO", id_tag="DEC0DE01", meter_interval_s=0.05)
    try:
        stops = await csms.wait_for("StopTransaction", count=3, timeout_s=10)
    finally:
        await fleet.stop()
    assert {s.payload["idTag"] for s in stops} == {"DEC0DE01"}
    assert {b.charger_id for b in csms.messages("BootNotification")} == {
        "DEMO-0001",
        "DEMO-0002",
        "DEMO-0003",
    }
    assert all(s.payload["meterStop"] >= 0 for s in stops)


def _args(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_cli_rejects_a_malformed_url(capsys: pytest.CaptureFixture[str]) -> None:
    code = await run_async(_args("--url", "http://nowhere"))
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "ws://" in err and "Traceback" not in err


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_cli_reports_an_unreachable_server(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    ns = _args("--url", f"ws://127.0.0.1:{port}/ocpp", "--retries", "1", "--chargers", "2")
    code = await run_async(ns)
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "cannot connect" in err and "(and 1 more)" in err


@pytest.mark.asyncio
@pytest.mark.timeout(10)
async def test_cli_runs_for_a_duration(csms: FakeCsms, capsys: pytest.CaptureFixture[str]) -> None:
    ns = _args(
        "--url", csms.url, "--chargers", "2", "--connectors", "2", "--interval", "0.05", "--idle", "0.05",
        "--session", "0.3", "--duration", "1.2", "--stats-every", "0.3", "--seed", "5",
    )  # fmt: skip
    code = await run_async(ns)
    out = capsys.readouterr().out
    assert code == 0
    assert len(csms.messages("StopTransaction")) == 4
    lines = out.strip().splitlines()
    assert len(lines) >= 3
    assert "chargers 0/2 online" in lines[-1] and "4 started, 4 stopped" in lines[-1]


@pytest.mark.asyncio
@pytest.mark.timeout(20)
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
async def test_cli_process_stops_cleanly_on_sigint(csms: FakeCsms) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "arthexis_desktop.simulator",
        "--url", csms.url, "--interval", "0.1", "--idle", "0", "--session", "600", "--log-level", "warning",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        await csms.wait_for("MeterValues", count=2, timeout_s=10)
        process.send_signal(signal.SIGINT)
        stdout, stderr = await asyncio.wait_for(process.communicate(), 10)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 0, stderr.decode()
    (stop,) = csms.messages("StopTransaction")
    assert stop.payload["reason"] == "Local"
    assert b"Traceback" not in stderr
    assert b"1 started, 1 stopped" in stdout
