"""Export transactions to CSV (the Transactions panel's *Export CSV…* and the RFID cards panel's
*Data → Export transactions…*): filter by charger, date range and tag.

The rows and columns are ``RegisterCsv.export_transactions_file`` (``services.tag_csv``: id,
charger, connector, idTag, register uid, label, name, account, start/stop in UTC, meter values,
energy, stop reason, authorization, reservation, orphan). Dates are whole local days: "from" the
start of the first, "to" the end of the last.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.errors import InvalidCommandError
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.file_dialogs import ask_path


def local_day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` on this computer's clock, as an aware datetime."""
    return datetime.combine(day, time.min).astimezone()


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


@dataclass(frozen=True)
class ExportFilters:
    charger_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None  # exclusive
    tag: str | None = None


class TransactionsExportDialog(QDialog):
    def __init__(
        self, context: PanelContext, parent: QWidget | None = None, *, charger_ids: list[str] | None = None
    ) -> None:
        """``charger_ids``: the chargers to offer (default: the ones the window knows)."""
        super().__init__(parent)
        self.setObjectName("transactions_export_dialog")
        self.setWindowTitle(self.tr("Export transactions to CSV"))
        self._context = context
        self.file_dialog: QFileDialog | None = None
        self.exported: int | None = None  # rows written by the last export

        self.charger = QComboBox()
        self.charger.setObjectName("export_charger")
        self.charger.addItem(self.tr("All chargers"), None)
        if charger_ids is None:
            charger_ids = [live.charger_id for live in context.fleet_state.chargers()]
        for charger_id in charger_ids:
            self.charger.addItem(charger_id, charger_id)
        today = QDate.currentDate()
        self.from_box = QCheckBox(self.tr("From"))
        self.from_box.setObjectName("export_from_enabled")
        self.from_date = self._date_edit("export_from", today.addDays(-30))
        self.to_box = QCheckBox(self.tr("To"))
        self.to_box.setObjectName("export_to_enabled")
        self.to_date = self._date_edit("export_to", today)
        self.from_box.toggled.connect(self.from_date.setEnabled)
        self.to_box.toggled.connect(self.to_date.setEnabled)
        self.tag = QLineEdit()
        self.tag.setObjectName("export_tag")
        self.tag.setPlaceholderText(self.tr("any tag (uid or idTag)"))
        self.state_label = QLabel()
        self.state_label.setObjectName("export_state")
        self.state_label.setWordWrap(True)

        dates = QHBoxLayout()
        dates.addWidget(self.from_box)
        dates.addWidget(self.from_date)
        dates.addWidget(self.to_box)
        dates.addWidget(self.to_date)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Charger"), self.charger)
        form.addRow(self.tr("Start date"), dates)
        form.addRow(self.tr("Tag"), self.tag)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("export_run")
        self.export_button.clicked.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.state_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @staticmethod
    def _date_edit(name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        return edit

    # -- the filters -----------------------------------------------------------------------------
    def filters(self) -> ExportFilters:
        """What the dialog asks for; ``until`` is the start of the day after "to"."""
        since = local_day_start(_day(self.from_date.date())) if self.from_box.isChecked() else None
        until = (
            local_day_start(_day(self.to_date.date()) + timedelta(days=1))
            if self.to_box.isChecked()
            else None
        )
        if since is not None and until is not None and until <= since:
            raise InvalidCommandError("the end date is before the start date")
        charger_id = self.charger.currentData()
        return ExportFilters(
            charger_id=str(charger_id) if charger_id else None,
            since=since,
            until=until,
            tag=self.tag.text().strip() or None,
        )

    # -- exporting -------------------------------------------------------------------------------
    def _choose_file(self) -> None:
        self.file_dialog = ask_path(
            self,
            title=self.tr("Export transactions"),
            name_filter=self.tr("CSV file (*.csv)"),
            suggested="transactions.csv",
            suffix="csv",
            save=True,
            then=lambda path: self._context.tasks.spawn(self.export_to(path), name="transactions-export"),
            object_name="export_file_dialog",
        )

    async def export_to(self, path: Path) -> int | None:
        """Write the filtered transactions to ``path``; the number written, None on failure
        (explained in the dialog)."""
        register = self._context.register
        if register is None:
            self._show(self.tr("The transaction export is not available in this window."), error=True)
            return None
        try:
            filters = self.filters()
        except InvalidCommandError as exc:
            self._show(describe_error(exc), error=True)
            return None
        self.export_button.setEnabled(False)
        self._show(self.tr("Exporting…"))
        try:
            count = await register.csv.export_transactions_file(
                path,
                charger_id=filters.charger_id,
                since=filters.since,
                until=filters.until,
                tag=filters.tag,
            )
        except Exception as exc:
            text = str(exc) if isinstance(exc, OSError) else describe_error(exc)
            self._show(self.tr("Cannot export: {error}").format(error=text), error=True)
            return None
        finally:
            self.export_button.setEnabled(True)
        self.exported = count
        self._show(self.tr("%n transaction(s) written to {path}", "", count).format(path=path))
        return count

    def _show(self, text: str, *, error: bool = False) -> None:
        self.state_label.setText(text)
        self.state_label.setStyleSheet("color: #dc2626;" if error else "color: #15803d;")
