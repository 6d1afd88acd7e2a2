"""Native toasts through plyer (a ``core.notify.Toaster``): Windows balloons, Linux notifications.

plyer 2.1 picks its Linux backend in an order that fails in practice (stack-notes §4): the Flatpak
portal whenever a directory ``/app`` exists (common in containers), then dbus-python, then the
``notify-send`` binary; without them it raises ``NotImplementedError``, and notify-send without a
D-Bus session fails silently. So on Linux the backend is chosen here: the portal only inside a real
Flatpak (``/.flatpak-info``), dbus-python when installed, else notify-send (Debian/Ubuntu:
``libnotify-bin``), and only with a session bus. When none fits, ``available()`` is False and
``reason`` says why; the window then falls back to the tray balloon or the log.

plyer calls block (notify-send is a subprocess), so they run on one worker thread; ``show`` awaits
it without blocking the event loop. No Qt here.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import shutil
import sys
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from arthexis_desktop.core.notify import Toast

log = logging.getLogger(__name__)

APP_NAME = "Arthexis Desktop"
EXPIRE_S = 10  # how long a toast stays (servers may ignore it)
FLATPAK_INFO = Path("/.flatpak-info")


def has_session_bus(environ: Mapping[str, str]) -> bool:
    """A D-Bus session to reach a notification server (address set, or the per-user socket)."""
    if environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip():
        return True
    runtime_dir = environ.get("XDG_RUNTIME_DIR", "")
    return bool(runtime_dir) and Path(runtime_dir, "bus").exists()


def _module_exists(name: str) -> bool:
    try:
        importlib.import_module(name)
    except ImportError:
        return False
    return True


def choose_backend(platform: str, environ: Mapping[str, str]) -> tuple[Any | None, str]:
    """plyer's notification object for this platform, or None and the reason (in English, for
    the log and the About box)."""
    if not _module_exists("plyer"):
        return None, "plyer is not installed"
    if platform.startswith("linux"):
        from plyer.platforms.linux import notification as linux

        if not has_session_bus(environ):
            return None, "no D-Bus session (DBUS_SESSION_BUS_ADDRESS is not set)"
        if FLATPAK_INFO.exists():
            return linux.NotifyDesktopPortals(), ""
        if _module_exists("dbus"):
            return linux.NotifyDbus(), ""
        if shutil.which("notify-send", path=environ.get("PATH")):
            return linux.NotifySendNotification(), ""
        return None, "notify-send not found (install libnotify-bin)"
    if platform == "win32":
        from plyer.platforms.win import notification as win

        return win.instance(), ""
    if platform == "darwin":
        if not _module_exists("pyobjus"):  # plyer's macOS backend needs it
            return None, "pyobjus is not installed"
        from plyer.platforms.macosx import notification as mac

        return mac.instance(), ""
    return None, f"no native notifications on {platform}"


class PlyerToaster:
    name = "plyer"

    def __init__(
        self,
        *,
        app_name: str = APP_NAME,
        icon_path: str = "",
        platform: str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.app_name = app_name
        self.icon_path = icon_path
        self._backend, self.reason = choose_backend(platform or sys.platform, environ or os.environ)
        self._executor: ThreadPoolExecutor | None = None
        self.sent = 0

    def available(self) -> bool:
        return self._backend is not None

    async def show(self, toast: Toast) -> bool:
        if self._backend is None:
            return False
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="toasts")
        try:
            await asyncio.get_running_loop().run_in_executor(self._executor, self._notify, toast)
        except Exception as exc:  # NotImplementedError, OSError, a D-Bus error...
            log.warning("native toast failed (%s: %s)", type(exc).__name__, exc)
            return False
        self.sent += 1
        return True

    def _notify(self, toast: Toast) -> None:
        # ``_notify`` takes every backend's options (``notify()`` would not pass the expiry to
        # notify-send, which then keeps the toast until it is clicked away).
        assert self._backend is not None
        self._backend._notify(
            title=toast.title,
            message=toast.body,
            app_name=self.app_name,
            app_icon=self.icon_path,
            icon=self.icon_path,
            timeout=EXPIRE_S,
            expire_time=str(EXPIRE_S * 1000),
            ticker=toast.title,
            toast=False,
            hints={},
            hint="string:x-arthexis-kind:" + (toast.kind or "none"),
        )

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
