"""The QR code of the shown charger: its URL template, a preview, PNG/SVG files and the sticker
sheet (PDF) for several chargers.

Files are written off the event loop; dialogs are opened with ``open()`` (never ``exec()``, which
would stall the broker's tasks).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.errors import InvalidCommandError
from arthexis_desktop.core.qr import default_template, render_template, validate_template
from arthexis_desktop.gui import qr
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.file_dialogs import ask_path
from arthexis_desktop.gui.panels.charger_detail.qr_settings import QrSettingsStore
from arthexis_desktop.gui.panels.charger_detail.reloader import is_language_change
from arthexis_desktop.gui.panels.charger_detail.stickers_dialog import StickerDialog

PREVIEW_PX = 180


class QrTab(QWidget):
    def __init__(self, context: PanelContext, store: QrSettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.store = store
        self.charger_id: str | None = None
        self.shown_text: str | None = None  # what the preview encodes
        self.sticker_dialog: StickerDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.last_saved: Path | None = None

        self.template_edit = QLineEdit(store.settings.template or "")
        self.template_edit.setObjectName("qr_template")
        self.template_edit.editingFinished.connect(self._on_template_edited)
        self.default_button = QPushButton()
        self.default_button.setObjectName("qr_default_template")
        self.default_button.clicked.connect(lambda: self.set_template(None))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #6b7280;")
        self.preview = QLabel()
        self.preview.setObjectName("qr_preview")
        self.preview.setFixedSize(PREVIEW_PX, PREVIEW_PX)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: white; border: 1px solid #d1d5db;")
        self.text_label = QLabel()
        self.text_label.setObjectName("qr_text")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.state_label.setObjectName("qr_state")
        self.state_label.setWordWrap(True)
        self.png_button = QPushButton()
        self.png_button.setObjectName("qr_save_png")
        self.png_button.clicked.connect(lambda: self._choose_file("png"))
        self.svg_button = QPushButton()
        self.svg_button.setObjectName("qr_save_svg")
        self.svg_button.clicked.connect(lambda: self._choose_file("svg"))
        self.stickers_button = QPushButton()
        self.stickers_button.setObjectName("qr_stickers")
        self.stickers_button.clicked.connect(self.open_stickers)

        template_row = QHBoxLayout()
        self.template_label = QLabel()
        template_row.addWidget(self.template_label)
        template_row.addWidget(self.template_edit, 1)
        template_row.addWidget(self.default_button)
        side = QVBoxLayout()
        side.addWidget(self.text_label)
        for button in (self.png_button, self.svg_button, self.stickers_button):
            side.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addStretch(1)
        body = QGridLayout()
        body.addWidget(self.preview, 0, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(side, 0, 1)
        body.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(template_row)
        layout.addWidget(self.hint)
        layout.addLayout(body)
        layout.addWidget(self.state_label)
        layout.addStretch(1)
        self._update_placeholder()
        self.retranslate()

    def retranslate(self) -> None:
        self.template_label.setText(self.tr("Encoded URL"))
        self.default_button.setText(self.tr("Use the broker's URL"))
        self.default_button.setToolTip(self.tr("Encode the OCPP URL the charger should connect to"))
        self.hint.setText(
            self.tr(
                "{charger_id} stands for the charger's id. Empty: the OCPP URL the charger should use. "
                "A public page works too, e.g. https://example.com/c/{charger_id}"
            )
        )
        self.png_button.setText(self.tr("Save PNG…"))
        self.svg_button.setText(self.tr("Save SVG…"))
        self.stickers_button.setText(self.tr("Sticker sheet (PDF)…"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if is_language_change(event):
            self.retranslate()

    # -- the text ----------------------------------------------------------------------------------
    def template(self) -> str:
        return self.store.settings.template or default_template(list(self._context.broker.urls))

    def text_for(self, charger_id: str) -> str:
        return render_template(self.template(), charger_id)

    def set_charger(self, charger_id: str | None) -> None:
        self.charger_id = charger_id
        self.refresh()

    def redraw(self) -> bool:
        """Follow the broker's URL (it is known only once the broker listens)."""
        self._update_placeholder()
        return self.refresh()

    def refresh(self) -> bool:
        text = self.text_for(self.charger_id) if self.charger_id else None
        if text == self.shown_text:
            return False
        self.shown_text = text
        enabled = text is not None
        for button in (self.png_button, self.svg_button):
            button.setEnabled(enabled)
        if text is None:
            self.preview.clear()
            self.text_label.setText("")
            return True
        matrix = qr.qr_matrix(text)
        module_px = max(1, PREVIEW_PX // len(matrix))
        self.preview.setPixmap(QPixmap.fromImage(qr.qr_image(matrix, module_px=module_px)))
        self.text_label.setText(text)
        return True

    def _update_placeholder(self) -> None:
        self.template_edit.setPlaceholderText(default_template(list(self._context.broker.urls)))

    def _on_template_edited(self) -> None:
        text = self.template_edit.text().strip()
        if text == (self.store.settings.template or ""):
            return
        self.set_template(text or None)

    def set_template(self, template: str | None) -> bool:
        """Use ``template`` (None: the broker's URL) and remember it; False (explained) when it is
        not usable — the typed text stays for correcting."""
        try:
            checked = validate_template(template) if template is not None else None
            self.store.update(template=checked)
        except (InvalidCommandError, OSError) as exc:
            self._show_state(
                describe_error(exc) if isinstance(exc, InvalidCommandError) else str(exc), error=True
            )
            return False
        self.template_edit.setText(checked or "")
        self._show_state(self.tr("Template saved."))
        self.refresh()
        return True

    # -- files -------------------------------------------------------------------------------------
    def _choose_file(self, kind: str) -> None:
        if self.charger_id is None:
            return
        save = self.save_png if kind == "png" else self.save_svg
        self.file_dialog = ask_path(
            self,
            title=self.tr("Save the QR code"),
            name_filter=self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG image (*.svg)"),
            suggested=f"qr-{self.charger_id}.{kind}",
            suffix=kind,
            save=True,
            then=lambda path: self._context.tasks.spawn(save(path), name="qr-save"),
            object_name="qr_file_dialog",
        )

    async def save_png(self, path: Path) -> bool:
        return await self._save(path, qr.save_png)

    async def save_svg(self, path: Path) -> bool:
        return await self._save(path, qr.save_svg)

    async def _save(self, path: Path, writer: Callable[[str, Path], Path]) -> bool:
        if self.charger_id is None:
            return False
        try:
            text = self.text_for(self.charger_id)
            await asyncio.to_thread(writer, text, path)
        except (InvalidCommandError, OSError) as exc:
            self._show_state(
                self.tr("Cannot save {path}: {error}").format(path=path, error=str(exc)), error=True
            )
            return False
        self.last_saved = path
        self._show_state(self.tr("Saved {path}").format(path=path))
        return True

    def open_stickers(self) -> None:
        chargers = [
            (c.charger_id, " ".join(p for p in (c.vendor, c.model) if p))
            for c in self._context.fleet_state.chargers()
        ]
        dialog = StickerDialog(chargers, self.store, self.text_for, parent=self)
        dialog.finished.connect(lambda _code: setattr(self, "sticker_dialog", None))
        self.sticker_dialog = dialog
        dialog.open()

    def _show_state(self, text: str, *, error: bool = False) -> None:
        self.state_label.setText(text)
        self.state_label.setStyleSheet("color: #dc2626;" if error else "color: #15803d;")
