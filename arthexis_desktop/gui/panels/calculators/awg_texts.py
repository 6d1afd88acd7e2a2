"""Translated texts of the AWG calculator: warnings by code, preset names by key, choice labels.

The core keeps stable codes and English templates; the window keeps one translatable template
per code with the same ``{placeholders}`` and formats it with the warning's ``params``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from arthexis_desktop.core.awg import AwgPreset, AwgWarning, Conduit, Ground, Material, Severity
from arthexis_desktop.gui.panels.calculators.fields import number_text
from arthexis_desktop.gui.tr import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

SEVERITY_COLORS: Mapping[Severity, str] = {
    Severity.ERROR: "#dc2626",
    Severity.WARNING: "#b45309",
    Severity.INFO: "#4b5563",
}

_WARNINGS: Mapping[str, str] = {
    "no_size_for_current": QT_TRANSLATE_NOOP(
        "AwgWarnings",
        "No {material_name} conductor up to {largest} carries {current_a} A in the {temperature_c} °C "
        "column with up to {max_lines} parallel set(s).",
    ),
    "voltage_drop_over_limit": QT_TRANSLATE_NOOP(
        "AwgWarnings",
        "No size keeps the voltage drop within {limit_pct} %; the closest is {lines} × {size} "
        "with {drop_pct} %.",
    ),
    "max_gauge_too_small": QT_TRANSLATE_NOOP(
        "AwgWarnings", "The maximum gauge {max_gauge} is too small: {lines} × {size} would be needed."
    ),
    "parallel_from_1_0_only": QT_TRANSLATE_NOOP(
        "AwgWarnings", "Conductors are run in parallel only at 1/0 AWG and larger (NEC 310.10(G))."
    ),
    "parallel_adjusted": QT_TRANSLATE_NOOP(
        "AwgWarnings",
        "{lines} parallel sets in one raceway are {current_carrying} current-carrying conductors: "
        "ampacity × {factor} (NEC Table 310.15(C)(1)).",
    ),
    "continuous_load": QT_TRANSLATE_NOOP(
        "AwgWarnings", "Continuous load: conductors sized for 125 % of {current_a} A = {design_current_a} A."
    ),
    "terminations_90c": QT_TRANSLATE_NOOP(
        "AwgWarnings",
        "90 °C column: terminations are usually rated 60 °C or 75 °C (NEC 110.14(C)); check the equipment.",
    ),
    "ground_optional": QT_TRANSLATE_NOOP(
        "AwgWarnings", "The ground conductor is optional; the conduit is sized with it."
    ),
    "no_conduit_data": QT_TRANSLATE_NOOP(
        "AwgWarnings",
        "No conduit fill data for {size}: NEC Chapter 9 Table 5 lists no THHN conductor of that size.",
    ),
    "conduit_too_small": QT_TRANSLATE_NOOP(
        "AwgWarnings", "{wires} conductors of {size} do not fit in the largest {conduit} ({trade})."
    ),
    "conduit_at_fill_limit": QT_TRANSLATE_NOOP(
        "AwgWarnings",
        '{trade}" {conduit} is exactly at its fill limit with {wires} conductors; '
        "the next size up eases pulling.",
    ),
}

_MATERIALS: Mapping[Material, str] = {
    Material.CU: QT_TRANSLATE_NOOP("AwgChoices", "copper"),
    Material.AL: QT_TRANSLATE_NOOP("AwgChoices", "aluminium"),
}

_CONDUITS: Mapping[Conduit, str] = {
    Conduit.EMT: QT_TRANSLATE_NOOP("AwgChoices", "EMT (thin-wall)"),
    Conduit.IMC: QT_TRANSLATE_NOOP("AwgChoices", "IMC (intermediate)"),
    Conduit.RMC: QT_TRANSLATE_NOOP("AwgChoices", "RMC (heavy-wall)"),
    Conduit.FMC: QT_TRANSLATE_NOOP("AwgChoices", "FMC (flexible)"),
}

_PRESET_NAMES: Mapping[str, tuple[str, str]] = {
    "ev_residential": (
        QT_TRANSLATE_NOOP("AwgPresets", "EV charger — single vehicle residential"),
        QT_TRANSLATE_NOOP("AwgPresets", "7 kW wall box on a 40 A, 220 V two-phase circuit, copper."),
    ),
    "ev_32a_240v_1ph": (
        QT_TRANSLATE_NOOP("AwgPresets", "EV charger — 32 A, 240 V single-phase"),
        QT_TRANSLATE_NOOP("AwgPresets", "7.4 kW charger; continuous load, conductors sized for 40 A."),
    ),
    "ev_32a_400v_3ph": (
        QT_TRANSLATE_NOOP("AwgPresets", "EV charger — 32 A, 400 V three-phase"),
        QT_TRANSLATE_NOOP("AwgPresets", "22 kW charger; continuous load, conductors sized for 40 A."),
    ),
    "dc_fast_feeder": (
        QT_TRANSLATE_NOOP("AwgPresets", "DC fast charger feeder — 150 kW, 480 V three-phase"),
        QT_TRANSLATE_NOOP(
            "AwgPresets", "Feeder to a 150 kW DC charger (200 A input, continuous); up to 2 parallel sets."
        ),
    ),
}


def material_name(material: Material | str) -> str:
    source = _MATERIALS.get(Material(material))
    return translate("AwgChoices", source) if source else str(material)


def conduit_name(conduit: Conduit | str) -> str:
    source = _CONDUITS.get(Conduit(conduit))
    return translate("AwgChoices", source) if source else str(conduit).upper()


def ground_name(ground: Ground | str) -> str:
    texts = {
        Ground.NONE: translate("AwgChoices", "none"),
        Ground.ONE: translate("AwgChoices", "one per set"),
        Ground.MAYBE: translate("AwgChoices", "optional (counted)"),
    }
    return texts.get(Ground(ground), str(ground))


def phases_name(phases: int) -> str:
    texts = {
        1: translate("AwgChoices", "1 (single-phase)"),
        2: translate("AwgChoices", "2 (two-phase)"),
        3: translate("AwgChoices", "3 (three-phase)"),
    }
    return texts.get(phases, str(phases))


def preset_name(preset: AwgPreset) -> str:
    """A built-in preset's translated name; a user's preset keeps the name they gave it."""
    pair = _PRESET_NAMES.get(preset.key)
    return translate("AwgPresets", pair[0]) if pair else preset.name


def preset_description(preset: AwgPreset) -> str:
    pair = _PRESET_NAMES.get(preset.key)
    return translate("AwgPresets", pair[1]) if pair else preset.description


def warning_text(warning: AwgWarning) -> str:
    """The translated sentence of one calculator warning (the core's English for unknown codes)."""
    source = _WARNINGS.get(warning.code)
    if source is None:
        return warning.message
    params = {key: number_text(value) for key, value in warning.params.items()}
    if "material" in warning.params:
        params["material_name"] = material_name(str(warning.params["material"]))
    try:
        return translate("AwgWarnings", source).format(**params)
    except (KeyError, IndexError, ValueError):
        return warning.message
