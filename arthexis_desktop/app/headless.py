"""``arthexis-desktop serve``: the broker and storage on plain asyncio, no Qt imported."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from arthexis_desktop.app.logging_setup import configure_logging
from arthexis_desktop.app.options import AppOptions, log_dir
from arthexis_desktop.app.runtime import Runtime
from arthexis_desktop.core.errors import ArthexisError
from arthexis_desktop.integrations.rfid import ReaderStatus

log = logging.getLogger(__name__)

STATUS_EVERY_S = 60.0


def _new_event_loop() -> asyncio.AbstractEventLoop:
    try:
        import uvloop

        return uvloop.new_event_loop()
    except ImportError:
        return asyncio.new_event_loop()


async def _status_loop(runtime: Runtime) -> None:
    while True:
        await asyncio.sleep(STATUS_EVERY_S)
        state = runtime.fleet_state
        active = sum(len(c.active_transactions) for c in state.chargers())
        log.info(
            "status: %d chargers connected, %d pending approval, %d active transactions",
            state.connected_count,
            len(state.pending),
            active,
        )


class ReaderStatusLog:
    """``on_status`` of the readers in ``serve``: one INFO line per change of the service state,
    the reader list or the explanation (a card coming and going is logged as its scan)."""

    def __init__(self) -> None:
        self._last: tuple[object, ...] | None = None

    def __call__(self, status: ReaderStatus) -> None:
        key = (status.state, tuple(reader.name for reader in status.readers), status.detail, status.fix)
        if key != self._last:
            self._last = key
            log.info("RFID readers: %s", status.describe())


async def serve(options: AppOptions, *, stop: asyncio.Event | None = None) -> int:
    """Run until ``stop`` is set (or SIGINT/SIGTERM). Returns the process exit code."""
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows: no add_signal_handler
            loop.add_signal_handler(sig, stop.set)
    runtime = await Runtime.create(options)
    if runtime.readers is not None:
        runtime.readers.on_status = ReaderStatusLog()
    else:
        log.info("RFID readers: not watched (--no-readers)")
    try:
        await runtime.start()
        for url in runtime.csms.urls:
            log.info("chargers connect to %s", url)
        print(f"arthexis-desktop: broker listening; chargers connect to {runtime.csms.urls[0]}", flush=True)
        status = asyncio.create_task(_status_loop(runtime))
        try:
            await stop.wait()
        finally:
            status.cancel()
        log.info("stopping")
        return 0
    finally:
        await runtime.stop()


async def self_test(options: AppOptions, *, timeout_s: float = 45.0) -> bool:
    """Broker on a free port + one simulated charging session over real sockets."""
    from arthexis_desktop.app.selftest import run_session_check

    with tempfile.TemporaryDirectory(prefix="arthexis-selftest-") as tmp:
        opts = replace(
            options,
            broker=replace(options.broker, host="127.0.0.1", port=0),
            data_dir=Path(tmp),
            db_url=None,
            demo=False,
            rfid_readers=False,  # the self-test checks the broker; a card on a reader must not matter
        )
        runtime = await Runtime.create(opts)
        try:
            await runtime.start()
            return await run_session_check(runtime, timeout_s=timeout_s)
        finally:
            await runtime.stop()


def run_headless(options: AppOptions) -> int:
    configure_logging(options.log_level, None if options.self_test else log_dir(options) / "serve.log")
    loop = _new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        if options.self_test:
            ok = loop.run_until_complete(self_test(options))
            print(f"self-test: {'ok' if ok else 'FAILED'}", flush=True)
            return 0 if ok else 1
        return loop.run_until_complete(serve(options))
    except ArthexisError as exc:
        print(f"arthexis-desktop: error: {exc}", file=sys.stderr)
        return 2
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
