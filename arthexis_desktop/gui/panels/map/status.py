"""One status per charger for its map marker, and what hovering a marker says."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.services.fleet_state import ChargerLive

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

AVAILABLE, CHARGING, FAULTED, UNAVAILABLE, OFFLINE, UNKNOWN = (
    "Available",
    "Charging",
    "Faulted",
    "Unavailable",
    "Offline",
    "",
)
IN_USE = frozenset({"Charging", "SuspendedEV", "SuspendedEVSE", "Finishing"})
FREE = frozenset({"Available", "Preparing", "Reserved"})
# Most urgent first: the order of a cluster's colour ring and of its tooltip.
SEVERITY = (FAULTED, OFFLINE, UNAVAILABLE, UNKNOWN, CHARGING, AVAILABLE)


def charger_status(live: ChargerLive | None) -> str:
    """Available, Charging, Faulted, Unavailable, Offline, or "" (connected, status not known).

    A fault anywhere (connector 0 included) wins; then a session on any connector; then the
    whole charger (connector 0) or every connector being unavailable; then a free connector.
    """
    if live is None or not live.connected:
        return OFFLINE
    main = live.connectors[0].status if 0 in live.connectors else ""
    outlets = [c.status for c in live.connectors.values() if c.connector_id > 0 and c.status]
    if main == FAULTED or FAULTED in outlets:
        return FAULTED
    if any(s in IN_USE for s in outlets):
        return CHARGING
    if main == UNAVAILABLE or (outlets and all(s == UNAVAILABLE for s in outlets)):
        return UNAVAILABLE
    if main in FREE or any(s in FREE for s in outlets):
        return AVAILABLE
    return UNKNOWN


def status_counts(statuses: Iterable[str]) -> list[tuple[str, int]]:
    """(status, how many), most urgent first."""
    counts = Counter(statuses)
    return [(s, counts[s]) for s in SEVERITY if counts[s]] + [
        (s, n) for s, n in counts.items() if s not in SEVERITY
    ]


def charger_tooltip(charger_id: str, live: ChargerLive | None, status: str) -> str:
    text = translate("MapMarkers", "{charger}: {status}").format(
        charger=charger_id, status=fmt.status_label(status)
    )
    power = live.power_w if live is not None else None
    if power is not None:
        text += "\n" + translate("MapMarkers", "Power: {power}").format(power=fmt.format_kw(power))
    return text


def cluster_tooltip(statuses: list[str]) -> str:
    parts = [f"{count} {fmt.status_label(status)}" for status, count in status_counts(statuses)]
    return translate("MapMarkers", "{count} chargers here: {statuses}\nClick to zoom in.").format(
        count=len(statuses), statuses=", ".join(parts)
    )
