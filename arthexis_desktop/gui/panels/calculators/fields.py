"""Building blocks of the calculator tabs: a number field with its message under it, result rows.

Numbers are typed, not spun: a person may type "0" or "abc", and the calculator then says what is
wrong right under the field (the core's ``validate_*`` codes, translated here). Both the locale's
decimal separator and "." are accepted.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from arthexis_desktop.core.calculators import FieldError, Param
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.tr import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

ERROR_COLOR = "#dc2626"
ERROR_STYLE = f"color: {ERROR_COLOR}; font-weight: normal;"
INVALID_EDIT_STYLE = f"QLineEdit {{ border: 1px solid {ERROR_COLOR}; border-radius: 2px; padding: 1px; }}"
HINT_STYLE = "color: #6b7280; font-weight: normal;"
EDIT_WIDTH_CHARS = 9

_FIELD_MESSAGES: Mapping[str, str] = {
    "required": QT_TRANSLATE_NOOP("CalculatorFields", "A value is required."),
    "not_a_number": QT_TRANSLATE_NOOP("CalculatorFields", "Enter a number."),
    "out_of_range": QT_TRANSLATE_NOOP("CalculatorFields", "Must be between {min} and {max}."),
    "must_be_positive": QT_TRANSLATE_NOOP("CalculatorFields", "Must be greater than 0."),
    "not_negative": QT_TRANSLATE_NOOP("CalculatorFields", "Must not be negative."),
    "not_a_whole_number": QT_TRANSLATE_NOOP("CalculatorFields", "Enter a whole number."),
    "choice": QT_TRANSLATE_NOOP("CalculatorFields", "Choose one of {choices}."),
    "unknown_size": QT_TRANSLATE_NOOP(
        "CalculatorFields", "Unknown conductor size {value}; use e.g. 8, 1/0 or 250 kcmil."
    ),
    "start_below_target": QT_TRANSLATE_NOOP(
        "CalculatorFields", "The start charge must be below the target charge."
    ),
}
_AT_LEAST = QT_TRANSLATE_NOOP("CalculatorFields", "Must be at least {min}.")
_AT_MOST = QT_TRANSLATE_NOOP("CalculatorFields", "Must be at most {max}.")
UNBOUNDED = "∞"  # what the core puts for a missing bound of out_of_range


def number_text(value: Param | None, decimals: int = 2) -> str:
    """A number as the locale writes it, without trailing zeros or group separators."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if not math.isfinite(value):
        return str(value)
    text = fmt.format_number(round(float(value), decimals), decimals)
    decimal_point = QLocale().decimalPoint()
    if decimal_point in text:
        text = text.rstrip("0").rstrip(decimal_point)
    return text.replace(QLocale().groupSeparator(), "")


def parse_number(text: str) -> float | None:
    """The number in ``text`` (locale or "." decimals); None when it is not a number."""
    stripped = text.strip().replace(" ", "")
    if not stripped:
        return None
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.RejectGroupSeparator)
    value, ok = locale.toDouble(stripped)
    if ok:
        return float(value)
    try:
        return float(stripped.replace(",", "."))
    except ValueError:
        return None


def field_message(error: FieldError) -> str:
    """The translated sentence for one invalid input (the core's English text for unknown codes)."""
    params = {key: number_text(value) for key, value in error.params.items()}
    if error.code == "out_of_range" and error.params.get("max") == UNBOUNDED:
        return translate("CalculatorFields", _AT_LEAST).format(**params)
    if error.code == "out_of_range" and error.params.get("min") == UNBOUNDED:
        return translate("CalculatorFields", _AT_MOST).format(**params)
    source = _FIELD_MESSAGES.get(error.code)
    if source is None:
        return error.message
    try:
        return translate("CalculatorFields", source).format(**params)
    except (KeyError, IndexError):
        return error.message


