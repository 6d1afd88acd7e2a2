"""Unhandled exceptions: logged with the traceback, shown in a dialog with a copyable report; the app
keeps running.

``CrashReporter.install()`` takes over ``sys.excepthook`` (exceptions escaping Qt slots and
virtual methods), ``threading.excepthook`` (worker threads: reported on the GUI thread) and the
asyncio loop's exception handler. One dialog at a time: more errors while it is open are appended
to its report instead of stacking windows (a failing 4 Hz redraw must not bury the desktop).
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop import __version__
from arthexis_desktop.gui.style import themed_icon

log = logging.getLogger(__name__)

MAX_REPORTS_SHOWN = 20  # older ones stay in the log file

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "-"


def environment_lines() -> list[str]:
    return [
        f"Arthexis Desktop {__version__}",
        f"Python {platform.python_version()} ({sys.platform}, {platform.platform()})",
        f"Qt {qVersion()}, PySide6 {pyside_version}",
        f"ocpp {package_version('ocpp')}, websockets {package_version('websockets')}",
    ]


def format_report(exc_info: ExcInfo, *, where: str, log_file: Path | None) -> str:
    exc_type, exc, tb = exc_info
    lines = [
        f"Unexpected error ({where}) at {datetime.now(UTC).isoformat(timespec='seconds')}",
        *environment_lines(),
    ]
    if log_file is not None:
        lines.append(f"Log file: {log_file}")
    lines.append("")
    lines += "".join(traceback.format_exception(exc_type, exc, tb)).rstrip().splitlines()
    return "\n".join(lines)


class CrashDialog(QDialog):
    """The report of one or more unexpected errors, selectable and copyable."""

    def __init__(self, log_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self._log_dir = log_dir
        self.reports: list[str] = []
        self.intro = QLabel()
        self.intro.setObjectName("crash_intro")
        self.intro.setWordWrap(True)
        self.report_edit = QPlainTextEdit()
        self.report_edit.setObjectName("crash_report")
        self.report_edit.setReadOnly(True)
        self.report_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.buttons = QDialogButtonBox()
        self.copy_button = QPushButton(themed_icon("copy"), "")
        self.copy_button.setObjectName("crash_copy")
        self.copy_button.clicked.connect(self.copy_report)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("crash_open_log_folder")
        self.folder_button.clicked.connect(self.open_log_folder)
        self.folder_button.setVisible(log_dir is not None)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.report_edit, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 460)
        self.retranslate()

    def retranslate(self) -> None:
        count = len(self.reports)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.intro.setText(
            self.tr(
                "Something went wrong inside Arthexis Desktop. It keeps running; chargers stay "
                "connected. The report below is also in the log file. Copy it when you ask for help."
            )
            if count <= 1
            else self.tr(
                "%n unexpected error(s) so far. The app keeps running; the reports are below.", "", count
            )
        )
        self.copy_button.setText(self.tr("Copy report"))
        self.folder_button.setText(self.tr("Open log folder"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def add_report(self, report: str) -> None:
        self.reports = [*self.reports, report][-MAX_REPORTS_SHOWN:]
        self.report_edit.setPlainText(("\n\n" + "-" * 72 + "\n\n").join(self.reports))
        self.retranslate()

    @property
    def report_text(self) -> str:
        return self.report_edit.toPlainText()

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text)
        self.copy_button.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        if self._log_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_dir)))


class CrashReporter(QObject):
    """Logs every unhandled exception and shows it; ``dialog`` is the open report (tests read it)."""

    _reported = Signal(str)  # a report to show, from any thread

    def __init__(self, parent_widget: QWidget, *, log_dir: Path | None, log_file: Path | None) -> None:
        super().__init__(parent_widget)
        self._parent = parent_widget
        self._log_dir = log_dir
        self._log_file = log_file
        self.dialog: CrashDialog | None = None
        self.count = 0
        self._previous_hook: Callable[..., Any] | None = None
        self._previous_thread_hook: Callable[..., Any] | None = None
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- hooks -----------------------------------------------------------------------------------
    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook
        if loop is not None:
            loop.set_exception_handler(self.loop_exception)

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook and self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_hook and self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.report((exc_type, exc, tb), where="Qt slot")

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        where = f"thread {args.thread.name if args.thread else '?'}"
        self.report((args.exc_type, args.exc_value, args.exc_traceback), where=where)

    def loop_exception(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if not isinstance(exc, BaseException):
            log.error("event loop: %s", context.get("message", context))
            return
        self.report((type(exc), exc, exc.__traceback__), where=f"event loop: {context.get('message', '')}")

    # -- reporting -------------------------------------------------------------------------------
    def report(self, exc_info: ExcInfo, *, where: str) -> None:
        """Log ``exc_info`` with its traceback and show it (safe from any thread)."""
        self.count += 1
        log.error("unhandled exception (%s)", where, exc_info=exc_info)
        try:
            text = format_report(exc_info, where=where, log_file=self._log_file)
        except Exception:  # never let the reporter itself fail
            text = "".join(traceback.format_exception(*exc_info))
        if threading.current_thread() is threading.main_thread():
            self._show(text)
        else:
            self._reported.emit(text)

    def _show(self, text: str) -> None:
        try:
            if self.dialog is None:
                dialog = CrashDialog(self._log_dir, self._parent)
                dialog.finished.connect(lambda _code: self._forget(dialog))
                self.dialog = dialog
                dialog.add_report(text)
                dialog.open()  # window-modal, no nested event loop
            else:
                self.dialog.add_report(text)
        except Exception:
            log.exception("the error report could not be shown")

    def _forget(self, dialog: CrashDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
