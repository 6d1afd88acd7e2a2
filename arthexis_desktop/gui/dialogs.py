"""Application-level message boxes (startup failures), opened without blocking the loop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")


def _box(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, parent=parent)
    box.setObjectName("app_message_box")
    box.open()  # window-modal, returns at once: the event loop keeps running
    return box


def broker_failure_box(parent: QWidget, reason: str) -> QMessageBox:
    return _box(
        parent,
        QMessageBox.Icon.Warning,
        translate("StartupDialogs", "The central system is not running"),
        translate(
            "StartupDialogs",
            "Chargers cannot connect: {reason}\n\nClose the other program using the port, or start "
            "Arthexis Desktop with another --port.",
        ).format(reason=reason),
    )


def storage_failure_box(parent: QWidget, detail: str) -> QMessageBox:
    return _box(
        parent,
        QMessageBox.Icon.Critical,
        translate("StartupDialogs", "The database cannot be opened"),
        translate(
            "StartupDialogs",
            "{detail}\n\nArthexis Desktop will close. Check --db / --data-dir and the log file.",
        ).format(detail=detail),
    )
