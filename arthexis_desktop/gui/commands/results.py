"""Read-only result views of commands (the configuration key table)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from arthexis_desktop.services.commands import ConfigurationKey


class ConfigurationDialog(QDialog):
    """The keys a charger reported to GetConfiguration (a snapshot, so a plain table widget)."""

    def __init__(
        self, charger_id: str, keys: list[ConfigurationKey], unknown: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("configuration_dialog")
        self.setWindowTitle(self.tr("Configuration of {charger}").format(charger=charger_id))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(keys), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Value"), self.tr("Read-only")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, key in enumerate(keys):
            self.table.setItem(row, 0, QTableWidgetItem(key.key))
            self.table.setItem(row, 1, QTableWidgetItem("" if key.value is None else key.value))
            self.table.setItem(row, 2, QTableWidgetItem(self.tr("yes") if key.readonly else self.tr("no")))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        if unknown:
            layout.addWidget(QLabel(self.tr("Unknown keys: {keys}").format(keys=", ".join(unknown))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 480)
