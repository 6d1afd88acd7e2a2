"""The Calculators panel as a person uses it: type values, read the cable, the warnings and the bar;
invalid input is explained under its field; own presets survive a restart; results are copyable.

Plain widget tests (no broker): the panel only needs a data folder from its context."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from arthexis_desktop.core.awg import AwgRequest, Ground, calculate_awg
from arthexis_desktop.core.calculators import BreakerSeries, charging_estimate, electrical_power
from arthexis_desktop.gui.clock import RefreshClock
from arthexis_desktop.gui.context import Notifier, PanelContext
from arthexis_desktop.gui.panels.calculators import CalculatorsPanel
from arthexis_desktop.gui.panels.calculators.drop_bar import GREEN, ORANGE
from arthexis_desktop.gui.panels.calculators.fields import NumberField
from arthexis_desktop.gui.panels.calculators.preset_store import FILE_NAME
from arthexis_desktop.gui.panels.registry import default_registry
from arthexis_desktop.gui.tasks import TaskRunner

pytestmark = [pytest.mark.gui, pytest.mark.timeout(20)]


def bare_context(data_dir: Path) -> PanelContext:
    """A context without a runtime: the calculators use none of its services."""
    none = cast(Any, None)
    return PanelContext(
        fleet_state=none,
        commands=none,
        fleet=none,
        history=none,
        broker=none,
        bridge=none,
        clock=RefreshClock(),
        tasks=TaskRunner(),
        notifier=Notifier(),
        data_dir=data_dir,
    )


@pytest.fixture
def make_panel(qtbot, tmp_path: Path):
    def make() -> CalculatorsPanel:
        panel = CalculatorsPanel(bare_context(tmp_path / "data"))
        qtbot.addWidget(panel)
        panel.resize(900, 560)
        panel.show()
        return panel

    return make


def type_into(qtbot, field: NumberField, text: str) -> None:
    field.edit.clear()
    qtbot.keyClicks(field.edit, text)


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def type_residential(qtbot, panel: CalculatorsPanel) -> None:
    """The residential preset's values, typed: 30 m, 40 A, 220 V, copper, 2 phases, 60 °C, ground 1."""
    awg = panel.awg
    type_into(qtbot, awg.fields["length_m"], "30")
    type_into(qtbot, awg.fields["current_a"], "40")
    type_into(qtbot, awg.fields["voltage_v"], "220")
    choose(awg.material, "copper")
    choose(awg.phases, "2 (two-phase)")
    choose(awg.temperature, "60 °C")
    choose(awg.ground, "one per set")


def test_typed_residential_values_give_8_awg_with_the_core_drop(qtbot, make_panel) -> None:
    panel = make_panel()
    assert [panel.tabs.tabText(i) for i in range(3)] == ["Cable (AWG)", "Power", "Charging time && cost"]
    type_residential(qtbot, panel)
    expected = calculate_awg(
        AwgRequest(length_m=30, current_a=40, voltage_v=220, phases=2, temperature_c=60, ground=Ground.ONE)
    )
    assert expected.gauge == "8 AWG"
    awg = panel.awg
    assert awg.results.text_of("gauge") == "8 AWG"
    assert awg.results.text_of("lines") == "1"
    drop_v, drop_pct = expected.voltage_drop_v, expected.voltage_drop_pct
    assert drop_v is not None and drop_pct is not None
    assert awg.results.text_of("drop") == f"{drop_v:.2f} V ({drop_pct:.2f} %)" == "6.13 V (2.78 %)"
    assert awg.results.text_of("end_voltage") == f"{220 - drop_v:.2f} V"
    assert awg.results.text_of("cables") == "2+1"
    assert awg.results.text_of("total_length") == "60+30 m"
    assert awg.results.text_of("temperature") == "60 °C"
    assert awg.results.text_of("conduit") == "none chosen"
    # 2.78 % is within the 3 % limit but above 80 % of it: orange, with the numbers beside it.
    assert awg.drop_bar.color == ORANGE and awg.drop_caption.text() == "2.78 % of 3 %"

    # The same through the built-in preset; Enter recomputes too.
    choose(panel.awg.presets.combo, "EV charger — single vehicle residential")
    panel.awg.presets.combo.activated.emit(panel.awg.presets.combo.currentIndex())
    qtbot.keyClick(awg.fields["length_m"].edit, Qt.Key.Key_Return)
    assert awg.results.text_of("gauge") == "8 AWG"

    # Shorter run: less drop, green; a conduit gives its trade size.
    type_into(qtbot, awg.fields["length_m"], "10")
    choose(awg.conduit, "EMT (thin-wall)")
    assert awg.drop_bar.color == GREEN
    assert awg.results.text_of("conduit") == '1/2" (16) EMT'


