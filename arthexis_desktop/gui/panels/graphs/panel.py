"""Meter graphs: live values per charger, the site's total power, and stored transactions.

The panel owns a ``MeterSeriesStore`` fed from the bridge's signals from start-up, shown or not,
so the last hour is there when someone opens it. Drawing happens on the shared clock (<= 4 Hz)
and only while the panel is on screen: ``is_due`` compares a signature of what would be drawn
(choices + data versions) with the last one, so an idle or hidden panel costs nothing, and the
plot sets data only on curves whose series changed. pyqtgraph is imported when first shown.
"""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from arthexis_desktop.core.model import Transaction
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.clock import ClockedPanel
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.graphs import curves as cv
from arthexis_desktop.gui.panels.graphs.controls import (
    ALL_CONNECTORS,
    HISTORY,
    LIVE,
    SESSION,
    SITE,
    GraphControls,
)
from arthexis_desktop.gui.panels.graphs.export import csv_text
from arthexis_desktop.gui.panels.graphs.saving import GraphSaver
from arthexis_desktop.gui.panels.graphs.sources import FAILED, LOADING, StoredSamples
from arthexis_desktop.services.meter_series import MeterSeriesStore, epoch_s

if TYPE_CHECKING:
    from arthexis_desktop.gui.panels.graphs.plot import MeterPlot

log = logging.getLogger(__name__)

TRANSACTION_LIST_LIMIT = 200
RIGHT_PAD = 0.02  # share of the window left empty right of "now"


