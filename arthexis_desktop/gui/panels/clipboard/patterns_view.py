"""The patterns side of the clipboard panel: the user's patterns (add, edit, delete) and the built-ins.

A mask is checked when it is saved; the problem is shown under the field it is in (the mask, or
the action template) and nothing is stored until it is fixed. Edits happen inline, no modal
dialog (a nested event loop would stall the broker).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.patterns import (
    BUILTIN_PATTERNS,
    Pattern,
    TextPattern,
)
from arthexis_desktop.gui.i18n import is_language_change
from arthexis_desktop.gui.panels.clipboard.pattern_editor import ERROR_STYLE, HINT_STYLE, PatternEditor
from arthexis_desktop.gui.panels.clipboard.pattern_store import PatternStore, is_usable
from arthexis_desktop.gui.panels.clipboard.texts import action_name, builtin_label
from arthexis_desktop.gui.widgets.tables import setup_table

MAX_COLUMN_PX = 180  # long masks are cut (the full text is in the editor)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    setup_table(table, multi_select=True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def _item(text: str, *, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(ID_ROLE, data)
    return item


class PatternsView(QTabWidget):
    changed = Signal()

    def __init__(self, store: PatternStore) -> None:
        super().__init__()
        self.store = store
        self.setObjectName("pattern_tabs")
        self.setDocumentMode(True)
        headers = self._headers()
        self.table = _table([*headers, self.tr("Action text")], "patterns_table")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        self.editor = PatternEditor(store)
        self.editor.saved.connect(self._on_saved)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("pattern_add")
        self.add_button.clicked.connect(lambda: self.editor.open_for(None))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("pattern_edit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("pattern_delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        mine = QWidget()
        self.list_buttons = QWidget()
        buttons = QHBoxLayout(self.list_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(mine)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.list_buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.editor)
        layout.addStretch(0)
        self.editor.opened.connect(self._on_editor_opened)
        self.addTab(mine, self.tr("My patterns"))

        self.builtin_table = _table(headers, "builtin_patterns_table")
        for row, builtin in enumerate(BUILTIN_PATTERNS):
            self.builtin_table.insertRow(row)
            cells = [
                builtin_label(builtin.key),
                builtin.mask,
                str(builtin.priority),
                action_name(builtin.action),
            ]
            for col, text in enumerate(cells):
                self.builtin_table.setItem(row, col, _item(text, data=builtin.key))
        self.builtin_table.resizeColumnsToContents()
        builtin_page = QWidget()
        builtin_layout = QVBoxLayout(builtin_page)
        builtin_layout.setContentsMargins(4, 4, 4, 4)
        builtin_layout.addWidget(self.builtin_table, 1)
        note = QLabel(self.tr("Built-in patterns are tried after yours (their priorities are negative)."))
        self.builtin_note = note
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        builtin_layout.addWidget(note)
        self.addTab(builtin_page, self.tr("Built-in"))
        self.reload()

    def _headers(self) -> list[str]:
        return [self.tr("Label"), self.tr("Mask"), self.tr("Priority"), self.tr("Action")]

    def retranslate(self) -> None:
        headers = self._headers()
        self.table.setHorizontalHeaderLabels([*headers, self.tr("Action text")])
        self.builtin_table.setHorizontalHeaderLabels(headers)
        for row, builtin in enumerate(BUILTIN_PATTERNS):
            for col, text in ((0, builtin_label(builtin.key)), (3, action_name(builtin.action))):
                item = self.builtin_table.item(row, col)
                if item is not None:
                    item.setText(text)
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.builtin_note.setText(
            self.tr("Built-in patterns are tried after yours (their priorities are negative).")
        )
        self.setTabText(0, self.tr("My patterns"))
        self.setTabText(1, self.tr("Built-in"))
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    def _on_editor_opened(self, is_open: bool) -> None:
        """The editor takes the page while it is open (the dock is short)."""
        self.table.setVisible(not is_open)
        self.list_buttons.setVisible(not is_open)

    def reload(self) -> None:
        self.table.setRowCount(0)
        for row, pattern in enumerate(self.store.patterns):
            self.table.insertRow(row)
            cells = [
                pattern.label,
                pattern.mask,
                str(pattern.priority),
                action_name(pattern.action),
                pattern.action_template,
            ]
            for col, text in enumerate(cells):
                item = _item(text, data=pattern.pattern_id)
                item.setToolTip(text)
                if not is_usable(pattern):
                    item.setForeground(QColor("#dc2626"))
                    item.setToolTip(self.tr("This mask is not valid and is not scanned; edit it."))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        for col in range(self.table.columnCount() - 1):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), MAX_COLUMN_PX))
        self._update_buttons()

    def _selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [int(self.table.model().index(row, 0).data(ID_ROLE)) for row in rows]

    def selected_patterns(self) -> list[Pattern]:
        """The selected rows of the tab in front (user patterns, or built-ins)."""
        if self.currentIndex() == 1:
            keys = {
                self.builtin_table.model().index(index.row(), 0).data(ID_ROLE)
                for index in self.builtin_table.selectionModel().selectedRows()
            }
            return [p for p in BUILTIN_PATTERNS if p.key in keys]
        chosen = set(self._selected_ids())
        return [p for p in self.store.patterns if p.pattern_id in chosen]

    def _update_buttons(self) -> None:
        count = len(self._selected_ids())
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count > 0)

    def edit_selected(self) -> None:
        ids = self._selected_ids()
        pattern = self.store.get(ids[0]) if len(ids) == 1 else None
        if pattern is not None:
            self.editor.open_for(pattern)

    def delete_selected(self) -> None:
        try:
            for pattern_id in self._selected_ids():
                self.store.delete(pattern_id)
        except OSError as exc:
            self._say(self.tr("The pattern could not be deleted: {error}").format(error=exc))
        self.reload()
        self.changed.emit()

    def _on_saved(self, pattern: TextPattern) -> None:
        self._say("")
        self.reload()
        for row in range(self.table.rowCount()):
            if self.table.model().index(row, 0).data(ID_ROLE) == pattern.pattern_id:
                self.table.selectRow(row)
        self.changed.emit()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