def test_invalid_value_is_explained_next_to_its_field_and_hides_the_result(qtbot, make_panel) -> None:
    panel = make_panel()
    awg = panel.awg
    assert awg.results.text_of("gauge") == "8 AWG"  # the defaults compute at once
    current = awg.fields["current_a"]
    type_into(qtbot, current, "abc")
    assert current.error.isVisible() and current.error.text() == "Enter a number."
    assert awg.results.text_of("gauge") == "—" and awg.result is None
    assert not awg.copy_button.isEnabled()
    assert awg.note.text() == "Correct the marked inputs to see the cable."
    type_into(qtbot, current, "0")
    assert current.error.text() == "Must be greater than 0."
    voltage = awg.fields["voltage_v"]
    type_into(qtbot, current, "40")
    type_into(qtbot, voltage, "700")
    assert not current.error.isVisible()
    assert voltage.error.isVisible() and voltage.error.text() == "Must be between 12 and 600."
    assert awg.results.text_of("gauge") == "—"
    type_into(qtbot, voltage, "220")
    assert not voltage.error.isVisible() and awg.results.text_of("gauge") == "8 AWG"
    type_into(qtbot, awg.fields["length_m"], "")
    assert awg.fields["length_m"].error.text() == "A value is required."

    # No cable at all: said in words, with the core's warning translated by code.
    type_into(qtbot, awg.fields["length_m"], "30")
    choose(awg.max_gauge, "10 AWG")
    assert awg.results.text_of("gauge") == "No cable"
    assert awg.warning_texts == ["The maximum gauge 10 AWG is too small: 1 × 8 AWG would be needed."]


def test_own_preset_is_saved_loaded_after_a_restart_and_deleted(qtbot, make_panel, tmp_path: Path) -> None:
    panel = make_panel()
    awg = panel.awg
    type_into(qtbot, awg.fields["current_a"], "63")
    type_into(qtbot, awg.fields["voltage_v"], "400")
    choose(awg.phases, "3 (three-phase)")
    choose(awg.material, "aluminium")
    choose(awg.conduit, "EMT (thin-wall)")
    awg.continuous.setChecked(True)
    type_into(qtbot, awg.fields["max_drop_pct"], "2.5")
    expected_gauge = awg.results.text_of("gauge")

    bar = awg.presets
    assert not bar.delete_button.isEnabled()
    qtbot.mouseClick(bar.save_button, Qt.MouseButton.LeftButton)
    assert bar.name_row.isVisible()
    qtbot.keyClicks(bar.name_edit, "Workshop 63 A")
    qtbot.mouseClick(bar.confirm_button, Qt.MouseButton.LeftButton)
    assert not bar.name_row.isVisible()
    assert bar.message.text() == "Preset “Workshop 63 A” saved."
    assert bar.combo.currentText() == "Workshop 63 A" and bar.delete_button.isEnabled()
    stored = json.loads((tmp_path / "data" / FILE_NAME).read_text(encoding="utf-8"))
    assert [p["name"] for p in stored["presets"]] == ["Workshop 63 A"]
    assert stored["presets"][0]["material"] == "al" and stored["presets"][0]["conduit"] == "emt"

    # A new window (same data folder) lists it; choosing it restores every input but the length.
    again = make_panel()
    other = again.awg
    type_into(qtbot, other.fields["length_m"], "30")
    assert other.results.text_of("gauge") == "8 AWG"  # the defaults
    other.presets.select("user", "Workshop 63 A")
    assert other.fields["current_a"].text() == "63" and other.fields["voltage_v"].text() == "400"
    assert other.fields["max_drop_pct"].text() == "2.5"
    assert other.phases.currentText() == "3 (three-phase)" and other.material.currentText() == "aluminium"
    assert other.conduit.currentText() == "EMT (thin-wall)" and other.continuous.isChecked()
    assert other.results.text_of("gauge") == expected_gauge

    # The length is the site's: changing it keeps the preset. Editing an input leaves the preset;
    # re-choosing it and deleting removes it for good.
    type_into(qtbot, other.fields["length_m"], "50")
    assert other.presets.combo.currentText() == "Workshop 63 A"
    type_into(qtbot, other.fields["current_a"], "64")
    assert other.presets.combo.currentIndex() == -1 and not other.presets.delete_button.isEnabled()
    other.presets.select("user", "Workshop 63 A")
    qtbot.mouseClick(other.presets.delete_button, Qt.MouseButton.LeftButton)
    assert other.presets.message.text() == "Preset “Workshop 63 A” deleted."
    assert other.presets.combo.findText("Workshop 63 A") < 0
    third = make_panel()
    assert third.awg.presets.combo.findText("Workshop 63 A") < 0


