"""Transactions panel: live and past charging sessions.

Stored sessions come from ``HistoryService.transactions`` on a slow clock (every 10 s while the
panel is visible) and at once when a TransactionStarted/Stopped signal arrives; live power and
energy of running sessions come from FleetState on the redraw clock.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.gui.clock import ClockedPanel
from arthexis_desktop.gui.context import FocusRequests, PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.i18n import is_language_change, refresh_table_texts
from arthexis_desktop.gui.panels import transactions_model as m
from arthexis_desktop.gui.panels.transactions_model import TransactionsModel, build_rows
from arthexis_desktop.gui.widgets.tables import fit_columns, setup_table

if TYPE_CHECKING:
    from arthexis_desktop.core.model import Transaction

log = logging.getLogger(__name__)

HISTORY_REFRESH = timedelta(seconds=10)
LIVE_REFRESH = timedelta(seconds=1)
HISTORY_LIMIT = 500


class TransactionsPanel(ClockedPanel):
    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context.clock, parent)
        self._context = context
        self._stored: dict[int, Transaction] = {}
        self._events_during_fetch: dict[int, Transaction] = {}
        self._fetch_task: asyncio.Task[None] | None = None
        self._fetch_again = True
        self._last_fetch = datetime.min.replace(tzinfo=UTC)
        self._last_redraw = datetime.min.replace(tzinfo=UTC)
        self._seen_version = -1
        self.fetch_count = 0

        self.model = TransactionsModel(self)
        self.table = QTableView()
        self.table.setObjectName("transactions_table")
        self.table.setModel(self.model)
        setup_table(self.table)
        samples = {
            m.COL_ID: "999",
            m.COL_CHARGER: "DEMO-0001",
            m.COL_CONNECTOR: "2",
            m.COL_TAG: "DEC0DE01",
            m.COL_START: "23:59:59",
            m.COL_STOP: "23:59:59",
            m.COL_DURATION: "0:00:00",
            m.COL_ENERGY: "10.00 kWh",
            m.COL_POWER: "22.00 kW",
            m.COL_REASON: "EVDisconnected",
            m.COL_STATUS: TransactionsModel.status_label("finished"),
        }
        fit_columns(self.table, samples)

        self.summary = QLabel()
        self.summary.setObjectName("transactions_summary")
        # the filter keeps room for its hint; the summary gives way (its tooltip has all of it)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setObjectName("refresh_transactions")
        refresh.clicked.connect(self.request_fetch)
        self.refresh_button = refresh
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("transactions_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Charger or tag…"))
        self.filter_edit.setMaximumWidth(260)
        self.filter_edit.setToolTip(self.tr("Show only the transactions of a charger or tag"))
        self._fit_filter()
        self.filter_edit.textChanged.connect(lambda _text: self.mark_dirty())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter_edit)
        top.addWidget(refresh)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setObjectName("export_transactions")
        self.export_button.setToolTip(self.tr("Export transactions by charger, date range and tag"))
        self.export_button.setEnabled(getattr(context, "register", None) is not None)
        self.export_button.clicked.connect(self.open_export)
        self.export_dialog: QDialog | None = None
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        context.bridge.transaction_started.connect(self._on_transaction_event)
        context.bridge.transaction_stopped.connect(self._on_transaction_event)

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Charger or tag…"))
        self.filter_edit.setToolTip(self.tr("Show only the transactions of a charger or tag"))
        self._fit_filter()
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Export transactions by charger, date range and tag"))
        refresh_table_texts(self.table)
        self.mark_dirty()  # the summary line at the next tick

    def _fit_filter(self) -> None:
        hint = self.filter_edit.fontMetrics().horizontalAdvance(self.filter_edit.placeholderText())
        self.filter_edit.setMinimumWidth(min(260, hint + 40))  # text margins and the clear button

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    def focus(self, kind: str, value: str) -> None:
        """The transactions of a tag, asked for elsewhere (e.g. a clipboard pattern's action)."""
        if kind == FocusRequests.TRANSACTIONS:
            self.filter_edit.setText(value.strip())
            self.request_fetch()

    def matches_filter(self, row: m.TransactionRow) -> bool:
        needle = self.filter_edit.text().strip().casefold()
        if not needle:
            return True
        return needle in row.charger_id.casefold() or needle in (row.id_tag or "").casefold()

    def open_export(self, *_signal_args: object) -> None:
        """The "Export CSV…" dialog (window-modal, not blocking the loop)."""
        from arthexis_desktop.gui.transactions_export import TransactionsExportDialog

        dialog = TransactionsExportDialog(self._context, self)
        dialog.finished.connect(lambda _code: setattr(self, "export_dialog", None))
        self.export_dialog = dialog
        dialog.open()

    # -- data ------------------------------------------------------------------------------------
    def _on_transaction_event(self, event: Any) -> None:
        tx = event.transaction
        self._stored[tx.id] = tx  # shown at once; the fetch confirms what storage holds
        self._events_during_fetch[tx.id] = tx
        self.mark_dirty()
        self.request_fetch()

    def request_fetch(self) -> None:
        """Reload stored transactions now if the panel is visible, else when it is shown."""
        self._fetch_again = True
        self.mark_dirty()
        if self.is_on_screen():
            self._start_fetch()

    def _start_fetch(self) -> None:
        if self._fetch_task is not None and not self._fetch_task.done():
            return  # the running fetch starts another when it ends (``_fetch_again``)
        self._fetch_again = False
        self._events_during_fetch = {}
        self._fetch_task = self._context.tasks.spawn(self._fetch(), name="transactions-fetch")

    async def _fetch(self) -> None:
        try:
            stored = await self._context.history.transactions(limit=HISTORY_LIMIT)
        except Exception as exc:
            log.warning("transactions could not be loaded: %s", exc)
            self.summary.setText(
                self.tr("Cannot load transactions: {error}").format(error=describe_error(exc))
            )
            return
        finally:
            self._last_fetch = datetime.now(UTC)
            self.fetch_count += 1
        # events that arrived while the query ran are at least as new as what it returned
        self._stored = {tx.id: tx for tx in stored} | self._events_during_fetch
        self.mark_dirty()
        if self._fetch_again and self.is_on_screen():
            self._start_fetch()

    # -- clocked redraw --------------------------------------------------------------------------
    def is_due(self) -> bool:
        now = self.clock.now
        if self._fetch_again or now - self._last_fetch >= HISTORY_REFRESH:
            self._start_fetch()
        if super().is_due():
            return True
        if not self.model.has_active:
            return False
        return (
            self._context.fleet_state.version != self._seen_version or now - self._last_redraw >= LIVE_REFRESH
        )

    def redraw(self) -> None:
        state = self._context.fleet_state
        self._seen_version = state.version
        self._last_redraw = self.clock.now
        every = build_rows(self._stored.values(), state.chargers(), self.clock.now)
        rows = [row for row in every if self.matches_filter(row)]
        self.model.now = self.clock.now
        self.model.set_rows(rows)
        active = sum(1 for r in rows if r.status == "active")
        text = self.tr("%n transaction(s) shown", "", len(rows)) + " · " + self.tr("%n active", "", active)
        if len(rows) != len(every):
            text += " · " + self.tr("filtered from %n", "", len(every))
        self.summary.setText(text)
        self.summary.setToolTip(text)
