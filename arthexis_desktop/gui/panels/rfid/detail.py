"""The register's detail side: the selected card's entry (``TagEditor``) and its history: every
scan at a reader here and every decision for a charger (where, when, accepted or why not)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from arthexis_desktop.core.model import Tag, TagEvent, TagEventKind
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.rfid import texts
from arthexis_desktop.gui.panels.rfid.records import Cell, RecordModel
from arthexis_desktop.gui.panels.rfid.tag_editor import TagEditor
from arthexis_desktop.gui.widgets.tables import fit_columns, setup_table

HISTORY_LIMIT = 200


class TagDetail(QWidget):
    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._history_task: asyncio.Task[None] | None = None
        self._history_again = False
        self.history_loads = 0
        self.editor = TagEditor(context)
        self.history_title = QLabel(self.tr("History"))
        self.history_title.setStyleSheet("font-weight: 600;")
        self.history_model: RecordModel[TagEvent] = RecordModel(
            [self.tr("When"), self.tr("What"), self.tr("Where"), self.tr("Result"), self.tr("Why")],
            self._render,
            lambda e: e.id,
            self,
        )
        self.history_table = QTableView()
        self.history_table.setObjectName("tag_history")
        self.history_table.setModel(self.history_model)
        setup_table(self.history_table)
        fit_columns(
            self.history_table,
            {
                0: "2026-12-31 23:59",
                1: self.tr("Authorize"),
                2: "CHARGER-0001",
                3: texts.status_text("Accepted"),
            },
        )
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 4, 0, 0)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.editor)
        splitter.addWidget(history)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    @property
    def tag(self) -> Tag | None:
        return self.editor.tag

    def show_tag(self, tag: Tag | None) -> None:
        changed = (tag.uid if tag else None) != (self.tag.uid if self.tag else None)
        self.editor.set_tag(tag)
        if changed:
            self.history_model.set_records([])
            self.load_history()

    def load_history(self) -> None:
        """(Re)load the shown card's history; one load at a time, one more if asked meanwhile."""
        tag, register = self.tag, self._context.register
        if tag is None or register is None:
            self.history_title.setText(self.tr("History"))
            return
        if self._history_task is not None and not self._history_task.done():
            self._history_again = True
            return
        self._history_task = self._context.tasks.spawn(self._history(tag.uid), name="tag-history")

    async def _history(self, uid: str) -> None:
        assert self._context.register is not None
        try:
            events = await self._context.register.tags.history(uid, limit=HISTORY_LIMIT)
        except Exception as exc:
            self.history_title.setText(self.tr("History: {error}").format(error=describe_error(exc)))
            return
        finally:
            self.history_loads += 1
        if self.tag is not None and self.tag.uid == uid:
            self.history_model.set_records(events)
            self.history_title.setText(self.tr("History (%n event(s))", "", len(events)))
        if self._history_again:
            self._history_again = False
            self.load_history()

    def _render(self, event: TagEvent) -> list[Cell | str]:
        when = fmt.format_local_time(event.at, datetime.now(UTC))
        if event.kind is TagEventKind.SCAN:
            what = self.tr("Scan")
            where = event.reader or "—"
            result = Cell(self.tr("read"))
            why = "" if event.known else self.tr("not in the register then")
        else:
            what = _purpose(event.purpose) or self.tr("Authorization")
            where = event.charger_id or "—"
            accepted = event.status == "Accepted"
            result = Cell(texts.status_text(event.status), fmt.GREEN if accepted else fmt.RED)
            why = texts.reason_text(event.reason)
            if event.policy:
                why = self.tr("{why} (policy {policy})").format(
                    why=why, policy=fmt.policy_label(event.policy)
                )
        tooltip = f"{why} ({event.reason})" if event.reason else why
        return [when, what, where, result, Cell(why, tooltip=tooltip)]


def _purpose(purpose: str | None) -> str:
    """Authorize / StartTransaction / StopTransaction, short (the tooltip names the message)."""
    translate = QCoreApplication.translate
    if purpose == "StartTransaction":
        return translate("TagHistory", "Start")
    if purpose == "StopTransaction":
        return translate("TagHistory", "Stop")
    if purpose == "Authorize":
        return translate("TagHistory", "Authorize")
    return purpose or ""
