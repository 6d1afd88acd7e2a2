"""Benchmark the broker over loopback and print the figures.

    python bench/run.py steady --chargers 1000 --duration 30          # headless `serve`
    python bench/run.py steady --chargers 1000 --duration 30 --window # qasync window, offscreen, UI probe
    python bench/run.py storm  --chargers 1000                        # boot storm
    python bench/run.py idle   --chargers 2000                        # RSS per idle connection

The server is the real app (``arthexis-desktop serve``, or the real window for ``--window``) with a
fresh SQLite database in a temp folder; the load generator (bench/load.py) runs in separate
processes. Afterwards the database is opened to check that every MeterValues was persisted.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLK_TCK = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def proc_sample(pid: int) -> tuple[float, float, int]:
    """(time, cpu seconds, rss bytes) of a process."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    cpu_s = (int(fields[11]) + int(fields[12])) / CLK_TCK
    rss = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) * 1024
    return time.time(), cpu_s, rss


class Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.samples: list[tuple[float, float, int]] = []
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                self.samples.append(proc_sample(self.pid))
            except OSError:
                return
            self.stop.wait(0.25)

    def window(self, start: float, end: float) -> tuple[float | None, int | None]:
        inside = [s for s in self.samples if start <= s[0] <= end]
        if len(inside) < 2:
            return None, None
        cpu = (inside[-1][1] - inside[0][1]) / (inside[-1][0] - inside[0][0]) * 100
        return cpu, max(s[2] for s in inside)


def wait_port(port: int, proc: subprocess.Popen[bytes], timeout_s: float = 60) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited early with code {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("server did not start listening")


def start_server(ns: argparse.Namespace, data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    common = [
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--data-dir",
        str(data_dir),
        "--admission",
        "accept_any",
        "--auth-policy",
        "open",
        "--ping-interval",
        "off",
        "--log-level",
        "WARNING",
    ]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if ns.window:
        env["QT_QPA_PLATFORM"] = "offscreen"
        cmd = [
            sys.executable,
            str(ROOT / "bench" / "window_server.py"),
            "--probe-file",
            str(data_dir / "probe.json"),
            *common,
        ]
    else:
        cmd = [sys.executable, "-m", "arthexis_desktop", "serve", *common]
    return subprocess.Popen(
        cmd, env=env, stdout=subprocess.DEVNULL, stderr=open(data_dir / "server.err", "wb")
    )


def run_load(ns: argparse.Namespace, port: int, mode: str, **extra: float) -> dict[str, object]:
    cmd = [
        sys.executable,
        str(ROOT / "bench" / "load.py"),
        "--url",
        f"ws://127.0.0.1:{port}/bench",
        "--chargers",
        str(ns.chargers),
        "--procs",
        str(ns.procs),
        "--mode",
        mode,
        "--interval",
        str(ns.interval),
        "--duration",
        str(ns.duration),
        "--ramp",
        str(ns.ramp),
    ]
    for key, value in extra.items():
        cmd += [f"--{key}", str(value)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def stored_counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {
            table: con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("meter_samples", "frames", "chargers")
        }
    finally:
        con.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("mode", choices=["steady", "storm", "idle"])
    parser.add_argument("--chargers", type=int, default=1000)
    parser.add_argument(
        "--procs", type=int, default=0, help="load processes (default: 1 per 500 chargers, max 4)"
    )
    parser.add_argument("--interval", type=float, default=1.0)
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--ramp", type=float, default=10.0)
    parser.add_argument("--hold", type=float, default=5.0)
    parser.add_argument(
        "--window", action="store_true", help="serve from the real window (qasync, offscreen)"
    )
    ns = parser.parse_args()
    ns.procs = ns.procs or min(4, max(1, ns.chargers // 500))
    with tempfile.TemporaryDirectory(prefix="arthexis-bench-") as tmp:
        data_dir = Path(tmp)
        port = free_port()
        server = start_server(ns, data_dir, port)
        sampler = Sampler(server.pid)
        try:
            wait_port(port, server)
            time.sleep(1.0)
            baseline = proc_sample(server.pid)
            sampler.start()
            if ns.mode == "steady":
                result = run_load(ns, port, "steady")
                start = float(result["measure_started_at"] or 0)  # type: ignore[arg-type]
                cpu, rss = sampler.window(start, start + float(result["measured_s"]))  # type: ignore[arg-type]
                result.update(server_cpu_pct=cpu, server_rss_mb=(rss or 0) / 2**20)
            else:
                hold = ns.hold if ns.mode == "storm" else max(ns.hold, 5.0)
                result = run_load(ns, port, "storm", hold=hold)
                loaded = max((s for s in sampler.samples), key=lambda s: s[2])
                result.update(
                    server_rss_mb_before=baseline[2] / 2**20,
                    server_rss_mb_loaded=loaded[2] / 2**20,
                    kib_per_connection=(loaded[2] - baseline[2]) / 1024 / max(1, int(result["connected"])),  # type: ignore[call-overload]
                )
        finally:
            sampler.stop.set()
            server.terminate()
            try:
                server.wait(30)
            except subprocess.TimeoutExpired:
                server.kill()
        probe = data_dir / "probe.json"
        if probe.exists():
            result["ui_probe"] = json.loads(probe.read_text())
        db = data_dir / "arthexis.db"
        if db.exists():
            result["stored"] = stored_counts(db)
            if ns.mode == "steady":
                result["meter_values_persisted"] = result["stored"]["meter_samples"] // 6  # type: ignore[index]
        err = (data_dir / "server.err").read_text(errors="replace").strip().splitlines()
        result["server_log_tail"] = err[-5:]
    print(json.dumps(result, indent=2, default=str))


if __name__ == "__main__":
    main()
