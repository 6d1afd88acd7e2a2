"""Forms for an account (name, contact, service account, concurrent sessions) and for adding
credit (kWh; negative corrects). Opened with ``open()``; ``submitted`` carries the values and the
caller closes the form once the service accepted them (a refusal is shown in it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.model import Account

MAX_CREDIT_KWH = 1_000_000.0


class SubmitForm(QDialog):
    submitted = Signal(dict)

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName(name)
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setObjectName("form_error")
        self.error_label.setStyleSheet("color: #dc2626;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def check(self, values: dict[str, Any]) -> str:
        return ""

    def _submit(self) -> None:
        values = self.values()
        problem = self.check(values)
        if problem:
            self.show_error(problem)
            return
        self.buttons.setEnabled(False)
        self.submitted.emit(values)

    def show_error(self, text: str) -> None:
        self.buttons.setEnabled(True)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


class AccountDialog(SubmitForm):
    def __init__(self, account: Account | None, parent: QWidget | None = None) -> None:
        title = (
            self.tr("New account") if account is None else self.tr("Account {name}").format(name=account.name)
        )
        super().__init__(title, "account_dialog", parent)
        self.account = account
        self.name_edit = QLineEdit(account.name if account else "")
        self.name_edit.setObjectName("account_name")
        self.name_edit.setMaxLength(120)
        self.contact_edit = QLineEdit(account.contact if account else "")
        self.contact_edit.setObjectName("account_contact")
        self.contact_edit.setMaxLength(200)
        self.contact_edit.setPlaceholderText(self.tr("phone, e-mail…"))
        self.service_check = QCheckBox(self.tr("Service account (may charge with no credit left)"))
        self.service_check.setObjectName("account_service")
        self.service_check.setChecked(bool(account and account.service_account))
        self.concurrent_check = QCheckBox(self.tr("Its cards may run several sessions at once"))
        self.concurrent_check.setObjectName("account_concurrent")
        self.concurrent_check.setChecked(bool(account and account.allow_concurrent))
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Contact"), self.contact_edit)
        self.form.addRow("", self.service_check)
        self.form.addRow("", self.concurrent_check)

    def values(self) -> dict[str, Any]:
        return {
            "name": " ".join(self.name_edit.text().split()),
            "contact": self.contact_edit.text().strip(),
            "service_account": self.service_check.isChecked(),
            "allow_concurrent": self.concurrent_check.isChecked(),
        }

    def check(self, values: dict[str, Any]) -> str:
        return "" if values["name"] else self.tr("An account needs a name.")


class CreditDialog(SubmitForm):
    def __init__(self, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add credit to {name}").format(name=account.name), "credit_dialog", parent)
        self.account = account
        self.energy_spin = QDoubleSpinBox()
        self.energy_spin.setObjectName("credit_kwh")
        self.energy_spin.setRange(-MAX_CREDIT_KWH, MAX_CREDIT_KWH)
        self.energy_spin.setDecimals(1)
        self.energy_spin.setSuffix(" kWh")
        self.energy_spin.setValue(50.0)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("credit_note")
        self.note_edit.setMaxLength(64)
        self.note_edit.setPlaceholderText(self.tr("e.g. invoice 2026-014"))
        hint = QLabel(self.tr("A negative amount corrects an earlier top-up."))
        hint.setStyleSheet("color: #6b7280; font-weight: normal;")
        self.form.addRow(self.tr("Energy"), self.energy_spin)
        self.form.addRow(self.tr("Note"), self.note_edit)
        self.form.addRow("", hint)

    def values(self) -> dict[str, Any]:
        return {"energy_wh": self.energy_spin.value() * 1000.0, "note": self.note_edit.text().strip()}

    def check(self, values: dict[str, Any]) -> str:
        return "" if values["energy_wh"] else self.tr("Enter an amount other than zero.")
