"""The words of every toast, in the user's language: one ``Delivery`` in, one ``Toast`` out.

A notice's ``details`` hold plain values (remote address, error code, energy in Wh, duration in
seconds...) that ``gui.notifications`` took from the event; a summary names the first few subjects
("CP-1, CP-2, CP-3 and 497 more").
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from arthexis_desktop.core.app_settings import NotificationKind as K
from arthexis_desktop.core.notify import Delivery, Notice, Toast
from arthexis_desktop.gui import formatting as fmt

NAMED_IN_SUMMARY = 3


def _text(notice: Notice, key: str) -> str:
    value = notice.details.get(key)
    return "" if value is None else str(value)


def _number(notice: Notice, key: str) -> float | None:
    value = notice.details.get(key)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


class ToastTexts(QObject):
    def toast(self, delivery: Delivery) -> Toast:
        if delivery.is_summary and delivery.kind is not K.BROKER_FAILED:
            title, body = self.summary(delivery)
        else:
            title, body = self.single(delivery.notices[-1])
        return Toast(title=title, body=body, charger_id=delivery.charger_id, kind=delivery.kind.value)

    # -- one event -------------------------------------------------------------------------------
    def single(self, n: Notice) -> tuple[str, str]:
        charger = n.charger_id or n.subject
        kind = n.kind
        if kind is K.CHARGER_CONNECTED:
            return (
                self.tr("{charger} connected").format(charger=charger),
                self.tr("From {remote} ({protocol})").format(
                    remote=_text(n, "remote") or "?", protocol=_text(n, "protocol")
                ),
            )
        if kind is K.CHARGER_DISCONNECTED:
            reason, code = _text(n, "reason"), _text(n, "code")
            if reason:
                body = self.tr("Connection closed: {reason}").format(reason=reason)
            elif code:
                body = self.tr("Connection closed (code {code})").format(code=code)
            else:
                body = self.tr("Connection lost")
            return self.tr("{charger} disconnected").format(charger=charger), body
        if kind is K.CHARGER_PENDING:
            return (
                self.tr("{charger} waits for approval").format(charger=charger),
                self.tr("Unknown charger ({model}). Accept or reject it in the Chargers panel.").format(
                    model=self._model(n)
                ),
            )
        if kind is K.BOOT_REJECTED:
            return (
                self.tr("{charger} was rejected").format(charger=charger),
                self.tr("Its BootNotification was rejected ({model}).").format(model=self._model(n)),
            )
        if kind is K.CONNECTOR_FAULTED:
            body = self.tr("Error code: {code}").format(code=_text(n, "error_code") or "—")
            if _text(n, "info"):
                body += " — " + _text(n, "info")
            return (
                self.tr("{charger}: connector {connector} faulted").format(
                    charger=charger, connector=_text(n, "connector")
                ),
                body,
            )
        if kind is K.TRANSACTION_STARTED:
            tag = _text(n, "tag")
            connector = _text(n, "connector")
            body = (
                self.tr("Connector {connector}, card {tag}").format(connector=connector, tag=tag)
                if tag
                else self.tr("Connector {connector}").format(connector=connector)
            )
            return self.tr("Charging started on {charger}").format(charger=charger), body
        if kind is K.TRANSACTION_STOPPED:
            return (
                self.tr("Charging stopped on {charger}").format(charger=charger),
                self.tr("{energy} in {duration}").format(
                    energy=fmt.format_kwh(_number(n, "energy_wh")),
                    duration=fmt.format_duration(_number(n, "duration_s")),
                ),
            )
        if kind is K.TAG_SCANNED:
            return self._tag(n)
        return (  # BROKER_FAILED
            self.tr("The central system is not running"),
            self.tr("Chargers cannot connect: {reason}").format(reason=_text(n, "reason")),
        )

    def _model(self, n: Notice) -> str:
        return " ".join(p for p in (_text(n, "vendor"), _text(n, "model")) if p) or self.tr("unknown model")

    def _tag(self, n: Notice) -> tuple[str, str]:
        uid, status = n.subject, _text(n, "status")
        titles = {
            "accepted": self.tr("Card {uid} accepted"),
            "blocked": self.tr("Card {uid} blocked"),
            "unknown": self.tr("Card {uid} unknown"),
        }
        title = titles.get(status, self.tr("Card {uid} scanned")).format(uid=uid)
        if n.charger_id:
            body = self.tr("At charger {charger}").format(charger=n.charger_id)
        else:
            body = self.tr("On reader {reader}").format(reader=_text(n, "reader") or "?")
        return title, body

    # -- a burst ---------------------------------------------------------------------------------
    def summary(self, d: Delivery) -> tuple[str, str]:
        count = d.count
        titles = {
            K.CHARGER_CONNECTED: self.tr("%n charger(s) connected", "", count),
            K.CHARGER_DISCONNECTED: self.tr("%n charger(s) disconnected", "", count),
            K.CHARGER_PENDING: self.tr("%n charger(s) wait for approval", "", count),
            K.BOOT_REJECTED: self.tr("%n charger(s) rejected at boot", "", count),
            K.CONNECTOR_FAULTED: self.tr("%n connector(s) faulted", "", count),
            K.TRANSACTION_STARTED: self.tr("%n charging session(s) started", "", count),
            K.TRANSACTION_STOPPED: self.tr("%n charging session(s) stopped", "", count),
            K.TAG_SCANNED: self.tr("%n card(s) presented", "", count),
        }
        if d.kind in (K.TAG_SCANNED, K.CONNECTOR_FAULTED):
            names = [n.subject for n in d.notices]
        else:
            names = list(dict.fromkeys(n.charger_id or n.subject for n in d.notices))
        body = self.names(names)
        if d.kind is K.TRANSACTION_STOPPED:
            total = sum(_number(n, "energy_wh") or 0.0 for n in d.notices)
            body = self.tr("{energy} in total: {names}").format(energy=fmt.format_kwh(total), names=body)
        return titles[d.kind], body

    def names(self, names: list[str]) -> str:
        shown = ", ".join(names[:NAMED_IN_SUMMARY])
        rest = len(names) - NAMED_IN_SUMMARY
        if rest <= 0:
            return shown
        return self.tr("{names} and %n more", "", rest).format(names=shown)
