"""Error history of a charger: the StatusNotifications that reported a problem (or, on request,
every status change), newest first, from storage."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.model import ConnectorStatus
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.charger_detail.reloader import (
    Reloader,
    is_language_change,
    read_only_table,
    table_texts,
)
from arthexis_desktop.gui.tasks import TaskRunner
from arthexis_desktop.services.charger_detail import ChargerDetailService, is_error

HISTORY_LIMIT = 500


class HistoryTab(QWidget):
    def __init__(
        self, service: ChargerDetailService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.charger_id: str | None = None
        self.entries: list[ConnectorStatus] = []
        self.error_count = 0
        self._fresh = False
        self.reloader = Reloader(tasks, self._load, name="charger-status-history", min_interval_s=1.0)

        self.all_box = QCheckBox()
        self.all_box.setObjectName("history_all")
        self.all_box.toggled.connect(lambda _on: self.reloader.request(now=True))
        self.summary = QLabel()
        self.summary.setObjectName("history_summary")
        self.table = read_only_table(6, "detail_error_history")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.all_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.all_box.setText(self.tr("Show every status change"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Connector"),
                self.tr("Status"),
                self.tr("Error code"),
                self.tr("Info"),
                self.tr("Vendor error"),
            ]
        )
        self._fresh = True  # rows and summary in the new language at the next tick

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    def set_charger(self, charger_id: str | None) -> None:
        self.charger_id = charger_id
        self.entries = []
        self.error_count = 0
        self._fresh = True
        self.summary.setText("")
        self.reloader.request(now=True)

    async def _load(self) -> None:
        charger_id, every = self.charger_id, self.all_box.isChecked()
        if charger_id is None:
            return
        try:
            history = await self._service.status_history(charger_id, limit=HISTORY_LIMIT)
        except Exception as exc:
            if charger_id == self.charger_id:
                self.summary.setText(
                    self.tr("Cannot load the history: {error}").format(error=describe_error(exc))
                )
            return
        if charger_id != self.charger_id:
            return
        errors = [s for s in history if is_error(s)]
        self.error_count = len(errors)
        self.entries = history if every else errors
        self._fresh = True

    def redraw(self, now: datetime) -> bool:
        """Show what the last load found; True when something changed."""
        if not self._fresh:
            return False
        self._fresh = False
        self.table.setRowCount(len(self.entries))
        for row, status in enumerate(self.entries):
            cells = [
                fmt.format_local_time(status.timestamp, now),
                str(status.connector_id),
                fmt.status_label(status.status),
                "" if status.error_code in ("", "NoError") else status.error_code,
                status.info or "",
                " ".join(p for p in (status.vendor_id, status.vendor_error_code) if p),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setForeground(QBrush(fmt.status_color(status.status)))
                if col == 3 and text:
                    item.setForeground(QBrush(fmt.RED))
                item.setToolTip(text if col >= 4 else "")
                self.table.setItem(row, col, item)
        if self.table.rowCount():
            self.table.resizeColumnsToContents()
        if self.charger_id is None:
            self.summary.setText("")
        elif self.all_box.isChecked():
            self.summary.setText(
                self.tr("%n status change(s), newest first", "", len(self.entries))
                + " · "
                + self.tr("%n error(s)", "", self.error_count)
            )
        else:
            self.summary.setText(
                self.tr("%n error(s) reported, newest first", "", self.error_count)
                if self.error_count
                else self.tr("No errors reported.")
            )
        return True

    def rows(self) -> list[dict[str, str]]:
        """What the table shows, as {column title: text} (tests, copying)."""
        return table_texts(self.table)
