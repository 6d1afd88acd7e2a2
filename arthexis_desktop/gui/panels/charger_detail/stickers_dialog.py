"""Choose chargers, paper and labels per row, and write a PDF sheet of their QR stickers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.core.errors import InvalidCommandError
from arthexis_desktop.core.qr import MAX_COLUMNS, MIN_COLUMNS, PAPER_SIZES_MM, sticker_grid
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.gui.file_dialogs import ask_path
from arthexis_desktop.gui.panels.charger_detail.qr_settings import QrSettingsStore
from arthexis_desktop.gui.qr_stickers import Sticker, StickerSheet


class StickerDialog(QDialog):
    def __init__(
        self,
        chargers: Sequence[tuple[str, str]],  # (charger id, vendor and model)
        store: QrSettingsStore,
        text_for: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sticker_dialog")
        self.setWindowTitle(self.tr("QR sticker sheet"))
        self._store = store
        self._text_for = text_for
        self._models = dict(chargers)
        self.file_dialog: QFileDialog | None = None
        self.pages_written = 0

        self.list = QListWidget()
        self.list.setObjectName("sticker_chargers")
        for charger_id, model in chargers:
            item = QListWidgetItem(f"{charger_id}  ·  {model}" if model else charger_id)
            item.setData(Qt.ItemDataRole.UserRole, charger_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self._update_summary())
        all_button = QPushButton(self.tr("All"))
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button = QPushButton(self.tr("None"))
        none_button.clicked.connect(lambda: self._check_all(False))
        settings = store.settings
        self.paper = QComboBox()
        self.paper.setObjectName("sticker_paper")
        for paper in PAPER_SIZES_MM:
            self.paper.addItem(paper, paper)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.paper)))
        self.columns = QSpinBox()
        self.columns.setObjectName("sticker_columns")
        self.columns.setRange(MIN_COLUMNS, MAX_COLUMNS)
        self.columns.setValue(settings.columns)
        self.caption = QComboBox()
        self.caption.setObjectName("sticker_caption")
        self.caption.addItem(self.tr("Vendor and model"), "model")
        self.caption.addItem(self.tr("The encoded URL"), "text")
        self.caption.addItem(self.tr("Nothing"), "none")
        self.caption.setCurrentIndex(max(0, self.caption.findData(settings.caption)))
        for signal in (self.paper.currentIndexChanged, self.columns.valueChanged):
            signal.connect(lambda *_: self._update_summary())
        self.summary = QLabel()
        self.summary.setObjectName("sticker_summary")
        self.state_label = QLabel()
        self.state_label.setObjectName("sticker_state")
        self.state_label.setWordWrap(True)

        picks = QHBoxLayout()
        picks.addWidget(all_button)
        picks.addWidget(none_button)
        picks.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Labels per row"), self.columns)
        form.addRow(self.tr("Under the id"), self.caption)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(self.tr("Save PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("sticker_save")
        self.save_button.clicked.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Chargers")))
        layout.addWidget(self.list, 1)
        layout.addLayout(picks)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.state_label)
        layout.addWidget(buttons)
        self.resize(420, 480)
        self._update_summary()

    # -- choosing --------------------------------------------------------------------------------
    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)

    def select_only(self, charger_ids: Sequence[str]) -> None:
        wanted = set(charger_ids)
        for row in range(self.list.count()):
            item = self.list.item(row)
            chosen = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def chosen(self) -> list[str]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update_summary(self) -> None:
        count = len(self.chosen())
        grid = sticker_grid(str(self.paper.currentData()), columns=self.columns.value())
        pages = grid.pages_for(count)
        self.summary.setText(
            self.tr("%n sticker(s)", "", count)
            + " · "
            + self.tr("%n page(s)", "", pages)
            + " · "
            + self.tr("QR code {size} mm").format(size=f"{grid.qr_mm:.0f}")
        )
        self.save_button.setEnabled(count > 0)

    # -- writing ---------------------------------------------------------------------------------
    def stickers(self) -> list[Sticker]:
        caption_kind = self.caption.currentData()
        out = []
        for charger_id in self.chosen():
            text = self._text_for(charger_id)
            caption = {"model": self._models.get(charger_id, ""), "text": text}.get(caption_kind, "")
            out.append(Sticker(charger_id, text, caption))
        return out

    def _choose_file(self) -> None:
        self.file_dialog = ask_path(
            self,
            title=self.tr("Save the sticker sheet"),
            name_filter=self.tr("PDF document (*.pdf)"),
            suggested="qr-stickers.pdf",
            suffix="pdf",
            save=True,
            then=self.write_pdf,
            object_name="sticker_file_dialog",
        )

    def write_pdf(self, path: Path) -> int:
        """Write the sheet; returns the number of pages (0 when it could not be written)."""
        try:
            stickers = self.stickers()
            sheet = StickerSheet(stickers, paper=str(self.paper.currentData()), columns=self.columns.value())
            pages = sheet.write(path, title=self.tr("QR stickers"))
        except InvalidCommandError as exc:
            self._show_state(describe_error(exc), error=True)
            return 0
        if not path.is_file() or path.stat().st_size == 0:
            self._show_state(self.tr("Cannot write {path}.").format(path=path), error=True)
            return 0
        try:
            self._store.update(
                paper=str(self.paper.currentData()),
                columns=self.columns.value(),
                caption=str(self.caption.currentData()),
            )
        except OSError:
            pass  # the sheet is written; the choices are only remembered for next time
        self.pages_written = pages
        self._show_state(self.tr("%n page(s) written to {path}", "", pages).format(path=path))
        return pages

    def _show_state(self, text: str, *, error: bool = False) -> None:
        self.state_label.setText(text)
        self.state_label.setStyleSheet("color: #dc2626;" if error else "color: #15803d;")
