"""The base of a settings section: a form of ``FieldBox`` rows that loads, reads and retranslates."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from arthexis_desktop.core.app_settings import AppSettings, SettingsProblem
from arthexis_desktop.gui.i18n import is_language_change
from arthexis_desktop.gui.settings.fields import FieldBox, hint_label


def parse_int(text: str) -> int | None:
    stripped = text.strip()
    if stripped.lstrip("+-").isdigit():
        return int(stripped)
    return None


def parse_float(text: str) -> float | None:
    stripped = text.strip().replace(" ", "")
    value, ok = QLocale().toDouble(stripped)
    if ok:
        return float(value)
    try:
        return float(stripped.replace(",", "."))
    except ValueError:
        return None


def number_text(value: float) -> str:
    return f"{value:g}"


def set_combo_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


class Section(QWidget):
    """One page of the settings dialog; subclasses fill ``boxes`` and implement the hooks."""

    key = ""  # the AppSettings section
    icon = ""  # resources/icons/<icon>.svg

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName(f"settings_section_{self.key}")
        self.boxes: dict[str, FieldBox] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.intro = hint_label()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 8, 12, 8)
        self.layout_.addWidget(self.intro)
        self.layout_.addLayout(self.form)

    def add_row(self, path: str, box: FieldBox) -> FieldBox:
        label = QLabel()
        label.setBuddy(box.editor)
        self.row_labels[path] = label
        self.boxes[path] = box
        self.form.addRow(label, box)
        return box

    def add_wide(self, path: str, box: FieldBox) -> FieldBox:
        """A row without a title (a check box says what it is)."""
        self.boxes[path] = box
        self.form.addRow(box)
        return box

    def finish(self) -> None:
        self.layout_.addStretch(1)
        self.retranslate()

    # -- hooks -----------------------------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def row_titles(self) -> dict[str, str]:
        return {}

    def retranslate(self) -> None:
        for path, text in self.row_titles().items():
            if path in self.row_labels:
                self.row_labels[path].setText(text)

    def load(self, settings: AppSettings) -> None:
        raise NotImplementedError

    def read(self, settings: AppSettings) -> tuple[AppSettings, list[SettingsProblem]]:
        """``settings`` with this section's values; problems of values that cannot be read."""
        raise NotImplementedError

    # -- problems ----------------------------------------------------------------------------------
    def clear_problems(self) -> None:
        for box in self.boxes.values():
            box.show_error("")

    def show_problem(self, path: str, message: str) -> bool:
        box = self.boxes.get(path)
        if box is None:
            return False
        box.show_error(message)
        return True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()


def line_edit_width(widget: QWidget, chars: int) -> int:
    return widget.fontMetrics().horizontalAdvance("0" * chars) + 18
