"""Permanent status-bar items: broker state, broker URL(s), connected-charger count."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from arthexis_desktop.gui.context import BrokerInfo
from arthexis_desktop.gui.i18n import is_language_change

# Readable on the light and the dark theme alike.
_STATE_COLORS = {"starting": "#6b7280", "running": "#16a34a", "stopping": "#6b7280", "failed": "#dc2626"}


class BrokerStatus(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state_label = QLabel()
        self.state_label.setObjectName("broker_state")
        self.urls_label = QLabel()
        self.urls_label.setObjectName("broker_urls")
        self.connected_label = QLabel()
        self.connected_label.setObjectName("connected_count")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(14)
        layout.addWidget(self.connected_label)
        layout.addWidget(self.urls_label)
        layout.addWidget(self.state_label)
        self._broker: BrokerInfo | None = None
        self._urls: tuple[str, ...] = ()
        self._connected = -1
        self.state = ""
        self._detail = ""
        self.set_state("starting")

    def retranslate(self) -> None:
        self.set_state(self.state, self._detail)
        if self._connected >= 0:
            connected, self._connected = self._connected, -1
            self._urls = ()
            self.update_live(connected)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    def set_state(self, state: str, detail: str = "") -> None:
        """``starting`` | ``running`` | ``stopping`` | ``failed`` (with the reason in ``detail``)."""
        self.state = state
        self._detail = detail
        texts = {
            "starting": self.tr("Starting…"),
            "running": self.tr("● Broker running"),
            "stopping": self.tr("Stopping…"),
            "failed": self.tr("● Broker not running: {reason}").format(reason=detail),
        }
        self.state_label.setText(texts.get(state, state))
        color = _STATE_COLORS.get(state)
        self.state_label.setStyleSheet(f"color: {color}; font-weight: 600;" if color else "font-weight: 600;")
        self.state_label.setToolTip(detail)

    def attach(self, broker: BrokerInfo) -> None:
        self._broker = broker

    def update_live(self, connected: int) -> None:
        """Called on the clock: cheap label updates only when something changed."""
        if connected != self._connected:
            self._connected = connected
            self.connected_label.setText(self.tr("%n charger(s) connected", "", connected))
        urls = self._current_urls()
        if urls != self._urls:
            self._urls = urls
            if urls:
                shown = urls[0] + (f"  (+{len(urls) - 1})" if len(urls) > 1 else "")
                self.urls_label.setText(self.tr("Broker: {url}").format(url=shown))
                self.urls_label.setToolTip("\n".join(urls))
            else:
                self.urls_label.setText("")

    def _current_urls(self) -> tuple[str, ...]:
        if self._broker is None or self.state not in ("running",):
            return ()
        try:
            return tuple(self._broker.urls)
        except Exception:  # not listening (yet)
            return ()
