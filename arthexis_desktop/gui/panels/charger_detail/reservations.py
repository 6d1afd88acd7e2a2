"""The reservations of one charger (ReserveNow for a card on a connector), on its Overview.

Loaded from the register in the background when the charger is chosen and when a
ReservationUpdated event names it (at most once a second, only while the Overview is in front).
Active reservations can be cancelled here; new ones are made in *RFID cards → Reservations*.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.model import Reservation, ReservationState
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.decision_texts import reservation_text
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.charger_detail.reloader import (
    Reloader,
    is_language_change,
    read_only_table,
    table_texts,
)

SHOWN = 10  # the newest reservations of the charger, active or not
_COLOURS = {
    ReservationState.ACCEPTED: fmt.GREEN,
    ReservationState.PENDING: fmt.GREY,
    ReservationState.REFUSED: fmt.RED,
    ReservationState.FAILED: fmt.RED,
}


class ReservationsBox(QGroupBox):
    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail_reservations")
        self._context = context
        self.register = context.register
        self.charger_id: str | None = None
        self.reservations: list[Reservation] = []
        self.reloader = Reloader(context.tasks, self._load, name="charger-reservations", min_interval_s=1.0)
        self.cancel_task: asyncio.Task[None] | None = None

        self.summary = QLabel()
        self.summary.setObjectName("reservations_summary")
        self.summary.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("detail_cancel_reservation")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.table = read_only_table(
            6, "detail_reservations_table", resize=QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMaximumHeight(170)
        self.table.itemSelectionChanged.connect(self._update_actions)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        if self.register is None:  # a window without the tag register has no reservations
            self.hide()
        context.bridge.reservation_updated.connect(self._on_updated)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Reservations"))
        self.cancel_button.setText(self.tr("Cancel reservation"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Connector"),
                self.tr("Card"),
                self.tr("Expires"),
                self.tr("State"),
                self.tr("Charger's answer"),
            ]
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    # -- loading ---------------------------------------------------------------------------------
    def set_charger(self, charger_id: str | None) -> None:
        self.charger_id = charger_id
        self.reservations = []
        self._fill()
        self.reloader.request(now=True)

    def _on_updated(self, event: object) -> None:
        if getattr(event, "charger_id", None) == self.charger_id:
            self.reloader.request()

    async def _load(self) -> None:
        charger_id = self.charger_id
        if charger_id is None or self.register is None:
            return
        try:
            found = await self.register.reservations.reservations(charger_id=charger_id, limit=SHOWN)
        except Exception as exc:
            if charger_id == self.charger_id:
                self.summary.setText(
                    self.tr("Reservations cannot be loaded: {error}").format(error=describe_error(exc))
                )
            return
        if charger_id == self.charger_id:
            self.reservations = found
            self._fill()

    # -- showing ---------------------------------------------------------------------------------
    def _fill(self) -> None:
        keep = self.selected()
        active = [r for r in self.reservations if r.active]
        if not self.reservations:
            self.summary.setText(
                self.tr("No reservations. Reserve a connector for a card in RFID cards → Reservations.")
            )
        else:
            self.summary.setText(self.tr("%n active reservation(s)", "", len(active)))
        self.table.setVisible(bool(self.reservations))  # none: the one line says so, no empty table
        self.cancel_button.setVisible(bool(self.reservations))
        self.table.setRowCount(len(self.reservations))
        for row, r in enumerate(self.reservations):
            answer = r.charger_status or ""
            if r.error:
                answer = f"{answer} — {r.error}" if answer else r.error
            cells = [
                str(r.id),
                str(r.connector_id) if r.connector_id else self.tr("any"),
                r.id_tag,
                fmt.format_local_time(r.expires_at),
                reservation_text(r.state),
                answer or fmt.DASH,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 4 and r.state in _COLOURS:
                    item.setForeground(QBrush(_COLOURS[r.state]))
                self.table.setItem(row, col, item)
            if keep is not None and r.id == keep.id:
                self.table.selectRow(row)
        self._update_actions()

    def selected(self) -> Reservation | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.reservations):
            return None
        return self.reservations[rows[0].row()]

    def _update_actions(self) -> None:
        reservation = self.selected()
        busy = self.cancel_task is not None and not self.cancel_task.done()
        self.cancel_button.setEnabled(reservation is not None and reservation.active and not busy)

    def rows(self) -> list[dict[str, str]]:
        return table_texts(self.table)

    # -- cancelling ------------------------------------------------------------------------------
    def cancel_selected(self) -> asyncio.Task[None] | None:
        reservation = self.selected()
        if reservation is None or self.register is None or not reservation.active:
            return None
        reservations = self.register.reservations

        async def run() -> None:
            try:
                done = await reservations.cancel(reservation.id)
            except Exception as exc:
                self.summary.setText(
                    self.tr("Reservation {number} not cancelled: {error}").format(
                        number=reservation.id, error=describe_error(exc)
                    )
                )
            else:
                self._context.notifier.show(
                    self.tr("Reservation {number}: {state}").format(
                        number=done.id, state=reservation_text(done.state)
                    )
                )
            finally:
                self.reloader.request(now=True)
                self._update_actions()

        self.cancel_task = self._context.tasks.spawn(run(), name="cancel-reservation")
        self._update_actions()
        return self.cancel_task
