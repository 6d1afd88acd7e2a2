"""RFID tags seen: tags presented at chargers that are not in the register, enrolled in one click.

The list comes from ``HistoryService.unknown_tags()``: fetched when shown, again on the redraw clock
after a TagPresented signal for an unknown tag (a burst of presentations costs one query), and
every 30 s while visible. Enrol (with an optional label typed inline) and Block put the tag into
the register, allowed or blocked, and its row goes. Below, the last presentations with the
decision and its reason show why a card was refused. The full tag register is another panel.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.clock import ClockedPanel
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.i18n import is_language_change, refresh_table_texts
from arthexis_desktop.gui.panels import tags_seen_model as m
from arthexis_desktop.gui.widgets.tables import fit_columns, setup_table

if TYPE_CHECKING:
    from collections.abc import Awaitable

    from arthexis_desktop.core.events import TagPresented
    from arthexis_desktop.core.model import UnknownTag

log = logging.getLogger(__name__)

LIST_REFRESH = timedelta(seconds=30)
RELATIVE_TIME_REFRESH = timedelta(seconds=1)
LABEL_MAX_CHARS = 100
_STATE_COLORS = {"ok": "#15803d", "error": "#dc2626", "pending": "#6b7280", "warning": "#b45309"}


class TagsSeenPanel(ClockedPanel):
    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context.clock, parent)
        self._context = context
        self._tags: list[UnknownTag] = []
        self._fetch_task: asyncio.Task[None] | None = None
        self._fetch_again = True
        self._fetch_seq = 0
        self._gone: dict[str, int] = {}  # uid enrolled/blocked -> fetches started before it went
        self._last_fetch = datetime.min.replace(tzinfo=UTC)
        self._last_redraw = datetime.min.replace(tzinfo=UTC)
        self._seen_received = -1
        self._busy = False
        self.fetch_count = 0
        self.presentations = m.PresentationLog()

        self.summary = QLabel()
        self.summary.setObjectName("tags_summary")
        self.summary.setWordWrap(True)
        self.enrol_button = self._button(self.tr("Enrol…"), "enrol_tag", self.start_enrol)
        self.enrol_button.setToolTip(self.tr("Add the selected tag to the register as allowed"))
        self.block_button = self._button(self.tr("Block"), "block_tag", self.block_selected)
        self.block_button.setToolTip(self.tr("Add the selected tag to the register as blocked"))
        refresh = QToolButton()
        refresh.setText(self.tr("Refresh"))
        refresh.setObjectName("refresh_tags")
        refresh.clicked.connect(self.request_fetch)
        self.refresh_button = refresh
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.enrol_button)
        top.addWidget(self.block_button)
        top.addWidget(refresh)

        self.status_label = QLabel()
        self.status_label.setObjectName("tags_status")
        self.status_label.setWordWrap(True)
        self.status_label.hide()

        self.model = m.UnknownTagsModel(self)
        self.table = self._build_unknown_table()
        self.presentations_model = m.PresentationsModel(self)
        recent = QWidget()
        recent_layout = QVBoxLayout(recent)
        recent_layout.setContentsMargins(0, 4, 0, 0)
        title = QLabel(self.tr("Recent presentations (last {count})").format(count=m.PRESENTATIONS_KEPT))
        title.setStyleSheet("font-weight: 600;")
        self.recent_title = title
        recent_layout.addWidget(title)
        self.presentations_table = self._build_presentations_table()
        recent_layout.addWidget(self.presentations_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(recent)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self._build_enrol_bar())
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)

        context.bridge.tag_presented.connect(self._on_presented)
        self._update_actions()

    # -- building --------------------------------------------------------------------------------
    @staticmethod
    def _button(text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_unknown_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("unknown_tags_table")
        table.setModel(self.model)
        setup_table(table)
        ago = fmt.format_ago(self.clock.now - timedelta(minutes=59), self.clock.now)
        samples = {
            m.COL_UID: "04E91C2A5B6F80",
            m.COL_TIMES: "999",
            m.COL_FIRST: ago,
            m.COL_LAST: ago,
            m.COL_CHARGER: "CHARGER-0001",
        }
        fit_columns(table, samples)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        return table

    def _build_presentations_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("presentations_table")
        table.setModel(self.presentations_model)
        setup_table(table, row_padding_px=6)
        samples = {
            m.P_TIME: "23:59:59",
            m.P_CHARGER: "CHARGER-0001",
            m.P_UID: "04E91C2A",
            m.P_PURPOSE: "StartTransaction",
            m.P_STATUS: m.status_text("Accepted"),
            m.P_REASON: max(
                (m.reason_text(r) for r in ("unknown_tag", "allowlist_tag_authorized", "tag_blocked")),
                key=len,
            ),
        }
        fit_columns(table, samples)
        return table

    def _build_enrol_bar(self) -> QFrame:
        self.enrol_bar = QFrame()
        self.enrol_bar.setObjectName("enrol_bar")
        self.enrol_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.enrol_prompt = QLabel()
        self.enrol_prompt.setWordWrap(True)
        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("enrol_label")
        self.label_edit.setPlaceholderText(self.tr("Label (optional), e.g. Van 3"))
        self.label_edit.setMaxLength(LABEL_MAX_CHARS)
        self.label_edit.setMinimumWidth(
            self.label_edit.fontMetrics().horizontalAdvance(self.label_edit.placeholderText()) + 24
        )
        self.label_edit.returnPressed.connect(self.confirm_enrol)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self.label_edit,
            self.cancel_enrol,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.confirm_button = self._button(self.tr("Enrol"), "confirm_enrol", self.confirm_enrol)
        cancel = self._button(self.tr("Cancel"), "cancel_enrol", self.cancel_enrol)
        self.cancel_button = cancel
        row = QHBoxLayout()
        row.addWidget(self.label_edit, 1)
        row.addWidget(self.confirm_button)
        row.addWidget(cancel)
        layout = QVBoxLayout(self.enrol_bar)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.enrol_prompt)
        layout.addLayout(row)
        self.enrol_bar.hide()
        self._enrol_uid: str | None = None
        return self.enrol_bar

    def retranslate(self) -> None:
        self.enrol_button.setText(self.tr("Enrol…"))
        self.enrol_button.setToolTip(self.tr("Add the selected tag to the register as allowed"))
        self.block_button.setText(self.tr("Block"))
        self.block_button.setToolTip(self.tr("Add the selected tag to the register as blocked"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.recent_title.setText(
            self.tr("Recent presentations (last {count})").format(count=m.PRESENTATIONS_KEPT)
        )
        self.label_edit.setPlaceholderText(self.tr("Label (optional), e.g. Van 3"))
        self.label_edit.setMinimumWidth(
            self.label_edit.fontMetrics().horizontalAdvance(self.label_edit.placeholderText()) + 24
        )
        self.confirm_button.setText(self.tr("Enrol"))
        self.cancel_button.setText(self.tr("Cancel"))
        if self._enrol_uid is not None:
            self.enrol_prompt.setText(self.tr("Enrol {uid} as an allowed tag:").format(uid=self._enrol_uid))
        refresh_table_texts(self.table)
        refresh_table_texts(self.presentations_table)
        self.mark_dirty()  # the summary line at the next tick

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    # -- selection and actions -------------------------------------------------------------------
    def selected_uid(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(m.UID_ROLE) if rows else None

    def select_uid(self, uid: str) -> bool:
        if uid not in self.model.uids():
            return False
        self.table.selectRow(self.model.uids().index(uid))
        return True

    def start_enrol(self, *_args: object) -> None:
        """Ask for an optional label inline; Enrol (or Return) puts the tag into the register."""
        uid = self.selected_uid()
        if uid is None:
            self._set_status(self.tr("Select a tag first."), "warning")
            return
        self._enrol_uid = uid
        self.enrol_prompt.setText(self.tr("Enrol {uid} as an allowed tag:").format(uid=uid))
        self.label_edit.clear()
        self.enrol_bar.show()
        self.label_edit.setFocus()

    def confirm_enrol(self, *_args: object) -> None:
        uid = self._enrol_uid
        if uid is None or self._busy:
            return
        label = self.label_edit.text().strip()
        done = (
            self.tr("{uid} enrolled as “{label}”: it is in the register as allowed.").format(
                uid=uid, label=label
            )
            if label
            else self.tr("{uid} enrolled: it is in the register as allowed.").format(uid=uid)
        )
        self._run(uid, self._context.history.enrol_tag(uid, label=label), done)

    def cancel_enrol(self, *_args: object) -> None:
        self._enrol_uid = None
        self.enrol_bar.hide()

    def block_selected(self, *_args: object) -> None:
        uid = self.selected_uid()
        if uid is None:
            self._set_status(self.tr("Select a tag first."), "warning")
            return
        if self._busy:
            return
        done = self.tr("{uid} blocked: every charger refuses it.").format(uid=uid)
        self._run(uid, self._context.history.block_tag(uid), done)

    def _run(self, uid: str, work: Awaitable[object], done_text: str) -> None:
        self._busy = True
        self._update_actions()

        async def run() -> None:
            try:
                await work
            except Exception as exc:
                self._set_status(describe_error(exc), "error")
                return
            finally:
                self._busy = False
                self._update_actions()
            self._gone[uid] = self._fetch_seq
            self._tags = [t for t in self._tags if t.uid != uid]
            self.model.remove_uid(uid)
            if self._enrol_uid == uid:
                self.cancel_enrol()
            self._set_status(done_text, "ok")
            self.request_fetch()

        self._context.tasks.spawn(run(), name="tag-enrol")

    def _set_status(self, text: str, state: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {_STATE_COLORS.get(state, '#111827')};")
        self.status_label.setVisible(bool(text))
        if text:
            self._context.notifier.show(text)

    def _update_actions(self) -> None:
        selected = self.selected_uid() is not None and not self._busy
        self.enrol_button.setEnabled(selected)
        self.block_button.setEnabled(selected)
        self.confirm_button.setEnabled(not self._busy)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setObjectName("tags_context_menu")
        menu.addAction(self.tr("Enrol…"), self.start_enrol)
        menu.addAction(self.tr("Block"), self.block_selected)
        menu.addSeparator()
        menu.addAction(self.tr("Copy tag"), self._copy_uid)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _copy_uid(self) -> None:
        uid = self.selected_uid()
        if uid:
            QGuiApplication.clipboard().setText(uid)

    # -- data ------------------------------------------------------------------------------------
    def _on_presented(self, event: TagPresented) -> None:
        self.presentations.add(event)  # kept even while hidden: the list is there when shown
        if not event.decision.known:
            self._fetch_again = True  # fetched on the next visible clock tick, once per burst
        self.mark_dirty()

    def request_fetch(self, *_args: object) -> None:
        self._fetch_again = True
        self.mark_dirty()
        if self.is_on_screen():
            self._start_fetch()

    def _start_fetch(self) -> None:
        if self._fetch_task is not None and not self._fetch_task.done():
            return  # the running fetch starts another when it ends (``_fetch_again``)
        self._fetch_again = False
        self._fetch_seq += 1
        self._fetch_task = self._context.tasks.spawn(self._fetch(self._fetch_seq), name="unknown-tags")

    async def _fetch(self, seq: int) -> None:
        try:
            tags = await self._context.history.unknown_tags()
        except Exception as exc:
            log.warning("unknown tags could not be loaded: %s", exc)
            self._set_status(
                self.tr("Cannot load the tags: {error}").format(error=describe_error(exc)), "error"
            )
            return
        finally:
            self._last_fetch = datetime.now(UTC)
            self.fetch_count += 1
        # a fetch that started before an enrolment may still list the tag: leave it out
        self._tags = [t for t in tags if self._gone.get(t.uid, -1) < seq]
        self._gone = {uid: s for uid, s in self._gone.items() if s >= seq}
        self.mark_dirty()
        if self._fetch_again and self.is_on_screen():
            self._start_fetch()

    # -- clocked redraw --------------------------------------------------------------------------
    def is_due(self) -> bool:
        now = self.clock.now
        if self._fetch_again or now - self._last_fetch >= LIST_REFRESH:
            self._start_fetch()
        return (
            super().is_due()
            or self.presentations.received != self._seen_received
            or (bool(self._tags) and now - self._last_redraw >= RELATIVE_TIME_REFRESH)
        )

    def redraw(self) -> None:
        now = self.clock.now
        self._last_redraw = now
        selected = self.selected_uid()
        if self.model.set_tags(self._tags, now) and selected is not None:
            self.select_uid(selected)
        if self.presentations.received != self._seen_received:
            self._seen_received = self.presentations.received
            self.presentations_model.set_entries(list(self.presentations.entries), now)
        count = len(self._tags)
        self.summary.setText(
            self.tr("%n unknown tag(s): select one to enrol or block it.", "", count)
            if count
            else self.tr(
                "No unknown tags. Tags presented at chargers that are not in the register show here."
            )
        )
        self._update_actions()
