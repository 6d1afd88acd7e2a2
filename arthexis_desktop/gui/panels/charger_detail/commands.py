"""Every CSMS -> charger command for the shown charger: the shared forms and controller of
``gui.commands`` (the same ones as the Chargers panel), the last result, and the charger's
recent commands with their answers from storage."""

from __future__ import annotations

import json
from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.model import CommandRecord
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.commands.catalog import COMMANDS, status_word
from arthexis_desktop.gui.commands.controller import CommandController
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.charger_detail.reloader import (
    Reloader,
    is_language_change,
    read_only_table,
    table_texts,
)
from arthexis_desktop.gui.tr import QT_TRANSLATE_NOOP

COMMANDS_LIMIT = 50
BUTTON_COLUMNS = 3
BUTTON_MIN_PX = 120
REQUEST_CHARS = 120
_RESULT_COLORS = {"pending": "#6b7280", "ok": "#15803d", "warning": "#b45309", "error": "#dc2626"}
_OUTCOMES = {
    "pending": (QT_TRANSLATE_NOOP("CommandOutcome", "waiting"), fmt.GREY),
    "ok": (QT_TRANSLATE_NOOP("CommandOutcome", "ok"), fmt.GREEN),
    "rejected": (QT_TRANSLATE_NOOP("CommandOutcome", "rejected"), fmt.ORANGE),
    "error": (QT_TRANSLATE_NOOP("CommandOutcome", "error"), fmt.RED),
    "timeout": (QT_TRANSLATE_NOOP("CommandOutcome", "no reply"), fmt.RED),
}


def _compact(value: object, limit: int = REQUEST_CHARS) -> str:
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def answer_text(record: CommandRecord) -> str:
    """The charger's answer in a few words: its status field, else the payload; or the error."""
    if record.error:
        return record.error
    response = record.response or {}
    keys = response.get("configurationKey")
    if isinstance(keys, list):
        unknown = response.get("unknownKey")
        text = QCoreApplication.translate("CommandAnswer", "%n key(s)", "", len(keys))
        if isinstance(unknown, list) and unknown:
            text += " · " + QCoreApplication.translate("CommandAnswer", "unknown: {keys}").format(
                keys=", ".join(str(k) for k in unknown)
            )
        return text
    status = response.get("status")
    if isinstance(status, str):
        data = response.get("data")
        return status_word(status) + (f" — {_compact(data, 60)}" if data else "")
    return _compact(response) if response else ""


class CommandsTab(QWidget):
    configuration_requested = Signal()  # "Get configuration…": the Configuration tab reads the keys

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.charger_id: str | None = None
        self.records: list[CommandRecord] = []
        self._fresh = False
        self.controller = CommandController(context, self)
        self.controller.result_changed.connect(self._show_result)
        self.reloader = Reloader(context.tasks, self._load, name="charger-commands", min_interval_s=0.5)

        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        for n, spec in enumerate(COMMANDS):
            button = QPushButton(spec.label)
            button.setObjectName(f"detail_command_{spec.id}")
            button.setToolTip(spec.action)
            button.setMinimumWidth(BUTTON_MIN_PX)
            button.clicked.connect(partial(self.request, spec.id))
            grid.addWidget(button, *divmod(n, BUTTON_COLUMNS))
            self.buttons[spec.id] = button
        grid.setColumnStretch(BUTTON_COLUMNS, 1)  # buttons keep their size; the rest is free
        self._has_result = False
        self.result_label = QLabel()
        self.result_label.setObjectName("detail_last_result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = read_only_table(5, "detail_commands")
        self.recent_label = QLabel()
        self.recent_label.setStyleSheet("font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addWidget(self.result_label)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.table, 1)
        context.bridge.command_completed.connect(self._on_command_completed)
        self.retranslate()

    def retranslate(self) -> None:
        for spec in COMMANDS:
            self.buttons[spec.id].setText(spec.label)
        if not self._has_result:
            self.result_label.setText(self.tr("Last command result: none yet"))
        self.recent_label.setText(self.tr("Recent commands to this charger"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Sent"), self.tr("Command"), self.tr("Request"), self.tr("Outcome"), self.tr("Answer")]
        )
        self._fresh = True  # outcomes and answers in the new language at the next tick

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    # -- charger ---------------------------------------------------------------------------------
    def set_charger(self, charger_id: str | None) -> None:
        self.charger_id = charger_id
        self.records = []
        self._fresh = True
        for button in self.buttons.values():
            button.setEnabled(charger_id is not None)
        self.reloader.request(now=True)

    def request(self, command_id: str, *_signal_args: object) -> None:
        """A command button: its form (shared with the Chargers panel), then the result here."""
        if self.charger_id is None:
            return
        if command_id == "get_configuration":
            self.configuration_requested.emit()
            return
        self.controller.request(command_id, self.charger_id)

    def _show_result(self, text: str, state: str) -> None:
        self._has_result = True
        self.result_label.setText(self.tr("Last command result: {text}").format(text=text))
        self.result_label.setStyleSheet(f"color: {_RESULT_COLORS.get(state, '#111827')};")

    def _on_command_completed(self, event: object) -> None:
        """The outcome as the event has it (storage may still be writing it): replace the
        pending row, or add the command on top."""
        command = getattr(event, "command", None)
        if not isinstance(command, CommandRecord) or command.charger_id != self.charger_id:
            return
        if any(r.id == command.id for r in self.records):
            self.records = [command if r.id == command.id else r for r in self.records]
        else:
            self.records = [command, *self.records][:COMMANDS_LIMIT]
        self._fresh = True

    # -- recent commands -------------------------------------------------------------------------
    async def _load(self) -> None:
        charger_id = self.charger_id
        if charger_id is None:
            return
        try:
            records = await self._context.history.commands(charger_id=charger_id, limit=COMMANDS_LIMIT)
        except Exception as exc:
            self.result_label.setText(describe_error(exc))
            return
        if charger_id == self.charger_id:
            self.records = records
            self._fresh = True

    def redraw(self, now: datetime) -> bool:
        if not self._fresh:
            return False
        self._fresh = False
        translate = QCoreApplication.translate
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            outcome_source, color = _OUTCOMES.get(record.outcome, (record.outcome, fmt.GREY))
            cells = [
                fmt.format_local_time(record.requested_at, now),
                record.action,
                _compact(record.request),
                translate("CommandOutcome", outcome_source),
                answer_text(record),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setForeground(QBrush(color))
                if col in (2, 4):
                    item.setToolTip(text)
                self.table.setItem(row, col, item)
        if self.records:
            self.table.resizeColumnsToContents()
        return True

    def rows(self) -> list[dict[str, str]]:
        """What the table shows, as {column title: text} (tests, copying)."""
        return table_texts(self.table)
