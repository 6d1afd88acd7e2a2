"""Throughput of the headless central system with every message persisted (not collected by pytest).

    /work/venv/bin/python -m tests.e2e.bench_csms [--clients 10] [--seconds 10] [--action MeterValues]
        [--profile out.prof]

The broker (real CentralSystem + real Storage on a temporary SQLite file, plain asyncio) runs in
this process; the load generator (raw websockets, one outstanding CALL per connection, as OCPP
requires) runs in a child process so the two share the machine's cores like a real deployment.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import multiprocessing
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from websockets.asyncio.client import connect

from arthexis_desktop.core.events import EventBus
from arthexis_desktop.core.model import AdmissionPolicy, AuthorizationPolicy
from arthexis_desktop.core.settings import BrokerSettings
from arthexis_desktop.csms.server import CentralSystem
from arthexis_desktop.storage import Storage

SAMPLE = {
    "value": "1234.5",
    "unit": "Wh",
    "measurand": "Energy.Active.Import.Register",
    "context": "Sample.Periodic",
}


def payload(action: str, n: int) -> dict[str, Any]:
    if action == "Heartbeat":
        return {}
    if action == "StatusNotification":
        return {"connectorId": 1, "errorCode": "NoError", "status": "Charging" if n % 2 else "SuspendedEV"}
    samples = 7 if action == "MeterValues7" else 2
    return {
        "connectorId": 1,
        "meterValue": [{"timestamp": "2024-05-01T10:00:00Z", "sampledValue": [SAMPLE] * samples}],
    }


async def client_loop(url: str, action: str, seconds: float, latencies: list[float]) -> int:
    wire_action = "MeterValues" if action.startswith("MeterValues") else action
    async with connect(url, subprotocols=["ocpp1.6"], compression=None, max_queue=None) as ws:  # type: ignore[list-item]
        boot = {"chargePointVendor": "Bench", "chargePointModel": "B"}
        await ws.send(json.dumps([2, "boot", "BootNotification", boot]))
        await ws.recv()
        done = 0
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            began = time.perf_counter()
            await ws.send(json.dumps([2, str(done), wire_action, payload(action, done)]))
            reply = await ws.recv()
            if not str(reply).startswith("[3,"):
                raise RuntimeError(reply)
            latencies.append(time.perf_counter() - began)
            done += 1
        return done


def run_clients(port: int, clients: int, action: str, seconds: float, queue: Any) -> None:
    async def main() -> None:
        latencies: list[float] = []
        counts = await asyncio.gather(
            *(
                client_loop(f"ws://127.0.0.1:{port}/BENCH-{n:04d}", action, seconds, latencies)
                for n in range(clients)
            )
        )
        latencies.sort()
        queue.put(
            {
                "messages": sum(counts),
                "p50_ms": 1000 * statistics.median(latencies),
                "p99_ms": 1000 * latencies[int(len(latencies) * 0.99)],
            }
        )

    asyncio.run(main())


async def bench(clients: int, seconds: float, action: str, profile: str | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        storage = await Storage.open(f"sqlite:///{Path(folder) / 'bench.db'}")
        settings = BrokerSettings(
            host="127.0.0.1",
            port=0,
            admission_policy=AdmissionPolicy.ACCEPT_ANY,
            authorization_policy=AuthorizationPolicy.OPEN,
            ping_interval_s=None,
        )
        csms = CentralSystem(settings, storage, EventBus())
        await csms.start()
        context = multiprocessing.get_context("spawn")
        queue = context.Queue()
        child = context.Process(target=run_clients, args=(csms.port, clients, action, seconds, queue))
        profiler = cProfile.Profile() if profile else None
        if profiler:
            profiler.enable()
        child.start()
        await asyncio.to_thread(child.join)  # the loop keeps serving while the clients run
        if profiler:
            profiler.disable()
            profiler.dump_stats(profile)  # type: ignore[arg-type]
        result = queue.get(timeout=5)
        await csms.stop()
        await storage.close()
    rate = result["messages"] / seconds
    print(
        f"{action:<18} clients={clients:<4} {rate:8.0f} msg/s  "
        f"p50={result['p50_ms']:.2f} ms  p99={result['p99_ms']:.2f} ms  (every message persisted)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument(
        "--action",
        default="MeterValues",
        choices=["Heartbeat", "StatusNotification", "MeterValues", "MeterValues7"],
    )
    parser.add_argument("--profile")
    args = parser.parse_args()
    asyncio.run(bench(args.clients, args.seconds, args.action, args.profile))


if __name__ == "__main__":
    main()
