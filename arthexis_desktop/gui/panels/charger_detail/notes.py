"""Notes and location of a charger, stored as soon as they are changed.

Notes are saved a moment after typing stops (and when the field loses focus); latitude and
longitude when either field is finished (Enter or leaving it) — both empty takes the charger off
the map. A value that cannot be stored is explained next to the fields and nothing is lost: the
text stays in the field to be corrected.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import QEvent, QLocale, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from arthexis_desktop.core.errors import InvalidCommandError
from arthexis_desktop.core.model import ChargerRecord
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.panels.charger_detail.reloader import is_language_change
from arthexis_desktop.gui.tasks import TaskRunner
from arthexis_desktop.services.charger_detail import ChargerDetailService

NOTES_DEBOUNCE_MS = 700


class _NotesEdit(QPlainTextEdit):
    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


def parse_coordinate(text: str) -> float | None:
    """``"25.6866"`` or ``"25,6866"`` (the locale's decimal comma) -> float; empty -> None."""
    cleaned = text.strip()
    if not cleaned:
        return None
    value, ok = QLocale().toDouble(cleaned)
    if ok:
        return value
    try:
        return float(cleaned.replace(",", "."))
    except ValueError as exc:
        raise InvalidCommandError(f"{cleaned!r} is not a number") from exc


class NotesLocationBox(QGroupBox):
    saved = Signal(object)  # ChargerRecord, after a change was stored

    def __init__(
        self, service: ChargerDetailService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("notes_box")
        self._service = service
        self._tasks = tasks
        self.charger_id: str | None = None
        self._stored_notes = ""
        self._stored_place: tuple[float | None, float | None] = (None, None)
        self.notes = _NotesEdit()
        self.notes.setObjectName("detail_notes")
        self.notes.setMaximumHeight(self.fontMetrics().height() * 5)
        self.latitude = QLineEdit()
        self.latitude.setObjectName("detail_latitude")
        self.longitude = QLineEdit()
        self.longitude.setObjectName("detail_longitude")
        self.state_label = QLabel()
        self.state_label.setObjectName("notes_state")
        self.state_label.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(self.notes, 0, 0, 1, 4)
        self.latitude_label, self.longitude_label = QLabel(), QLabel()
        grid.addWidget(self.latitude_label, 1, 0)
        grid.addWidget(self.latitude, 1, 1)
        grid.addWidget(self.longitude_label, 1, 2)
        grid.addWidget(self.longitude, 1, 3)
        grid.addWidget(self.state_label, 2, 0, 1, 4)

        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(NOTES_DEBOUNCE_MS)
        self._notes_timer.timeout.connect(self.save_notes)
        self.notes.textChanged.connect(self._on_notes_typed)
        self.notes.focus_lost.connect(self.save_notes)
        self.latitude.editingFinished.connect(self.save_location)
        self.longitude.editingFinished.connect(self.save_location)
        self._loading = False
        self.setEnabled(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Notes and location"))
        self.notes.setPlaceholderText(self.tr("Where it is, who to call, quirks of its firmware…"))
        self.latitude.setPlaceholderText(self.tr("e.g. 25.686600"))
        self.longitude.setPlaceholderText(self.tr("e.g. -100.316100"))
        self.latitude_label.setText(self.tr("Latitude"))
        self.longitude_label.setText(self.tr("Longitude"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    # -- showing ---------------------------------------------------------------------------------
    def set_charger(self, charger_id: str | None) -> None:
        """Switch to another charger; a pending edit of the previous one is stored first."""
        if charger_id == self.charger_id:
            return
        self.save_notes()
        self.charger_id = charger_id
        self._loading = True
        self.notes.setPlainText("")
        self.latitude.clear()
        self.longitude.clear()
        self._loading = False
        self.state_label.clear()
        self.setEnabled(False)  # until its record is loaded

    def show_record(self, record: ChargerRecord) -> None:
        """What storage holds; fields being edited are left alone."""
        if record.charger_id != self.charger_id:
            return
        self.setEnabled(True)
        self._loading = True
        if not self._notes_timer.isActive() and not self.notes.hasFocus():
            if self.notes.toPlainText() != record.notes:
                self.notes.setPlainText(record.notes)
            self._stored_notes = record.notes
        place = (record.latitude, record.longitude)
        if not self.latitude.hasFocus() and not self.longitude.hasFocus():
            self.latitude.setText(self._format(record.latitude))
            self.longitude.setText(self._format(record.longitude))
            self._stored_place = place
        self._loading = False

    @staticmethod
    def _format(value: float | None) -> str:
        return "" if value is None else QLocale().toString(value, "f", 6)

    # -- saving ----------------------------------------------------------------------------------
    def _on_notes_typed(self) -> None:
        if not self._loading:
            self._notes_timer.start()

    def save_notes(self) -> None:
        self._notes_timer.stop()
        charger_id, text = self.charger_id, self.notes.toPlainText()
        if charger_id is None or not self.isEnabled() or text == self._stored_notes:
            return
        self._stored_notes = text

        async def store() -> ChargerRecord:
            return await self._service.set_notes(charger_id, text)

        self._run(store, self.tr("Notes saved."))

    def save_location(self) -> None:
        charger_id = self.charger_id
        if charger_id is None or not self.isEnabled():
            return
        try:
            place = (parse_coordinate(self.latitude.text()), parse_coordinate(self.longitude.text()))
        except InvalidCommandError as exc:
            self._show_state(describe_error(exc), error=True)
            return
        if place == self._stored_place:
            return
        lat, lon = place

        async def store() -> ChargerRecord:
            return await self._service.set_location(charger_id, lat, lon)

        done = self.tr("Location saved.") if lat is not None else self.tr("Location removed.")
        self._run(store, done)

    def _run(self, store: Callable[[], Awaitable[ChargerRecord]], done_text: str) -> None:
        self._show_state(self.tr("Saving…"))

        async def run() -> None:
            try:
                record = await store()
            except Exception as exc:  # explained; the text stays in the field to be corrected
                self._stored_notes = "\0"  # the next edit (or focus change) tries again
                self._show_state(describe_error(exc), error=True)
                return
            if record.charger_id == self.charger_id:
                self._stored_place = (record.latitude, record.longitude)
            self._show_state(done_text)
            self.saved.emit(record)

        self._tasks.spawn(run(), name="charger-notes")

    def _show_state(self, text: str, *, error: bool = False) -> None:
        self.state_label.setText(text)
        self.state_label.setStyleSheet("color: #dc2626;" if error else "color: #15803d;")
