"""The "Power" tab: kVA, kW and kVAr of a load and the breaker it needs (125 %, standard rating)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from arthexis_desktop.core.calculators import (
    BREAKER_RATINGS_A,
    BreakerSeries,
    PowerResult,
    electrical_power,
    validate_power,
)
from arthexis_desktop.gui.i18n import is_language_change
from arthexis_desktop.gui.panels.calculators.awg_texts import phases_name
from arthexis_desktop.gui.panels.calculators.fields import (
    HINT_STYLE,
    NumberField,
    ResultRows,
    number_text,
    read_fields,
    show_field_errors,
)


class PowerTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: PowerResult | None = None
        self.fields = {
            "voltage_v": NumberField("power_voltage_v", unit="V", default=220),
            "current_a": NumberField("power_current_a", unit="A", default=32),
            "power_factor": NumberField("power_factor", unit=self.tr("(0–1)"), default=1.0),
        }
        self.phases = QComboBox()
        self.phases.setObjectName("field_power_phases")
        for phases in (1, 2, 3):
            self.phases.addItem(phases_name(phases), phases)
        self.series = QComboBox()
        self.series.setObjectName("field_breaker_series")
        self.series.addItem(self.tr("NEC 240.6(A)"), BreakerSeries.NEC)
        self.series.addItem(self.tr("IEC 60898 / 60947"), BreakerSeries.IEC)

        form = QFormLayout()
        for title, widget in self._form_rows():
            form.addRow(title, widget)
        self.form = form
        inputs = QGroupBox(self.tr("Load"))
        inputs.setLayout(form)
        self.inputs_box = inputs

        self.results = ResultRows(self._result_titles())
        hint = QLabel(
            self.tr("kVA = V × I (× √3 for three-phase); kW = kVA × power factor; kVAr = √(kVA² − kW²).")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        self.hint = hint
        result_box = QGroupBox(self.tr("Result"))
        self.result_box = result_box
        result_layout = QVBoxLayout(result_box)
        result_layout.addWidget(self.results)
        result_layout.addWidget(hint)

        body = QHBoxLayout()
        body.addWidget(inputs, 1)
        body.addWidget(result_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(body)
        layout.addStretch(1)

        for field in self.fields.values():
            field.edit.textChanged.connect(self.recalculate)
            field.edit.returnPressed.connect(self.recalculate)
        self.phases.currentIndexChanged.connect(self.recalculate)
        self.series.currentIndexChanged.connect(self.recalculate)
        self.recalculate()

    def _form_rows(self) -> list[tuple[str, QWidget]]:
        return [
            (self.tr("Voltage (line-to-line)"), self.fields["voltage_v"]),
            (self.tr("Current"), self.fields["current_a"]),
            (self.tr("Phases"), self.phases),
            (self.tr("Power factor"), self.fields["power_factor"]),
            (self.tr("Breaker ratings"), self.series),
        ]

    def _result_titles(self) -> list[tuple[str, str]]:
        return [
            ("apparent", self.tr("Apparent power")),
            ("active", self.tr("Active power")),
            ("reactive", self.tr("Reactive power")),
            ("breaker_min", self.tr("Breaker at least (125 %)")),
            ("breaker", self.tr("Suggested breaker")),
        ]

    def retranslate(self) -> None:
        for title, widget in self._form_rows():
            label = self.form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(title)
        self.fields["power_factor"].unit.setText(self.tr("(0–1)"))
        for index in range(self.phases.count()):
            self.phases.setItemText(index, phases_name(int(self.phases.itemData(index))))
        self.series.setItemText(0, self.tr("NEC 240.6(A)"))
        self.series.setItemText(1, self.tr("IEC 60898 / 60947"))
        self.inputs_box.setTitle(self.tr("Load"))
        self.result_box.setTitle(self.tr("Result"))
        self.results.set_titles(self._result_titles())
        self.hint.setText(
            self.tr("kVA = V × I (× √3 for three-phase); kW = kVA × power factor; kVAr = √(kVA² − kW²).")
        )
        self.recalculate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    def recalculate(self, *_: object) -> None:
        values, problems = read_fields(self.fields)
        voltage_v = values["voltage_v"] or 0.0
        current_a = values["current_a"] or 0.0
        phases = int(self.phases.currentData())
        power_factor = values["power_factor"] or 0.0
        errors = validate_power(
            voltage_v=voltage_v, current_a=current_a, phases=phases, power_factor=power_factor
        )
        self.result = None
        if show_field_errors(self.fields, problems, errors):
            self.result = electrical_power(
                voltage_v=voltage_v,
                current_a=current_a,
                phases=phases,
                power_factor=power_factor,
                breaker_series=self.series.currentData(),
            )
        self._show(self.result)

    def _show(self, result: PowerResult | None) -> None:
        if result is None:
            self.results.clear()
            return
        self.results.set("apparent", f"{number_text(result.apparent_kva)} kVA")
        self.results.set("active", f"{number_text(result.active_kw)} kW")
        self.results.set("reactive", f"{number_text(result.reactive_kvar)} kVAr")
        self.results.set("breaker_min", f"{number_text(result.breaker_min_a)} A")
        if result.breaker_a is not None:
            self.results.set("breaker", f"{result.breaker_a} A")
        else:
            largest = BREAKER_RATINGS_A[self.series.currentData()][-1]
            self.results.set(
                "breaker",
                self.tr("above the largest standard rating ({largest} A)").format(largest=largest),
            )
