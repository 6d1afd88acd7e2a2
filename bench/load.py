"""OCPP 1.6J load generator: N charge points over raw websockets, one call in flight per charger.

Runs as worker processes (``--procs``) so the generator is not limited to one core. Prints one JSON
object with counts and latencies; ``run.py`` starts the server and combines the figures.

Modes:
  steady  connect with a ramp, BootNotification + StatusNotification, then every ``--interval``
          seconds a Heartbeat and a MeterValues with 6 measurands, for ``--duration`` seconds.
  storm   all chargers connect at once, each sends BootNotification + StatusNotification; reports
          the time until every one was answered, then holds the connections idle for ``--hold``
          seconds (for memory-per-connection readings).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import multiprocessing
import random
import time
from datetime import UTC, datetime
from typing import Any

import websockets

CALL_TIMEOUT_S = 30.0


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def meter_values_payload(energy_wh: float, power_w: float, transaction_id: int | None) -> dict[str, Any]:
    values = [
        {"measurand": "Energy.Active.Import.Register", "unit": "Wh", "value": f"{energy_wh:.0f}"},
        {"measurand": "Power.Active.Import", "unit": "W", "value": f"{power_w:.0f}"},
        {"measurand": "Current.Import", "unit": "A", "phase": "L1", "value": f"{power_w / 230:.1f}"},
        {"measurand": "Voltage", "unit": "V", "phase": "L1-N", "value": "230.4"},
        {"measurand": "SoC", "unit": "Percent", "location": "EV", "value": "57"},
        {"measurand": "Temperature", "unit": "Celsius", "value": "31.5"},
    ]
    payload: dict[str, Any] = {
        "connectorId": 1,
        "meterValue": [{"timestamp": now_iso(), "sampledValue": values}],
    }
    if transaction_id is not None:
        payload["transactionId"] = transaction_id
    return payload


class Charger:
    def __init__(self, url: str, charger_id: str, stats: dict[str, Any]) -> None:
        self.url = f"{url.rstrip('/')}/{charger_id}"
        self.charger_id = charger_id
        self.stats = stats
        self.ws: Any = None
        self.ids = itertools.count(1)

    async def connect(self) -> None:
        self.ws = await websockets.connect(
            self.url,
            subprotocols=["ocpp1.6"],
            compression=None,
            max_queue=None,
            ping_interval=None,
            open_timeout=60,
        )

    async def call(self, action: str, payload: dict[str, Any], *, record: bool = True) -> Any:
        message_id = str(next(self.ids))
        started = time.perf_counter()
        await self.ws.send(json.dumps([2, message_id, action, payload], separators=(",", ":")))
        while True:
            frame = json.loads(await asyncio.wait_for(self.ws.recv(), CALL_TIMEOUT_S))
            if frame[0] == 2:  # a CSMS-initiated call: answer it minimally and keep waiting
                await self.ws.send(json.dumps([3, frame[1], {"status": "Accepted"}]))
                continue
            if frame[1] != message_id:
                continue
            break
        latency = time.perf_counter() - started
        if frame[0] == 4:
            self.stats["errors"] += 1
            self.stats["error_codes"][frame[2]] = self.stats["error_codes"].get(frame[2], 0) + 1
            return None
        if record:
            self.stats["latencies"].append(latency)
            self.stats["acked"] += 1
        return frame[2]

    async def boot(self) -> None:
        await self.call(
            "BootNotification", {"chargePointVendor": "Bench", "chargePointModel": "Load"}, record=False
        )
        await self.call(
            "StatusNotification",
            {"connectorId": 1, "errorCode": "NoError", "status": "Charging", "timestamp": now_iso()},
            record=False,
        )


async def steady(ns: argparse.Namespace, ids: list[str], stats: dict[str, Any]) -> None:
    chargers = [Charger(ns.url, cid, stats) for cid in ids]
    ramp_step = ns.ramp / max(1, ns.total)
    start_at = time.monotonic()

    async def run(index: int, charger: Charger) -> None:
        await asyncio.sleep(max(0.0, start_at + ramp_step * (ns.offset + index) - time.monotonic()))
        try:
            await charger.connect()
            await charger.boot()
        except Exception as exc:
            stats["connect_failures"] += 1
            stats["last_error"] = repr(exc)
            return
        stats["connected"] += 1
        energy_wh = random.uniform(1000, 50_000)
        await stats_ready.wait()
        deadline = measure_start + ns.duration
        next_at = time.monotonic() + random.uniform(0, ns.interval)
        while True:
            await asyncio.sleep(max(0.0, next_at - time.monotonic()))
            if time.monotonic() >= deadline:
                break
            next_at += ns.interval
            try:
                await charger.call("Heartbeat", {})
                energy_wh += 2.0
                await charger.call("MeterValues", meter_values_payload(energy_wh, 7200.0, None))
            except Exception as exc:
                stats["errors"] += 1
                stats["last_error"] = repr(exc)
                return
        await charger.ws.close()

    stats_ready = asyncio.Event()
    tasks = [asyncio.create_task(run(i, c)) for i, c in enumerate(chargers)]
    await asyncio.sleep(ns.ramp + 1.0)
    measure_start = time.monotonic()
    stats["measure_started_at"] = time.time()
    stats_ready.set()
    await asyncio.gather(*tasks)
    stats["measured_s"] = time.monotonic() - measure_start


async def storm(ns: argparse.Namespace, ids: list[str], stats: dict[str, Any]) -> None:
    chargers = [Charger(ns.url, cid, stats) for cid in ids]
    go_at = ns.go_at

    async def run(charger: Charger) -> None:
        await asyncio.sleep(max(0.0, go_at - time.time()))
        try:
            await charger.connect()
            await charger.boot()
            stats["connected"] += 1
            stats["answered_at"].append(time.time())
        except Exception as exc:
            stats["connect_failures"] += 1
            stats["last_error"] = repr(exc)

    await asyncio.gather(*(run(c) for c in chargers))
    if ns.hold > 0:
        await asyncio.sleep(ns.hold)
    await asyncio.gather(*(c.ws.close() for c in chargers if c.ws is not None), return_exceptions=True)


def worker(ns: argparse.Namespace, ids: list[str], out: Any) -> None:
    stats: dict[str, Any] = {
        "acked": 0,
        "errors": 0,
        "error_codes": {},
        "latencies": [],
        "connected": 0,
        "connect_failures": 0,
        "answered_at": [],
        "last_error": None,
    }
    asyncio.run((steady if ns.mode == "steady" else storm)(ns, ids, stats))
    out.send(stats)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--url", required=True)
    parser.add_argument("--chargers", type=int, default=100)
    parser.add_argument("--procs", type=int, default=1)
    parser.add_argument("--mode", choices=["steady", "storm"], default="steady")
    parser.add_argument("--interval", type=float, default=1.0)
    parser.add_argument("--duration", type=float, default=20.0)
    parser.add_argument("--ramp", type=float, default=5.0)
    parser.add_argument("--hold", type=float, default=0.0)
    parser.add_argument("--prefix", default="BENCH")
    ns = parser.parse_args()
    ns.total = ns.chargers
    ns.go_at = time.time() + 1.0 + 0.2 * ns.procs
    ids = [f"{ns.prefix}-{n:05d}" for n in range(ns.chargers)]
    slices = [ids[i :: ns.procs] for i in range(ns.procs)]
    pipes, procs = [], []
    offset = 0
    for part in slices:
        sub = argparse.Namespace(**vars(ns))
        sub.offset = offset
        offset += len(part)
        parent, child = multiprocessing.Pipe(duplex=False)
        proc = multiprocessing.Process(target=worker, args=(sub, part, child))
        proc.start()
        pipes.append(parent)
        procs.append(proc)
    results = [p.recv() for p in pipes]
    for proc in procs:
        proc.join()
    latencies = [x for r in results for x in r["latencies"]]
    measured = max((r.get("measured_s", 0.0) for r in results), default=0.0)
    answered = [x for r in results for x in r["answered_at"]]
    codes: dict[str, int] = {}
    for r in results:
        for code, count in r["error_codes"].items():
            codes[code] = codes.get(code, 0) + count
    summary = {
        "mode": ns.mode,
        "chargers": ns.chargers,
        "connected": sum(r["connected"] for r in results),
        "connect_failures": sum(r["connect_failures"] for r in results),
        "acked": sum(r["acked"] for r in results),
        "errors": sum(r["errors"] for r in results),
        "error_codes": codes,
        "measured_s": measured,
        "msgs_per_s": (sum(r["acked"] for r in results) / measured) if measured else None,
        "p50_ms": percentile(latencies, 0.50) * 1000,
        "p95_ms": percentile(latencies, 0.95) * 1000,
        "p99_ms": percentile(latencies, 0.99) * 1000,
        "max_ms": (max(latencies) * 1000) if latencies else float("nan"),
        "storm_s": (max(answered) - ns.go_at) if answered else None,
        "last_error": next((r["last_error"] for r in results if r["last_error"]), None),
        "measure_started_at": min((r.get("measure_started_at", 0) for r in results), default=None),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
