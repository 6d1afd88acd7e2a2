"""Command line: ``arthexis-desktop [serve|simulate] [options]``.

Only argument parsing and dispatch live here; the modes are built by ``arthexis_desktop.app``.
The desktop mode imports Qt lazily so ``serve`` and ``simulate`` never load it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from arthexis_desktop import __version__
from arthexis_desktop.app.options import AppOptions
from arthexis_desktop.core.errors import ArthexisError, ConfigurationError
from arthexis_desktop.core.model import AdmissionPolicy, AuthorizationPolicy
from arthexis_desktop.core.settings import DEFAULT_PORT, BrokerSettings

DESCRIPTION = """\
Desktop control centre for EV charging. With no sub-command it opens the window with the OCPP
central system running inside it; chargers connect to ws://<this-host>:<port>/<anything>/<chargerId>."""


def _seconds_or_off(text: str) -> float | None:
    if text.strip().lower() in ("off", "none", "0"):
        return None
    try:
        value = float(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected seconds or 'off', got {text!r}") from exc
    if value <= 0:
        raise argparse.ArgumentTypeError("must be positive, or 'off'")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from exc
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("port must be between 0 and 65535")
    return value


def _add_common(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """Options shared by the window and ``serve``.

    On the sub-command parser the defaults are SUPPRESS so a value given before the sub-command
    (``arthexis-desktop --port 9100 serve``) is not overwritten by the sub-parser's default.
    """

    def d(value: object) -> object:
        return value if defaults else argparse.SUPPRESS

    g = parser.add_argument_group("broker and storage")
    g.add_argument("--host", default=d("0.0.0.0"), help="address to listen on (default: all interfaces)")
    g.add_argument(
        "--port",
        type=_port,
        default=d(DEFAULT_PORT),
        help=f"WebSocket port (default: {DEFAULT_PORT}; 0 = any free)",
    )
    g.add_argument(
        "--db",
        metavar="URL",
        default=d(None),
        help="SQLAlchemy database URL, e.g. postgresql+psycopg://user:pw@host/db "
        "(default: SQLite file in the data folder)",
    )
    g.add_argument(
        "--data-dir", type=Path, default=d(None), help="data folder (default: the per-user data folder)"
    )
    g.add_argument(
        "--log-level",
        default=d("INFO"),
        type=str.upper,
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="log detail (default: INFO)",
    )
    g.add_argument(
        "--admission",
        default=d(AdmissionPolicy.ACCEPT_KNOWN.value),
        choices=[p.value for p in AdmissionPolicy],
        help="unknown chargers: accept_any, accept_known (held as pending until approved; default), "
        "reject_unknown",
    )
    g.add_argument(
        "--auth-policy",
        default=d(AuthorizationPolicy.ALLOWLIST.value),
        choices=[p.value for p in AuthorizationPolicy],
        help="default RFID authorization: open, allowlist (default), strict",
    )
    g.add_argument(
        "--ping-interval",
        type=_seconds_or_off,
        default=d(20.0),
        metavar="S|off",
        help="WebSocket ping interval in seconds, or 'off' for chargers that ignore pings (default: 20)",
    )
    g.add_argument(
        "--ping-timeout",
        type=_seconds_or_off,
        default=d(20.0),
        metavar="S|off",
        help="WebSocket ping timeout (default: 20)",
    )
    g.add_argument(
        "--demo", action="store_true", default=d(False), help="start a few simulated chargers in-process"
    )
    g.add_argument(
        "--demo-chargers", type=int, default=d(3), metavar="N", help="how many demo chargers (default: 3)"
    )
    g.add_argument(
        "--self-test",
        action="store_true",
        default=d(False),
        help="run the broker on a free port with one simulated charging session, then exit 0 (ok) or 1",
    )
    hardware = parser.add_argument_group("hardware")
    hardware.add_argument(
        "--no-readers",
        action="store_true",
        default=d(False),
        help="do not watch PC/SC RFID readers on this computer",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="arthexis-desktop", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_common(parser, defaults=True)
    sub = parser.add_subparsers(dest="command", metavar="{serve,simulate}")
    serve = sub.add_parser("serve", help="run the broker and storage headless (no window, no Qt)")
    _add_common(serve, defaults=False)
    from arthexis_desktop.simulator.cli import add_arguments as add_simulator_arguments

    simulate = sub.add_parser("simulate", help="run simulated charge points against a central system")
    add_simulator_arguments(simulate)
    return parser


def options_from(ns: argparse.Namespace) -> AppOptions:
    if ns.demo_chargers < 1 or ns.demo_chargers > 50:
        raise ConfigurationError("--demo-chargers must be between 1 and 50")
    broker = BrokerSettings(
        host=ns.host,
        port=ns.port,
        ping_interval_s=ns.ping_interval,
        ping_timeout_s=ns.ping_timeout,
        admission_policy=AdmissionPolicy(ns.admission),
        authorization_policy=AuthorizationPolicy(ns.auth_policy),
    ).validated()
    return AppOptions(
        broker=broker,
        db_url=ns.db,
        data_dir=ns.data_dir,
        log_level=ns.log_level,
        demo=ns.demo,
        demo_chargers=ns.demo_chargers,
        self_test=ns.self_test,
        rfid_readers=not ns.no_readers,
    )


def explicit_options(argv: Sequence[str] | None) -> frozenset[str]:
    """The broker/storage options given on the command line (they win over the stored settings)."""
    given = argparse.ArgumentParser(add_help=False)
    _add_common(given, defaults=False)  # SUPPRESS defaults: only what was typed lands in the namespace
    ns, _rest = given.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    return frozenset(vars(ns))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    ns = parser.parse_args(argv)
    try:
        if ns.command == "simulate":
            from arthexis_desktop.simulator.cli import run as run_simulator

            return run_simulator(ns)
        options = options_from(ns)
        if ns.command == "serve":
            from arthexis_desktop.app.headless import run_headless

            return run_headless(options)
        from arthexis_desktop.app.desktop import run_desktop

        return run_desktop(options, explicit=explicit_options(argv))
    except ArthexisError as exc:
        print(f"arthexis-desktop: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
