"""The AWG presets row: choose a built-in or own preset, save the current inputs, delete one.

Saving asks for the name inline (no modal dialog: a nested event loop would stall the broker).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from arthexis_desktop.core.awg import PRESETS, AwgPreset, AwgRequest
from arthexis_desktop.gui.i18n import is_language_change
from arthexis_desktop.gui.panels.calculators.awg_texts import preset_description, preset_name
from arthexis_desktop.gui.panels.calculators.fields import ERROR_STYLE, HINT_STYLE
from arthexis_desktop.gui.panels.calculators.preset_store import PresetStore

BUILTIN, USER = "builtin", "user"
MAX_NAME_CHARS = 80


def _item(kind: str, key: str) -> str:
    """The combo item data of a preset: ``builtin:<key>`` or ``user:<name>``."""
    return f"{kind}:{key}"


class PresetBar(QWidget):
    preset_chosen = Signal(object)  # AwgPreset

    def __init__(self, store: PresetStore, current_request: Callable[[], AwgRequest | None]) -> None:
        super().__init__()
        self.store = store
        self._current_request = current_request
        self.combo = QComboBox()
        self.combo.setObjectName("awg_preset")
        self.combo.setPlaceholderText(self.tr("Choose a preset…"))
        self.combo.setMinimumContentsLength(20)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.activated.connect(self._on_activated)
        self.combo.currentIndexChanged.connect(self._update_buttons)
        self.save_button = QPushButton(self.tr("Save as preset…"))
        self.save_button.setObjectName("awg_save_preset")
        self.save_button.clicked.connect(self.ask_name)
        self.delete_button = QPushButton(self.tr("Delete preset"))
        self.delete_button.setObjectName("awg_delete_preset")
        self.delete_button.clicked.connect(self.delete_selected)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("awg_preset_name")
        self.name_edit.setPlaceholderText(self.tr("Name of the preset"))
        self.name_edit.setMaxLength(MAX_NAME_CHARS)
        self.name_edit.returnPressed.connect(self.confirm_save)
        self.confirm_button = QPushButton(self.tr("Save"))
        self.confirm_button.setObjectName("awg_confirm_preset")
        self.confirm_button.clicked.connect(self.confirm_save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.hide_name)
        self.cancel_button = cancel
        self.preset_label = QLabel(self.tr("Preset:"))
        self.name_label = QLabel(self.tr("Save the inputs (without the length) as:"))
        self.message = QLabel()
        self.message.setObjectName("awg_preset_message")
        self.message.setWordWrap(True)
        self.message.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.preset_label)
        top.addWidget(self.combo, 1)
        top.addWidget(self.save_button)
        top.addWidget(self.delete_button)
        self.name_row = QWidget()
        name_layout = QHBoxLayout(self.name_row)
        name_layout.setContentsMargins(0, 0, 0, 0)
        name_layout.addWidget(self.name_label)
        name_layout.addWidget(self.name_edit, 1)
        name_layout.addWidget(self.confirm_button)
        name_layout.addWidget(cancel)
        self.name_row.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.name_row)
        layout.addWidget(self.message)
        self.reload()

    def retranslate(self) -> None:
        self.combo.setPlaceholderText(self.tr("Choose a preset…"))
        self.save_button.setText(self.tr("Save as preset…"))
        self.delete_button.setText(self.tr("Delete preset"))
        self.name_edit.setPlaceholderText(self.tr("Name of the preset"))
        self.confirm_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.preset_label.setText(self.tr("Preset:"))
        self.name_label.setText(self.tr("Save the inputs (without the length) as:"))
        self.combo.blockSignals(True)  # built-in names in the new language, the choice kept
        for index in range(self.combo.count()):
            data = self.combo.itemData(index)
            kind, _, key = data.partition(":") if isinstance(data, str) else ("", "", "")
            preset = next((p for p in PRESETS if p.key == key), None) if kind == BUILTIN else None
            if preset is not None:
                self.combo.setItemText(index, preset_name(preset))
                self.combo.setItemData(index, preset_description(preset), Qt.ItemDataRole.ToolTipRole)
        self.combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    # -- the list --------------------------------------------------------------------------------
    def reload(self, select_user: str | None = None) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for preset in PRESETS:
            self.combo.addItem(preset_name(preset), _item(BUILTIN, preset.key))
            self.combo.setItemData(
                self.combo.count() - 1, preset_description(preset), Qt.ItemDataRole.ToolTipRole
            )
        if self.store.presets:
            self.combo.insertSeparator(self.combo.count())
        for preset in self.store.presets:
            self.combo.addItem(preset.name, _item(USER, preset.name))
        index = self.combo.findData(_item(USER, select_user)) if select_user else -1
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        self._update_buttons()

    def clear_selection(self) -> None:
        """The inputs no longer are the chosen preset."""
        if self.combo.currentIndex() >= 0:
            self.combo.setCurrentIndex(-1)

    def select(self, kind: str, key: str) -> None:
        """Choose a preset as a person would (by its kind and key / user name)."""
        index = self.combo.findData(_item(kind, key))
        if index < 0:
            raise KeyError(key)
        self.combo.setCurrentIndex(index)
        self._on_activated(index)

    def _on_activated(self, index: int) -> None:
        data = self.combo.itemData(index)
        if not isinstance(data, str):
            return
        kind, _, key = data.partition(":")
        preset = next((p for p in PRESETS if p.key == key), None) if kind == BUILTIN else self.store.get(key)
        if preset is not None:
            self._say("")
            self.preset_chosen.emit(preset)

    def _selected_user_name(self) -> str | None:
        data = self.combo.currentData()
        if not isinstance(data, str):
            return None
        kind, _, key = data.partition(":")
        return key if kind == USER else None

    def _update_buttons(self, *_: object) -> None:
        self.delete_button.setEnabled(self._selected_user_name() is not None)

    # -- saving and deleting ----------------------------------------------------------------------
    def ask_name(self) -> None:
        if self._current_request() is None:
            self._say(self.tr("Correct the marked inputs before saving them as a preset."), error=True)
            return
        self.name_edit.setText(self._selected_user_name() or "")
        self.name_row.show()
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def hide_name(self) -> None:
        self.name_row.hide()

    def confirm_save(self) -> None:
        name = " ".join(self.name_edit.text().split())
        request = self._current_request()
        if not name:
            self._say(self.tr("Enter a name for the preset."), error=True)
            return
        if request is None:
            self._say(self.tr("Correct the marked inputs before saving them as a preset."), error=True)
            return
        replaced = self.store.get(name) is not None
        try:
            self.store.save(request, name)
        except OSError as exc:
            self._say(self.tr("The preset could not be saved: {error}").format(error=exc), error=True)
            return
        self.name_row.hide()
        self.reload(select_user=name)
        text = self.tr("Preset “{name}” replaced.") if replaced else self.tr("Preset “{name}” saved.")
        self._say(text.format(name=name))

    def delete_selected(self) -> None:
        name = self._selected_user_name()
        if name is None:
            return
        try:
            self.store.delete(name)
        except OSError as exc:
            self._say(self.tr("The preset could not be deleted: {error}").format(error=exc), error=True)
            return
        self.reload()
        self._say(self.tr("Preset “{name}” deleted.").format(name=name))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else HINT_STYLE)
        self.message.setVisible(bool(text))

    @property
    def user_preset(self) -> AwgPreset | None:
        name = self._selected_user_name()
        return None if name is None else self.store.get(name)
