"""The "Cable (AWG)" tab: inputs of arthexis-behaviour §3.2, the cable recomputed as you type.

``calculate_awg`` is a cheap pure function, so every change recomputes at once (Enter too);
messages of invalid inputs sit under their field and no result is shown until they are fixed.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.awg import (
    SIZES,
    AwgPreset,
    AwgRequest,
    AwgResult,
    Conduit,
    Ground,
    Material,
    Severity,
    calculate_awg,
    validate,
)
from arthexis_desktop.core.awg.calculator import MAX_LINES
from arthexis_desktop.core.awg.model import DEFAULT_MAX_DROP_PCT
from arthexis_desktop.gui.i18n import is_language_change
from arthexis_desktop.gui.panels.calculators.awg_texts import (
    SEVERITY_COLORS,
    conduit_name,
    ground_name,
    material_name,
    phases_name,
    warning_text,
)
from arthexis_desktop.gui.panels.calculators.drop_bar import DropBar
from arthexis_desktop.gui.panels.calculators.fields import (
    ERROR_STYLE,
    HINT_STYLE,
    NumberField,
    ResultRows,
    number_text,
    read_fields,
    show_field_errors,
)
from arthexis_desktop.gui.panels.calculators.preset_bar import PresetBar
from arthexis_desktop.gui.panels.calculators.preset_store import PresetStore

DEFAULT_LENGTH_M = 30.0
DEFAULT_CURRENT_A = 40.0
COMBO_CHARS = 11  # combos show this many characters; longer choices show in full when opened


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(f"field_{name}")
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_CHARS)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _set_combo(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


class AwgTab(QWidget):
    def __init__(self, store: PresetStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: AwgResult | None = None
        self._applying = False
        self.fields = {
            "length_m": NumberField("length_m", unit="m", default=DEFAULT_LENGTH_M),
            "current_a": NumberField("current_a", unit="A", default=DEFAULT_CURRENT_A),
            "voltage_v": NumberField("voltage_v", unit="V", default=AwgRequest.voltage_v),
            "max_drop_pct": NumberField("max_drop_pct", unit="%", default=DEFAULT_MAX_DROP_PCT),
        }
        self.material = _combo("material", [(material_name(m), m) for m in Material])
        self.phases = _combo("phases", [(phases_name(n), n) for n in (1, 2, 3)])
        self.temperature = _combo(
            "temperature_c",
            [(self.tr("Auto"), None)] + [(f"{t} °C", t) for t in (60, 75, 90)],
        )
        self.temperature.setToolTip(
            self.tr("Auto: the 60 °C column up to 100 A, else 75 °C (NEC 110.14(C)).")
        )
        self.max_lines = QSpinBox()
        self.max_lines.setObjectName("field_max_lines")
        self.max_lines.setRange(1, MAX_LINES)
        self.max_gauge = _combo(
            "max_gauge", [(self.tr("No limit"), None)] + [(s.label, s.key) for s in SIZES]
        )
        self.conduit = _combo("conduit", [(self.tr("None"), None)] + [(conduit_name(c), c) for c in Conduit])
        self.ground = _combo("ground", [(ground_name(g), g) for g in Ground])
        self.continuous = QCheckBox(self.tr("Continuous (125 %)"))
        self.continuous.setObjectName("field_continuous_load")
        self.continuous.setToolTip(
            self.tr(
                "A continuous load: size the conductors for 125 % of the current (EV charging, NEC 625.42)."
            )
        )
        self.fields["current_a"].add_beside(self.continuous)
        self.phases.setCurrentIndex(1)
        _set_combo(self.ground, Ground.ONE)

        self.presets = PresetBar(store, self.current_request)
        self.presets.preset_chosen.connect(self.apply_preset)

        self.results = ResultRows(self._result_titles())
        gauge_font = self.results.values["gauge"].font()
        gauge_font.setPointSizeF(gauge_font.pointSizeF() * 1.3)
        gauge_font.setBold(True)
        self.results.values["gauge"].setFont(gauge_font)
        self.drop_bar = DropBar()
        self.drop_caption = QLabel()
        self.drop_caption.setStyleSheet(HINT_STYLE)
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("awg_warnings")
        self.warnings_label.setWordWrap(True)
        self.warning_texts: list[str] = []
        self.note = QLabel()
        self.note.setObjectName("awg_note")
        self.note.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy result"))
        self.copy_button.setObjectName("awg_copy")
        self.copy_button.clicked.connect(self.copy_result)

        self._build_layout()
        for name, field in self.fields.items():  # the length is the site's: not part of a preset
            field.edit.textChanged.connect(self.recalculate if name == "length_m" else self._on_input_changed)
            field.edit.returnPressed.connect(self.recalculate)
        for combo in (
            self.material,
            self.phases,
            self.temperature,
            self.max_gauge,
            self.conduit,
            self.ground,
        ):
            combo.currentIndexChanged.connect(self._on_input_changed)
        self.max_lines.valueChanged.connect(self._on_input_changed)
        self.continuous.toggled.connect(self._on_input_changed)
        self.recalculate()

    def _result_titles(self) -> list[tuple[str, str]]:
        return [
            ("gauge", self.tr("Gauge")),
            ("lines", self.tr("Parallel sets")),
            ("ampacity", self.tr("Ampacity")),
            ("drop", self.tr("Voltage drop")),
            ("end_voltage", self.tr("End voltage")),
            ("cables", self.tr("Cables (phases+ground)")),
            ("total_length", self.tr("Total length")),
            ("temperature", self.tr("Temperature column")),
            ("conduit", self.tr("Conduit")),
        ]

    def _input_rows(self) -> list[tuple[str, QWidget]]:
        return [
            (self.tr("Length (one way)"), self.fields["length_m"]),
            (self.tr("Current"), self.fields["current_a"]),
            (self.tr("Voltage"), self.fields["voltage_v"]),
            (self.tr("Phases"), self.phases),
            (self.tr("Material"), self.material),
            (self.tr("Temperature"), self.temperature),
            (self.tr("Parallel sets (max)"), self.max_lines),
            (self.tr("Max gauge"), self.max_gauge),
            (self.tr("Conduit"), self.conduit),
            (self.tr("Ground"), self.ground),
            (self.tr("Drop limit"), self.fields["max_drop_pct"]),
        ]

    def _build_layout(self) -> None:
        rows = self._input_rows()
        self.input_labels = [*rows, (self.tr("Continuous load"), self.continuous)]
        self._row_labels: list[QLabel] = []
        form = QFormLayout()
        form.setContentsMargins(8, 2, 8, 2)
        form.setVerticalSpacing(2)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget.edit if isinstance(widget, NumberField) else widget)
            self._row_labels.append(label)
            form.addRow(label, widget)
        inputs = QGroupBox(self.tr("Circuit"))
        self.inputs_box = inputs
        inputs.setLayout(form)

        bar_row = QHBoxLayout()
        bar_row.addWidget(self.drop_bar, 1)
        bar_row.addWidget(self.drop_caption)
        result_box = QGroupBox(self.tr("Cable"))
        self.result_box = result_box
        result_layout = QVBoxLayout(result_box)
        result_layout.addWidget(self.results)
        result_layout.addLayout(bar_row)
        result_layout.addWidget(self.note)
        result_layout.addWidget(self.warnings_label)
        result_layout.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(inputs, 0)
        body.addWidget(result_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.presets, 1)
        top.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addLayout(body, 1)

    def retranslate(self) -> None:
        """After a language change: labels, choices and the result in the new language."""
        rows = self._input_rows()
        for label, (text, _widget) in zip(self._row_labels, rows, strict=True):
            label.setText(text)
        self.input_labels = [*rows, (self.tr("Continuous load"), self.continuous)]
        self.inputs_box.setTitle(self.tr("Circuit"))
        self.result_box.setTitle(self.tr("Cable"))
        for combo, name in (
            (self.material, material_name),
            (self.phases, phases_name),
            (self.conduit, conduit_name),
            (self.ground, ground_name),
        ):
            for index in range(combo.count()):
                data = combo.itemData(index)
                if data is not None:
                    combo.setItemText(index, name(data))
        self.temperature.setItemText(0, self.tr("Auto"))
        self.temperature.setToolTip(
            self.tr("Auto: the 60 °C column up to 100 A, else 75 °C (NEC 110.14(C)).")
        )
        self.max_gauge.setItemText(0, self.tr("No limit"))
        self.conduit.setItemText(0, self.tr("None"))
        self.continuous.setText(self.tr("Continuous (125 %)"))
        self.continuous.setToolTip(
            self.tr(
                "A continuous load: size the conductors for 125 % of the current (EV charging, NEC 625.42)."
            )
        )
        self.results.set_titles(self._result_titles())
        self.copy_button.setText(self.tr("Copy result"))
        self.recalculate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    # -- inputs ----------------------------------------------------------------------------------
    def current_request(self) -> AwgRequest | None:
        """The request the inputs describe, or None (messages shown) when an input is invalid."""
        values, problems = read_fields(self.fields)
        request = AwgRequest(
            length_m=values["length_m"] or 0.0,
            current_a=values["current_a"] or 0.0,
            voltage_v=values["voltage_v"] or 0.0,
            material=self.material.currentData(),
            phases=self.phases.currentData(),
            temperature_c=self.temperature.currentData(),
            max_lines=self.max_lines.value(),
            max_gauge=self.max_gauge.currentData(),
            conduit=self.conduit.currentData(),
            ground=self.ground.currentData(),
            max_drop_pct=values["max_drop_pct"] or 0.0,
            continuous_load=self.continuous.isChecked(),
        )
        ok = show_field_errors(self.fields, problems, validate(request))
        return request if ok else None

    def apply_preset(self, preset: AwgPreset) -> None:
        """Every input of ``preset``; the run length stays (it is the site's)."""
        self._applying = True
        try:
            self.fields["current_a"].set_value(preset.current_a)
            self.fields["voltage_v"].set_value(preset.voltage_v)
            self.fields["max_drop_pct"].set_value(preset.max_drop_pct)
            _set_combo(self.material, Material(preset.material))
            _set_combo(self.phases, preset.phases)
            _set_combo(self.temperature, preset.temperature_c)
            self.max_lines.setValue(preset.max_lines)
            _set_combo(self.max_gauge, preset.max_gauge)
            _set_combo(self.conduit, None if preset.conduit is None else Conduit(preset.conduit))
            _set_combo(self.ground, Ground(preset.ground))
            self.continuous.setChecked(preset.continuous_load)
        finally:
            self._applying = False
        self.recalculate()

    def _on_input_changed(self, *_: object) -> None:
        if self._applying:
            return
        self.presets.clear_selection()
        self.recalculate()

    # -- the result ------------------------------------------------------------------------------
    def recalculate(self) -> None:
        request = self.current_request()
        self.result = None if request is None else calculate_awg(request)
        self._show(self.result)

    def _show(self, result: AwgResult | None) -> None:
        self.copy_button.setEnabled(result is not None)
        if result is None:
            self.results.clear()
            self.drop_bar.set_drop(None, 0)
            self.drop_caption.clear()
            self._set_note(self.tr("Correct the marked inputs to see the cable."), error=True)
            self._set_warnings([])
            return
        request, choice = result.request, result.choice
        shown = choice or result.closest
        if choice is None:
            self.results.clear()
            self.results.set("gauge", self.tr("No cable"))
            self._set_note(self.tr("No cable meets these inputs; see below."), error=True)
        else:
            self.results.set("gauge", choice.size.label)
            self.results.set("lines", str(choice.lines))
            self.results.set(
                "ampacity",
                self.tr("{ampacity} A (needs {needed} A)").format(
                    ampacity=number_text(choice.ampacity_a, 1), needed=number_text(result.design_current_a, 1)
                ),
            )
            self.results.set(
                "drop",
                self.tr("{volts} V ({percent} %)").format(
                    volts=number_text(choice.voltage_drop_v), percent=number_text(choice.voltage_drop_pct)
                ),
            )
            self.results.set("end_voltage", f"{number_text(result.end_voltage_v)} V")
            self.results.set("cables", result.cables or "")
            self.results.set("total_length", f"{result.total_length} m")
            self.results.set("conduit", self._conduit_text(result))
            self._set_note("")
        auto = request.temperature_c is None
        self.results.set(
            "temperature",
            self.tr("{temperature} °C (auto)").format(temperature=result.temperature_c)
            if auto
            else f"{result.temperature_c} °C",
        )
        drop = None if shown is None else shown.voltage_drop_pct
        self.drop_bar.set_drop(drop, request.max_drop_pct)
        self.drop_caption.setText(
            ""
            if drop is None
            else self.tr("{drop} % of {limit} %").format(
                drop=number_text(drop), limit=number_text(request.max_drop_pct)
            )
        )
        self._set_warnings([(w.severity, warning_text(w)) for w in result.warnings])

    def _conduit_text(self, result: AwgResult) -> str:
        fit = result.conduit
        if fit is None:
            return self.tr("none chosen")
        if fit.trade_size is not None:
            return f"{fit.trade_size.label} {fit.conduit.name}"
        if fit.reason == "no_conduit_data":
            return self.tr("no conduit data")
        return self.tr("does not fit in any {conduit}").format(conduit=fit.conduit.name)

    def _set_note(self, text: str, *, error: bool = False) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)
        self.note.setVisible(bool(text))

    def _set_warnings(self, items: list[tuple[Severity, str]]) -> None:
        self.warning_texts = [text for _, text in items]
        lines = [
            f'<div style="color: {SEVERITY_COLORS[severity]}">• {html.escape(text)}</div>'
            for severity, text in items
        ]
        self.warnings_label.setText("".join(lines))
        self.warnings_label.setVisible(bool(lines))

    # -- copying ---------------------------------------------------------------------------------
    def summary(self) -> str:
        """The inputs and the result as plain text (what "Copy result" puts on the clipboard)."""
        inputs = []
        for title, widget in self.input_labels:
            if isinstance(widget, NumberField):
                value = f"{widget.text().strip()} {widget.unit.text()}".strip()
            elif isinstance(widget, QComboBox):
                value = widget.currentText()
            elif isinstance(widget, QSpinBox):
                value = str(widget.value())
            elif isinstance(widget, QCheckBox):
                value = self.tr("yes") if widget.isChecked() else self.tr("no")
            else:
                continue
            inputs.append(f"{title}: {value}")
        lines = [self.tr("AWG cable calculator"), *inputs, "", *self.results.as_lines()]
        if self.drop_caption.text():
            lines.append(
                self.tr("Drop against the limit: {caption}").format(caption=self.drop_caption.text())
            )
        if self.warning_texts:
            lines += ["", self.tr("Warnings:"), *(f"- {text}" for text in self.warning_texts)]
        return "\n".join(lines)

    def copy_result(self) -> None:
        if self.result is None:
            return
        QGuiApplication.clipboard().setText(self.summary())
        self._set_note(self.tr("Result copied to the clipboard."))
