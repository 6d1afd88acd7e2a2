"""One card's entry, edited in place: name, account (or a new one), owner, allowed/blocked,
released, expiry, colour, label number, notes. Used by the Enroll and Register tabs.

Changes are stored at once: a click (allow/block, released, account, colour, expiry) saves
immediately; typed text is saved when the field is left, on Return, or after a short pause.
Only the fields the operator touched are sent, so an edit never overwrites what someone else
changed meanwhile; a refused change (e.g. a label number already used) is shown and the typed
value stays in the field until it is fixed. Switching to another card first saves this one.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from arthexis_desktop.core.model import Tag
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.rfid.tag_form import FIELDS, TagForm, baseline

TEXT_SAVE_DELAY_MS = 1200


class TagEditor(TagForm):
    saved = Signal(object)  # Tag, as stored after an edit
    accounts_changed = Signal()

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        self._context = context
        super().__init__(parent)
        self._save_task: asyncio.Task[None] | None = None
        self._save_again = False
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_SAVE_DELAY_MS)
        self._text_timer.timeout.connect(self.save_now)
        self.new_account_button.clicked.connect(self.ask_new_account)
        self.set_tag(None)

    def set_tag(self, tag: Tag | None) -> None:
        """Show ``tag``; the same card again keeps what the operator is typing, another card
        first saves this one's edits."""
        same = tag is not None and self._tag is not None and tag.uid == self._tag.uid
        if not same and self._tag is not None and self._context.register is not None:
            changes = self.pending_changes()
            if changes:  # stored in the background, even while another save runs
                self._text_timer.stop()
                self._context.tasks.spawn(self._save(self._tag.uid, changes), name="tag-save")
        if not same:
            self._touched.clear()
            self.status.show_text("")
        self._tag = tag
        fields = [f for f in FIELDS if f not in self._touched]
        self._loading = True
        try:
            self._fill(tag, fields)
        finally:
            self._loading = False
        self._show_header()
        for widget in self.findChildren(QWidget):
            if widget is not self.status:
                widget.setEnabled(tag is not None)
        self.expires_edit.setEnabled(tag is not None and self.expires_check.isChecked())

    # -- storing ---------------------------------------------------------------------------------
    def pending_changes(self) -> dict[str, Any]:
        if self._tag is None:
            return {}
        base, form = baseline(self._tag), self.form_values()
        return {f: form[f] for f in self._touched if form[f] != base[f]}

    def _changed(self, field: str, *, text: bool = False) -> None:
        if self._loading or self._tag is None:
            return
        self._touched.add(field)
        if text:
            self._text_timer.start()
        else:
            self.save_now()

    def _text_finished(self) -> None:
        if not self._loading and self.pending_changes():
            self.save_now()

    def hideEvent(self, event: Any) -> None:
        if self.pending_changes():
            self.save_now()  # switching tabs or closing the dock loses nothing
        super().hideEvent(event)

    def save_now(self) -> None:
        self._text_timer.stop()
        if self._save_task is not None and not self._save_task.done():
            self._save_again = True
            return
        changes = self.pending_changes()
        if not changes or self._tag is None or self._context.register is None:
            return
        self.status.show_text(self.tr("Saving…"), "info")
        self._save_task = self._context.tasks.spawn(self._save(self._tag.uid, changes), name="tag-save")

    async def _save(self, uid: str, changes: dict[str, Any]) -> None:
        assert self._context.register is not None
        try:
            tag = await self._context.register.tags.update(uid, **changes)
        except Exception as exc:
            shown = self._tag is not None and self._tag.uid == uid
            text = (
                describe_error(exc)
                if shown
                else self.tr("{uid}: {error}").format(uid=uid, error=describe_error(exc))
            )
            self.status.show_text(text, "error")  # the typed values stay in the fields
            self._context.notifier.show(text)
            self._save_again = False
            return
        if self._tag is not None and self._tag.uid == tag.uid:
            form = self.form_values()
            self._touched -= {f for f, v in changes.items() if form[f] == v}
            self.set_tag(tag)
            self.status.show_text(self.tr("Saved"), "ok")
        self.saved.emit(tag)
        if self._save_again:
            self._save_again = False
            self.save_now()

    # -- accounts --------------------------------------------------------------------------------
    def ask_new_account(self) -> QInputDialog:
        dialog = QInputDialog(self)
        dialog.setObjectName("new_account_dialog")
        dialog.setWindowTitle(self.tr("New account"))
        dialog.setLabelText(self.tr("Name of the new account for this card:"))
        suggestion = (self._tag.label or self._tag.owner or self._tag.uid) if self._tag else ""
        dialog.setTextValue(suggestion.upper())
        dialog.textValueSelected.connect(self.create_account)
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        dialog.open()
        return dialog

    def create_account(self, name: str) -> asyncio.Task[None] | None:
        """Create the account and assign this card to it."""
        if not name.strip() or self._context.register is None:
            return None
        tags = self._context.register.tags

        async def run() -> None:
            try:
                account = await tags.create_account(name.strip())
            except Exception as exc:
                self.status.show_text(describe_error(exc), "error")
                return
            self.set_accounts([*self._accounts, account])
            self.account_combo.setCurrentIndex(self.account_combo.findData(account.id))
            self.accounts_changed.emit()
            self._changed("account_id")

        return self._context.tasks.spawn(run(), name="account-create")

    def _feedback(self, text: str, kind: str) -> None:
        self.status.show_text(text, kind)
        self._context.notifier.show(text)
