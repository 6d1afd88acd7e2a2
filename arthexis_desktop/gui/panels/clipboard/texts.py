"""Translated texts of the clipboard tools: mask errors by code, actions, built-in pattern names."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from arthexis_desktop.core.patterns import BUILTIN_BY_KEY, PatternAction, PatternError, PatternMatch
from arthexis_desktop.gui.context import FocusRequests
from arthexis_desktop.gui.tr import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

_ERRORS: Mapping[str, str] = {
    "unclosed_bracket": QT_TRANSLATE_NOOP(
        "PatternErrors", "The “[” at character {position} is never closed."
    ),
    "unmatched_bracket": QT_TRANSLATE_NOOP("PatternErrors", "The “]” at character {position} has no “[”."),
    "nested_bracket": QT_TRANSLATE_NOOP(
        "PatternErrors", "The placeholder at character {position} contains another “[”."
    ),
    "empty_name": QT_TRANSLATE_NOOP("PatternErrors", "The placeholder at character {position} has no name."),
    "duplicate_name": QT_TRANSLATE_NOOP(
        "PatternErrors", "[{name}] is used twice (character {position}); give each placeholder its own name."
    ),
    "empty_mask": QT_TRANSLATE_NOOP("PatternErrors", "Enter a mask, e.g. “ws://[host]/ocpp/[charger]”."),
    "unknown_name": QT_TRANSLATE_NOOP(
        "PatternErrors", "The action uses [{name}], which the mask does not capture."
    ),
    "missing_value": QT_TRANSLATE_NOOP("PatternErrors", "No value for [{name}]."),
}
_ESCAPE_HINT = QT_TRANSLATE_NOOP("PatternErrors", "Write \\[ or \\] for a literal bracket.")

_ACTIONS: Mapping[PatternAction, str] = {
    PatternAction.NONE: QT_TRANSLATE_NOOP("PatternActions", "No action"),
    PatternAction.OPEN_CHARGER: QT_TRANSLATE_NOOP("PatternActions", "Open charger"),
    PatternAction.FIND_RFID: QT_TRANSLATE_NOOP("PatternActions", "Find RFID tag"),
    PatternAction.SEARCH_TRANSACTIONS: QT_TRANSLATE_NOOP("PatternActions", "Search transactions of a tag"),
    PatternAction.COPY_TEXT: QT_TRANSLATE_NOOP("PatternActions", "Copy formatted text"),
}

_BUTTONS: Mapping[PatternAction, str] = {
    PatternAction.OPEN_CHARGER: QT_TRANSLATE_NOOP("PatternActions", "Open charger {value}"),
    PatternAction.FIND_RFID: QT_TRANSLATE_NOOP("PatternActions", "Find RFID {value}"),
    PatternAction.SEARCH_TRANSACTIONS: QT_TRANSLATE_NOOP("PatternActions", "Transactions of {value}"),
    PatternAction.COPY_TEXT: QT_TRANSLATE_NOOP("PatternActions", "Copy “{value}”"),
}

FOCUS_KINDS: Mapping[PatternAction, str] = {
    PatternAction.OPEN_CHARGER: FocusRequests.CHARGER,
    PatternAction.FIND_RFID: FocusRequests.RFID,
    PatternAction.SEARCH_TRANSACTIONS: FocusRequests.TRANSACTIONS,
}

_BUILTIN_LABELS: Mapping[str, str] = {
    "ocpp_url": QT_TRANSLATE_NOOP("BuiltinPatterns", "Charger id in an OCPP URL"),
    "ocpp_error_code": QT_TRANSLATE_NOOP("BuiltinPatterns", "OCPP 1.6 error code"),
    "vin": QT_TRANSLATE_NOOP("BuiltinPatterns", "Vehicle identification number (VIN)"),
    "rfid_uid": QT_TRANSLATE_NOOP("BuiltinPatterns", "RFID UID"),
}
BUTTON_TEXT_CHARS = 40  # a long captured value is shortened on the button (the banner shows it whole)


def error_text(error: PatternError) -> str:
    """One sentence for a mask or template problem; positions counted from 1 as people do."""
    source = _ERRORS.get(error.code)
    if source is None:
        return str(error)
    position = "" if error.position is None else str(error.position + 1)
    text = translate("PatternErrors", source).format(position=position, name=error.name)
    if error.code in ("unclosed_bracket", "unmatched_bracket", "nested_bracket"):
        text += " " + translate("PatternErrors", _ESCAPE_HINT)
    return text


def action_name(action: PatternAction) -> str:
    return translate("PatternActions", _ACTIONS.get(action, action.value))


def action_button_text(action: PatternAction, value: str) -> str:
    shown = value if len(value) <= BUTTON_TEXT_CHARS else value[: BUTTON_TEXT_CHARS - 1] + "…"
    source = _BUTTONS.get(action)
    return translate("PatternActions", source).format(value=shown) if source else shown


def builtin_label(key: str) -> str:
    source = _BUILTIN_LABELS.get(key)
    if source is not None:
        return translate("BuiltinPatterns", source)
    pattern = BUILTIN_BY_KEY.get(key)
    return pattern.label if pattern is not None else key


def pattern_title(match_or_pattern: PatternMatch | object) -> str:
    """What a person calls the pattern: its label, the built-in's name, else its mask."""
    pattern = match_or_pattern.pattern if isinstance(match_or_pattern, PatternMatch) else match_or_pattern
    key = getattr(pattern, "key", None)
    if isinstance(key, str) and key in BUILTIN_BY_KEY:
        return builtin_label(key)
    label = getattr(pattern, "label", "")
    return label or str(getattr(pattern, "mask", ""))


def substitutions_text(match: PatternMatch) -> str:
    return ", ".join(f"{name} = {value}" for name, value in match.values.items()) or translate(
        "ClipboardPanel", "no placeholders"
    )
