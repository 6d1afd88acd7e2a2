"""The Charger panel: one charger in depth.

It shows the charger asked for with ``focus("charger", id)`` (a double-click in the Chargers
panel, routed by ``gui.focus_router``) or picked in its own list: identity and connectors with
the running session (live, from FleetState), notes and location (stored at once), error history,
configuration keys, every command with its result, the last frames, and its QR code.

Everything redraws on the shared clock and only while the dock can be seen; storage is read in
the background, one load per view at a time, and only for the tab in front.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.model import ChargerRecord
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.clock import ClockedPanel
from arthexis_desktop.gui.context import FocusRequests, PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.charger_detail.commands import CommandsTab
from arthexis_desktop.gui.panels.charger_detail.configuration import ConfigurationTab
from arthexis_desktop.gui.panels.charger_detail.frames import FramesTab
from arthexis_desktop.gui.panels.charger_detail.history import HistoryTab
from arthexis_desktop.gui.panels.charger_detail.notes import NotesLocationBox
from arthexis_desktop.gui.panels.charger_detail.overview import OverviewTab
from arthexis_desktop.gui.panels.charger_detail.qr_settings import QrSettingsStore
from arthexis_desktop.gui.panels.charger_detail.qr_tab import QrTab
from arthexis_desktop.gui.panels.charger_detail.reloader import Reloader, is_language_change
from arthexis_desktop.gui.panels.charger_detail.reservations import ReservationsBox
from arthexis_desktop.gui.user_store import user_data_folder
from arthexis_desktop.services.charger_detail import ChargerDetailService

LIVE_REFRESH = timedelta(seconds=1)  # relative times ("12 s ago") tick even without events
TAB_OVERVIEW, TAB_ERRORS, TAB_CONFIGURATION, TAB_COMMANDS, TAB_FRAMES, TAB_QR = range(6)


class ChargerDetailPanel(ClockedPanel):
    def __init__(
        self,
        context: PanelContext,
        parent: QWidget | None = None,
        *,
        service: ChargerDetailService | None = None,
    ) -> None:
        super().__init__(context.clock, parent)
        self._context = context
        detail = service or context.charger_detail
        if detail is None:
            raise ValueError("the Charger panel needs a ChargerDetailService (PanelContext.charger_detail)")
        self.service = detail
        self.charger_id: str | None = None
        self.record: ChargerRecord | None = None
        self._seen_version = -1
        self._last_redraw = datetime.min.replace(tzinfo=UTC)
        self._picker_ids: list[str] = []
        self.record_loader = Reloader(
            context.tasks, self._load_record, name="charger-record", min_interval_s=0.5
        )

        self.picker = QComboBox()
        self.picker.setObjectName("charger_picker")
        self.picker.setMinimumContentsLength(14)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.activated.connect(self._on_picked)
        self.title = QLabel()
        self.title.setObjectName("detail_title")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel()
        self.state.setObjectName("detail_state")
        self.empty = QLabel()
        self.empty.setObjectName("detail_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6b7280; padding: 24px;")

        self.overview = OverviewTab()
        self.reservations = ReservationsBox(context)
        self.notes = NotesLocationBox(self.service, context.tasks)
        self.notes.saved.connect(self._on_record)
        self.history = HistoryTab(self.service, context.tasks)
        self.configuration = ConfigurationTab(context)
        self.commands = CommandsTab(context)
        self.commands.configuration_requested.connect(self._read_configuration)
        self.frames = FramesTab(context)
        self.qr = QrTab(context, QrSettingsStore(user_data_folder(context.data_dir)))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detail_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        overview = self._scrolling(self.overview, self.reservations, self.notes)
        pages: list[QWidget] = [
            overview,
            self.history,
            self.configuration,
            self.commands,
            self.frames,
            self.qr,
        ]
        for page in pages:  # titles: retranslate()
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._on_tab_changed)

        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addWidget(self.title)
        top.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)
        self.tabs.hide()

        bridge = context.bridge
        bridge.connector_status_changed.connect(self._on_status_event)
        bridge.boot_notified.connect(self._on_charger_event)
        bridge.charger_connected.connect(self._on_charger_event)
        self.retranslate()

    def retranslate(self) -> None:
        self.picker.setToolTip(self.tr("The charger shown (double-click one in the Chargers panel)"))
        self.empty.setText(
            self.tr("Double-click a charger in the Chargers panel, or pick one in the list above.")
        )
        titles = (
            self.tr("Overview"),
            self.tr("Errors"),
            self.tr("Configuration"),
            self.tr("Commands"),
            self.tr("Frames"),
            self.tr("QR code"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self._title_errors()
        self._sync_picker(force=True)  # "Choose a charger…"
        self.mark_dirty()  # the header in the new language at the next tick

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    @staticmethod
    def _scrolling(*widgets: QWidget) -> QScrollArea:
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            column.addWidget(widget)
        column.addStretch(1)
        area = QScrollArea()
        area.setObjectName("detail_overview_scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(inner)
        return area

    # -- what is shown ---------------------------------------------------------------------------
    def focus(self, kind: str, value: str) -> None:
        """The focus router: show ``value`` (a charger id) when ``kind`` is ``charger``."""
        if kind == FocusRequests.CHARGER and value:
            self.show_charger(value)

    def show_charger(self, charger_id: str) -> None:
        if charger_id == self.charger_id:
            self.record_loader.request(now=True)
            self.mark_dirty()
            return
        self.charger_id = charger_id
        self.record = None
        views = (
            self.notes,
            self.reservations,
            self.history,
            self.configuration,
            self.commands,
            self.frames,
            self.qr,
        )
        for view in views:
            view.set_charger(charger_id)
        self.record_loader.request(now=True)
        self.empty.hide()
        self.tabs.show()
        self._sync_picker(force=True)
        self.mark_dirty()
        if self.tabs.currentIndex() == TAB_CONFIGURATION:
            self.configuration.activated()

    def _on_picked(self, index: int) -> None:
        charger_id = self.picker.itemData(index)
        if charger_id:
            self.show_charger(str(charger_id))

    def _read_configuration(self) -> None:
        self.tabs.setCurrentIndex(TAB_CONFIGURATION)
        self.configuration.read()

    def _on_tab_changed(self, index: int) -> None:
        if index == TAB_CONFIGURATION:
            self.configuration.activated()
        self.mark_dirty()

    # -- loading ---------------------------------------------------------------------------------
    async def _load_record(self) -> None:
        charger_id = self.charger_id
        if charger_id is None:
            return
        try:
            record = await self.service.record(charger_id)
        except Exception as exc:  # an unknown id still shows what the live state knows
            if charger_id == self.charger_id:
                self.notes.state_label.setText(describe_error(exc))
            return
        self._on_record(record)

    def _on_record(self, record: ChargerRecord) -> None:
        if record.charger_id != self.charger_id:
            return
        self.record = record
        self.notes.show_record(record)
        self.mark_dirty()

    def _on_status_event(self, event: Any) -> None:
        if event.status.charger_id == self.charger_id:
            self.history.reloader.request()
            self.mark_dirty()

    def _on_charger_event(self, event: Any) -> None:
        if event.charger_id == self.charger_id:
            self.record_loader.request()

    # -- clocked redraw --------------------------------------------------------------------------
    def is_due(self) -> bool:
        self.record_loader.poll()
        index = self.tabs.currentIndex()
        loaders = {
            TAB_OVERVIEW: self.reservations.reloader,
            TAB_ERRORS: self.history.reloader,
            TAB_COMMANDS: self.commands.reloader,
            TAB_FRAMES: self.frames.reloader,
        }
        loader = loaders.get(index)
        if loader is not None and self.charger_id is not None:
            loader.poll()
        return (
            super().is_due()
            or self._context.fleet_state.version != self._seen_version
            or self.clock.now - self._last_redraw >= LIVE_REFRESH
        )

    def redraw(self) -> None:
        now = self.clock.now
        self._seen_version = self._context.fleet_state.version
        self._last_redraw = now
        self._sync_picker()
        live = self._context.fleet_state.charger(self.charger_id) if self.charger_id else None
        self._draw_header(live)
        index = self.tabs.currentIndex()
        if self.charger_id is None:
            return
        if index == TAB_OVERVIEW:
            self.overview.show_charger(live, self.record, now)
        elif index == TAB_ERRORS and self.history.redraw(now):
            self._title_errors()
        elif index == TAB_COMMANDS:
            self.commands.redraw(now)
        elif index == TAB_FRAMES:
            self.frames.redraw(now)
        elif index == TAB_QR:
            self.qr.redraw()

    def _title_errors(self) -> None:
        count = self.history.error_count
        text = self.tr("Errors ({count})").format(count=count) if count else self.tr("Errors")
        self.tabs.setTabText(TAB_ERRORS, text)

    def _draw_header(self, live: Any) -> None:
        if self.charger_id is None:
            self.title.setText("")
            self.state.setText("")
            return
        self.title.setText(self.charger_id)
        if live is not None and live.connected:
            text = self.tr("Online ({protocol})").format(protocol=fmt.protocol_label(live.protocol) or "?")
            color = fmt.GREEN
        elif live is None and self.record is None:
            text, color = self.tr("Unknown charger"), fmt.GREY
        else:
            text, color = self.tr("Offline"), fmt.GREY
        self.state.setText(text)
        self.state.setStyleSheet(f"color: {color.name()}; font-weight: bold;")

    def _sync_picker(self, *, force: bool = False) -> None:
        ids = [c.charger_id for c in self._context.fleet_state.chargers()]
        if self.charger_id is not None and self.charger_id not in ids:
            ids.append(self.charger_id)
        if ids != self._picker_ids or force:
            self._picker_ids = ids
            self.picker.blockSignals(True)
            self.picker.clear()
            if self.charger_id is None:
                self.picker.addItem(self.tr("Choose a charger…"), None)
            for charger_id in ids:
                self.picker.addItem(charger_id, charger_id)
            self.picker.blockSignals(False)
        index = self.picker.findData(self.charger_id) if self.charger_id else 0
        if index >= 0 and index != self.picker.currentIndex():
            self.picker.blockSignals(True)
            self.picker.setCurrentIndex(index)
            self.picker.blockSignals(False)
