"""How numbers, times and states read in the window (translated, locale-aware numbers)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from arthexis_desktop.gui.tr import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

DASH = "—"


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def format_ago(at: datetime | None, now: datetime) -> str:
    """``"12 s ago"``, ``"3 min ago"``, ``"2 h ago"``, ``"4 d ago"``; a dash when never."""
    if at is None:
        return DASH
    seconds = max(0, int((now - _aware(at)).total_seconds()))
    if seconds < 60:
        return translate("Formatting", "{seconds} s ago").format(seconds=seconds)
    if seconds < 3600:
        return translate("Formatting", "{minutes} min ago").format(minutes=seconds // 60)
    if seconds < 86400:
        return translate("Formatting", "{hours} h ago").format(hours=seconds // 3600)
    return translate("Formatting", "{days} d ago").format(days=seconds // 86400)


def format_duration(seconds: float | None) -> str:
    """``h:mm:ss``."""
    if seconds is None:
        return DASH
    total = max(0, int(seconds))
    return f"{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"


def format_number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def format_kw(power_w: float | None) -> str:
    return DASH if power_w is None else f"{format_number(power_w / 1000.0, 2)} kW"


def format_kwh(energy_wh: float | None) -> str:
    return DASH if energy_wh is None else f"{format_number(energy_wh / 1000.0, 2)} kWh"


def format_local_time(at: datetime | None, now: datetime | None = None) -> str:
    """Local wall-clock time, ISO-like so it reads the same in every language; only the time of
    day when ``at`` is on the same local day as ``now``."""
    if at is None:
        return DASH
    local = _aware(at).astimezone()
    if now is not None and local.date() == _aware(now).astimezone().date():
        return local.strftime("%H:%M:%S")
    return local.strftime("%Y-%m-%d %H:%M")


def format_clock_time(at: datetime) -> str:
    """``HH:MM:SS.mmm`` in local time (message log)."""
    local = _aware(at).astimezone()
    return local.strftime("%H:%M:%S.") + f"{local.microsecond // 1000:03d}"


# -- connector status: label and colour ------------------------------------------------------------
_STATUS_LABELS = {
    "Available": QT_TRANSLATE_NOOP("ConnectorStatus", "Available"),
    "Preparing": QT_TRANSLATE_NOOP("ConnectorStatus", "Preparing"),
    "Charging": QT_TRANSLATE_NOOP("ConnectorStatus", "Charging"),
    "SuspendedEV": QT_TRANSLATE_NOOP("ConnectorStatus", "Suspended by EV"),
    "SuspendedEVSE": QT_TRANSLATE_NOOP("ConnectorStatus", "Suspended by charger"),
    "Finishing": QT_TRANSLATE_NOOP("ConnectorStatus", "Finishing"),
    "Reserved": QT_TRANSLATE_NOOP("ConnectorStatus", "Reserved"),
    "Unavailable": QT_TRANSLATE_NOOP("ConnectorStatus", "Unavailable"),
    "Faulted": QT_TRANSLATE_NOOP("ConnectorStatus", "Faulted"),
    "Offline": QT_TRANSLATE_NOOP("ConnectorStatus", "Offline"),
    "": QT_TRANSLATE_NOOP("ConnectorStatus", "Unknown"),
}

BLUE = QColor("#2563eb")
GREEN = QColor("#15803d")
ORANGE = QColor("#d97706")
TEAL = QColor("#0f766e")
RED = QColor("#dc2626")
GREY = QColor("#6b7280")
LIGHT_GREY = QColor("#9ca3af")
PURPLE = QColor("#7c3aed")

_STATUS_COLORS = {
    "Available": BLUE,
    "Preparing": BLUE,
    "Charging": GREEN,
    "SuspendedEV": ORANGE,
    "SuspendedEVSE": ORANGE,
    "Finishing": TEAL,
    "Reserved": PURPLE,
    "Faulted": RED,
    "Unavailable": GREY,
    "Offline": LIGHT_GREY,
}


def status_label(status: str) -> str:
    source = _STATUS_LABELS.get(status)
    return QCoreApplication.translate("ConnectorStatus", source) if source else status


def status_color(status: str) -> QColor:
    return _STATUS_COLORS.get(status, GREY)


_ADMISSION_LABELS = {
    "accepted": QT_TRANSLATE_NOOP("Admission", "Accepted"),
    "pending": QT_TRANSLATE_NOOP("Admission", "Pending approval"),
    "rejected": QT_TRANSLATE_NOOP("Admission", "Rejected"),
}


def admission_label(state: str | None) -> str:
    if state is None:
        return QCoreApplication.translate("Admission", "Unknown")
    source = _ADMISSION_LABELS.get(str(state))
    return QCoreApplication.translate("Admission", source) if source else str(state)


def admission_color(state: str | None) -> QColor | None:
    return {"accepted": GREEN, "pending": ORANGE, "rejected": RED}.get(str(state)) if state else None


def protocol_label(protocol: str | None) -> str:
    """``ocpp1.6`` -> ``OCPP 1.6``."""
    if not protocol:
        return ""
    return "OCPP " + protocol.removeprefix("ocpp") if protocol.startswith("ocpp") else protocol


_POLICY_LABELS = {
    "open": QT_TRANSLATE_NOOP("AuthorizationPolicy", "Open"),
    "allowlist": QT_TRANSLATE_NOOP("AuthorizationPolicy", "Allow-list"),
    "strict": QT_TRANSLATE_NOOP("AuthorizationPolicy", "Strict"),
}


def policy_label(policy: str | None) -> str:
    """``open`` -> ``Open`` (translated); the raw value for anything unknown."""
    source = _POLICY_LABELS.get(str(policy)) if policy else None
    return QCoreApplication.translate("AuthorizationPolicy", source) if source else str(policy or "")
