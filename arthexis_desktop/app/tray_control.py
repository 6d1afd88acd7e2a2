"""The desktop's tray icon, toasts, close-to-tray and quit confirmation (wired for ``DesktopApp``).

- With a tray (``gui.tray.tray_available()``): the icon shows at once; closing the window hides it
  while the broker keeps serving (Settings → Startup, on by default), and the first time that
  happens the user is told once (remembered in ``settings.json``); "start minimised" starts hidden.
- Without one: closing the window quits, "start minimised" minimises to the taskbar.
- Quitting (File → Quit, the tray's Quit, closing without a tray) asks first while transactions
  are active. SIGINT quits without asking.
- Toast backends, first that works: native (plyer), tray balloon, log. ``ARTHEXIS_TOASTS=tray`` or
  ``log`` skips the native ones (the test suite uses ``log``: no real toasts on a developer's desktop).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QMessageBox

from arthexis_desktop.core.notify import Toast, Toaster
from arthexis_desktop.gui.context import FocusRequests, PanelContext
from arthexis_desktop.gui.dialogs import quit_confirmation_box
from arthexis_desktop.gui.main_window import MainWindow
from arthexis_desktop.gui.notifications import LogToaster, ToastDispatcher
from arthexis_desktop.gui.settings.hub import SettingsHub
from arthexis_desktop.gui.style import resource_path
from arthexis_desktop.gui.tray import TrayIcon, TrayToaster, tray_available
from arthexis_desktop.integrations.toasts import PlyerToaster
from arthexis_desktop.services.app_settings import SettingsStore

log = logging.getLogger(__name__)

TOASTS_ENV = "ARTHEXIS_TOASTS"  # native (default) | tray | log


def toast_backends(tray: TrayIcon, environ: Mapping[str, str] | None = None) -> list[Toaster]:
    choice = (os.environ if environ is None else environ).get(TOASTS_ENV, "native").strip().lower()
    backends: list[Toaster] = []
    if choice in ("", "native"):
        icon = resource_path("icons", "arthexis.ico" if sys.platform == "win32" else "arthexis.svg")
        native = PlyerToaster(icon_path=str(icon) if icon is not None else "")
        if not native.available():
            log.info("native toasts unavailable: %s", native.reason)
        backends.append(native)
    if choice in ("", "native", "tray"):
        backends.append(TrayToaster(tray))
    backends.append(LogToaster())
    return backends


class TrayControl:
    def __init__(
        self,
        *,
        window: MainWindow,
        hub: SettingsHub,
        store: SettingsStore,
        quit_now: Callable[[], None],
        toasters: list[Toaster] | None = None,
    ) -> None:
        self.window = window
        self.hub = hub
        self.store = store
        self._quit_now = quit_now
        self.tray = TrayIcon(window)
        self.toasters = toasters if toasters is not None else toast_backends(self.tray)
        self.dispatcher: ToastDispatcher | None = None
        self.context: PanelContext | None = None
        self.quit_box: QMessageBox | None = None
        self.tray.show_requested.connect(self.show_window)
        self.tray.quit_requested.connect(self.request_quit)
        self.tray.message_clicked.connect(self.open_charger)
        self.tray.pause_requested.connect(self._pause)
        self.tray.resume_requested.connect(self._resume)
        window.close_requested.connect(self.on_close_requested)
        window.quit_requested.connect(self.request_quit)

    # -- start -----------------------------------------------------------------------------------
    def show_initial(self, *, start_minimised: bool) -> None:
        """The tray icon, then the window: shown, hidden in the tray, or minimised to the taskbar."""
        in_tray = self.tray.show()
        if not start_minimised:
            self.window.show()
        elif not in_tray:
            self.window.showMinimized()
        else:
            log.info("started minimised to the tray")

    def attach(self, context: PanelContext) -> None:
        self.context = context
        self.dispatcher = ToastDispatcher(
            bridge=context.bridge,
            toasters=self.toasters,
            tasks=context.tasks,
            settings=self.hub,
            register=context.register,
            parent=self.window,
        )
        self.dispatcher.paused_changed.connect(self.tray.set_paused)
        context.clock.tick.connect(self.refresh)
        context.toast = self.offer_toast

    def offer_toast(self, title: str, body: str, on_click: Callable[[], object] | None = None) -> None:
        """A panel's own notification (the clipboard's offered action): shown now, past the rate
        limits (it follows something the user just did), unless notifications are paused."""
        if self.dispatcher is None or self.dispatcher.paused:
            return
        self.dispatcher.announce(Toast(title=title, body=body, kind="offer", on_click=on_click))

    def refresh(self) -> None:
        """On the clock: the tooltip follows the broker state and the connected count."""
        status = self.window.broker_status
        connected = self.context.fleet_state.connected_count if self.context is not None else -1
        self.tray.set_status(status.state, status.state_label.toolTip(), connected)

    # -- the window ------------------------------------------------------------------------------
    def show_window(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def open_charger(self, charger_id: str) -> None:
        """A toast or tray message was clicked: the window, on that charger's detail."""
        self.show_window()
        if charger_id and self.context is not None:
            self.context.request_focus(FocusRequests.CHARGER, charger_id)

    def closes_to_tray(self) -> bool:
        return self.hub.current.startup.close_to_tray and self.tray.is_visible() and tray_available()

    def on_close_requested(self) -> None:
        if not self.closes_to_tray():
            self.request_quit()
            return
        self.window.hide()
        log.info("window closed to the tray; the broker keeps serving")
        if not self.hub.current.startup.tray_hint_shown:
            self._tell_once()

    def _tell_once(self) -> None:
        toast = self.tray.hint_toast()
        if self.dispatcher is not None:
            self.dispatcher.announce(toast)
        else:
            self.tray.show_message(toast)
        path = "startup.tray_hint_shown"
        stored = self.hub.stored.with_value(path, True)
        # quietly: no ``changed`` signal for a flag nobody edits
        self.hub.stored, self.hub.current = stored, self.hub.current.with_value(path, True)
        try:
            self.store.save(stored)
        except OSError as exc:
            log.warning("could not remember the tray hint: %s", exc)

    # -- quitting --------------------------------------------------------------------------------
    def active_transactions(self) -> int:
        if self.context is None:
            return 0
        return sum(len(c.active_transactions) for c in self.context.fleet_state.chargers())

    def request_quit(self) -> None:
        """Quit, after a confirmation while transactions are active (one question at a time; the
        box is window-modal and opened without a nested event loop: the broker keeps serving)."""
        if self.quit_box is not None:
            self.quit_box.raise_()
            self.quit_box.activateWindow()
            return
        active = self.active_transactions()
        if active == 0:
            self._stop()
            return
        self.show_window()
        box = quit_confirmation_box(self.window, active)
        self.quit_box = box
        box.finished.connect(lambda _code: self._answered(box, active))

    def _answered(self, box: QMessageBox, active: int) -> None:
        if self.quit_box is box:
            self.quit_box = None
        clicked = box.clickedButton()
        answer = box.standardButton(clicked) if clicked is not None else QMessageBox.StandardButton.No
        box.deleteLater()
        log.info("quit with %d active transaction(s): %s", active, answer.name)
        if answer == QMessageBox.StandardButton.Yes:
            self._stop()

    def _stop(self) -> None:
        self.window.set_broker_state("stopping")
        self._quit_now()

    # -- pause -----------------------------------------------------------------------------------
    def _pause(self, seconds: float | None) -> None:
        if self.dispatcher is not None:
            self.dispatcher.pause(seconds)

    def _resume(self) -> None:
        if self.dispatcher is not None:
            self.dispatcher.resume()

    # -- stop ------------------------------------------------------------------------------------
    def close(self) -> None:
        if self.quit_box is not None:
            self.quit_box.close()
        if self.dispatcher is not None:
            self.dispatcher.stop()
        for toaster in self.toasters:
            close = getattr(toaster, "close", None)
            if callable(close):
                close()
        self.tray.dispose()
