"""Chargers panel: the fleet table, approval of pending chargers, per-charger settings and the
command buttons.

Per-charger settings are not part of the live fleet state: the panel loads them from
``FleetService.chargers()`` when first shown and every 30 s while visible (another desktop on the
same database may change them), and takes what the settings dialog saved at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.model import AuthorizationPolicy, ChargerSettings
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.clock import ClockedPanel
from arthexis_desktop.gui.commands.catalog import COMMANDS, CommandSpec
from arthexis_desktop.gui.commands.controller import CommandController
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.i18n import is_language_change, refresh_table_texts
from arthexis_desktop.gui.panels.charger_settings import ChargerSettingsEditor
from arthexis_desktop.gui.panels.chargers_model import (
    CHARGER_ID_ROLE,
    COL_ADMISSION,
    COL_CONNECTION,
    COL_CONNECTORS,
    COL_ENERGY,
    COL_HEARTBEAT,
    COL_ID,
    COL_MODEL,
    COL_POWER,
    COL_SETTINGS,
    SORT_ROLE,
    ChargersModel,
    booted_text,
    connection_text,
    settings_text,
)
from arthexis_desktop.gui.widgets.chips import ChipsDelegate
from arthexis_desktop.gui.widgets.tables import fit_columns, setup_table

log = logging.getLogger(__name__)

RELATIVE_TIME_REFRESH = timedelta(seconds=1)
# Above this many chargers the table redraws at most once a second, not on every 4 Hz tick: with
# 1,000 chargers metering each second every tick changes hundreds of rows, and the redraw was the
# biggest piece of the window's own work on the loop (bench/run.py --window, py-spy).
LARGE_FLEET = 200
LARGE_FLEET_REFRESH = timedelta(seconds=1)
SETTINGS_REFRESH = timedelta(seconds=30)
_RESULT_COLORS = {"pending": "#6b7280", "ok": "#15803d", "warning": "#b45309", "error": "#dc2626"}


class ChargersPanel(ClockedPanel):
    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context.clock, parent)
        self._context = context
        self._seen_version = -1
        self._last_redraw = context.clock.now
        self.controller = CommandController(context, self)
        self.controller.result_changed.connect(self._show_result)
        self.settings_editor = ChargerSettingsEditor(context, self)
        self.settings_editor.result_changed.connect(self._show_result)
        self.settings_editor.settings_saved.connect(self._on_settings_saved)
        self._charger_settings: dict[str, ChargerSettings] = {}
        self._settings_task: asyncio.Task[None] | None = None
        self._settings_loaded_at = datetime.min.replace(tzinfo=UTC)

        self.model = ChargersModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(COL_ID)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setDynamicSortFilter(True)

        self.table = self._build_table()
        self.banner = QLabel()
        self.banner.setObjectName("pending_banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.result_label = QLabel(self.tr("Last command result: none yet"))
        self._has_result = False
        self.result_label.setObjectName("last_result")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._build_toolbar())
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.result_label)
        self._update_actions()

    # -- building --------------------------------------------------------------------------------
    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approve")
        self.approve_button.setToolTip(self.tr("Accept the selected charger at its next boot"))
        self.approve_button.clicked.connect(lambda: self._with_selection(self.controller.approve))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.setObjectName("reject")
        self.reject_button.clicked.connect(lambda: self._with_selection(self.controller.reject))
        bar.addWidget(self.approve_button)
        bar.addWidget(self.reject_button)
        bar.addWidget(self._separator())
        self.command_buttons: dict[str, QPushButton] = {}
        self._command_actions: list[tuple[QAction, CommandSpec]] = []  # labels follow the language
        menus = {"config": QMenu(self), "more": QMenu(self)}
        self.settings_action = menus["config"].addAction(self.tr("Charger settings…"), self.open_settings)
        self.settings_action.setObjectName("action_charger_settings")
        menus["config"].addSeparator()
        for spec in COMMANDS:
            if spec.group == "main":
                button = QPushButton(spec.label)
                button.setObjectName(f"command_{spec.id}")
                button.clicked.connect(partial(self.request_command, spec.id))
                self.command_buttons[spec.id] = button
                bar.addWidget(button)
            else:
                action = menus[spec.group].addAction(spec.label, partial(self.request_command, spec.id))
                self._command_actions.append((action, spec))
        for group, label in (("config", self.tr("Configuration")), ("more", self.tr("More"))):
            button = QPushButton(label)
            button.setObjectName(f"command_menu_{group}")
            button.setMenu(menus[group])
            self.command_buttons[f"menu_{group}"] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("charger_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter by charger id…"))
        self.filter_edit.setClearButtonEnabled(True)
        placeholder_px = self.filter_edit.fontMetrics().horizontalAdvance(self.filter_edit.placeholderText())
        self.filter_edit.setMinimumWidth(max(140, placeholder_px + 36))  # room for the clear button
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        bar.addWidget(self.filter_edit)
        return bar

    @staticmethod
    def _separator() -> QFrame:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        return line

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("chargers_table")
        table.setModel(self.proxy)
        table.setItemDelegateForColumn(COL_CONNECTORS, ChipsDelegate(table))
        setup_table(table, row_padding_px=12)
        table.setSortingEnabled(True)
        table.sortByColumn(COL_ID, Qt.SortOrder.AscendingOrder)
        samples = {
            COL_ID: "CHARGER-0001",
            COL_MODEL: "Arthexis Sim 22 kW",
            COL_ADMISSION: fmt.admission_label("pending"),
            COL_SETTINGS: settings_text(ChargerSettings(AuthorizationPolicy.OPEN, lenient_validation=True)),
            COL_CONNECTION: connection_text(True, "OCPP 2.0.1"),
            COL_HEARTBEAT: booted_text(
                fmt.format_ago(self.clock.now - timedelta(minutes=59), self.clock.now)
            ),
            COL_POWER: "22.00 kW",
            COL_ENERGY: "100.00 kWh",
        }
        fit_columns(table, samples, stretch=COL_CONNECTORS)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        table.doubleClicked.connect(  # the Charger panel shows it (routed by the window)
            lambda index: self._context.request_focus("charger", str(index.data(CHARGER_ID_ROLE)))
        )
        return table

    # -- selection and actions -------------------------------------------------------------------
    def selected_charger_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(CHARGER_ID_ROLE) if rows else None

    def select_charger(self, charger_id: str) -> bool:
        """Select the row of ``charger_id`` (what a click does); False if it is not shown."""
        matches = self.proxy.match(
            self.proxy.index(0, COL_ID), CHARGER_ID_ROLE, charger_id, 1, Qt.MatchFlag.MatchExactly
        )
        if not matches:
            return False
        self.table.selectRow(matches[0].row())
        return True

    def open_settings(self, *_signal_args: object) -> None:
        """The "Charger settings…" dialog for the selected charger."""
        self._with_selection(self.settings_editor.open_for)

    def request_command(self, command_id: str, *_signal_args: object) -> None:
        self._with_selection(lambda charger_id: self.controller.request(command_id, charger_id))

    def _with_selection(self, action: Callable[[str], None]) -> None:
        charger_id = self.selected_charger_id()
        if charger_id is None:
            self._show_result(self.tr("Select a charger first."), "warning")
            return
        action(charger_id)

    def _update_actions(self) -> None:
        charger_id = self.selected_charger_id()
        row = self.model.row(charger_id) if charger_id else None
        self.approve_button.setEnabled(row is not None and row.admission != "accepted")
        self.reject_button.setEnabled(row is not None and row.admission != "rejected")
        for button in self.command_buttons.values():
            button.setEnabled(row is not None)

    def _context_menu(self, pos: QPoint) -> None:
        index: QModelIndex = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setObjectName("chargers_context_menu")
        approve = menu.addAction(self.tr("Approve"), lambda: self._with_selection(self.controller.approve))
        reject = menu.addAction(self.tr("Reject"), lambda: self._with_selection(self.controller.reject))
        approve.setEnabled(self.approve_button.isEnabled())
        reject.setEnabled(self.reject_button.isEnabled())
        menu.addAction(self.tr("Charger settings…"), self.open_settings)
        menu.addSeparator()
        for spec in COMMANDS:
            menu.addAction(spec.label, partial(self.request_command, spec.id))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def retranslate(self) -> None:
        """After a language change: every fixed text again (results keep the language they came in)."""
        self.approve_button.setText(self.tr("Approve"))
        self.approve_button.setToolTip(self.tr("Accept the selected charger at its next boot"))
        self.reject_button.setText(self.tr("Reject"))
        self.settings_action.setText(self.tr("Charger settings…"))
        for spec in COMMANDS:
            if spec.id in self.command_buttons:
                self.command_buttons[spec.id].setText(spec.label)
        for action, spec in self._command_actions:
            action.setText(spec.label)
        self.command_buttons["menu_config"].setText(self.tr("Configuration"))
        self.command_buttons["menu_more"].setText(self.tr("More"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by charger id…"))
        placeholder_px = self.filter_edit.fontMetrics().horizontalAdvance(self.filter_edit.placeholderText())
        self.filter_edit.setMinimumWidth(max(140, placeholder_px + 36))
        if not self._has_result:
            self.result_label.setText(self.tr("Last command result: none yet"))
        refresh_table_texts(self.table)
        self.mark_dirty()  # the banner and the cells are written in the new language at the next tick

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    def _show_result(self, text: str, state: str) -> None:
        self._has_result = True
        self.result_label.setText(self.tr("Last command result: {text}").format(text=text))
        self.result_label.setStyleSheet(f"color: {_RESULT_COLORS.get(state, '#111827')};")

    # -- per-charger settings ----------------------------------------------------------------------
    def _on_settings_saved(self, charger_id: str, settings: ChargerSettings) -> None:
        self._charger_settings[charger_id] = settings
        self.mark_dirty()

    def _maybe_load_settings(self) -> None:
        if self._settings_task is not None and not self._settings_task.done():
            return
        if self.clock.now - self._settings_loaded_at < SETTINGS_REFRESH:
            return
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # built without a running loop (redraw benchmarks): nothing to load
            return
        self._settings_loaded_at = self.clock.now
        self._settings_task = self._context.tasks.spawn(self._load_settings(), name="charger-settings")

    async def _load_settings(self) -> None:
        try:
            records = await self._context.fleet.chargers()
        except Exception as exc:  # shown as defaults; the next refresh tries again
            log.warning("per-charger settings could not be loaded: %s", exc)
            return
        self._charger_settings = {r.charger_id: r.settings for r in records}
        self.mark_dirty()

    # -- clocked redraw --------------------------------------------------------------------------
    def is_due(self) -> bool:
        self._maybe_load_settings()
        state = self._context.fleet_state
        if super().is_due():  # something the user did (a command, a filter): at once
            return True
        since = self.clock.now - self._last_redraw
        if self.model.rowCount() > LARGE_FLEET and since < LARGE_FLEET_REFRESH:
            return False  # a big fleet changes every tick; once a second is as much as anyone reads
        return state.version != self._seen_version or since >= RELATIVE_TIME_REFRESH

    def redraw(self) -> None:
        state = self._context.fleet_state
        self._seen_version = state.version
        self._last_redraw = self.clock.now
        self.model.refresh(state.chargers(), self.clock.now, self._charger_settings)
        self._update_banner([c.charger_id for c in state.pending])
        self._update_actions()

    def _update_banner(self, pending: list[str]) -> None:
        if not pending:
            self.banner.hide()
            return
        shown = ", ".join(pending[:5]) + (" …" if len(pending) > 5 else "")
        text = self.tr(
            "%n charger(s) waiting for approval: {ids}. Select one and click Approve.", "", len(pending)
        )
        self.banner.setText(text.format(ids=shown))
        self.banner.setStyleSheet(
            f"background: #fff7ed; color: #9a3412; border: 1px solid {fmt.ORANGE.name()};"
            " border-radius: 4px; padding: 4px 8px;"
        )
        self.banner.show()
