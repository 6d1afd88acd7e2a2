"""A settings field: the editor, a red message right under it when its value is refused, and a grey
note (what the command line overrides, what applies at the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

INVALID_STYLE = "QLineEdit { border: 1px solid #dc2626; border-radius: 2px; padding: 1px; }"


def hint_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("hint", True)
    label.setStyleSheet("font-weight: normal;")
    if name:
        label.setObjectName(name)
    return label


class FieldBox(QWidget):
    """``editor`` (plus optional widgets beside it) with its message and note under it."""

    def __init__(self, path: str, editor: QWidget, *extra: QWidget, stretch: bool = True) -> None:
        super().__init__()
        self.path = path
        self.editor = editor
        editor.setObjectName("setting_" + path.replace(".", "_"))
        self.error = QLabel()
        self.error.setObjectName("error_" + path.replace(".", "_"))
        self.error.setProperty("field_error", True)
        self.error.setStyleSheet("color: #dc2626; font-weight: normal;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.note = hint_label(name="note_" + path.replace(".", "_"))
        self.note.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(editor, 1 if stretch else 0)
        for widget in extra:
            row.addWidget(widget)
        if not stretch:
            row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.error)
        column.addWidget(self.note)

    @property
    def error_text(self) -> str:
        return "" if self.error.isHidden() else self.error.text()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if isinstance(self.editor, QLineEdit):
            self.editor.setStyleSheet(INVALID_STYLE if message else "")

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
