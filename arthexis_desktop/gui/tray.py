"""The system tray icon: broker state and connected chargers in its tooltip, a small menu, and the
tray balloon as a toast backend (``TrayToaster``).

A tray exists only where something hosts one (stack-notes §4): never offscreen, not under a bare
Xvfb, yes on Windows, most Linux desktops and Xvfb + ``trayer``. Without one the icon is not shown
and the app behaves as if it had none (closing the window quits). Offscreen Qt also accepts
``showMessage`` and draws nothing, so the balloon backend is available only with a real tray.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from arthexis_desktop.core.notify import Toast
from arthexis_desktop.gui.i18n import is_language_change
from arthexis_desktop.gui.style import resource_path, themed_icon

log = logging.getLogger(__name__)

PAUSE_HOUR_S = 3600.0
MESSAGE_MS = 10_000


def app_icon() -> QIcon:
    """The application's icon (set at start-up), else the one in the resources."""
    icon = QApplication.windowIcon()
    if icon.isNull():
        path = resource_path("icons", "arthexis.svg")
        icon = QIcon(str(path)) if path is not None else themed_icon("broker")
    return icon


def tray_available() -> bool:
    """Something hosts tray icons here (tests patch this seam)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class TrayIcon(QObject):
    show_requested = Signal()  # the icon was clicked, or Show window
    quit_requested = Signal()  # Quit (the app asks first while sessions are active)
    pause_requested = Signal(object)  # seconds (float), or None: until resumed
    resume_requested = Signal()
    message_clicked = Signal(str)  # the charger the clicked message was about ("" none)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setObjectName("tray_icon")
        self.menu = QMenu()  # a top-level widget: it gets the LanguageChange events for us
        self.menu.setObjectName("tray_menu")
        self.menu.installEventFilter(self)
        self.show_action = self._action("tray_show", self.show_requested.emit)
        self.pause_menu = QMenu(self.menu)
        self.pause_menu.setObjectName("tray_pause_menu")
        self.pause_menu.setIcon(themed_icon("bell"))
        self.pause_hour_action = self._action(
            "tray_pause_hour", lambda: self.pause_requested.emit(PAUSE_HOUR_S)
        )
        self.pause_forever_action = self._action(
            "tray_pause_forever", lambda: self.pause_requested.emit(None)
        )
        self.resume_action = self._action("tray_resume", self.resume_requested.emit)
        self.quit_action = self._action("tray_quit", self.quit_requested.emit)
        self.quit_action.setIcon(themed_icon("quit"))
        self.menu.addAction(self.show_action)
        self.menu.addMenu(self.pause_menu)
        for action in (self.pause_hour_action, self.pause_forever_action, self.resume_action):
            self.pause_menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self._on_message_clicked)
        self.last_message: Toast | None = None
        self._disposed = False
        self._state = ("starting", "", -1)
        self._paused_text = ""
        self.set_paused(None)
        self.retranslate()

    def _action(self, name: str, slot: object) -> QAction:
        action = QAction(self.menu)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    # -- showing ---------------------------------------------------------------------------------
    @staticmethod
    def available() -> bool:
        return tray_available()

    def show(self) -> bool:
        """Show the icon where a tray exists; False (and nothing shown) otherwise."""
        if not tray_available():
            log.info("no system tray here: closing the window quits")
            return False
        self.icon.show()
        return True

    def hide(self) -> None:
        self.icon.hide()

    def is_visible(self) -> bool:
        return self.icon.isVisible()

    def dispose(self) -> None:
        """At shutdown: take the icon out of the tray and free the menu (it has no parent)."""
        self.icon.hide()
        if not self._disposed:
            self._disposed = True
            self.menu.deleteLater()

    # -- texts -----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.menu and is_language_change(event):
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.show_action.setText(self.tr("&Show window"))
        self.pause_menu.setTitle(self.tr("&Pause notifications"))
        self.pause_hour_action.setText(self.tr("For 1 &hour"))
        self.pause_forever_action.setText(self.tr("&Until resumed"))
        self.resume_action.setText(self.tr("&Resume notifications"))
        self.quit_action.setText(self.tr("&Quit"))
        self._update_tooltip()

    def set_status(self, state: str, detail: str, connected: int) -> None:
        """Broker state (as the status bar has it) and the connected count; cheap when unchanged."""
        if (state, detail, connected) != self._state:
            self._state = (state, detail, connected)
            self._update_tooltip()

    def set_paused(self, until: datetime | None) -> None:
        """None: notifications on; else paused until then (``datetime.max``: until resumed)."""
        paused = until is not None
        self._paused_text = ""
        if until is not None and until.year < datetime.max.year:
            self._paused_text = until.astimezone().strftime("%H:%M")
        self.pause_hour_action.setVisible(not paused)
        self.pause_forever_action.setVisible(not paused)
        self.resume_action.setVisible(paused)
        self._paused = paused
        self._update_tooltip()

    def tooltip(self) -> str:
        return self.icon.toolTip()

    def _update_tooltip(self) -> None:
        state, detail, connected = self._state
        states = {
            "starting": self.tr("Starting…"),
            "running": self.tr("Broker running"),
            "stopping": self.tr("Stopping…"),
            "failed": self.tr("Broker not running: {reason}").format(reason=detail),
        }
        lines = [self.tr("Arthexis Desktop"), states.get(state, state)]
        if connected >= 0:
            lines.append(self.tr("%n charger(s) connected", "", connected))
        if self._paused:
            lines.append(
                self.tr("Notifications paused until {time}").format(time=self._paused_text)
                if self._paused_text
                else self.tr("Notifications paused")
            )
        self.icon.setToolTip("\n".join(lines))

    # -- messages --------------------------------------------------------------------------------
    def hint_toast(self) -> Toast:
        """Said once, the first time closing the window leaves the app in the tray."""
        return Toast(
            title=self.tr("Arthexis Desktop is still running"),
            body=self.tr(
                "The broker keeps serving the chargers. Open the window from the tray icon; "
                "quit from its menu."
            ),
            kind="tray_hint",
        )

    def show_message(self, toast: Toast) -> None:
        self.last_message = toast
        self.icon.showMessage(toast.title, toast.body, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)

    def _on_message_clicked(self) -> None:
        toast = self.last_message
        if toast is not None and toast.on_click is not None:
            self.show_requested.emit()
            toast.on_click()
            return
        charger_id = toast.charger_id if toast is not None else None
        self.message_clicked.emit(charger_id or "")

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
            QSystemTrayIcon.ActivationReason.MiddleClick,
        ):
            self.show_requested.emit()


class TrayToaster:
    """The tray balloon as a toast backend; usable only while the icon sits in a real tray."""

    name = "tray"

    def __init__(self, tray: TrayIcon) -> None:
        self.tray = tray

    def available(self) -> bool:
        return tray_available() and self.tray.is_visible() and QSystemTrayIcon.supportsMessages()

    async def show(self, toast: Toast) -> bool:
        if not self.available():
            return False
        self.tray.show_message(toast)
        return True
