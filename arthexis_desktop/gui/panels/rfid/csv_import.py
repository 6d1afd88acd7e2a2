"""Importing the register from CSV: a dry run first, its report, then "Import N good rows".

The dialog checks the file at once without writing (``dry_run=True``) and shows every row's fate:
errors and conflicts with their line number and reason, the cards that would be created, updated
or stay unchanged. Changing an option checks again. The import button then writes only the good
rows (the service checks everything again in the same step), and the dialog shows what was done.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from arthexis_desktop.gui import formatting as fmt
from arthexis_desktop.gui.context import PanelContext
from arthexis_desktop.gui.errors import describe_error
from arthexis_desktop.services.tag_import import ImportReport, RowChange, RowProblem

ERRORS, CONFLICTS, CREATED, UPDATED, UNCHANGED, ACCOUNTS, WARNINGS = (
    "errors",
    "conflicts",
    "created",
    "updated",
    "unchanged",
    "accounts",
    "warnings",
)


class ImportDialog(QDialog):
    def __init__(self, context: PanelContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.path = path
        self.report: ImportReport | None = None
        self.imported: ImportReport | None = None
        self._task: asyncio.Task[None] | None = None
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import the register — {file}").format(file=path.name))
        self.update_check = QCheckBox(self.tr("Update existing cards with the file's values"))
        self.update_check.setObjectName("import_update_existing")
        self.update_check.setToolTip(
            self.tr("Off: a card registered with other values is reported as a conflict")
        )
        self.accounts_check = QCheckBox(self.tr("Create missing accounts"))
        self.accounts_check.setObjectName("import_create_accounts")
        for check in (self.update_check, self.accounts_check):
            check.toggled.connect(lambda _on: self.check_file())
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.tree = QTreeWidget()
        self.tree.setObjectName("import_report")
        self.tree.setHeaderLabels([self.tr("Line"), self.tr("UID"), self.tr("What happens")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance(self.tr("Conflicts (9999)")) + 40)
        header.resizeSection(1, self.fontMetrics().horizontalAdvance("04E91C2A5B6F8012") + 20)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("import_good_rows")
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_good_rows)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("import_close")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.update_check)
        layout.addWidget(self.accounts_check)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.resize(760, 520)

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def _options(self) -> dict[str, bool]:
        return {
            "update_existing": self.update_check.isChecked(),
            "create_accounts": self.accounts_check.isChecked(),
        }

    # -- dry run ---------------------------------------------------------------------------------
    def check_file(self) -> asyncio.Task[None] | None:
        """Dry run with the current options (again after an option changed)."""
        if self._context.register is None or self.imported is not None:
            return None
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking {file}…").format(file=self.path.name))
        csv, options, previous = self._context.register.csv, self._options(), self._task

        async def run() -> None:
            if previous is not None and not previous.done():
                await asyncio.wait([previous])  # an earlier check still running: its result is stale
            try:
                report = await csv.import_register_file(self.path, dry_run=True, **options)
            except Exception as exc:
                self._failed(describe_error(exc))
                return
            if options == self._options():
                self.show_report(report)

        self._task = self._context.tasks.spawn(run(), name="import-dry-run")
        return self._task

    def import_good_rows(self) -> asyncio.Task[None] | None:
        if self._context.register is None or self.report is None or self.busy:
            return None
        self.import_button.setEnabled(False)
        for check in (self.update_check, self.accounts_check):
            check.setEnabled(False)
        csv, options = self._context.register.csv, self._options()

        async def run() -> None:
            try:
                report = await csv.import_register_file(self.path, **options)
            except Exception as exc:
                self._failed(describe_error(exc))
                return
            self.imported = report
            self.show_report(report)
            self._context.notifier.show(self.summary.text())

        self._task = self._context.tasks.spawn(run(), name="import")
        return self._task

    def _failed(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet("font-weight: 600; color: #dc2626;")
        self.import_button.setEnabled(False)

    # -- the report ------------------------------------------------------------------------------
    def good_rows(self) -> int:
        report = self.report
        return len(report.created) + len(report.updated) if report is not None else 0

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        self.summary.setStyleSheet("font-weight: 600;")
        self.summary.setText(self.summary_text(report))
        good = self.good_rows()
        self.import_button.setText(self.tr("Import %n good row(s)", "", good))
        if report.dry_run:
            self.import_button.setEnabled(good > 0)
        else:
            self.import_button.hide()
        self.tree.clear()
        self._group(ERRORS, self.tr("Errors (%n)", "", len(report.errors)), report.errors, fmt.RED)
        self._group(
            CONFLICTS, self.tr("Conflicts (%n)", "", len(report.conflicts)), report.conflicts, fmt.ORANGE
        )
        verb_created = self.tr("created") if report.applied else self.tr("to create")
        verb_updated = self.tr("updated") if report.applied else self.tr("to update")
        self._changes(
            CREATED, self.tr("New cards (%n)", "", len(report.created)), report.created, verb_created
        )
        self._changes(
            UPDATED, self.tr("Updated cards (%n)", "", len(report.updated)), report.updated, verb_updated
        )
        self._changes(UNCHANGED, self.tr("Unchanged (%n)", "", len(report.unchanged)), report.unchanged, "")
        if report.new_accounts:
            item = self._top(ACCOUNTS, self.tr("New accounts (%n)", "", len(report.new_accounts)))
            for name in report.new_accounts:
                QTreeWidgetItem(item, ["", "", name])
        if report.warnings:
            item = self._top(WARNINGS, self.tr("Warnings (%n)", "", len(report.warnings)))
            for warning in report.warnings:
                QTreeWidgetItem(item, ["", "", warning])
        for top in self._tops():
            top.setExpanded(top.data(0, Qt.ItemDataRole.UserRole) in (ERRORS, CONFLICTS, CREATED, UPDATED))

    def summary_text(self, report: ImportReport) -> str:
        counts = ", ".join(
            [
                self.tr("%n new", "", len(report.created)),
                self.tr("%n updated", "", len(report.updated)),
                self.tr("%n unchanged", "", len(report.unchanged)),
                self.tr("%n conflict(s)", "", len(report.conflicts)),
                self.tr("%n error(s)", "", len(report.errors)),
            ]
        )
        if report.dry_run:
            return self.tr("Dry run of {file}: {counts}. Nothing has been written yet.").format(
                file=self.path.name, counts=counts
            )
        if report.applied:
            return self.tr(
                "Imported {file}: {counts}. Rows with errors or conflicts were not imported."
            ).format(file=self.path.name, counts=counts)
        return self.tr("Nothing to import from {file}: {counts}.").format(file=self.path.name, counts=counts)

    def _top(self, key: str, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [title])
        item.setData(0, Qt.ItemDataRole.UserRole, key)
        item.setFirstColumnSpanned(True)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _group(self, key: str, title: str, problems: tuple[RowProblem, ...], colour: object) -> None:
        if not problems:
            return
        item = self._top(key, title)
        item.setForeground(0, QBrush(colour))
        for problem in problems:
            head, _, rest = problem.reason.partition(": ")
            differences = rest.split("; ") if rest else []
            if len(differences) < 2:  # one reason: one line
                child = QTreeWidgetItem(item, [str(problem.line), problem.uid, problem.reason])
            else:  # a conflict lists every difference: one line each, under the row
                child = QTreeWidgetItem(item, [str(problem.line), problem.uid, head + ":"])
                for difference in differences:
                    QTreeWidgetItem(child, ["", "", difference])
                child.setExpanded(True)
            child.setToolTip(2, problem.reason)

    def _changes(self, key: str, title: str, changes: tuple[RowChange, ...], verb: str) -> None:
        if not changes:
            return
        item = self._top(key, title)
        for change in changes:
            number = change.tag.label_number
            what = self.tr("No. {number}").format(number=number) if number is not None else ""
            if change.fields and key == UPDATED:
                what = self.tr("{what} {verb}: {fields}").format(
                    what=what, verb=verb, fields=", ".join(change.fields)
                )
            elif verb:
                what = self.tr("{what} {verb}").format(what=what, verb=verb)
            QTreeWidgetItem(item, [str(change.line), change.uid, what.strip()])

    def rows(self, key: str) -> list[tuple[str, str, str]]:
        """The rows of one group as (line, uid, text): what a person reads in the report."""
        for top in self._tops():
            if top.data(0, Qt.ItemDataRole.UserRole) == key:
                children = [top.child(i) for i in range(top.childCount())]
                return [(c.text(0), c.text(1), c.text(2)) for c in children if c is not None]
        return []

    def _tops(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]
