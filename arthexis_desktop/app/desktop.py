"""Desktop mode: the Qt window and the OCPP central system on one qasync event loop.

Startup order (the window must feel instant): settings file -> logging -> QApplication +
translators + theme -> window shown in a "starting" state (at its saved size) -> storage opened ->
panels attached (saved arrangement restored) -> broker listening. A broker that cannot bind is
reported in the window and the app keeps running (a new port in the settings starts it); storage
that cannot open is fatal (dialog, exit code 2). An unexpected exception shows a report and is
logged; the app keeps running. Closing the window hides it to the tray where there is one (see
``app.tray_control``); quitting (asked first while transactions are active) saves the arrangement,
stops the runtime, then the loop (exit 0).

Settings (``settings.json``, see ``services.app_settings``) are read before anything else; options
given on the command line win for that run (``explicit``, see ``app.settings_overlay``).
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import signal
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import qasync
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from arthexis_desktop import __version__
from arthexis_desktop.app.logging_setup import configure_logging
from arthexis_desktop.app.options import APP_AUTHOR, APP_NAME, AppOptions, data_dir, database_url, log_dir
from arthexis_desktop.app.settings_overlay import current_settings, override_notes
from arthexis_desktop.app.shell_setup import ShellSetup, load_settings
from arthexis_desktop.app.tray_control import TrayControl
from arthexis_desktop.core.app_settings import LANGUAGES
from arthexis_desktop.gui.bridge import EventBridge
from arthexis_desktop.gui.clock import RefreshClock
from arthexis_desktop.gui.context import Notifier, PanelContext
from arthexis_desktop.gui.dialogs import broker_failure_box, storage_failure_box
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.gc_guard import MainThreadCollector
from arthexis_desktop.gui.i18n import LANG_ENV, LanguageManager
from arthexis_desktop.gui.main_window import MainWindow
from arthexis_desktop.gui.panels.chargers import ChargersPanel
from arthexis_desktop.gui.panels.registry import PanelRegistry, default_registry
from arthexis_desktop.gui.settings.controller import SettingsController
from arthexis_desktop.gui.settings.dialog import SettingsDialog
from arthexis_desktop.gui.settings.hub import SettingsHub
from arthexis_desktop.gui.shell.about import AboutInfo
from arthexis_desktop.gui.shell.crash import CrashReporter
from arthexis_desktop.gui.style import ThemeManager, apply_icon
from arthexis_desktop.gui.tasks import TaskRunner
from arthexis_desktop.integrations.rfid import KeyboardWedgeReader
from arthexis_desktop.services.broker_control import BrokerControl

if TYPE_CHECKING:  # imported when needed: SQLAlchemy and the broker cost ~0.4 s before the window
    from arthexis_desktop.app.runtime import Runtime

log = logging.getLogger(__name__)

SELF_TEST_TIMEOUT_S = 28.0
STOP_TIMEOUT_S = 15.0
EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE = 0, 1, 2
WINDOW_STATE_FILE = "window.ini"  # dock arrangement, geometry, column widths (QSettings, INI)
LOG_FILE = "desktop.log"


def display_problem(environ: dict[str, str] | os._Environ[str] | None = None) -> str | None:
    """A one-line hint when Qt would abort for lack of a display (Linux only), else None."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"):
        return None
    return (
        "arthexis-desktop: no display (DISPLAY and WAYLAND_DISPLAY are unset). For the broker without a "
        "window run `arthexis-desktop serve`; for a virtual display run `xvfb-run -a arthexis-desktop`."
    )