def test_saving_a_preset_needs_a_name_and_valid_inputs(qtbot, make_panel) -> None:
    panel = make_panel()
    awg, bar = panel.awg, panel.awg.presets
    qtbot.mouseClick(bar.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.confirm_button, Qt.MouseButton.LeftButton)
    assert bar.message.text() == "Enter a name for the preset." and bar.name_row.isVisible()
    bar.hide_name()
    type_into(qtbot, awg.fields["current_a"], "-1")
    qtbot.mouseClick(bar.save_button, Qt.MouseButton.LeftButton)
    assert bar.message.text() == "Correct the marked inputs before saving them as a preset."
    assert not bar.name_row.isVisible()


def test_copy_result_puts_a_plain_text_summary_on_the_clipboard(qtbot, make_panel) -> None:
    panel = make_panel()
    type_residential(qtbot, panel)
    QApplication.clipboard().setText("something else")
    qtbot.mouseClick(panel.awg.copy_button, Qt.MouseButton.LeftButton)
    text = QApplication.clipboard().text()
    assert text == panel.awg.summary()
    lines = text.splitlines()
    assert lines[0] == "AWG cable calculator"
    for line in ("Length (one way): 30 m", "Current: 40 A", "Gauge: 8 AWG", "Voltage drop: 6.13 V (2.78 %)"):
        assert line in lines
    assert "Cables (phases+ground): 2+1" in lines and "Drop against the limit: 2.78 % of 3 %" in lines
    assert panel.awg.note.text() == "Result copied to the clipboard."


def test_power_tab_computes_kva_kw_kvar_and_the_breaker(qtbot, make_panel) -> None:
    panel = make_panel()
    panel.tabs.setCurrentIndex(1)
    power = panel.power
    type_into(qtbot, power.fields["voltage_v"], "400")
    type_into(qtbot, power.fields["current_a"], "45")
    choose(power.phases, "3 (three-phase)")
    type_into(qtbot, power.fields["power_factor"], "0.9")
    expected = electrical_power(voltage_v=400, current_a=45, phases=3, power_factor=0.9)
    assert power.results.text_of("apparent") == f"{expected.apparent_kva:.2f} kVA" == "31.18 kVA"
    assert power.results.text_of("active") == f"{expected.active_kw:.2f} kW"
    assert power.results.text_of("reactive") == f"{expected.reactive_kvar:.2f} kVAr"
    assert power.results.text_of("breaker_min") == "56.25 A"
    assert power.results.text_of("breaker") == "60 A"  # NEC 240.6(A)
    choose(power.series, "IEC 60898 / 60947")
    assert power.results.text_of("breaker") == "63 A"
    assert (
        electrical_power(voltage_v=400, current_a=45, phases=3, breaker_series=BreakerSeries.IEC).breaker_a
        == 63
    )
    type_into(qtbot, power.fields["power_factor"], "1.2")
    assert power.fields["power_factor"].error.text() == "Must be at most 1."
    assert power.results.text_of("apparent") == "—"


def test_charging_tab_computes_energy_duration_and_cost(qtbot, make_panel) -> None:
    panel = make_panel()
    panel.tabs.setCurrentIndex(2)
    charging = panel.charging
    assert charging.results.text_of("cost") == "no tariff given"
    for name, text in [
        ("battery_kwh", "75"),
        ("start_pct", "10"),
        ("target_pct", "80"),
        ("efficiency", "0.9"),
        ("charger_kw", "11"),
        ("tariff_per_kwh", "2.5"),
    ]:
        type_into(qtbot, charging.fields[name], text)
    expected = charging_estimate(
        battery_kwh=75, start_pct=10, target_pct=80, efficiency=0.9, charger_kw=11, tariff_per_kwh=2.5
    )
    assert expected.cost is not None and math.isclose(expected.grid_energy_kwh, 52.5 / 0.9)
    assert charging.results.text_of("battery_energy") == "52.5 kWh"
    assert charging.results.text_of("grid_energy") == f"{expected.grid_energy_kwh:.2f} kWh" == "58.33 kWh"
    assert charging.results.text_of("duration") == expected.duration_hm == "5:18"
    assert charging.results.text_of("cost") == f"{expected.cost:.2f}" == "145.83"
    type_into(qtbot, charging.fields["start_pct"], "90")
    target = charging.fields["target_pct"]
    assert (
        target.error.isVisible()
        and target.error.text() == "The start charge must be below the target charge."
    )
    assert charging.results.text_of("duration") == "—"


def test_registered_as_a_hidden_tool_tabbed_with_transactions() -> None:
    spec = default_registry().get("calculators")
    assert (spec.title, spec.visible_by_default, spec.tab_with) == ("Calculators", False, "transactions")
