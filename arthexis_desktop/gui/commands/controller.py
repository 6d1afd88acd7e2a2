"""Runs operator actions on a charger: form -> asyncio task -> result shown, errors never swallowed.

The panel asks ``request(command_id, charger_id)``; the controller opens the form (window-modal,
not blocking the loop), sends the command as a task through the services and reports the outcome:
``result_changed`` for the panel's "Last command result" line, the status bar through the
notifier, and a message box for errors.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from arthexis_desktop.gui.commands.catalog import COMMANDS_BY_ID, CommandCatalog, CommandResult
from arthexis_desktop.gui.commands.results import ConfigurationDialog
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error


class CommandController(QObject):
    result_changed = Signal(str, str)  # text, state: "pending" | "ok" | "warning" | "error"

    def __init__(self, context: PanelContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._context = context
        self._parent = parent_widget
        self.catalog = CommandCatalog(self)
        self.active_dialog: QDialog | None = None  # the open form or result view (tests use it)
        self.message_box: QMessageBox | None = None  # the last error box

    # -- entry points ----------------------------------------------------------------------------
    def request(self, command_id: str, charger_id: str) -> None:
        """Open the form of ``command_id`` for ``charger_id``; sending happens when it is accepted."""
        charger = self._context.fleet_state.charger(charger_id)
        problem = self.catalog.precondition(command_id, charger)
        if problem is not None or charger is None:
            self._report(
                problem or self.tr("Charger {charger} is not known.").format(charger=charger_id), "error"
            )
            return
        form = self.catalog.build_form(command_id, charger, self._parent)
        form.accepted.connect(lambda: self._submit(command_id, charger_id, form.values()))
        form.finished.connect(lambda _code: self._forget(form))
        self._show(form)

    def approve(self, charger_id: str) -> None:
        self._start(
            self.tr("Approving {charger}…").format(charger=charger_id),
            lambda: self._admission(charger_id, approve=True),
        )

    def reject(self, charger_id: str) -> None:
        self._start(
            self.tr("Rejecting {charger}…").format(charger=charger_id),
            lambda: self._admission(charger_id, approve=False),
        )

    # -- running ---------------------------------------------------------------------------------
    def _submit(self, command_id: str, charger_id: str, values: dict[str, Any]) -> None:
        spec = COMMANDS_BY_ID[command_id]

        async def send() -> CommandResult:
            return await self.catalog.send(command_id, self._context.commands, charger_id, values)

        pending = self.tr("Sending {action} to {charger}…").format(action=spec.action, charger=charger_id)
        self._start(pending, send)

    def _start(self, pending_text: str, work: Callable[[], Awaitable[CommandResult]]) -> None:
        self.result_changed.emit(pending_text, "pending")

        async def run() -> None:
            try:
                result = await work()
            except Exception as exc:  # shown to the user, logged if unexpected
                self._report(describe_error(exc), "error")
                return
            self._report(result.text, "ok" if result.ok else "warning")
            if result.configuration is not None:
                self._show_configuration(result)

        self._context.tasks.spawn(run(), name="command")

    async def _admission(self, charger_id: str, *, approve: bool) -> CommandResult:
        if approve:
            await self._context.fleet.approve(charger_id)
            text = self.tr("{charger} approved; it is accepted at its next boot.").format(charger=charger_id)
        else:
            await self._context.fleet.reject(charger_id)
            text = self.tr("{charger} rejected.").format(charger=charger_id)
        return CommandResult(True, text)

    # -- showing ---------------------------------------------------------------------------------
    def _report(self, text: str, state: str) -> None:
        self.result_changed.emit(text, state)
        self._context.notifier.show(text)
        if state == "error":
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Command failed"), text, parent=self._parent)
            box.setObjectName("command_error_box")
            self.message_box = box
            box.open()

    def _show_configuration(self, result: CommandResult) -> None:
        dialog = ConfigurationDialog(
            result.charger_id, result.configuration or [], result.unknown_keys, self._parent
        )
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self._show(dialog)

    def _show(self, dialog: QDialog) -> None:
        self.active_dialog = dialog
        dialog.open()

    def _forget(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()
