"""Table set-up shared by the panels: fixed row heights and column widths from text, not data.

``ResizeToContents`` measures every row on every change (O(n) per update); with thousands of rows
updating at 4 Hz that is the classic cause of a lagging window, so widths are computed once from
the header text and a typical value.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

SORTABLE_HEADER_PADDING_PX = 30  # margins plus room for the sort indicator
HEADER_PADDING_PX = 14
CELL_PADDING_PX = 14


def setup_table(table: QTableView, *, row_padding_px: int = 8, multi_select: bool = False) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi_select
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    vertical = table.verticalHeader()
    vertical.hide()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + row_padding_px)
    table.horizontalHeader().setHighlightSections(False)


def fit_columns(table: QTableView, samples: Mapping[int, str], *, stretch: int | None = None) -> None:
    """Width of each column = the wider of its header text and ``samples[col]``.

    Call after ``setSortingEnabled`` (a sortable header needs room for its indicator)."""
    model = table.model()
    header = table.horizontalHeader()
    bold = header.font()
    bold.setBold(True)  # the style sheet makes headers bold
    header_metrics = QFontMetrics(bold)
    padding = SORTABLE_HEADER_PADDING_PX if table.isSortingEnabled() else HEADER_PADDING_PX
    cell_metrics = table.fontMetrics()
    for col in range(model.columnCount()):
        title = str(model.headerData(col, header.orientation()) or "")
        width = max(
            header_metrics.horizontalAdvance(title) + padding,
            cell_metrics.horizontalAdvance(samples.get(col, "")) + CELL_PADDING_PX,
        )
        table.setColumnWidth(col, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
