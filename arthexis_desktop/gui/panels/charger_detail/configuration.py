"""Configuration keys of a charger: read with GetConfiguration, edit a value in the table to send
ChangeConfiguration, and see the charger's answer per key (Accepted, Rejected, Reboot required,
Not supported). A value the charger did not accept goes back to what it reported."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.commands.catalog import status_word
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.charger_detail.reloader import is_language_change
from arthexis_desktop.services.commands import ConfigurationKey

COL_KEY, COL_VALUE, COL_READONLY, COL_RESULT = range(4)
_RESULT_COLORS = {
    "Accepted": fmt.GREEN,
    "RebootRequired": fmt.ORANGE,
    "Rejected": fmt.RED,
    "NotSupported": fmt.RED,
    "pending": fmt.GREY,
    "error": fmt.RED,
}


class ConfigurationTab(QWidget):
    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.charger_id: str | None = None
        self.keys: dict[str, ConfigurationKey] = {}
        self.results: dict[str, tuple[str, str, str]] = {}  # key -> (shown text, state, tooltip)
        self.read_for: str | None = None  # the charger whose keys are shown
        self._reading = False
        self._filling = False

        self.read_button = QPushButton()
        self.read_button.setObjectName("read_configuration")
        self.read_button.clicked.connect(self.read)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("configuration_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.state_label = QLabel()
        self.state_label.setObjectName("configuration_state")
        self.state_label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("detail_configuration")
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_KEY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_READONLY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_RESULT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(
            COL_KEY, self.fontMetrics().horizontalAdvance("MeterValuesSampledData") + 24
        )
        self.table.itemChanged.connect(self._on_item_changed)

        top = QHBoxLayout()
        top.addWidget(self.read_button)
        top.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.state_label)
        layout.addWidget(self.table, 1)
        self.hint = QLabel()
        self.hint.setObjectName("configuration_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #6b7280;")
        layout.addWidget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.read_button.setText(self.tr("Read configuration"))
        self.read_button.setToolTip(self.tr("Ask the charger for all its keys (GetConfiguration)"))
        self.filter_edit.setPlaceholderText(self.tr("Filter keys…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Key"), self.tr("Value"), self.tr("Read-only"), self.tr("Result")]
        )
        self.hint.setText(self.tr("Double-click a value to change it; the charger's answer shows per key."))
        if self.keys:
            self._fill()  # yes / no in the new language; the answers keep theirs
        elif self.charger_id is not None and self.read_for is None and not self._reading:
            self.state_label.setText(self.tr("Not read yet."))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    # -- charger ---------------------------------------------------------------------------------
    def set_charger(self, charger_id: str | None) -> None:
        if charger_id == self.charger_id:
            return
        self.charger_id = charger_id
        self.keys, self.results, self.read_for = {}, {}, None
        self._fill()
        self.state_label.setText(self.tr("Not read yet.") if charger_id else "")

    def activated(self) -> None:
        """The tab was brought to the front: read the keys once per charger."""
        if self.charger_id is not None and self.read_for != self.charger_id and not self._reading:
            self.read()

    # -- GetConfiguration ------------------------------------------------------------------------
    def read(self) -> None:
        charger_id = self.charger_id
        if charger_id is None or self._reading:
            return
        self._reading = True
        self.read_button.setEnabled(False)
        self.state_label.setText(
            self.tr("Reading the configuration of {charger}…").format(charger=charger_id)
        )

        async def run() -> None:
            try:
                known, unknown = await self._context.commands.get_configuration(charger_id)
            except Exception as exc:
                if charger_id == self.charger_id:
                    self.state_label.setText(describe_error(exc))
                return
            finally:
                self._reading = False
                self.read_button.setEnabled(True)
            if charger_id != self.charger_id:
                return
            self.keys = {k.key: k for k in known}
            self.results = {}
            self.read_for = charger_id
            self._fill()
            text = self.tr("%n key(s) reported", "", len(known))
            if unknown:
                text += " · " + self.tr("unknown: {keys}").format(keys=", ".join(unknown))
            self.state_label.setText(text)

        self._context.tasks.spawn(run(), name="get-configuration")

    def _fill(self) -> None:
        self._filling = True
        try:
            self.table.setRowCount(len(self.keys))
            for row, key in enumerate(self.keys.values()):
                name = QTableWidgetItem(key.key)
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
                value = QTableWidgetItem("" if key.value is None else key.value)
                readonly = QTableWidgetItem(self.tr("yes") if key.readonly else self.tr("no"))
                readonly.setFlags(readonly.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if key.readonly:
                    value.setFlags(value.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    value.setForeground(QBrush(fmt.GREY))
                result = QTableWidgetItem()
                result.setFlags(result.flags() & ~Qt.ItemFlag.ItemIsEditable)
                for col, item in (
                    (COL_KEY, name),
                    (COL_VALUE, value),
                    (COL_READONLY, readonly),
                    (COL_RESULT, result),
                ):
                    self.table.setItem(row, col, item)
                self._show_result(key.key)
        finally:
            self._filling = False
        self._apply_filter(self.filter_edit.text())

    def _row_of(self, key: str) -> int:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_KEY)
            if item is not None and item.text() == key:
                return row
        return -1

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, COL_KEY)
            self.table.setRowHidden(
                row, bool(needle) and (item is None or needle not in item.text().casefold())
            )

    # -- ChangeConfiguration ---------------------------------------------------------------------
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != COL_VALUE:
            return
        key_item = self.table.item(item.row(), COL_KEY)
        if key_item is None:
            return
        self.change_value(key_item.text(), item.text())

    def change_value(self, key: str, value: str) -> None:
        """Send ChangeConfiguration for ``key`` and show the answer in its row."""
        charger_id = self.charger_id
        current = self.keys.get(key)
        if charger_id is None or current is None or (current.value or "") == value:
            return
        self._set_value_text(key, value)
        self._set_result(key, self.tr("Sending…"), "pending")

        async def run() -> None:
            try:
                outcome = await self._context.commands.change_configuration(charger_id, key=key, value=value)
            except Exception as exc:
                if charger_id == self.charger_id:
                    self._set_result(key, self.tr("Failed"), "error", detail=describe_error(exc))
                    self._set_value_text(key, current.value or "")
                    self.state_label.setText(describe_error(exc))
                return
            if charger_id != self.charger_id:
                return
            if outcome.status in ("Accepted", "RebootRequired"):
                self.keys[key] = ConfigurationKey(key, value, current.readonly)
            else:
                self._set_value_text(key, current.value or "")
            self._set_result(key, status_word(outcome.status), outcome.status)

        self._context.tasks.spawn(run(), name="change-configuration")

    def _set_value_text(self, key: str, text: str) -> None:
        row = self._row_of(key)
        item = self.table.item(row, COL_VALUE) if row >= 0 else None
        if item is not None and item.text() != text:
            self._filling = True
            item.setText(text)
            self._filling = False

    def _set_result(self, key: str, text: str, state: str, *, detail: str = "") -> None:
        self.results[key] = (text, state, detail or text)
        self._show_result(key)

    def _show_result(self, key: str) -> None:
        row = self._row_of(key)
        item = self.table.item(row, COL_RESULT) if row >= 0 else None
        if item is None:
            return
        text, state, detail = self.results.get(key, ("", "", ""))
        self._filling = True
        item.setText(text)
        item.setToolTip(detail)
        item.setForeground(QBrush(_RESULT_COLORS.get(state, QColor("#111827"))))
        self._filling = False

    def result_text(self, key: str) -> str:
        """What the Result column shows for ``key`` (tests)."""
        row = self._row_of(key)
        item = self.table.item(row, COL_RESULT) if row >= 0 else None
        return item.text() if item is not None else ""

    def value_text(self, key: str) -> str:
        row = self._row_of(key)
        item = self.table.item(row, COL_VALUE) if row >= 0 else None
        return item.text() if item is not None else ""
