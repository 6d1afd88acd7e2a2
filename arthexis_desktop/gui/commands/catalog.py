"""The commands the window can send to a charger: label, form, precondition and how to send.

Adding a command = one ``CommandSpec`` plus a ``_form_<id>`` and a ``_send_<id>`` method.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from arthexis_desktop.gui.commands.forms import FormDialog
from arthexis_desktop.gui.formatting import format_kwh
from arthexis_desktop.gui.tr import QT_TRANSLATE_NOOP
from arthexis_desktop.services.commands import RESET_KINDS, TRIGGER_MESSAGES

if TYPE_CHECKING:
    from arthexis_desktop.services.commands import CommandOutcome, CommandService, ConfigurationKey
    from arthexis_desktop.services.fleet_state import ChargerLive

MAX_CONNECTOR = 99


@dataclass(frozen=True)
class CommandSpec:
    id: str
    label_source: str  # marked with QT_TRANSLATE_NOOP("Commands", ...)
    action: str  # the OCPP action, shown in results
    group: str = "main"  # "main" = own button; "config"/"more" = in a drop-down menu

    @property
    def label(self) -> str:
        return QCoreApplication.translate("Commands", self.label_source)


@dataclass
class CommandResult:
    ok: bool
    text: str
    configuration: list[ConfigurationKey] | None = None
    charger_id: str = ""
    unknown_keys: list[str] = field(default_factory=list)


COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec("remote_start", QT_TRANSLATE_NOOP("Commands", "Remote start…"), "RemoteStartTransaction"),
    CommandSpec("remote_stop", QT_TRANSLATE_NOOP("Commands", "Remote stop…"), "RemoteStopTransaction"),
    CommandSpec("reset", QT_TRANSLATE_NOOP("Commands", "Reset…"), "Reset"),
    CommandSpec("unlock", QT_TRANSLATE_NOOP("Commands", "Unlock connector…"), "UnlockConnector"),
    CommandSpec(
        "availability", QT_TRANSLATE_NOOP("Commands", "Change availability…"), "ChangeAvailability", "more"
    ),
    CommandSpec(
        "get_configuration", QT_TRANSLATE_NOOP("Commands", "Get configuration…"), "GetConfiguration", "config"
    ),
    CommandSpec(
        "change_configuration",
        QT_TRANSLATE_NOOP("Commands", "Change configuration…"),
        "ChangeConfiguration",
        "config",
    ),
    CommandSpec("trigger", QT_TRANSLATE_NOOP("Commands", "Trigger message…"), "TriggerMessage", "more"),
    CommandSpec("clear_cache", QT_TRANSLATE_NOOP("Commands", "Clear cache…"), "ClearCache", "more"),
    CommandSpec("data_transfer", QT_TRANSLATE_NOOP("Commands", "Data transfer…"), "DataTransfer", "more"),
)
COMMANDS_BY_ID = {spec.id: spec for spec in COMMANDS}

_STATUS_WORDS = {
    "Accepted": QT_TRANSLATE_NOOP("CommandStatus", "Accepted"),
    "Rejected": QT_TRANSLATE_NOOP("CommandStatus", "Rejected"),
    "Unlocked": QT_TRANSLATE_NOOP("CommandStatus", "Unlocked"),
    "UnlockFailed": QT_TRANSLATE_NOOP("CommandStatus", "Unlock failed"),
    "NotSupported": QT_TRANSLATE_NOOP("CommandStatus", "Not supported"),
    "Scheduled": QT_TRANSLATE_NOOP("CommandStatus", "Scheduled"),
    "RebootRequired": QT_TRANSLATE_NOOP("CommandStatus", "Reboot required"),
    "NotImplemented": QT_TRANSLATE_NOOP("CommandStatus", "Not implemented"),
    "UnknownMessageId": QT_TRANSLATE_NOOP("CommandStatus", "Unknown message id"),
    "UnknownVendorId": QT_TRANSLATE_NOOP("CommandStatus", "Unknown vendor id"),
}


def status_word(status: str) -> str:
    source = _STATUS_WORDS.get(status)
    if source:
        return QCoreApplication.translate("CommandStatus", source)
    return status or QCoreApplication.translate("CommandStatus", "Done")


def _connector_ids(charger: ChargerLive | None) -> list[int]:
    if charger is None:
        return []
    return sorted(cid for cid in charger.connectors if cid > 0)


class CommandCatalog(QObject):
    """Builds the form of a command and sends it through the CommandService."""

    def precondition(self, command_id: str, charger: ChargerLive | None) -> str | None:
        """A reason the command cannot be offered at all (shown instead of the form)."""
        if command_id == "remote_stop" and (charger is None or not charger.active_transactions):
            name = charger.charger_id if charger else ""
            return self.tr("Charger {charger} has no running transaction to stop.").format(charger=name)
        return None

    def build_form(self, command_id: str, charger: ChargerLive, parent: QWidget | None) -> FormDialog:
        spec = COMMANDS_BY_ID[command_id]
        title = self.tr("{command} — {charger}").format(
            command=spec.label.rstrip("…").rstrip("."), charger=charger.charger_id
        )
        form = FormDialog(title, parent=parent)
        getattr(self, f"_form_{command_id}")(form, charger)
        return form

    async def send(
        self, command_id: str, service: CommandService, charger_id: str, values: dict[str, Any]
    ) -> CommandResult:
        return await getattr(self, f"_send_{command_id}")(service, charger_id, values)

    def _outcome(self, charger_id: str, outcome: CommandOutcome) -> CommandResult:
        text = self.tr("{action} to {charger}: {status}").format(
            action=outcome.action, charger=charger_id, status=status_word(outcome.status)
        )
        data = outcome.response.get("data")
        if outcome.action == "DataTransfer" and data:
            text += " — " + str(data)[:200]
        return CommandResult(outcome.accepted, text)

    # -- forms -----------------------------------------------------------------------------------
    def _connector_field(self, form: FormDialog, charger: ChargerLive, *, any_text: str = "") -> None:
        """Connector number, defaulting to the first known one; ``any_text`` offers 0 = none."""
        ids = _connector_ids(charger)
        minimum = 0 if any_text else 1
        default = ids[0] if ids else 1
        form.add_number(
            "connector",
            self.tr("Connector"),
            minimum=minimum,
            maximum=MAX_CONNECTOR,
            default=default,
            special_text=any_text,
        )

    def _form_remote_start(self, form: FormDialog, charger: ChargerLive) -> None:
        form.add_text(
            "id_tag",
            self.tr("RFID tag (idTag)"),
            required_message=self.tr("Enter the idTag to start with."),
            max_length=20,
        )
        self._connector_field(form, charger, any_text=self.tr("Any (charger decides)"))

    def _form_remote_stop(self, form: FormDialog, charger: ChargerLive) -> None:
        choices = []
        for tx in charger.active_transactions:
            connector = charger.connectors.get(tx.connector_id)
            energy = format_kwh(connector.session_energy_wh if connector else None)
            text = self.tr("#{id} — connector {connector}, tag {tag}, {energy}").format(
                id=tx.id, connector=tx.connector_id, tag=tx.id_tag or "—", energy=energy
            )
            choices.append((text, tx.id))
        form.add_choice("transaction_id", self.tr("Transaction"), choices)

    def _form_reset(self, form: FormDialog, charger: ChargerLive) -> None:
        labels = {
            "Soft": self.tr("Soft (restart the software)"),
            "Hard": self.tr("Hard (reboot the charger)"),
        }
        form.add_choice("kind", self.tr("Reset type"), [(labels.get(k, k), k) for k in RESET_KINDS])

    def _form_unlock(self, form: FormDialog, charger: ChargerLive) -> None:
        self._connector_field(form, charger)

    def _form_availability(self, form: FormDialog, charger: ChargerLive) -> None:
        form.add_number(
            "connector",
            self.tr("Connector"),
            minimum=0,
            maximum=MAX_CONNECTOR,
            default=0,
            special_text=self.tr("0 (whole charger)"),
        )
        form.add_choice(
            "operative",
            self.tr("Availability"),
            [(self.tr("Operative"), True), (self.tr("Inoperative"), False)],
        )

    def _form_get_configuration(self, form: FormDialog, charger: ChargerLive) -> None:
        edit = form.add_text("keys", self.tr("Keys (comma separated)"))
        edit.setPlaceholderText(self.tr("empty = all keys"))

    def _form_change_configuration(self, form: FormDialog, charger: ChargerLive) -> None:
        form.add_text(
            "key", self.tr("Key"), required_message=self.tr("Enter the configuration key."), max_length=50
        )
        form.add_text("value", self.tr("Value"), max_length=500)

    def _form_trigger(self, form: FormDialog, charger: ChargerLive) -> None:
        form.add_choice("message", self.tr("Message"), [(m, m) for m in TRIGGER_MESSAGES])
        self._connector_field(form, charger, any_text=self.tr("None"))

    def _form_clear_cache(self, form: FormDialog, charger: ChargerLive) -> None:
        form.set_intro(
            self.tr(
                "Clear the authorization cache of {charger}? Cached idTags will be checked again."
            ).format(charger=charger.charger_id)
        )

    def _form_data_transfer(self, form: FormDialog, charger: ChargerLive) -> None:
        form.add_text(
            "vendor_id",
            self.tr("Vendor id"),
            required_message=self.tr("Enter the vendor id."),
            max_length=255,
        )
        form.add_text("message_id", self.tr("Message id"), max_length=50)
        form.add_text("data", self.tr("Data"))

    # -- sending ---------------------------------------------------------------------------------
    @staticmethod
    def _optional_connector(values: dict[str, Any]) -> int | None:
        connector = int(values.get("connector") or 0)
        return connector or None

    async def _send_remote_start(
        self, service: CommandService, charger_id: str, v: dict[str, Any]
    ) -> CommandResult:
        outcome = await service.remote_start(
            charger_id, id_tag=v["id_tag"], connector_id=self._optional_connector(v)
        )
        return self._outcome(charger_id, outcome)

    async def _send_remote_stop(
        self, service: CommandService, charger_id: str, v: dict[str, Any]
    ) -> CommandResult:
        outcome = await service.remote_stop(charger_id, transaction_id=int(v["transaction_id"]))
        return self._outcome(charger_id, outcome)

    async def _send_reset(self, service: CommandService, charger_id: str, v: dict[str, Any]) -> CommandResult:
        return self._outcome(charger_id, await service.reset(charger_id, kind=v["kind"]))

    async def _send_unlock(
        self, service: CommandService, charger_id: str, v: dict[str, Any]
    ) -> CommandResult:
        return self._outcome(
            charger_id, await service.unlock_connector(charger_id, connector_id=v["connector"])
        )

    async def _send_availability(
        self, service: CommandService, charger_id: str, v: dict[str, Any]
    ) -> CommandResult:
        outcome = await service.change_availability(
            charger_id, connector_id=v["connector"], operative=bool(v["operative"])
        )
        return self._outcome(charger_id, outcome)

    async def _send_get_configuration(
        self, service: CommandService, charger_id: str, v: dict[str, Any]
    ) -> CommandResult:
        keys = [k.strip() for k in str(v.get("keys", "")).split(",") if k.strip()]
        known, unknown = await service.get_configuration(charger_id, keys=keys or None)
        text = self.tr("GetConfiguration to {charger}: %n key(s)", "", len(known)).format(charger=charger_id)
        return CommandResult(True, text, configuration=known, unknown_keys=unknown, charger_id=charger_id)

    async def _send_change_configuration(
        self, service: CommandService, charger_id: str, v: dict[str, Any]
    ) -> CommandResult:
        outcome = await service.change_configuration(charger_id, key=v["key"], value=v["value"])
        return self._outcome(charger_id, outcome)

    async def _send_trigger(
        self, service: CommandService, charger_id: str, v: dict[str, Any]
    ) -> CommandResult:
        outcome = await service.trigger_message(
            charger_id, message=v["message"], connector_id=self._optional_connector(v)
        )
        return self._outcome(charger_id, outcome)

    async def _send_clear_cache(
        self, service: CommandService, charger_id: str, v: dict[str, Any]
    ) -> CommandResult:
        return self._outcome(charger_id, await service.clear_cache(charger_id))

    async def _send_data_transfer(
        self, service: CommandService, charger_id: str, v: dict[str, Any]
    ) -> CommandResult:
        outcome = await service.data_transfer(
            charger_id, vendor_id=v["vendor_id"], message_id=v["message_id"], data=v["data"]
        )
        return self._outcome(charger_id, outcome)
