"""Settings → Storage: the database URL (with "Test connection") and the data folder."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton

from arthexis_desktop.core.app_settings import AppSettings, SettingsProblem
from arthexis_desktop.gui.settings.fields import FieldBox
from arthexis_desktop.gui.settings.section import Section

_RESULT_COLORS = {"ok": "#16a34a", "error": "#dc2626", "pending": "#6b7280"}


class StorageSection(Section):
    key = "storage"
    icon = "database"

    test_requested = Signal(str)  # the URL as typed ("" = the SQLite file in the data folder)

    def __init__(self) -> None:
        super().__init__()
        self.db_url = QLineEdit()
        self.test_button = QPushButton()
        self.test_button.setObjectName("settings_test_connection")
        self.test_button.clicked.connect(lambda: self.test_requested.emit(self.db_url.text().strip()))
        self.test_result = QLabel()
        self.test_result.setObjectName("settings_test_result")
        self.test_result.setWordWrap(True)
        self.test_result.hide()
        self.data_dir = QLineEdit()
        self.browse = QPushButton()
        self.browse.setObjectName("settings_choose_data_dir")
        self.browse.clicked.connect(self._choose_folder)
        self.folder_dialog: QFileDialog | None = None
        self.add_row("storage.db_url", FieldBox("storage.db_url", self.db_url, self.test_button))
        self.form.addRow("", self.test_result)
        self.add_row("storage.data_dir", FieldBox("storage.data_dir", self.data_dir, self.browse))
        self.finish()

    def title(self) -> str:
        return self.tr("Storage")

    def row_titles(self) -> dict[str, str]:
        return {"storage.db_url": self.tr("Database URL"), "storage.data_dir": self.tr("Data folder")}

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "Chargers, sessions and tags are kept in this database. Changes here apply at the next "
                "start; the database of the running app stays open until then."
            )
        )
        self.db_url.setPlaceholderText(self.tr("Empty: the SQLite file in the data folder"))
        self.data_dir.setPlaceholderText(self.tr("Empty: the per-user data folder"))
        self.test_button.setText(self.tr("Test connection"))
        self.browse.setText(self.tr("Choose…"))
        self.boxes["storage.db_url"].set_note(
            self.tr("For several desktops on one fleet: postgresql://user:password@host/arthexis")
        )

    def set_test_result(self, text: str, state: str) -> None:
        """``state``: pending | ok | error."""
        self.test_result.setText(text)
        self.test_result.setStyleSheet(f"color: {_RESULT_COLORS.get(state, '#6b7280')}; font-weight: normal;")
        self.test_result.setVisible(bool(text))
        self.test_button.setEnabled(state != "pending")

    def _choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the data folder"), self.data_dir.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.data_dir.setText)
        self.folder_dialog = dialog
        dialog.open()  # no nested event loop: the broker keeps serving

    def load(self, settings: AppSettings) -> None:
        self.db_url.setText(settings.storage.db_url)
        self.data_dir.setText(settings.storage.data_dir)

    def read(self, settings: AppSettings) -> tuple[AppSettings, list[SettingsProblem]]:
        storage = replace(
            settings.storage, db_url=self.db_url.text().strip(), data_dir=self.data_dir.text().strip()
        )
        return replace(settings, storage=storage), []
