"""The fields of one card's entry (name, label number, account, owner, allowed/blocked, released,
expiry, colour, notes) with its header (number, UID, state) and print button; ``TagEditor`` adds
storing the changes. ``_changed(field)`` is called when the operator changes a field."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime, QEvent, QObject
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.model import Account, Tag, TagColour
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.panels.rfid import texts
from arthexis_desktop.gui.panels.rfid.base import StatusLabel
from arthexis_desktop.gui.panels.rfid.label_print import LabelInfo
from arthexis_desktop.gui.panels.rfid.print_menu import PrintButton

TOGGLE_STYLE = (
    "QPushButton#tag_allowed:checked { background: #15803d; color: white; border: 1px solid #166534;"
    " border-radius: 3px; padding: 3px 10px; }"
    "QPushButton#tag_blocked:checked { background: #dc2626; color: white; border: 1px solid #991b1b;"
    " border-radius: 3px; padding: 3px 10px; }"
)
FIELDS = (
    "name",
    "label_number",
    "account_id",
    "owner",
    "allowed",
    "released",
    "expires_at",
    "colour",
    "notes",
)


def baseline(tag: Tag) -> dict[str, Any]:
    return {
        "name": tag.label,
        "label_number": tag.label_number,
        "account_id": tag.account_id,
        "owner": tag.owner,
        "allowed": tag.allowed,
        "released": tag.released,
        "expires_at": tag.expires_at.replace(second=0, microsecond=0) if tag.expires_at else None,
        "colour": tag.colour,
        "notes": tag.notes,
    }


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC).replace(second=0)


def default_expiry() -> datetime:
    return (datetime.now(UTC) + timedelta(days=365)).replace(hour=23, minute=0, second=0, microsecond=0)


class TagForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tag: Tag | None = None
        self._accounts: list[Account] = []
        self._touched: set[str] = set()  # fields the operator changed and that are not stored yet
        self._loading = False
        self._build()

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.name_edit = self._line("tag_name", 64, "name", self.tr("e.g. Van 3, Alice"))
        self.owner_edit = self._line("tag_owner", 120, "owner", self.tr("who holds the card"))
        self.label_edit = self._line("tag_label_number", 9, "label_number", "")
        self.label_edit.setValidator(QIntValidator(1, 999_999_999, self))
        self.label_edit.setMaximumWidth(self.label_edit.fontMetrics().horizontalAdvance("0" * 12))
        self.account_combo = QComboBox()
        self.account_combo.setObjectName("tag_account")
        self.account_combo.setMinimumContentsLength(16)
        self.account_combo.activated.connect(lambda _i: self._changed("account_id"))
        self.new_account_button = QToolButton()
        self.new_account_button.setObjectName("new_account")
        self.new_account_button.setText(self.tr("New account…"))
        self.allowed_button = self._toggle("tag_allowed", self.tr("Allowed"))
        self.blocked_button = self._toggle("tag_blocked", self.tr("Blocked"))
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.allowed_button)
        group.addButton(self.blocked_button)
        self.allowed_button.toggled.connect(lambda _on: self._changed("allowed"))
        self.released_check = QCheckBox(self.tr("Released (handed over to its holder)"))
        self.released_check.setObjectName("tag_released")
        self.released_check.toggled.connect(lambda _on: self._changed("released"))
        self.expires_check = QCheckBox(self.tr("Expires"))
        self.expires_check.setObjectName("tag_expires")
        self.expires_check.toggled.connect(self._expiry_toggled)
        self.expires_edit = QDateTimeEdit()
        self.expires_edit.setObjectName("tag_expires_at")
        self.expires_edit.setCalendarPopup(True)
        self.expires_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.expires_edit.dateTimeChanged.connect(lambda _v: self._changed("expires_at"))
        self.colour_combo = QComboBox()
        self.colour_combo.setObjectName("tag_colour")
        for colour in TagColour:
            self.colour_combo.addItem(texts.colour_text(colour), colour)
        self.colour_combo.activated.connect(lambda _i: self._changed("colour"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("tag_notes")
        self.notes_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.notes_edit.textChanged.connect(self._notes_changed)
        self.notes_edit.installEventFilter(self)

        self.title = QLabel()
        self.title.setObjectName("tag_title")
        self.title.setStyleSheet("font-size: 18px; font-weight: 700;")
        self.state_chip = QLabel()
        self.state_chip.setObjectName("tag_state")
        self.print_button = PrintButton(self.label_info, self._feedback)
        self.seen_label = QLabel()
        self.seen_label.setObjectName("tag_seen")
        self.seen_label.setStyleSheet("color: #6b7280; font-weight: normal;")
        self.seen_label.setWordWrap(True)
        self.status = StatusLabel("tag_editor_status")

        self.setStyleSheet(TOGGLE_STYLE)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.state_chip)
        head.addStretch(1)
        head.addWidget(self.print_button)
        account_row = QHBoxLayout()
        account_row.addWidget(self.account_combo, 1)
        account_row.addWidget(self.new_account_button)
        state_row = QHBoxLayout()
        state_row.addWidget(self.allowed_button)
        state_row.addWidget(self.blocked_button)
        state_row.addSpacing(12)
        state_row.addWidget(self.released_check)
        state_row.addStretch(1)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name_edit, 1)
        name_row.addSpacing(12)
        name_row.addWidget(QLabel(self.tr("Label no.")))
        name_row.addWidget(self.label_edit)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expires_check)
        expiry_row.addWidget(self.expires_edit)
        expiry_row.addSpacing(12)
        expiry_row.addWidget(QLabel(self.tr("Colour")))
        expiry_row.addWidget(self.colour_combo)
        expiry_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Name"), name_row)
        form.addRow(self.tr("Account"), account_row)
        form.addRow(self.tr("Owner"), self.owner_edit)
        form.addRow(self.tr("State"), state_row)
        form.addRow(self.tr("Validity"), expiry_row)
        form.addRow(self.tr("Notes"), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.seen_label)
        layout.addLayout(form)
        layout.addWidget(self.status)

    def _line(self, name: str, max_len: int, field: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(max_len)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _t: self._changed(field, text=True))
        edit.editingFinished.connect(self._text_finished)
        return edit

    @staticmethod
    def _toggle(name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setCheckable(True)
        return button

    # -- showing ---------------------------------------------------------------------------------
    @property
    def tag(self) -> Tag | None:
        return self._tag

    def account_name(self, account_id: int | None) -> str:
        return next((a.name for a in self._accounts if a.id == account_id), "") if account_id else ""

    def label_info(self) -> LabelInfo | None:
        return LabelInfo.of(self._tag, self.account_name(self._tag.account_id)) if self._tag else None

    def set_accounts(self, accounts: list[Account]) -> None:
        self._accounts = list(accounts)
        current = self.account_combo.currentData() if "account_id" in self._touched else None
        self._loading = True
        try:
            self.account_combo.clear()
            self.account_combo.addItem(self.tr("(no account)"), None)
            for account in sorted(self._accounts, key=lambda a: a.name.lower()):
                self.account_combo.addItem(account.name, account.id)
            wanted = (
                current if "account_id" in self._touched else (self._tag.account_id if self._tag else None)
            )
            self.account_combo.setCurrentIndex(max(0, self.account_combo.findData(wanted)))
        finally:
            self._loading = False

    def _fill(self, tag: Tag | None, fields: list[str]) -> None:
        values = baseline(tag) if tag is not None else {}
        if "name" in fields:
            self.name_edit.setText(values.get("name", ""))
        if "owner" in fields:
            self.owner_edit.setText(values.get("owner", ""))
        if "label_number" in fields:
            number = values.get("label_number")
            self.label_edit.setText("" if number is None else str(number))
        if "account_id" in fields:
            self.account_combo.setCurrentIndex(max(0, self.account_combo.findData(values.get("account_id"))))
        if "allowed" in fields:
            (self.allowed_button if values.get("allowed", True) else self.blocked_button).setChecked(True)
        if "released" in fields:
            self.released_check.setChecked(values.get("released", False))
        if "expires_at" in fields:
            expires = values.get("expires_at")
            self.expires_check.setChecked(expires is not None)
            self.expires_edit.setEnabled(expires is not None)
            self.expires_edit.setDateTime(to_qdatetime(expires or default_expiry()))
        if "colour" in fields:
            self.colour_combo.setCurrentIndex(
                max(0, self.colour_combo.findData(values.get("colour", TagColour.BLACK)))
            )
        if "notes" in fields:
            self.notes_edit.setPlainText(values.get("notes", ""))

    def _show_header(self) -> None:
        tag = self._tag
        if tag is None:
            self.title.setText(self.tr("No card selected"))
            self.state_chip.setText("")
            self.seen_label.setText("")
            return
        number = (
            self.tr("No. {number}").format(number=tag.label_number)
            if tag.label_number
            else self.tr("No number")
        )
        self.title.setText(self.tr("{number} · {uid}").format(number=number, uid=tag.uid))
        now = datetime.now(UTC)
        if not tag.allowed:
            text, colour = self.tr("Blocked"), "#dc2626"
        elif tag.expires_at is not None and tag.expires_at <= now:
            text, colour = self.tr("Expired"), "#b45309"
        else:
            text, colour = self.tr("Allowed"), "#15803d"
        self.state_chip.setText(text)
        self.state_chip.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 4px; padding: 2px 8px; font-weight: 600;"
        )
        parts = []
        if tag.first_seen_at is not None:
            parts.append(
                self.tr("first seen {when}").format(when=fmt.format_local_time(tag.first_seen_at, now))
            )
        if tag.last_seen_at is not None:
            parts.append(
                self.tr("last seen {when}").format(when=fmt.format_local_time(tag.last_seen_at, now))
            )
        if tag.created_at is not None:
            parts.append(
                self.tr("in the register since {when}").format(
                    when=fmt.format_local_time(tag.created_at, now)
                )
            )
        self.seen_label.setText(" · ".join(parts))

    # -- editing ---------------------------------------------------------------------------------
    def form_values(self) -> dict[str, Any]:
        label = self.label_edit.text().strip()
        return {
            "name": self.name_edit.text().strip(),
            "label_number": int(label) if label.isdigit() else None,
            "account_id": self.account_combo.currentData(),
            "owner": self.owner_edit.text().strip(),
            "allowed": self.allowed_button.isChecked(),
            "released": self.released_check.isChecked(),
            "expires_at": from_qdatetime(self.expires_edit.dateTime())
            if self.expires_check.isChecked()
            else None,
            "colour": TagColour(self.colour_combo.currentData() or TagColour.BLACK),
            "notes": self.notes_edit.toPlainText().strip(),
        }

    # -- hooks (``TagEditor`` stores the changes) ------------------------------------------------
    def _changed(self, field: str, *, text: bool = False) -> None:
        """The operator changed ``field`` (``text``: typing, more may follow)."""

    def _text_finished(self) -> None:
        """A text field was left or Return pressed."""

    def _notes_changed(self) -> None:
        self._changed("notes", text=True)

    def _expiry_toggled(self, on: bool) -> None:
        self.expires_edit.setEnabled(on)
        self._changed("expires_at")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes_edit and event.type() == QEvent.Type.FocusOut:
            self._text_finished()
        return super().eventFilter(watched, event)

    def _feedback(self, text: str, kind: str) -> None:
        self.status.show_text(text, kind)
