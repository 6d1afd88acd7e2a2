"""Exporting transactions to CSV: filter by charger, start date range and card, then a file name.

The columns are the service's (``services.tag_csv.TRANSACTION_COLUMNS``, listed in the README).
Dates are local days: "from" is the start of that day, "until" includes the whole day.
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.rfid.files import ask_path


def local_day_start(day: date) -> datetime:
    return datetime.combine(day, time(0)).astimezone()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class TransactionsExportDialog(QDialog):
    def __init__(self, context: PanelContext, charger_ids: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setObjectName("transactions_export_dialog")
        self.setWindowTitle(self.tr("Export transactions"))
        self.written: int | None = None
        self.charger_combo = QComboBox()
        self.charger_combo.setObjectName("export_charger")
        self.charger_combo.addItem(self.tr("All chargers"), None)
        for charger_id in charger_ids:
            self.charger_combo.addItem(charger_id, charger_id)
        today = QDate.currentDate()
        self.since_check, self.since_edit = self._date("export_since", today.addDays(-30))
        self.until_check, self.until_edit = self._date("export_until", today)
        self.tag_edit = QLineEdit()
        self.tag_edit.setObjectName("export_tag")
        self.tag_edit.setPlaceholderText(self.tr("any card (or a UID)"))
        self.tag_edit.setMaxLength(40)
        form = QFormLayout()
        form.addRow(self.tr("Charger"), self.charger_combo)
        form.addRow(self.tr("Started from"), self._row(self.since_check, self.since_edit))
        form.addRow(self.tr("Started until"), self._row(self.until_check, self.until_edit))
        form.addRow(self.tr("Card"), self.tag_edit)
        self.result_label = QLabel()
        self.result_label.setObjectName("export_result")
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setObjectName("export_transactions")
        self.export_button.clicked.connect(self.ask_file)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _date(self, name: str, default: QDate) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox()
        check.setObjectName(f"{name}_on")
        edit = QDateEdit(default)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        return check, edit

    @staticmethod
    def _row(check: QCheckBox, edit: QDateEdit) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(check)
        row.addWidget(edit, 1)
        return row

    def filters(self) -> dict[str, Any]:
        since = local_day_start(_day(self.since_edit.date())) if self.since_check.isChecked() else None
        until = None
        if self.until_check.isChecked():
            until = local_day_start(_day(self.until_edit.date()) + timedelta(days=1))
        return {
            "charger_id": self.charger_combo.currentData(),
            "since": since,
            "until": until,
            "tag": self.tag_edit.text().strip() or None,
        }

    def ask_file(self) -> None:
        ask_path(
            self,
            title=self.tr("Export transactions"),
            name_filter=self.tr("CSV files (*.csv)"),
            suggested=f"transactions-{date.today().isoformat()}.csv",
            suffix="csv",
            save=True,
            then=self.export_to,
            object_name="transactions_file_dialog",
        )

    def export_to(self, path: Path) -> asyncio.Task[None] | None:
        if self._context.register is None:
            return None
        csv, filters = self._context.register.csv, self.filters()
        self.export_button.setEnabled(False)

        async def run() -> None:
            try:
                count = await csv.export_transactions_file(path, **filters)
            except Exception as exc:
                self._show(describe_error(exc), "#dc2626")
                return
            finally:
                self.export_button.setEnabled(True)
            self.written = count
            text = self.tr("%n transaction(s) written to {path}.", "", count).format(path=path)
            self._show(text, "#15803d")
            self._context.notifier.show(text)

        return self._context.tasks.spawn(run(), name="export-transactions")

    def _show(self, text: str, colour: str) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(f"color: {colour};")
        self.result_label.show()
