"""Message log panel: raw OCPP frames in and out, filterable, pausable, copyable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase, QFontMetrics, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.model import Direction
from arthexis_desktop.gui.clock import ClockedPanel
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.i18n import is_language_change, refresh_table_texts
from arthexis_desktop.gui.panels.message_log_model import (
    COL_ACTION,
    COL_CHARGER,
    COL_DIRECTION,
    COL_TIME,
    FrameBuffer,
    MessageLogModel,
)
from arthexis_desktop.gui.widgets.tables import fit_columns, setup_table


class MessageLogPanel(ClockedPanel):
    def __init__(self, context: PanelContext, parent: QWidget | None = None, *, capacity: int = 5000) -> None:
        super().__init__(context.clock, parent)
        self.buffer = FrameBuffer(capacity)
        self.model = MessageLogModel(self.buffer, self)
        self._known_ids: list[str] = []

        self.charger_combo = QComboBox()
        self.charger_combo.setObjectName("frame_charger_filter")
        self.charger_combo.addItem(self.tr("All chargers"), None)
        self.charger_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.charger_combo.currentIndexChanged.connect(self._apply_filter)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("frame_text_filter")
        self.text_filter.setPlaceholderText(self.tr("Filter text…"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self._apply_filter)
        self.pause_box = QCheckBox(self.tr("Pause"))
        self.pause_box.setObjectName("frame_pause")
        self.pause_box.toggled.connect(self._on_pause)
        self.follow_box = QCheckBox(self.tr("Auto-scroll"))
        self.follow_box.setObjectName("frame_follow")
        self.follow_box.setChecked(True)
        copy = QToolButton()  # tool buttons: compact, the dock shares its width with Transactions
        copy.setText(self.tr("Copy"))
        copy.setObjectName("frame_copy")
        copy.setToolTip(self.tr("Copy the selected frames (Ctrl+C)"))
        copy.clicked.connect(self.copy_selection)
        self.copy_button = copy
        clear = QToolButton()
        clear.setText(self.tr("Clear"))
        clear.setObjectName("frame_clear")
        clear.clicked.connect(self.clear)
        self.clear_button = clear

        bar = QHBoxLayout()
        bar.addWidget(self.charger_combo)
        self.text_filter.setMinimumWidth(100)
        bar.addWidget(self.text_filter, 1)
        bar.addWidget(self.pause_box)
        bar.addWidget(self.follow_box)
        bar.addWidget(copy)
        bar.addWidget(clear)

        self.table = QTableView()
        self.table.setObjectName("frames_table")
        self.table.setModel(self.model)
        setup_table(self.table, row_padding_px=6, multi_select=True)
        self.table.setAlternatingRowColors(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        mono_width = QFontMetrics(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        fit_columns(
            self.table, {COL_CHARGER: "DEMO-0001", COL_DIRECTION: "→", COL_ACTION: "✓ StartTransaction"}
        )
        self.table.setColumnWidth(COL_TIME, mono_width.horizontalAdvance("00:00:00.000") + 16)
        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_selection)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        context.bridge.frame_logged.connect(self._on_frame)

    def retranslate(self) -> None:
        self.charger_combo.setItemText(0, self.tr("All chargers"))
        self.text_filter.setPlaceholderText(self.tr("Filter text…"))
        self.pause_box.setText(self.tr("Pause"))
        self.follow_box.setText(self.tr("Auto-scroll"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the selected frames (Ctrl+C)"))
        self.clear_button.setText(self.tr("Clear"))
        refresh_table_texts(self.table)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    def _on_frame(self, event: Any) -> None:
        self.buffer.append(event.charger_id, event.direction == Direction.IN, event.text, event.at)

    # -- controls ----------------------------------------------------------------------------------
    @property
    def paused(self) -> bool:
        return self.pause_box.isChecked()

    def _apply_filter(self, *_: object) -> None:
        self.model.set_filter(
            charger_id=self.charger_combo.currentData(), text=self.text_filter.text().strip()
        )
        self._scroll()

    def _on_pause(self, paused: bool) -> None:
        if not paused:
            self.model.rebuild()
            self._scroll()

    def clear(self) -> None:
        self.buffer.clear()
        self.model.rebuild()

    def copy_selection(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if rows:
            QGuiApplication.clipboard().setText("\n".join(self.model.entry(r).as_line() for r in rows))

    def _scroll(self) -> None:
        if self.follow_box.isChecked() and not self.paused:
            self.table.scrollToBottom()

    # -- clocked redraw ----------------------------------------------------------------------------
    def is_due(self) -> bool:
        return super().is_due() or (not self.paused and self.model.pending)

    def redraw(self) -> None:
        self._update_charger_choices()
        if self.paused:
            return
        if self.model.append_new():
            self._scroll()

    def _update_charger_choices(self) -> None:
        if len(self.buffer.charger_ids) == len(self._known_ids):
            return
        self._known_ids = sorted(self.buffer.charger_ids)
        current = self.charger_combo.currentData()
        self.charger_combo.blockSignals(True)
        self.charger_combo.clear()
        self.charger_combo.addItem(self.tr("All chargers"), None)
        for charger_id in self._known_ids:
            self.charger_combo.addItem(charger_id, charger_id)
        self.charger_combo.setCurrentIndex(max(0, self.charger_combo.findData(current)))
        self.charger_combo.blockSignals(False)
