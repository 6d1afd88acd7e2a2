"""One sentence per settings problem code (``core.app_settings.validate`` and the dialog's own)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from arthexis_desktop.core.app_settings import SettingsProblem
from arthexis_desktop.gui.tr import QT_TRANSLATE_NOOP

CONTEXT = "SettingsProblems"

_MESSAGES: Mapping[str, str] = {
    "host_invalid": QT_TRANSLATE_NOOP(
        "SettingsProblems",
        "Enter a host name or IP address without spaces (0.0.0.0 listens on every interface).",
    ),
    "port_range": QT_TRANSLATE_NOOP(
        "SettingsProblems", "The port must be a whole number from {min} to {max} (0 picks a free port)."
    ),
    "not_positive": QT_TRANSLATE_NOOP(
        "SettingsProblems", "Enter a number of seconds greater than 0, or switch the pings off."
    ),
    "not_a_whole_number": QT_TRANSLATE_NOOP("SettingsProblems", "Enter a whole number."),
    "not_a_number": QT_TRANSLATE_NOOP("SettingsProblems", "Enter a number."),
    "required": QT_TRANSLATE_NOOP("SettingsProblems", "A value is required."),
    "choice": QT_TRANSLATE_NOOP("SettingsProblems", "Choose one of: {choices}."),
    "int_range": QT_TRANSLATE_NOOP("SettingsProblems", "Enter a whole number from {min} to {max}."),
    "broker_invalid": QT_TRANSLATE_NOOP("SettingsProblems", "The broker settings cannot be used: {detail}"),
    "db_url_invalid": QT_TRANSLATE_NOOP(
        "SettingsProblems",
        "Enter a database URL such as postgresql://user@host/arthexis, or leave it empty for SQLite.",
    ),
    "language_unknown": QT_TRANSLATE_NOOP("SettingsProblems", "Choose a language from the list."),
    "url_scheme": QT_TRANSLATE_NOOP(
        "SettingsProblems", "The URL template must start with http:// or https://."
    ),
    "bind_failed": QT_TRANSLATE_NOOP("SettingsProblems", "The broker cannot listen there: {reason}"),
    "autostart_failed": QT_TRANSLATE_NOOP(
        "SettingsProblems", "Starting with the system could not be changed: {reason}"
    ),
}
# {z}, {x} and {y} are shown as they are: this one is never formatted.
_URL_PLACEHOLDERS = QT_TRANSLATE_NOOP("SettingsProblems", "The URL template needs {z}, {x} and {y}.")


def problem_message(problem: SettingsProblem) -> str:
    if problem.code == "url_placeholders":
        return QCoreApplication.translate(CONTEXT, _URL_PLACEHOLDERS)
    source = _MESSAGES.get(problem.code)
    if source is None:
        return problem.code
    text = QCoreApplication.translate(CONTEXT, source)
    try:
        return text.format(**{k: str(v) for k, v in problem.params.items()})
    except (KeyError, IndexError, ValueError):
        return text
