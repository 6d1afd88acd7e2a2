"""The settings dialog: sections on the left, their form on the right, OK / Apply / Cancel.

It only shows and reads values: ``collect()`` gives the settings the fields describe, or the
problems (each shown right under its field, the first section with one brought forward). Saving
and applying is the controller's job (``save_requested``); while it runs the buttons are off, and
a refused value leaves every typed value in place.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.app_settings import AppSettings, SettingsProblem, validate
from arthexis_desktop.gui.i18n import is_language_change
from arthexis_desktop.gui.settings.broker_section import BrokerSection
from arthexis_desktop.gui.settings.messages import problem_message
from arthexis_desktop.gui.settings.other_sections import (
    AppearanceSection,
    MapSection,
    NotificationsSection,
    StartupSection,
)
from arthexis_desktop.gui.settings.section import Section
from arthexis_desktop.gui.settings.storage_section import StorageSection
from arthexis_desktop.gui.style import themed_icon

_STATUS_COLORS = {"ok": "#16a34a", "error": "#dc2626", "pending": "#6b7280"}


class SettingsDialog(QDialog):
    save_requested = Signal(bool)  # True: close after saving (OK); False: stay open (Apply)

    def __init__(
        self,
        settings: AppSettings,
        *,
        overrides: dict[str, str] | None = None,
        autostart_supported: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.settings = settings
        self._busy = False
        self.broker = BrokerSection()
        self.storage = StorageSection()
        self.notifications = NotificationsSection()
        self.appearance = AppearanceSection()
        self.map = MapSection()
        self.startup = StartupSection(autostart_supported=autostart_supported)
        self.sections: list[Section] = [
            self.broker,
            self.storage,
            self.notifications,
            self.appearance,
            self.map,
            self.startup,
        ]
        self.section_list = QListWidget()
        self.section_list.setObjectName("settings_sections")
        self.section_list.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for section in self.sections:
            QListWidgetItem(self.section_list)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(section)
            self.stack.addWidget(scroll)
        self.section_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.section_list.setCurrentRow(0)

        self.status = QLabel()
        self.status.setObjectName("settings_status")
        self.status.setWordWrap(True)
        self.status.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(lambda: self._request_save(close=True))
        self.apply_button.clicked.connect(lambda: self._request_save(close=False))
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.section_list)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.load(settings, overrides or {})
        self.retranslate()
        self.resize(860, 560)

    # -- texts -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        for row, section in enumerate(self.sections):
            item = self.section_list.item(row)
            item.setText(section.title())
            item.setIcon(themed_icon(section.icon, self.palette().windowText().color()))
        width = max(self.section_list.sizeHintForColumn(0), 120) + 32
        self.section_list.setFixedWidth(width)
        self._show_overrides()  # (OK / Apply / Cancel: Qt's own catalogue retranslates them)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event) or event.type() == QEvent.Type.PaletteChange:
            self.retranslate()  # (the section icons follow the theme's text colour)

    # -- values ----------------------------------------------------------------------------------
    def load(self, settings: AppSettings, overrides: dict[str, str]) -> None:
        self.settings = settings
        self.overrides = overrides
        for section in self.sections:
            section.load(settings)
        self._show_overrides()

    def _show_overrides(self) -> None:
        for path, source in self.overrides.items():
            for section in self.sections:
                box = section.boxes.get(path)
                if box is not None:
                    box.set_note(
                        self.tr(
                            "This run uses {value} from {source}; a change here is saved for later starts."
                        ).format(value=str(self.settings.get(path)) or "-", source=source)
                    )

    def collect(self) -> tuple[AppSettings, list[SettingsProblem]]:
        """The settings the fields describe, and every problem (reading first, then validation)."""
        candidate = self.settings
        problems: list[SettingsProblem] = []
        for section in self.sections:
            candidate, found = section.read(candidate)
            problems += found
        unread = {p.field for p in problems}
        problems += [p for p in validate(candidate) if p.field not in unread]
        return candidate, problems

    def show_problems(self, problems: Iterable[SettingsProblem]) -> None:
        """Each message under its field; the first section with a problem comes to the front."""
        for section in self.sections:
            section.clear_problems()
        first: int | None = None
        loose: list[str] = []
        for problem in problems:
            message = problem_message(problem)
            for index, section in enumerate(self.sections):
                if section.show_problem(problem.field, message):
                    first = index if first is None else first
                    break
            else:
                loose.append(message)
        if first is not None:
            self.section_list.setCurrentRow(first)
        if loose or first is not None:
            self.set_status(
                "\n".join(loose) or self.tr("Correct the marked values; nothing was saved."), "error"
            )

    def field(self, path: str) -> QWidget:
        """The editor of ``section.name`` (tests and screenshots)."""
        for section in self.sections:
            if path in section.boxes:
                return section.boxes[path].editor
        raise KeyError(path)

    def error_text(self, path: str) -> str:
        for section in self.sections:
            if path in section.boxes:
                return section.boxes[path].error_text
        raise KeyError(path)

    # -- state -----------------------------------------------------------------------------------
    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    @property
    def apply_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Apply)

    @property
    def cancel_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)

    def set_status(self, text: str, state: str = "ok") -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {_STATUS_COLORS.get(state, '#6b7280')};")
        self.status.setVisible(bool(text))

    def select_section(self, key: str) -> None:
        for index, section in enumerate(self.sections):
            if section.key == key:
                self.section_list.setCurrentRow(index)

    def _request_save(self, *, close: bool) -> None:
        if not self._busy:
            self.save_requested.emit(close)

    def reject(self) -> None:
        if not self._busy:  # a save is under way: it closes the dialog or shows its problem
            super().reject()