class NumberField(QWidget):
    """A line edit with its unit, and the message about its value right under it."""

    def __init__(
        self, name: str, *, unit: str = "", default: float | None = None, optional: bool = False
    ) -> None:
        super().__init__()
        self.name = name
        self.optional = optional
        self.edit = QLineEdit(number_text(default))
        self.edit.setObjectName(f"field_{name}")
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("0" * EDIT_WIDTH_CHARS) + 16)
        self.unit = QLabel(unit)
        self.unit.setStyleSheet(HINT_STYLE)
        self.error = QLabel()
        self.error.setObjectName(f"error_{name}")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.unit)
        row.addStretch(1)
        self._row = row
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addLayout(row)
        column.addWidget(self.error)

    def add_beside(self, widget: QWidget) -> None:
        """Another control on the field's line, after the unit (e.g. a related check box)."""
        self._row.insertSpacing(self._row.count() - 1, 8)
        self._row.insertWidget(self._row.count() - 1, widget)

    def text(self) -> str:
        return self.edit.text()

    def set_value(self, value: float | None) -> None:
        self.edit.setText(number_text(value))

    def read(self) -> tuple[float | None, str | None]:
        """(value, problem code): ``required``/``not_a_number`` when it cannot be read, None for an
        empty optional field."""
        if not self.edit.text().strip():
            return None, (None if self.optional else "required")
        value = parse_number(self.edit.text())
        return (value, None) if value is not None else (None, "not_a_number")

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.edit.setStyleSheet(INVALID_EDIT_STYLE)
        self.edit.setToolTip(message)

    def clear_error(self) -> None:
        if self.error.isHidden() and not self.error.text():
            return
        self.error.clear()
        self.error.hide()
        self.edit.setStyleSheet("")
        self.edit.setToolTip("")

    @property
    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""


def read_fields(fields: Mapping[str, NumberField]) -> tuple[dict[str, float | None], dict[str, str]]:
    """Every field's value (NaN when unreadable, so ``validate_*`` flags it) and the messages of
    those that could not be read."""
    values: dict[str, float | None] = {}
    problems: dict[str, str] = {}
    for name, field in fields.items():
        value, code = field.read()
        values[name] = math.nan if code else value
        if code:
            problems[name] = translate("CalculatorFields", _FIELD_MESSAGES[code])
    return values, problems


def show_field_errors(
    fields: Mapping[str, NumberField], problems: Mapping[str, str], errors: list[FieldError]
) -> bool:
    """Put each message under its field (reading problems first); True when all fields are fine."""
    messages = dict(problems)
    for error in errors:
        messages.setdefault(error.field, field_message(error))
    for name, field in fields.items():
        if name in messages:
            field.show_error(messages[name])
        else:
            field.clear_error()
    return not messages


class _WrappingLabel(QLabel):
    """A word-wrapped label that prefers one line (QLabel's own hint wraps anything over ~140 px)
    and wraps only when its column is narrower than the text."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + 2
        return QSize(width, super().sizeHint().height())


class ResultRows(QWidget):
    """Label: value rows a person reads (and copies as text).

    A value keeps its line (up to ``VALUE_MAX_PX``, longer ones wrap); when the box is narrow
    the titles wrap instead (long German titles must not squeeze "55 A (benötigt: 40 A)" into
    three lines).
    """

    VALUE_MAX_PX = 220

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.titles: dict[str, str] = {}
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.title_labels: dict[str, QLabel] = {}
        for row, (name, title) in enumerate(rows):
            title_label = _WrappingLabel(title)
            title_label.setObjectName(f"result_title_{name}")
            value = _WrappingLabel()
            value.setObjectName(f"result_{name}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.titles[name] = title
            self.title_labels[name] = title_label
            self.values[name] = value
            grid.addWidget(title_label, row, 0)
            grid.addWidget(value, row, 1)
            self.set(name, "")
        self.grid = grid

    def set_titles(self, rows: list[tuple[str, str]]) -> None:
        """New titles (after a language change), by row name."""
        for name, title in rows:
            self.titles[name] = title
            self.title_labels[name].setText(title)

    def set(self, name: str, text: str) -> None:
        value = self.values[name]
        value.setText(text or fmt.DASH)
        value.setMinimumWidth(min(value.fontMetrics().horizontalAdvance(value.text()) + 2, self.VALUE_MAX_PX))

    def text_of(self, name: str) -> str:
        return self.values[name].text()

    def clear(self) -> None:
        for name in self.values:
            self.set(name, "")

    def as_lines(self) -> list[str]:
        return [f"{self.titles[name]}: {label.text()}" for name, label in self.values.items()]
