"""The enrol field (keyboard-wedge readers type into it) and the reader status line.

``WedgeLineEdit`` feeds every key press, with its real time, to the ``KeyboardWedgeReader``'s
detector: a fast burst of hex digits ending in Enter is a scan (published on the bus like a PC/SC
scan, and its characters removed from the field); anything typed at a person's pace stays as
text, and Enter then asks to look it up (``search_requested``).

``ReaderStatusView`` says which PC/SC readers are connected, their state and the last scan; when
the readers are not ready it says why and how to fix it, from the stable ``ServiceState`` codes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from arthexis_desktop.core.events import TagScanned
from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.panels.rfid import texts
from arthexis_desktop.integrations.rfid import KeyboardWedgeReader, ReaderStatus, ServiceState

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class WedgeLineEdit(QLineEdit):
    scanned = Signal(object)  # TagScanned, or None when the same card was just scanned (debounced)
    search_requested = Signal(str)  # Enter after text typed by hand

    def __init__(
        self,
        reader: KeyboardWedgeReader | None,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reader = reader
        self._clock = clock
        self._before_burst = ""
        self.bursts = 0  # scans recognised (tests, diagnostics)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        reader = self.reader
        if reader is None:
            super().keyPressEvent(event)
            if event.key() in _ENTER:
                self.search_requested.emit(self.text().strip())
            return
        at_s = self._clock()
        if event.key() in _ENTER:
            scan = reader.detector.feed("\n", at_s)
            if scan is not None:
                self.bursts += 1
                self.setText(self._before_burst)  # the reader's characters are not search text
                self.scanned.emit(reader.publish(scan))
                event.accept()
                return
            super().keyPressEvent(event)
            self.search_requested.emit(self.text().strip())
            return
        text = event.text()
        before = self.text()
        if len(text) == 1 and text.isprintable():
            reader.detector.feed(text, at_s)
        else:
            reader.detector.reset()  # Backspace, arrows...: whatever comes next starts afresh
        super().keyPressEvent(event)
        if len(reader.detector.pending) == 1:  # this key may start a reader's burst
            self._before_burst = before


class WedgeKeyFilter(QObject):
    """A reader's burst typed into another text field (the operator clicked into a card's name
    and then scanned the next card) is still a scan: the field gets its text back and the Enter
    never reaches it, so the UID is not saved as the name."""

    def __init__(
        self, reader: KeyboardWedgeReader | None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self.reader = reader
        self._clock = clock
        self._before: dict[QObject, str] = {}

    def watch(self, *widgets: QLineEdit | QPlainTextEdit) -> None:
        if self.reader is not None:
            for widget in widgets:
                widget.installEventFilter(self)

    @staticmethod
    def _text(widget: QObject) -> str:
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()  # type: ignore[attr-defined]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        reader = self.reader
        if reader is None or event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        at_s = self._clock()
        if event.key() in _ENTER:
            scan = reader.detector.feed("\n", at_s)
            if scan is None:
                return False
            before = self._before.pop(watched, None)
            if before is not None:
                if isinstance(watched, QPlainTextEdit):
                    watched.setPlainText(before)
                elif isinstance(watched, QLineEdit):
                    watched.setText(before)
            reader.publish(scan)
            return True  # the Enter of a scan is not the operator's
        text = event.text()
        if len(text) == 1 and text.isprintable():
            reader.detector.feed(text, at_s)
            if len(reader.detector.pending) == 1:
                self._before[watched] = self._text(watched)
        else:
            reader.detector.reset()
        return False


class ReaderStatusView(QWidget):
    """Two lines: the PC/SC readers (or why there are none, and the fix), and the last scan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.readers_label = QLabel()
        self.readers_label.setObjectName("reader_status")
        self.readers_label.setWordWrap(True)
        self.fix_label = QLabel()
        self.fix_label.setObjectName("reader_fix")
        self.fix_label.setWordWrap(True)
        self.fix_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix_label.setStyleSheet("color: #b45309; font-weight: normal;")
        self.last_scan_label = QLabel()
        self.last_scan_label.setObjectName("last_scan")
        self.last_scan_label.setStyleSheet("color: #374151; font-weight: normal;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.readers_label)
        layout.addWidget(self.fix_label)
        layout.addWidget(self.last_scan_label)
        self._shown: tuple[object, ...] | None = None

    def show_status(
        self, status: ReaderStatus | None, last_scan: TagScanned | None, now: datetime, *, wedge: bool
    ) -> bool:
        """Redraw if anything changed; True when it did."""
        key = (status, last_scan, fmt.format_ago(last_scan.at, now) if last_scan else None, wedge)
        if key == self._shown:
            return False
        self._shown = key
        keyboard = self.tr("Keyboard readers: scan into the field below.") if wedge else ""
        if status is None:
            pcsc = self.tr("PC/SC readers are not watched (started with --no-readers).")
            fix, colour = "", "#6b7280"
        elif status.state is ServiceState.READY:
            readers = ", ".join(
                self.tr("{reader} ({state})").format(reader=r.name, state=texts.reader_state_text(r.state))
                for r in status.readers
            )
            pcsc = self.tr("PC/SC: {readers}").format(readers=readers)
            fix, colour = "", "#15803d"
        else:
            pcsc = self.tr("PC/SC: {state}").format(state=texts.service_text(status.state))
            fix, colour = texts.service_fix(status.state), "#b45309"
            if status.last_error:
                fix = (
                    self.tr("{fix} ({error})").format(fix=fix, error=status.last_error)
                    if fix
                    else status.last_error
                )
        self.readers_label.setText(" · ".join(t for t in (pcsc, keyboard) if t))
        self.readers_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.fix_label.setText(fix)
        self.fix_label.setVisible(bool(fix))
        if last_scan is None:
            self.last_scan_label.setText(self.tr("No card scanned yet."))
        else:
            self.last_scan_label.setText(
                self.tr("Last scan: {uid} on {reader}, {ago}").format(
                    uid=last_scan.uid, reader=last_scan.reader, ago=fmt.format_ago(last_scan.at, now)
                )
            )
        return True
