"""Dock layouts: the named ones (Operations, Installer, Kiosk preview) and the saved one.

A layout is data: per panel id an area, an optional tab group and whether it is shown. Panels a
layout does not name (a panel added later) go to their registry place, hidden. ``Operations`` is
the registry's own arrangement, so "Reset layout" returns to it.

The arrangement a person left is saved in an INI file (QSettings) in the data folder: window
geometry, dock state, visible panels, table column widths and the chosen layout, under a format
number. A saved state with another format is ignored as a whole; panel ids it names that no
longer exist are skipped, and panels it does not know keep their default place.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QHeaderView, QMainWindow, QTableView, QWidget

from arthexis_desktop.gui.panels.registry import PanelRegistry
from arthexis_desktop.gui.tr import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

LAYOUT_FORMAT = 1  # bump when what is saved changes shape: older saved layouts are then ignored
TITLE_CONTEXT = "Layouts"
OPERATIONS, INSTALLER, KIOSK = "operations", "installer", "kiosk_preview"
Area = Qt.DockWidgetArea
ALL_FEATURES = (
    QDockWidget.DockWidgetFeature.DockWidgetClosable
    | QDockWidget.DockWidgetFeature.DockWidgetMovable
    | QDockWidget.DockWidgetFeature.DockWidgetFloatable
)


@dataclass(frozen=True)
class Placement:
    panel_id: str
    area: Qt.DockWidgetArea
    tab_with: str | None = None  # behind this (earlier) panel's dock, as a tab
    visible: bool = True


@dataclass(frozen=True)
class NamedLayout:
    id: str
    title_source: str  # QT_TRANSLATE_NOOP("Layouts", ...)
    placements: tuple[Placement, ...]
    locked: bool = False  # docks cannot be moved, floated or closed (the kiosk)
    top_share: float = 0.45  # of the height, for the top area when both top and bottom are used

    @property
    def title(self) -> str:
        return QCoreApplication.translate(TITLE_CONTEXT, self.title_source)


def named_layouts(registry: PanelRegistry) -> list[NamedLayout]:
    operations = NamedLayout(
        OPERATIONS,
        QT_TRANSLATE_NOOP("Layouts", "Operations"),
        tuple(Placement(s.id, s.area, s.tab_with, s.visible_by_default) for s in registry),
    )
    installer = NamedLayout(
        INSTALLER,
        QT_TRANSLATE_NOOP("Layouts", "Installer"),
        (
            Placement("chargers", Area.TopDockWidgetArea),
            Placement("message_log", Area.BottomDockWidgetArea),
            Placement("tags_seen", Area.BottomDockWidgetArea, tab_with="message_log"),
            Placement("calculators", Area.BottomDockWidgetArea),
            Placement("transactions", Area.BottomDockWidgetArea, tab_with="calculators", visible=False),
            Placement("clipboard", Area.BottomDockWidgetArea, tab_with="calculators", visible=False),
        ),
        top_share=0.38,
    )
    kiosk = NamedLayout(
        KIOSK,
        QT_TRANSLATE_NOOP("Layouts", "Kiosk preview"),
        (
            Placement("chargers", Area.TopDockWidgetArea),
            Placement("transactions", Area.BottomDockWidgetArea),
        ),
        locked=True,
        top_share=0.6,
    )
    return [operations, installer, kiosk]


class DockArranger:
    """Puts the window's docks where a ``NamedLayout`` says."""

    def __init__(
        self, window: QMainWindow, registry: PanelRegistry, docks: Mapping[str, QDockWidget]
    ) -> None:
        self.window = window
        self.registry = registry
        self.docks = docks
        self.locked = False

    def apply(self, layout: NamedLayout) -> None:
        window = self.window
        named = {p.panel_id: p for p in layout.placements if p.panel_id in self.docks}
        rest = [
            Placement(s.id, s.area, s.tab_with, visible=False) for s in self.registry if s.id not in named
        ]
        for dock in self.docks.values():
            dock.setFloating(False)
            window.removeDockWidget(dock)
        placed: dict[str, QDockWidget] = {}
        previous_in_area: dict[Qt.DockWidgetArea, QDockWidget] = {}
        for placement in [*named.values(), *rest]:
            if placement.panel_id not in self.docks:
                continue
            dock = self.docks[placement.panel_id]
            if placement.tab_with in placed:
                window.tabifyDockWidget(placed[placement.tab_with], dock)
            else:
                before = previous_in_area.get(placement.area)
                window.addDockWidget(placement.area, dock)
                if before is not None:
                    window.splitDockWidget(before, dock, Qt.Orientation.Horizontal)
                previous_in_area[placement.area] = dock
            placed[placement.panel_id] = dock
            dock.setVisible(placement.visible)
        for placement in named.values():  # the first shown panel of each tab group in front
            if placement.visible and placement.tab_with is None:
                placed[placement.panel_id].raise_()
        self.lock(layout.locked)
        self.size_docks(layout)

    def lock(self, locked: bool) -> None:
        self.locked = locked
        features = QDockWidget.DockWidgetFeature.NoDockWidgetFeatures if locked else ALL_FEATURES
        for dock in self.docks.values():
            dock.setFeatures(features)

    def size_docks(self, layout: NamedLayout) -> None:
        """Top/bottom split by ``layout.top_share``; in the bottom row the first dock gets 60 %."""
        window = self.window
        shown = [
            self.docks[p.panel_id]
            for p in layout.placements
            if p.panel_id in self.docks and p.visible and p.tab_with is None
        ]
        top = [d for d in shown if window.dockWidgetArea(d) == Area.TopDockWidgetArea]
        bottom = [d for d in shown if window.dockWidgetArea(d) == Area.BottomDockWidgetArea]
        height, width = window.height(), window.width()
        if top and bottom:
            top_px = int(height * layout.top_share)
            window.resizeDocks([top[0], bottom[0]], [top_px, height - top_px], Qt.Orientation.Vertical)
        if len(bottom) > 1:
            first = int(width * 0.6)
            rest = (width - first) // (len(bottom) - 1)
            window.resizeDocks(bottom, [first] + [rest] * (len(bottom) - 1), Qt.Orientation.Horizontal)


