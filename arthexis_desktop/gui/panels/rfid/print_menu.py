"""The "Print ▾" button of a card: label or handover form, saved as PDF or sent to a printer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from arthexis_desktop.gui.file_dialogs import ask_path
from arthexis_desktop.gui.panels.rfid import label_print as lp

Feedback = Callable[[str, str], None]  # text, kind ("ok" | "error")


class PrintButton(QToolButton):
    def __init__(
        self, info: Callable[[], lp.LabelInfo | None], feedback: Feedback, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._info = info
        self._feedback = feedback
        self.setObjectName("print_card")
        self.setText(self.tr("Print"))
        self.setToolTip(self.tr("A card label or a handover form with the QR code of the UID"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.setObjectName("print_menu")
        menu.addAction(self.tr("Save card label as PDF…"), lambda: self.ask_pdf(lp.LABEL))
        menu.addAction(self.tr("Save handover form as PDF…"), lambda: self.ask_pdf(lp.FORM))
        menu.addSeparator()
        self.print_label_action = menu.addAction(
            self.tr("Print card label…"), lambda: self.ask_print(lp.LABEL)
        )
        self.print_form_action = menu.addAction(
            self.tr("Print handover form…"), lambda: self.ask_print(lp.FORM)
        )
        menu.aboutToShow.connect(self._update_menu)
        self.setMenu(menu)

    def _update_menu(self) -> None:
        printer = lp.has_printer()
        for action in (self.print_label_action, self.print_form_action):
            action.setEnabled(printer)
            action.setToolTip("" if printer else self.tr("No printer is installed"))

    def ask_pdf(self, kind: str) -> None:
        info = self._info()
        if info is None:
            return
        number = info.label_number if info.label_number is not None else info.uid
        suggested = f"card-{number}.pdf" if kind == lp.LABEL else f"handover-{number}.pdf"
        ask_path(
            self,
            title=self.tr("Save as PDF"),
            name_filter=self.tr("PDF files (*.pdf)"),
            suggested=suggested,
            suffix="pdf",
            save=True,
            then=lambda path: self.save_pdf(path, kind),
            object_name="pdf_file_dialog",
        )

    def save_pdf(self, path: Path, kind: str = lp.LABEL) -> bool:
        info = self._info()
        if info is None:
            return False
        try:
            lp.write_pdf(path, info, kind=kind)
        except OSError as exc:
            self._feedback(self.tr("Cannot write {path}: {error}").format(path=path, error=exc), "error")
            return False
        self._feedback(self.tr("Saved {path}").format(path=path), "ok")
        return True

    def ask_print(self, kind: str) -> None:
        info = self._info()
        if info is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("print_dialog")

        def accepted() -> None:
            lp.print_on(printer, info, kind=kind)
            self._feedback(self.tr("Sent to {printer}").format(printer=printer.printerName()), "ok")

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _code: dialog.deleteLater())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # like open(): no nested event loop
