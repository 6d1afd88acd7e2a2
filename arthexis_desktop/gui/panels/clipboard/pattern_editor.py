"""The inline editor of one clipboard pattern (mask, priority, action and its template).

The mask is checked when it is saved; the problem is shown under the field it is in and nothing
is stored until it is fixed. No modal dialog: a nested event loop would stall the broker.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.patterns import PatternAction, PatternError, TextPattern, compile_mask
from arthexis_desktop.gui.i18n import is_language_change
from arthexis_desktop.gui.panels.clipboard.pattern_store import PatternStore
from arthexis_desktop.gui.panels.clipboard.texts import action_name, error_text

ERROR_STYLE = "color: #dc2626; font-weight: normal;"
HINT_STYLE = "color: #6b7280; font-weight: normal;"
PRIORITY_LIMIT = 10_000
PLACEHOLDER_PADDING_PX = 16  # the line edit's frame and text margins


def _fit_placeholder(edit: QLineEdit) -> None:
    """At least as wide as its example text (a narrow form puts the field under its label)."""
    text_px = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    edit.setMinimumWidth(text_px + PLACEHOLDER_PADDING_PX)


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
