"""Toasts for what happens at the chargers: events in, rate-limited notifications out.

``ToastDispatcher`` listens to the ``EventBridge``, turns each event worth a toast into a
``core.notify.Notice`` (only kinds switched on in Settings → Notifications; a switch takes effect
at once), lets the pure ``NotificationPolicy`` coalesce, rate-limit and debounce them, and keeps
one single-shot ``QTimer`` on the policy's next due time. Each delivery is worded by
``ToastTexts`` and handed to the first backend that takes it: native toasts (plyer), then the tray
balloon, then the log (``LogToaster``, always there).

Where the values come from: connector faults from StatusNotification (only the change into
Faulted, or a new error code, not every repeat); sessions from the transaction in the event
(energy, duration); RFID cards presented at a charger carry the central system's decision, cards
held to this computer's readers are looked up in the register (accepted, blocked, unknown).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from arthexis_desktop.core import events as ev
from arthexis_desktop.core.app_settings import AppSettings, NotificationKind
from arthexis_desktop.core.errors import NotFoundError
from arthexis_desktop.core.model import AuthorizationStatus
from arthexis_desktop.core.notify import Notice, NotificationPolicy, RateLimits, Toast, Toaster
from arthexis_desktop.gui.bridge import EventBridge
from arthexis_desktop.gui.tasks import TaskRunner
from arthexis_desktop.gui.toast_texts import ToastTexts

if TYPE_CHECKING:
    from arthexis_desktop.gui.settings.hub import SettingsHub
    from arthexis_desktop.services.register import RegisterServices

log = logging.getLogger(__name__)

K = NotificationKind


class LogToaster:
    """The last resort: the toast goes to the log (always available)."""

    name = "log"

    def available(self) -> bool:
        return True

    async def show(self, toast: Toast) -> bool:
        log.info("notification: %s — %s", toast.title, toast.body)
        return True


class ToastDispatcher(QObject):
    shown = Signal(object, str)  # Toast, the backend that took it
    paused_changed = Signal(object)  # datetime (UTC) the pause ends, datetime.max: until resumed; None

    def __init__(
        self,
        *,
        bridge: EventBridge,
        toasters: Sequence[Toaster],
        tasks: TaskRunner,
        settings: SettingsHub | None = None,
        register: RegisterServices | None = None,
        clock: Callable[[], float] = time.monotonic,
        limits: RateLimits | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.toasters = list(toasters)
        self.tasks = tasks
        self.settings = settings
        self.register = register
        self._clock = clock
        self.policy = NotificationPolicy(clock, limits)
        self.texts = ToastTexts(self)
        self._faults: dict[tuple[str, int], str] = {}  # (charger, connector) -> error code while Faulted
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.deliver_due)
        self._pause_timer = QTimer(self)
        self._pause_timer.setSingleShot(True)
        self._pause_timer.timeout.connect(self._pause_ended)
        self.paused_until_utc: datetime | None = None
        self._connect(bridge)
        if settings is not None:
            settings.changed.connect(self._settings_changed)

    def _connect(self, bridge: EventBridge) -> None:
        bridge.charger_connected.connect(self._on_connected)
        bridge.charger_disconnected.connect(self._on_disconnected)
        bridge.boot_notified.connect(self._on_boot)
        bridge.connector_status_changed.connect(self._on_status)
        bridge.transaction_started.connect(self._on_started)
        bridge.transaction_stopped.connect(self._on_stopped)
        bridge.tag_presented.connect(self._on_presented)
        bridge.tag_scanned.connect(self._on_scanned)
        bridge.broker_failed.connect(self._on_broker_failed)

    # -- settings --------------------------------------------------------------------------------
    def enabled(self, kind: NotificationKind) -> bool:
        return self.settings is None or self.settings.current.notifications.enabled(kind)

    def _settings_changed(self, settings: AppSettings) -> None:
        for kind in NotificationKind:
            if not settings.notifications.enabled(kind):
                self.policy.discard(kind)
        self._schedule()

    # -- notices ---------------------------------------------------------------------------------
    def offer(self, notice: Notice) -> None:
        if not self.enabled(notice.kind):
            return
        self.policy.offer(notice)
        self._schedule()

    def _on_connected(self, e: ev.ChargerConnected) -> None:
        details = {"remote": e.remote, "protocol": e.protocol}
        self.offer(Notice(K.CHARGER_CONNECTED, e.charger_id, e.charger_id, details))

    def _on_disconnected(self, e: ev.ChargerDisconnected) -> None:
        details = {"code": e.code, "reason": e.reason}
        self.offer(Notice(K.CHARGER_DISCONNECTED, e.charger_id, e.charger_id, details))

    def _on_boot(self, e: ev.BootNotified) -> None:
        kind = {"Pending": K.CHARGER_PENDING, "Rejected": K.BOOT_REJECTED}.get(e.status)
        if kind is not None:
            details = {"vendor": e.info.vendor, "model": e.info.model, "known": e.known_before}
            self.offer(Notice(kind, e.charger_id, e.charger_id, details))

    def _on_status(self, e: ev.ConnectorStatusChanged) -> None:
        status = e.status
        key = (status.charger_id, status.connector_id)
        if status.status != "Faulted":
            self._faults.pop(key, None)
            return
        if self._faults.get(key) == status.error_code:
            return  # the same fault again
        self._faults[key] = status.error_code
        details = {"connector": status.connector_id, "error_code": status.error_code, "info": status.info}
        subject = f"{status.charger_id} #{status.connector_id}"
        self.offer(Notice(K.CONNECTOR_FAULTED, subject, status.charger_id, details))

    def _on_started(self, e: ev.TransactionStarted) -> None:
        if e.replayed:
            return
        tx = e.transaction
        details = {"connector": tx.connector_id, "tag": tx.tag_uid or tx.id_tag or ""}
        self.offer(Notice(K.TRANSACTION_STARTED, str(tx.id), tx.charger_id, details))

    def _on_stopped(self, e: ev.TransactionStopped) -> None:
        tx = e.transaction
        energy = tx.energy_wh
        if energy is None and tx.meter_start_wh is not None and tx.meter_stop_wh is not None:
            energy = max(0.0, tx.meter_stop_wh - tx.meter_start_wh)
        duration = (
            (tx.stop_time - tx.start_time).total_seconds()
            if tx.start_time is not None and tx.stop_time is not None
            else None
        )
        details = {"connector": tx.connector_id, "energy_wh": energy, "duration_s": duration}
        self.offer(Notice(K.TRANSACTION_STOPPED, str(tx.id), tx.charger_id, details))

    def _on_presented(self, e: ev.TagPresented) -> None:
        decision = e.decision
        accepted = decision.status is AuthorizationStatus.ACCEPTED
        # an accepted start is the session toast already; a stop is the stopped session's
        if e.purpose == "StopTransaction" or (e.purpose == "StartTransaction" and accepted):
            return
        status = "accepted" if accepted else "blocked" if decision.known else "unknown"
        details = {"status": status, "reason": decision.reason}
        self.offer(Notice(K.TAG_SCANNED, decision.tag_uid, e.charger_id, details))

    def _on_scanned(self, e: ev.TagScanned) -> None:
        if not self.enabled(K.TAG_SCANNED):
            return
        if self.register is None:
            self.offer(Notice(K.TAG_SCANNED, e.uid, None, {"status": "scanned", "reader": e.reader}))
            return
        self.tasks.spawn(self._look_up(e), name="toast-tag-lookup")

    async def _look_up(self, e: ev.TagScanned) -> None:
        assert self.register is not None
        try:
            tag = await self.register.tags.tag(e.uid)
        except NotFoundError:
            status = "unknown"
        except Exception as exc:
            log.warning("tag %s not looked up for its notification: %s", e.uid, exc)
            status = "scanned"
        else:
            expired = tag.expires_at is not None and tag.expires_at <= datetime.now(UTC)
            status = "accepted" if tag.allowed and not expired else "blocked"
        self.offer(Notice(K.TAG_SCANNED, e.uid, None, {"status": status, "reader": e.reader}))

    def _on_broker_failed(self, e: ev.BrokerFailed) -> None:
        details = {"host": e.host, "port": e.port, "reason": e.reason}
        self.offer(Notice(K.BROKER_FAILED, f"{e.host}:{e.port}", None, details))

    # -- delivering ------------------------------------------------------------------------------
    def _schedule(self) -> None:
        due = self.policy.next_due()
        if due is None:
            self._timer.stop()
            return
        delay_ms = max(0, math.ceil((due - self._clock()) * 1000))
        if not self._timer.isActive() or self._timer.remainingTime() > delay_ms:
            self._timer.start(delay_ms)

    def deliver_due(self) -> list[Toast]:
        """Show what the policy says is due now (the timer calls it; tests with a fake clock too)."""
        toasts = []
        for delivery in self.policy.poll():
            if not self.enabled(delivery.kind):
                continue
            toast = self.texts.toast(delivery)
            toasts.append(toast)
            self.tasks.spawn(self._show(toast), name="toast")
        self._schedule()
        return toasts

    def announce(self, toast: Toast) -> None:
        """Show ``toast`` now, past the policy and the settings (the one-time tray hint)."""
        self.tasks.spawn(self._show(toast), name="toast")

    async def _show(self, toast: Toast) -> None:
        for toaster in self.toasters:
            try:
                if toaster.available() and await toaster.show(toast):
                    self.shown.emit(toast, toaster.name)
                    return
            except Exception:
                log.exception("toast backend %s failed", toaster.name)

    # -- pause -----------------------------------------------------------------------------------
    @property
    def paused(self) -> bool:
        return self.policy.paused

    def pause(self, seconds: float | None) -> None:
        """Show no toast for ``seconds`` (None: until ``resume()``)."""
        self.policy.pause(None if seconds is None else self._clock() + seconds)
        self._timer.stop()
        if seconds is None:
            self._pause_timer.stop()
            self.paused_until_utc = datetime.max.replace(tzinfo=UTC)
        else:
            self._pause_timer.start(max(0, math.ceil(seconds * 1000)))
            self.paused_until_utc = datetime.now(UTC) + timedelta(seconds=seconds)
        log.info("notifications paused until %s", "resumed" if seconds is None else self.paused_until_utc)
        self.paused_changed.emit(self.paused_until_utc)

    def resume(self) -> None:
        self.policy.resume()
        self._pause_ended()

    def _pause_ended(self) -> None:
        self._pause_timer.stop()
        self.paused_until_utc = None
        self.paused_changed.emit(None)
        self._schedule()

    def stop(self) -> None:
        self._timer.stop()
        self._pause_timer.stop()
