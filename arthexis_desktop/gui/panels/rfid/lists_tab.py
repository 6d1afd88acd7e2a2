"""Local authorization lists per charger: on/off (the charger setting), the version it accepted,
the last result, and "Sync now" (Full), "Check version" (GetLocalListVersion), "Clear cache"."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from arthexis_desktop.core.errors import ArthexisError
from arthexis_desktop.core.model import ChargerRecord, LocalListState
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.panels.rfid import texts
from arthexis_desktop.gui.panels.rfid.base import (
    FetchingTab,
    first_selected,
    select_key,
    set_records_keeping_selection,
)
from arthexis_desktop.gui.panels.rfid.records import Cell, RecordModel
from arthexis_desktop.gui.widgets.tables import fit_columns, setup_table
from arthexis_desktop.services.commands import CommandOutcome
from arthexis_desktop.services.local_lists import LocalListOutcome


@dataclass(frozen=True)
class ListRow:
    charger: ChargerRecord
    connected: bool
    state: LocalListState

    @property
    def charger_id(self) -> str:
        return self.charger.charger_id


class ListsTab(FetchingTab):
    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._filling = False
        intro = QLabel(
            self.tr(
                "Chargers with the local list on get every released card (Full first, then only the "
                "changes) a few seconds after the register changes."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #6b7280; font-weight: normal;")
        self.model: RecordModel[ListRow] = RecordModel(
            [
                self.tr("Charger"),
                self.tr("Connected"),
                self.tr("Local list"),
                self.tr("Version"),
                self.tr("Last result"),
                self.tr("Sent"),
                self.tr("Charger says"),
            ],
            self._render,
            lambda r: r.charger_id,
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("local_lists_table")
        self.table.setModel(self.model)
        setup_table(self.table)
        fit_columns(
            self.table,
            {
                0: "CHARGER-0001",
                1: self.tr("yes"),
                2: self.tr("on"),
                3: "9999",
                4: "Version mismatch",
                5: "2026-12-31 23:59",
            },
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.enabled_check = QCheckBox(self.tr("Keep this charger's local list in step"))
        self.enabled_check.setObjectName("local_list_enabled")
        self.enabled_check.toggled.connect(self._toggled)
        self.sync_button = self._button("local_list_sync", self.tr("Sync now"), self.sync_selected)
        self.sync_button.setToolTip(self.tr("Send the whole list (Full update) now"))
        self.check_button = self._button("local_list_check", self.tr("Check version"), self.check_selected)
        self.clear_button = self._button("clear_cache", self.tr("Clear cache"), self.clear_cache_selected)
        self.clear_button.setToolTip(
            self.tr("Clear the charger's authorization cache (the local list stays)")
        )
        actions = QHBoxLayout()
        actions.addWidget(self.enabled_check, 1)
        for button in (self.sync_button, self.check_button, self.clear_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        self._selection_changed()

    @staticmethod
    def _button(name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- loading ---------------------------------------------------------------------------------
    async def load(self) -> list[ListRow]:
        chargers = await self.context.fleet.chargers()
        states = await asyncio.gather(*(self.register.local_lists.state(c.charger_id) for c in chargers))
        rows = []
        for record, state in zip(chargers, states, strict=True):
            live = self.context.fleet_state.charger(record.charger_id)
            rows.append(ListRow(record, live.connected if live is not None else record.connected, state))
        return sorted(rows, key=lambda r: r.charger_id)

    def apply(self, data: list[ListRow]) -> None:
        set_records_keeping_selection(self.table, self.model, data)
        self._selection_changed()

    def selected(self) -> ListRow | None:
        return first_selected(self.table, self.model)

    def select_charger(self, charger_id: str) -> bool:
        return select_key(self.table, self.model, charger_id)

    def _selection_changed(self) -> None:
        row = self.selected()
        self._filling = True
        try:
            self.enabled_check.setChecked(bool(row and row.charger.settings.local_list))
        finally:
            self._filling = False
        for widget in (self.enabled_check, self.sync_button, self.check_button, self.clear_button):
            widget.setEnabled(row is not None)

    # -- actions ---------------------------------------------------------------------------------
    def _toggled(self, on: bool) -> None:
        row = self.selected()
        if self._filling or row is None:
            return
        charger_id, settings = row.charger_id, replace(row.charger.settings, local_list=on)
        fleet, lists = self.context.fleet, self.register.local_lists

        async def apply() -> bool:
            await fleet.update_settings(charger_id, settings)
            if on:
                lists.request_resync([charger_id])
            return on

        self.run_action(
            apply(),
            lambda enabled: (
                self.tr("{charger}: local list on; it is sent in a few seconds.")
                if enabled
                else self.tr("{charger}: local list off; the charger keeps what it has.")
            ).format(charger=charger_id),
        )

    def sync_selected(self) -> asyncio.Task[None] | None:
        row = self.selected()
        if row is None:
            return None
        charger_id = row.charger_id

        async def sync() -> LocalListOutcome:
            outcome = await self.register.local_lists.sync(charger_id, full=True)
            if not outcome.ok:
                raise ListRefusedError(self._outcome_text(outcome))
            return outcome

        return self.run_action(sync(), self._outcome_text)

    def _outcome_text(self, outcome: LocalListOutcome) -> str:
        text = self.tr("{charger}: list version {version} ({count} entries): {status}").format(
            charger=outcome.charger_id,
            version=outcome.version,
            count=outcome.entries,
            status=texts.list_status_text(outcome.status),
        )
        return text + (f" — {outcome.error}" if outcome.error else "")

    def check_selected(self) -> asyncio.Task[None] | None:
        row = self.selected()
        if row is None:
            return None
        return self.run_action(
            self.register.local_lists.check_version(row.charger_id),
            lambda state: self.tr("{charger} holds list version {version}.").format(
                charger=state.charger_id, version=state.checked_version
            ),
        )

    def clear_cache_selected(self) -> asyncio.Task[None] | None:
        row = self.selected()
        if row is None:
            return None
        charger_id = row.charger_id

        def done(outcome: CommandOutcome) -> str:
            return self.tr("{charger}: ClearCache {status}").format(
                charger=charger_id, status=outcome.status or self.tr("done")
            )

        return self.run_action(self.context.commands.clear_cache(charger_id), done, refresh=False)

    # -- cells -----------------------------------------------------------------------------------
    def _render(self, row: ListRow) -> list[Cell | str]:
        state = row.state
        ok = state.last_status in (None, "Accepted")
        says = (
            ""
            if state.checked_version is None
            else self.tr("version {version}, {when}").format(
                version=state.checked_version, when=fmt.format_local_time(state.checked_at)
            )
        )
        return [
            row.charger_id,
            Cell(self.tr("yes"), fmt.GREEN) if row.connected else Cell(self.tr("no"), fmt.GREY),
            self.tr("on") if row.charger.settings.local_list else self.tr("off"),
            Cell(str(state.version) if state.version else "—", align_right=True),
            Cell(texts.list_status_text(state.last_status), None if ok else fmt.RED, state.last_error),
            fmt.format_local_time(state.synced_at),
            says,
        ]


class ListRefusedError(ArthexisError):
    """A SendLocalList the charger did not accept (shown like an error)."""