def _log_unhandled(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: an exception escaping a Qt slot is logged, never fatal."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("unhandled exception in a Qt slot", exc_info=(exc_type, exc, tb))


def _log_loop_exception(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    exc = context.get("exception")
    log.error("unhandled exception in the event loop: %s", context.get("message", ""), exc_info=exc)


def build_context(
    runtime: Runtime, *, parent: QWidget | None = None, settings: SettingsHub | None = None
) -> PanelContext:
    """Wire the panels to the runtime (services, events, clock, the data folder for the tools'
    per-user files, the settings); the only place that does."""
    return PanelContext(
        fleet_state=runtime.fleet_state,
        commands=runtime.commands,
        fleet=runtime.fleet,
        history=runtime.history,
        broker=runtime.csms,
        bridge=EventBridge(runtime.bus, parent),
        clock=RefreshClock(parent=parent),
        tasks=TaskRunner(),
        notifier=Notifier(parent),
        data_dir=data_dir(runtime.options),  # --data-dir: awg_presets.json, clipboard_*.json go there too
        register=getattr(runtime, "register", None),  # the RFID cards panel (None in stand-in runtimes)
        locations=getattr(runtime, "locations", None),  # the map
        charger_detail=getattr(runtime, "charger_detail", None),  # the Charger panel
        readers=getattr(runtime, "readers", None),
        wedge=KeyboardWedgeReader(runtime.bus),  # its scans go on the bus like the PC/SC ones
        settings=settings,
    )


class DesktopApp:
    """One run of the window: start, live, stop. Tests drive ``start()``/``shutdown()`` directly."""

    def __init__(
        self, options: AppOptions, *, registry: PanelRegistry | None = None, shell: ShellSetup | None = None
    ) -> None:
        self.options = options
        self.shell = shell or ShellSetup.for_options(options)
        current = current_settings(options, self.shell.stored)
        if self.shell.language is not None and "appearance.language" in self.shell.overrides:
            current = current.with_value("appearance.language", self.shell.language.language)
        self.hub = SettingsHub(stored=self.shell.stored, current=current, overrides=self.shell.overrides)
        folder = data_dir(options)
        self.about = AboutInfo(
            data_dir=folder,
            log_dir=log_dir(options),
            settings_file=self.shell.store.path,
            layout_file=folder / WINDOW_STATE_FILE,
        )
        self.window = MainWindow(
            registry or default_registry(), state_file=folder / WINDOW_STATE_FILE, about=self.about
        )
        self.runtime: Runtime | None = None
        self.context: PanelContext | None = None
        self.settings_controller: SettingsController | None = None
        self.broker_error: str | None = None
        self._closed = asyncio.Event()
        self._dialogs: list[QMessageBox] = []
        self.window.settings_requested.connect(self.open_settings)
        self.tray = TrayControl(
            window=self.window, hub=self.hub, store=self.shell.store, quit_now=self._closed.set
        )

    # -- lifecycle -------------------------------------------------------------------------------
    async def start(self) -> bool:
        """Show the window, open storage, attach panels, start the broker.

        Returns False when storage cannot open (the error dialog has been shown); a broker that
        cannot listen is reported in the window and the app runs on without it.
        """
        self.tray.show_initial(start_minimised=self.hub.current.startup.start_minimised)
        await asyncio.sleep(0)  # let the window paint before the heavy imports and database work
        try:
            runtime_module = await asyncio.to_thread(importlib.import_module, "arthexis_desktop.app.runtime")
            self.runtime = await runtime_module.Runtime.create(self.options)
        except Exception as exc:
            message = describe_error(exc)
            log.error("storage cannot open: %s", message, exc_info=exc)
            self.window.set_broker_state("failed", message)
            await self._fatal(message)
            return False
        self.context = build_context(self.runtime, parent=self.window, settings=self.hub)
        self.context.bridge.broker_failed.connect(lambda e: self._broker_failed(e.reason))
        self.context.bridge.broker_started.connect(lambda _e: self._broker_started())
        self.settings_controller = self._settings_controller(self.runtime, self.context)
        self.window.attach(self.context)
        self.tray.attach(self.context)
        try:
            await self.runtime.start()
        except Exception as exc:  # BrokerFailed usually said why already; else explain the exception
            if self.broker_error is None:
                self._broker_failed(describe_error(exc))
        else:
            self.window.set_broker_state("running")
        return True

    def _settings_controller(self, runtime: Runtime, context: PanelContext) -> SettingsController:
        from arthexis_desktop.storage import safe_url  # loaded with the runtime already

        url = database_url(self.options)
        self.window.about_info = replace(self.about, database=safe_url(url))
        return SettingsController(
            parent_widget=self.window,
            hub=self.hub,
            store=self.shell.store,
            tasks=context.tasks,
            broker=BrokerControl(runtime.csms),
            language=self.shell.language,
            theme=self.shell.theme,
            notifier=context.notifier,
            default_database=url,
        )

    def open_settings(self) -> SettingsDialog | None:
        """File → Settings… (available once the runtime is up)."""
        return self.settings_controller.open() if self.settings_controller is not None else None

    def _broker_started(self) -> None:
        self.broker_error = None
        self.window.set_broker_state("running")

    def _broker_failed(self, reason: str) -> None:
        if self.broker_error == reason:
            return
        self.broker_error = reason
        self.window.set_broker_state("failed", reason)
        self._dialogs.append(broker_failure_box(self.window, reason))

    async def wait_closed(self) -> None:
        await self._closed.wait()

    def request_close(self) -> None:
        """Quit now, without asking (SIGINT)."""
        self._closed.set()

    async def shutdown(self) -> None:
        """Stop everything the window started, then close it for real."""
        self.window.set_broker_state("stopping")
        context, runtime = self.context, self.runtime
        if context is not None:
            context.clock.stop()
            context.bridge.detach()
            await context.tasks.cancel_all()
        if runtime is not None:
            try:
                await asyncio.wait_for(runtime.stop(), STOP_TIMEOUT_S)
            except Exception:
                log.exception("runtime did not stop cleanly")
        self.tray.close()
        for box in self._dialogs:
            box.close()
        if self.settings_controller is not None and self.settings_controller.dialog is not None:
            self.settings_controller.dialog.close()
        self.window.save_state()
        self.window.allow_close()
        self.window.close()

    # -- dialogs ---------------------------------------------------------------------------------
    async def _fatal(self, detail: str) -> None:
        """Show the storage error and wait until the user dismisses it (never in the self-test)."""
        if self.options.self_test:
            print(f"arthexis-desktop: the database cannot be opened: {detail}", file=sys.stderr)
            return
        box = storage_failure_box(self.window, detail)
        self._dialogs.append(box)
        done = asyncio.Event()
        box.finished.connect(lambda _code: done.set())
        await done.wait()

    # -- self-test -------------------------------------------------------------------------------
    async def self_test(self) -> int:
        """One simulated session over real sockets; the charger must show in the Chargers panel."""
        from arthexis_desktop.app.runtime import DEMO_PREFIX
        from arthexis_desktop.app.selftest import run_session_check

        started = time.monotonic()
        if self.runtime is None or self.broker_error:
            print(f"self-test: FAILED (broker not running: {self.broker_error})", flush=True)
            return EXIT_FAILED
        charger_id = f"{DEMO_PREFIX}-0001"
        try:
            stored = await run_session_check(self.runtime, timeout_s=SELF_TEST_TIMEOUT_S - 4)
            shown = await self._wait_for_row(charger_id, timeout_s=3.0)
        except Exception as exc:
            log.exception("self-test crashed")
            print(f"self-test: FAILED ({type(exc).__name__}: {exc})", flush=True)
            return EXIT_FAILED
        took = time.monotonic() - started
        ok = stored and shown
        detail = f"charger in window: {'yes' if shown else 'no'}, session stored: {'yes' if stored else 'no'}"
        print(f"self-test: {'ok' if ok else 'FAILED'} ({detail}, {took:.1f} s)", flush=True)
        return EXIT_OK if ok else EXIT_FAILED

    async def _wait_for_row(self, charger_id: str, *, timeout_s: float) -> bool:
        """True once the Chargers panel's table model holds a row for ``charger_id``."""
        panel = self.window.panels.get("chargers")
        if not isinstance(panel, ChargersPanel):
            return False
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if panel.model.row(charger_id) is not None:
                return True
            await asyncio.sleep(0.05)
        return False


def _self_test_options(options: AppOptions, data_dir: Path) -> AppOptions:
    broker = replace(options.broker, host="127.0.0.1", port=0)
    return replace(options, broker=broker, data_dir=data_dir, db_url=None, demo=False, rfid_readers=False)


Script = Callable[[DesktopApp], Awaitable[int]]


async def _amain(options: AppOptions, script: Script | None, shell: ShellSetup | None = None) -> int:
    app = DesktopApp(options, shell=shell)
    logs = log_dir(options)
    reporter = CrashReporter(app.window, log_dir=logs, log_file=logs / LOG_FILE)
    reporter.install(asyncio.get_running_loop())
    try:
        return await _run_app(app, options, script)
    finally:
        reporter.uninstall()


async def _run_app(app: DesktopApp, options: AppOptions, script: Script | None) -> int:
    loop = asyncio.get_running_loop()
    try:
        signal.signal(signal.SIGINT, lambda *_: loop.call_soon_threadsafe(app.request_close))
    except ValueError:  # not the main thread
        pass
    if not await app.start():
        await app.shutdown()
        return EXIT_UNUSABLE
    if script is None and options.self_test:
        script = DesktopApp.self_test
    if script is not None:
        try:
            rc = await script(app)
        finally:
            await app.shutdown()
        return rc
    await app.wait_closed()
    await app.shutdown()
    return EXIT_OK


def run_desktop(
    options: AppOptions, *, script: Script | None = None, explicit: frozenset[str] | None = None
) -> int:
    """Run the window until it is closed (exit code 0).

    ``script`` (tests, screenshots) runs once the window and broker are up; the app then shuts
    down and returns its exit code. ``options.self_test`` runs the built-in self-test script.
    ``explicit`` names the options given on the command line: they win over the stored settings,
    the others come from them (None: ``options`` are used as they are).
    """
    problem = display_problem()
    if problem is not None:
        if not options.self_test:
            print(problem, file=sys.stderr)
            return EXIT_UNUSABLE
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the self-test needs no screen
    tmp = tempfile.TemporaryDirectory(prefix="arthexis-selftest-") if options.self_test else None
    if tmp is not None:
        options = _self_test_options(options, Path(tmp.name))
        explicit = None
    options, store, loaded = load_settings(options, explicit)
    configure_logging(options.log_level, log_dir(options) / LOG_FILE)
    for note in loaded.notes:
        log.warning("%s", note)
    sys.excepthook = _log_unhandled  # until the window's error reporter takes over

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)  # closing goes through DesktopApp.shutdown()
    stored = loaded.settings
    language = LanguageManager(app)
    language.switch(stored.appearance.language)
    theme = ThemeManager(app)
    theme.apply(stored.appearance.theme)
    apply_icon(app)
    overrides = override_notes(explicit or frozenset())
    if os.environ.get(LANG_ENV, "").strip() and language.language in LANGUAGES:
        overrides["appearance.language"] = LANG_ENV  # it wins over the setting for this run
    shell = ShellSetup(store, stored, overrides, language, theme)

    collector = MainThreadCollector(app)  # Qt objects in cycles must die on this thread
    collector.start()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(_log_loop_exception)
    try:
        with loop:
            return loop.run_until_complete(_amain(options, script, shell))
    finally:
        collector.stop()
        language.clear()
        if tmp is not None:
            logging.shutdown()
            tmp.cleanup()
