"""What every tab of the RFID cards panel shares: loading from the services while on screen,
redrawing on the clock, running an operator's action with its outcome shown (never swallowed).

A tab is a ``ClockedPanel``: a tab that is not the current one (or a hidden dock) is not on
screen, so it neither loads nor redraws; events only call ``mark_stale``. When it is on screen
and stale, the next clock tick starts one ``load()``; a change during a load makes it load once
more afterwards. ``apply(data)`` then fills the widgets on the following tick.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtWidgets import QLabel, QMessageBox, QTableView, QWidget

from arthexis_desktop.gui.clock import ClockedPanel
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.rfid.records import KEY_ROLE, RecordModel

if TYPE_CHECKING:
    from arthexis_desktop.services.register import RegisterServices

log = logging.getLogger(__name__)

T = TypeVar("T")
_NOTHING = object()
STATE_COLOURS = {"ok": "#15803d", "error": "#dc2626", "info": "#374151", "warning": "#b45309"}


class StatusLabel(QLabel):
    """One line under a tab saying what the last action did (green), or why it failed (red)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.kind = ""
        self.hide()

    def show_text(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setText(text)
        self.setStyleSheet(f"color: {STATE_COLOURS.get(kind, '#374151')}; font-weight: normal;")
        self.setVisible(bool(text))


class FetchingTab(ClockedPanel):
    """Subclasses implement ``load()`` (async, services only) and ``apply(data)``.

    ``EVENT_LOAD_INTERVAL_S``: loads caused by events start at most this often (a burst of
    presentations at busy chargers costs one query per interval); an operator's action loads at once.
    """

    EVENT_LOAD_INTERVAL_S = 0.0

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context.clock, parent)
        self.context = context
        self.load_count = 0
        self._stale = True
        self._loading: asyncio.Task[None] | None = None
        self._loaded: Any = _NOTHING
        self._load_started_s = -1e9
        self.status = StatusLabel(f"{type(self).__name__.lower()}_status")

    @property
    def register(self) -> RegisterServices:
        if self.context.register is None:  # only a stand-in runtime lacks it
            raise RuntimeError("the tag register services are not available")
        return self.context.register

    # -- loading ---------------------------------------------------------------------------------
    def mark_stale(self, *_args: object) -> None:
        self._stale = True
        self.mark_dirty()

    def refresh_now(self) -> None:
        """Load again now if on screen (after an action), else when next shown."""
        self.mark_stale()
        if self.is_on_screen():
            self._start_load()

    @property
    def loading(self) -> bool:
        return self._loading is not None and not self._loading.done()

    def _start_load(self) -> None:
        if self.loading or self.context.register is None:
            return
        self._stale = False
        self._load_started_s = time.monotonic()
        self._loading = self.context.tasks.spawn(self._load(), name=f"rfid-{type(self).__name__}")

    async def _load(self) -> None:
        try:
            data = await self.load()
        except Exception as exc:
            log.warning("%s could not load: %s", type(self).__name__, exc)
            self.show_status(self.tr("Cannot load: {error}").format(error=describe_error(exc)), "error")
            return
        finally:
            self.load_count += 1
        self._loaded = data
        self.mark_dirty()  # changes during the load: the next tick loads again (``is_due``)

    async def load(self) -> Any:
        raise NotImplementedError

    def apply(self, data: Any) -> None:
        raise NotImplementedError

    def is_due(self) -> bool:
        if self._stale and time.monotonic() - self._load_started_s >= self.EVENT_LOAD_INTERVAL_S:
            self._start_load()
        return super().is_due()

    def redraw(self) -> None:
        data, self._loaded = self._loaded, _NOTHING
        if data is not _NOTHING:
            self.apply(data)

    # -- actions ---------------------------------------------------------------------------------
    def show_status(self, text: str, kind: str = "info") -> None:
        self.status.show_text(text, kind)
        if text and kind in ("ok", "error"):
            self.context.notifier.show(text)

    def run_action(
        self,
        work: Awaitable[T],
        done: Callable[[T], str | None] | None = None,
        *,
        refresh: bool = True,
        name: str = "rfid-action",
    ) -> asyncio.Task[None]:
        """Run ``work``; show ``done(result)`` in green, or the error in red; then reload."""

        async def run() -> None:
            try:
                result = await work
            except Exception as exc:
                self.show_status(describe_error(exc), "error")
                return
            text = done(result) if done is not None else None
            if text:
                self.show_status(text, "ok")
            if refresh:
                self.refresh_now()

        return self.context.tasks.spawn(run(), name=name)

    def confirm(self, title: str, text: str, then: Callable[[], object], *, name: str) -> QMessageBox:
        """A window-modal yes/no question (``open()``, never a nested event loop)."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setObjectName(name)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def finished(code: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                then()
            box.deleteLater()

        box.finished.connect(finished)
        box.open()
        return box


def selected_keys(table: QTableView) -> list[Any]:
    """Keys of the selected rows, in table order."""
    rows = sorted(index.row() for index in table.selectionModel().selectedRows())
    model = table.model()
    return [model.index(row, 0).data(KEY_ROLE) for row in rows]


def select_key(table: QTableView, model: RecordModel[Any], key: Any) -> bool:
    """Select the row of ``key``; False when it is not listed."""
    row = model.row_of(key)
    if row is not None:
        table.selectRow(row)
    return row is not None


def set_records_keeping_selection(table: QTableView, model: RecordModel[T], records: Sequence[T]) -> None:
    """New records in ``model``; the rows selected before (by key) stay selected."""
    keep = selected_keys(table)
    model.set_records(records)
    for key in keep:
        select_key(table, model, key)


def first_selected(table: QTableView, model: RecordModel[T]) -> T | None:
    """The record of the first selected row, or None."""
    keys = selected_keys(table)
    row = model.row_of(keys[0]) if keys else None
    return model.record(row) if row is not None else None
