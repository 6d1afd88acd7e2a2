"""Words for the RFID cards panel: reader states and how to fix them, tag colours, decisions,
reservation states (translated; the codes come from ``integrations.rfid`` and ``core.model``)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from arthexis_desktop.core.model import TagColour
from arthexis_desktop.gui.decision_texts import reason_text as reason_text  # re-exported
from arthexis_desktop.gui.decision_texts import reservation_text as reservation_text  # re-exported
from arthexis_desktop.gui.decision_texts import status_text as status_text  # re-exported
from arthexis_desktop.gui.tr import QT_TRANSLATE_NOOP
from arthexis_desktop.integrations.rfid import ReaderState, ServiceState

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

_SERVICE = {
    ServiceState.STOPPED: QT_TRANSLATE_NOOP("RfidReaders", "Reader watch stopped"),
    ServiceState.STARTING: QT_TRANSLATE_NOOP("RfidReaders", "Looking for readers…"),
    ServiceState.READY: QT_TRANSLATE_NOOP("RfidReaders", "Ready"),
    ServiceState.NO_READERS: QT_TRANSLATE_NOOP("RfidReaders", "No PC/SC reader connected"),
    ServiceState.NO_SERVICE: QT_TRANSLATE_NOOP("RfidReaders", "PC/SC service not running"),
    ServiceState.NO_ACCESS: QT_TRANSLATE_NOOP("RfidReaders", "The PC/SC service refuses this user"),
    ServiceState.NO_DRIVER: QT_TRANSLATE_NOOP("RfidReaders", "pyscard not available"),
    ServiceState.ERROR: QT_TRANSLATE_NOOP("RfidReaders", "PC/SC error"),
}
_READER = {
    ReaderState.EMPTY: QT_TRANSLATE_NOOP("RfidReaders", "waiting for a card"),
    ReaderState.CARD: QT_TRANSLATE_NOOP("RfidReaders", "card present"),
    ReaderState.UNREADABLE: QT_TRANSLATE_NOOP("RfidReaders", "card gives no UID"),
}
_COLOURS = {
    TagColour.BLACK: QT_TRANSLATE_NOOP("TagColour", "Black"),
    TagColour.WHITE: QT_TRANSLATE_NOOP("TagColour", "White"),
    TagColour.BLUE: QT_TRANSLATE_NOOP("TagColour", "Blue"),
    TagColour.RED: QT_TRANSLATE_NOOP("TagColour", "Red"),
    TagColour.GREEN: QT_TRANSLATE_NOOP("TagColour", "Green"),
}
COLOUR_SWATCH = {
    TagColour.BLACK: QColor("#111827"),
    TagColour.WHITE: QColor("#f9fafb"),
    TagColour.BLUE: QColor("#2563eb"),
    TagColour.RED: QColor("#dc2626"),
    TagColour.GREEN: QColor("#15803d"),
}
_LIST_STATUS = {
    "Accepted": QT_TRANSLATE_NOOP("LocalList", "Accepted"),
    "Failed": QT_TRANSLATE_NOOP("LocalList", "Failed"),
    "NotSupported": QT_TRANSLATE_NOOP("LocalList", "Not supported"),
    "VersionMismatch": QT_TRANSLATE_NOOP("LocalList", "Version mismatch"),
    "error": QT_TRANSLATE_NOOP("LocalList", "No answer"),
    "unchanged": QT_TRANSLATE_NOOP("LocalList", "Up to date"),
}


def _tr(context: str, table: dict, key: object) -> str:
    source = table.get(key)
    return translate(context, source) if source else str(key)


def service_text(state: ServiceState) -> str:
    return _tr("RfidReaders", _SERVICE, state)


def reader_state_text(state: ReaderState) -> str:
    return _tr("RfidReaders", _READER, state)


def service_fix(state: ServiceState, platform: str = sys.platform) -> str:
    """What the operator can do about ``state`` (empty when nothing needs doing)."""
    if state is ServiceState.NO_SERVICE:
        if platform.startswith("win"):
            return translate(
                "RfidReaders",
                "Start the Windows “Smart Card” service (services.msc → Smart Card → Start, startup "
                "type Automatic). Windows stops it while no reader is plugged in: plug the reader in.",
            )
        if platform == "darwin":
            return translate("RfidReaders", "PC/SC is built into macOS: unplug and re-plug the reader.")
        return translate(
            "RfidReaders",
            "Install and start the PC/SC daemon: sudo apt install pcscd, then sudo systemctl enable "
            "--now pcscd.socket (without systemd: sudo pcscd). It is picked up without a restart.",
        )
    if state is ServiceState.NO_READERS:
        return translate(
            "RfidReaders",
            "Plug in a PC/SC (CCID) reader such as an ACR122U; it is picked up without a restart.",
        )
    if state is ServiceState.NO_ACCESS:
        return translate(
            "RfidReaders",
            "pcscd refuses this user (polkit). Install packaging/linux/50-arthexis-pcscd.rules into "
            "/etc/polkit-1/rules.d/, add the user to group pcscd, then log in again.",
        )
    if state is ServiceState.NO_DRIVER:
        return translate(
            "RfidReaders",
            "Install pyscard into the app's environment (sh packaging/bootstrap.sh install); "
            "keyboard readers work without it.",
        )
    if state is ServiceState.ERROR:
        return translate("RfidReaders", "Unplug and re-plug the reader; see the log for details.")
    return ""


def colour_text(colour: TagColour) -> str:
    return _tr("TagColour", _COLOURS, TagColour(colour))


def list_status_text(status: str | None) -> str:
    if not status:
        return "—"
    return _tr("LocalList", _LIST_STATUS, status)
