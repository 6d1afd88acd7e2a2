"""The patterns side of the clipboard panel: the user's patterns (add, edit, delete) and the built-ins.

A mask is checked when it is saved; the problem is shown under the field it is in (the mask, or
the action template) and nothing is stored until it is fixed. Edits happen inline, no modal
dialog (a nested event loop would stall the broker).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.patterns import (
    BUILTIN_PATTERNS,
    Pattern,
    PatternAction,
    PatternError,
    TextPattern,
    compile_mask,
)
from arthexis_desktop.gui.i18n import is_language_change
from arthexis_desktop.gui.panels.clipboard.pattern_store import PatternStore, is_usable
from arthexis_desktop.gui.panels.clipboard.texts import action_name, builtin_label, error_text
from arthexis_desktop.gui.widgets.tables import setup_table

ERROR_STYLE = "color: #dc2626; font-weight: normal;"
HINT_STYLE = "color: #6b7280; font-weight: normal;"
PRIORITY_LIMIT = 10_000
MAX_COLUMN_PX = 180  # long masks are cut (the full text is in the editor)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PLACEHOLDER_PADDING_PX = 16  # the line edit's frame and text margins


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


def _fit_placeholder(edit: QLineEdit) -> None:
    """At least as wide as its example text (a narrow form puts the field under its label)."""
    text_px = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    edit.setMinimumWidth(text_px + PLACEHOLDER_PADDING_PX)


def _item(text: str, *, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(ID_ROLE, data)
    return item


class PatternEditor(QWidget):
    """Add or edit one pattern; ``saved`` after the store accepted it."""

    saved = Signal(object)  # TextPattern
    opened = Signal(bool)  # True when the editor opens, False when it closes

    def __init__(self, store: PatternStore) -> None:
        super().__init__()
        self.store = store
        self._editing: TextPattern | None = None
        self.mask_edit = QLineEdit()
        self.mask_edit.setObjectName("pattern_mask")
        self.mask_edit.setPlaceholderText(self.tr("e.g. Charger [charger] reported [error]"))
        _fit_placeholder(self.mask_edit)
        self.mask_error = self._error_label("pattern_mask_error")
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("pattern_label")
        self.priority = QSpinBox()
        self.priority.setObjectName("pattern_priority")
        self.priority.setRange(-PRIORITY_LIMIT, PRIORITY_LIMIT)
        self.priority.setToolTip(self.tr("Higher priorities are tried first."))
        self.action = QComboBox()
        self.action.setObjectName("pattern_action")
        for action in PatternAction:
            self.action.addItem(action_name(action), action.value)
        self.action.currentIndexChanged.connect(self._on_action)
        self.template_edit = QLineEdit()
        self.template_edit.setObjectName("pattern_template")
        self.template_edit.setPlaceholderText(self.tr("e.g. [charger]"))
        self.template_error = self._error_label("pattern_template_error")
        self.save_button = QPushButton(self.tr("Save pattern"))
        self.save_button.setObjectName("pattern_save")
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.close_editor)
        self.cancel_button = cancel
        self.mask_edit.returnPressed.connect(self.save)
        self.template_edit.returnPressed.connect(self.save)
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-weight: 600;")

        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.save_button)
        header.addWidget(cancel)
        form = QFormLayout()
        form.setVerticalSpacing(3)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow dock: field under its label
        form.addRow(self.tr("Mask"), self._with_error(self.mask_edit, self.mask_error))
        label_row = QHBoxLayout()
        label_row.addWidget(self.label_edit, 1)
        self.priority_label = QLabel(self.tr("Priority"))
        label_row.addWidget(self.priority_label)
        label_row.addWidget(self.priority)
        form.addRow(self.tr("Label"), label_row)
        self.label_row = label_row
        form.addRow(self.tr("Action"), self.action)
        form.addRow(self.tr("Action text"), self._with_error(self.template_edit, self.template_error))
        self.form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addLayout(form)
        self.hide()

    def retranslate(self) -> None:
        self.mask_edit.setPlaceholderText(self.tr("e.g. Charger [charger] reported [error]"))
        _fit_placeholder(self.mask_edit)
        self.priority.setToolTip(self.tr("Higher priorities are tried first."))
        for index in range(self.action.count()):
            self.action.setItemText(index, action_name(PatternAction(self.action.itemData(index))))
        self.template_edit.setPlaceholderText(self.tr("e.g. [charger]"))
        self.save_button.setText(self.tr("Save pattern"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.priority_label.setText(self.tr("Priority"))
        titles = (self.tr("Mask"), self.tr("Label"), self.tr("Action"), self.tr("Action text"))
        for row, title in enumerate(titles):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setText(title)
        if self.isVisible():
            self.title_label.setText(
                self.tr("New pattern") if self._editing is None else self.tr("Edit pattern")
            )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    @staticmethod
    def _error_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    @staticmethod
    def _with_error(edit: QLineEdit, error: QLabel) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(edit)
        layout.addWidget(error)
        return box

    def open_for(self, pattern: TextPattern | None) -> None:
        """Start adding (None) or editing ``pattern``."""
        self._editing = pattern
        self.title_label.setText(self.tr("New pattern") if pattern is None else self.tr("Edit pattern"))
        self.mask_edit.setText("" if pattern is None else pattern.mask)
        self.label_edit.setText("" if pattern is None else pattern.label)
        self.priority.setValue(0 if pattern is None else pattern.priority)
        action = PatternAction.NONE if pattern is None else pattern.action
        self.action.setCurrentIndex(max(self.action.findData(action.value), 0))
        self.template_edit.setText("" if pattern is None else pattern.action_template)
        self._show_errors("", "")
        self._on_action()
        self.show()
        self.opened.emit(True)
        self.mask_edit.setFocus()

    def close_editor(self) -> None:
        self._editing = None
        self.hide()
        self.opened.emit(False)

    def _on_action(self, *_: object) -> None:
        has_action = self.action.currentData() != PatternAction.NONE.value
        self.template_edit.setEnabled(has_action)

    def _show_errors(self, mask: str, template: str) -> None:
        for label, text in ((self.mask_error, mask), (self.template_error, template)):
            label.setText(text)
            label.setVisible(bool(text))

    def pattern(self) -> TextPattern:
        action = PatternAction(self.action.currentData())
        template = self.template_edit.text().strip() if action is not PatternAction.NONE else ""
        return TextPattern(
            mask=self.mask_edit.text(),
            priority=self.priority.value(),
            pattern_id=0 if self._editing is None else self._editing.pattern_id,
            label=self.label_edit.text().strip(),
            action=action,
            action_template=template,
        )

    def save(self) -> None:
        pattern = self.pattern()
        try:
            compile_mask(pattern.mask)
        except PatternError as exc:
            self._show_errors(error_text(exc), "")
            self.mask_edit.setFocus()
            return
        if pattern.action is not PatternAction.NONE and not pattern.action_template:
            # the natural default: act on the first captured value
            names = compile_mask(pattern.mask)[1]
            if names:
                pattern = replace(pattern, action_template=f"[{names[0]}]")
                self.template_edit.setText(pattern.action_template)
        try:
            stored = self.store.save(pattern)
        except PatternError as exc:
            self._show_errors("", error_text(exc))
            self.template_edit.setFocus()
            return
        except OSError as exc:
            self._show_errors(self.tr("The pattern could not be saved: {error}").format(error=exc), "")
            return
        self.close_editor()
        self.saved.emit(stored)


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
