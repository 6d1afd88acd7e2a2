"""Saving a graph: a window-modal file dialog (never a nested blocking one: the broker keeps
running), the write in a worker thread, the outcome in the status bar."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject
from PySide6.QtGui import QImage, QImageWriter
from PySide6.QtWidgets import QFileDialog, QWidget

from arthexis_desktop.gui.context import Notifier
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.file_dialogs import ask_path
from arthexis_desktop.gui.tasks import TaskRunner

log = logging.getLogger(__name__)


class GraphSaver(QObject):
    def __init__(self, owner: QWidget, tasks: TaskRunner, notifier: Notifier) -> None:
        super().__init__(owner)
        self._owner = owner
        self._tasks = tasks
        self._notifier = notifier
        self.dialog: QFileDialog | None = None

    def ask_csv(self, save: Callable[[Path], object]) -> None:
        self._ask(self.tr("Export graph data"), self.tr("CSV files (*.csv)"), "csv", save)

    def ask_png(self, save: Callable[[Path], object]) -> None:
        self._ask(self.tr("Save graph as image"), self.tr("PNG images (*.png)"), "png", save)

    def _ask(self, title: str, filter_text: str, suffix: str, save: Callable[[Path], object]) -> None:
        self.dialog = ask_path(
            self._owner,
            title=title,
            name_filter=filter_text,
            suggested=datetime.now().strftime(f"meter-graph-%Y%m%d-%H%M%S.{suffix}"),
            suffix=suffix,
            save=True,
            then=save,
            object_name="graph_file_dialog",
        )

    def save_text(self, path: Path, text: str) -> asyncio.Task[bool]:
        def write() -> None:
            path.write_text(text, encoding="utf-8", newline="")

        return self._tasks.spawn(self._save(path, write), name="graph-csv")

    def save_image(self, path: Path, image: QImage) -> asyncio.Task[bool]:
        def write() -> None:
            writer = QImageWriter(str(path), QByteArray(b"png"))
            if not writer.write(image):
                raise OSError(writer.errorString())

        return self._tasks.spawn(self._save(path, write), name="graph-png")

    async def _save(self, path: Path, write: Callable[[], Any]) -> bool:
        try:
            await asyncio.to_thread(write)
        except Exception as exc:
            log.warning("graph export to %s failed: %s", path, exc)
            self._notifier.show(
                self.tr("Could not save {path}: {error}").format(path=path, error=describe_error(exc))
            )
            return False
        self._notifier.show(self.tr("Saved {path}").format(path=path))
        return True
