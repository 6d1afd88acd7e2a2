"""Turn the core error hierarchy into sentences an operator understands (translated)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from arthexis_desktop.core import errors

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

log = logging.getLogger(__name__)


def describe_error(exc: BaseException) -> str:
    """One clear sentence for ``exc``; unexpected errors are also logged with their traceback."""
    if isinstance(exc, errors.ChargerNotConnectedError):
        return translate("Errors", "Charger {charger} is not connected.").format(charger=exc.charger_id)
    if isinstance(exc, errors.ChargerNotReadyError):
        return translate(
            "Errors", "Charger {charger} is connected but has not been accepted at boot yet."
        ).format(charger=exc.charger_id)
    if isinstance(exc, errors.CallTimeoutError):
        return translate("Errors", "{action} to {charger}: no reply within {seconds} s.").format(
            action=exc.action, charger=exc.charger_id, seconds=f"{exc.timeout_s:g}"
        )
    if isinstance(exc, errors.CallRejectedError):
        return translate("Errors", "{action} to {charger} failed with error {code}: {description}").format(
            action=exc.action, charger=exc.charger_id, code=exc.code, description=exc.description or "-"
        )
    if isinstance(exc, errors.InvalidCommandError):
        return translate("Errors", "The command cannot be sent: {detail}").format(detail=str(exc))
    if isinstance(exc, errors.NotFoundError):
        return translate("Errors", "Not found: {detail}").format(detail=str(exc))
    if isinstance(exc, errors.StorageError):
        return translate("Errors", "Database error: {detail}").format(detail=str(exc))
    if isinstance(exc, errors.ConfigurationError):
        return translate("Errors", "Configuration error: {detail}").format(detail=str(exc))
    if isinstance(exc, errors.ArthexisError):
        return str(exc)
    log.error("unexpected error", exc_info=exc)
    return translate("Errors", "Unexpected error: {detail}").format(detail=f"{type(exc).__name__}: {exc}")
