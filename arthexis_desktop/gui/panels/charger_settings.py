"""Per-charger settings: authorization policy, lenient validation, unit of unit-less energy, admission.

The Chargers panel opens it for the selected charger (context menu or the Configuration menu;
double-click is kept for the charger-detail panel). The stored record is loaded first, so the
form shows what the database holds. Save goes through ``FleetService``, which refreshes the live
session: the charger's next message is judged with the new settings. A failure is shown in the
dialog, which stays open; nothing is written half-silently.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.model import AdmissionState, AuthorizationPolicy, ChargerRecord, ChargerSettings
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.i18n import is_language_change

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

HINT_STYLE = "color: #6b7280; font-weight: normal;"
HINT_INDENT_PX = 24  # under the text of a radio button / check box, not under its indicator
KWH = "kWh"


def _add_hint(layout: QVBoxLayout, text: str, *, indent: bool = True) -> QLabel:
    """A grey explanation under a choice; indented by a layout margin (a QLabel's own contents
    margins are not counted when a word-wrapped label computes its height)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    row = QVBoxLayout()
    row.setContentsMargins(HINT_INDENT_PX if indent else 0, 0, 0, 4)
    row.addWidget(label)
    layout.addLayout(row)
    return label


class ChargerSettingsDialog(QDialog):
    """The form; ``save_requested`` is emitted by Save, the editor writes and closes it."""

    save_requested = Signal()

    def __init__(
        self,
        record: ChargerRecord,
        *,
        broker_policy: AuthorizationPolicy | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record = record
        self._busy = False
        self._broker_policy = broker_policy
        self._hints: dict[str, QLabel] = {}  # their texts follow the language (``retranslate``)
        self.setObjectName("charger_settings_dialog")
        self.setWindowTitle(self.tr("Charger settings — {charger}").format(charger=record.charger_id))
        layout = QVBoxLayout(self)
        layout.addWidget(self._policy_box(broker_policy))
        layout.addWidget(self._messages_box())
        layout.addWidget(self._admission_box())
        self.error_label = QLabel()
        self.error_label.setObjectName("settings_error")
        self.error_label.setStyleSheet("color: #dc2626;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self._show_record(record)

    # -- building --------------------------------------------------------------------------------
    def _policy_choices(
        self, broker_policy: AuthorizationPolicy | None
    ) -> list[tuple[AuthorizationPolicy | None, str, str, str]]:
        default_name = fmt.policy_label(broker_policy) if broker_policy else fmt.DASH
        return [
            (
                None,
                "default",
                self.tr("Broker default ({policy})").format(policy=default_name),
                self.tr("Follow the policy set for the whole broker."),
            ),
            (
                AuthorizationPolicy.OPEN,
                "open",
                fmt.policy_label("open"),
                self.tr("Accept every tag that is not blocked; unknown tags are listed for enrolment."),
            ),
            (
                AuthorizationPolicy.ALLOWLIST,
                "allowlist",
                fmt.policy_label("allowlist"),
                self.tr("Accept only tags in the register that are allowed."),
            ),
            (
                AuthorizationPolicy.STRICT,
                "strict",
                fmt.policy_label("strict"),
                self.tr("Allow-list, and the tag must be released to an owner; one session per tag."),
            ),
        ]

    def _policy_box(self, broker_policy: AuthorizationPolicy | None) -> QGroupBox:
        box = QGroupBox(self.tr("Authorization of RFID tags"))
        self.policy_box = box
        layout = QVBoxLayout(box)
        choices = self._policy_choices(broker_policy)
        self.policy_group = QButtonGroup(self)
        self.policy_buttons: dict[AuthorizationPolicy | None, QRadioButton] = {}
        for policy, key, label, hint in choices:
            button = QRadioButton(label)
            button.setObjectName(f"policy_{key}")
            self.policy_group.addButton(button)
            self.policy_buttons[policy] = button
            layout.addWidget(button)
            self._hints[f"policy_{key}"] = _add_hint(layout, hint)
        return box

    def _messages_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Messages from the charger"))
        self.messages_box = box
        layout = QVBoxLayout(box)
        self.lenient_box = QCheckBox(self.tr("Lenient schema validation"))
        self.lenient_box.setObjectName("lenient")
        layout.addWidget(self.lenient_box)
        self._hints["lenient"] = _add_hint(
            layout, self.tr("Accept messages that break the OCPP schema, for known-quirky firmware.")
        )
        form = QFormLayout()
        self.unit_form = form
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("energy_unit")
        self.unit_combo.addItem(self.tr("Wh — OCPP default"), None)
        self.unit_combo.addItem(KWH, KWH)
        form.addRow(self.tr("Energy values sent without a unit:"), self.unit_combo)
        layout.addLayout(form)
        self._hints["unit"] = _add_hint(
            layout, self.tr("Choose kWh only for firmware known to send kWh without saying so.")
        )
        return box

    def _admission_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Admission"))
        self.admission_box = box
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.admission_form = form
        self.admission_combo = QComboBox()
        self.admission_combo.setObjectName("admission")
        for state in (AdmissionState.ACCEPTED, AdmissionState.PENDING, AdmissionState.REJECTED):
            self.admission_combo.addItem(fmt.admission_label(state.value), state)
        form.addRow(self.tr("State:"), self.admission_combo)
        layout.addLayout(form)
        self._hints["admission"] = _add_hint(
            layout, self.tr("The charger is told a new state at its next BootNotification."), indent=False
        )
        return box

    def retranslate(self) -> None:
        """After a language change while the dialog is open: every text again."""
        self.setWindowTitle(self.tr("Charger settings — {charger}").format(charger=self.record.charger_id))
        self.policy_box.setTitle(self.tr("Authorization of RFID tags"))
        for policy, key, label, hint in self._policy_choices(self._broker_policy):
            self.policy_buttons[policy].setText(label)
            self._hints[f"policy_{key}"].setText(hint)
        self.messages_box.setTitle(self.tr("Messages from the charger"))
        self.lenient_box.setText(self.tr("Lenient schema validation"))
        self._hints["lenient"].setText(
            self.tr("Accept messages that break the OCPP schema, for known-quirky firmware.")
        )
        self.unit_combo.setItemText(0, self.tr("Wh — OCPP default"))
        unit_label = self.unit_form.labelForField(self.unit_combo)
        if isinstance(unit_label, QLabel):
            unit_label.setText(self.tr("Energy values sent without a unit:"))
        self._hints["unit"].setText(
            self.tr("Choose kWh only for firmware known to send kWh without saying so.")
        )
        self.admission_box.setTitle(self.tr("Admission"))
        for index in range(self.admission_combo.count()):
            state = AdmissionState(self.admission_combo.itemData(index))
            self.admission_combo.setItemText(index, fmt.admission_label(state.value))
        state_label = self.admission_form.labelForField(self.admission_combo)
        if isinstance(state_label, QLabel):
            state_label.setText(self.tr("State:"))
        self._hints["admission"].setText(
            self.tr("The charger is told a new state at its next BootNotification.")
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    def _show_record(self, record: ChargerRecord) -> None:
        settings = record.settings
        self.policy_buttons.get(settings.authorization_policy, self.policy_buttons[None]).setChecked(True)
        self.lenient_box.setChecked(settings.lenient_validation)
        is_kwh = (settings.default_energy_unit or "").lower() == KWH.lower()
        self.unit_combo.setCurrentIndex(1 if is_kwh else 0)
        self.admission_combo.setCurrentIndex(max(0, self.admission_combo.findData(record.admission)))

    # -- reading and state -----------------------------------------------------------------------
    def chosen_settings(self) -> ChargerSettings:
        policy = next((p for p, b in self.policy_buttons.items() if b.isChecked()), None)
        return replace(
            self.record.settings,
            authorization_policy=policy,
            lenient_validation=self.lenient_box.isChecked(),
            default_energy_unit=self.unit_combo.currentData(),
        )

    def chosen_admission(self) -> AdmissionState:
        return AdmissionState(self.admission_combo.currentData())

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _on_save(self) -> None:
        self.show_error("")
        self.save_requested.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A window's minimum size ignores height-for-width: give the wrapped hints their lines.
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def reject(self) -> None:
        if not self._busy:  # a write is under way: it closes the dialog or shows its error
            super().reject()


class ChargerSettingsEditor(QObject):
    """Load -> dialog -> save for one charger at a time; reports like the command controller."""

    result_changed = Signal(str, str)  # text, state: "ok" | "error"
    settings_saved = Signal(str, object)  # charger id, ChargerSettings

    def __init__(self, context: PanelContext, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._context = context
        self._parent = parent_widget
        self.active_dialog: ChargerSettingsDialog | None = None  # tests and screenshots use it
        self.message_box: QMessageBox | None = None  # the last "cannot open" box

    def open_for(self, charger_id: str) -> None:
        self._context.tasks.spawn(self._load_and_open(charger_id), name="charger-settings-load")

    async def _load_and_open(self, charger_id: str) -> None:
        try:
            record = await self._context.fleet.charger(charger_id)
        except Exception as exc:
            text = describe_error(exc)
            self._report(text, "error")
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Charger settings"), text, parent=self._parent
            )
            box.setObjectName("settings_error_box")
            self.message_box = box
            box.open()
            return
        if self.active_dialog is not None:
            self.active_dialog.close()
        dialog = ChargerSettingsDialog(record, broker_policy=self._broker_policy(), parent=self._parent)
        dialog.save_requested.connect(lambda: self._save(dialog))
        dialog.finished.connect(lambda _code: self._forget(dialog))
        self.active_dialog = dialog
        dialog.open()  # window-modal without a nested event loop

    def _broker_policy(self) -> AuthorizationPolicy | None:
        try:
            return self._context.broker.settings.authorization_policy
        except AttributeError:  # a broker without settings (never in the app)
            return None

    def _save(self, dialog: ChargerSettingsDialog) -> None:
        dialog.set_busy(True)
        self._context.tasks.spawn(self._write(dialog), name="charger-settings-save")

    async def _write(self, dialog: ChargerSettingsDialog) -> None:
        charger_id = dialog.record.charger_id
        settings, admission = dialog.chosen_settings(), dialog.chosen_admission()
        fleet = self._context.fleet
        admission_calls: dict[AdmissionState, Callable[[str], Awaitable[ChargerRecord]]] = {
            AdmissionState.ACCEPTED: fleet.approve,
            AdmissionState.PENDING: fleet.set_pending,
            AdmissionState.REJECTED: fleet.reject,
        }
        texts = []
        try:
            if settings != dialog.record.settings:
                await fleet.update_settings(charger_id, settings)
                dialog.record = replace(dialog.record, settings=settings)
                self.settings_saved.emit(charger_id, settings)
                texts.append(
                    self.tr("Settings of {charger} saved; its next message uses them.").format(
                        charger=charger_id
                    )
                )
            if admission != dialog.record.admission:
                dialog.record = await admission_calls[admission](charger_id)
                texts.append(
                    self.tr("{charger} is now {state}; it is told at its next boot.").format(
                        charger=charger_id, state=fmt.admission_label(admission.value)
                    )
                )
        except Exception as exc:
            text = describe_error(exc)
            dialog.set_busy(False)
            dialog.show_error(text)
            self._report(text, "error")
            return
        dialog.set_busy(False)
        dialog.accept()
        self._report(
            " ".join(texts) or self.tr("Nothing changed for {charger}.").format(charger=charger_id), "ok"
        )

    def _report(self, text: str, state: str) -> None:
        self.result_changed.emit(text, state)
        self._context.notifier.show(text)

    def _forget(self, dialog: ChargerSettingsDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()
