"""``arthexis-desktop simulate``: run simulated charge points against a central system.

``add_arguments`` fills the sub-command parser, ``run`` executes it and returns the exit code
(0 ok, 2 bad options or server unreachable, 130 interrupted where signals cannot be caught).
``python -m arthexis_desktop.simulator`` runs the same command stand-alone.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
import time
from collections.abc import Sequence
from typing import TextIO

from arthexis_desktop.core.errors import ConfigurationError
from arthexis_desktop.simulator.config import ReconnectPolicy, SessionPlan
from arthexis_desktop.simulator.fleet import FleetStats, SimulatedFleet, fleet_configs

PROG = "arthexis-desktop simulate"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
POLL_S = 0.2


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from exc
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {text}")
    return value


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from exc
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {text}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the ``simulate`` sub-command."""
    parser.add_argument(
        "--url",
        required=True,
        help="central system base URL, ws://HOST:PORT/PATH; the charger id is appended",
    )
    parser.add_argument("--chargers", type=_positive_int, default=1, metavar="N", help="how many (default 1)")
    parser.add_argument("--connectors", type=int, choices=(1, 2), default=1, help="per charger (default 1)")
    parser.add_argument("--prefix", default="SIM", help="charger ids are PREFIX-0001, ... (default SIM)")
    parser.add_argument(
        "--id-tag", default="F1A2B3C4", help="idTag presented for sessions (default F1A2B3C4)"
    )
    parser.add_argument(
        "--interval",
        type=_positive_float,
        default=5.0,
        metavar="S",
        help="meter values interval (default 5)",
    )
    parser.add_argument(
        "--duration",
        type=_positive_float,
        default=None,
        metavar="S",
        help="stop after S seconds (default: Ctrl+C)",
    )
    parser.add_argument("--seed", type=int, default=None, help="random seed for reproducible meter values")
    parser.add_argument(
        "--session",
        type=_positive_float,
        default=300.0,
        metavar="S",
        help="charging time per session (default 300)",
    )
    parser.add_argument(
        "--idle", type=float, default=5.0, metavar="S", help="wait before the first session (default 5)"
    )
    parser.add_argument(
        "--pause", type=float, default=30.0, metavar="S", help="between sessions (default 30)"
    )
    parser.add_argument(
        "--power-kw", type=_positive_float, default=7.4, metavar="KW", help="charger power (7.4)"
    )
    parser.add_argument("--phases", type=int, choices=(1, 3), default=1, help="1 or 3 phases (default 1)")
    parser.add_argument(
        "--retries",
        type=_positive_int,
        default=5,
        metavar="N",
        help="connection attempts before giving up on a server never reached (default 5)",
    )
    parser.add_argument(
        "--ramp", type=float, default=0.1, metavar="S", help="start chargers S seconds apart (default 0.1)"
    )
    parser.add_argument(
        "--stats-every",
        type=float,
        default=5.0,
        metavar="S",
        help="print a summary line every S seconds (0 = off)",
    )
    parser.add_argument(
        "--log-level",
        type=str.upper,
        choices=LOG_LEVELS,
        default=argparse.SUPPRESS,  # keep a value given before the sub-command
        help="log detail (default INFO)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Run simulated OCPP 1.6 charge points.")
    add_arguments(parser)
    return parser


def summary_line(stats: FleetStats, elapsed_s: float) -> str:
    return (
        f"[{elapsed_s:6.0f} s] chargers {stats.booted}/{stats.chargers} online"
        f" ({stats.connected} connected, {stats.failed} failed)"
        f" | sessions {stats.sessions_started} started, {stats.sessions_stopped} stopped,"
        f" {stats.active_sessions} active | {stats.energy_wh / 1000:.3f} kWh"
    )


def _fleet(ns: argparse.Namespace) -> SimulatedFleet:
    configs = fleet_configs(
        ns.url,
        ns.chargers,
        prefix=ns.prefix,
        connectors=ns.connectors,
        id_tag=ns.id_tag,
        meter_interval_s=ns.interval,
        power_kw=ns.power_kw,
        phases=ns.phases,
        seed=ns.seed,
        plan=SessionPlan(idle_s=ns.idle, duration_s=ns.session, pause_s=ns.pause),
        reconnect=ReconnectPolicy(give_up_after=ns.retries),
    )
    if ns.ramp < 0:
        raise ConfigurationError("--ramp must not be negative")
    return SimulatedFleet(configs, ramp_s=ns.ramp)


async def run_async(
    ns: argparse.Namespace, *, stop: asyncio.Event | None = None, out: TextIO | None = None
) -> int:
    """Run the fleet until ``stop``, SIGINT/SIGTERM, ``--duration`` or total connection failure."""
    out = out or sys.stdout
    try:
        fleet = _fleet(ns)
    except ConfigurationError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    installed = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # Windows, not main thread
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
    started = time.monotonic()
    deadline = started + ns.duration if ns.duration else None
    next_stats = started + ns.stats_every if ns.stats_every > 0 else None
    fleet.start()
    try:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), POLL_S)
            now = time.monotonic()
            stats = fleet.stats()
            if stats.failed == stats.chargers or (deadline is not None and now >= deadline):
                break
            if next_stats is not None and now >= next_stats:
                print(summary_line(stats, now - started), file=out, flush=True)
                next_stats = now + ns.stats_every
    finally:
        await fleet.stop(timeout_s=5.0)
        for sig in installed:
            loop.remove_signal_handler(sig)
    print(summary_line(fleet.stats(), time.monotonic() - started), file=out, flush=True)
    failures = fleet.failures
    if failures:
        more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
        print(f"{PROG}: error: {failures[0]}{more}", file=sys.stderr)
        return 2
    return 0


def _configure_logging(level: str) -> None:
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(stream=sys.stderr, format="%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    root.setLevel(level)
    logging.getLogger("websockets").setLevel(max(logging.WARNING, root.level))


def run(ns: argparse.Namespace) -> int:
    """Entry point for the ``simulate`` sub-command (owns its event loop)."""
    _configure_logging(getattr(ns, "log_level", "INFO"))
    try:
        return asyncio.run(run_async(ns))
    except KeyboardInterrupt:
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    return run(build_parser().parse_args(argv))
