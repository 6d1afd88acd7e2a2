"""The "RFID cards" panel: enrol cards at a reader, the register, accounts, unknown tags seen at
chargers, local lists and reservations, and CSV import/export.

It is a set of tabs, each a ``ClockedPanel``: events (through the bridge) only mark tabs stale;
the tab on screen loads and redraws on the shared clock, the others wait until they are shown.
The Data menu holds the CSV import/export of the register and the transactions export.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QTabWidget, QToolButton, QVBoxLayout, QWidget

from arthexis_desktop.gui.context import FocusRequests, PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.file_dialogs import ask_path
from arthexis_desktop.gui.panels.rfid.accounts_tab import AccountsTab
from arthexis_desktop.gui.panels.rfid.base import StatusLabel
from arthexis_desktop.gui.panels.rfid.csv_import import ImportDialog
from arthexis_desktop.gui.panels.rfid.enroll_tab import EnrollTab
from arthexis_desktop.gui.panels.rfid.lists_tab import ListsTab
from arthexis_desktop.gui.panels.rfid.register_tab import RegisterTab
from arthexis_desktop.gui.panels.rfid.reservations_tab import ReservationsTab
from arthexis_desktop.gui.panels.rfid.scan_input import WedgeKeyFilter
from arthexis_desktop.gui.panels.rfid.unknown_tab import UnknownTab
from arthexis_desktop.gui.transactions_export import TransactionsExportDialog

log = logging.getLogger(__name__)


class RfidPanel(QWidget):
    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.import_dialog: ImportDialog | None = None
        self.export_dialog: TransactionsExportDialog | None = None
        self.enroll = EnrollTab(context)
        self.register_tab = RegisterTab(context)
        self.accounts = AccountsTab(context)
        self.unknown = UnknownTab(context)
        self.lists = ListsTab(context)
        self.reservations = ReservationsTab(context)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("rfid_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.enroll, self.tr("Enroll"))
        self.tabs.addTab(self.register_tab, self.tr("Register"))
        self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.tabs.addTab(self.unknown, self.tr("Unknown tags"))
        self.tabs.addTab(self.lists, self.tr("Local lists"))
        self.tabs.addTab(self.reservations, self.tr("Reservations"))

        self.data_button = QToolButton()
        self.data_button.setObjectName("rfid_data")
        self.data_button.setText(self.tr("Data"))
        self.data_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.data_button)
        menu.setObjectName("rfid_data_menu")
        menu.addAction(self.tr("Export register…"), self.ask_export_register)
        menu.addAction(self.tr("Import register…"), self.ask_import_register)
        menu.addSeparator()
        menu.addAction(self.tr("Export transactions…"), self.open_transactions_export)
        self.data_button.setMenu(menu)
        self.tabs.setCornerWidget(self.data_button)
        self.status = StatusLabel("rfid_status")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if context.register is None:  # a stand-in runtime without the register services
            missing = QLabel(self.tr("The tag register is not available in this window."))
            missing.setObjectName("rfid_missing")
            row = QHBoxLayout()
            row.addWidget(missing)
            layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self._connect(context)

    def _connect(self, context: PanelContext) -> None:
        bridge = context.bridge
        bridge.tag_scanned.connect(self.enroll.on_scanned)
        bridge.tag_scanned.connect(self.register_tab.on_scanned)
        for tab in (self.enroll, self.register_tab, self.accounts, self.unknown):
            bridge.tag_register_changed.connect(tab.on_register_changed)
        bridge.tag_presented.connect(self.register_tab.on_presented)
        bridge.tag_presented.connect(self.unknown.on_presented)
        for signal in (
            bridge.local_list_sent,
            bridge.charger_connected,
            bridge.charger_disconnected,
            bridge.boot_notified,
        ):
            signal.connect(self.lists.mark_stale)
        bridge.reservation_updated.connect(self.reservations.on_updated)
        self.enroll.card_shown.connect(self.register_tab.highlight)
        self.wedge_filter = WedgeKeyFilter(context.wedge)  # a scan typed into a card's fields
        for editor in (self.enroll.editor, self.register_tab.detail.editor):
            self.wedge_filter.watch(editor.name_edit, editor.owner_edit, editor.label_edit, editor.notes_edit)
        self.wedge_filter.watch(self.register_tab.search_edit)

    def focus(self, kind: str, value: str) -> None:
        """A tag asked for elsewhere (routed by the window's focus router): the register, searched
        for it."""
        if kind == FocusRequests.RFID and value:
            self.tabs.setCurrentWidget(self.register_tab)
            self.register_tab.search_edit.setText(value)
            self.register_tab.refresh_now()

    def show_status(self, text: str, kind: str) -> None:
        self.status.show_text(text, kind)
        self._context.notifier.show(text)

    # -- CSV of the register ---------------------------------------------------------------------
    def ask_export_register(self) -> None:
        ask_path(
            self,
            title=self.tr("Export the register"),
            name_filter=self.tr("CSV files (*.csv)"),
            suggested="rfid-register.csv",
            suffix="csv",
            save=True,
            then=self.export_register_to,
            object_name="register_export_dialog",
        )

    def export_register_to(self, path: Path) -> asyncio.Task[None] | None:
        register = self._context.register
        if register is None:
            return None

        async def run() -> None:
            try:
                count = await register.csv.export_register_file(path)
            except Exception as exc:
                self.show_status(describe_error(exc), "error")
                return
            self.show_status(self.tr("%n card(s) written to {path}.", "", count).format(path=path), "ok")

        return self._context.tasks.spawn(run(), name="export-register")

    def ask_import_register(self) -> None:
        ask_path(
            self,
            title=self.tr("Import the register"),
            name_filter=self.tr("CSV files (*.csv *.txt);;All files (*)"),
            save=False,
            then=self.open_import,
            object_name="register_import_file_dialog",
        )

    def open_import(self, path: Path) -> ImportDialog:
        """The import dialog for ``path``, already checking the file (dry run)."""
        dialog = ImportDialog(self._context, path, self)
        self.import_dialog = dialog

        def finished(_code: int) -> None:
            if dialog.imported is not None:
                for tab in (self.register_tab, self.accounts, self.enroll):
                    tab.refresh_now()
            dialog.deleteLater()
            if self.import_dialog is dialog:
                self.import_dialog = None

        dialog.finished.connect(finished)
        dialog.open()
        dialog.check_file()
        return dialog

    # -- transactions ----------------------------------------------------------------------------
    def open_transactions_export(self) -> asyncio.Task[None]:
        async def run() -> None:
            try:
                chargers = await self._context.fleet.chargers()
            except Exception as exc:
                self.show_status(describe_error(exc), "error")
                return
            ids = sorted(c.charger_id for c in chargers)
            dialog = TransactionsExportDialog(self._context, self, charger_ids=ids)
            self.export_dialog = dialog
            dialog.finished.connect(lambda _code: dialog.deleteLater())
            dialog.open()

        return self._context.tasks.spawn(run(), name="transactions-export-form")
