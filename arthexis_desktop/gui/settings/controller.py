"""Open the settings dialog, then check, apply and save what it holds.

Order on OK/Apply: every value is checked first (problems under their fields, nothing saved). Then
the running app takes the changes: the broker (a new port moves the listener; if it cannot bind,
the old one keeps serving, the reason shows under the port and nothing is saved), start with the
system, then ``settings.json``, then language and theme (both at once). Only the fields a person
changed are written over the stored ones, so a value the command line gave for this run is not
saved by accident. Storage changes apply at the next start.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from arthexis_desktop.core.app_settings import AppSettings, SettingsProblem, changed_paths
from arthexis_desktop.core.errors import ConfigurationError
from arthexis_desktop.core.settings import BrokerSettings
from arthexis_desktop.gui.context import Notifier
from arthexis_desktop.gui.i18n import LanguageManager
from arthexis_desktop.gui.settings.dialog import SettingsDialog
from arthexis_desktop.gui.settings.hub import SettingsHub
from arthexis_desktop.gui.settings.messages import problem_message
from arthexis_desktop.gui.style import ThemeManager
from arthexis_desktop.gui.tasks import TaskRunner
from arthexis_desktop.services.app_settings import SettingsStore, StartupService, check_database

log = logging.getLogger(__name__)


class BrokerApplier(Protocol):
    @property
    def settings(self) -> BrokerSettings: ...

    async def apply(self, settings: BrokerSettings) -> None: ...


class SettingsController(QObject):
    saved = Signal(object)  # AppSettings: what the app now uses

    def __init__(
        self,
        *,
        parent_widget: QWidget,
        hub: SettingsHub,
        store: SettingsStore,
        tasks: TaskRunner,
        broker: BrokerApplier | None = None,
        language: LanguageManager | None = None,
        theme: ThemeManager | None = None,
        startup: StartupService | None = None,
        notifier: Notifier | None = None,
        default_database: str = "",
    ) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self.hub = hub
        self.store = store
        self.tasks = tasks
        self.broker = broker
        self.language = language
        self.theme = theme
        self.startup = startup or StartupService()
        self.notifier = notifier
        self.default_database = default_database
        self.dialog: SettingsDialog | None = None

    # -- opening ---------------------------------------------------------------------------------
    def shown_settings(self) -> AppSettings:
        """What the dialog starts from: this run's settings, the live broker and autostart state."""
        shown = self.hub.current
        if self.broker is not None:
            shown = replace(shown, broker=self.broker.settings)
        if self.startup.supported():
            shown = shown.with_value("startup.start_with_os", self.startup.is_enabled())
        return shown

    def open(self) -> SettingsDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = SettingsDialog(
            self.shown_settings(),
            overrides=self.hub.overrides,
            autostart_supported=self.startup.supported(),
            parent=self._parent,
        )
        dialog.save_requested.connect(lambda close: self.save(dialog, close=close))
        dialog.storage.test_requested.connect(lambda url: self.test_connection(dialog, url))
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.dialog = dialog
        dialog.open()  # window-modal, no nested event loop: the broker keeps serving
        return dialog

    def _forget(self, dialog: SettingsDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # -- test connection ---------------------------------------------------------------------------
    def test_connection(self, dialog: SettingsDialog, url: str) -> None:
        dialog.storage.set_test_result(self.tr("Connecting…"), "pending")
        self.tasks.spawn(self._test(dialog, url or self.default_database), name="settings-db-test")

    async def _test(self, dialog: SettingsDialog, url: str) -> None:
        result = await check_database(url)
        if self.dialog is not dialog:
            return
        if not result.ok:
            text, state = (
                self.tr("Cannot connect to {url}: {reason}").format(url=result.url, reason=result.detail),
                "error",
            )
        elif result.creates_file:
            text, state = (
                self.tr("{url} does not exist yet; it will be created at the next start.").format(
                    url=result.url
                ),
                "ok",
            )
        else:
            text, state = (
                self.tr("Connected to {url} ({backend} {version}).")
                .format(url=result.url, backend=result.backend, version=result.detail)
                .replace(" )", ")"),
                "ok",
            )
        dialog.storage.set_test_result(text, state)

    # -- saving ----------------------------------------------------------------------------------
    def save(self, dialog: SettingsDialog, *, close: bool) -> None:
        candidate, problems = dialog.collect()
        dialog.show_problems(problems)
        if problems:
            return  # every typed value stays; the stored settings are untouched
        dialog.set_status("")
        changed = changed_paths(dialog.settings, candidate)
        if not changed:
            if close:
                dialog.accept()
            else:
                dialog.set_status(self.tr("Nothing changed."), "ok")
            return
        dialog.set_busy(True)
        self.tasks.spawn(self._apply(dialog, candidate, changed, close=close), name="settings-save")

    async def _apply(
        self, dialog: SettingsDialog, candidate: AppSettings, changed: list[str], *, close: bool
    ) -> None:
        try:
            applied = await self._apply_changes(dialog, candidate, changed)
        finally:
            dialog.set_busy(False)
        if applied is None:
            return
        if close:
            dialog.accept()
        else:
            dialog.load(self.shown_settings(), self.hub.overrides)

    async def _apply_changes(
        self, dialog: SettingsDialog, candidate: AppSettings, changed: list[str]
    ) -> AppSettings | None:
        broker_paths = [p for p in changed if p.startswith("broker.")]
        if broker_paths and self.broker is not None:
            names = {p.split(".", 1)[1]: candidate.get(p) for p in broker_paths}
            try:
                await self.broker.apply(replace(self.broker.settings, **names))
            except ConfigurationError as exc:
                field = (
                    "broker.host"
                    if "broker.host" in broker_paths and "broker.port" not in broker_paths
                    else "broker.port"
                )
                dialog.show_problems([SettingsProblem(field, "bind_failed", {"reason": str(exc)})])
                return None
        problems: list[SettingsProblem] = []
        if "startup.start_with_os" in changed:
            try:
                self.startup.set_enabled(candidate.startup.start_with_os)
            except OSError as exc:
                problems.append(
                    SettingsProblem("startup.start_with_os", "autostart_failed", {"reason": str(exc)})
                )
                candidate = candidate.with_value(
                    "startup.start_with_os", dialog.settings.startup.start_with_os
                )
                changed = [p for p in changed if p != "startup.start_with_os"]
        stored = self.hub.stored
        for path in changed:
            stored = stored.with_value(path, candidate.get(path))
        try:
            self.store.save(stored)
        except OSError as exc:
            log.error("settings not saved: %s", exc)
            dialog.set_status(self.tr("The settings could not be saved: {error}").format(error=exc), "error")
            return None
        current = replace(candidate, broker=self.broker.settings) if self.broker is not None else candidate
        self.hub.update(stored=stored, current=current)
        if "appearance.language" in changed and self.language is not None:
            self.language.switch(candidate.appearance.language)
        if "appearance.theme" in changed and self.theme is not None:
            self.theme.apply(candidate.appearance.theme)
        message = self.tr("Settings saved.")
        if any(p.startswith("storage.") for p in changed):
            message += " " + self.tr("Storage changes apply at the next start.")
        if problems:  # the rest is saved; the refused value is back to what it is
            dialog.load(self.shown_settings(), self.hub.overrides)
            dialog.show_problems(problems)
            message = " ".join(problem_message(p) for p in problems)
        dialog.set_status(message, "error" if problems else "ok")
        if self.notifier is not None:
            self.notifier.show(message)
        log.info("settings saved: %s", ", ".join(changed))
        self.saved.emit(current)
        return None if problems else current
