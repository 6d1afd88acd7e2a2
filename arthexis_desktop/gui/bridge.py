"""Re-emit core events from the EventBus as Qt signals (the only way panels hear the broker).

The bus publishes on the event-loop thread, which under qasync is the Qt main thread, so the
signals are delivered directly. Panels must not redraw in their slots: they note what changed and
redraw on the shared clock (see ``gui.clock``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from arthexis_desktop.core import events as ev


class EventBridge(QObject):
    broker_started = Signal(object)  # BrokerStarted
    broker_stopped = Signal(object)  # BrokerStopped
    broker_failed = Signal(object)  # BrokerFailed
    charger_connected = Signal(object)  # ChargerConnected
    charger_disconnected = Signal(object)  # ChargerDisconnected
    boot_notified = Signal(object)  # BootNotified
    admission_changed = Signal(object)  # AdmissionChanged
    heartbeat_received = Signal(object)  # HeartbeatReceived
    connector_status_changed = Signal(object)  # ConnectorStatusChanged
    tag_presented = Signal(object)  # TagPresented
    transaction_started = Signal(object)  # TransactionStarted
    transaction_stopped = Signal(object)  # TransactionStopped
    meter_sampled = Signal(object)  # MeterSampled
    frame_logged = Signal(object)  # FrameLogged
    command_completed = Signal(object)  # CommandCompleted
    charger_notified = Signal(object)  # ChargerNotified
    tag_scanned = Signal(object)  # TagScanned (a card held to a reader on this computer)
    tag_register_changed = Signal(object)  # TagRegisterChanged
    local_list_sent = Signal(object)  # LocalListSent
    reservation_updated = Signal(object)  # ReservationUpdated

    _SIGNAL_OF: dict[type[ev.Event], str] = {  # noqa: RUF012 - class-level lookup table
        ev.BrokerStarted: "broker_started",
        ev.BrokerStopped: "broker_stopped",
        ev.BrokerFailed: "broker_failed",
        ev.ChargerConnected: "charger_connected",
        ev.ChargerDisconnected: "charger_disconnected",
        ev.BootNotified: "boot_notified",
        ev.AdmissionChanged: "admission_changed",
        ev.HeartbeatReceived: "heartbeat_received",
        ev.ConnectorStatusChanged: "connector_status_changed",
        ev.TagPresented: "tag_presented",
        ev.TransactionStarted: "transaction_started",
        ev.TransactionStopped: "transaction_stopped",
        ev.MeterSampled: "meter_sampled",
        ev.FrameLogged: "frame_logged",
        ev.CommandCompleted: "command_completed",
        ev.ChargerNotified: "charger_notified",
        ev.TagScanned: "tag_scanned",
        ev.TagRegisterChanged: "tag_register_changed",
        ev.LocalListSent: "local_list_sent",
        ev.ReservationUpdated: "reservation_updated",
    }

    def __init__(self, bus: ev.EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribers: list[Callable[[], None]] = []
        for event_type, name in self._SIGNAL_OF.items():
            signal = getattr(self, name)
            self._unsubscribers.append(bus.subscribe(event_type, signal.emit))

    def detach(self) -> None:
        """Stop listening to the bus (before the window goes away)."""
        for unsubscribe in self._unsubscribers:
            unsubscribe()
        self._unsubscribers.clear()