def panel_tables(panel: QWidget) -> list[QTableView]:
    """The named tables of a panel (their column widths are saved)."""
    return [t for t in panel.findChildren(QTableView) if t.objectName()]


def column_widths(table: QTableView) -> list[int]:
    header = table.horizontalHeader()
    return [header.sectionSize(col) for col in range(header.count())]


def set_column_widths(table: QTableView, widths: list[int]) -> bool:
    """Apply saved widths when the table still has that many columns (stretching ones stay)."""
    header = table.horizontalHeader()
    if len(widths) != header.count():
        return False
    last = header.count() - 1
    for col, width in enumerate(widths):
        stretching = header.sectionResizeMode(col) == QHeaderView.ResizeMode.Stretch or (
            col == last and header.stretchLastSection()
        )
        if width > 0 and not stretching:
            header.resizeSection(col, width)
    return True


class WindowStateStore:
    """The saved arrangement (one INI file; QSettings writes it)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def _usable(self) -> bool:
        stored = self._settings.value("format")
        if stored is None:
            return False
        try:
            usable = int(str(stored)) == LAYOUT_FORMAT
        except ValueError:
            usable = False
        if not usable:
            log.info("saved window layout ignored: format %r, this version uses %d", stored, LAYOUT_FORMAT)
        return usable

    def save(
        self,
        window: QMainWindow,
        *,
        docks: Mapping[str, QDockWidget],
        panels: Mapping[str, QWidget],
        layout_id: str,
    ) -> None:
        s = self._settings
        s.clear()
        s.setValue("format", LAYOUT_FORMAT)
        s.setValue("layout", layout_id)
        s.setValue("panels", ",".join(docks))
        s.setValue("visible", ",".join(pid for pid, dock in docks.items() if not dock.isHidden()))
        s.setValue("geometry", window.saveGeometry())
        if docks:
            s.setValue("state", window.saveState(LAYOUT_FORMAT))
        s.beginGroup("columns")
        for panel_id, panel in panels.items():
            for table in panel_tables(panel):
                s.setValue(f"{panel_id}.{table.objectName()}", ",".join(map(str, column_widths(table))))
        s.endGroup()
        s.sync()
        if s.status() != QSettings.Status.NoError:
            log.warning("window layout not saved to %s (%s)", self.path, s.status())

    def restore_geometry(self, window: QMainWindow) -> bool:
        if not self._usable():
            return False
        geometry = self._settings.value("geometry")
        return isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)

    def saved_layout_id(self) -> str | None:
        if not self._usable():
            return None
        value = self._settings.value("layout")
        return str(value) if value else None

    def restore_docks(
        self, window: QMainWindow, *, docks: Mapping[str, QDockWidget], panels: Mapping[str, QWidget]
    ) -> bool:
        """Dock arrangement, visibility and column widths; False when nothing usable was saved."""
        if not self._usable():
            return False
        state = self._settings.value("state")
        restored = isinstance(state, QByteArray) and window.restoreState(state, LAYOUT_FORMAT)
        if not restored:
            log.info("saved dock arrangement not restored; using the default one")
            return False
        known = set(_split(self._settings.value("panels")))
        visible = set(_split(self._settings.value("visible")))
        for panel_id, dock in docks.items():
            if panel_id in known:  # a panel added since keeps its default visibility
                dock.setVisible(panel_id in visible)
        self._restore_columns(panels)
        return True

    def _restore_columns(self, panels: Mapping[str, QWidget]) -> None:
        s = self._settings
        s.beginGroup("columns")
        try:
            for panel_id, panel in panels.items():
                for table in panel_tables(panel):
                    value = s.value(f"{panel_id}.{table.objectName()}")
                    widths = [int(w) for w in _split(value) if w.isdigit()]
                    if widths:
                        set_column_widths(table, widths)
        finally:
            s.endGroup()


def _split(value: object) -> Iterable[str]:
    if isinstance(value, list):  # QSettings reads "a,b" back as a list
        return [str(v) for v in value if str(v)]
    return [part for part in str(value or "").split(",") if part]
