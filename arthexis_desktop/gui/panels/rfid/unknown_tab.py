"""Tags presented at chargers that are not in the register, with Enroll (allowed, next label
number, optional name) and Block (refused everywhere from now on)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from arthexis_desktop.core.events import TagPresented, TagRegisterChanged
from arthexis_desktop.core.model import UnknownTag
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.panels.rfid.base import (
    FetchingTab,
    select_key,
    selected_keys,
    set_records_keeping_selection,
)
from arthexis_desktop.gui.panels.rfid.records import Cell, RecordModel
from arthexis_desktop.gui.widgets.tables import fit_columns, setup_table


class UnknownTab(FetchingTab):
    EVENT_LOAD_INTERVAL_S = 1.0

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.summary = QLabel()
        self.summary.setObjectName("unknown_summary")
        self.summary.setWordWrap(True)
        self.model: RecordModel[UnknownTag] = RecordModel(
            [
                self.tr("UID"),
                self.tr("Times seen"),
                self.tr("First seen"),
                self.tr("Last seen"),
                self.tr("Last charger"),
            ],
            lambda t: [
                t.uid,
                Cell(str(t.times_seen), align_right=True),
                fmt.format_local_time(t.first_seen_at),
                fmt.format_local_time(t.last_seen_at),
                t.last_charger_id or "—",
            ],
            lambda t: t.uid,
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("unknown_table")
        self.table.setModel(self.model)
        setup_table(self.table)
        stamp = "2026-12-31 23:59"
        fit_columns(self.table, {0: "04E91C2A5B6F80", 1: "9999", 2: stamp, 3: stamp, 4: "CHARGER-0001"})
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("unknown_name")
        self.name_edit.setMaxLength(64)
        self.name_edit.setPlaceholderText(self.tr("Name (optional), e.g. Van 3"))
        self.name_edit.returnPressed.connect(self.enroll_selected)
        self.enroll_button = self._button("unknown_enroll", self.tr("Enroll"), self.enroll_selected)
        self.enroll_button.setToolTip(self.tr("Add the selected tag to the register as allowed"))
        self.block_button = self._button("unknown_block", self.tr("Block"), self.block_selected)
        self.block_button.setToolTip(self.tr("Add the selected tag to the register as blocked"))
        actions = QHBoxLayout()
        actions.addWidget(self.name_edit, 1)
        actions.addWidget(self.enroll_button)
        actions.addWidget(self.block_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self._update_actions()

    @staticmethod
    def _button(name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def on_presented(self, event: TagPresented) -> None:
        if not event.decision.known:
            self.mark_stale()

    def on_register_changed(self, _event: TagRegisterChanged) -> None:
        self.mark_stale()

    async def load(self) -> list[UnknownTag]:
        return await self.register.tags.unknown_tags()

    def apply(self, data: list[UnknownTag]) -> None:
        set_records_keeping_selection(self.table, self.model, data)
        self.summary.setText(
            self.tr("%n tag(s) presented at chargers are not in the register.", "", len(data))
            if data
            else self.tr(
                "No unknown tags. Tags presented at chargers that are not in the register show here."
            )
        )
        self._update_actions()

    def select_uid(self, uid: str) -> bool:
        return select_key(self.table, self.model, uid)

    def _update_actions(self) -> None:
        selected = bool(selected_keys(self.table))
        self.enroll_button.setEnabled(selected)
        self.block_button.setEnabled(selected)

    def enroll_selected(self) -> None:
        uids = selected_keys(self.table)
        if not uids:
            return
        uid, name = uids[0], self.name_edit.text().strip()
        self.name_edit.clear()
        self.run_action(
            self.register.tags.enrol_unknown(uid, name=name),
            lambda tag: self.tr("{uid} enrolled as No. {number}.").format(
                uid=tag.uid, number=tag.label_number
            ),
        )

    def block_selected(self) -> None:
        uids = selected_keys(self.table)
        if not uids:
            return
        self.run_action(
            self.register.tags.block_unknown(uids[0]),
            lambda tag: self.tr("{uid} blocked: every charger refuses it.").format(uid=tag.uid),
        )