class GraphsPanel(ClockedPanel):
    def __init__(
        self, context: PanelContext, parent: QWidget | None = None, *, store: MeterSeriesStore | None = None
    ) -> None:
        super().__init__(context.clock, parent)
        self.context = context
        self.store = store if store is not None else MeterSeriesStore()
        bridge = context.bridge
        bridge.meter_sampled.connect(self.store.on_sampled)
        bridge.charger_disconnected.connect(self.store.on_disconnected)
        bridge.transaction_stopped.connect(self.store.on_transaction_stopped)
        bridge.connector_status_changed.connect(self.store.on_status)
        bridge.transaction_started.connect(self._on_transaction_event)
        bridge.transaction_stopped.connect(self._on_transaction_event)

        self.samples = StoredSamples(context.history, context.tasks, self.mark_dirty)
        self.saver = GraphSaver(self, context.tasks, context.notifier)
        self.controls = GraphControls(self)
        self.plot: MeterPlot | None = None
        self.hint = QLabel()
        self.hint.setObjectName("graph_hint")
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("graph_status")
        self.transactions: list[Transaction] = []
        self.follow = True  # the time range follows the data until the person pans or zooms
        self._signature: object = None
        self._listed = -1
        self._tx_task: asyncio.Task[None] | None = None
        self._tx_stale = True
        self._tx_error = ""
        self._hint = self._status = ""  # what the labels above the plot say after this redraw
        self._stack = cv.SiteStack()

        self._plot_area = QWidget()
        self._plot_layout = QVBoxLayout(self._plot_area)
        self._plot_layout.setContentsMargins(0, 0, 0, 0)
        self._plot_layout.addWidget(self.status)
        self._plot_layout.addWidget(self.hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.controls.side)
        splitter.addWidget(self._plot_area)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 820])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.controls.bar)
        layout.addWidget(splitter, 1)

        self.controls.changed.connect(self._on_choice)
        self.controls.transaction_chosen.connect(self._on_transaction_chosen)
        self.controls.refresh_transactions.connect(self._refresh_transactions)
        self.controls.export_csv.connect(lambda: self.saver.ask_csv(self.export_csv))
        self.controls.save_png.connect(lambda: self.saver.ask_png(self.save_png))
        self.controls.follow_live.connect(self._follow_again)

    # -- showing and choosing --------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_plot()
        if self.controls.current_mode() == HISTORY and self._tx_stale:
            self.fetch_transactions()
        super().showEvent(event)

    def ensure_plot(self) -> MeterPlot:
        if self.plot is None:
            from arthexis_desktop.gui.panels.graphs.plot import MeterPlot

            self.plot = MeterPlot()
            self.plot.user_moved.connect(self._on_user_moved)
            self._plot_layout.addWidget(self.plot, 1)
        return self.plot

    def _on_choice(self) -> None:
        self._follow_again()
        if self.controls.current_mode() == HISTORY and self._tx_stale:
            self.fetch_transactions()

    def _follow_again(self) -> None:
        self.follow = True
        self.controls.follow.hide()
        self.mark_dirty()

    def _on_user_moved(self) -> None:
        self.follow = False
        self.controls.follow.show()

    def _on_transaction_chosen(self, transaction_id: int) -> None:
        self._follow_again()
        self.samples.keep_only([transaction_id, *(tx.id for tx in self.session_transactions())])
        self.samples.get(transaction_id)

    def _on_transaction_event(self, event: Any) -> None:
        tx: Transaction = event.transaction
        self._tx_stale = True
        if tx.stop_time is not None:
            self.samples.refresh(tx.id)  # its final samples are stored now: fetched again if shown
        self.transactions = [tx if known.id == tx.id else known for known in self.transactions]
        if self.controls.current_mode() == HISTORY and self.is_on_screen():
            self.fetch_transactions()
        self.mark_dirty()

    # -- transactions (history view and the session window) --------------------------------------
    def _refresh_transactions(self) -> None:
        chosen = self.controls.chosen_transaction()
        if chosen is not None:
            self.samples.refresh(chosen)
        self.fetch_transactions()

    def fetch_transactions(self) -> asyncio.Task[None]:
        if self._tx_task is None or self._tx_task.done():
            self._tx_stale = False
            self._tx_task = self.context.tasks.spawn(self._load_transactions(), name="graph-transactions")
        return self._tx_task

    async def _load_transactions(self) -> None:
        try:
            self.transactions = await self.context.history.transactions(limit=TRANSACTION_LIST_LIMIT)
        except Exception as exc:
            log.warning("transactions could not be loaded: %s", exc)
            self._tx_error = self.tr("Cannot load transactions: {error}").format(error=describe_error(exc))
            self.mark_dirty()
            return
        self._tx_error = ""
        self.controls.set_transactions(self.transactions, datetime.now(UTC))
        self.mark_dirty()

    def history_transaction(self) -> Transaction | None:
        chosen = self.controls.chosen_transaction()
        return next((tx for tx in self.transactions if tx.id == chosen), None)

    def chosen_connectors(self) -> list[tuple[str, int]]:
        wanted = self.controls.connector_id()
        return [
            (charger_id, connector_id)
            for charger_id in self.controls.selected_chargers()
            for connector_id in self.store.connectors(charger_id)
            if wanted in (ALL_CONNECTORS, connector_id)
        ]

    def session_transactions(self) -> list[Transaction]:
        """The running transactions of the chosen connectors (from the live fleet state)."""
        found = []
        for charger_id, connector_id in self.chosen_connectors():
            live = self.context.fleet_state.charger(charger_id)
            connector = live.connectors.get(connector_id) if live is not None else None
            if connector is not None and connector.transaction is not None:
                found.append(connector.transaction)
        return found

    # -- clocked redraw --------------------------------------------------------------------------
    def signature(self) -> object:
        """Everything a redraw depends on; the same signature twice means nothing to draw."""
        c = self.controls
        mode = c.current_mode()
        common = (mode, c.window_s(), c.measurand.currentData(), tuple(c.selected_chargers()), self.follow)
        if mode == SITE:
            return (*common, self.store.site.version, c.limit_kw(), c.stacked.isChecked())
        scroll = int(time.time()) if self.follow else 0  # a following window moves once a second
        if mode == LIVE:
            return (*common, c.connector_id(), self.store.version, self.samples.version, scroll)
        tx = self.history_transaction()
        running = tx is not None and tx.stop_time is None
        return (*common, tx, self.samples.version, self.store.version if running else 0, scroll)

    def is_due(self) -> bool:
        self.store.tick()
        return super().is_due() or self.signature() != self._signature

    def redraw(self) -> None:
        self._signature = self.signature()
        chargers = self.store.chargers()
        if len(chargers) != self._listed:
            self._listed = len(chargers)
            self.controls.add_chargers(chargers)
        self.controls.set_connectors(
            sorted({k for c in self.controls.selected_chargers() for k in self.store.connectors(c)})
        )
        plot = self.ensure_plot()
        self._hint = self._status = ""
        mode = self.controls.current_mode()
        if mode != SITE:
            plot.set_limit(None)
        if mode == SITE:
            self._draw_site(plot)
        elif mode == LIVE:
            self._draw_live(plot)
        else:
            self._draw_history(plot)
        for label, text in ((self.hint, self._hint), (self.status, self._status)):
            if label.text() != text:
                label.setText(text)
            label.setVisible(bool(text))

    def _say(self, text: str) -> None:
        self._hint = text

    def _y_label(self, choice: cv.MeasurandChoice, curves: list[cv.Curve]) -> str:
        name = QCoreApplication.translate(cv.CONTEXT, choice.label_source)
        return f"{name} ({curves[0].unit})" if curves else name

    def _draw_live(self, plot: MeterPlot) -> None:
        choice = self.controls.choice()
        if not self.controls.selected_chargers():
            plot.clear()
            self._say(self.tr("Select one or more chargers on the left."))
            return
        connectors = self.chosen_connectors()
        now = time.time()
        window = self.controls.window_s()
        stored = {}
        start = now - 3600.0
        if window == SESSION:
            sessions = self.session_transactions()
            self.samples.keep_only([tx.id for tx in sessions] + [self.controls.chosen_transaction() or -1])
            starts = [epoch_s(tx.start_time) for tx in sessions if tx.start_time is not None]
            if starts:
                start = min(starts)
            else:
                self._say(self.tr("No running session on the chosen connectors: the last hour."))
            for tx in sessions:
                points = self.samples.get(tx.id)
                if points is not None:
                    stored[(tx.charger_id, tx.connector_id)] = points
        else:
            start = now - float(window)
        curves = cv.live_curves(self.store, connectors, choice, stored=stored)
        plot.show_curves(curves, y_label=self._y_label(choice, curves))
        if not curves:
            name = QCoreApplication.translate(cv.CONTEXT, choice.label_source)
            self._say(
                self.tr("No “{measurand}” samples from the chosen chargers yet.").format(measurand=name)
            )
        if self.follow:
            plot.set_x_range(start, now + (now - start) * RIGHT_PAD)
            plot.auto_y()

    def _draw_site(self, plot: MeterPlot) -> None:
        window = self.controls.window_s()
        span = self.store.history_s if window == SESSION else float(window)
        now = time.time()
        data = self.store.site.window(now - span)
        chosen = self.controls.selected_chargers()
        stacked = self._stack.choose(data, chosen, span) if self.controls.stacked.isChecked() else []
        curves = cv.site_curves(
            data,
            stacked,
            total_name=self.tr("Site total"),
            others_name=self.tr("Other chargers"),
            version=(self.store.site.version, span, tuple(stacked)),
        )
        plot.show_curves(curves, y_label=self.tr("Power (kW)"))
        limit = self.controls.limit_kw()
        text = self.tr("limit {power}").format(power=fmt.format_kw(limit * 1000)) if limit else ""
        plot.set_limit(limit, text)
        if self.follow:
            plot.set_x_range(now - span, now + span * RIGHT_PAD)
            top = max(float(data.total_w.max()) / 1000 if len(data.times) else 0.0, limit or 0.0)
            plot.set_y_range(0.0, top * 1.12 if top > 0 else 1.0)
        self._site_status(limit)

    def _site_status(self, limit_kw: float | None) -> None:
        current = self.store.site.current_w()
        if not current:
            self._say(self.tr("No charger has reported power yet."))
            return
        total_w = sum(current.values())
        drawing = sum(1 for power in current.values() if power > 0)
        text = self.tr("Now {power} · %n charger(s) drawing power", "", drawing).format(
            power=fmt.format_kw(total_w)
        )
        over = limit_kw is not None and total_w > limit_kw * 1000
        if limit_kw:
            share = fmt.format_number(total_w / (limit_kw * 1000) * 100, 0)
            text += " · " + self.tr("{share} % of the limit").format(share=share)
        self._status = text
        style = f"color: {fmt.RED.name()}; font-weight: 600;" if over else ""
        if self.status.styleSheet() != style:
            self.status.setStyleSheet(style)

    def _draw_history(self, plot: MeterPlot) -> None:
        tx = self.history_transaction()
        choice = self.controls.choice()
        if tx is None:
            plot.clear()
            self._say(self._tx_error or self.tr("Choose a transaction on the left."))
            return
        points = self.samples.get(tx.id)
        state = self.samples.state(tx.id)
        if points is None:
            plot.clear()
            if state == LOADING:
                self._say(self.tr("Loading transaction {id}…").format(id=tx.id))
            elif state == FAILED:
                self._say(
                    self.tr("Cannot load transaction {id}: {error}").format(
                        id=tx.id, error=self.samples.error(tx.id)
                    )
                )
            return
        running = tx.stop_time is None
        curves = cv.history_curves(
            points,
            choice,
            charger_id=tx.charger_id,
            connector_id=tx.connector_id,
            live=self.store if running else None,
            version=(tx.id, self.samples.version),
            factor=self.store.gap_factor,
        )
        plot.show_curves(curves, y_label=self._y_label(choice, curves))
        if not curves:
            name = QCoreApplication.translate(cv.CONTEXT, choice.label_source)
            self._say(
                self.tr("Transaction {id} has no stored “{measurand}” samples.").format(
                    id=tx.id, measurand=name
                )
            )
        if self.follow:
            times = [c.t for c in curves if len(c.t)]
            first = min(float(t[0]) for t in times) if times else time.time() - 60
            last = max(float(t[-1]) for t in times) if times else time.time()
            x0 = epoch_s(tx.start_time) if tx.start_time is not None else first
            x1 = epoch_s(tx.stop_time) if tx.stop_time is not None else max(last, time.time())
            plot.set_x_range(min(x0, first), max(x1, last) + (x1 - x0) * RIGHT_PAD)
            plot.auto_y()

    # -- export ----------------------------------------------------------------------------------
    def shown_csv(self) -> str:
        """The shown curves, cut to the shown time range, as CSV."""
        plot = self.ensure_plot()
        t_min, t_max = plot.x_range()
        return csv_text(plot.shown, t_min=t_min, t_max=t_max)

    def export_csv(self, path: Path) -> asyncio.Task[bool]:
        return self.saver.save_text(path, self.shown_csv())

    def save_png(self, path: Path) -> asyncio.Task[bool]:
        return self.saver.save_image(path, self.ensure_plot().image())
