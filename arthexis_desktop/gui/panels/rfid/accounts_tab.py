"""Accounts: list, create, edit, delete, add kWh credit, and the cards of the selected account."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget

from arthexis_desktop.core.events import TagRegisterChanged
from arthexis_desktop.core.model import Account, Tag
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.rfid.account_dialogs import AccountDialog, CreditDialog
from arthexis_desktop.gui.panels.rfid.base import FetchingTab, selected_keys
from arthexis_desktop.gui.panels.rfid.records import Cell, RecordModel
from arthexis_desktop.gui.widgets.tables import fit_columns, setup_table


class AccountsTab(FetchingTab):
    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: AccountDialog | CreditDialog | None = None
        self.model: RecordModel[Account] = RecordModel(
            [
                self.tr("Account"),
                self.tr("Contact"),
                self.tr("Cards"),
                self.tr("Credit"),
                self.tr("Used"),
                self.tr("Balance"),
                self.tr("Service"),
                self.tr("Concurrent"),
            ],
            self._render,
            lambda a: a.id,
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("accounts_table")
        self.table.setModel(self.model)
        setup_table(self.table)
        kwh = "123,456.00 kWh"
        fit_columns(self.table, {0: "ACME FLEET SERVICES", 1: "+1 555 0100", 3: kwh, 4: kwh, 5: kwh})
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

        self.new_button = self._button("account_new", self.tr("New account…"), self.new_account)
        self.edit_button = self._button("account_edit", self.tr("Edit…"), self.edit_selected)
        self.credit_button = self._button("account_credit", self.tr("Add credit…"), self.add_credit)
        self.delete_button = self._button("account_delete", self.tr("Delete…"), self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.credit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.tags_title = QLabel(self.tr("Cards of the selected account"))
        self.tags_title.setStyleSheet("font-weight: 600;")
        self.tags_model: RecordModel[Tag] = RecordModel(
            [self.tr("Label"), self.tr("UID"), self.tr("Name"), self.tr("State")],
            lambda t: [
                str(t.label_number) if t.label_number is not None else "—",
                t.uid,
                t.label,
                Cell(self.tr("Allowed"), fmt.GREEN) if t.allowed else Cell(self.tr("Blocked"), fmt.RED),
            ],
            lambda t: t.uid,
            self,
        )
        self.tags_table = QTableView()
        self.tags_table.setObjectName("account_tags")
        self.tags_table.setModel(self.tags_model)
        setup_table(self.tags_table)
        fit_columns(self.tags_table, {0: "00000", 1: "04E91C2A5B6F80", 2: "Van 3 — spare"})
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 4, 0, 0)
        lower_layout.addWidget(self.tags_title)
        lower_layout.addWidget(self.tags_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        self._update_actions()

    @staticmethod
    def _button(name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def on_register_changed(self, _event: TagRegisterChanged) -> None:
        self.mark_stale()

    # -- loading ---------------------------------------------------------------------------------
    def selected_account(self) -> Account | None:
        ids = selected_keys(self.table)
        row = self.model.row_of(ids[0]) if ids else None
        return self.model.record(row) if row is not None else None

    async def load(self) -> tuple[list[Account], list[Tag]]:
        tags = self.register.tags
        selected = self.selected_account()
        own = await tags.account_tags(selected.id) if selected is not None and selected.id is not None else []
        return await tags.accounts(), own

    def apply(self, data: tuple[list[Account], list[Tag]]) -> None:
        accounts, own = data
        keep = selected_keys(self.table)
        self.model.set_records(accounts)
        for key in keep:
            row = self.model.row_of(key)
            if row is not None:
                self.table.selectRow(row)
        self.tags_model.set_records(own if self.selected_account() is not None else [])
        self._update_actions()

    def _selection_changed(self) -> None:
        self.tags_model.set_records([])
        self._update_actions()
        account = self.selected_account()
        if account is not None:
            self.tags_title.setText(self.tr("Cards of {name}").format(name=account.name))
            self.refresh_now()
        else:
            self.tags_title.setText(self.tr("Cards of the selected account"))

    def _update_actions(self) -> None:
        selected = self.selected_account() is not None
        for button in (self.edit_button, self.credit_button, self.delete_button):
            button.setEnabled(selected)

    # -- actions ---------------------------------------------------------------------------------
    def _open(
        self,
        dialog: AccountDialog | CreditDialog,
        work: Callable[[dict[str, Any]], Awaitable[Account]],
        done: str,
    ) -> None:
        """Show ``dialog``; on OK run ``work(values)``: success closes it, a refusal stays in it."""
        self.dialog = dialog

        def submitted(values: dict[str, Any]) -> None:
            async def run() -> None:
                try:
                    account = await work(values)
                except Exception as exc:
                    dialog.show_error(describe_error(exc))
                    return
                dialog.accept()
                self.show_status(done.format(name=account.name), "ok")
                self.refresh_now()

            self.context.tasks.spawn(run(), name="account-save")

        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _code: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: AccountDialog | CreditDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def new_account(self) -> AccountDialog:
        tags = self.register.tags
        dialog = AccountDialog(None, self)
        self._open(dialog, lambda v: tags.create_account(**v), self.tr("Account {name} created."))
        return dialog

    def edit_selected(self) -> AccountDialog | None:
        account = self.selected_account()
        if account is None or account.id is None:
            return None
        tags, account_id = self.register.tags, account.id
        dialog = AccountDialog(account, self)
        self._open(dialog, lambda v: tags.update_account(account_id, **v), self.tr("Account {name} saved."))
        return dialog

    def add_credit(self) -> CreditDialog | None:
        account = self.selected_account()
        if account is None or account.id is None:
            return None
        tags, account_id = self.register.tags, account.id
        dialog = CreditDialog(account, self)
        self._open(dialog, lambda v: tags.add_credit(account_id, **v), self.tr("Credit added to {name}."))
        return dialog

    def delete_selected(self) -> None:
        account = self.selected_account()
        if account is None or account.id is None:
            return
        tags, account_id, name = self.register.tags, account.id, account.name

        def delete() -> asyncio.Task[None]:
            return self.run_action(
                tags.delete_account(account_id, detach_tags=True),
                lambda _r: self.tr("Account {name} deleted.").format(name=name),
            )

        self.confirm(
            self.tr("Delete account"),
            self.tr(
                "Delete the account {name}? Its %n card(s) stay in the register without an account.",
                "",
                account.tag_count,
            ).format(name=name),
            delete,
            name="confirm_delete_account",
        )

    # -- cells -----------------------------------------------------------------------------------
    def _render(self, account: Account) -> list[Cell | str]:
        balance = account.balance_wh
        low = balance is not None and balance <= 0 and not account.service_account
        return [
            account.name,
            account.contact,
            Cell(str(account.tag_count), align_right=True),
            Cell(
                fmt.format_kwh(account.credit_wh)
                if account.credit_wh is not None
                else self.tr("not limited"),
                align_right=True,
            ),
            Cell(fmt.format_kwh(account.used_wh) if account.credit_wh is not None else "", align_right=True),
            Cell(
                fmt.format_kwh(balance) if balance is not None else "",
                fmt.RED if low else None,
                align_right=True,
            ),
            self.tr("yes") if account.service_account else "",
            self.tr("yes") if account.allow_concurrent else "",
        ]
