"""The samples side of the clipboard panel: newest first, searchable, delete one or all."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.i18n import is_language_change
from arthexis_desktop.gui.panels.clipboard.samples import SampleStore
from arthexis_desktop.gui.widgets.tables import fit_columns, setup_table

PREVIEW_CHARS = 200
TOOLTIP_CHARS = 1000
TEXT_ROLE = Qt.ItemDataRole.UserRole + 1
COL_TIME, COL_COUNT, COL_TEXT = range(3)


def preview(text: str, limit: int = PREVIEW_CHARS) -> str:
    """One line: line breaks shown as ⏎, long texts cut with …."""
    flat = " ⏎ ".join(line.strip() for line in text.strip().splitlines())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class SamplesView(QWidget):
    changed = Signal()

    def __init__(self, store: SampleStore) -> None:
        super().__init__()
        self.store = store
        self.confirm_box: QMessageBox | None = None
        title = QLabel(self.tr("Samples"))
        title.setStyleSheet("font-weight: 600;")
        self.title = title
        self.search = QLineEdit()
        self.search.setObjectName("sample_search")
        self.search.setPlaceholderText(self.tr("Search samples…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #6b7280; font-weight: normal;")
        self.count_label.setWordWrap(True)  # gives way to the buttons when the dock is narrow
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("samples_table")
        self.table.setHorizontalHeaderLabels([self.tr("Copied"), self.tr("Times"), self.tr("Text")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        setup_table(self.table, multi_select=True)
        fit_columns(self.table, {COL_TIME: "2026-12-31 23:59", COL_COUNT: "999"}, stretch=COL_TEXT)
        self.table.horizontalHeader().setSectionResizeMode(COL_TIME, QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("sample_delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_all_button = QPushButton(self.tr("Delete all…"))
        self.delete_all_button.setObjectName("sample_delete_all")
        self.delete_all_button.clicked.connect(self.ask_delete_all)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.delete_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Samples"))
        self.search.setPlaceholderText(self.tr("Search samples…"))
        self.table.setHorizontalHeaderLabels([self.tr("Copied"), self.tr("Times"), self.tr("Text")])
        self.delete_button.setText(self.tr("Delete"))
        self.delete_all_button.setText(self.tr("Delete all…"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    def reload(self, *_: object) -> None:
        shown = self.store.search(self.search.text())
        now = datetime.now(UTC)
        self.table.setRowCount(len(shown))
        for row, sample in enumerate(shown):
            when = QTableWidgetItem(fmt.format_local_time(sample.last_seen, now))
            when.setData(TEXT_ROLE, sample.text)
            count = QTableWidgetItem(str(sample.count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text = QTableWidgetItem(preview(sample.text))
            text.setToolTip(sample.text[:TOOLTIP_CHARS])
            for col, item in ((COL_TIME, when), (COL_COUNT, count), (COL_TEXT, text)):
                self.table.setItem(row, col, item)
        total = len(self.store)
        if self.search.text().strip():
            self.count_label.setText(
                self.tr("{shown} of {total} shown").format(shown=len(shown), total=total)
            )
        else:
            self.count_label.setText(self.tr("Samples kept: {count}").format(count=total))
        self._update_buttons()

    def shown_texts(self) -> list[str]:
        return [
            str(self.table.model().index(row, COL_TIME).data(TEXT_ROLE))
            for row in range(self.table.rowCount())
        ]

    def _selected_texts(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [str(self.table.model().index(row, COL_TIME).data(TEXT_ROLE)) for row in rows]

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self._selected_texts()))
        self.delete_all_button.setEnabled(len(self.store) > 0)

    def delete_selected(self) -> None:
        if self.store.delete(self._selected_texts()):
            self.reload()
            self.changed.emit()

    def ask_delete_all(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete all samples"),
            self.tr("Delete every clipboard sample ({count})? This cannot be undone.").format(
                count=len(self.store)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("delete_all_samples_box")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: (
                self.delete_all() if box.standardButton(button) == QMessageBox.StandardButton.Yes else None
            )
        )
        box.finished.connect(lambda _code: setattr(self, "confirm_box", None))
        self.confirm_box = box
        box.open()  # window-modal, returns at once: the event loop keeps running

    def delete_all(self) -> None:
        self.store.clear()
        self.reload()
        self.changed.emit()
