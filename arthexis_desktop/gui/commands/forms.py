"""A small form dialog built from fields (text, whole number, choice), checked before it closes.

Dialogs are opened window-modal with ``open()``, never ``exec()``: a nested event loop inside the
qasync loop would stall the broker's tasks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("command_form")
        self._fields: dict[str, QWidget] = {}
        self._required: dict[str, str] = {}
        layout = QVBoxLayout(self)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self._intro.hide()
        layout.addWidget(self._intro)
        self._form = QFormLayout()
        layout.addLayout(self._form)
        self._error = QLabel()
        self._error.setObjectName("form_error")
        self._error.setStyleSheet("color: #dc2626;")
        self._error.setWordWrap(True)
        self._error.hide()
        layout.addWidget(self._error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(360)

    # -- building ------------------------------------------------------------------------------
    def set_intro(self, text: str) -> None:
        self._intro.setText(text)
        self._intro.setVisible(bool(text))

    def add_text(
        self, name: str, label: str, *, default: str = "", required_message: str = "", max_length: int = 0
    ) -> QLineEdit:
        edit = QLineEdit(default)
        edit.setObjectName(f"field_{name}")
        if max_length:
            edit.setMaxLength(max_length)
        if required_message:
            self._required[name] = required_message
        self._add(name, label, edit)
        return edit

    def add_number(
        self, name: str, label: str, *, minimum: int, maximum: int, default: int, special_text: str = ""
    ) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(f"field_{name}")
        spin.setRange(minimum, maximum)
        spin.setValue(default)
        if special_text:
            spin.setSpecialValueText(special_text)  # shown for the minimum
        self._add(name, label, spin)
        return spin

    def add_choice(
        self, name: str, label: str, choices: list[tuple[str, Any]], *, default: int = 0
    ) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"field_{name}")
        for text, value in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(default)
        self._add(name, label, combo)
        return combo

    def _add(self, name: str, label: str, widget: QWidget) -> None:
        self._fields[name] = widget
        self._form.addRow(label, widget)
        if len(self._fields) == 1:
            widget.setFocus()

    # -- reading -------------------------------------------------------------------------------
    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self._fields.items():
            if isinstance(widget, QLineEdit):
                out[name] = widget.text().strip()
            elif isinstance(widget, QSpinBox):
                out[name] = widget.value()
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentData()
        return out

    def _check_and_accept(self) -> None:
        values = self.values()
        for name, message in self._required.items():
            if not values.get(name):
                self._error.setText(message)
                self._error.show()
                self._fields[name].setFocus()
                return
        self.accept()
