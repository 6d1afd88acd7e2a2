"""Settings → Broker: where chargers connect, keep-alive pings, and the broker-wide defaults."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

from arthexis_desktop.core.app_settings import AppSettings, SettingsProblem
from arthexis_desktop.core.model import AdmissionPolicy, AuthorizationPolicy
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.settings.fields import FieldBox
from arthexis_desktop.gui.settings.section import (
    Section,
    line_edit_width,
    number_text,
    parse_float,
    parse_int,
    set_combo_data,
)

DEFAULT_PING_S = 20.0


class BrokerSection(Section):
    key = "broker"
    icon = "broker"

    def __init__(self) -> None:
        super().__init__()
        self.host = QLineEdit()
        self.port = QLineEdit()
        self.port.setMaximumWidth(line_edit_width(self.port, 7))
        self.pings = QCheckBox()
        self.ping_interval = QLineEdit()
        self.ping_timeout = QLineEdit()
        for edit in (self.ping_interval, self.ping_timeout):
            edit.setMaximumWidth(line_edit_width(edit, 7))
        self.interval_unit, self.timeout_unit = QLabel("s"), QLabel("s")
        self.pings.toggled.connect(self._update_enabled)
        self.admission = QComboBox()
        for policy in AdmissionPolicy:
            self.admission.addItem("", policy)
        self.authorization = QComboBox()
        for auth in AuthorizationPolicy:
            self.authorization.addItem("", auth)
        self.validation = QComboBox()
        self.validation.addItem("", True)
        self.validation.addItem("", False)
        for combo in (self.admission, self.authorization, self.validation):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.add_row("broker.host", FieldBox("broker.host", self.host))
        self.add_row("broker.port", FieldBox("broker.port", self.port, stretch=False))
        self.add_wide("broker.pings", FieldBox("broker.pings", self.pings))
        self.add_row(
            "broker.ping_interval_s",
            FieldBox("broker.ping_interval_s", self.ping_interval, self.interval_unit, stretch=False),
        )
        self.add_row(
            "broker.ping_timeout_s",
            FieldBox("broker.ping_timeout_s", self.ping_timeout, self.timeout_unit, stretch=False),
        )
        self.add_row(
            "broker.admission_policy", FieldBox("broker.admission_policy", self.admission, stretch=False)
        )
        self.add_row(
            "broker.authorization_policy",
            FieldBox("broker.authorization_policy", self.authorization, stretch=False),
        )
        self.add_row(
            "broker.strict_validation", FieldBox("broker.strict_validation", self.validation, stretch=False)
        )
        self.finish()

    def title(self) -> str:
        return self.tr("Broker")

    def row_titles(self) -> dict[str, str]:
        return {
            "broker.host": self.tr("Listen on host"),
            "broker.port": self.tr("Port"),
            "broker.ping_interval_s": self.tr("Ping interval"),
            "broker.ping_timeout_s": self.tr("Ping timeout"),
            "broker.admission_policy": self.tr("New chargers"),
            "broker.authorization_policy": self.tr("RFID authorization"),
            "broker.strict_validation": self.tr("Message validation"),
        }

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "Chargers connect to ws://<host>:<port>/<charger id>. A new host or port applies at once: "
                "connected chargers stay connected, new connections use the new address."
            )
        )
        self.pings.setText(self.tr("Send WebSocket pings (switch off for chargers that do not answer them)"))
        admission = {
            AdmissionPolicy.ACCEPT_ANY: self.tr("Accept any charger"),
            AdmissionPolicy.ACCEPT_KNOWN: self.tr("Hold unknown chargers for approval"),
            AdmissionPolicy.REJECT_UNKNOWN: self.tr("Reject unknown chargers"),
        }
        for index in range(self.admission.count()):
            self.admission.setItemText(index, admission[self.admission.itemData(index)])
        for index in range(self.authorization.count()):
            self.authorization.setItemText(index, fmt.policy_label(self.authorization.itemData(index)))
        self.validation.setItemText(0, self.tr("Strict: refuse messages that break the OCPP schema"))
        self.validation.setItemText(1, self.tr("Lenient: accept them (quirky firmware)"))
        self.boxes["broker.strict_validation"].set_note(
            self.tr("The default for every charger; a charger's own settings can make it lenient.")
        )

    def _update_enabled(self, *_: object) -> None:
        on = self.pings.isChecked()
        for widget in (self.ping_interval, self.ping_timeout, self.interval_unit, self.timeout_unit):
            widget.setEnabled(on)

    def load(self, settings: AppSettings) -> None:
        broker = settings.broker
        self.host.setText(broker.host)
        self.port.setText(str(broker.port))
        self.pings.setChecked(broker.ping_interval_s is not None)
        self.ping_interval.setText(number_text(broker.ping_interval_s or DEFAULT_PING_S))
        self.ping_timeout.setText(number_text(broker.ping_timeout_s or DEFAULT_PING_S))
        set_combo_data(self.admission, broker.admission_policy)
        set_combo_data(self.authorization, broker.authorization_policy)
        set_combo_data(self.validation, broker.strict_validation)
        self._update_enabled()

    def read(self, settings: AppSettings) -> tuple[AppSettings, list[SettingsProblem]]:
        problems: list[SettingsProblem] = []
        broker = settings.broker
        port = parse_int(self.port.text())
        if port is None:
            problems.append(SettingsProblem("broker.port", "not_a_whole_number"))
            port = broker.port
        interval: float | None = None
        timeout: float | None = None
        if self.pings.isChecked():
            interval = parse_float(self.ping_interval.text())
            timeout = parse_float(self.ping_timeout.text())
            if interval is None:
                problems.append(SettingsProblem("broker.ping_interval_s", "not_a_number"))
                interval = broker.ping_interval_s
            if timeout is None:
                problems.append(SettingsProblem("broker.ping_timeout_s", "not_a_number"))
                timeout = broker.ping_timeout_s
        new = replace(
            broker,
            host=self.host.text().strip(),
            port=port,
            ping_interval_s=interval,
            ping_timeout_s=timeout,
            admission_policy=AdmissionPolicy(self.admission.currentData()),
            authorization_policy=AuthorizationPolicy(self.authorization.currentData()),
            strict_validation=bool(self.validation.currentData()),
        )
        return replace(settings, broker=new), problems
