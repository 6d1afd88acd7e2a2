"""The tag register: search and filters, multi-select bulk allow / block / release / delete, and
the selected card's entry and history on the right."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.events import TagPresented, TagRegisterChanged, TagScanned
from arthexis_desktop.core.model import Account, Tag, TagColour
from arthexis_desktop.core.rfid import reversed_uid
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.panels.rfid import texts
from arthexis_desktop.gui.panels.rfid.base import FetchingTab, selected_keys
from arthexis_desktop.gui.panels.rfid.detail import TagDetail
from arthexis_desktop.gui.panels.rfid.records import Cell, RecordModel
from arthexis_desktop.gui.widgets.tables import fit_columns, setup_table

SEARCH_DELAY_MS = 300
ALL = "all"


class RegisterTab(FetchingTab):
    EVENT_LOAD_INTERVAL_S = 1.0  # presentations at busy chargers move "last seen" all the time

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._accounts: dict[int | None, str] = {}
        self._pending_select: str | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("register_search")
        self.search_edit.setPlaceholderText(self.tr("Search number, UID, name, owner, account, notes"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_now)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.state_filter = self._filter(
            "filter_state",
            [(self.tr("Allowed and blocked"), ALL), (self.tr("Allowed"), True), (self.tr("Blocked"), False)],
        )
        self.released_filter = self._filter(
            "filter_released",
            [
                (self.tr("Released or not"), ALL),
                (self.tr("Released"), True),
                (self.tr("Not released"), False),
            ],
        )
        self.expired_filter = self._filter(
            "filter_expired",
            [(self.tr("Any expiry"), ALL), (self.tr("Expired"), True), (self.tr("Not expired"), False)],
        )
        self.colour_filter = self._filter(
            "filter_colour", [(self.tr("Any colour"), ALL)] + [(texts.colour_text(c), c) for c in TagColour]
        )
        self.account_filter = self._filter("filter_account", [(self.tr("Any account"), ALL)])
        filters = QHBoxLayout()
        for combo in (
            self.state_filter,
            self.released_filter,
            self.account_filter,
            self.colour_filter,
            self.expired_filter,
        ):
            filters.addWidget(combo)
        filters.addStretch(1)

        self.model: RecordModel[Tag] = RecordModel(
            [
                self.tr("Label"),
                self.tr("UID"),
                self.tr("Name"),
                self.tr("Account"),
                self.tr("State"),
                self.tr("Released"),
                self.tr("Last seen"),
                self.tr("Expires"),
                self.tr("Owner"),
                self.tr("Colour"),
            ],
            self._render,
            lambda t: t.uid,
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("register_table")
        self.table.setModel(self.model)
        setup_table(self.table, multi_select=True)
        fit_columns(
            self.table,
            {
                0: "00000",
                1: "04E91C2A5B6F80",
                2: "Van 3 — spare",
                3: "ACME FLEET",
                4: self.tr("Blocked"),
                6: "2026-12-31 23:59",
                7: "2026-12-31 23:59",
                8: "Dana Smith",
                9: texts.colour_text(TagColour.WHITE),
            },
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

        self.selection_label = QLabel()
        self.allow_button = self._bulk("bulk_allow", self.tr("Allow"), self.allow_selected)
        self.block_button = self._bulk("bulk_block", self.tr("Block"), self.block_selected)
        self.release_button = self._bulk("bulk_release", self.tr("Release"), self.release_selected)
        self.take_back_button = self._bulk("bulk_take_back", self.tr("Take back"), self.take_back_selected)
        self.delete_button = self._bulk("bulk_delete", self.tr("Delete…"), self.delete_selected)
        self.release_button.setToolTip(self.tr("Mark the selected cards as handed over to their holders"))
        self.take_back_button.setToolTip(self.tr("Mark the selected cards as returned (not released)"))
        bulk = QHBoxLayout()
        bulk.addWidget(self.selection_label, 1)
        for button in (
            self.allow_button,
            self.block_button,
            self.release_button,
            self.take_back_button,
            self.delete_button,
        ):
            bulk.addWidget(button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(bulk)
        self.detail = TagDetail(context)
        self.detail.editor.saved.connect(lambda _t: self.mark_stale())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self._update_actions()

    def _filter(self, name: str, choices: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        for text, value in choices:
            combo.addItem(text, value)
        combo.activated.connect(lambda _i: self.refresh_now())
        return combo

    @staticmethod
    def _bulk(name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- events ----------------------------------------------------------------------------------
    def on_register_changed(self, _event: TagRegisterChanged) -> None:
        self.mark_stale()

    def on_presented(self, event: TagPresented) -> None:
        if event.decision.known:
            self.mark_stale()  # last seen moved
            self._history_changed(event.decision.tag_uid)

    def on_scanned(self, event: TagScanned) -> None:
        self.mark_stale()
        self._history_changed(event.uid)

    def _history_changed(self, uid: str) -> None:
        shown = self.detail.tag
        if shown is not None and uid in (shown.uid, reversed_uid(shown.uid)):
            QTimer.singleShot(500, self.detail.load_history)  # after the service stored it

    def highlight(self, uid: str) -> None:
        """A scan brought this card up: paint and select its row (when it is listed)."""
        self.model.highlight(uid)
        self._pending_select = uid
        self.mark_stale()

    # -- loading ---------------------------------------------------------------------------------
    def _value(self, combo: QComboBox) -> Any:
        value = combo.currentData()
        return None if isinstance(value, str) and value == ALL else value

    async def load(self) -> tuple[list[Tag], list[Account]]:
        tags = self.register.tags
        account = self._value(self.account_filter)
        found = await tags.tags(
            self.search_edit.text().strip(),
            allowed=self._value(self.state_filter),
            released=self._value(self.released_filter),
            account_id=account,
            colour=self._value(self.colour_filter),
            expired=self._value(self.expired_filter),
        )
        return found, await tags.accounts()

    def apply(self, data: tuple[list[Tag], list[Account]]) -> None:
        tags, accounts = data
        self._accounts = {a.id: a.name for a in accounts}
        self._fill_accounts(accounts)
        self.detail.editor.set_accounts(accounts)
        selected = selected_keys(self.table)
        self.model.set_records(tags)
        pending = self._pending_select
        wanted = [pending] if pending is not None and self.model.row_of(pending) is not None else selected
        self._pending_select = None
        self._select(wanted)
        shown = self.detail.tag
        if shown is not None:
            row = self.model.row_of(shown.uid)
            if row is not None:
                self.detail.show_tag(self.model.record(row))
        self._update_actions()

    def _fill_accounts(self, accounts: list[Account]) -> None:
        current = self.account_filter.currentData()
        self.account_filter.clear()
        self.account_filter.addItem(self.tr("Any account"), ALL)
        for account in sorted(accounts, key=lambda a: a.name.lower()):
            self.account_filter.addItem(account.name, account.id)
        self.account_filter.setCurrentIndex(max(0, self.account_filter.findData(current)))

    def _select(self, uids: list[str]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for uid in uids:
            row = self.model.row_of(uid)
            if row is not None:
                selection.select(self.model.index(row, 0), flags)
                self.table.scrollTo(self.model.index(row, 0))

    def select_uids(self, uids: list[str]) -> None:
        self._select(uids)

    def _selection_changed(self) -> None:
        uids = selected_keys(self.table)
        if len(uids) == 1:
            row = self.model.row_of(uids[0])
            self.detail.show_tag(self.model.record(row) if row is not None else None)
        elif not uids:
            self.detail.show_tag(None)
        self._update_actions()

    def _update_actions(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        for button in (
            self.allow_button,
            self.block_button,
            self.release_button,
            self.take_back_button,
            self.delete_button,
        ):
            button.setEnabled(count > 0)
        total = self.model.rowCount()
        self.selection_label.setText(
            self.tr("%n card(s) listed", "", total)
            + (" · " + self.tr("%n selected", "", count) if count else "")
        )

    # -- bulk actions ----------------------------------------------------------------------------
    def allow_selected(self) -> None:
        uids = selected_keys(self.table)
        self.run_action(self.register.tags.allow(uids), lambda t: self.tr("%n card(s) allowed.", "", len(t)))

    def block_selected(self) -> None:
        uids = selected_keys(self.table)
        self.run_action(self.register.tags.block(uids), lambda t: self.tr("%n card(s) blocked.", "", len(t)))

    def release_selected(self) -> None:
        uids = selected_keys(self.table)
        self.run_action(
            self.register.tags.release(uids), lambda t: self.tr("%n card(s) released.", "", len(t))
        )

    def take_back_selected(self) -> None:
        uids = selected_keys(self.table)
        self.run_action(
            self.register.tags.release(uids, released=False),
            lambda t: self.tr("%n card(s) taken back.", "", len(t)),
        )

    def delete_selected(self) -> None:
        uids = selected_keys(self.table)
        if not uids:
            return
        tags = self.register.tags

        async def delete_all() -> int:
            for uid in uids:
                await tags.delete(uid)
            return len(uids)

        self.confirm(
            self.tr("Delete cards"),
            self.tr(
                "Delete %n card(s) from the register? Chargers will no longer accept them; "
                "their history stays.",
                "",
                len(uids),
            ),
            lambda: self.run_action(delete_all(), lambda n: self.tr("%n card(s) deleted.", "", n)),
            name="confirm_delete",
        )

    # -- cells -----------------------------------------------------------------------------------
    def _render(self, tag: Tag) -> list[Cell | str]:
        now = datetime.now(UTC)
        if not tag.allowed:
            state = Cell(self.tr("Blocked"), fmt.RED)
        elif tag.expires_at is not None and tag.expires_at <= now:
            state = Cell(self.tr("Expired"), fmt.ORANGE)
        else:
            state = Cell(self.tr("Allowed"), fmt.GREEN)
        return [
            Cell(str(tag.label_number) if tag.label_number is not None else "—", align_right=True),
            tag.uid,
            tag.label,
            self._accounts.get(tag.account_id, "") if tag.account_id is not None else "",
            state,
            self.tr("yes") if tag.released else self.tr("no"),
            fmt.format_local_time(tag.last_seen_at, now),
            fmt.format_local_time(tag.expires_at) if tag.expires_at else "",
            tag.owner,
            texts.colour_text(tag.colour),
        ]
