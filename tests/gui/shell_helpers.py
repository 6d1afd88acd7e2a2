"""Shell tests: the real window started (and restarted) on one data folder, with the settings,
language and theme machinery that ``run_desktop`` wires."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest_asyncio
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from arthexis_desktop.app.desktop import DesktopApp
from arthexis_desktop.app.options import AppOptions
from arthexis_desktop.app.shell_setup import ShellSetup
from arthexis_desktop.gui.i18n import LanguageManager
from arthexis_desktop.gui.panels.registry import PanelRegistry
from arthexis_desktop.gui.style import ThemeManager
from arthexis_desktop.services.app_settings import SettingsStore
from tests.gui.conftest import GUI_BROKER


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Shells:
    """``await shells.start()`` a window on ``data_dir``; ``await shells.stop(app)`` closes it the
    way the app does (arrangement saved). Language and theme are restored afterwards."""

    data_dir: Path
    qapp: QApplication
    apps: list[DesktopApp] = field(default_factory=list)
    language: LanguageManager | None = None
    theme: ThemeManager | None = None

    def options(self, **broker: Any) -> AppOptions:
        return AppOptions(
            broker=replace(GUI_BROKER, **broker),
            data_dir=self.data_dir,
            log_level="WARNING",
            rfid_readers=False,
        )

    async def start(self, *, registry: PanelRegistry | None = None, **broker: Any) -> DesktopApp:
        options = self.options(**broker)
        store = SettingsStore.in_folder(self.data_dir)
        self.language = self.language or LanguageManager(self.qapp)
        self.theme = self.theme or ThemeManager(self.qapp)
        shell = ShellSetup(store, store.load().settings, {}, self.language, self.theme)
        app = DesktopApp(options, registry=registry, shell=shell)
        self.apps.append(app)
        assert await app.start(), "storage did not open"
        return app

    async def stop(self, app: DesktopApp) -> None:
        await app.shutdown()
        app.window.deleteLater()
        self.apps.remove(app)


@pytest_asyncio.fixture(name="shells")
async def shells_fixture(tmp_path: Path, qapp: QApplication) -> AsyncIterator[Shells]:
    """Import ``shells_fixture`` into a test module to use the ``shells`` fixture."""
    holder = Shells(tmp_path / "data", qapp)
    yield holder
    for app in list(holder.apps):
        await holder.stop(app)
    if holder.language is not None:
        holder.language.clear()
    if holder.theme is not None:  # back to the plain test look
        qapp.setStyleSheet("")
        qapp.setPalette(QPalette())
        QGuiApplication.styleHints().unsetColorScheme()
