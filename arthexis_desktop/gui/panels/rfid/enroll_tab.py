"""Enroll mode: hold a card to a reader and it is in the register, highlighted, ready to assign.

A scan (PC/SC, or a keyboard-wedge burst in the field) while this tab is on screen enrols the card:
a new one is created with the next label number, a known one is shown with its owner, account,
state and when it was last seen. The card's entry is edited right below (``TagEditor``: stored at
once). With "Enroll new cards" off, scans only look cards up. Text typed by hand in the field and
Enter looks a card up by number, name, owner or UID.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.errors import NotFoundError
from arthexis_desktop.core.events import TagRegisterChanged, TagScanned
from arthexis_desktop.core.model import Account, Tag
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.rfid.base import FetchingTab
from arthexis_desktop.gui.panels.rfid.records import Cell, RecordModel
from arthexis_desktop.gui.panels.rfid.scan_input import ReaderStatusView, WedgeLineEdit
from arthexis_desktop.gui.panels.rfid.tag_editor import TagEditor
from arthexis_desktop.gui.widgets.tables import fit_columns, setup_table

RECENT_KEPT = 50
_FRAME = "QFrame#card_frame {{ border: 2px solid {border}; border-radius: 6px; background: {background}; }}"
NEW_STYLE = _FRAME.format(border="#15803d", background="#f0fdf4")
KNOWN_STYLE = _FRAME.format(border="#2563eb", background="#eff6ff")
BLOCKED_STYLE = _FRAME.format(border="#dc2626", background="#fef2f2")
PLAIN_STYLE = _FRAME.format(border="#e5e7eb", background="transparent")


@dataclass(frozen=True)
class RecentScan:
    at: datetime
    uid: str
    tag: Tag | None
    created: bool


class EnrollTab(FetchingTab):
    card_shown = Signal(str)  # uid of the card a scan brought up

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.last_scan: TagScanned | None = None
        self.highlighted_uid: str | None = None
        self.created_uid: str | None = None
        self._lookup_uid: str | None = None  # a scanned card that is not in the register
        self._recent: list[RecentScan] = []
        self._recent_version = 0
        self._recent_drawn = -1
        self._accounts: list[Account] = []

        self.status_view = ReaderStatusView()
        self.scan_field = WedgeLineEdit(context.wedge)
        self.scan_field.setObjectName("scan_field")
        self.scan_field.setPlaceholderText(
            self.tr("Present a card, or type a number, name or UID and press Enter")
        )
        self.scan_field.setMinimumHeight(self.scan_field.fontMetrics().height() + 16)
        self.scan_field.search_requested.connect(self.look_up)
        self.scan_field.scanned.connect(self._wedge_scanned)
        self.enroll_check = QCheckBox(self.tr("Enroll new cards"))
        self.enroll_check.setObjectName("enroll_new")
        self.enroll_check.setChecked(True)
        self.enroll_check.setToolTip(self.tr("Off: a scan only shows the card if it is in the register"))
        prompt = QLabel(self.tr("Present a card"))
        prompt.setObjectName("present_prompt")
        prompt.setStyleSheet("font-size: 20px; font-weight: 700;")
        present = QFrame()
        present.setObjectName("present_area")
        present.setFrameShape(QFrame.Shape.StyledPanel)
        field_row = QHBoxLayout()
        field_row.addWidget(self.scan_field, 1)
        field_row.addWidget(self.enroll_check)
        present_layout = QVBoxLayout(present)
        present_layout.addWidget(prompt)
        present_layout.addWidget(self.status_view)
        present_layout.addLayout(field_row)

        self.banner = QLabel(self.tr("Hold a card to a reader: new cards get the next label number."))
        self.banner.setObjectName("card_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.enroll_button = QPushButton(self.tr("Enroll this card"))
        self.enroll_button.setObjectName("enroll_card")
        self.enroll_button.clicked.connect(self.enroll_looked_up)
        self.enroll_button.hide()
        self.editor = TagEditor(context)
        self.editor.saved.connect(self._saved)
        self.editor.accounts_changed.connect(self.mark_stale)
        self.card_frame = QFrame()
        self.card_frame.setObjectName("card_frame")
        self.card_frame.setStyleSheet(PLAIN_STYLE)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.enroll_button)
        card_layout = QVBoxLayout(self.card_frame)
        card_layout.addLayout(banner_row)
        card_layout.addWidget(self.editor)

        self.recent_model: RecordModel[RecentScan] = RecordModel(
            [self.tr("Time"), self.tr("Label"), self.tr("UID"), self.tr("Result"), self.tr("Name")],
            self._render_recent,
            lambda r: r.uid,
            self,
        )
        self.recent_table = QTableView()
        self.recent_table.setObjectName("recent_scans")
        self.recent_table.setModel(self.recent_model)
        setup_table(self.recent_table)
        fit_columns(
            self.recent_table, {0: "23:59:59", 1: "00000", 2: "04E91C2A5B6F80", 3: self.tr("known, blocked")}
        )
        self.recent_table.doubleClicked.connect(self._recent_clicked)

        recent = QWidget()
        recent_layout = QVBoxLayout(recent)
        recent_layout.setContentsMargins(0, 0, 0, 0)
        recent_title = QLabel(self.tr("Scanned in this session"))
        recent_title.setStyleSheet("font-weight: 600;")
        recent_layout.addWidget(recent_title)
        recent_layout.addWidget(self.recent_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.card_frame)
        splitter.addWidget(recent)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([3000, 2000])  # 3 : 2, whatever the width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(present)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    # -- scans -----------------------------------------------------------------------------------
    def on_scanned(self, event: TagScanned) -> None:
        """A card held to any reader; acted on only while this tab is on screen."""
        self.last_scan = event
        self.mark_dirty()
        if self.context.register is None or not self.is_on_screen():
            return
        self.context.tasks.spawn(self._present(event), name="rfid-enrol")

    def _wedge_scanned(self, event: TagScanned | None) -> None:
        if event is None:
            self.show_status(self.tr("The same card again: scanned once."), "info")

    async def _present(self, event: TagScanned) -> None:
        tags = self.register.tags
        created = False
        try:
            if self.enroll_check.isChecked():
                enrolment = await tags.enrol(event.uid)
                tag: Tag | None = enrolment.tag
                created = enrolment.created
            else:
                tag = await tags.tag(event.uid)
        except NotFoundError:
            tag = None
        except Exception as exc:
            self.show_status(describe_error(exc), "error")
            return
        self._recent.insert(0, RecentScan(event.at, event.uid, tag, created))
        del self._recent[RECENT_KEPT:]
        self._recent_version += 1
        self.show_card(tag, created=created, uid=event.uid, scanned_at=event.at)
        self.mark_dirty()

    def show_card(self, tag: Tag | None, *, created: bool, uid: str, scanned_at: datetime | None) -> None:
        self._lookup_uid = None if tag is not None else uid
        self.enroll_button.setVisible(tag is None)
        self.editor.set_tag(tag)
        if tag is None:
            self.card_frame.setStyleSheet(BLOCKED_STYLE)
            self.banner.setText(self.tr("{uid} is not in the register.").format(uid=uid))
            self.highlighted_uid = None
            return
        self.highlighted_uid = tag.uid
        self.created_uid = tag.uid if created else None
        number = tag.label_number if tag.label_number is not None else "—"
        if created:
            self.card_frame.setStyleSheet(NEW_STYLE)
            text = self.tr("New card enrolled as No. {number}. Name it and assign an account.").format(
                number=number
            )
        else:
            self.card_frame.setStyleSheet(KNOWN_STYLE if tag.allowed else BLOCKED_STYLE)
            account = self.editor.account_name(tag.account_id) or self.tr("no account")
            text = self.tr(
                "Known card No. {number}: {name} — {account}, owner {owner}; last seen {seen}."
            ).format(
                number=number,
                name=tag.label or self.tr("no name"),
                account=account,
                owner=tag.owner or "—",
                seen=fmt.format_local_time(tag.last_seen_at or scanned_at),
            )
        self.banner.setText(text)
        self.card_shown.emit(tag.uid)
        QTimer.singleShot(0, self.scan_field.setFocus)

    def enroll_looked_up(self) -> None:
        uid = self._lookup_uid
        if uid is None:
            return

        async def run() -> None:
            try:
                enrolment = await self.register.tags.enrol(uid)
            except Exception as exc:
                self.show_status(describe_error(exc), "error")
                return
            self.show_card(enrolment.tag, created=enrolment.created, uid=uid, scanned_at=None)

        self.context.tasks.spawn(run(), name="rfid-enrol-looked-up")

    def look_up(self, text: str) -> None:
        if not text or self.context.register is None:
            return

        async def run() -> None:
            try:
                found = await self.register.tags.tags(text)
            except Exception as exc:
                self.show_status(describe_error(exc), "error")
                return
            if not found:
                self.show_status(self.tr("No card matches “{text}”.").format(text=text), "warning")
                return
            self.show_status(self.tr("%n card(s) match; showing the first.", "", len(found)), "info")
            self.show_card(found[0], created=False, uid=found[0].uid, scanned_at=None)

        self.context.tasks.spawn(run(), name="rfid-look-up")

    def _saved(self, tag: Tag) -> None:
        self._recent = [
            RecentScan(r.at, r.uid, tag, r.created) if r.tag is not None and r.tag.uid == tag.uid else r
            for r in self._recent
        ]
        self._recent_version += 1
        self.mark_dirty()

    def _recent_clicked(self) -> None:
        rows = self.recent_table.selectionModel().selectedRows()
        if rows:
            recent = self.recent_model.record(rows[0].row())
            if recent.tag is not None:
                self.show_card(recent.tag, created=False, uid=recent.uid, scanned_at=recent.at)

    def on_register_changed(self, event: TagRegisterChanged) -> None:
        shown = self.editor.tag
        if not event.uids or (shown is not None and shown.uid in event.uids):
            self.mark_stale()

    # -- loading and drawing ---------------------------------------------------------------------
    async def load(self) -> tuple[list[Account], Tag | None]:
        tags = self.register.tags
        shown = self.editor.tag
        current = None
        if shown is not None:
            try:
                current = await tags.tag(shown.uid)
            except NotFoundError:
                current = None
        return await tags.accounts(), current

    def apply(self, data: tuple[list[Account], Tag | None]) -> None:
        accounts, current = data
        self._accounts = accounts
        self.editor.set_accounts(accounts)
        if current is not None and self.editor.tag is not None and current.uid == self.editor.tag.uid:
            self.editor.set_tag(current)

    def is_due(self) -> bool:
        due = super().is_due()
        return due or self._status_changed()

    def _reader_status(self) -> Any:
        readers = self.context.readers
        return readers.status() if readers is not None else None

    def _status_changed(self) -> bool:
        return self.status_view.show_status(
            self._reader_status(), self.last_scan, self.clock.now, wedge=self.context.wedge is not None
        )

    def redraw(self) -> None:
        super().redraw()
        self._status_changed()
        if self._recent_drawn != self._recent_version:
            self._recent_drawn = self._recent_version
            self.recent_model.set_records(self._recent)
            self.recent_model.highlight(self.highlighted_uid)

    def _render_recent(self, scan: RecentScan) -> list[Cell | str]:
        tag = scan.tag
        if tag is None:
            result = Cell(self.tr("not in the register"), fmt.RED)
        elif scan.created:
            result = Cell(self.tr("enrolled"), fmt.GREEN)
        else:
            result = Cell(self.tr("known") if tag.allowed else self.tr("known, blocked"))
        return [
            fmt.format_local_time(scan.at, self.clock.now),
            str(tag.label_number) if tag is not None and tag.label_number is not None else "—",
            scan.uid,
            result,
            tag.label if tag is not None else "",
        ]

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.scan_field.setFocus)
