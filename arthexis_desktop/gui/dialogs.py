"""Application-level message boxes (startup failures), opened without blocking the loop."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
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
            "Chargers cannot connect: {reason}\n\nClose the other program using the port, or choose "
            "another port in File → Settings → Broker (the broker starts there at once).",
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


class QuitTexts(QObject):
    def question(self, active: int) -> str:  # self.tr: lupdate extracts plurals only from tr()
        return self.tr("%n transaction(s) are active; quit anyway?", "", active)


def quit_confirmation_box(parent: QWidget, active: int) -> QMessageBox:
    """Quit while sessions run? Yes quits (the chargers keep charging, the broker stops); the
    answer comes with ``finished`` (see ``DesktopApp.request_quit``)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("QuitDialog", "Quit Arthexis Desktop?"),
        QuitTexts().question(active),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("quit_confirmation")
    box.setInformativeText(
        translate(
            "QuitDialog",
            "The central system stops: chargers lose their connection until it runs again.",
        )
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.open()
    return box
