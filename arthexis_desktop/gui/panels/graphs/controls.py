"""The controls of the Meter graphs panel: a bar above the plot (view, window, measurand, site
limit, exports) and a side column (chargers and connector, or the transactions of the history view);
the panel places ``bar`` and ``side``.

They only hold choices; ``changed`` says that one was made and the panel redraws on its clock.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.model import Transaction
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.panels.graphs.curves import CONTEXT, MEASURANDS, MeasurandChoice

LIVE, SITE, HISTORY = "live", "site", "history"
SESSION = "session"
ALL_CONNECTORS = -1
TX_ID_ROLE = Qt.ItemDataRole.UserRole + 1


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    widget.setObjectName(name)
    return widget


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


class GraphControls(QObject):
    changed = Signal()
    transaction_chosen = Signal(int)
    refresh_transactions = Signal()
    export_csv = Signal()
    save_png = Signal()
    follow_live = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = _named(QComboBox(), "graph_mode")
        for text, value in (
            (self.tr("Site"), SITE),
            (self.tr("Chargers"), LIVE),
            (self.tr("History"), HISTORY),
        ):
            self.mode.addItem(text, value)
        self.mode.setToolTip(
            self.tr("Site: total power of all chargers · Chargers: live values · History: a transaction")
        )
        self.span = _named(QComboBox(), "graph_window")
        spans: tuple[tuple[str, int | str], ...] = (
            (self.tr("5 min"), 300),
            (self.tr("1 h"), 3600),
            (self.tr("Session"), SESSION),
        )
        for text, span in spans:
            self.span.addItem(text, span)
        self.measurand = _named(QComboBox(), "graph_measurand")
        for choice in MEASURANDS:
            self.measurand.addItem(QCoreApplication.translate(CONTEXT, choice.label_source), choice.key)
        self.limit = _named(QDoubleSpinBox(), "site_limit")
        self.limit.setRange(0.0, 100_000.0)
        self.limit.setDecimals(1)
        self.limit.setSingleStep(5.0)
        self.limit.setSuffix(" kW")
        self.limit.setSpecialValueText(self.tr("no limit line"))
        self.limit.setToolTip(self.tr("Site supply limit, drawn as a dashed line"))
        self.limit_label = QLabel(self.tr("Limit"))
        self.stacked = _named(QCheckBox(self.tr("Per charger")), "site_stacked")
        self.stacked.setChecked(True)
        self.stacked.setToolTip(self.tr("Stack the chargers' shares under the total"))
        self.follow = _named(QPushButton(self.tr("Follow live")), "follow_live")
        self.follow.hide()
        self.csv_button = _named(QPushButton(self.tr("Export CSV…")), "export_csv")
        self.png_button = _named(QPushButton(self.tr("Save PNG…")), "save_png")

        self.bar = QWidget()
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(0, 0, 0, 0)
        left: tuple[QWidget, ...] = (self.mode, self.span, self.measurand, self.limit_label, self.limit)
        for widget in (*left, self.stacked):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (self.follow, self.csv_button, self.png_button):
            bar.addWidget(button)

        self.filter = _named(QLineEdit(), "charger_filter")
        self.filter.setPlaceholderText(self.tr("Filter chargers"))
        self.filter.setClearButtonEnabled(True)
        self.chargers = _named(QListWidget(), "graph_chargers")
        self.chargers.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chargers.setSortingEnabled(True)
        self.connector = _named(QComboBox(), "graph_connector")
        self.connector.addItem(self.tr("All connectors"), ALL_CONNECTORS)
        self.charger_hint = _named(QLabel(), "charger_hint")
        self.charger_hint.setWordWrap(True)
        charger_page = QWidget()
        column = QVBoxLayout(charger_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter)
        column.addWidget(self.chargers, 1)
        column.addWidget(self.connector)
        column.addWidget(self.charger_hint)

        self.transactions = _named(QListWidget(), "graph_transactions")
        self.refresh = _named(QPushButton(self.tr("Refresh")), "refresh_graph_transactions")
        history_page = QWidget()
        column = QVBoxLayout(history_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.transactions, 1)
        column.addWidget(self.refresh)
        self.side = QStackedWidget()
        self.side.addWidget(charger_page)
        self.side.addWidget(history_page)
        self.side.setMinimumWidth(170)

        for combo in (self.mode, self.span, self.measurand, self.connector):
            combo.currentIndexChanged.connect(self._on_changed)
        self.limit.valueChanged.connect(self._on_changed)
        self.stacked.toggled.connect(self._on_changed)
        self.chargers.itemSelectionChanged.connect(self._on_changed)
        self.filter.textChanged.connect(self._apply_filter)
        self.transactions.currentItemChanged.connect(self._on_transaction)
        self.refresh.clicked.connect(self.refresh_transactions)
        self.csv_button.clicked.connect(self.export_csv)
        self.png_button.clicked.connect(self.save_png)
        self.follow.clicked.connect(self.follow_live)
        self._sync_visibility()

    # -- choices ---------------------------------------------------------------------------------
    def current_mode(self) -> str:
        return str(self.mode.currentData())

    def window_s(self) -> int | str:
        data = self.span.currentData()
        return SESSION if data == SESSION else int(data)

    def choice(self) -> MeasurandChoice:
        key = self.measurand.currentData()
        return next(c for c in MEASURANDS if c.key == key)

    def selected_chargers(self) -> list[str]:
        return sorted(item.text() for item in self.chargers.selectedItems())

    def connector_id(self) -> int:
        return int(self.connector.currentData())

    def limit_kw(self) -> float | None:
        value = self.limit.value()
        return value if value > 0 else None

    def set_mode(self, mode: str) -> None:
        self.mode.setCurrentIndex(self.mode.findData(mode))

    def select(self, option: QComboBox, value: object) -> None:
        option.setCurrentIndex(option.findData(value))

    def select_chargers(self, charger_ids: Iterable[str]) -> None:
        wanted = set(charger_ids)
        self.chargers.blockSignals(True)
        for row in range(self.chargers.count()):
            item = self.chargers.item(row)
            item.setSelected(item.text() in wanted)
        self.chargers.blockSignals(False)
        self._on_changed()

    # -- lists -----------------------------------------------------------------------------------
    def add_chargers(self, charger_ids: Iterable[str]) -> None:
        """Add chargers not listed yet (the list only grows; selection is kept)."""
        listed = {self.chargers.item(r).text() for r in range(self.chargers.count())}
        text = self.filter.text().strip().lower()
        for charger_id in charger_ids:
            if charger_id not in listed:
                item = QListWidgetItem(charger_id)
                self.chargers.addItem(item)
                item.setHidden(bool(text) and text not in charger_id.lower())

    def set_connectors(self, connector_ids: Sequence[int]) -> None:
        current = self.connector_id()
        wanted = [ALL_CONNECTORS, *connector_ids]
        if [self.connector.itemData(i) for i in range(self.connector.count())] == wanted:
            return
        self.connector.blockSignals(True)
        while self.connector.count() > 1:
            self.connector.removeItem(1)
        for connector_id in connector_ids:
            text = self.tr("Connector {number}").format(number=connector_id)
            if connector_id == 0:
                text = self.tr("Connector 0 (main meter)")
            self.connector.addItem(text, connector_id)
        self.connector.setCurrentIndex(max(0, self.connector.findData(current)))
        self.connector.blockSignals(False)

    def set_transactions(self, transactions: Sequence[Transaction], now: datetime) -> None:
        chosen = self.chosen_transaction()
        self.transactions.blockSignals(True)
        self.transactions.clear()
        for tx in transactions:
            item = QListWidgetItem(self._transaction_text(tx, now))
            item.setData(TX_ID_ROLE, tx.id)
            self.transactions.addItem(item)
            if tx.id == chosen:
                self.transactions.setCurrentItem(item)
        self.transactions.blockSignals(False)

    def _transaction_text(self, tx: Transaction, now: datetime) -> str:
        start = fmt.format_local_time(_aware(tx.start_time), now) if tx.start_time else fmt.DASH
        stop = tx.stop_time
        end = self.tr("running") if stop is None else fmt.format_local_time(_aware(stop), now)
        energy = fmt.format_kwh(tx.energy_wh) if tx.energy_wh is not None else ""
        text = self.tr("#{id} {charger} · {connector}\n{start} – {end}").format(
            id=tx.id, charger=tx.charger_id, connector=tx.connector_id, start=start, end=end
        )
        return f"{text}  {energy}".rstrip()

    def chosen_transaction(self) -> int | None:
        item = self.transactions.currentItem()
        return int(item.data(TX_ID_ROLE)) if item is not None else None

    def choose_transaction(self, transaction_id: int) -> bool:
        for row in range(self.transactions.count()):
            item = self.transactions.item(row)
            if item.data(TX_ID_ROLE) == transaction_id:
                self.transactions.setCurrentItem(item)
                return True
        return False

    # -- reactions -------------------------------------------------------------------------------
    def _on_changed(self, *_args: object) -> None:
        self._sync_visibility()
        self.changed.emit()

    def _on_transaction(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.transaction_chosen.emit(int(current.data(TX_ID_ROLE)))

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.chargers.count()):
            item = self.chargers.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _sync_visibility(self) -> None:
        mode = self.current_mode()
        site, history = mode == SITE, mode == HISTORY
        self.side.setCurrentIndex(1 if history else 0)
        self.span.setEnabled(not history)
        self.measurand.setEnabled(not site)
        for widget in (self.limit_label, self.limit, self.stacked):
            widget.setVisible(site)
        self.connector.setEnabled(not site)
        session = self.span.findData(SESSION)
        model = self.span.model()
        if isinstance(model, QStandardItemModel):  # a QComboBox's own model
            model.item(session).setEnabled(not site)
        if site and self.span.currentData() == SESSION:
            self.span.setCurrentIndex(self.span.findData(3600))
        self.follow.setText(self.tr("Reset view") if history else self.tr("Follow live"))
        if site:
            hint = self.tr("Selected chargers are stacked under the total; none selected: the top 8.")
        elif mode == LIVE:
            hint = self.tr("Select one or more chargers (Ctrl/Shift for several).")
        else:
            hint = ""
        self.charger_hint.setText(hint)
