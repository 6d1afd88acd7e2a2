"""Help → About: versions of the app and what it runs on, and where it keeps its files."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop import __version__
from arthexis_desktop.gui.shell.crash import package_version
from arthexis_desktop.gui.style import themed_icon


@dataclass(frozen=True)
class AboutInfo:
    """Where things are (the composition root fills it in)."""

    data_dir: Path | None = None
    log_dir: Path | None = None
    settings_file: Path | None = None
    layout_file: Path | None = None
    database: str = ""  # the URL, password hidden


class AboutDialog(QDialog):
    def __init__(self, info: AboutInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Arthexis Desktop"))
        title = QLabel(f"<b>Arthexis Desktop {__version__}</b>")
        title.setObjectName("about_title")
        tagline = QLabel(self.tr("OCPP central system and control centre for EV charging."))
        tagline.setWordWrap(True)
        self.rows: dict[str, str] = {
            self.tr("Version"): __version__,
            "Qt": qVersion(),
            "PySide6": pyside_version,
            "Python": f"{platform.python_version()} ({platform.system()} {platform.machine()})",
            "ocpp": package_version("ocpp"),
            self.tr("Data folder"): _path(info.data_dir),
            self.tr("Log folder"): _path(info.log_dir),
            self.tr("Settings file"): _path(info.settings_file),
            self.tr("Window layout file"): _path(info.layout_file),
            self.tr("Database"): info.database or "-",
        }
        form = QFormLayout()
        for label, value in self.rows.items():
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(label, shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(themed_icon("copy"), self.tr("Copy"))
        copy.setObjectName("about_copy")
        copy.clicked.connect(self.copy)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(tagline)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    @property
    def text(self) -> str:
        return "\n".join(f"{label}: {value}" for label, value in self.rows.items())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(f"Arthexis Desktop {__version__}\n{self.text}")


def _path(path: Path | None) -> str:
    return str(path) if path is not None else "-"
