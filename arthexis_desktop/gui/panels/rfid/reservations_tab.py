"""Reservations: the list (state, card, charger, connector, expiry, the charger's answer),
"Reserve…" (ReserveNow for a card on a connector until an expiry) and "Cancel"."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.events import ReservationUpdated
from arthexis_desktop.core.model import ChargerRecord, Reservation, ReservationState, Tag
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.rfid import texts
from arthexis_desktop.gui.panels.rfid.account_dialogs import SubmitForm
from arthexis_desktop.gui.panels.rfid.base import (
    FetchingTab,
    first_selected,
    select_key,
    set_records_keeping_selection,
)
from arthexis_desktop.gui.panels.rfid.records import Cell, RecordModel
from arthexis_desktop.gui.panels.rfid.tag_form import from_qdatetime, to_qdatetime
from arthexis_desktop.gui.widgets.tables import fit_columns, setup_table

DEFAULT_HOLD = timedelta(hours=1)
_STATE_COLOURS = {
    ReservationState.ACCEPTED: fmt.PURPLE,
    ReservationState.REFUSED: fmt.RED,
    ReservationState.FAILED: fmt.RED,
    ReservationState.USED: fmt.GREEN,
}


class ReserveDialog(SubmitForm):
    """Charger, connector (0: any), card and expiry."""

    def __init__(self, chargers: list[ChargerRecord], tags: list[Tag], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reserve a connector"), "reserve_dialog", parent)
        self.charger_combo = QComboBox()
        self.charger_combo.setObjectName("reserve_charger")
        self.charger_combo.setEditable(True)
        for record in chargers:
            self.charger_combo.addItem(record.charger_id, record.charger_id)
        self.connector_spin = QSpinBox()
        self.connector_spin.setObjectName("reserve_connector")
        self.connector_spin.setRange(0, 99)
        self.connector_spin.setValue(1)
        self.connector_spin.setSpecialValueText(self.tr("any (0)"))
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("reserve_tag")
        self.tag_combo.setEditable(True)
        for tag in tags:
            number = str(tag.label_number) if tag.label_number is not None else "—"
            text = self.tr("{uid} — No. {number}").format(uid=tag.uid, number=number)
            self.tag_combo.addItem(f"{text} · {tag.label}" if tag.label else text, tag.uid)
        self.expires_edit = QDateTimeEdit(to_qdatetime(datetime.now(UTC) + DEFAULT_HOLD))
        self.expires_edit.setObjectName("reserve_expires")
        self.expires_edit.setCalendarPopup(True)
        self.expires_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        hint = QLabel(self.tr("OCPP 1.6 has no start time: the connector is held from now until the expiry."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b7280; font-weight: normal;")
        self.form.addRow(self.tr("Charger"), self.charger_combo)
        self.form.addRow(self.tr("Connector"), self.connector_spin)
        self.form.addRow(self.tr("Card"), self.tag_combo)
        self.form.addRow(self.tr("Until"), self.expires_edit)
        self.form.addRow("", hint)

    def values(self) -> dict[str, Any]:
        tag_index = self.tag_combo.currentIndex()
        typed = self.tag_combo.currentText().strip()
        listed = self.tag_combo.itemText(tag_index) == typed if tag_index >= 0 else False
        return {
            "charger_id": self.charger_combo.currentText().strip(),
            "connector_id": self.connector_spin.value(),
            "id_tag": self.tag_combo.itemData(tag_index) if listed else typed,
            "expires_at": from_qdatetime(self.expires_edit.dateTime()),
        }

    def check(self, values: dict[str, Any]) -> str:
        if not values["charger_id"]:
            return self.tr("Choose a charger.")
        if not values["id_tag"]:
            return self.tr("Choose a card.")
        return ""


class ReservationsTab(FetchingTab):
    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: ReserveDialog | None = None
        self.active_check = QCheckBox(self.tr("Active only"))
        self.active_check.setObjectName("reservations_active")
        self.active_check.toggled.connect(lambda _on: self.refresh_now())
        self.reserve_button = self._button("reserve", self.tr("Reserve…"), self.open_reserve)
        self.cancel_button = self._button(
            "cancel_reservation", self.tr("Cancel reservation"), self.cancel_selected
        )
        top = QHBoxLayout()
        top.addWidget(self.active_check, 1)
        top.addWidget(self.reserve_button)
        top.addWidget(self.cancel_button)
        self.model: RecordModel[Reservation] = RecordModel(
            [
                self.tr("No."),
                self.tr("State"),
                self.tr("Card"),
                self.tr("Charger"),
                self.tr("Connector"),
                self.tr("Until"),
                self.tr("Charger's answer"),
            ],
            self._render,
            lambda r: r.id,
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("reservations_table")
        self.table.setModel(self.model)
        setup_table(self.table)
        fit_columns(
            self.table,
            {
                0: "9999",
                1: texts.reservation_text(ReservationState.PENDING),
                2: "04E91C2A5B6F80",
                3: "CHARGER-0001",
                4: "99",
                5: "2026-12-31 23:59",
            },
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._update_actions()

    @staticmethod
    def _button(name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def on_updated(self, _event: ReservationUpdated) -> None:
        self.mark_stale()

    async def load(self) -> list[Reservation]:
        return await self.register.reservations.reservations(
            active=True if self.active_check.isChecked() else None
        )

    def apply(self, data: list[Reservation]) -> None:
        set_records_keeping_selection(self.table, self.model, data)
        self._update_actions()

    def selected(self) -> Reservation | None:
        return first_selected(self.table, self.model)

    def select_reservation(self, reservation_id: int) -> bool:
        return select_key(self.table, self.model, reservation_id)

    def _update_actions(self) -> None:
        reservation = self.selected()
        self.cancel_button.setEnabled(reservation is not None and reservation.active)

    # -- actions ---------------------------------------------------------------------------------
    def open_reserve(self) -> asyncio.Task[None]:
        """Load chargers and allowed cards, then show the form (``self.dialog``)."""

        async def run() -> None:
            try:
                chargers = await self.context.fleet.chargers()
                tags = await self.register.tags.tags(allowed=True, expired=False)
            except Exception as exc:
                self.show_status(describe_error(exc), "error")
                return
            self._show_dialog(ReserveDialog(sorted(chargers, key=lambda c: c.charger_id), tags, self))

        return self.context.tasks.spawn(run(), name="reserve-form")

    def _show_dialog(self, dialog: ReserveDialog) -> None:
        self.dialog = dialog
        reservations = self.register.reservations

        def submitted(values: dict[str, Any]) -> None:
            async def run() -> None:
                try:
                    reservation = await reservations.reserve(
                        values["charger_id"],
                        connector_id=values["connector_id"],
                        id_tag=values["id_tag"],
                        expires_at=values["expires_at"],
                    )
                except Exception as exc:
                    dialog.show_error(describe_error(exc))
                    self.refresh_now()
                    return
                dialog.accept()
                self.show_status(self._outcome_text(reservation), "ok" if reservation.active else "error")
                self.refresh_now()

            self.context.tasks.spawn(run(), name="reserve")

        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _code: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: ReserveDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _outcome_text(self, reservation: Reservation) -> str:
        return self.tr("Reservation {number} on {charger} connector {connector}: {state} ({answer})").format(
            number=reservation.id,
            charger=reservation.charger_id,
            connector=reservation.connector_id,
            state=texts.reservation_text(reservation.state),
            answer=reservation.charger_status or reservation.error or "—",
        )

    def cancel_selected(self) -> asyncio.Task[None] | None:
        reservation = self.selected()
        if reservation is None:
            return None
        return self.run_action(self.register.reservations.cancel(reservation.id), self._outcome_text)

    def _render(self, r: Reservation) -> list[Cell | str]:
        answer = r.charger_status or ""
        if r.error:
            answer = f"{answer} — {r.error}" if answer else r.error
        return [
            Cell(str(r.id), align_right=True),
            Cell(texts.reservation_text(r.state), _STATE_COLOURS.get(r.state)),
            r.id_tag,
            r.charger_id,
            Cell(str(r.connector_id) if r.connector_id else self.tr("any"), align_right=True),
            fmt.format_local_time(r.expires_at),
            answer,
        ]
