"""The "Charging time & cost" tab: energy, duration and cost of charging a battery between two levels."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from arthexis_desktop.core.calculators import (
    DEFAULT_CHARGING_EFFICIENCY,
    ChargingEstimate,
    charging_estimate,
    validate_charging,
)
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.i18n import is_language_change
from arthexis_desktop.gui.panels.calculators.fields import (
    HINT_STYLE,
    NumberField,
    ResultRows,
    number_text,
    read_fields,
    show_field_errors,
)


class ChargingTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ChargingEstimate | None = None
        self.fields = {
            "battery_kwh": NumberField("battery_kwh", unit="kWh", default=60),
            "start_pct": NumberField("start_pct", unit="%", default=20),
            "target_pct": NumberField("target_pct", unit="%", default=80),
            "efficiency": NumberField(
                "efficiency", unit=self.tr("(0–1)"), default=DEFAULT_CHARGING_EFFICIENCY
            ),
            "charger_kw": NumberField("charger_kw", unit="kW", default=7.4),
            "tariff_per_kwh": NumberField("tariff_per_kwh", unit=self.tr("per kWh"), optional=True),
        }
        self.fields["tariff_per_kwh"].edit.setPlaceholderText(self.tr("optional"))
        form = QFormLayout()
        for title, widget in self._form_rows():
            form.addRow(title, widget)
        self.form = form
        inputs = QGroupBox(self.tr("Charge"))
        inputs.setLayout(form)
        self.inputs_box = inputs

        self.results = ResultRows(self._result_titles())
        hint = QLabel(
            self.tr(
                "At constant charger power (no taper near full). Cost = energy from the grid × tariff,"
                " in the tariff's currency."
            )
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
        self.recalculate()

    def _form_rows(self) -> list[tuple[str, QWidget]]:
        return [
            (self.tr("Battery capacity"), self.fields["battery_kwh"]),
            (self.tr("Start charge"), self.fields["start_pct"]),
            (self.tr("Target charge"), self.fields["target_pct"]),
            (self.tr("Efficiency"), self.fields["efficiency"]),
            (self.tr("Charger power"), self.fields["charger_kw"]),
            (self.tr("Tariff"), self.fields["tariff_per_kwh"]),
        ]

    def _result_titles(self) -> list[tuple[str, str]]:
        return [
            ("battery_energy", self.tr("Energy into the battery")),
            ("grid_energy", self.tr("Energy from the grid")),
            ("duration", self.tr("Duration (h:mm)")),
            ("cost", self.tr("Cost")),
        ]

    def retranslate(self) -> None:
        for title, widget in self._form_rows():
            label = self.form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(title)
        self.fields["efficiency"].unit.setText(self.tr("(0–1)"))
        self.fields["tariff_per_kwh"].unit.setText(self.tr("per kWh"))
        self.fields["tariff_per_kwh"].edit.setPlaceholderText(self.tr("optional"))
        self.inputs_box.setTitle(self.tr("Charge"))
        self.result_box.setTitle(self.tr("Result"))
        self.results.set_titles(self._result_titles())
        self.hint.setText(
            self.tr(
                "At constant charger power (no taper near full). Cost = energy from the grid × tariff,"
                " in the tariff's currency."
            )
        )
        self.recalculate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    def recalculate(self, *_: object) -> None:
        values, problems = read_fields(self.fields)

        def number(name: str) -> float:
            value = values[name]
            return 0.0 if value is None else value

        battery_kwh, start_pct, target_pct = number("battery_kwh"), number("start_pct"), number("target_pct")
        efficiency, charger_kw, tariff = number("efficiency"), number("charger_kw"), values["tariff_per_kwh"]
        errors = validate_charging(
            battery_kwh=battery_kwh,
            start_pct=start_pct,
            target_pct=target_pct,
            efficiency=efficiency,
            charger_kw=charger_kw,
            tariff_per_kwh=tariff,
        )
        self.result = None
        if show_field_errors(self.fields, problems, errors):
            self.result = charging_estimate(
                battery_kwh=battery_kwh,
                start_pct=start_pct,
                target_pct=target_pct,
                charger_kw=charger_kw,
                efficiency=efficiency,
                tariff_per_kwh=tariff,
            )
        self._show(self.result)

    def _show(self, result: ChargingEstimate | None) -> None:
        if result is None:
            self.results.clear()
            return
        self.results.set("battery_energy", f"{number_text(result.battery_energy_kwh)} kWh")
        self.results.set("grid_energy", f"{number_text(result.grid_energy_kwh)} kWh")
        self.results.set("duration", result.duration_hm)
        self.results.set(
            "cost",
            self.tr("no tariff given") if result.cost is None else fmt.format_number(result.cost, 2),
        )
