"""Asking for a file name without a nested event loop (``QFileDialog.open()``, never ``exec``),
remembering the folder last used (the same for every panel that saves or opens a file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

_last_folder: Path | None = None


def ask_path(
    parent: QWidget,
    *,
    title: str,
    name_filter: str,
    then: Callable[[Path], object],
    save: bool,
    suggested: str = "",
    suffix: str = "",
    object_name: str = "file_dialog",
) -> QFileDialog:
    """Open a window-modal file dialog; ``then(path)`` runs when the operator picks a file."""
    folder = _last_folder or Path.home()
    dialog = QFileDialog(parent, title, str(folder / suggested) if suggested else str(folder), name_filter)
    dialog.setObjectName(object_name)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    if suffix:
        dialog.setDefaultSuffix(suffix)

    def chosen(name: str) -> None:
        global _last_folder
        path = Path(name)
        _last_folder = path.parent
        then(path)

    dialog.fileSelected.connect(chosen)
    dialog.finished.connect(lambda _code: dialog.deleteLater())
    dialog.open()
    return dialog
